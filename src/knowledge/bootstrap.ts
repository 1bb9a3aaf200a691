/**
 * Shared start-up steps for the bot and the CLI: load the corpus (from the snapshot under
 * DATA_DIR when the corpus is unchanged), report skipped files, build the knowledge, save a
 * fresh snapshot, and keep the knowledge in step with the corpus folder.
 */
import { decodeKnowledge, encodeKnowledge, SnapshotError } from './knowledge-snapshot.ts';
import { applyChange } from './apply-change.ts';
import { buildKnowledgeInParallel } from './build.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { DerivedRefresher } from './derive-in-background.ts';
import { corpusFingerprint } from '../corpus/fingerprint.ts';
import { loadCorpus, type CorpusWarning, type ReadOptions } from '../corpus/load.ts';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../corpus/read-file.ts';
import { watchCorpus, type CorpusWatcher } from '../corpus/watch.ts';
import type { Logger } from '../log.ts';
import { openSnapshotFile, snapshotPath, writeSnapshotFile, type SnapshotSource } from '../store/snapshot-file.ts';
import { rm } from 'node:fs/promises';
import { nextTurn } from '../common/next-turn.ts';
import { SaveQueue } from './save-queue.ts';
import { SnapshotRepair } from './snapshot-repair.ts';

/** What to run after a round of snapshot repairs of a knowledge base, set by `followCorpus`: a failed prepare of incremental merges tried again. */
const afterRepairs = new WeakMap<KnowledgeBase, () => void>();
/** The one save queue of each knowledge base's snapshot, for the repair's saves and the live updates' (never two at once). */
const saveQueues = new WeakMap<KnowledgeBase, SaveQueue>();

/** The save queue of `knowledge`'s snapshot. */
function savesOf(knowledge: KnowledgeBase): SaveQueue {
  let saves = saveQueues.get(knowledge);
  if (!saves) saveQueues.set(knowledge, (saves = new SaveQueue()));
  return saves;
}

/**
 * Where to keep the snapshot (without `dataDir` the corpus is always analysed afresh) and the
 * size limit per article file (`maxArticleBytes`, default 2 MiB).
 */
export interface LoadOptions extends ReadOptions {
  dataDir?: string;
}

/**
 * Load `corpusDir` and build the knowledge; warnings name each skipped file. With a `dataDir`,
 * an unchanged corpus loads from its snapshot, and a missing, outdated or damaged snapshot is
 * rebuilt (with a warning for the damaged one).
 * @example const knowledge = await loadKnowledge("corpus", logger, { dataDir: "data" })
 */
export async function loadKnowledge(corpusDir: string, logger: Logger, options: LoadOptions = {}): Promise<KnowledgeBase> {
  const fingerprint = options.dataDir ? await fingerprintOf(corpusDir, options) : '';
  const dataDir = options.dataDir;
  if (dataDir) {
    const restored = restoreSnapshot(dataDir, fingerprint, logger, { ...options, corpusDir });
    if (restored) {
      const { knowledge, repair } = restored;
      report(restored.warnings, logger);
      logger.info(`loaded ${knowledge.articleCount()} articles from the snapshot ${snapshotPath(dataDir)}`);
      // (search answers now; the timeline and the people directory are decoded right after, and a
      // question needing them meanwhile decodes them first; then what was not read is checked;
      // texts or facts found unreadable are read again from the corpus by `repair`)
      void warmUpInBackground(knowledge)
        .catch((error) => {
          if (!repair.handles(error)) throw error;
        })
        .then(() => checkInBackground(restored.checkAll))
        .catch((error) => dropIfDamaged(error, restored.source, dataDir, logger));
      return knowledge;
    }
  }
  const corpus = await loadCorpus(corpusDir, options);
  report(corpus.warnings, logger);
  if (corpus.articles.length === 0) logger.warn(`no articles in ${corpusDir}: answers will be empty until articles are added (set CORPUS_DIR to use another folder)`);
  else logger.info(`loaded ${corpus.articles.length} articles from ${corpusDir}`);
  const knowledge = await buildKnowledgeInParallel(corpus.articles);
  // (an article whose extraction failed is kept without facts: one warning each, repeated on loads from the snapshot)
  const failed = knowledge.takeExtractionWarnings();
  report(failed, logger);
  if (options.dataDir) await saveSnapshot(knowledge, options.dataDir, fingerprint, [...corpus.warnings, ...failed], logger);
  knowledge.warmUp();
  knowledge.setUpdatedAt(new Date().toISOString());
  return knowledge;
}

