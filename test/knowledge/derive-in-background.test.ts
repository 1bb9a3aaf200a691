/**
 * After a change, the timeline and the people directory are merged again on a worker thread;
 * until then answers use the previous ones, afterwards the same as merging in place.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { DerivedRefresher } from '../../src/knowledge/derive-in-background.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import type { Article } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { timelineWeights } from '../../src/knowledge/timeline-incremental.ts';
import { mergeTimeline } from '../../src/knowledge/timeline-merge.ts';
import { ReportsByArticle } from '../../src/knowledge/reports-by-article.ts';
import { plainEntry } from '../../src/knowledge/timeline-columns.ts';
import { plainProfile } from '../../src/knowledge/directory-columns.ts';

const added: Article = {
  id: 'neu',
  title: 'Treffen in Panmunjom',
  file: 'neu.md',
  date: { value: '2022-03-01', precision: 'day' },
  body: 'Am 28. Februar 2022 trafen sich Delegationen in Panmunjom. Der Unterhändler Ri Son Gwon sagte, man sei zufrieden.',
};

/** The seeds, warmed up, with a refresher (and what it reports) for the length of `test`. */
async function withRefresher(test: (knowledge: KnowledgeBase, refresher: DerivedRefresher, errors: Error[]) => Promise<void>): Promise<void> {
  const knowledge = buildKnowledge((await loadCorpus('corpus')).articles);
  knowledge.warmUp();
  const errors: Error[] = [];
  const refresher = new DerivedRefresher(knowledge, (error) => errors.push(error));
  try {
    await test(knowledge, refresher, errors);
  } finally {
    refresher.close();
  }
}

/** Makes every article's facts unreadable (as a damaged snapshot block being read again from the corpus) until `unreadable` is cleared; counts the reads of the fact store in `asked`. */
function unreadableFacts(knowledge: KnowledgeBase): { unreadable: boolean; asked: number } {
  const facts = { unreadable: true, asked: 0 };
  const factStore = knowledge.factStore.bind(knowledge);
  knowledge.factStore = () => {
    facts.asked++;
    const store = factStore();
    return facts.unreadable ? { ...store, ids: () => store.ids(), orderOf: (id) => store.orderOf(id), get: () => assert.fail('facts unreadable') } : store;
  };
  return facts;
}

