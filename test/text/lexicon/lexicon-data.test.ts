import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLexicon, spellings } from '../../../src/text/lexicon/index.ts';

describe('spellings', () => {
  it('gives a form with "ß" also in today\'s spelling, and a form without it as it is', () => {
    assert.deepEqual(spellings('mußte'), ['mußte', 'musste']);
    assert.deepEqual(spellings('sagte'), ['sagte']);
    assert.deepEqual(spellings(undefined), []);
  });
});

describe("the lexicon's verb forms in both spellings", () => {
  it('knows the modals\' past and subjunctive as news writes them ("musste", "müsste", "muss")', () => {
    const lex = defaultLexicon();
    for (const form of ['musste', 'mussten', 'müsste', 'muss', 'mußte', 'beschloss', 'gewusst']) assert.ok(lex.verbs.has(form), form);
    assert.equal(lex.verbNumber.get('musste'), 'sg');
    assert.equal(lex.verbNumber.get('mussten'), 'pl');
    assert.ok(lex.konjunktiv.has('müsste') && lex.konjunktiv.has('müßte'));
  });

  it('adds no word that is not a verb form', () => {
    const lex = defaultLexicon();
    assert.ok(!lex.verbs.has(''));
    assert.ok(!lex.verbs.has('Kuss') && !lex.verbs.has('dass'));
  });
});

describe('the first names (pfix)', () => {
  it('drops titles, German nouns only one foreign list has and foreign two-letter particles', () => {
    const lex = defaultLexicon();
    for (const word of ['general', 'premier', 'sir', 'kaiser', 'firma', 'million', 'de', 'di', 'el', 'la', 'le']) assert.equal(lex.firstNames.get(word), undefined, word);
  });

  it("keeps the German list's own names that are nouns, names of several lists, and German/English short names", () => {
    const lex = defaultLexicon();
    for (const word of ['horst', 'mark', 'wolf', 'iris', 'bob', 'fidel', 'heide', 'angel', 'al', 'ed', 'anna', 'markus']) assert.ok(lex.firstNames.has(word), word);
    assert.equal(lex.firstNames.get('horst'), 'male');
  });
});
