/**
 * The contract every DigestStore must meet. Run it from a *.test.ts file with a harness
 * whose `open()` returns a new handle on the same storage each time (for SQLite: a second
 * connection to the same file), so the suite can play two bot processes.
 */
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SlotNotClaimedError, type DigestStore } from '../../src/digest/store.ts';
import type { Subscription } from '../../src/digest/subscription.ts';

/** Fresh, empty storage per test; `open()` may be called several times. */
export interface StoreHarness {
  open(): DigestStore | Promise<DigestStore>;
  cleanup?(): void | Promise<void>;
}

const NOW = new Date('2025-07-01T06:00:00Z');
const channelSub = (channel: string, time = '08:00'): Subscription => ({
  channel,
  kind: 'channel',
  time,
  tz: 'Europe/Berlin',
  skipEmpty: false,
  createdAt: '2025-06-30T10:00:00.000Z',
});
const dmSub: Subscription = {
  channel: 'U42',
  kind: 'dm',
  user: 'U42',
  time: '07:15',
  tz: 'America/New_York',
  skipEmpty: true,
  createdAt: '2025-06-30T11:00:00.000Z',
};
const sent = (sentAt: string, articleIds: string[] = []) => ({ sentAt, articleIds });

/** Register the contract tests for one implementation. */
export function runStoreContract(name: string, makeHarness: () => StoreHarness, options: { skip?: string | false } = {}): void {
  describe(`DigestStore contract: ${name}`, { skip: options.skip ?? false }, () => {
    let harness: StoreHarness;
    let handles: DigestStore[];
    let store: DigestStore;
    const another = async () => {
      const handle = await harness.open();
      handles.push(handle);
      return handle;
    };
    beforeEach(async () => {
      harness = makeHarness();
      handles = [];
      store = await another();
    });
    afterEach(async () => {
      for (const handle of handles) await handle.close().catch(() => undefined);
      await harness.cleanup?.();
    });

    describe('subscriptions', () => {
      it('stores a channel and a dm subscription exactly as given', async () => {
        assert.equal(await store.getSubscription('C1'), undefined);
        await store.subscribe(channelSub('C1'));
        await store.subscribe(dmSub);
        assert.deepEqual(await store.getSubscription('C1'), channelSub('C1'));
        assert.deepEqual(await store.getSubscription('U42'), dmSub);
      });
      it('replaces a subscription for the same channel (a new time), keeping one', async () => {
        await store.subscribe(channelSub('C1', '08:00'));
        await store.subscribe(channelSub('C1', '06:45'));
        assert.deepEqual(await store.listSubscriptions(), [channelSub('C1', '06:45')]);
      });
      it('lists subscriptions ordered by channel', async () => {
        for (const channel of ['C3', 'C1', 'C2']) await store.subscribe(channelSub(channel));
        assert.deepEqual(
          (await store.listSubscriptions()).map((s) => s.channel),
          ['C1', 'C2', 'C3'],
        );
      });
      it('unsubscribes, saying whether there was anything to remove', async () => {
        await store.subscribe(channelSub('C1'));
        assert.equal(await store.unsubscribe('C1'), true);
        assert.equal(await store.unsubscribe('C1'), false);
        assert.equal(await store.getSubscription('C1'), undefined);
        assert.deepEqual(await store.listSubscriptions(), []);
      });
      it('rejects an invalid subscription and stores nothing', async () => {
        await assert.rejects(store.subscribe({ ...channelSub('C1'), time: '25:99' }), /time must be HH:MM/);
        await assert.rejects(store.subscribe({ ...channelSub('C1'), tz: 'Mars/Olympus' }), /time zone/);
        await assert.rejects(store.subscribe({ ...dmSub, user: undefined }), /needs its user/);
        assert.deepEqual(await store.listSubscriptions(), []);
      });
      it("shows one handle's subscriptions to another", async () => {
        await store.subscribe(channelSub('C1'));
        assert.deepEqual(await (await another()).getSubscription('C1'), channelSub('C1'));
      });
      it('returns copies: changing a result changes nothing stored', async () => {
        await store.subscribe(channelSub('C1'));
        const got = await store.getSubscription('C1');
        got!.time = '23:59';
        assert.equal((await store.getSubscription('C1'))!.time, '08:00');
      });
    });

    describe('slots', () => {
      it('lets exactly one claim of a (channel, day) succeed', async () => {
        assert.equal(await store.claimSlot('C1', '2025-07-01', NOW), true);
        assert.equal(await store.claimSlot('C1', '2025-07-01', NOW), false);
        assert.equal(await (await another()).claimSlot('C1', '2025-07-01', NOW), false);
      });
      it('keeps channels and days apart', async () => {
        assert.equal(await store.claimSlot('C1', '2025-07-01', NOW), true);
        assert.equal(await store.claimSlot('C2', '2025-07-01', NOW), true);
        assert.equal(await store.claimSlot('C1', '2025-07-02', NOW), true);
      });
      it('gives one winner among many simultaneous claims from two handles', async () => {
        const other = await another();
        const claims = Array.from({ length: 10 }, (_, i) => (i % 2 ? other : store).claimSlot('C1', '2025-07-01', NOW));
        assert.deepEqual((await Promise.all(claims)).filter(Boolean), [true]);
      });
      it('records a claim, then the sent digest; a sent slot cannot be claimed again', async () => {
        assert.equal(await store.getSlot('C1', '2025-07-01'), undefined);
        await store.claimSlot('C1', '2025-07-01', NOW);
        assert.deepEqual(await store.getSlot('C1', '2025-07-01'), { channel: 'C1', day: '2025-07-01', status: 'claimed', claimedAt: NOW.toISOString(), claims: 1 });
        await store.markSent('C1', '2025-07-01', { sentAt: '2025-07-01T06:00:02.000Z', articleIds: ['a', 'b'], ts: '1751349602.000100' });
        const slot = await store.getSlot('C1', '2025-07-01');
        assert.equal(slot?.status, 'sent');
        assert.deepEqual(slot?.info, { sentAt: '2025-07-01T06:00:02.000Z', articleIds: ['a', 'b'], ts: '1751349602.000100' });
        assert.equal(await (await another()).claimSlot('C1', '2025-07-01', NOW), false);
      });
      it('records a skipped (empty) digest as final too', async () => {
        await store.claimSlot('C1', '2025-07-01', NOW);
        await store.markSent('C1', '2025-07-01', { ...sent('2025-07-01T06:00:00.000Z'), skipped: true });
        assert.equal((await store.getSlot('C1', '2025-07-01'))?.status, 'skipped');
        assert.equal(await store.claimSlot('C1', '2025-07-01', NOW), false);
      });
      it('lets a failed slot be claimed again the same day, counting claims', async () => {
        await store.claimSlot('C1', '2025-07-01', NOW);
        await store.markFailed('C1', '2025-07-01', 'HTTP 500', new Date('2025-07-01T06:01:00Z'));
        const failed = await store.getSlot('C1', '2025-07-01');
        assert.equal(failed?.status, 'failed');
        assert.equal(failed?.error, 'HTTP 500');
        assert.equal(failed?.failedAt, '2025-07-01T06:01:00.000Z');
        const later = new Date('2025-07-01T06:20:00Z');
        assert.equal(await (await another()).claimSlot('C1', '2025-07-01', later), true);
        assert.equal(await store.claimSlot('C1', '2025-07-01', later), false);
        assert.deepEqual(await store.getSlot('C1', '2025-07-01'), { channel: 'C1', day: '2025-07-01', status: 'claimed', claimedAt: later.toISOString(), claims: 2 });
      });
      it('lets another handle take over a claim older than its lease, and only then', async () => {
        const lease = 10 * 60_000;
        assert.equal(await store.claimSlot('C1', '2025-07-01', NOW, lease), true);
        const other = await another();
        assert.equal(await other.claimSlot('C1', '2025-07-01', new Date(NOW.getTime() + lease - 1), lease), false);
        const later = new Date(NOW.getTime() + lease);
        const takeovers = await Promise.all([other.claimSlot('C1', '2025-07-01', later, lease), store.claimSlot('C1', '2025-07-01', later, lease)]);
        assert.deepEqual(takeovers.filter(Boolean), [true], 'one takeover among simultaneous ones');
        assert.deepEqual(await store.getSlot('C1', '2025-07-01'), { channel: 'C1', day: '2025-07-01', status: 'claimed', claimedAt: later.toISOString(), claims: 2 });
      });
      it('never takes over a sent slot, however old', async () => {
        await store.claimSlot('C1', '2025-07-01', NOW, 1000);
        await store.markSent('C1', '2025-07-01', sent('2025-07-01T06:00:01.000Z'));
        assert.equal(await store.claimSlot('C1', '2025-07-01', new Date(NOW.getTime() + 86_400_000), 1000), false);
      });
      it('refuses to finish a slot that is not claimed', async () => {
        await assert.rejects(store.markSent('C1', '2025-07-01', sent('x')), SlotNotClaimedError);
        await assert.rejects(store.markFailed('C1', '2025-07-01', 'e', NOW), SlotNotClaimedError);
        await store.claimSlot('C1', '2025-07-01', NOW);
        await store.markSent('C1', '2025-07-01', sent('2025-07-01T06:00:00.000Z'));
        await assert.rejects(store.markFailed('C1', '2025-07-01', 'late error', NOW), SlotNotClaimedError);
        await assert.rejects(store.markSent('C1', '2025-07-01', sent('again')), SlotNotClaimedError);
        assert.equal((await store.getSlot('C1', '2025-07-01'))?.status, 'sent');
      });
    });

    describe('lastSent', () => {
      it('is the latest sent or skipped day of that channel, ignoring failed and in-flight slots', async () => {
        assert.equal(await store.lastSent('C1'), undefined);
        const finish = async (channel: string, day: string, outcome: 'sent' | 'skipped' | 'failed' | 'claimed') => {
          await store.claimSlot(channel, day, NOW);
          if (outcome === 'failed') await store.markFailed(channel, day, 'boom', NOW);
          if (outcome === 'sent' || outcome === 'skipped') {
            await store.markSent(channel, day, { sentAt: `${day}T06:00:00.000Z`, articleIds: [day], skipped: outcome === 'skipped' || undefined });
          }
        };
        await finish('C1', '2025-06-29', 'skipped');
        await finish('C1', '2025-06-28', 'sent');
        assert.deepEqual(await store.lastSent('C1'), { day: '2025-06-29', sentAt: '2025-06-29T06:00:00.000Z', articleIds: ['2025-06-29'], skipped: true });
        await finish('C1', '2025-06-30', 'sent');
        await finish('C1', '2025-07-01', 'failed');
        await finish('C1', '2025-07-02', 'claimed');
        await finish('C2', '2025-07-03', 'sent');
        assert.deepEqual(await (await another()).lastSent('C1'), { day: '2025-06-30', sentAt: '2025-06-30T06:00:00.000Z', articleIds: ['2025-06-30'] });
      });
      it('survives unsubscribing: re-subscribing the same day sends nothing twice', async () => {
        await store.subscribe(channelSub('C1'));
        await store.claimSlot('C1', '2025-07-01', NOW);
        await store.markSent('C1', '2025-07-01', sent('2025-07-01T06:00:00.000Z'));
        await store.unsubscribe('C1');
        await store.subscribe(channelSub('C1'));
        assert.equal(await store.claimSlot('C1', '2025-07-01', NOW), false);
        assert.equal((await store.lastSent('C1'))?.day, '2025-07-01');
      });
    });
  });
}
