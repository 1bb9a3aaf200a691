/**
 * Keeping the timeline and the people directory up to date after the corpus changes without
 * stopping the bot: answers go on using the previous ones until the change is merged; search
 * sees a change at once. Once `prepare`d, both are updated incrementally on this thread (only
 * what the changed articles touch: timeline-incremental.ts, directory-incremental.ts); before,
 * both are merged again on a worker thread (tens of seconds for a very large archive).
 */
import { Worker } from 'node:worker_threads';
import { offsetsOf } from './container.ts';
import { decodeDirectory } from './directory-snapshot.ts';
import type { DeriveRequest, DeriveResult } from './derive-worker.ts';
import { IncrementalDirectory } from './directory-incremental.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { releaseMemory } from './memory.ts';
import { IncrementalTimeline } from './timeline-incremental.ts';
import type { TimelineEntry } from './timeline-merge.ts';
import { decodeTimeline } from './timeline-snapshot.ts';
import { nextTurn } from '../common/next-turn.ts';

/**
 * Merges again in the background whenever asked; requests while a merge runs are coalesced into
 * one more merge afterwards.
 * @example const refresher = new DerivedRefresher(knowledge); knowledge.upsert(a); await refresher.request()
 */
export class DerivedRefresher {
  private running: Promise<void> | undefined;
  private again = false;
  private worker: Worker | undefined;
  private closed = false;
  private preparing: Promise<void> | undefined;
  /** Set when `prepare` failed (facts that could not be read, being read again from the corpus): tried again after the next whole merge, or by `retryPrepare`. */
  private prepareFailed = false;
  /** The timeline kept for incremental merges, once prepared. */
  private kept: IncrementalTimeline | undefined;
  /** The people directory kept for incremental updates, once prepared. */
  private people: IncrementalDirectory | undefined;
  /** The timeline of `kept` last handed to the knowledge base (an update then only patches what is beside it). */
  private shown: readonly TimelineEntry[] | undefined;

  /** @param onError told when a merge fails (the timeline and directory are then merged in place on next use) */
  constructor(
    private readonly knowledge: KnowledgeBase,
    private readonly onError: (error: Error) => void = () => {},
  ) {
    knowledge.keepDerivedWhileUpdating();
  }

