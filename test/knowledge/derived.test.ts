/**
 * The lookups kept beside the timeline: the date-range search over entries in timeline order,
 * and the reports by article, patched after an incremental merge to what building them again
 * from the new timeline gives (an article's reports may come in another order).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Derived, lowerBound, patchReportsByArticle, reportsByArticle } from '../../src/knowledge/derived.ts';
import { FactStore } from '../../src/knowledge/fact-store.ts';
import { PeopleDirectory } from '../../src/knowledge/people-directory.ts';
import type { TimelineEntry } from '../../src/knowledge/timeline-merge.ts';
import type { ReportedEntry } from '../../src/knowledge/view.ts';

function entry(value: string, ...articles: string[]): TimelineEntry {
  return {
    date: { value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year' },
    text: `Ereignis ${value} (${articles.join(', ')})`,
    articleIds: articles,
    reports: articles.map((articleId, k) => ({ articleId, start: 10 * k, end: 10 * k + 9, shown: k === 0 })),
    people: [],
  };
}

/** The lookup as sets of entries per article (order aside). */
function asSets(byArticle: Map<string, ReportedEntry[]>): Map<string, Set<string>> {
  return new Map([...byArticle].map(([id, list]) => [id, new Set(list.map(({ entry, report }) => `${entry.text}@${report.start}`))]));
}

describe('derived lookups', () => {
  it('finds the first position whose key is not below the one sought', () => {
    const keys = ['1950', '2019', '2019-03', '2020'];
    const keyAt = (i: number) => keys[i]!;
    assert.equal(lowerBound(keys.length, keyAt, '2019'), 1);
    assert.equal(lowerBound(keys.length, keyAt, '2019\uffff'), 3);
    assert.equal(lowerBound(keys.length, keyAt, '1900'), 0);
    assert.equal(lowerBound(keys.length, keyAt, '2030'), 4);
    assert.equal(lowerBound(0, keyAt, '2019'), 0);
  });

  it('patches the reports by article to what the new timeline gives', () => {
    const [a, b, c] = [entry('2019', 'x', 'y'), entry('2019-02', 'y'), entry('2020-01-05', 'z')];
    const before = [a, b, c];
    const byArticle = reportsByArticle(before);
    // the merge drops a and c and makes a larger entry and one for a new article
    const [merged, fresh] = [entry('2019-02-28', 'x', 'y', 'z'), entry('2021', 'w')];
    const after = [b, merged, fresh];
    patchReportsByArticle(byArticle, [a, c], [merged, fresh]);
    assert.deepEqual(asSets(byArticle), asSets(reportsByArticle(after)));
    assert.equal(byArticle.get('y')!.length, 2);
  });

  it('drops an article none of whose entries is left, and leaves the rest alone', () => {
    const [a, b] = [entry('2019', 'x'), entry('2020', 'y')];
    const byArticle = reportsByArticle([a, b]);
    const untouched = byArticle.get('y');
    patchReportsByArticle(byArticle, [a], []);
    assert.equal(byArticle.has('x'), false);
    assert.equal(byArticle.get('y'), untouched);
    assert.deepEqual(asSets(byArticle), asSets(reportsByArticle([b])));
  });

  it('decodes a restored timeline and directory on first use, once', () => {
    const derived = new Derived(new FactStore(), () => '');
    const decoded: string[] = [];
    const timeline = [entry('2019', 'x')];
    const directory = new PeopleDirectory([], new Map());
    derived.restore(
      () => (decoded.push('timeline'), timeline),
      () => (decoded.push('directory'), directory),
      () => assert.fail('no error'),
    );
    assert.equal(derived.has(), true, 'restored counts as at hand');
    assert.equal(derived.isDecoding(), true);
    assert.deepEqual(decoded, []);
    assert.equal(derived.directory(), directory);
    assert.deepEqual(decoded, ['directory']);
    assert.equal(derived.timelineBetween({ from: '2019', to: '2019' })[0], timeline[0]);
    derived.timeline();
    assert.deepEqual(decoded, ['directory', 'timeline']);
    assert.equal(derived.isDecoding(), false);
  });

  it('merges again from the facts when a restored part cannot be decoded, and tells why', () => {
    const derived = new Derived(new FactStore(), () => '');
    const errors: string[] = [];
    derived.restore(
      () => assert.fail('corrupt (timeline: bad JSON)'),
      () => assert.fail('corrupt (people directory: bad JSON)'),
      (error) => errors.push(error.message),
    );
    assert.deepEqual(derived.timeline(), [], 'merged from the (empty) facts');
    assert.equal(derived.directory().profiles.length, 0);
    assert.deepEqual(errors, ['corrupt (timeline: bad JSON)', 'corrupt (people directory: bad JSON)']);
  });

  it('drops a restored part not decoded yet when an article changes and nothing keeps it', () => {
    const derived = new Derived(new FactStore(), () => '');
    derived.restore(
      () => assert.fail('not decoded after the change'),
      () => assert.fail('not decoded after the change'),
      () => assert.fail('no error'),
    );
    derived.forget('x');
    assert.equal(derived.has(), false);
    assert.deepEqual(derived.timeline(), []);
  });
});
