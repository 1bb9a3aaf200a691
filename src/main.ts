/**
 * Composition root: config -> corpus (or its snapshot) -> knowledge, kept in step with the
 * corpus folder -> Slack app with the digest runner, or local console mode when no Slack
 * credentials are set.
 */
import 'dotenv/config';
import { mkdirSync } from 'node:fs';
import { digestExtras } from './answers/digest-extras.ts';
import { articlesByDate } from './answers/knowledge.ts';
import { followCorpus, loadKnowledge } from './bootstrap.ts';
import { ConfigError, loadConfig, secretsOf, type Config } from './config.ts';
import { createCore } from './core.ts';
import { DigestRunner } from './digest/runner.ts';
import { DigestService } from './digest/service.ts';
import { runConsole } from './local.ts';
import { createLogger } from './log.ts';
import { installCrashGuards } from './process-guard.ts';
import { createSlackBot } from './slack/app.ts';
import { digestClient, digestFinder, digestPoster } from './slack/digest-poster.ts';
import { openSharedState } from './store/shared-state.ts';

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, secrets: secretsOf(config) });
  installCrashGuards(process, logger);
  mkdirSync(config.dataDir, { recursive: true });
  // (first, so a database that cannot be used stops the start at once, with one line naming it)
  const shared = await openSharedState(config, logger);
  const store = shared.digests;
  logger.info(`shared state: ${shared.where}`);
  const loadOptions = { dataDir: config.dataDir, maxArticleBytes: config.maxArticleBytes };
  const knowledge = await loadKnowledge(config.corpusDir, logger, loadOptions);
  const watcher = followCorpus(knowledge, config.corpusDir, logger, loadOptions);
  const clock = () => new Date();
  const digests = new DigestService({ store, clock, tz: config.digestTz, articles: () => articlesByDate(knowledge), extras: (ids, day) => digestExtras(knowledge, ids, day) });
  const core = createCore(knowledge, config.lang, digests);

  if (!config.slack) {
    logger.info('No Slack credentials set: running in local mode (type a command such as "who Biegun"; see .env.example to connect to Slack).');
    await runConsole(process.stdin, process.stdout, core, process.stdin.isTTY ? 'korea> ' : '');
    watcher.close();
    await shared.close();
    return;
  }
  const bot = createSlackBot(config.slack, core, logger, { deliveries: shared.deliveries, ...(config.databaseUrl ? { database: shared } : {}) });
  const client = digestClient({ token: config.slack.botToken, ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}) });
  const runner = new DigestRunner({
    store, clock, post: digestPoster(client, config.lang, logger), alreadyPosted: digestFinder(client), buildFor: (_sub, since, day) => digests.build(day, since), log: logger,
    checkEverySeconds: config.digestCheckSeconds, claimLeaseMs: config.digestClaimLeaseMs,
  });
  await bot.start(config.port);
  runner.start();
  logger.info(config.slack.mode === 'socket' ? 'Slack bot running in Socket Mode' : `Slack bot listening on port ${config.port} (/slack/events, /healthz, /readyz)`);
  const shutdown = async () => {
    logger.info('shutting down');
    watcher.close();
    await runner.stop();
    await bot.stop();
    await shared.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error) => {
  process.stderr.write(`ERROR fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
