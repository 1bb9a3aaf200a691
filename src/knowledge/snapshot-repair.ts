/**
 * Articles whose text or facts can no longer be read from the snapshot after start (a damaged
 * block found late, the file rewritten in place, an I/O error) are read again from the corpus in
 * the background, as the corpus watcher reads a changed file, and put back into the knowledge
 * (`KnowledgeBase.repair`), so that what reads the whole archive (merges, saves, live updates)
 * works again; then the snapshot is saved again. Meanwhile a question needing one of them gets a
 * clear answer (src/slack/safe-answer.ts). The operator reads one line when they are found and
 * one when they are read again.
 */
import { basename } from 'node:path';
import type { Article } from '../corpus/article.ts';
import type { ReadOptions } from '../corpus/load.ts';
import { changeOf } from '../corpus/watch.ts';
import type { Logger } from '../log.ts';
import { nextTurn } from '../common/next-turn.ts';
import type { SnapshotError } from './container.ts';
import { defaultWorkers, extractInParallel } from './facts/parallel.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/** From this many articles read again at once, their facts are extracted on worker threads (as a build does). */
const MIN_PARALLEL = 500;
/** Articles read again per slice (so a whole archive is never all in memory as objects at once). */
const SLICE = 5_000;
/** Articles put back per event-loop turn (each is extracted in place when few: about 1 ms). */
const PER_TURN = 20;

/** Where the snapshot is, where the articles are read again from, and what to do once they are. */
export interface RepairOptions extends ReadOptions {
  /** The snapshot's path, for the log. */
  snapshot: string;
  corpusDir: string;
  /** Whether the snapshot was closed with the knowledge (at shutdown): nothing is repaired then. */
  closed: () => boolean;
  /** Run after a round of repairs (saving the snapshot again). */
  afterRepair: () => Promise<void>;
}

/**
 * Reads again, in the background, the articles the snapshot can no longer give.
 * @example const repair = new SnapshotRepair(knowledge, logger, options); decodeKnowledge(source, fp, warn, (e, ids) => repair.unreadable(e, ids))
 */
export class SnapshotRepair {
  /** Every article ever told unreadable (each is read again once; one that cannot be is not tried again). */
  readonly #told = new Set<string>();
  /** The errors told, to recognise them when they reach the caller of the failed read. */
  readonly #errors = new WeakSet<Error>();
  /** What is to be read again: each article as it was when told (one replaced since is left as it is). */
  #queue: Article[] = [];
  /** The ids queued or being read again now (not yet put back, nor found unreadable in the corpus). */
  readonly #pending = new Set<string>();
  #running: Promise<void> | undefined;

  constructor(
    private readonly knowledge: KnowledgeBase,
    private readonly logger: Logger,
    private readonly options: RepairOptions,
  ) {}

  /**
   * Told by `decodeKnowledge` (its `onUnreadable`): the articles are read again, once each; a new
   * find is one log line. The error is marked `beingReadAgain` when every article it leaves
   * unreadable is queued or being read (not when it names none, or one that could not be read again).
   */
  unreadable(error: SnapshotError, ids: readonly string[]): void {
    this.#errors.add(error);
    if (this.options.closed()) return;
    const fresh = ids.filter((id) => !this.#told.has(id));
    for (const id of fresh) {
      this.#told.add(id);
      const stored = this.knowledge.article(id);
      if (!stored) continue;
      this.#queue.push(stored);
      this.#pending.add(id);
    }
    error.beingReadAgain = ids.length > 0 && ids.every((id) => this.#pending.has(id));
    if (fresh.length === 0) return;
    const named = fresh.length <= 3 ? fresh.join(', ') : `${fresh.slice(0, 3).join(', ')}, …`;
    this.logger.warn(`snapshot ${this.options.snapshot} ${error.message}: reading the ${fresh.length} article(s) it leaves unreadable (${named}) again from ${this.options.corpusDir} in the background`);
    this.#start();
  }

  /** Whether `error` is one told to `unreadable` (what it leaves unreadable is being read again). */
  handles(error: unknown): boolean {
    return error instanceof Error && this.#errors.has(error);
  }

  /** Resolves once every article told so far has been read again (or could not be) and saved. */
  async settled(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Run the repairs unless they run already; once done, again for what was told meanwhile. */
  #start(): void {
    this.#running ??= this.#run()
      .catch((failure: unknown) => this.logger.error(`reading articles of the snapshot ${this.options.snapshot} again failed: ${failure instanceof Error ? failure.message : String(failure)}`))
      .finally(() => {
        this.#running = undefined;
        // (told between the last look at the queue and now)
        if (this.#queue.length > 0 && !this.options.closed()) this.#start();
      });
  }

  async #run(): Promise<void> {
    // (a read that fails while saving tells more: they are read again, and saved again)
    do {
      let repaired = 0;
      const failed: string[] = [];
      while (this.#queue.length > 0 && !this.options.closed()) {
        const slice = this.#queue.splice(0, SLICE);
        try {
          repaired += await this.#putBack(await this.#readAgain(slice, failed));
        } finally {
          for (const article of slice) this.#pending.delete(article.id);
        }
      }
      if (this.options.closed()) return;
      if (failed.length > 0)
        this.logger.warn(`could not read ${failed.length} article(s) again from ${this.options.corpusDir} (${failed.slice(0, 3).join('; ')}): questions needing them fail until the corpus changes`);
      this.logger.info(`snapshot ${this.options.snapshot}: ${repaired} article(s) read again from ${this.options.corpusDir}; saving the snapshot again`);
      await this.options.afterRepair();
    } while (this.#queue.length > 0 && !this.options.closed());
  }

  /** The articles `told` read again from their files, each with the one it replaces; what cannot be read is noted in `failed`. */
  async #readAgain(told: readonly Article[], failed: string[]): Promise<Array<{ stored: Article; article: Article }>> {
    const found: Array<{ stored: Article; article: Article }> = [];
    for (const stored of told) {
      const id = stored.id;
      // (removed or changed since, by the corpus watcher: nothing to read again)
      if (this.knowledge.article(id) !== stored) continue;
      const change = await changeOf(this.options.corpusDir, basename(stored.file), this.options).catch((error: unknown) => ({ kind: 'error' as const, error }));
      if (change.kind === 'upsert' && change.article.id === id) found.push({ stored, article: change.article });
      else if (change.kind === 'warning') failed.push(`${change.warning.file}: ${change.warning.reason}`);
      else if (change.kind === 'remove') failed.push(`${change.file}: gone`);
      else failed.push(`${stored.file}: ${change.kind === 'error' && change.error instanceof Error ? change.error.message : 'not found'}`);
    }
    return found;
  }

  /** Put the articles read again back into the knowledge, a few per turn; returns how many. */
  async #putBack(found: ReadonlyArray<{ stored: Article; article: Article }>): Promise<number> {
    const extracted =
      found.length >= MIN_PARALLEL
        ? await extractInParallel(
            found.map((f) => f.article),
            defaultWorkers(),
          ).catch(() => undefined)
        : undefined;
    let count = 0;
    for (const [i, { stored, article }] of found.entries()) {
      if (this.options.closed()) break;
      // (changed by the corpus watcher meanwhile: what it put there is newer)
      if (this.knowledge.article(article.id) !== stored) continue;
      this.knowledge.repair(article, extracted?.[i]);
      count++;
      if (i % PER_TURN === PER_TURN - 1) await nextTurn();
    }
    return count;
  }
}
