import { after, afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SlackRateLimitError } from '../../src/digest/errors.ts';
import { digestDbFile, openSqliteDigestStore } from '../../src/digest/sqlite-store.ts';
import type { DigestStore } from '../../src/digest/store.ts';
import { article, channelSub, FakePoster, httpError, makeRunner, platformError, TestClock } from './runner-harness.ts';

const root = mkdtempSync(join(tmpdir(), 'digest-runner-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dbCount = 0;

// 08:00 in Berlin in July is 06:00Z.
const JULY_1_0800 = '2025-07-01T06:00:00Z';

describe('DigestRunner', () => {
  let file: string;
  let stores: DigestStore[];
  let clock: TestClock;
  let poster: FakePoster;
  let articles: ReturnType<typeof article>[];
  const open = () => {
    const store = openSqliteDigestStore(file);
    stores.push(store);
    return store;
  };
  beforeEach(() => {
    file = digestDbFile(join(root, `run${++dbCount}`));
    stores = [];
    clock = new TestClock(new Date('2025-07-01T05:00:00Z'));
    poster = new FakePoster();
    articles = [article('a1', '2025-06-30'), article('a2', '2025-07-01')];
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
  });

  describe('subscribe, post daily, unsubscribe', () => {
    it('posts nothing before 08:00 and exactly once from 08:00 on that day', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      const { runner } = makeRunner(store, clock, poster, articles);
      clock.set('2025-07-01T05:59:00Z');
      assert.deepEqual(await runner.tick(), []);
      clock.set(JULY_1_0800);
      assert.deepEqual(await runner.tick(), [{ channel: 'C1', day: '2025-07-01', outcome: 'sent', attempts: 1 }]);
      for (const t of ['06:01', '12:00', '21:59']) {
        clock.set(`2025-07-01T${t}:00Z`);
        assert.deepEqual(await runner.tick(), []);
      }
      assert.deepEqual(poster.posts, [{ channel: 'C1', day: '2025-07-01', articleIds: ['a2', 'a1'], empty: false }]);
      assert.deepEqual(await store.lastSent('C1'), { day: '2025-07-01', sentAt: '2025-07-01T06:00:00.000Z', articleIds: ['a2', 'a1'], ts: '1.000100' });
    });

    it('posts again the next morning with only what is new since', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      const { runner } = makeRunner(store, clock, poster, articles);
      clock.set(JULY_1_0800);
      await runner.tick();
      articles.push(article('a3', '2025-07-01'), article('a4', '2025-07-02'));
      clock.set('2025-07-02T06:00:00Z');
      await runner.tick();
      assert.deepEqual(
        poster.posts.map((p) => [p.day, p.articleIds]),
        [
          ['2025-07-01', ['a2', 'a1']],
          ['2025-07-02', ['a4', 'a3']],
        ],
      );
    });

    it('posts to every subscription at its own time, and stops after unsubscribe', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      await store.subscribe(channelSub('U7', { kind: 'dm', user: 'U7', time: '07:00' }));
      const { runner } = makeRunner(store, clock, poster, articles);
      clock.set('2025-07-01T05:00:00Z');
      assert.deepEqual(
        (await runner.tick()).map((r) => r.channel),
        ['U7'],
      );
      clock.set(JULY_1_0800);
      assert.deepEqual(
        (await runner.tick()).map((r) => r.channel),
        ['C1'],
      );
      assert.equal(await store.unsubscribe('C1'), true);
      clock.set('2025-07-02T06:00:00Z');
      await runner.tick();
      assert.deepEqual(
        poster.posts.map((p) => `${p.channel} ${p.day}`),
        ['U7 2025-07-01', 'C1 2025-07-01', 'U7 2025-07-02'],
      );
    });

    it("does not post today for a subscription made after today's time", async () => {
      const store = open();
      await store.subscribe(channelSub('C1', { createdAt: '2025-07-01T09:00:00.000Z' }));
      const { runner } = makeRunner(store, clock, poster, articles);
      clock.set('2025-07-01T09:01:00Z');
      assert.deepEqual(await runner.tick(), []);
      assert.equal(poster.attempts, 0);
    });

    it('skips an empty digest when the subscription says so, and posts a "nothing new" one otherwise', async () => {
      const store = open();
      await store.subscribe(channelSub('C1', { skipEmpty: true }));
      await store.subscribe(channelSub('C2'));
      const { runner } = makeRunner(store, clock, poster, []);
      clock.set(JULY_1_0800);
      assert.deepEqual(
        (await runner.tick()).map((r) => `${r.channel} ${r.outcome}`),
        ['C1 skipped', 'C2 sent'],
      );
      assert.deepEqual(
        poster.posts.map((p) => `${p.channel} empty=${p.empty}`),
        ['C2 empty=true'],
      );
      clock.set('2025-07-01T07:00:00Z');
      assert.deepEqual(await runner.tick(), []);
    });
  });

  describe('restarts', () => {
    it('sends nothing twice when a new runner on the same file starts mid-day', async () => {
      await open().subscribe(channelSub('C1'));
      clock.set(JULY_1_0800);
      const first = makeRunner(open(), clock, poster, articles).runner;
      await first.tick();
      await first.stop();
      clock.set('2025-07-01T10:00:00Z');
      const second = makeRunner(open(), clock, poster, articles).runner;
      assert.deepEqual(await second.tick(), []);
      assert.equal(poster.posts.length, 1);
    });

    it('sends a digest missed earlier the same day once, when the bot comes back', async () => {
      await open().subscribe(channelSub('C1'));
      clock.set('2025-07-01T09:30:00Z'); // 11:30 Berlin: down at 08:00
      const { runner } = makeRunner(open(), clock, poster, articles);
      assert.deepEqual(await runner.tick(), [{ channel: 'C1', day: '2025-07-01', outcome: 'sent', attempts: 1 }]);
      clock.set('2025-07-01T09:31:00Z');
      await runner.tick();
      assert.equal(poster.posts.length, 1);
    });

    it("never sends a previous day's missed digest", async () => {
      await open().subscribe(channelSub('C1'));
      // Down through all of 1 July; back at 07:00 Berlin on 2 July, before its 08:00.
      clock.set('2025-07-02T05:00:00Z');
      const { runner } = makeRunner(open(), clock, poster, articles);
      assert.deepEqual(await runner.tick(), []);
      clock.set('2025-07-02T06:00:00Z');
      await runner.tick();
      assert.deepEqual(
        poster.posts.map((p) => p.day),
        ['2025-07-02'],
      );
      assert.equal(await stores[1]!.getSlot('C1', '2025-07-01'), undefined);
    });

    it("leaves a slot alone while another process's claim is within its lease", async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      await store.claimSlot('C1', '2025-07-01', new Date(JULY_1_0800)); // a post in flight elsewhere
      clock.set('2025-07-01T06:09:00Z');
      const { runner } = makeRunner(open(), clock, poster, articles, { claimLeaseMs: 10 * 60_000, alreadyPosted: async () => assert.fail('not asked') });
      assert.deepEqual(await runner.tick(), [{ channel: 'C1', day: '2025-07-01', outcome: 'taken' }]);
      assert.equal(poster.attempts, 0);
    });

    it('takes over the claim of a process that died before posting, once the lease ran out, after looking in the channel', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      await store.claimSlot('C1', '2025-07-01', new Date(JULY_1_0800)); // claimed, then killed before posting
      clock.set('2025-07-01T06:10:00Z');
      const asked: string[] = [];
      const { runner } = makeRunner(open(), clock, poster, articles, { claimLeaseMs: 10 * 60_000, alreadyPosted: async (sub, day) => void asked.push(`${sub.channel} ${day}`) });
      assert.deepEqual(await runner.tick(), [{ channel: 'C1', day: '2025-07-01', outcome: 'sent', attempts: 1 }]);
      assert.deepEqual(asked, ['C1 2025-07-01']);
      assert.deepEqual(
        poster.posts.map((p) => p.day),
        ['2025-07-01'],
      );
      assert.equal((await store.getSlot('C1', '2025-07-01'))?.claims, 2);
    });

    it('records, and does not post again, a digest that went out before its process died', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      await store.claimSlot('C1', '2025-07-01', new Date(JULY_1_0800)); // posted, then killed before recording
      clock.set('2025-07-01T06:30:00Z');
      const { runner, logs } = makeRunner(open(), clock, poster, articles, { claimLeaseMs: 10 * 60_000, alreadyPosted: async () => '1751349600.000100' });
      assert.deepEqual(await runner.tick(), [{ channel: 'C1', day: '2025-07-01', outcome: 'sent', attempts: 0 }]);
      assert.equal(poster.attempts, 0);
      const slot = await store.getSlot('C1', '2025-07-01');
      assert.equal(slot?.status, 'sent');
      assert.equal(slot?.info?.ts, '1751349600.000100');
      assert.deepEqual(slot?.info?.articleIds, ['a2', 'a1'], 'the articles it listed count as sent');
      assert.ok(logs.some(([, args]) => /found in the channel/.test(String(args[0]))));
    });

    it('posts anyway when the channel cannot be read, and does not ask for a first claim', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      clock.set(JULY_1_0800);
      let asked = 0;
      const { runner } = makeRunner(open(), clock, poster, articles, { alreadyPosted: async () => (asked++, undefined) });
      await runner.tick();
      assert.equal(asked, 0, 'a first claim cannot have been posted before');
      await store.subscribe(channelSub('C2'));
      await store.claimSlot('C2', '2025-07-01', new Date('2025-07-01T05:00:00Z'));
      const failing = makeRunner(open(), clock, poster, articles, { alreadyPosted: async () => Promise.reject(new Error('missing_scope')) });
      const reports = await failing.runner.tick();
      assert.deepEqual(
        reports.map((r) => `${r.channel} ${r.outcome}`),
        ['C2 sent'],
      );
    });
  });

  describe('two processes', () => {
    it('post once between two runners on separate connections ticking at the same time', async () => {
      await open().subscribe(channelSub('C1'));
      await stores[0]!.subscribe(channelSub('C2'));
      clock.set(JULY_1_0800);
      let release!: () => void;
      poster.gate = new Promise((resolve) => (release = resolve));
      const a = makeRunner(open(), clock, poster, articles).runner;
      const b = makeRunner(open(), clock, poster, articles).runner;
      const ticks = Promise.all([a.tick(), b.tick()]);
      await new Promise((resolve) => setImmediate(resolve));
      release();
      const [ra, rb] = await ticks;
      const reports = [...ra, ...rb];
      // Each channel is sent by exactly one runner; the other finds it taken (or, later, already sent).
      assert.deepEqual(
        reports
          .filter((r) => r.outcome === 'sent')
          .map((r) => r.channel)
          .sort(),
        ['C1', 'C2'],
      );
      assert.ok(
        reports.every((r) => r.outcome === 'sent' || r.outcome === 'taken'),
        JSON.stringify(reports),
      );
      assert.ok(
        reports.some((r) => r.outcome === 'taken'),
        'the runners overlapped',
      );
      assert.deepEqual(poster.posts.map((p) => p.channel).sort(), ['C1', 'C2']);
    });
  });

  describe('Slack errors', () => {
    it('waits Retry-After on a 429, then posts once', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      poster.script = [new SlackRateLimitError(7), new SlackRateLimitError(2)];
      const { runner, sleeps } = makeRunner(store, clock, poster, articles);
      clock.set(JULY_1_0800);
      assert.deepEqual(await runner.tick(), [{ channel: 'C1', day: '2025-07-01', outcome: 'sent', attempts: 3 }]);
      assert.deepEqual(sleeps, [7000, 2000]);
      assert.equal(poster.posts.length, 1);
    });

    it('backs off on repeated 500s, then records the digest as failed, not sent', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      poster.script = Array.from({ length: 10 }, () => httpError(500));
      const { runner, sleeps, logs } = makeRunner(store, clock, poster, articles);
      clock.set(JULY_1_0800);
      const [report] = await runner.tick();
      assert.equal(report?.outcome, 'failed');
      assert.equal(report?.attempts, 4);
      assert.deepEqual(sleeps, [1000, 2000, 4000]);
      assert.equal(poster.posts.length, 0);
      const slot = await store.getSlot('C1', '2025-07-01');
      assert.equal(slot?.status, 'failed');
      assert.match(slot?.error ?? '', /statusCode = 500/);
      assert.equal(await store.lastSent('C1'), undefined);
      assert.ok(logs.some(([level, args]) => level === 'error' && args[0] === 'digest failed'));
    });

    it('retries a failed slot the same day after a cool-down, a bounded number of times', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      poster.script = Array.from({ length: 8 }, () => httpError(503));
      const { runner } = makeRunner(store, clock, poster, articles, { retry: { maxAttempts: 2 }, maxClaimsPerDay: 3 });
      clock.set(JULY_1_0800);
      assert.equal((await runner.tick())[0]?.outcome, 'failed');
      clock.set('2025-07-01T06:10:00Z');
      assert.equal((await runner.tick())[0]?.outcome, 'held');
      clock.set('2025-07-01T06:15:00Z');
      assert.equal((await runner.tick())[0]?.outcome, 'failed');
      clock.set('2025-07-01T06:30:00Z');
      poster.script = [];
      assert.equal((await runner.tick())[0]?.outcome, 'sent');
      assert.equal((await store.getSlot('C1', '2025-07-01'))?.claims, 3);
      assert.equal(poster.posts.length, 1);
    });

    it('stops retrying a failed slot once it used up its claims for the day', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      poster.script = Array.from({ length: 8 }, () => httpError(500));
      const { runner } = makeRunner(store, clock, poster, articles, { retry: { maxAttempts: 1 }, maxClaimsPerDay: 2 });
      for (const t of ['06:00', '06:20', '06:40', '07:00']) {
        clock.set(`2025-07-01T${t}:00Z`);
        await runner.tick();
      }
      assert.equal(poster.attempts, 2);
      assert.equal((await store.getSlot('C1', '2025-07-01'))?.status, 'failed');
    });

    it('gives up at once on a permanent error such as not_in_channel', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      poster.script = [platformError('not_in_channel')];
      const { runner, sleeps } = makeRunner(store, clock, poster, articles);
      clock.set(JULY_1_0800);
      assert.deepEqual(await runner.tick(), [
        {
          channel: 'C1',
          day: '2025-07-01',
          outcome: 'failed',
          attempts: 1,
          error: 'slack_webapi_platform_error: An API error occurred: not_in_channel',
        },
      ]);
      assert.deepEqual(sleeps, []);
    });

    it('records a digest that could not be built as failed, and carries on with the others', async () => {
      const store = open();
      await store.subscribe(channelSub('C1'));
      await store.subscribe(channelSub('C2'));
      const { runner } = makeRunner(store, clock, poster, articles, {
        buildFor: (sub, _since, day) => {
          if (sub.channel === 'C1') throw new Error('index not ready');
          return { day, windowStart: day, empty: true, articles: [], onThisDay: [], people: [] };
        },
      });
      clock.set(JULY_1_0800);
      assert.deepEqual(
        (await runner.tick()).map((r) => `${r.channel} ${r.outcome}`),
        ['C1 failed', 'C2 sent'],
      );
      assert.equal((await store.getSlot('C1', '2025-07-01'))?.error, 'index not ready');
    });
  });
});
