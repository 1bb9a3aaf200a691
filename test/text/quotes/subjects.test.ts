/**
 * Speakers written as the subject in further German patterns (issue 13): a subject in apposition after
 * the verb, an extended participle attribute before the name, "mit den Worten", two people who speak
 * together, a quoted abstract noun after a preposition, "raten". Each with cases that must get no
 * speaker. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct, pairs } from '../../support/quotes.ts';

describe('the subject after the verb, with a name in apposition', () => {
  it('"So hat sich etwa die Vorsitzende …, Karin Brehm, … behauptet, … „…“"', () => {
    const text = 'So hat sich etwa die Vorsitzende des Lehrerverbands, Karin Brehm, gegen den Plan ausgesprochen und behauptet, die Schulen kämen nur durch „Trickserei“ zustande.';
    assert.deepEqual(direct(text), [['Karin Brehm', 'Trickserei']]);
  });

  it('a paper after a preposition stays a name: "sprach mit „Bild“"', () => {
    assert.deepEqual(direct('Die Ministerin Karla Weiß sprach mit „Bild“ über den Plan.'), [[null, 'Bild']]);
  });
});

describe('an extended participle attribute before the name', () => {
  it('"Die das Unglück überlebende X, 30, beschrieb …: „…“"', () => {
    assert.deepEqual(direct('Die Fähre kenterte. Die das Unglück überlebende Alice Kakamara, 30, beschrieb den Hergang: „Die See war rau.“'), [['Alice Kakamara', 'Die See war rau.']]);
  });

  it('a name inside the attribute is not the subject: "Die von X geführte Partei erklärte"', () => {
    assert.deepEqual(direct('Die von Max Brandner geführte Partei erklärte: „Wir treten an.“'), [[null, 'Wir treten an.']]);
  });

  it('a noun opening the sentence keeps the person after the verb an object', () => {
    assert.deepEqual(direct('Die Nachricht bestätigte Max Brandner am Abend: „Wir sind bereit.“'), [[null, 'Wir sind bereit.']]);
  });
});

describe('"mit den Worten"', () => {
  it('the subject of the clause: "meldete sich mit den Worten: „…“"', () => {
    assert.deepEqual(direct('Die Astronautin Lena Berg meldete sich mit den Worten: „Wir sind gelandet.“'), [['Lena Berg', 'Wir sind gelandet.']]);
  });

  it('fronted: "Mit den Worten „…“, richtete er …" -> the subject after the verb', () => {
    const text = 'Die Ministerin Karla Neumeier blieb ruhig: Mit den Worten „Nun wird alles im Ausschuss geklärt“, wandte sie sich den Fragen zu.';
    assert.deepEqual(direct(text), [['Karla Neumeier', 'Nun wird alles im Ausschuss geklärt']]);
  });

  it('in the passive the agent after "von" speaks: "X wurde von Y mit den Worten „…“ begrüßt" -> Y', () => {
    assert.deepEqual(direct('Anna Berg wurde von Max Brandner mit den Worten „Willkommen zurück im Team“ begrüßt.'), [['Max Brandner', 'Willkommen zurück im Team']]);
  });
});

describe('two people who speak together', () => {
  it('"X und Y prangerten an, dass …" -> the quote for each of them', () => {
    assert.deepEqual(direct('Anna Roth und Jonas Brinkmann prangerten an, dass die Lehrer „als Hilfssheriffs der Polizei“ dienten.'), [
      ['Anna Roth', 'als Hilfssheriffs der Polizei'],
      ['Jonas Brinkmann', 'als Hilfssheriffs der Polizei'],
    ]);
  });

  it('"X oder Y" names nobody', () => {
    assert.deepEqual(direct('Anna Roth oder Jonas Brinkmann sagte später: „Das war ein Fehler.“'), [[null, 'Das war ein Fehler.']]);
  });

  it('a person after a preposition is no second speaker: "mit X und Y sprach …"', () => {
    const found = direct('Der Reporter sprach mit Anna Roth und Jonas Brinkmann sagte dann: „Das war ein Fehler.“');
    assert.equal(found.length, 1);
    assert.notEqual(found[0]![0], 'Anna Roth');
  });
});

describe('"raten" reports advice', () => {
  it('"X riet zu „…“"', () => {
    assert.deepEqual(direct('Der Forscher Heino Stöver riet allgemein zu „Gelassenheit und Aufmerksamkeit“.'), [['Heino Stöver', 'Gelassenheit und Aufmerksamkeit']]);
  });
});

describe('after the verb, past an extended participle attribute', () => {
  it('"„…“, schrieb die in New York geborene X"', () => {
    assert.deepEqual(direct('„Jetzt ist es noch schöner“, schrieb die in New York City geborene Sängerin Jennifer Lopez.'), [['Jennifer Lopez', 'Jetzt ist es noch schöner']]);
  });

  it('a noun after the participle that is followed by something else names nobody', () => {
    assert.deepEqual(direct('„Jetzt ist es noch schöner“, schrieb die in Berlin erscheinende Zeitung über Jennifer Lopez.'), [[null, 'Jetzt ist es noch schöner']]);
  });
});

describe('reported speech in the sentence after', () => {
  it('"Es drohe „…“" is reported speech of the person just spoken of, not a verb of saying with "es"', () => {
    const text = 'Die Politikerin Renate Kühn sagte, es müsse Schluss sein. Es drohe „eine Erwärmung von bis zu sechs Grad“.';
    assert.deepEqual(direct(text), [['Renate Kühn', 'eine Erwärmung von bis zu sechs Grad']]);
  });

  it('a reported sentence continues a quote that took its speaker from the sentence before', () => {
    const text = 'Der Bruder des Papstes, Georg Ratzinger, war eingeweiht. „Mein Bruder wünscht sich Ruhe.“ Der Rücktritt sei ein „natürlicher Vorgang“.';
    assert.deepEqual(direct(text), [
      ['Georg Ratzinger', 'Mein Bruder wünscht sich Ruhe.'],
      ['Georg Ratzinger', 'natürlicher Vorgang'],
    ]);
  });

  it('no continuation across a paragraph', () => {
    const text = 'Der Bruder des Papstes, Georg Ratzinger, war eingeweiht. „Mein Bruder wünscht sich Ruhe.“\n\nDer Rücktritt sei ein „natürlicher Vorgang“.';
    assert.deepEqual(direct(text)[1], [null, 'natürlicher Vorgang']);
  });
});

describe('a fronted "Wie …"-clause names the source; the main clause\'s subject speaks', () => {
  it('"Wie die Zeitung berichtete, soll X zu Y gesagt haben: „…“" -> X', () => {
    assert.deepEqual(direct('Wie die Zeitung berichtete, soll Klaus Weber zu Petra Hahn gesagt haben: „Das ist ein Fehler.“'), [['Klaus Weber', 'Das ist ein Fehler.']]);
  });

  it('"Wie Y berichtete, hat X gesagt: „…“" -> X, not the reporter', () => {
    assert.deepEqual(direct('Wie Petra Hahn berichtete, hat Klaus Weber gesagt: „Das ist ein Fehler.“'), [['Klaus Weber', 'Das ist ein Fehler.']]);
  });

  it('with no verb of saying in the main clause, the one the "Wie"-clause names speaks', () => {
    assert.deepEqual(direct('Wie Petra Hahn mitteilte, sei der Vertrag „ein Fehler“ gewesen.'), [['Petra Hahn', 'ein Fehler']]);
  });
});

describe('a comma inside brackets is no clause boundary', () => {
  it('"X hat mit seinem Kollegen Y (Partei, dt. Arbeiterpartei) bekräftigt, …" -> X', () => {
    assert.deepEqual(pairs('Der Präsident Max Weber hat in einem Gespräch mit seinem Amtskollegen Paul Kern (Awoda, dt. etwa Arbeiterpartei) bekräftigt, das Land bekenne sich zu seiner Verantwortung.'), [
      ['indirect', 'Max Weber', 'das Land bekenne sich zu seiner Verantwortung'],
    ]);
  });

  it('a comma outside brackets still is: "X hat … verlassen, später wurde bekräftigt, …" names nobody', () => {
    assert.deepEqual(pairs('Der Präsident Max Weber hat das Treffen verlassen, später wurde bekräftigt, das Land bekenne sich zu seiner Verantwortung.'), []);
  });
});
