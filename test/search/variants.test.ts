/**
 * Names and words written differently match: hyphenation, gendered forms, exonyms; separable
 * verbs and participles; plural and genitive forms of compounds. Small articles written for the
 * tests; every query is a whole headline over title-less articles, as journalists type them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Article } from '../../src/corpus/article.ts';
import { rawTokens } from '../../src/search/fold.ts';
import { ArchiveIndex } from '../../src/search/index.ts';
import { rank } from '../../src/search/rank.ts';
import { genderBase, separableInfinitive, textVariants } from '../../src/search/variants.ts';

const article = (id: string, body: string): Article => ({ id, title: '', body, date: { value: '2020-01-01', precision: 'day' }, file: `${id}.txt` });
const index = new ArchiveIndex([
  article('gaza', 'Im Gaza-Streifen sind bei Luftangriffen mehrere Menschen getötet worden. Die Armee sprach von Zielen der Hamas.'),
  article('gaza-other', 'Die Lage im Westjordanland bleibt angespannt, meldet die Armee. Im Gazastreifen blieb es ruhig.'),
  article('lehrer', 'Die Lehrer in Niedersachsen streiken für kürzere Arbeitszeiten. Die Gewerkschaft ruft zum Protest auf.'),
  article('schueler', 'Die Schüler in Bayern schreiben wieder Prüfungen. Das Ministerium ist zufrieden.'),
  article('belarus', 'In Belarus sind Tausende gegen Präsident Lukaschenko auf die Straße gegangen. Die Polizei nahm Demonstranten fest.'),
  article('minsk', 'Im Zoo von Minsk ist ein Eisbär geboren worden.'),
  article('ruecktritt', 'Der Ministerpräsident tritt nach dem Streit um die Einbürgerung zurück. Seine Partei sucht einen Nachfolger.'),
  article('streit', 'Der Streit um die Einbürgerung geht weiter, sagte der Ministerpräsident.'),
  article('kraftwerke', 'Die Stadt hat zwei neue Wasserkraftwerke eingeweiht. Die Anlagen liefern Strom für 5000 Haushalte.'),
  article('kraft-other', 'Die Stadt hat einen neuen Bahnhof eingeweiht.'),
]);
const best = (query: string) => rank(index, query).docs[0]?.id;

describe('spelling variants of names', () => {
  it('matches a name across hyphenation', () => {
    assert.equal(best('Luftangriffe im Gazastreifen: mehrere Menschen getötet'), 'gaza');
    assert.equal(best('Gaza-Streifen'), 'gaza');
  });

  it('matches gendered forms with the base word', () => {
    assert.equal(best('LehrerInnen in Niedersachsen streiken'), 'lehrer');
    assert.equal(best('Lehrer*innen streiken'), 'lehrer');
    assert.equal(best('Lehrerinnen streiken'), 'lehrer');
    assert.equal(
      genderBase('SchülerIn', () => true),
      'Schüler',
    );
    assert.equal(
      genderBase('Berlin', () => true),
      null,
      'not every word ending in -in',
    );
  });

  it('matches common exonyms', () => {
    assert.equal(best('Tausende demonstrieren in Weißrussland gegen Lukaschenko'), 'belarus');
    assert.deepEqual(
      rank(index, 'Weissrussland').docs.map((d) => d.id),
      ['belarus'],
    );
    assert.deepEqual(
      rank(index, 'Belarus').docs.map((d) => d.id),
      ['belarus'],
    );
  });

  it('ranks an article missing one headline word (coverage is a signal, not a gate)', () => {
    assert.equal(best('Lehrer in Niedersachsen streiken gegen längere Arbeitszeiten und Bürokratie'), 'lehrer');
  });
});

describe('inflection and word order', () => {
  it('finds "tritt … zurück" for a headline with the participle, and the other way round', () => {
    assert.equal(best('Nach Streit um Einbürgerung: Ministerpräsident zurückgetreten'), 'ruecktritt');
    assert.equal(best('Ministerpräsident will zurücktreten'), 'ruecktritt');
    assert.deepEqual(textVariants('Er tritt zurück.', rawTokens('Er tritt zurück.'), index.analyser.verbs), [{ word: 'zurucktreten', from: [1, 2], kind: 'verb' }]);
    assert.equal(separableInfinitive('zuruckzutreten', index.analyser.verbs), 'zurucktreten');
  });

  it('matches plural and genitive forms of compounds', () => {
    assert.equal(best('Neues Wasserkraftwerk eingeweiht'), 'kraftwerke');
    assert.equal(best('Einweihung des Wasserkraftwerks'), 'kraftwerke');
  });
});
