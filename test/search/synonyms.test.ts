import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { stem } from '../../src/search/analyser.ts';
import { ArchiveIndex } from '../../src/search/index.ts';
import { rank } from '../../src/search/rank.ts';
import { resolveWords } from '../../src/search/resolve.ts';
import { RANKING } from '../../src/search/score.ts';
import { isFormOf, synonymRelations, synonymTerms } from '../../src/search/synonyms.ts';

const article = (id: string, body: string): Article => ({ id, title: '', body, date: { value: '2021-03-01', precision: 'day' }, file: `${id}.txt` });
const ids = (index: ArchiveIndex, text: string) => rank(index, text).docs.map((d) => d.id);

describe('synonymRelations: the words of a group as terms', () => {
  const relations = synonymRelations(stem, ['polizeiauto streifenwagen', 'hurrikan wirbelsturm zyklon']);

  it('links every word of a group to the others, both ways, under its term', () => {
    assert.deepEqual(relations.get(stem('polizeiauto')), [{ word: 'polizeiauto', synonyms: [stem('streifenwagen')] }]);
    assert.deepEqual(relations.get(stem('streifenwagen')), [{ word: 'streifenwagen', synonyms: [stem('polizeiauto')] }]);
    assert.deepEqual(relations.get(stem('zyklon')), [{ word: 'zyklon', synonyms: [stem('hurrikan'), stem('wirbelsturm')] }]);
  });

  it('links nothing else, and no word to itself', () => {
    assert.equal(relations.get(stem('polizei')), undefined);
    assert.ok(!relations.get(stem('hurrikan'))![0]!.synonyms.includes(stem('hurrikan')));
  });

  it('knows the groups of the committed table', () => {
    assert.ok(synonymTerms(stem('polizeiauto'), 'polizeiauto').includes(stem('streifenwagen')));
    assert.ok(synonymTerms(stem('lastwagen'), 'lastwagen').includes(stem('lkw')));
    assert.deepEqual(synonymTerms(stem('biegun'), 'biegun'), []);
  });
});

describe('isFormOf: a query word is a form of a group word, not only of its stem', () => {
  it('accepts the noun endings', () => {
    for (const [folded, word] of [['zyklon', 'zyklon'], ['zyklone', 'zyklon'], ['zyklons', 'zyklon'], ['krisen', 'krise'], ['wagens', 'wagen']]) assert.ok(isFormOf(folded!, word!), folded);
  });

  it('refuses another word of the same stem (-er, -r) and a word the group word only begins', () => {
    for (const [folded, word] of [['politiker', 'politik'], ['lager', 'lage'], ['autobahn', 'auto'], ['aut', 'auto']]) assert.ok(!isFormOf(folded!, word!), folded);
  });

  it('gives a word none of the synonyms of another word of its stem ("Lager" none of "Lage")', () => {
    const relations = synonymRelations(stem, ['lage situation']);
    assert.equal(stem('lager'), stem('lage'));
    assert.equal(relations.get(stem('lager'))?.length, 1);
    assert.deepEqual(synonymTerms(stem('lager'), 'lager').includes(stem('situation')), false);
    assert.ok(synonymTerms(stem('lage'), 'lage').includes(stem('situation')));
  });
});

describe('search: a query word also finds its synonyms', () => {
  const index = new ArchiveIndex([
    article('a-scheune', 'In Giesing brannte eine Scheune.'),
    article('b-streife', 'In Giesing brannte in der Nacht ein Streifenwagen vor der Wache.'),
    article('c-wort', 'Ein Polizeiauto wurde in Hamburg vorgestellt.'),
  ]);

  it('ranks the article with the synonym above one sharing only the other words', () => {
    assert.equal(ids(index, 'Polizeiauto Giesing')[0], 'b-streife');
  });

  it('finds the synonym alone, below the word itself', () => {
    assert.deepEqual(ids(index, 'Polizeiauto'), ['c-wort', 'b-streife']);
  });

  it('finds nothing through synonyms when turned off (synonymWeight 0)', () => {
    const weight = RANKING.synonymWeight;
    RANKING.synonymWeight = 0;
    try {
      assert.deepEqual(ids(index, 'Polizeiauto'), ['c-wort']);
    } finally {
      RANKING.synonymWeight = weight;
    }
  });
});

describe('search: no synonyms for names or words of many senses', () => {
  it('gives a name no synonyms ("Zocker", capitalised only and not in the dictionary)', () => {
    const index = new ArchiveIndex([article('name', 'Der Zocker verlor alles.'), article('synonym', 'Ein Hasardeur im Casino.')]);
    const [word] = resolveWords(index, 'Zocker').words;
    assert.equal(word?.name, true);
    assert.equal(word?.word.synonyms, undefined);
    assert.deepEqual(ids(index, 'Zocker'), ['name']);
  });

  it('gives a word with at most synonymMax synonyms in the archive its synonyms', () => {
    const index = new ArchiveIndex([article('taifun', 'Ein Taifun traf die Küste.'), article('zyklon', 'Ein Zyklon traf die Insel.')]);
    const [word] = resolveWords(index, 'Wirbelsturm').words;
    assert.deepEqual([...(word?.word.synonyms ?? [])].sort(), [stem('taifun'), stem('zyklon')].sort());
  });

  it('gives a word with more synonyms than synonymMax in the archive none (a word of many senses)', () => {
    const words = ['Taifun', 'Zyklon', 'Hurrikan', 'Tornado'];
    assert.ok(words.length > RANKING.synonymMax);
    const index = new ArchiveIndex(words.map((w) => article(w.toLowerCase(), `Ein ${w} traf die Küste.`)));
    const [word] = resolveWords(index, 'Wirbelsturm').words;
    assert.equal(word?.word.synonyms, undefined);
    assert.deepEqual(ids(index, 'Wirbelsturm'), []);
  });

  it('adds no synonym the archive does not contain', () => {
    const index = new ArchiveIndex([article('wort', 'Ein Polizeiauto fuhr vorbei.')]);
    const [word] = resolveWords(index, 'Polizeiauto').words;
    assert.equal(word?.word.synonyms, undefined);
  });
});
