/**
 * The Bolt app factory: HTTP receiver (signature-checked `/slack/events`, `GET /healthz`) or
 * Socket Mode, with the Web API pointed at `SLACK_API_URL` when set. Startup never calls Slack.
 */
import type { Server } from 'node:http';
import { App } from '@slack/bolt';
import type { SlackConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { boltLogger } from './bolt-logger.ts';
import type { BotCore } from './core.ts';
import { registerListeners } from './listeners.ts';

/** A running or startable Slack app. */
export interface SlackBot {
  app: App;
  /** Start listening; resolves with the HTTP server in HTTP mode. */
  start(port: number): Promise<Server | undefined>;
  stop(): Promise<void>;
}

/**
 * Create the Slack app. `tokenVerificationEnabled: false` keeps Bolt from calling `auth.test`
 * at construction, so an unreachable slack.com cannot crash startup.
 * @example const bot = createSlackBot(config.slack, core, logger); await bot.start(3000)
 */
export function createSlackBot(slack: SlackConfig, core: BotCore, logger: Logger): SlackBot {
  const common = {
    token: slack.botToken,
    logger: boltLogger(logger),
    tokenVerificationEnabled: false,
    clientOptions: slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {},
  };
  const app =
    slack.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: slack.appToken! })
      : new App({
          ...common,
          signingSecret: slack.signingSecret!,
          customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => healthz(res, core) }],
        });
  registerListeners(app, core, logger);
  app.error(async (error) => {
    logger.error('slack error:', error);
  });
  return {
    app,
    start: async (port) => (slack.mode === 'socket' ? (await app.start(), undefined) : ((await app.start(port)) as Server)),
    stop: () => app.stop().then(() => undefined),
  };
}

function healthz(res: import('node:http').ServerResponse, core: BotCore): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ ok: true, articles: core.articleCount() }));
}
