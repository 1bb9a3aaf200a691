/**
 * The contract every FeedbackStore must meet: one vote per answer and user (a second click
 * changes it), explanations from the modal, counts per kind, the latest "wrong" votes, settings.
 * Run from a *.test.ts file with a harness opening a fresh store.
 */
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Feedback, FeedbackStore } from '../../src/store/feedback.ts';

/** Fresh, empty storage per test. */
export interface FeedbackHarness {
  open(): Promise<FeedbackStore>;
  cleanup?(): Promise<void>;
}

const vote = (overrides: Partial<Feedback> = {}): Feedback => ({
  answerId: 'ans1',
  question: 'who Biegun',
  kind: 'who',
  cited: ['003_a', '004_b'],
  user: 'U1',
  channel: 'C1',
  verdict: 'helpful',
  at: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

/** Register the contract tests for one implementation. */
export function runFeedbackContract(name: string, makeHarness: () => FeedbackHarness, options: { skip?: string | false } = {}): void {
  describe(`FeedbackStore contract: ${name}`, { skip: options.skip ?? false }, () => {
    let harness: FeedbackHarness;
    let store: FeedbackStore;
    beforeEach(async () => {
      harness = makeHarness();
      store = await harness.open();
    });
    afterEach(async () => harness.cleanup?.());

    it('stores a vote exactly as given', async () => {
      assert.equal(await store.vote(vote({ link: 'https://slack.com/archives/C1/p1' })), 'new');
      assert.deepEqual(await store.all(), [vote({ link: 'https://slack.com/archives/C1/p1' })]);
    });

    it('keeps one vote per answer and user: the same click again is "same", the other button "changed"', async () => {
      assert.equal(await store.vote(vote()), 'new');
      assert.equal(await store.vote(vote({ at: '2026-12-01T10:01:00.000Z' })), 'same');
      assert.equal(await store.vote(vote({ verdict: 'wrong', at: '2026-12-01T10:02:00.000Z' })), 'changed');
      assert.equal(await store.vote(vote({ user: 'U2' })), 'new');
      const all = await store.all();
      assert.equal(all.length, 2);
      assert.deepEqual(
        all.map((f) => `${f.user} ${f.verdict}`),
        ['U2 helpful', 'U1 wrong'],
      );
    });

    it("adds the modal's reason and text to a vote, cut to 3000 characters, and refuses one without a vote", async () => {
      await store.vote(vote({ verdict: 'wrong' }));
      assert.equal(await store.explain('ans1', 'U1', 'date', 'x'.repeat(10_000), '2026-12-01T10:05:00.000Z'), true);
      const [stored] = await store.latestWrong(5);
      assert.equal(stored?.reason, 'date');
      assert.equal(stored?.text?.length, 3000);
      assert.equal(await store.explain('ans1', 'U9', 'other', 'no vote', '2026-12-01T10:05:00.000Z'), false);
      assert.equal((await store.all()).length, 1);
    });

    it('forgets the explanation when the verdict changes, keeps it when the same button is clicked again', async () => {
      await store.vote(vote({ verdict: 'wrong' }));
      await store.explain('ans1', 'U1', 'person', 'falsche Person', '2026-12-01T10:05:00.000Z');
      await store.vote(vote({ verdict: 'wrong', at: '2026-12-01T10:06:00.000Z' }));
      assert.equal((await store.latestWrong(1))[0]?.reason, 'person');
      await store.vote(vote({ verdict: 'helpful', at: '2026-12-01T10:07:00.000Z' }));
      await store.vote(vote({ verdict: 'wrong', at: '2026-12-01T10:08:00.000Z' }));
      assert.equal((await store.latestWrong(1))[0]?.reason, undefined);
    });

    it('counts votes per kind since an instant', async () => {
      await store.vote(vote({ answerId: 'a', kind: 'who', verdict: 'helpful', at: '2026-11-01T00:00:00.000Z' }));
      await store.vote(vote({ answerId: 'b', kind: 'who', verdict: 'wrong', at: '2026-12-01T00:00:00.000Z' }));
      await store.vote(vote({ answerId: 'c', kind: 'search', verdict: 'helpful', at: '2026-12-02T00:00:00.000Z' }));
      await store.vote(vote({ answerId: 'c', user: 'U2', kind: 'search', verdict: 'helpful', at: '2026-12-02T00:00:00.000Z' }));
      assert.deepEqual(await store.countsSince('2026-11-15T00:00:00.000Z'), [
        { kind: 'search', helpful: 2, wrong: 0 },
        { kind: 'who', helpful: 0, wrong: 1 },
      ]);
      assert.deepEqual(await store.countsSince('2027-01-01T00:00:00.000Z'), []);
    });

    it('lists the latest "wrong" votes, newest first, as many as asked', async () => {
      for (let i = 0; i < 5; i++) await store.vote(vote({ answerId: `a${i}`, verdict: i === 2 ? 'helpful' : 'wrong', at: `2026-12-0${i + 1}T00:00:00.000Z` }));
      const latest = await store.latestWrong(3);
      assert.deepEqual(
        latest.map((f) => f.answerId),
        ['a4', 'a3', 'a1'],
      );
    });

    it('stores a language per user', async () => {
      assert.equal(await store.language('U1'), undefined);
      await store.setLanguage('U1', 'en');
      await store.setLanguage('U1', 'de');
      await store.setLanguage('U2', 'en');
      assert.equal(await store.language('U1'), 'de');
      assert.equal(await store.language('U2'), 'en');
    });
  });
}
