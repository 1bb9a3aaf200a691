/**
 * Start the real Slack bot (Bolt HTTP receiver) on 127.0.0.1 with a corpus, against a fake Slack.
 */
import type { AddressInfo } from 'node:net';
import { createCore } from '../../src/core.ts';
import { buildKnowledge } from '../../src/answers/knowledge.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createLogger } from '../../src/log.ts';
import { createSlackBot, type SlackBot } from '../../src/slack/app.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';

/** Signing secret and token used by the test bot. */
export const TEST_SECRET = 'test-signing-secret-0123456789';
export const TEST_TOKEN = 'xoxb-test-token-0123456789';

/** A running bot and its fake Slack. */
export interface RunningBot {
  url: string;
  slack: FakeSlack;
  logs: string[];
  bot: SlackBot;
  stop(): Promise<void>;
}

/**
 * Start bot + fake Slack; call `stop()` in an `after` hook.
 * @example const running = await startBot("corpus")
 */
export async function startBot(corpusDir = 'corpus'): Promise<RunningBot> {
  const slack = await startFakeSlack();
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', secrets: [TEST_SECRET, TEST_TOKEN], write: (line) => logs.push(line) });
  const knowledge = buildKnowledge((await loadCorpus(corpusDir)).articles);
  const core = createCore(knowledge, 'en');
  const bot = createSlackBot({ botToken: TEST_TOKEN, mode: 'http', signingSecret: TEST_SECRET, apiUrl: slack.apiUrl }, core, logger);
  const server = await bot.start(0);
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { url, slack, logs, bot, stop: async () => (await bot.stop(), await slack.close()) };
}
