/**
 * Direct quotes with the cue before them: who else the clause names decides whether the subject
 * speaks. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct, sourced } from '../../support/quotes.ts';

describe('a person in the object of the cue', () => {
  it('"X nannte den Vorschlag von Y „…“" -> X: what "nennen" names the quote is the subject\'s verdict', () => {
    assert.deepEqual(direct('Petra Hahn nannte den Vorschlag von Klaus Weber „völlig unausgegoren“.'), [['Petra Hahn', 'völlig unausgegoren']]);
  });

  it('"X erinnerte an einen Satz von Y: „…“" -> nobody: the words may be Y\'s', () => {
    assert.deepEqual(direct('Petra Hahn erinnerte an einen Satz von Klaus Weber: „Wir schaffen das.“'), [[null, 'Wir schaffen das.']]);
  });
});

describe('a name right before the colon', () => {
  it('"X (SPD): „…“" -> X, past the party in brackets', () => {
    assert.deepEqual(direct('Klaus Weber (SPD): „Wir lehnen den Plan ab.“'), [['Klaus Weber', 'Wir lehnen den Plan ab.']]);
  });

  it('"X (Bündnis 90/Die Grünen): „…“" -> X: a bracket of five tokens is still a party', () => {
    assert.deepEqual(direct('Jana Vogt (Bündnis 90/Die Grünen): „Das reicht nicht.“'), [['Jana Vogt', 'Das reicht nicht.']]);
  });

  it('not when the name is the object of a preposition: "sprach über X (SPD): „…“"', () => {
    assert.deepEqual(direct('Petra Hahn sprach am Montag über Klaus Weber (SPD): „Er hat versagt.“'), [[null, 'Er hat versagt.']]);
  });
});

describe("a modal of the subject's own will before a quote", () => {
  it('"X wollte „…“" states X\'s intention in X\'s words -> X', () => {
    assert.deepEqual(direct('Klaus Weber hatte das angekündigt. Ursprünglich wollte er „ein Konzept mit acht Stadien vorlegen“.'), [['Klaus Weber', 'ein Konzept mit acht Stadien vorlegen']]);
  });

  it('a modal of obligation says nothing of speaking: "X musste „…“ zahlen" -> nobody', () => {
    assert.deepEqual(direct('Klaus Weber musste „eine hohe Summe an Schadenersatz“ zahlen.'), [[null, 'eine hohe Summe an Schadenersatz']]);
  });
});

describe('a name before the colon that is the object of the verb', () => {
  it('"X kritisierte den Minister Y: „…“" -> X, the subject', () => {
    assert.deepEqual(direct('Der Kanzler Max Weber kritisierte den Minister Paul Kern: „Das ist ein Skandal.“'), [['Max Weber', 'Das ist ein Skandal.']]);
  });

  it('"Dazu sagte der Minister Y: „…“" -> Y (no subject before the verb: Y is it)', () => {
    assert.deepEqual(direct('Dazu sagte der Minister Paul Kern: „Das ist ein Skandal.“'), [['Paul Kern', 'Das ist ein Skandal.']]);
  });

  it('"X zitierte den Minister Y: „…“" -> Y, the one quoted', () => {
    assert.deepEqual(direct('Der Kanzler Max Weber zitierte den Minister Paul Kern: „Das ist ein Skandal.“'), [['Paul Kern', 'Das ist ein Skandal.']]);
  });
});

describe('"lassen" with a verb of saying after the quote', () => {
  it('"„…“, ließ X mitteilen / über seinen Sprecher ausrichten / verlauten" -> X', () => {
    assert.deepEqual(direct('„Wir bauen weiter“, ließ Markus Weber mitteilen.'), [['Markus Weber', 'Wir bauen weiter']]);
    assert.deepEqual(direct('„Wir bauen weiter“, ließ Markus Weber über seinen Sprecher ausrichten.'), [['Markus Weber', 'Wir bauen weiter']]);
    assert.deepEqual(direct('„Wir bauen weiter“, ließ Markus Weber am Montag verlauten.'), [['Markus Weber', 'Wir bauen weiter']]);
  });

  it('"lassen" with any other verb says nothing of the words: "„…“, ließ X das Haus streichen" names nobody', () => {
    assert.deepEqual(direct('„Wir bauen weiter“, ließ Markus Weber das Haus streichen.'), [[null, 'Wir bauen weiter']]);
  });
});

describe('a group named in marks after a title and "von"', () => {
  it('"des Leiters der Sektion von „Ärzte ohne Grenzen“" names a group: no quote with a speaker or source', () => {
    const found = sourced('Nach Angaben des Leiters der griechischen Sektion von „Ärzte ohne Grenzen“ ist die Lage ernst.');
    assert.deepEqual(found, [[null, undefined, 'Ärzte ohne Grenzen']]);
  });

  it('"sprach von „…“" after a verb stays somebody\'s words', () => {
    assert.deepEqual(direct('Markus Weber sprach von „Verrat am Volk“.'), [['Markus Weber', 'Verrat am Volk']]);
  });
});
