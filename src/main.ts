/**
 * Composition root: config -> shared state, corpus (or its snapshot) -> knowledge, kept in step
 * with the corpus folder -> createBot -> the Slack app with the digest runner, or the local
 * console when no Slack credentials are set.
 */
import 'dotenv/config';
import { mkdirSync, statSync } from 'node:fs';
import type { KnowledgeView } from './knowledge/view.ts';
import { followCorpus, loadKnowledge } from './knowledge/bootstrap.ts';
import { ConfigError, loadConfig, secretsOf, type Config } from './config.ts';
import { createBot } from './create-bot.ts';
import { runConsole } from './local.ts';
import type { BotCore } from './core-types.ts';
import { createLogger, type Logger } from './log.ts';
import { type PreviewServer, startPreview } from './preview/server.ts';
import { BotMetrics, countingErrors } from './metrics.ts';
import { installCrashGuards } from './process-guard.ts';
import { snapshotPath } from './store/snapshot-file.ts';
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
  const baseLogger = createLogger({ level: config.logLevel, format: config.logFormat, secrets: secretsOf(config) });
  let knowledgeRef: KnowledgeView | undefined;
  const metrics = new BotMetrics({
    articles: () => knowledgeRef?.articleCount() ?? 0,
    snapshotAgeSeconds: () => snapshotAge(config.dataDir),
    merging: () => knowledgeRef?.isUpdating() === true,
  });
  const logger = countingErrors(baseLogger, metrics);
  installCrashGuards(process, logger);
  mkdirSync(config.dataDir, { recursive: true });
  // (first, so a database that cannot be used stops the start at once, with one line naming it)
  const shared = await openSharedState(config, logger);
  logger.info(`shared state: ${shared.where}`);
  const loadOptions = { dataDir: config.dataDir, maxArticleBytes: config.maxArticleBytes };
  const knowledge = await loadKnowledge(config.corpusDir, logger, loadOptions);
  knowledgeRef = knowledge;
  const watcher = followCorpus(knowledge, config.corpusDir, logger, loadOptions);
  const { core, slack } = createBot(config, { knowledge, shared, logger, metrics });

  if (!slack) {
    logger.info('No Slack credentials set: running in local mode (type a command such as "who Biegun"; see .env.example to connect to Slack).');
    const preview = await startLocalPreview(config, core, logger);
    await runConsole(process.stdin, process.stdout, core, process.stdin.isTTY ? 'korea> ' : '', { dir: config.chartsDir, logger });
    if (preview) {
      // (stdin may be closed from the start, as under a process manager: the page goes on)
      logger.info('End of console input: the preview page keeps running until Ctrl-C or SIGTERM.');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      logger.info('shutting down');
      await preview.close();
    }
    watcher.close();
    knowledge.close();
    await shared.close();
    return;
  }
  const { app: bot, runner } = slack;
  await bot.start(config.port);
  runner.start();
  logger.info(config.slack?.mode === 'socket' ? 'Slack bot running in Socket Mode' : `Slack bot listening on port ${config.port} (/slack/events, /healthz, /readyz, /metrics)`);
  const shutdown = async () => {
    logger.info('shutting down');
    watcher.close();
    await runner.stop();
    await bot.stop();
    knowledge.close();
    await shared.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

/** Local mode's preview page, unless PREVIEW_PORT is off; a port in use costs the page, not the console. */
async function startLocalPreview(config: Config, core: BotCore, logger: Logger): Promise<PreviewServer | undefined> {
  if (config.previewPort === null) return undefined;
  try {
    const preview = await startPreview(core, config.previewPort, logger);
    logger.info(`Preview page: ${preview.url} (the bot's answers as Slack shows them; PREVIEW_PORT=off turns it off)`);
    return preview;
  } catch (error) {
    logger.error(`preview page not started on 127.0.0.1:${config.previewPort}: ${error instanceof Error ? error.message : String(error)} (set PREVIEW_PORT to a free port, or off)`);
    return undefined;
  }
}

/** Seconds since the knowledge snapshot was saved, or undefined when there is none. */
function snapshotAge(dataDir: string): number | undefined {
  try {
    return (Date.now() - statSync(snapshotPath(dataDir)).mtimeMs) / 1000;
  } catch {
    return undefined;
  }
}

main().catch((error) => {
  process.stderr.write(`ERROR fatal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
