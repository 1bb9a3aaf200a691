import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryDigestStore } from '../../src/digest/memory-store.ts';
import { article, channelSub, FakePoster, httpError, makeRunner, TestClock } from './runner-harness.ts';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
const until = async (condition: () => boolean) => {
  for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  assert.ok(condition(), 'condition not reached');
};

describe('DigestRunner start/stop', () => {
  it("ticks at once on start (catching up this morning's digest) and leaves no timer after stop", async () => {
    const store = new MemoryDigestStore();
    await store.subscribe(channelSub('C1'));
    const poster = new FakePoster();
    const clock = new TestClock(new Date('2025-07-01T08:00:00Z')); // 10:00 Berlin
    const { runner } = makeRunner(store, clock, poster, [article('a1', '2025-07-01')]);
    const before = timers();
    runner.start();
    runner.start(); // a second start changes nothing
    assert.equal(timers(), before + 1, 'one croner timer while running');
    await until(() => poster.posts.length === 1);
    await runner.stop();
    assert.equal(timers(), before);
    assert.equal((await store.getSlot('C1', '2025-07-01'))?.status, 'sent');
  });

  it('stop() cuts a retry wait short and records that digest as failed, so a restart may retry it', async () => {
    const store = new MemoryDigestStore();
    await store.subscribe(channelSub('C1'));
    const poster = new FakePoster();
    poster.script = [httpError(500)];
    const clock = new TestClock(new Date('2025-07-01T06:00:00Z'));
    const { runner } = makeRunner(store, clock, poster, [], { sleep: undefined, retry: { baseDelayMs: 60 * 60_000 } });
    const before = timers();
    runner.start();
    await until(() => poster.attempts === 1);
    const started = Date.now();
    await runner.stop();
    assert.ok(Date.now() - started < 1000, 'stop did not wait out the backoff');
    assert.equal(timers(), before);
    const slot = await store.getSlot('C1', '2025-07-01');
    assert.equal(slot?.status, 'failed');
    assert.match(slot?.error ?? '', /stopped while waiting to retry/);
  });
});
