import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isAuxiliary } from '../../../src/text/quotes/auxiliaries.ts';
import { direct } from '../../support/quotes.ts';

describe('isAuxiliary', () => {
  it('knows sein, haben, werden and the modals, the past of the modals in both spellings', () => {
    for (const w of ['war', 'hatte', 'wurde', 'musste', 'mußte', 'müsste', 'konnte', 'sollte', 'wollte', 'durfte', 'möchte']) assert.ok(isAuxiliary(w), w);
  });

  it('verbs of their own and capitalised words are no auxiliaries', () => {
    for (const w of ['sagte', 'betonte', 'nannte', 'Musste']) assert.ok(!isAuxiliary(w), w);
  });
});

describe('an auxiliary as the only verb before a quote says nothing of speaking', () => {
  it('"X musste „…“ zahlen" names no speaker; "X musste zugeben: „…“" does', () => {
    assert.deepEqual(direct('Klaus Weber musste „eine hohe Summe an Schadenersatz“ zahlen.'), [[null, 'eine hohe Summe an Schadenersatz']]);
    assert.deepEqual(direct('Klaus Weber musste zugeben: „Wir haben Fehler gemacht.“'), [['Klaus Weber', 'Wir haben Fehler gemacht.']]);
  });
});