/**
 * Decode (or build) what `warmUp` does one step at a time, letting the event loop answer between
 * the steps; resolves when every part is ready.
 * @example const { knowledge } = decodeKnowledge(bytes, fingerprint); await warmUpInBackground(knowledge)
 */
export async function warmUpInBackground(knowledge: KnowledgeBase): Promise<void> {
  for (const step of knowledge.warmUpSteps()) {
    await nextTurn();
    step();
  }
}

/**
 * Run a snapshot's `checkAll` one step per event-loop turn; rejects with the SnapshotError of a
 * damaged section.
 * @example await checkInBackground(decodeKnowledge(source, fingerprint).checkAll)
 */
export async function checkInBackground(checkAll: () => Generator<void>): Promise<void> {
  for (const _ of checkAll()) await nextTurn();
}

/**
 * Save the knowledge as the snapshot for the corpus' current state; a failure is a warning.
 * @example await saveSnapshot(knowledge, "data", await corpusFingerprint("corpus"), [], logger)
 */
export async function saveSnapshot(knowledge: KnowledgeBase, dataDir: string, fingerprint: string, warnings: CorpusWarning[], logger: Logger): Promise<void> {
  try {
    await writeSnapshotFile(dataDir, encodeKnowledge(knowledge, fingerprint, warnings));
  } catch (error) {
    logger.warn(`could not save the snapshot ${snapshotPath(dataDir)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Keep the knowledge in step with the corpus folder: new, changed and deleted articles are
 * searchable within about a second; the timeline is merged again where the change touches it (once
 * prepared after start) and the people directory on a worker thread (answers use the previous
 * ones until then); the snapshot is saved again
 * a few seconds after the last change has been merged.
 * @example const watcher = followCorpus(knowledge, "corpus", logger, { dataDir: "data" }); watcher.close()
 */
export function followCorpus(knowledge: KnowledgeBase, corpusDir: string, logger: Logger, options: LoadOptions & { snapshotDelayMs?: number } = {}): CorpusWatcher {
  let timer: NodeJS.Timeout | undefined;
  const refresher = new DerivedRefresher(knowledge, (error) => logger.warn(`merging the timeline and people again failed: ${error.message}`));
  // (from then on a change re-merges only the part of the timeline it touches)
  refresher.prepare().catch((error) => logger.warn(`preparing incremental timeline merges failed: ${error instanceof Error ? error.message : String(error)}`));
  // (a prepare that failed on facts being read again from the corpus is tried again once they are)
  afterRepairs.set(knowledge, () => refresher.retryPrepare());
  const watcher = watchCorpus(
    corpusDir,
    async (changes) => {
      for (const change of changes) {
        if (change.kind === 'warning') logger.warn(`skipped ${change.warning.file}: ${change.warning.reason}`);
        else await applyChange(knowledge, change);
      }
      report(knowledge.takeExtractionWarnings(), logger);
      knowledge.setUpdatedAt(new Date().toISOString());
      logger.info(`corpus changed: ${changes.map((c) => (c.kind === 'warning' ? `skipped ${c.warning.file}` : `${c.kind} ${c.kind === 'upsert' ? c.article.id : c.id}`)).join(', ')}`);
      const merged = refresher.request();
      const dataDir = options.dataDir;
      if (!dataDir) return;
      clearTimeout(timer);
      // (saved once the timeline and people include the change, so the snapshot never lags behind)
      void merged.then(() => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          void savesOf(knowledge).run(async () => saveSnapshot(knowledge, dataDir, await fingerprintOf(corpusDir, options), [], logger));
        }, options.snapshotDelayMs ?? 5000);
        timer.unref();
      });
    },
    { ...options, onError: (error) => logger.warn(`watching ${corpusDir} failed: ${error.message}`) },
  );
  return {
    close: () => {
      afterRepairs.delete(knowledge);
      clearTimeout(timer);
      refresher.close();
      watcher.close();
    },
  };
}

/** The corpus fingerprint, with the size limit (a snapshot made under another limit is rebuilt). */
async function fingerprintOf(corpusDir: string, options: ReadOptions): Promise<string> {
  return `${await corpusFingerprint(corpusDir)}/${options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES}`;
}

/**
 * The knowledge restored from the snapshot with the file it reads from, and what reads again from
 * the corpus the texts and facts it can no longer give (saving the snapshot again afterwards: with
 * the fingerprint it was loaded with while nothing changed since, else with the corpus' current one).
 */
function restoreSnapshot(dataDir: string, fingerprint: string, logger: Logger, options: ReadOptions & { corpusDir: string }) {
  const path = snapshotPath(dataDir);
  let source: SnapshotSource | null;
  try {
    source = openSnapshotFile(dataDir);
  } catch (error) {
    // (the code alone, "EACCES": the message of a failed open names the path again)
    logger.warn(`cannot read the snapshot ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): rebuilding`);
    return null;
  }
  if (!source) return null;
  let repair: SnapshotRepair | undefined;
  try {
    // (the file stays open: texts and facts are read from it when an answer needs them; closed with the knowledge)
    const restored = decodeKnowledge(
      source,
      fingerprint,
      (error) => logger.warn(`snapshot ${path} ${error.message}: merging it again from the facts`),
      (error, ids) => repair?.unreadable(error, ids),
    );
    const { knowledge, warnings } = restored;
    knowledge.releaseWith(() => source.close());
    const loadedAt = new Date().toISOString();
    knowledge.setUpdatedAt(loadedAt);
    repair = new SnapshotRepair(knowledge, logger, {
      ...options,
      snapshot: path,
      closed: () => source.closed,
      afterRepair: async () => {
        // (in the queue shared with the live updates' saves; whether anything changed since the load is seen when it runs)
        await savesOf(knowledge).run(async () => {
          const unchanged = knowledge.updatedAt() === loadedAt;
          const current = unchanged ? fingerprint : await fingerprintOf(options.corpusDir, options);
          await saveSnapshot(knowledge, dataDir, current, unchanged ? warnings : [], logger);
        });
        afterRepairs.get(knowledge)?.();
      },
    });
    return { ...restored, source, repair };
  } catch (error) {
    source.close();
    if (!(error instanceof SnapshotError)) throw error;
    logger.warn(`snapshot ${path} ${error.message}: rebuilding`);
    return null;
  }
}

/**
 * After a start from the snapshot, preparing or checking it in the background failed: a damaged
 * snapshot (SnapshotError) is deleted so the next start rebuilds it, but only while its name still
 * refers to the file found damaged (a snapshot saved since, or copied there, is kept); any other
 * error is logged as what it is and the snapshot kept. Never rejects.
 * @example void checkInBackground(checkAll).catch((error) => dropIfDamaged(error, source, "data", logger))
 */
export async function dropIfDamaged(error: unknown, source: SnapshotSource, dataDir: string, logger: Logger): Promise<void> {
  // (closed with the knowledge at shutdown while still checking: nothing to report)
  if (source.closed) return;
  const path = snapshotPath(dataDir);
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof SnapshotError)) {
    logger.error(`preparing the knowledge after the start from the snapshot ${path} failed: ${message} (not a damaged snapshot: it is kept)`);
    return;
  }
  if (!(await source.isAtItsPath())) {
    logger.warn(`snapshot ${path} ${message}: the file now at that path is another one (saved or copied there since) and is kept`);
    return;
  }
  logger.warn(`snapshot ${path} ${message}: it is rebuilt at the next start`);
  await rm(path, { force: true }).catch((failure: unknown) =>
    logger.warn(`could not delete the damaged snapshot ${path}: ${failure instanceof Error ? failure.message : String(failure)} (delete it by hand before the next start)`),
  );
}

function report(warnings: CorpusWarning[], logger: Logger): void {
  for (const warning of warnings) logger.warn(`skipped ${warning.file}: ${warning.reason}`);
}
