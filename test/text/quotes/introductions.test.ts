/**
 * Speakers named around the quote in the ways German news introduces them (issue 13, recall): a noun
 * for what was said and its sayer before a colon, the agent of a passive, the person of the sentence
 * before named again in reported speech, verbs of saying with a manner. Each with a negative.
 * Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct, pairs } from '../../support/quotes.ts';

describe('a noun for what was said, and its sayer, before a colon', () => {
  it('"Das Fazit von X fällt klar aus: „…“" -> X', () => {
    assert.deepEqual(direct('Das Fazit von Anna Roth nach fünf Jahren fällt klar aus: „Es hat sich gelohnt.“'), [['Anna Roth', 'Es hat sich gelohnt.']]);
  });

  it('a title between the preposition and the name: "Die Antwort der Ministerin X kam prompt: „…“"', () => {
    assert.deepEqual(direct('Die Antwort der Ministerin Anna Roth kam prompt: „Nein.“'), [['Anna Roth', 'Nein.']]);
  });

  it('a second person in the introduction: no speaker', () => {
    assert.deepEqual(direct('Die Antwort der Ministerin Anna Roth an Paul Lehmann kam prompt: „Nein.“'), [[null, 'Nein.']]);
  });

  it('a noun that is no speech ("Das Buch von X beginnt so:") names nobody', () => {
    assert.deepEqual(direct('Das Buch von Anna Roth beginnt so: „Es war einmal ein König.“'), [[null, 'Es war einmal ein König.']]);
  });
});

describe('the agent of a passive speaks', () => {
  it('"wurde von der Ministerin X als „…“ kritisiert" -> X', () => {
    assert.deepEqual(direct('Der Plan wurde von der Ministerin Anna Roth als „teurer Unsinn“ kritisiert.'), [['Anna Roth', 'teurer Unsinn']]);
  });

  it('a passive without an agent names nobody: "„…“, wurde X am Tor begrüßt"', () => {
    assert.deepEqual(direct('„Willkommen daheim“, wurde Max Brandner am Tor begrüßt.'), [[null, 'Willkommen daheim']]);
  });
});

describe('the person of the sentence before, named again in reported speech', () => {
  it('"X musste einräumen … . Obwohl X …, sei man „…“" -> X', () => {
    const text = 'Das musste Finanzminister Paul Lehmann am Montag einräumen. Obwohl Lehmann mit Mehreinnahmen rechnet, sei man von einer „Entschuldung weit entfernt“.';
    assert.deepEqual(direct(text), [['Paul Lehmann', 'Entschuldung weit entfernt']]);
  });

  it("another person named in the quote's sentence: no speaker", () => {
    const text = 'Das musste Finanzminister Paul Lehmann am Montag einräumen. Obwohl Anna Roth mit Mehreinnahmen rechnet, sei man von einer „Entschuldung weit entfernt“.';
    assert.deepEqual(direct(text), [[null, 'Entschuldung weit entfernt']]);
  });

  it('not in reported speech: the person named again is only talked about', () => {
    const text = 'Das musste Finanzminister Paul Lehmann am Montag einräumen. Obwohl Lehmann mit Mehreinnahmen rechnet, ist man von einer „Entschuldung weit entfernt“.';
    assert.deepEqual(direct(text), [[null, 'Entschuldung weit entfernt']]);
  });
});

describe('verbs of saying with a manner or a summary', () => {
  it('"„…“, schimpfte X" and "X fasste zusammen: „…“"', () => {
    assert.deepEqual(direct('„Das ist ein Skandal“, schimpfte Anna Roth. Paul Lehmann fasste zusammen: „Wir machen weiter.“'), [
      ['Anna Roth', 'Das ist ein Skandal'],
      ['Paul Lehmann', 'Wir machen weiter.'],
    ]);
  });
});

describe('a source opening the sentence covers its main clause, in the indicative too', () => {
  it('"Laut der Ministerin X ist die Lage „ernst“" -> the clause and the quote in it are X\'s', () => {
    assert.deepEqual(pairs('Laut der Ministerin Anna Roth ist die Lage „ernst, aber beherrschbar“.'), [
      ['indirect', 'Anna Roth', 'ist die Lage „ernst, aber beherrschbar“'],
      ['direct', 'Anna Roth', 'ernst, aber beherrschbar'],
    ]);
  });

  it('"Nach Einschätzung des Experten X, dem Leiter …, steht …" -> past the apposition', () => {
    assert.deepEqual(pairs('Nach Einschätzung von Paul Lehmann, dem Leiter des Instituts, steht die Organisation vor dem Sprung nach Europa.'), [
      ['indirect', 'Paul Lehmann', 'steht die Organisation vor dem Sprung nach Europa'],
    ]);
  });

  it('"Nach Xs Meinung werden …" -> the name in the genitive before the noun', () => {
    assert.deepEqual(pairs('Paul Lehmann ist Unternehmer. Nach Lehmanns Meinung werden zu viele Fehler gemacht.'), [['indirect', 'Paul Lehmann', 'werden zu viele Fehler gemacht']]);
  });

  it('"X zufolge hat …" with only a title before the name', () => {
    assert.deepEqual(pairs('Der Ministerin Anna Roth zufolge hat die Regierung versagt.'), [['indirect', 'Anna Roth', 'hat die Regierung versagt']]);
  });

  it('in the middle of an indicative sentence, "laut X" reports no clause of X', () => {
    assert.deepEqual(pairs('Die Lage ist laut Paul Lehmann ernst.'), []);
  });

  it('a source that is no person names nobody: "Laut einem Bericht über X ist …"', () => {
    assert.deepEqual(pairs('Laut einem Bericht über Paul Lehmann ist der Vertrag gekündigt.'), []);
  });
});

describe('what follows the quote points back at it', () => {
  it('"„…“ – das sagte X am Montag" -> X', () => {
    assert.deepEqual(direct('„Wir prüfen den Plan“ – das sagte Max Brandner am Montag in Berlin.'), [['Max Brandner', 'Wir prüfen den Plan']]);
  });

  it('a dash without a pointer and a verb that does not speak: no speaker', () => {
    assert.deepEqual(direct('„Wir prüfen den Plan“ – Max Brandner kam am Montag nach Berlin.'), [[null, 'Wir prüfen den Plan']]);
  });

  it('"„…“ Mit diesen Worten trat X vor die Presse." -> X, whatever the verb', () => {
    assert.deepEqual(direct('„Wir prüfen den Plan.“ Mit diesen Worten trat Max Brandner vor die Presse.'), [['Max Brandner', 'Wir prüfen den Plan.']]);
  });

  it('"Mit diesen Worten" and somebody who is spoken to: the name after a preposition is no subject', () => {
    assert.deepEqual(direct('„Wir prüfen den Plan.“ Mit diesen Worten trat die Sprecherin vor Max Brandner.'), [[null, 'Wir prüfen den Plan.']]);
  });

  it('"„…“, heißt es in einer Erklärung von X" -> X', () => {
    assert.deepEqual(direct('„Das ist unsinnig“, heißt es in einer Erklärung von Max Brandner.'), [['Max Brandner', 'Das ist unsinnig']]);
  });

  it('"„…“, heißt es in der Erklärung" with nobody named: no speaker', () => {
    assert.deepEqual(direct('Max Brandner trat zurück. „Das ist unsinnig“, heißt es in der Erklärung der Partei.'), [[null, 'Das ist unsinnig']]);
  });
});

describe('reflexive verbs of feeling report words', () => {
  it('"„…“, freute sich X" -> X', () => {
    assert.deepEqual(direct('„Die Mannschaft hat toll gespielt“, freute sich Jürgen Klopp.'), [['Jürgen Klopp', 'Die Mannschaft hat toll gespielt']]);
  });
});

describe('the speaker in the sentence before, with an object person', () => {
  it('"X kritisierte Y scharf. „…“" -> X: the subject of a verb of saying', () => {
    assert.deepEqual(direct('Anna Roth kritisierte Paul Lehmann scharf. „Das ist ein Skandal.“'), [['Anna Roth', 'Das ist ein Skandal.']]);
  });

  it('"X traf Y. „…“" -> nobody: two people and no verb of saying', () => {
    assert.deepEqual(direct('Anna Roth traf Paul Lehmann. „Das ist ein Skandal.“'), [[null, 'Das ist ein Skandal.']]);
  });
});

describe('after the quote: a reflexive cue, or a noun for the words and their sayer', () => {
  it('"„…“, gab sich X zuversichtlich" -> X ("gab" without "an" is no "angeben")', () => {
    assert.deepEqual(direct('„Wir gewinnen“, gab sich Paul Lehmann zuversichtlich.'), [['Paul Lehmann', 'Wir gewinnen']]);
  });

  it('"„…“, so die Einschätzung von X" and "„…“, lautete das Fazit von X" -> X', () => {
    assert.deepEqual(direct('„Wir gewinnen“, so die Einschätzung von Paul Lehmann. „Es hat sich gelohnt“, lautete das Fazit von Anna Roth.'), [
      ['Paul Lehmann', 'Wir gewinnen'],
      ['Anna Roth', 'Es hat sich gelohnt'],
    ]);
  });

  it('"„…“, lautete die Überschrift" names nobody', () => {
    assert.deepEqual(direct('Paul Lehmann trat zurück. „Das Ende einer Ära“, lautete die Überschrift der Zeitung.'), [[null, 'Das Ende einer Ära']]);
  });
});
