/**
 * A worker thread that merges the timeline and the people directory from packed facts and sends
 * them back in their snapshot form (articles as numbers). Started by `DerivedRefresher`
 * (src/knowledge/derive-in-background.ts) through src/knowledge/facts/worker-boot.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { encodeDirectory, type SavedDirectory } from './directory-snapshot.ts';
import { FactStore } from './fact-store.ts';
import { buildDirectory } from './derived.ts';
import { mergeTimeline } from './timeline-merge.ts';
import { encodeTimeline, type SavedTimeline } from './timeline-snapshot.ts';

/** The articles to derive from: ids, their dates, and their packed facts end to end (article i at `offsets[i]..offsets[i + 1]`). */
export interface DeriveRequest {
  ids: string[];
  dates: string[];
  facts: Uint8Array;
  offsets: Uint32Array;
  /** Only the people directory (the timeline is merged incrementally elsewhere). */
  directoryOnly?: boolean;
}
/** What comes back. */
export interface DeriveResult {
  /** Absent when only the directory was asked for. */
  timeline?: SavedTimeline;
  directory: SavedDirectory;
}

parentPort?.once('message', ({ ids, dates, facts, offsets, directoryOnly }: DeriveRequest) => {
  const store = new FactStore();
  ids.forEach((id, i) => store.set(id, facts.subarray(offsets[i]!, offsets[i + 1]!)));
  const numberOf = new Map(ids.map((id, i) => [id, i]));
  const dateOf = new Map(ids.map((id, i) => [id, dates[i]!]));
  const result: DeriveResult = {
    timeline: directoryOnly ? undefined : encodeTimeline(mergeTimeline(store), numberOf),
    directory: encodeDirectory(
      buildDirectory(store, (id) => dateOf.get(id) ?? ''),
      numberOf,
    ),
  };
  parentPort!.postMessage(result);
});
