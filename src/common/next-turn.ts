/**
 * Yielding to the event loop between the steps of a long piece of work, so that answers are
 * given meanwhile.
 */

/**
 * Resolves on the next turn of the event loop (after the I/O waiting now: `setImmediate`).
 * @example for (const _ of steps) await nextTurn()
 */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}
