/**
 * Start the real Slack bot (Bolt HTTP receiver) on 127.0.0.1 with a corpus, against a fake Slack,
 * with a real SQLite digest store in a temp folder and a digest runner on an injected clock.
 */
import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createBot } from '../../src/create-bot.ts';
import type { DigestRunner } from '../../src/digest/runner.ts';
import { digestDbFile, openSqliteDigestStore, type SqliteDigestStore } from '../../src/digest/sqlite-store.ts';
import { createLogger } from '../../src/log.ts';
import { BotMetrics } from '../../src/metrics.ts';
import type { FeedbackStore } from '../../src/store/feedback.ts';
import { SqliteFeedbackStore } from '../../src/store/sqlite-feedback.ts';
import type { ServerTimeouts, SlackBot } from '../../src/slack/app.ts';
import { digestPoster } from '../../src/slack/digest-poster.ts';
import { singleShotClient } from '../../src/slack/web-client.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';

/** Signing secret and token used by the test bot. */
export const TEST_SECRET = 'test-signing-secret-0123456789';
export const TEST_TOKEN = 'xoxb-test-token-0123456789';
/** The one editor of the test bot (EDITORS). */
export const TEST_EDITOR = 'UEDITOR1';

/** A running bot, its fake Slack, its digest runner and a settable clock. */
export interface RunningBot {
  url: string;
  slack: FakeSlack;
  logs: string[];
  bot: SlackBot;
  knowledge: KnowledgeBase;
  store: SqliteDigestStore;
  feedback: FeedbackStore;
  runner: DigestRunner;
  dataDir: string;
  /** The bot's clock; tests move it. */
  now: { value: Date };
  stop(): Promise<void>;
}

/**
 * Start bot + fake Slack; call `stop()` in an `after` hook.
 * @example const running = await startBot("corpus")
 */
export async function startBot(corpusDir = 'corpus', options: { dataDir?: string; now?: Date; timeouts?: Partial<ServerTimeouts>; slack?: FakeSlack } = {}): Promise<RunningBot> {
  const slack = options.slack ?? (await startFakeSlack());
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', secrets: [TEST_SECRET, TEST_TOKEN], write: (line) => logs.push(line) });
  const knowledge = buildKnowledge((await loadCorpus(corpusDir)).articles);
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'korea-data-')));
  const store = openSqliteDigestStore(digestDbFile(dataDir));
  const now = { value: options.now ?? new Date() };
  const clock = () => now.value;
  const feedback = new SqliteFeedbackStore(store.db);
  const metrics = new BotMetrics({ articles: () => knowledge.articleCount(), snapshotAgeSeconds: () => undefined, merging: () => knowledge.isUpdating() });
  const config = {
    slack: { botToken: TEST_TOKEN, mode: 'http' as const, signingSecret: TEST_SECRET, apiUrl: slack.apiUrl },
    lang: 'en' as const,
    digestTz: 'Europe/Berlin',
    editors: [TEST_EDITOR],
    digestCheckSeconds: 60,
    digestClaimLeaseMs: 600_000,
  };
  const shared = { digests: store, feedback, where: 'SQLite (test)', ping: async () => store.db.open };
  // the runner never waits, retries a failed digest at once, posts in German and looks for no earlier post
  const runnerOptions = { post: digestPoster(singleShotClient({ token: TEST_TOKEN, apiUrl: slack.apiUrl }), 'de', logger), sleep: async () => {}, failedRetryAfterMs: 0, alreadyPosted: undefined };
  const built = createBot(config, { knowledge, shared, logger, clock, metrics, runner: runnerOptions, ...(options.timeouts ? { timeouts: options.timeouts } : {}) });
  const { app: bot, runner } = built.slack!;
  const server = await bot.start(0);
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return {
    url,
    slack,
    logs,
    bot,
    knowledge,
    store,
    feedback,
    runner,
    dataDir,
    now,
    stop: once(async () => {
      await runner.stop();
      await bot.stop();
      await store.close();
      await slack.close();
    }),
  };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | null = null;
  return () => (done ??= fn());
}
