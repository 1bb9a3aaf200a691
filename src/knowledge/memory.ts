/**
 * A hint to give memory back between the large steps of building the knowledge (one decade of
 * the timeline merge, the people directory): V8 collects a large, short-lived working set late,
 * so without it a 100k-article build peaks several hundred megabytes higher. `npm start` runs
 * Node with `--expose-gc`; without that flag this is a no-op.
 */
import { getHeapStatistics } from 'node:v8';

/** How much the heap may grow while every article is read in steps before memory is given back. */
export const READ_GROWTH = 256 * 2 ** 20;

/** How many times `releaseMemory` was called (a `releaseWhenGrown` check measures from the heap after the last one). */
let releases = 0;

/**
 * Collect garbage now, if Node was started with `--expose-gc`.
 * @example releaseMemory() // between merging one decade and the next
 */
export function releaseMemory(): void {
  (globalThis as { gc?: () => void }).gc?.();
  releases++;
}

/**
 * A check to call after each step of a long read of every article (decoding each one's facts
 * leaves garbage that V8 collects late): it gives memory back once the heap has grown by
 * `growth` bytes since the last time, and not before (a full collection of a large heap takes
 * a while, during which no answer is given). Memory given back meanwhile by `releaseMemory`
 * elsewhere counts as a last time: the growth is then measured from the heap at the next check.
 * @example const check = releaseWhenGrown(256 * 2 ** 20); for (const _ of steps) { check(); await pause() }
 */
export function releaseWhenGrown(growth: number, heapUsed: () => number = () => getHeapStatistics().used_heap_size, release: () => void = releaseMemory): () => void {
  let base = heapUsed();
  let seen = releases;
  return () => {
    const heap = heapUsed();
    if (seen !== releases) {
      seen = releases;
      base = heap;
    }
    if (heap - base < growth) return;
    release();
    seen = releases;
    base = heapUsed();
  };
}
