/**
 * A packed timeline gives back every entry field by field (dates with and without a modifier,
 * plans, entries without people), each entry the same object each time; numbers that do not fit
 * together are refused when unpacking, never read out of bounds later.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { packTimeline, plainEntry, reportCountOf, reportOf, StoredEntry, unpackTimeline } from '../../src/knowledge/timeline-columns.ts';
import type { TimelineEntry } from '../../src/knowledge/timeline-merge.ts';

const IDS = ['a0', 'a1', 'a2', 'a3'];
const number = (id: string) => {
  const n = IDS.indexOf(id);
  if (n < 0) throw new Error(`unknown article ${id}`);
  return n;
};

const ENTRIES: TimelineEntry[] = [
  {
    date: { value: '2019', precision: 'year' },
    text: 'Biegun reiste nach Pjöngjang.',
    articleIds: ['a1', 'a0'],
    reports: [
      { articleId: 'a1', start: 10, end: 40, shown: true },
      { articleId: 'a0', start: 0, end: 35, shown: false },
    ],
    people: ['Stephen Biegun'],
  },
  {
    date: { value: '2019-02', precision: 'month', modifier: 'early' },
    text: 'Gipfel „Hanoi“\nzweite Zeile',
    articleIds: ['a2'],
    reports: [{ articleId: 'a2', start: 5, end: 9, shown: true }],
    people: [],
    planned: true,
  },
  {
    date: { value: '2019', precision: 'year' },
    text: 'Noch ein Treffen.',
    articleIds: ['a3'],
    reports: [{ articleId: 'a3', start: 1, end: 2, shown: true }],
    people: ['Kim Jong Un', 'Stephen Biegun'],
  },
];

describe('timeline columns', () => {
  it('give back every entry field by field, written out alike', () => {
    const timeline = unpackTimeline(packTimeline(ENTRIES, number), IDS);
    assert.equal(timeline.length, ENTRIES.length);
    assert.deepEqual(timeline.map(plainEntry), ENTRIES);
    assert.equal(JSON.stringify(timeline), JSON.stringify(ENTRIES));
    assert.equal(timeline[0]!.planned, undefined);
    assert.equal(timeline[1]!.planned, true);
    assert.equal(timeline[1]!.date.modifier, 'early');
  });

  it('keep each date and name once', () => {
    const packed = packTimeline(ENTRIES, number);
    assert.equal(packed.strings.dates.length, 2);
    assert.deepEqual(packed.strings.names, ['Stephen Biegun', 'Kim Jong Un']);
    assert.deepEqual(
      packed.strings.texts,
      ENTRIES.map((e) => e.text),
    );
  });

  it('read one report alone, of stored and plain entries alike', () => {
    const timeline = unpackTimeline(packTimeline(ENTRIES, number), IDS);
    assert.ok(timeline[0] instanceof StoredEntry);
    assert.equal(reportCountOf(timeline[0]!), 2);
    assert.equal(reportCountOf(ENTRIES[0]!), 2);
    assert.deepEqual(reportOf(timeline[0]!, 1), ENTRIES[0]!.reports[1]);
    assert.equal(reportOf(ENTRIES[0]!, 1), ENTRIES[0]!.reports[1], 'a plain entry gives its own report object');
  });

  it('make lists anew on each read: changing one does not change the entry', () => {
    const [entry] = unpackTimeline(packTimeline(ENTRIES, number), IDS);
    entry!.articleIds.push('x');
    entry!.people.pop();
    assert.deepEqual(entry!.articleIds, ['a1', 'a0']);
    assert.deepEqual(entry!.people, ['Stephen Biegun']);
  });

  it('pack an empty timeline', () => {
    assert.deepEqual(unpackTimeline(packTimeline([], number), IDS), []);
  });

  it('refuse an article the numbering lacks when packing', () => {
    assert.throws(() => packTimeline([{ ...ENTRIES[0]!, articleIds: ['zz'] }], number), /unknown article zz/);
  });

  it('refuse numbers that do not fit together', () => {
    const good = packTimeline(ENTRIES, number);
    const altered = (at: number, value: number) => {
      const numbers = Uint32Array.from(good.numbers);
      numbers[at] = value;
      return { strings: good.strings, numbers };
    };
    const entries = ENTRIES.length;
    // layout: 4 counts, date × 3, planned × 3, articleAt × 4, then the articles
    assert.throws(() => unpackTimeline(good, IDS.slice(0, 2)), /missing article 2/);
    assert.throws(() => unpackTimeline(altered(4, 9), IDS), /missing date 9/);
    assert.throws(() => unpackTimeline(altered(4 + 2 * entries + 1, 5), IDS), /out of order/);
    assert.throws(() => unpackTimeline(altered(0, 7), IDS), /wrong length/);
    assert.throws(() => unpackTimeline({ strings: { ...good.strings, texts: [] }, numbers: good.numbers }, IDS), /wrong length/);
    assert.throws(() => unpackTimeline({ strings: { ...good.strings, names: [] }, numbers: good.numbers }, IDS), /missing name 0/);
    assert.throws(() => unpackTimeline({ strings: good.strings, numbers: good.numbers.subarray(0, good.numbers.length - 1) }, IDS), /wrong length/);
  });
});
