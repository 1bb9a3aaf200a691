import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLexicon, spellings, verbs } from '../../../src/text/lexicon/index.ts';
import { clauseWords, splitTable } from '../../../src/text/lexicon/lexicon-data.ts';

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

describe('verbs(): separable verbs split where a main clause splits them', () => {
  it('splits verbs the tables write as one word: "stellte … klar", "fand … statt", "nahm … fest"', () => {
    const table = verbs();
    assert.deepEqual(table.klarstellen?.PRT?.S?.['3'], ['stellte', 'klar']);
    assert.deepEqual(table.stattfinden?.PRÄ?.S?.['3'], ['findet', 'statt']);
    assert.deepEqual(table.festnehmen?.PRT?.S?.['3'], ['nahm', 'fest']);
  });

  it('keeps a two-part particle whole: "fügte … hinzu", not "zufügte … hin"', () => {
    assert.deepEqual(verbs().hinzufügen?.PRT?.S?.['3'], ['fügte', 'hinzu']);
  });

  it('leaves verbs that do not separate as one word ("verstand", "antwortete")', () => {
    assert.equal(verbs().verstehen?.PRT?.S?.['3'], 'verstand');
    assert.equal(verbs().antworten?.PRT?.S?.['3'], 'antwortete');
  });

  it('splitTable leaves the participles and the zu-infinitive alone', () => {
    const table = splitTable({ klarstellen: { EIZ: 'klarzustellen', PA2: ['klargestellt'], PRT: { S: { '3': 'klarstellte' } } } });
    assert.deepEqual(table.klarstellen?.PRT, { S: { '3': ['stellte', 'klar'] } });
    assert.deepEqual(table.klarstellen?.PA2, ['klargestellt']);
    assert.equal(table.klarstellen?.EIZ, 'klarzustellen');
  });
});

describe('clauseWords', () => {
  it('gives a separable form as a main clause and as a subordinate clause write it', () => {
    assert.deepEqual(clauseWords(['stellte', 'klar'], new Set()), ['stellte', 'klarstellte']);
    assert.deepEqual(clauseWords('sagte', new Set()), ['sagte']);
    assert.deepEqual(clauseWords(undefined, new Set()), []);
  });

  it('leaves out the one word where it is also a noun ("nach Angaben")', () => {
    assert.deepEqual(clauseWords(['gaben', 'an'], new Set(['Angaben'])), ['gaben']);
  });
});
