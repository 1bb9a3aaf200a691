/**
 * The reports by article: what each article reports, found from a plain or a packed timeline,
 * each list the same object until a change touches it, and patched after an incremental merge to
 * what building them again from the new timeline gives (an article's reports may come in another
 * order).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ReportsByArticle } from '../../src/knowledge/reports-by-article.ts';
import { packTimeline, unpackTimeline } from '../../src/knowledge/timeline-columns.ts';
import { timelineEntry } from '../support/timeline-entries.ts';

const entry = timelineEntry;

/** A full garbage collection (exposed for this test when node runs without --expose-gc). */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** The lookup as sets of entries per article (order aside). */
function asSets(byArticle: ReportsByArticle): Map<string, Set<string>> {
  return new Map([...byArticle].map(([id, list]) => [id, new Set(list.map(({ entry, report }) => `${entry.text}@${report.start}`))]));
}

describe('reports by article', () => {
  it('finds each entry an article reports, with its report', () => {
    const [a, b] = [entry('2019', 'x', 'y'), entry('2019-02', 'y')];
    const byArticle = new ReportsByArticle([a, b]);
    assert.deepEqual(byArticle.get('x'), [{ entry: a, report: a.reports[0] }]);
    assert.deepEqual(byArticle.get('y'), [
      { entry: a, report: a.reports[1] },
      { entry: b, report: b.reports[0] },
    ]);
    assert.equal(byArticle.get('z'), undefined);
    assert.equal(byArticle.has('z'), false);
    assert.equal(byArticle.get('y'), byArticle.get('y'), 'the same list on each call');
  });

  it('finds the same of a packed timeline, its entries the timeline’s own objects', () => {
    const plain = [entry('2019', 'x', 'y'), entry('2019-02', 'y'), entry('2020', 'x')];
    const ids = ['x', 'y'];
    const packed = unpackTimeline(
      packTimeline(plain, (id) => ids.indexOf(id)),
      ids,
    );
    const byArticle = new ReportsByArticle(packed);
    assert.deepEqual(asSets(byArticle), asSets(new ReportsByArticle(plain)));
    const x = byArticle.get('x')!;
    assert.equal(x.length, 2);
    assert.equal(x[0]!.entry, packed[0], 'the entry object of the timeline');
    assert.equal(x[1]!.entry, packed[2]);
    assert.deepEqual(x[1]!.report, plain[2]!.reports[0]);
  });

  it('patches the lists to what the new timeline gives', () => {
    const [a, b, c] = [entry('2019', 'x', 'y'), entry('2019-02', 'y'), entry('2020-01-05', 'z')];
    const byArticle = new ReportsByArticle([a, b, c]);
    // the merge drops a and c and makes a larger entry and one for a new article
    const [merged, fresh] = [entry('2019-02-28', 'x', 'y', 'z'), entry('2021', 'w')];
    byArticle.patch([a, c], [merged, fresh]);
    assert.deepEqual(asSets(byArticle), asSets(new ReportsByArticle([b, merged, fresh])));
    assert.equal(byArticle.get('y')!.length, 2);
  });

  it('drops an article none of whose entries is left, and leaves the rest alone', () => {
    const [a, b] = [entry('2019', 'x'), entry('2020', 'y')];
    const byArticle = new ReportsByArticle([a, b]);
    const untouched = byArticle.get('y');
    byArticle.patch([a], []);
    assert.equal(byArticle.has('x'), false);
    assert.equal(byArticle.get('x'), undefined);
    assert.equal(byArticle.get('y'), untouched);
    assert.deepEqual(asSets(byArticle), asSets(new ReportsByArticle([b])));
  });

  it('keeps neither a removed entry nor the timeline it was built from alive after a patch', async () => {
    // (made in a function: the test itself holds only weak references to them afterwards)
    const patched = () => {
      const [a, b, c] = [entry('2019', 'x', 'y'), entry('2019-02', 'y'), entry('2020', 'z')];
      const timeline = [a, b, c];
      const byArticle = new ReportsByArticle(timeline);
      byArticle.patch([a], [entry('2019-01', 'x')]);
      return { byArticle, removed: new WeakRef(a), kept: new WeakRef(b), first: new WeakRef(timeline) };
    };
    const { byArticle, removed, kept, first } = patched();
    await nextTurn(); // (a WeakRef's target lives at least until the end of the turn that made it)
    collect();
    assert.equal(removed.deref(), undefined, 'the removed entry is collected');
    assert.equal(first.deref(), undefined, 'the first timeline is collected');
    assert.notEqual(kept.deref(), undefined, 'an entry still read through the index is kept');
    assert.equal(byArticle.get('y')?.[0]?.entry, kept.deref());
    assert.equal(byArticle.get('z')?.[0]?.entry.text, 'Ereignis 2020 (z)', 'untouched lists are still read');
  });

  it('visits the entries an article reports without making its list, before and after a patch', () => {
    const [a, b, c] = [entry('2019', 'x', 'y'), entry('2019-02', 'y'), entry('2020', 'z')];
    const byArticle = new ReportsByArticle([a, b, c]);
    const visited = (id: string) => {
      const seen: string[] = [];
      byArticle.forEachEntry(id, (e) => seen.push(e.text));
      return seen;
    };
    assert.deepEqual(visited('y'), [a.text, b.text]);
    assert.deepEqual(visited('nobody'), []);
    const fresh = entry('2021', 'y');
    byArticle.patch([a], [fresh]);
    assert.deepEqual(visited('y'), [b.text, fresh.text], 'the patched list');
    assert.deepEqual(visited('x'), [], 'an article left without entries');
    assert.deepEqual(visited('z'), [c.text], 'an untouched one, from the packed index');
  });

  it('is empty for an empty timeline', () => {
    const byArticle = new ReportsByArticle([]);
    assert.deepEqual([...byArticle], []);
    assert.equal(byArticle.get(''), undefined);
  });
});
