import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { stem } from '../../src/search/analyser.ts';
import { ArchiveIndex } from '../../src/search/index.ts';
import { placeRelations, placeTerms } from '../../src/search/places.ts';
import { rank } from '../../src/search/rank.ts';

const article = (id: string, body: string): Article => ({ id, title: '', body, date: { value: '2021-03-01', precision: 'day' }, file: `${id}.txt` });
const ids = (index: ArchiveIndex, text: string) => rank(index, text).docs.map((d) => d.id);

describe('placeRelations: the place and its adjective as terms', () => {
  const relations = placeRelations(stem, [['indisch', 'indien']]);

  it('links the place to every form of its adjective and back', () => {
    assert.deepEqual(relations.get(stem('indien')), [stem('indisch')]);
    for (const form of ['indisch', 'indische', 'indischen', 'indischer']) assert.deepEqual(relations.get(stem(form)), [stem('indien')], form);
  });

  it('links nothing else', () => {
    assert.equal(relations.get(stem('indianer')), undefined);
    assert.equal(relations.get(stem('typisch')), undefined);
  });

  it('knows the pairs of the committed table', () => {
    assert.ok(placeTerms(stem('nordkorea')).includes(stem('nordkoreanisch')));
    assert.ok(placeTerms(stem('chinesischen')).includes(stem('china')));
    assert.deepEqual(placeTerms(stem('regierung')), []);
  });

  it('relates an adjective to the one name the index keeps for its place ("weißrussisch" -> Belarus)', () => {
    assert.ok(placeTerms(stem('weissrussischen')).includes(stem('belarus')));
  });
});

describe('search: a place finds its adjective and back', () => {
  const index = new ArchiveIndex([
    article('adjective', 'Der Autobauer eröffnet ein Werk in der indischen Stadt Pune.'),
    article('place', 'Die Regierung in Indien kündigte Wahlen an.'),
    article('other', 'Der Autobauer eröffnet ein Werk in Mexiko.'),
  ]);

  it('finds the article with the adjective for the place, above one without either', () => {
    assert.equal(ids(index, 'Autobauer Indien')[0], 'adjective');
  });

  it('finds the article with the place for the adjective', () => {
    assert.ok(ids(index, 'indische Wahlen').includes('place'));
    assert.equal(ids(index, 'indische Wahlen')[0], 'place');
  });

  it('ranks the word itself above the other of the pair', () => {
    assert.deepEqual(ids(index, 'Indien'), ['place', 'adjective']);
  });

  it('does not relate words that are no place', () => {
    assert.deepEqual(ids(index, 'Mexiko'), ['other']);
  });
});
