/**
 * The speaker of a quote standing alone after a sentence that names one person: the subject of that
 * sentence, also when it follows the finite verb and a title. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct } from '../../support/quotes.ts';

describe('the subject after the finite verb of the sentence before', () => {
  it('"Das musste Bundesminister X einräumen. … „…“" -> X, past the title after the verb', () => {
    const found = direct('„Ja, es gibt Härten.“ Das musste Bundesminister Klaus Weber einräumen. Obwohl die Einnahmen steigen, sei man von einer „Lösung weit entfernt“.');
    assert.deepEqual(
      found.map(([speaker]) => speaker),
      ['Klaus Weber', 'Klaus Weber'],
    );
  });

  it('"Am Montag sprach der frühere Minister X. „…“" -> X', () => {
    assert.deepEqual(direct('Am Montag sprach der frühere Minister Klaus Weber in Berlin. „Wir haben zu lange gewartet.“'), [['Klaus Weber', 'Wir haben zu lange gewartet.']]);
  });

  it('a person after the verb is its object when a noun phrase with an article opens the sentence: "Die Polizei nahm X fest. „…“"', () => {
    assert.deepEqual(direct('Die Polizei nahm Klaus Weber am Montag fest. „Wir haben ihn auf frischer Tat ertappt.“'), [[null, 'Wir haben ihn auf frischer Tat ertappt.']]);
  });

  it('a person after a preposition and title is no subject: "Am Montag traf sie sich mit dem Minister X. „…“"', () => {
    assert.deepEqual(direct('Am Montag traf sich die Kommission mit dem Minister Klaus Weber. „Wir haben zu lange gewartet.“'), [[null, 'Wir haben zu lange gewartet.']]);
  });
});

describe('a colon introduction after the sentence before', () => {
  it('"X lehnte ab. Seine Begründung: „…“" and "Und: „…“" keep the person the text speaks of', () => {
    assert.deepEqual(direct('Klaus Weber lehnte den Plan ab. Seine Begründung: „Das ist zu teuer.“'), [['Klaus Weber', 'Das ist zu teuer.']]);
    assert.deepEqual(direct('Klaus Weber lehnte den Plan ab. Das Fazit: „Das ist zu teuer.“'), [['Klaus Weber', 'Das ist zu teuer.']]);
    assert.deepEqual(direct('Klaus Weber lehnte den Plan ab. Und: „Das ist zu teuer.“'), [['Klaus Weber', 'Das ist zu teuer.']]);
  });

  it('an introduction naming somebody else gives no speaker: "Die Opposition hingegen: „…“", "Darauf die Gewerkschaft: „…“"', () => {
    assert.deepEqual(direct('Klaus Weber sagte: „Das ist ein Fehler.“ Die Opposition hingegen: „Das ist kein Fehler.“'), [
      ['Klaus Weber', 'Das ist ein Fehler.'],
      [null, 'Das ist kein Fehler.'],
    ]);
    assert.deepEqual(direct('Klaus Weber lehnte den Plan ab. Darauf die Gewerkschaft: „Das ist zu teuer.“'), [[null, 'Das ist zu teuer.']]);
  });
});

describe('a sentence reporting a death names no speaker for the quote after it', () => {
  it('"X starb am Montag. „Wir trauern …“" -> nobody', () => {
    assert.deepEqual(direct('Klaus Weber starb am Montag in Berlin. „Wir trauern um einen großen Menschen.“'), [[null, 'Wir trauern um einen großen Menschen.']]);
  });
});

describe('the sentence before reports what somebody else said', () => {
  it('"X sei festgenommen worden, teilte die Polizei mit. „…“" -> not X: the words may be the police\'s', () => {
    assert.deepEqual(direct('Markus Weber sei am Montag festgenommen worden, teilte die Polizei mit. „Wir ermitteln weiter.“'), [[null, 'Wir ermitteln weiter.']]);
    assert.deepEqual(direct('Markus Weber habe gestanden, sagte ein Sprecher. „Wir ermitteln weiter.“'), [[null, 'Wir ermitteln weiter.']]);
  });

  it('X\'s own cue in the sentence before keeps the quote X\'s: "X sagte, er bleibe. „…“"', () => {
    assert.deepEqual(direct('Markus Weber sagte, er bleibe im Amt. „Wir haben viel vor.“'), [['Markus Weber', 'Wir haben viel vor.']]);
  });
});
