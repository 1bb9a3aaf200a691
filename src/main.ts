/**
 * Composition root: config -> corpus -> knowledge -> Slack app, or local console mode when no
 * Slack credentials are set.
 */
import 'dotenv/config';
import { answer } from './answers/answer.ts';
import { followCorpus, loadKnowledge } from './bootstrap.ts';
import { ConfigError, loadConfig, secretsOf } from './config.ts';
import { runConsole } from './local.ts';
import { createLogger } from './log.ts';
import { createSlackBot } from './slack/app.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config) });
  const knowledge = await loadKnowledge(config.corpusDir, logger, { dataDir: config.dataDir });
  const watcher = followCorpus(knowledge, config.corpusDir, logger, { dataDir: config.dataDir });
  const core = { answer: (text: string) => answer(knowledge, text), articleCount: () => knowledge.articles.size };

  if (!config.slack) {
    logger.info('No Slack credentials set: running in local mode (type a command such as "who Biegun"; see .env.example to connect to Slack).');
    await runConsole(process.stdin, process.stdout, core.answer, process.stdin.isTTY ? 'korea> ' : '');
    watcher.close();
    return;
  }
  const bot = createSlackBot(config.slack, core, logger);
  await bot.start(config.port);
  logger.info(config.slack.mode === 'socket' ? 'Slack bot running in Socket Mode' : `Slack bot listening on port ${config.port} (/slack/events, /healthz)`);
  const shutdown = () => {
    logger.info('shutting down');
    watcher.close();
    bot.stop().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  process.stderr.write(`ERROR fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
