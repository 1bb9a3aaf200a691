/**
 * The analyser's word tables saved as text and restored: the restored analyser analyses every
 * word as the one that built the index (compounds, separable verbs, dictionary words), and text
 * that is not such tables is refused.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyser } from '../../src/search/analyser.ts';
import { analyserFromTables, packAnalyserTables } from '../../src/search/analyser-tables.ts';
import { separableInfinitive, textVariants } from '../../src/search/variants.ts';
import { separableVerbs } from '../../src/search/separable.ts';
import { rawTokens } from '../../src/search/fold.ts';

const built = createAnalyser();
const packed = packAnalyserTables(built);

describe('analyser tables saved and restored', () => {
  it('restores the lexicon and verb tables entry for entry, in order', () => {
    const tablesBefore = Object.entries(separableVerbs()).map(([name, table]) => [name, [...table]]);
    const restored = analyserFromTables(packed);
    assert.deepEqual([...restored.lexicon.heads], [...built.lexicon.heads]);
    assert.deepEqual([...restored.lexicon.tails], [...built.lexicon.tails]);
    assert.ok(restored.lexicon.tails.size > 10_000);
    const tablesAfter = Object.entries(separableVerbs()).map(([name, table]) => [name, [...table]]);
    assert.ok(tablesAfter.length >= 2);
    assert.deepEqual(tablesAfter, tablesBefore);
  });

  it('analyses words as the analyser that built the index', () => {
    const restored = analyserFromTables(packed);
    const words = ['Atomgespräche', 'Vizeaußenminister', 'zurückgetreten', 'zurückzutreten', 'LehrerInnen', 'Weißrussland', 'und', 'Biegun', 'Verbindungsbüro'];
    assert.ok(words.length > 0);
    for (const word of words) assert.deepEqual(restored.word(word), createAnalyser().word(word), word);
    assert.equal(separableInfinitive('zuruckgetreten'), 'zurucktreten');
    assert.equal(restored.isGermanWord('regierung'), true);
    assert.equal(restored.isGermanWord('biegun'), false);
    const text = 'Der Minister tritt nach dem Streit zurück.';
    assert.deepEqual(
      textVariants(text, [...rawTokens(text)]).map((v) => v.word),
      ['zurucktreten'],
    );
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
