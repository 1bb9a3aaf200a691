import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BotIdentity } from '../../src/slack/bot-identity.ts';
import { createLogger } from '../../src/log.ts';

function slackError(code: string): Error {
  return Object.assign(new Error(`An API error occurred: ${code}`), { data: { ok: false, error: code } });
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('BotIdentity', () => {
  it('asks auth.test once and caches the ids', async () => {
    let calls = 0;
    const identity = new BotIdentity(async () => (calls++, { user_id: 'UBOT', bot_id: 'BBOT' }), createLogger({ write: () => {} }));
    assert.equal(identity.status().state, 'pending');
    identity.start();
    await settle(10);
    assert.deepEqual(identity.current(), { botUserId: 'UBOT', botId: 'BBOT' });
    assert.equal(identity.status().state, 'ok');
    identity.current();
    assert.equal(calls, 1);
  });

  it('retries with growing delays, logs the failure once and the recovery once', async () => {
    const logs: string[] = [];
    const times: number[] = [];
    let calls = 0;
    const identity = new BotIdentity(
      async () => {
        times.push(Date.now());
        if (++calls < 4) throw slackError('invalid_auth');
        return { user_id: 'UBOT', bot_id: 'BBOT' };
      },
      createLogger({ write: (line) => logs.push(line) }),
      { firstMs: 20, maxMs: 1000 },
    );
    identity.start();
    await settle(5);
    assert.deepEqual(identity.status(), { state: 'failing', error: 'invalid_auth', attempts: 1 });
    assert.equal(identity.current(), undefined);
    await settle(300);
    identity.stop();
    assert.equal(calls, 4);
    assert.equal(identity.status().state, 'ok');
    assert.equal(logs.filter((l) => l.startsWith('ERROR') && /invalid_auth/.test(l)).length, 1);
    assert.equal(logs.filter((l) => /works again/.test(l)).length, 1);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    assert.ok(gaps[2]! > gaps[0]!, `delays grow: ${gaps.join(', ')}`);
  });

  it('stops retrying when stopped', async () => {
    let calls = 0;
    const identity = new BotIdentity(async () => (calls++, Promise.reject(new Error('ECONNREFUSED'))), createLogger({ write: () => {} }), { firstMs: 10, maxMs: 10 });
    identity.start();
    await settle(5);
    identity.stop();
    const seen = calls;
    await settle(50);
    assert.equal(calls, seen);
    assert.equal(identity.status().error, 'ECONNREFUSED');
  });
});
