/**
 * The incremental timeline against a full merge: adds, changes and removals in random order
 * (fixed seed) must leave exactly the timeline merging every report again gives (under the same
 * word weights), compared by a hash of the whole timeline in its order.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { FactStore } from '../../src/knowledge/fact-store.ts';
import { extractFacts } from '../../src/knowledge/facts/extract.ts';
import { IncrementalTimeline } from '../../src/knowledge/timeline-incremental.ts';
import { mergeTimeline, type TimelineEntry } from '../../src/knowledge/timeline-merge.ts';
import { splitSentences } from '../../src/text/lexicon/index.ts';
import type { Article } from '../../src/corpus/article.ts';
import { eventArticle, seeded, stories } from '../support/event-articles.ts';

const hash = (timeline: readonly TimelineEntry[]) => createHash('sha256').update(JSON.stringify(timeline)).digest('hex');
const keep = (store: FactStore, article: Article) => store.set(article.id, extractFacts(article, splitSentences(article.body)));

describe('incremental timeline', () => {
  it('built at once, is the full merge', () => {
    const next = seeded(11);
    const told = stories(next, 40);
    const store = new FactStore();
    for (let i = 0; i < 300; i++) keep(store, eventArticle(next, told, `a${i}`));
    const full = mergeTimeline(store);
    assert.ok(
      full.some((e) => e.articleIds.length >= 3),
      'reports of several articles merge',
    );
    assert.ok(
      full.some((e) => e.planned),
      'plans are among them',
    );
    assert.equal(hash(IncrementalTimeline.build(store).timeline()), hash(full));
  });

  it('adopts the entries of an equal timeline (and keeps them equal to a full merge after changes), never of a different one', () => {
    const next = seeded(7);
    const told = stories(next, 40);
    const store = new FactStore();
    for (let i = 0; i < 300; i++) keep(store, eventArticle(next, told, `a${i}`));
    const full = mergeTimeline(store);
    assert.ok(full.length > 50);
    // a timeline that differs in one report's place is not taken
    const moved = full.map((e, i) => (i === 7 ? { ...e, reports: e.reports.map((r) => ({ ...r, start: r.start + 1 })) } : e));
    const other = IncrementalTimeline.build(store);
    assert.equal(other.adopt(moved), false);
    assert.equal(other.adopt(full.slice(1)), false);
    assert.ok(
      other.timeline().every((e, i) => e !== full[i]),
      'nothing taken',
    );
    const kept = IncrementalTimeline.build(store);
    assert.equal(kept.adopt(full), true);
    const shown = kept.timeline();
    assert.equal(shown.length, full.length);
    assert.ok(
      shown.every((e, i) => e === full[i]),
      'the same objects',
    );
    for (let step = 0; step < 40; step++) {
      const id = `a${Math.floor(next() * 320)}`;
      if (next() < 0.3) store.delete(id);
      else keep(store, eventArticle(next, told, id));
      kept.update(store, [id]);
    }
    assert.equal(hash(kept.timeline()), hash(mergeTimeline(store, kept.weight)));
  });

  it('after thousands of adds, changes and removals in random order, equals a full merge under the same weights', () => {
    const next = seeded(2026);
    const told = stories(next, 700);
    const store = new FactStore();
    let made = 0;
    for (; made < 1000; made++) keep(store, eventArticle(next, told, `a${made}`));
    const kept = IncrementalTimeline.build(store);
    let checks = 0;
    let largest = 0;
    for (let step = 1; step <= 1800; step++) {
      // one to three changes at once, as the folder watcher coalesces them
      const changed: string[] = [];
      for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
        const ids = [...store.ids()];
        const r = next();
        const id = r < 0.4 || ids.length === 0 ? `a${made++}` : ids[Math.floor(next() * ids.length)]!;
        if (r < 0.4 || r < 0.7) keep(store, eventArticle(next, told, id));
        else store.delete(id);
        changed.push(id);
      }
      kept.update(store, changed);
      if (step % 450 === 0) {
        const full = mergeTimeline(store, kept.weight);
        largest = Math.max(largest, ...full.map((e) => e.articleIds.length));
        assert.equal(hash(kept.timeline()), hash(full), `after step ${step}`);
        checks++;
      }
    }
    assert.equal(checks, 4);
    assert.ok(largest >= 3, 'entries with several articles were compared');
  });
});
