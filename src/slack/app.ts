/**
 * The Bolt app factory: HTTP receiver (signature-checked `/slack/events` behind a request guard,
 * `GET /healthz`, `GET /readyz`) or Socket Mode, with the Web API pointed at `SLACK_API_URL` when
 * set. Startup never calls Slack, and no request waits for Slack: the bot's identity is resolved
 * once in the background (`bot-identity.ts`) and handed to Bolt through `authorize`.
 */
import type { Server, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type Authorize } from '@slack/bolt';
import type { SlackConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { boltLogger } from './bolt-logger.ts';
import { BotIdentity } from './bot-identity.ts';
import type { BotCore } from '../core-types.ts';
import { registerListeners } from './listeners.ts';
import type { BotMetrics, RequestKind } from '../metrics.ts';
import type { DigestStore } from '../digest/store.ts';
import type { DeliveryLog } from '../store/deliveries.ts';
import { registerFeedback, type FeedbackOptions } from './feedback.ts';
import { registerHome } from './home.ts';
import { InFlight } from './in-flight.ts';
import { guardRequests } from './request-guard.ts';
import { singleShotClient } from './web-client.ts';

/** A running or startable Slack app. */
export interface SlackBot {
  app: App;
  identity: BotIdentity;
  /** Start listening; resolves with the HTTP server in HTTP mode. */
  start(port: number): Promise<Server | undefined>;
  /** Stop taking requests, let answers in flight finish (up to `graceMs`, default 10 s), then close. */
  stop(graceMs?: number): Promise<void>;
}

/** How long a shutdown waits for answers in flight. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * HTTP server timeouts: a client that sends less than its Content-Length, or idles on a
 * keep-alive connection, is cut off instead of holding a socket open.
 */
export const SERVER_TIMEOUTS: ServerTimeouts = { headersTimeout: 10_000, requestTimeout: 15_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };

/** Node's HTTP server timeouts, in milliseconds. */
export interface ServerTimeouts {
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  /** How often Node checks for requests over their timeout. */
  connectionsCheckingInterval: number;
}

/** What the Slack app shares with other replicas, and server settings. */
export interface SlackBotOptions {
  timeouts?: Partial<ServerTimeouts>;
  /** Deliveries already handled (shared by replicas when it lives in the database); default: memory. */
  deliveries?: DeliveryLog;
  /** The shared database, for `/readyz`; absent: not reported. */
  database?: { where: string; ping(): Promise<boolean> };
  /** Feedback store and editors: the feedback buttons' handlers, the modal, the App Home, each user's chosen language; absent: none of these (tests of other parts). */
  feedback?: FeedbackOptions;
  /** The digest store, for the App Home (with `feedback`); absent: no App Home. */
  digests?: DigestStore;
  /** Metrics to count requests in and serve on `GET /metrics`; absent: no such route. */
  metrics?: BotMetrics;
}

/**
 * Create the Slack app.
 * @example const bot = createSlackBot(config.slack, core, logger); await bot.start(3000)
 */
export function createSlackBot(slack: SlackConfig, core: BotCore, logger: Logger, options: SlackBotOptions = {}): SlackBot {
  const timeouts = { ...SERVER_TIMEOUTS, ...options.timeouts };
  const metrics = options.metrics;
  const bolt = boltLogger(logger);
  const clientOptions = slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {};
  let identity: BotIdentity | undefined;
  // never calls Slack: the ids are there once auth.test has answered, until then Bolt goes without
  const authorize: Authorize<boolean> = async () => ({ botToken: slack.botToken, ...identity?.current() });
  const common = { logger: bolt, authorize, clientOptions };
  let app: App;
  if (slack.mode === 'socket') {
    app = new App({ ...common, socketMode: true, appToken: slack.appToken! });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret: slack.signingSecret!,
      logger: bolt,
      customRoutes: [
        { path: '/healthz', method: ['GET'], handler: (_req, res) => healthz(res, core) },
        { path: '/readyz', method: ['GET'], handler: (_req, res) => void readyz(res, core, identity!, options.database) },
        ...(metrics ? [{ path: '/metrics', method: ['GET'], handler: (_req: unknown, res: ServerResponse) => void serveMetrics(res, metrics) }] : []),
      ],
    });
    guardRequests(receiver, {
      signingSecret: slack.signingSecret!,
      logger,
      ...(metrics ? { onRefused: () => metrics.request('refused'), onAnswered: (seconds: number) => metrics.ack(seconds) } : {}),
    });
    app = new App({ ...common, receiver });
  }
  const identityClient = singleShotClient({ token: slack.botToken, ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}) });
  identity = new BotIdentity(() => identityClient.auth.test(), logger);
  const inFlight = new InFlight();
  // every request (ack and answer) counts as in flight until its listener has finished
  app.use(({ body, next }) => {
    if (metrics) metrics.request(requestKind(body));
    return inFlight.run(next);
  });
  // charts are uploaded with one try and a timeout: a failed upload costs a log line, not minutes of retries
  const uploads = singleShotClient({ token: slack.botToken, timeoutMs: 15_000, ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}) });
  registerListeners(app, core, logger, { uploads, ...(options.deliveries ? { deliveries: options.deliveries } : {}), ...(options.feedback ? { feedback: options.feedback } : {}) });
  if (options.feedback) registerFeedback(app, options.feedback, logger);
  if (options.feedback && options.digests) registerHome(app, core, { digests: options.digests, feedback: options.feedback }, logger);
  app.error(async (error) => {
    logger.error('slack error:', error);
  });
  let server: Server | undefined;
  return {
    app,
    identity,
    start: async (port) => {
      identity!.start();
      if (slack.mode === 'socket') return void (await app.start());
      server = (await app.start(port, timeouts)) as Server;
      Object.assign(server, timeouts);
      return server;
    },
    stop: async (graceMs = SHUTDOWN_GRACE_MS) => {
      identity!.stop();
      // no new requests; idle keep-alive connections closed now, answers in flight may finish
      const stopped = app.stop().catch(() => undefined);
      server?.closeIdleConnections();
      const finished = await inFlight.idle(graceMs);
      if (!finished) logger.warn(`shutdown: ${inFlight.count} answers still running after ${graceMs / 1000} s, stopping anyway`);
      server?.closeAllConnections();
      await stopped;
    },
  };
}

/** What kind of request a body is, for the request counter. */
function requestKind(body: unknown): RequestKind {
  const b = body as { command?: unknown; type?: unknown; event?: { type?: unknown } };
  if (b.command !== undefined) return 'command';
  if (b.type === 'block_actions') return 'action';
  if (b.type === 'view_submission') return 'view';
  return b.event?.type === 'app_mention' ? 'mention' : 'event';
}

async function serveMetrics(res: ServerResponse, metrics: BotMetrics): Promise<void> {
  const text = await metrics.text();
  res.writeHead(200, { 'content-type': metrics.contentType });
  res.end(text);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Liveness: the process answers. */
function healthz(res: ServerResponse, core: BotCore): void {
  json(res, 200, { ok: true, articles: core.articleCount() });
}

/** Readiness: 200 once Slack has confirmed the bot's identity and the shared database answers, else 503 saying why. */
async function readyz(res: ServerResponse, core: BotCore, identity: BotIdentity, database: SlackBotOptions['database']): Promise<void> {
  const slack = identity.status();
  const databaseUp = database ? await database.ping().catch(() => false) : undefined;
  const ready = slack.state === 'ok' && databaseUp !== false;
  json(res, ready ? 200 : 503, { ready, articles: core.articleCount(), slack, ...(database ? { database: { where: database.where, up: databaseUp } } : {}) });
}
