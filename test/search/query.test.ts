import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery, periodText } from '../../src/search/query.ts';

describe('how a search is read', () => {
  it('reads a year or a month in free text as the period the story is about, not as a filter', () => {
    assert.deepEqual(parseQuery('Kaesong 2019'), { text: 'Kaesong', period: { from: '2019', to: '2019' } });
    assert.deepEqual(parseQuery('Sanktionen 2019-03'), { text: 'Sanktionen', period: { from: '2019-03', to: '2019-03' } });
    assert.deepEqual(parseQuery('Gipfel im März 2019'), { text: 'Gipfel', period: { from: '2019-03', to: '2019-03' } });
    assert.deepEqual(parseQuery('Exporte brechen im Januar 2015 ein'), { text: 'Exporte brechen ein', period: { from: '2015-01', to: '2015-01' } });
    assert.deepEqual(parseQuery('Arbeitslosenquote auf niedrigstem Stand seit 1993'), { text: 'Arbeitslosenquote auf niedrigstem Stand', period: { from: '1993', to: '1993' } });
  });

  it('reads a range in several spellings, and a season', () => {
    for (const range of ['2019..2020', '2019 bis 2020', '2019-2020', '2019 – 2020']) {
      assert.deepEqual(parseQuery(`Biegun ${range}`), { text: 'Biegun', period: { from: '2019', to: '2020' } }, range);
    }
    assert.deepEqual(parseQuery('Gespräche 2019-03..2019-06'), { text: 'Gespräche', period: { from: '2019-03', to: '2019-06' } });
    assert.deepEqual(parseQuery('Spieltag der Saison 2005-06'), { text: 'Spieltag der Saison', period: { from: '2005', to: '2006' } });
  });

  it('filters by article date only when asked explicitly (datum:)', () => {
    assert.deepEqual(parseQuery('Kaesong datum:2019'), { text: 'Kaesong', from: '2019', to: '2019' });
    assert.deepEqual(parseQuery('Kaesong date:2019-03..2019-06'), { text: 'Kaesong', from: '2019-03', to: '2019-06' });
    assert.deepEqual(parseQuery('Rentenreform 2024 datum:2023'), { text: 'Rentenreform', from: '2023', to: '2023', period: { from: '2024', to: '2024' } });
  });

  it('ignores a backwards range and numbers that are not years', () => {
    assert.equal(parseQuery('Biegun 2020..2019').period?.from, '2020');
    assert.equal(parseQuery('Biegun datum:2020..2019').from, undefined);
    assert.deepEqual(parseQuery('25 Mitarbeiter'), { text: '25 Mitarbeiter' });
    assert.deepEqual(parseQuery('Papst-Golf bei eBay auf 60.000 Euro gestiegen'), { text: 'Papst-Golf bei eBay auf 60.000 Euro gestiegen' });
  });

  it('takes a trailing page number', () => {
    assert.deepEqual(parseQuery('Kaesong page 2'), { text: 'Kaesong', page: 2 });
    assert.deepEqual(parseQuery('Kaesong 2019 Seite 3'), { text: 'Kaesong', period: { from: '2019', to: '2019' }, page: 3 });
  });

  it('writes a period back as it is typed', () => {
    assert.equal(periodText({ from: '2019', to: '2019' }), '2019');
    assert.equal(periodText({ from: '2019', to: '2020' }), '2019..2020');
  });
});
