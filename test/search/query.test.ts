import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery } from '../../src/search/query.ts';

describe('filters typed into a search', () => {
  it('takes a year or a month as a date filter', () => {
    assert.deepEqual(parseQuery('Kaesong 2019'), { text: 'Kaesong', from: '2019', to: '2019' });
    assert.deepEqual(parseQuery('Sanktionen 2019-03'), { text: 'Sanktionen', from: '2019-03', to: '2019-03' });
    assert.deepEqual(parseQuery('Gipfel im März 2019'), { text: 'Gipfel', from: '2019-03', to: '2019-03' });
  });

  it('takes a range in several spellings', () => {
    for (const range of ['2019..2020', '2019 bis 2020', '2019-2020', '2019 – 2020']) {
      assert.deepEqual(parseQuery(`Biegun ${range}`), { text: 'Biegun', from: '2019', to: '2020' }, range);
    }
    assert.deepEqual(parseQuery('Gespräche 2019-03..2019-06'), { text: 'Gespräche', from: '2019-03', to: '2019-06' });
  });

  it('ignores a backwards range and numbers that are not years', () => {
    assert.equal(parseQuery('Biegun 2020..2019').from, undefined);
    assert.deepEqual(parseQuery('25 Mitarbeiter'), { text: '25 Mitarbeiter' });
  });

  it('takes a trailing page number', () => {
    assert.deepEqual(parseQuery('Kaesong page 2'), { text: 'Kaesong', page: 2 });
    assert.deepEqual(parseQuery('Kaesong 2019 Seite 3'), { text: 'Kaesong', from: '2019', to: '2019', page: 3 });
  });
});