describe('merging again in the background', () => {
  it('keeps answering from the previous timeline and people, then from the merged ones', () =>
    withRefresher(async (knowledge, refresher) => {
      knowledge.upsert(added);
      const before = answer(knowledge, 'who Ri Son Gwon');
      assert.ok(before.kind === 'who' && !before.person, 'not yet in the people directory');
      assert.equal(before.updating, true, 'and the answer says the new article is still being merged in');
      const merged = refresher.request();
      assert.equal((answer(knowledge, 'timeline 2022') as { updating?: boolean }).updating, true);
      await merged;
      const after = answer(knowledge, 'who Ri Son Gwon');
      assert.ok(after.kind === 'who' && after.person?.articles[0]?.id === 'neu');
      assert.equal(after.updating, undefined, 'up to date again');
      const inPlace = buildKnowledge([...knowledge.articles()]);
      // (the worker's timeline comes back packed: compared field by field)
      assert.deepEqual(knowledge.timeline().map(plainEntry), inPlace.timeline().map(plainEntry), 'the same timeline as merging in place');
      assert.deepEqual(knowledge.directory().profiles.map(plainProfile), inPlace.directory().profiles.map(plainProfile));
    }));

  it('coalesces requests made while merging, and includes every change', () =>
    withRefresher(async (knowledge, refresher) => {
      knowledge.upsert(added);
      const first = refresher.request();
      const [seed] = [...knowledge.articles()].map((a) => a.id).sort();
      knowledge.remove(seed!);
      let shown = 0;
      for (const year of ['2018', '2019', '2020']) {
        const meanwhile = answer(knowledge, `timeline ${year}`);
        assert.ok(meanwhile.kind === 'timeline' && meanwhile.events.every((e) => e.citations.length > 0), 'never an entry without a source');
        shown += meanwhile.kind === 'timeline' ? meanwhile.events.length : 0;
      }
      assert.ok(shown > 0, 'entries were shown while merging');
      await Promise.all([first, refresher.request()]);
      assert.ok(knowledge.hasDerived(), 'merged in the background');
      assert.ok(!knowledge.timeline().some((entry) => entry.articleIds.includes(seed!)), 'the removed article is gone');
      assert.ok(knowledge.timeline().some((entry) => entry.articleIds.includes('neu')));
    }));

  it('reports a failed merge and leaves the timeline to be merged in place on next use', () =>
    withRefresher(async (knowledge, refresher, errors) => {
      knowledge.upsert(added);
      // (the merge worker is handed facts that do not decode)
      const packedFactsOf = knowledge.packedFactsOf.bind(knowledge);
      knowledge.packedFactsOf = (id) => (id === 'neu' ? new TextEncoder().encode('not packed facts') : packedFactsOf(id));
      await refresher.request();
      assert.equal(errors.length, 1, 'the failure is reported once');
      assert.equal(knowledge.hasDerived(), false, 'no stale timeline is kept');
      knowledge.remove('neu');
      const answer2020 = answer(knowledge, 'timeline 2020');
      assert.ok(answer2020.kind === 'timeline' && answer2020.events.length > 0, 'merged in place again');
    }));

  it('once prepared, merges the timeline incrementally: the same as a full merge under the weights of the start', () =>
    withRefresher(async (knowledge, refresher, errors) => {
      const inPlace = knowledge.timeline();
      const weight = timelineWeights(knowledge.factStore());
      await refresher.prepare();
      assert.deepEqual(knowledge.timeline(), inPlace, 'prepared: the timeline as merged before');
      // (each article's list of reports as held before the change: a patch keeps the lists it does not touch, a rebuild makes all anew)
      const listsBefore = new Map([...knowledge.articles()].map((a) => [a.id, knowledge.timelineReportsOf(a.id)]));
      const timelineBefore = knowledge.timeline();
      knowledge.upsert(added);
      const [seed] = [...knowledge.articles()].map((a) => a.id).sort();
      knowledge.remove(seed!);
      const merging = refresher.request();
      assert.equal((answer(knowledge, 'timeline 2022') as { updating?: boolean }).updating, true, 'the previous timeline meanwhile');
      await merging;
      assert.deepEqual(errors, []);
      const after = answer(knowledge, 'who Ri Son Gwon');
      assert.ok(after.kind === 'who' && after.person?.articles[0]?.id === 'neu', 'the new article is in the people directory');
      assert.ok(knowledge.timeline().some((entry) => entry.articleIds.includes('neu')));
      assert.ok(!knowledge.timeline().some((entry) => entry.articleIds.includes(seed!)), 'the removed article is gone');
      assert.deepEqual(knowledge.timeline(), mergeTimeline(knowledge.factStore(), weight), 'a full merge under the same weights');
      assert.deepEqual(knowledge.directory().profiles, buildKnowledge([...knowledge.articles()]).directory().profiles);
      // the reports by article were patched, not built again: the lists of articles the change does not touch are the very same
      const now = new Set(knowledge.timeline());
      const touched = new Set(timelineBefore.filter((entry) => !now.has(entry)).flatMap((entry) => entry.reports.map((report) => report.articleId)));
      const untouched = [...listsBefore].filter(([id, list]) => list.length > 0 && !touched.has(id) && id !== seed);
      assert.ok(untouched.length > 0, 'some article with reports is untouched by the change');
      for (const [id, list] of untouched) assert.equal(knowledge.timelineReportsOf(id), list, `${id}: its list kept, not built again`);
      // and the same entries as building them anew
      const rebuilt = new ReportsByArticle(knowledge.timeline());
      assert.ok(rebuilt.has('neu') && !rebuilt.has(seed!));
      for (const id of [...knowledge.articles()].map((a) => a.id)) {
        const patched = knowledge.timelineReportsOf(id);
        assert.equal(patched.length, rebuilt.get(id)?.length ?? 0, id);
        assert.deepEqual(new Set(patched.map((r) => r.entry)), new Set(rebuilt.get(id)?.map((r) => r.entry)), id);
      }
      assert.deepEqual(knowledge.timelineReportsOf(seed!), []);
    }));

  it('once prepared, keeps the people directory it had, or merges it again when an article changed meanwhile, and updates it in place', () =>
    withRefresher(async (knowledge, refresher, errors) => {
      const restored = knowledge.directory();
      await refresher.prepare();
      assert.equal(knowledge.directory(), restored, 'nothing changed: the directory at hand is kept');
      knowledge.upsert(added);
      await refresher.request();
      assert.equal(knowledge.directory(), restored, 'changed in place');
      assert.deepEqual(errors, []);
      assert.deepEqual(knowledge.directory().profiles, buildKnowledge([...knowledge.articles()]).directory().profiles);
    }));

  it('a prepare that failed is tried again when asked (after a round of snapshot repairs), without any change, and merges incrementally from then on', () =>
    withRefresher(async (knowledge, refresher, errors) => {
      const facts = unreadableFacts(knowledge);
      refresher.retryPrepare();
      for (let turns = 0; turns < 5; turns++) await new Promise((resolve) => setImmediate(resolve));
      assert.equal(facts.asked, 0, 'nothing failed: nothing to try again');
      await assert.rejects(refresher.prepare(), /facts unreadable/);
      facts.unreadable = false;
      facts.asked = 0;
      refresher.retryPrepare();
      for (let turns = 0; turns < 20 && facts.asked === 0; turns++) await new Promise((resolve) => setImmediate(resolve));
      assert.ok(facts.asked > 0, 'prepared again without a change');
      await refresher.prepare();
      assert.deepEqual(errors, []);
      const lists = new Map([...knowledge.articles()].map((a) => [a.id, knowledge.timelineReportsOf(a.id)]));
      const before = knowledge.timeline();
      knowledge.upsert(added);
      await refresher.request();
      assert.ok(knowledge.timeline().some((entry) => entry.articleIds.includes('neu')));
      const now = new Set(knowledge.timeline());
      const touched = new Set(before.filter((entry) => !now.has(entry)).flatMap((entry) => entry.reports.map((report) => report.articleId)));
      const untouched = [...lists].filter(([id, list]) => list.length > 0 && !touched.has(id));
      assert.ok(untouched.length > 0);
      for (const [id, list] of untouched) assert.equal(knowledge.timelineReportsOf(id), list, `${id}: patched, not merged whole`);
    }));

  it('a prepare that failed (facts that could not be read) is tried again after the next whole merge, and merges incrementally from then on', () =>
    withRefresher(async (knowledge, refresher, errors) => {
      // (every article's facts unreadable while preparing, as a damaged snapshot block being read again from the corpus)
      const facts = unreadableFacts(knowledge);
      await assert.rejects(refresher.prepare(), /facts unreadable/);
      facts.unreadable = false;
      knowledge.upsert(added);
      facts.asked = 0;
      await refresher.request();
      assert.ok(
        knowledge.timeline().some((entry) => entry.articleIds.includes('neu')),
        'merged whole on the worker',
      );
      // (a prepare reads the fact store a turn after it starts; a whole merge does not read it)
      for (let turns = 0; turns < 20 && facts.asked === 0; turns++) await new Promise((resolve) => setImmediate(resolve));
      assert.ok(facts.asked > 0, 'prepared again by the refresher itself');
      await refresher.prepare();
      assert.deepEqual(errors, []);
      // prepared again: the next change patches the reports of the articles it does not touch (a whole merge builds them anew)
      const lists = new Map([...knowledge.articles()].map((a) => [a.id, knowledge.timelineReportsOf(a.id)]));
      const before = knowledge.timeline();
      knowledge.remove('neu');
      await refresher.request();
      const now = new Set(knowledge.timeline());
      const touched = new Set(before.filter((entry) => !now.has(entry)).flatMap((entry) => entry.reports.map((report) => report.articleId)));
      const untouched = [...lists].filter(([id, list]) => list.length > 0 && !touched.has(id) && id !== 'neu');
      assert.ok(untouched.length > 0);
      for (const [id, list] of untouched) assert.equal(knowledge.timelineReportsOf(id), list, `${id}: patched`);
    }));

  it('a change while preparing follows once prepared', () =>
    withRefresher(async (knowledge, refresher, errors) => {
      const preparing = refresher.prepare();
      knowledge.upsert(added);
      const merging = refresher.request();
      await preparing;
      await merging;
      assert.deepEqual(errors, []);
      const after = answer(knowledge, 'who Ri Son Gwon');
      assert.ok(after.kind === 'who' && after.person?.articles[0]?.id === 'neu');
      assert.deepEqual(knowledge.directory().profiles, buildKnowledge([...knowledge.articles()]).directory().profiles);
    }));
});
