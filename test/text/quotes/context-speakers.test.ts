/**
 * Speakers German news names outside the quote's own clause: in the sentence before, in a verbless
 * introduction with a colon, in an opinion framed by "für", after a relative clause; and no speaker
 * when the context does not make it unambiguous.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct } from '../../support/quotes.ts';

describe('the speaker in the sentence before', () => {
  it('reported speech after the person the text spoke of: „Die Lage sei …“', () => {
    assert.deepEqual(direct('Die Ministerin Anna Kowalski warnte vor Panik. Die Lage sei „ernst, aber beherrschbar“.'), [['Anna Kowalski', 'ernst, aber beherrschbar']]);
  });

  it('a quote after a short introduction with a colon: „Seine Begründung: …“', () => {
    assert.deepEqual(direct('Max Brandner lehnte den Plan ab. Seine Begründung: „Das kostet zu viel Geld.“'), [['Max Brandner', 'Das kostet zu viel Geld.']]);
  });

  it('a quote that is a sentence of its own, after a subject with a title apposition', () => {
    assert.deepEqual(direct('Der ältere Bruder des Ministers, Georg Hellwig, war eingeweiht. „Mein Bruder wünscht sich mehr Ruhe.“'), [['Georg Hellwig', 'Mein Bruder wünscht sich mehr Ruhe.']]);
  });

  it('no speaker when the sentence before names two people', () => {
    assert.deepEqual(direct('Max Brandner traf Anna Kowalski in Berlin. „Das war ein gutes Gespräch.“'), [[null, 'Das war ein gutes Gespräch.']]);
  });

  it('no speaker across a paragraph break', () => {
    assert.deepEqual(direct('Max Brandner lehnte den Plan ab.\n\n„Das kostet zu viel Geld.“'), [[null, 'Das kostet zu viel Geld.']]);
  });

  it('no speaker when the person was only the object of a preposition', () => {
    assert.deepEqual(direct('Nach dem Rücktritt von Max Brandner tagte der Rat. Die Lage sei „ernst, aber beherrschbar“.'), [[null, 'ernst, aber beherrschbar']]);
  });
});

describe('introductions without a verb of saying', () => {
  it('a noun and the person before a colon: „Zitat von X: …“', () => {
    assert.deepEqual(direct('Zitat von Gerhard Schröder: „Wir haben etwas erreicht.“'), [['Gerhard Schröder', 'Wir haben etwas erreicht.']]);
  });

  it('"In einer Erklärung von X hieß es: …"', () => {
    assert.deepEqual(direct('In einer Erklärung von Max Brandner hieß es: „Wir prüfen den Vorschlag.“'), [['Max Brandner', 'Wir prüfen den Vorschlag.']]);
  });

  it('a verbless phrase with two people introduces nobody', () => {
    assert.deepEqual(direct('Die Antwort von Max Brandner an Anna Kowalski: „Wir prüfen den Vorschlag.“'), [[null, 'Wir prüfen den Vorschlag.']]);
  });

  it('an opinion framed by "für": „Für den Theologen X sei … „…““', () => {
    assert.deepEqual(direct('Für den Theologen Hans Kübler sei der Rücktritt „aus vielen Gründen verständlich“.'), [['Hans Kübler', 'aus vielen Gründen verständlich']]);
  });
});

describe("the speaker's clause around the quote", () => {
  it('a subject with a relative clause before the verb: "X, der …, nannte …"', () => {
    assert.deepEqual(direct('Miroslav Klose, der wegen wiederholten Fouls Gelb-Rot sah, nannte seinen Platzverweis „völlig überzogen“.'), [['Miroslav Klose', 'völlig überzogen']]);
  });

  it('"fügte X hinzu" after the quote', () => {
    assert.deepEqual(direct('Dirk Kempthorne sprach in Washington. „Wir befürchten das Schlimmste“, fügte Kempthorne hinzu.'), [['Dirk Kempthorne', 'Wir befürchten das Schlimmste']]);
  });
});
