/**
 * Saves of one snapshot run one after another; one asked for while another waits replaces it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SaveQueue } from '../../src/knowledge/save-queue.ts';

/** A job that notes when it starts and ends, taking a few turns. */
function job(name: string, log: string[]): () => Promise<void> {
  return async () => {
    log.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.push(`end ${name}`);
  };
}

describe('saving the snapshot one save at a time', () => {
  it('runs a save asked for while one runs after it, never both at once', async () => {
    const log: string[] = [];
    const saves = new SaveQueue();
    await Promise.all([saves.run(job('live update', log)), saves.run(job('repair', log))]);
    assert.deepEqual(log, ['start live update', 'end live update', 'start repair', 'end repair']);
  });

  it('replaces a waiting save by the one asked for later: it alone runs, and both callers wait for it', async () => {
    const log: string[] = [];
    const saves = new SaveQueue();
    const first = saves.run(job('first', log));
    const second = saves.run(job('second', log));
    const third = saves.run(job('third', log));
    await second;
    assert.deepEqual(log, ['start first', 'end first', 'start third', 'end third'], 'the second never runs');
    await Promise.all([first, third]);
    assert.equal(log.length, 4);
  });

  it('goes on after a failing save, and runs a save asked for when idle at once', async () => {
    const log: string[] = [];
    const saves = new SaveQueue();
    await saves.run(async () => {
      throw new Error('disk full');
    });
    const next = saves.run(job('next', log));
    assert.deepEqual(log, ['start next'], 'started in the same turn');
    await next;
    assert.deepEqual(log, ['start next', 'end next']);
  });
});