  /** Merge again; resolves once the knowledge's timeline and directory include every change made before the call. */
  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
    return this.running;
  }

  /**
   * Merge the timeline and the people directory once more, in steps (answers go on meanwhile),
   * and keep what the merges need so that from then on a change re-merges only what it touches.
   * The timeline's word weights are those of the archive now (a restart weighs again). Resolves
   * when ready; should it fail, changes are merged whole on the worker, after the next of which
   * it is tried again.
   * @example await refresher.prepare(); knowledge.upsert(article); await refresher.request()
   */
  prepare(): Promise<void> {
    this.preparing ??= (async () => {
      // (not in the caller's turn: after a start from the snapshot, the directory read below may still have to be decoded)
      await nextTurn();
      const { knowledge } = this;
      const store = knowledge.factStore();
      // the directory at hand (restored or merged) is kept if no article changes while the articles are read
      const current = knowledge.hasDerived() && !knowledge.isUpdating() ? knowledge.directory() : undefined;
      const unchanged = () => (current && knowledge.hasDerived() && !knowledge.isUpdating() && knowledge.directory() === current ? current : undefined);
      const people = await IncrementalDirectory.buildInSteps(store, this.dateOf, unchanged);
      // (what reading every article's people left behind, given back before the timeline reads them again)
      releaseMemory();
      const kept = await IncrementalTimeline.buildInSteps(store);
      if (this.closed) return;
      this.kept = kept;
      this.people = people;
      // (the same timeline unless the weights changed since it was merged: then the entries at hand
      // are kept, with the lookups beside them; changes made meanwhile follow in `request`)
      if (knowledge.hasDerived() && !knowledge.isUpdating()) {
        const current = knowledge.timeline();
        if (kept.adopt(current)) knowledge.patchDerived(current, (this.shown = current), { removed: [], added: [] }, people.directory());
        else knowledge.replaceDerived((this.shown = kept.timeline()), people.directory());
      }
    })().catch((error: unknown) => {
      // (until prepared again, changes are merged whole on the worker)
      this.preparing = undefined;
      this.prepareFailed = true;
      throw error;
    });
    return this.preparing;
  }

  /**
   * Try a failed `prepare` again now (once the facts it could not read were read again from the
   * corpus: after a round of snapshot repairs), so that merges are incremental again without
   * waiting for a change. Does nothing unless a prepare failed; while a merge runs, once it is
   * done. A failure is told to `onError`.
   * @example repair.afterRepair = () => refresher.retryPrepare()
   */
  retryPrepare(): void {
    if (this.running) void this.running.then(() => this.prepareAgain());
    else this.prepareAgain();
  }

  /** `prepare` again if it failed (not while it runs, nor once closed). */
  private prepareAgain(): void {
    if (!this.prepareFailed || this.preparing || this.closed) return;
    this.prepareFailed = false;
    this.prepare().catch((error: unknown) => this.onError(error instanceof Error ? error : new Error(String(error))));
  }

  /** Stop a merge in progress; later requests do nothing. */
  close(): void {
    this.closed = true;
    void this.worker?.terminate();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      if (this.closed) return;
      try {
        await this.refreshOnce();
      } catch (error) {
        if (this.closed) return;
        this.onError(error instanceof Error ? error : new Error(String(error)));
        // never keep a stale timeline for good: the next question merges in place
        this.knowledge.dropDerived();
      }
    } while (this.again);
    // (no change came in since the last merge began: answers are up to date again)
    if (!this.closed) this.knowledge.markUpToDate();
  }

  private async refreshOnce(): Promise<void> {
    if (this.preparing) await this.preparing.catch(() => undefined);
    if (this.kept) return this.refreshIncrementally(this.kept);
    this.knowledge.takeChangedIds();
    const { timeline, directory } = await this.mergeOnWorker(false);
    if (this.closed) return;
    this.knowledge.replaceDerived(timeline!, directory);
    // (every article's facts could be read for this merge: a prepare that failed is tried again)
    this.prepareAgain();
  }

  /** An article's date, as the directory's profiles take it. */
  private readonly dateOf = (id: string) => this.knowledge.article(id)?.date.value ?? '';

  /** The timeline and the directory re-merged where the changed articles touch them (the directory on the worker if it could not be kept). */
  private async refreshIncrementally(kept: IncrementalTimeline): Promise<void> {
    const changed = this.knowledge.takeChangedIds();
    const store = this.knowledge.factStore();
    const onWorker = this.people ? undefined : this.mergeOnWorker(true);
    // (awaited below; a worker stopped meanwhile must not be an unhandled rejection)
    onWorker?.catch(() => undefined);
    const base = this.shown;
    this.shown = undefined;
    try {
      await kept.updateInSteps(store, changed);
      // (at once, between two answers: the directory is the one answers read, changed in place)
      this.people?.update(store, this.dateOf, changed);
    } catch (error) {
      // (a failed update leaves the kept merges unusable: merge whole on the worker from now on)
      this.kept = undefined;
      this.people = undefined;
      throw error;
    }
    const directory = this.people?.directory() ?? (await onWorker!).directory;
    if (this.closed) return;
    const timeline = kept.timeline();
    if (base) this.knowledge.patchDerived(base, timeline, kept.lastChange(), directory);
    else this.knowledge.replaceDerived(timeline, directory);
    this.shown = timeline;
  }

  private async mergeOnWorker(directoryOnly: boolean): Promise<{ timeline?: ReturnType<typeof decodeTimeline>; directory: ReturnType<typeof decodeDirectory> }> {
    const { knowledge } = this;
    const ids = [...knowledge.factIds()];
    // the facts end to end in one new buffer, handed to the worker without a copy
    const packed = ids.map((id) => knowledge.packedFactsOf(id)!);
    const offsets = offsetsOf(packed);
    const facts = new Uint8Array(offsets[ids.length]!);
    packed.forEach((bytes, i) => facts.set(bytes, offsets[i]!));
    const request: DeriveRequest = { ids, dates: ids.map(this.dateOf), facts, offsets, directoryOnly };
    const result = await this.runWorker(request);
    return { timeline: result.timeline && decodeTimeline(result.timeline, ids), directory: decodeDirectory(result.directory, ids) };
  }

  private runWorker(request: DeriveRequest): Promise<DeriveResult> {
    const worker = new Worker(new URL('./facts/worker-boot.mjs', import.meta.url), { workerData: { module: new URL('./derive-worker.ts', import.meta.url).href } });
    this.worker = worker;
    return new Promise<DeriveResult>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the merge worker stopped (exit code ${code})`)));
      worker.postMessage(request, [request.facts.buffer as ArrayBuffer, request.offsets.buffer as ArrayBuffer]);
    }).finally(() => {
      this.worker = undefined;
      void worker.terminate();
    });
  }
}
