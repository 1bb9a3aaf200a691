/**
 * Build the bot from its configuration and what it runs on: the core over the knowledge with the
 * digest service and the feedback store, and - with Slack credentials - the Slack app and the
 * digest runner that posts through it. `main.ts` and the tests build the bot with this alone.
 */
import { digestExtras } from './answers/digest-extras.ts';
import type { Config } from './config.ts';
import type { KnowledgeBase } from './knowledge/knowledge-base.ts';
import { createCore } from './core.ts';
import type { BotCore } from './core-types.ts';
import { DigestRunner, type DigestRunnerDeps } from './digest/runner.ts';
import { DigestService } from './digest/service.ts';
import type { Logger } from './log.ts';
import type { BotMetrics } from './metrics.ts';
import { createSlackBot, type ServerTimeouts, type SlackBot } from './slack/app.ts';
import { digestFinder, digestPoster } from './slack/digest-poster.ts';
import { singleShotClient } from './slack/web-client.ts';
import type { SharedState } from './store/shared-state.ts';

/** The configuration the bot itself reads (the rest is for main.ts: where the corpus and data live). */
export type BotConfig = Pick<Config, 'slack' | 'lang' | 'digestTz' | 'editors' | 'digestCheckSeconds' | 'digestClaimLeaseMs' | 'databaseUrl'>;

/** What the bot runs on: the knowledge, the shared stores, a logger, and optionally a clock, metrics and server settings. */
export interface BotDeps {
  knowledge: KnowledgeBase;
  /** The shared stores (deliveries absent: remembered in memory, for one process). */
  shared: Pick<SharedState, 'digests' | 'feedback' | 'where' | 'ping'> & Partial<Pick<SharedState, 'deliveries'>>;
  logger: Logger;
  clock?: () => Date;
  metrics?: BotMetrics;
  timeouts?: Partial<ServerTimeouts>;
  /** Runner settings to override (tests: no waiting, another digest language). */
  runner?: Partial<DigestRunnerDeps>;
}

/** The built bot: the core, and with Slack credentials the Slack app and the digest runner (both not started). */
export interface Bot {
  core: BotCore;
  digests: DigestService;
  slack?: { app: SlackBot; runner: DigestRunner };
}

/**
 * Build the bot.
 * @example const bot = createBot(config, { knowledge, shared, logger }); await bot.slack?.app.start(config.port)
 */
export function createBot(config: BotConfig, deps: BotDeps): Bot {
  const { knowledge, shared, logger, metrics } = deps;
  const clock = deps.clock ?? (() => new Date());
  const editors = new Set(config.editors);
  const digests = new DigestService({ store: shared.digests, clock, tz: config.digestTz, articles: () => knowledge.articlesByDate(), extras: (ids, day) => digestExtras(knowledge, ids, day) });
  const core = createCore(knowledge, config.lang, { digests, feedback: { store: shared.feedback, editors }, clock, ...(metrics ? { metrics } : {}) });
  if (!config.slack) return { core, digests };
  const app = createSlackBot(config.slack, core, logger, {
    metrics,
    digests: shared.digests,
    feedback: { store: shared.feedback, editors },
    ...(shared.deliveries ? { deliveries: shared.deliveries } : {}),
    ...(config.databaseUrl ? { database: shared } : {}),
    ...(deps.timeouts ? { timeouts: deps.timeouts } : {}),
  });
  const client = singleShotClient({ token: config.slack.botToken, ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}) });
  const runner = new DigestRunner({
    store: shared.digests,
    clock,
    post: digestPoster(client, config.lang, logger),
    alreadyPosted: digestFinder(client),
    buildFor: (_sub, since, day) => digests.build(day, since),
    log: logger,
    checkEverySeconds: config.digestCheckSeconds,
    claimLeaseMs: config.digestClaimLeaseMs,
    ...(metrics ? { onReport: (report) => metrics.digest(report.outcome) } : {}),
    ...deps.runner,
  });
  return { core, digests, slack: { app, runner } };
}
