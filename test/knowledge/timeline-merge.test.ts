/**
 * The timeline as the answers keep it, merged one decade at a time from the packed facts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { nearbyPeopleIn, peopleIn } from '../../src/knowledge/facts/extract.ts';
import { mergeEvents, type ArticleEvent } from '../../src/text/events/index.ts';

describe('timeline merge', () => {
  it('merges the timeline decade by decade into exactly what merging all reports at once gives', async () => {
    const seeds = (await loadCorpus('corpus')).articles;
    // the seeds again under other dates: their relative dates land in other years and decades
    const copies = ['2009-06-15', '2011-02-01', '2020-12-30'].flatMap((date, n) => seeds.map((a) => ({ ...a, id: `${a.id}-${n}`, date: { value: date, precision: 'day' as const } })));
    const knowledge = buildKnowledge([...seeds, ...copies]);
    const events: ArticleEvent[] = [];
    const people = new Map<ArticleEvent, string[]>();
    const nearby = new Map<ArticleEvent, string[]>();
    for (const id of knowledge.factIds()) {
      const facts = knowledge.factsOf(id)!;
      for (const event of facts.events) {
        events.push(event);
        people.set(event, peopleIn(facts, event.start, event.end));
        nearby.set(event, nearbyPeopleIn(facts, event.start));
      }
    }
    const atOnce = mergeEvents(events, { peopleOf: (event) => people.get(event) ?? [], nearbyPeopleOf: (event) => nearby.get(event) ?? [] });
    // (the knowledge base merges its timeline with mergeTimeline, src/knowledge/timeline-merge.ts)
    const byDecade = knowledge.timeline();
    assert.ok(new Set(byDecade.map((entry) => entry.date.value.slice(0, 3))).size > 2, 'several decades');
    assert.deepEqual(
      byDecade.map((entry) => [entry.date, entry.text, entry.articleIds, entry.reports.map((r) => [r.articleId, r.start, r.end]), entry.planned ?? false]),
      atOnce.map((entry) => [entry.date, entry.text, entry.articleIds, entry.events.map((r) => [r.articleId, r.start, r.end]), entry.planned ?? false]),
    );
  });
});
