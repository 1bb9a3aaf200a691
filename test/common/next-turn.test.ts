/** Yielding to the event loop between steps. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nextTurn } from '../../src/common/next-turn.ts';

describe('nextTurn', () => {
  it('resolves after what was queued for this turn, not at once', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('queued before'));
    const turn = nextTurn().then(() => order.push('next turn'));
    order.push('now');
    await turn;
    assert.deepEqual(order, ['now', 'queued before', 'next turn']);
  });
});
