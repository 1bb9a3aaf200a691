/**
 * No speaker rather than a wrong one (issue 13): where the text around a quote gives only weak
 * evidence for a person, the quote keeps no speaker. Each rule has a case that must keep its speaker.
 * Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sourced } from '../../support/quotes.ts';

describe('an organisation heading the phrase after the verb', () => {
  it('a name after "unter Berufung auf …" is not the speaker: the agency speaks', () => {
    const found = sourced('Die Nachrichtenagentur beschrieb unter Berufung auf den Bürgermeister der Stadt, Paul Lehmann, den Abend als „friedlich und still“.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], null);
    const after = sourced('Den Abend beschrieb die Nachrichtenagentur unter Berufung auf den Bürgermeister der Stadt, Paul Lehmann, als „friedlich und still“.');
    assert.equal(after.length, 1);
    assert.equal(after[0]![0], null);
  });

  it('a person title closed by a comma still names the person in apposition', () => {
    assert.deepEqual(sourced('„Wir bleiben in der Liga“, sagte der Trainer der Gäste, Paul Lehmann.'), [['Paul Lehmann', undefined, 'Wir bleiben in der Liga']]);
  });

  it('"der Sender X" is the sender and its object, not a title before a name', () => {
    const found = sourced('Der Politiker Paul Lehmann wurde interviewt. Außerdem hätte der Sender Lehmann „eine Bühne für seine Parolen geboten“.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], null);
  });

  it('an organisation in the genitive after a person title does not stop the name', () => {
    assert.deepEqual(sourced('„Das ist nicht gerecht“, so der Chef des Aufsichtsrats Paul Lehmann.'), [['Paul Lehmann', undefined, 'Das ist nicht gerecht']]);
  });
});

describe('"zitieren": the one quoted is the object', () => {
  it('"Die Agentur zitiert X mit den Worten: „…“" -> X', () => {
    assert.deepEqual(sourced('Die Nachrichtenagentur Tass zitiert dazu Paul Lehmann mit folgenden Worten: „Die Banken haben versagt.“'), [['Paul Lehmann', undefined, 'Die Banken haben versagt.']]);
  });

  it('the quoting medium is never the source', () => {
    const found = sourced('Die Zeitung zitiert einen Anwohner mit den Worten: „Wir haben nichts gehört.“');
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], null);
    assert.notEqual(found[0]![1], 'Die Zeitung');
  });
});

describe('the subject of the clause around a quote', () => {
  it('a verb that speaks keeps the subject: "X attackierte die Regierung als „…“"', () => {
    assert.deepEqual(sourced('Paul Lehmann attackierte die Regierung als „eine Versammlung von Zauderern“.'), [['Paul Lehmann', undefined, 'eine Versammlung von Zauderern']]);
  });

  it('an auxiliary or copula says nothing of speaking: "X war „…“ freizusprechen"', () => {
    const found = sourced('Der Angeklagte Paul Lehmann hörte zu. Lehmann war „aus Mangel an Beweisen“ freizusprechen.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], null);
  });
});

describe('two cues around one quote', () => {
  it('a cue before whose subject is not recognised makes the cue after unsure', () => {
    const found = sourced('Während die Sängerin erklärte, sie sei aufgeregt, „größer wird es nicht“, räumte Paul Lehmann ein, er sei auch nervös.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], null);
  });

  it('the cue after alone names the speaker', () => {
    assert.deepEqual(sourced('„Größer wird es nicht“, räumte Paul Lehmann ein.'), [['Paul Lehmann', undefined, 'Größer wird es nicht']]);
  });
});

describe('a source is an organisation or a description, nothing more', () => {
  it('the phrase ends where the object begins: "begründet das Gericht seine Entscheidung"', () => {
    assert.deepEqual(sourced('„Die Klage ist unbegründet“, begründet das Gericht seine Entscheidung.'), [[null, 'das Gericht', 'Die Klage ist unbegründet']]);
  });

  it('a title followed by a word that is no noun is a person not recognised, not a source', () => {
    const found = sourced('„Wir ziehen ab“, sagte der Armeesprecher Tzvikor Haimovitsch am Abend.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![1], undefined);
  });

  it('an attribute with names and a country in the genitive stays part of the source', () => {
    assert.deepEqual(sourced('„Wir prüfen das“, sagte ein Sprecher der Downing Street.'), [[null, 'ein Sprecher der Downing Street', 'Wir prüfen das']]);
    assert.deepEqual(sourced('Der Vertreter Libyens sagte: „Wir sind souverän.“'), [[null, 'Der Vertreter Libyens', 'Wir sind souverän.']]);
    assert.deepEqual(sourced('„Es ist kalt“, sagte die Moderatorin eines Lokalsenders.'), [[null, 'die Moderatorin eines Lokalsenders', 'Es ist kalt']]);
  });
});

describe('a pronoun speaks for its person only when nothing else could be meant', () => {
  it('the pronoun continues the person: "Anna Behrens lehnte ab. Sie erklärte: „…“"', () => {
    assert.deepEqual(sourced('Die Ministerin Anna Behrens lehnte den Plan ab. Sie erklärte: „Das ist zu teuer.“'), [['Anna Behrens', undefined, 'Das ist zu teuer.']]);
  });

  it('an organisation opening a sentence in between could be "sie": no speaker', () => {
    const found = sourced('Die Ministerin Anna Behrens lehnte den Plan ab. Die Regierung beriet am Abend. Sie erklärte: „Das ist zu teuer.“');
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], null);
  });

  it('a title holder without a name opening a sentence in between could be "er": no speaker', () => {
    const found = sourced('Der Minister Paul Lehmann lehnte den Plan ab. Der Sprecher der Opposition widersprach. Er sagte: „Das ist zu billig.“');
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], null);
  });

  it('a pronoun tied to nobody is still the subject: the person after the verb is an object', () => {
    const found = sourced('Die Debatte war hitzig. Sie warf dem Innenminister Paul Lehmann vor, „die Daten aller Bürger“ zu missbrauchen.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], null);
  });
});

describe('where a source phrase ends', () => {
  it('a preposition that ends like an adjective ends the phrase: "die Agentur unter Berufung auf …"', () => {
    const found = sourced('Den Abend beschrieb die Agentur unter Berufung auf Augenzeugen als „friedlich und still“.');
    assert.equal(found.length, 1);
    assert.ok(!(found[0]![1] ?? '').includes('unter'), String(found[0]![1]));
  });
});

describe('no speaker from a sentence before in the passive, nor from an object after a named medium', () => {
  it('"X wurde festgenommen. „…“" -> nobody: the subject of a passive is acted on', () => {
    assert.deepEqual(sourced('Paul Lehmann wurde am Montag festgenommen. „Wir haben ihn lange beobachtet.“'), [[null, undefined, 'Wir haben ihn lange beobachtet.']]);
  });

  it('the active sentence before still gives its subject: "X trat zurück. „…“"', () => {
    assert.deepEqual(sourced('Paul Lehmann trat am Montag zurück. „Ich habe lange nachgedacht.“'), [['Paul Lehmann', undefined, 'Ich habe lange nachgedacht.']]);
  });

  it('"Die „Bild“-Zeitung nannte X einen „…“" -> not X: the paper is the subject', () => {
    const found = sourced('Die „Bild“-Zeitung nannte Paul Lehmann einen „Versager“.');
    assert.equal(found.length, 1);
    assert.equal(found[0]![0], null);
  });

  it('"Der „Zeit“ sagte X: „…“" -> X: a paper in the dative is no subject', () => {
    assert.deepEqual(sourced('Der „Zeit“ sagte Paul Lehmann: „Die Mannschaft hat toll gespielt.“'), [['Paul Lehmann', undefined, 'Die Mannschaft hat toll gespielt.']]);
  });
});

describe('a quote that speaks of the person in the sentence before is not theirs', () => {
  it('"X starb. „Er war ein großer Mensch.“" -> nobody', () => {
    assert.deepEqual(sourced('Paul Lehmann starb am Montag. „Er war ein großer Mensch.“'), [[null, undefined, 'Er war ein großer Mensch.']]);
  });

  it('with a first-person pronoun the quote is theirs: "X trat zurück. „Er hat mich enttäuscht.“"', () => {
    assert.deepEqual(sourced('Paul Lehmann trat am Montag zurück. „Er hat mich enttäuscht.“'), [['Paul Lehmann', undefined, 'Er hat mich enttäuscht.']]);
  });
});

describe('a sentence after the quote that points back at it decides, not the one before', () => {
  it('"„…“, sagte X. „…“ So die Antwort der Opposition." -> the second quote is not X\'s', () => {
    const found = sourced('„Wir bleiben“, sagte Paul Lehmann. „Ihr geht.“ So die Antwort der Opposition.');
    assert.equal(found.length, 2);
    assert.equal(found[1]![0], null);
  });

  it('a quote of two sentences whose second opens with "Das" is not pointed at: it continues its speaker', () => {
    const found = sourced('„Wir bleiben hier“, sagte Paul Lehmann. „Die Menschen sind müde. Das ist eine Katastrophe.“ Danach ging er.');
    assert.equal(found.length, 2);
    assert.equal(found[1]![0], 'Paul Lehmann');
  });
});
