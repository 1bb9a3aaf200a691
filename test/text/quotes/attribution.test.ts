/**
 * Who a cue names as speaker, in clauses of their own: a relative clause whose pronoun a person
 * follows. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct, pairs } from '../../support/quotes.ts';

describe('a cue in a relative clause', () => {
  it('"…, die X zum Ziel erklärt hatte: „…“" and "den Satz, den X gesagt hatte: „…“" -> X', () => {
    assert.deepEqual(direct('Die Marke, die Klaus Weber 1998 zum Ziel erklärt hatte: „Wir schaffen das.“'), [['Klaus Weber', 'Wir schaffen das.']]);
    assert.deepEqual(direct('Sie erinnerte an den Satz, den Klaus Weber 1998 gesagt hatte: „Wir schaffen das.“'), [['Klaus Weber', 'Wir schaffen das.']]);
  });

  it('a relative clause before the main verb leaves the main clause its subject', () => {
    assert.deepEqual(direct('Petra Hahn, der Klaus Weber Lügen vorgeworfen hatte, sagte: „Das ist absurd.“'), [['Petra Hahn', 'Das ist absurd.']]);
  });

  it('a relative clause without a person after its pronoun names nobody', () => {
    assert.deepEqual(direct('Die Marke, die im Jahr 1998 zum Ziel erklärt worden war: „Wir schaffen das.“'), [[null, 'Wir schaffen das.']]);
  });
});

describe('relative pronouns of every case', () => {
  it('a relative clause in the dative before the main verb leaves the main clause its subject', () => {
    assert.deepEqual(direct('Klaus Weber, dem der Trainer Gelb gezeigt hatte, sagte: „Das ist absurd.“'), [['Klaus Weber', 'Das ist absurd.']]);
  });
});

describe('a name the article did not recognise opening the sentence', () => {
  const all = (text: string) => pairs(text);

  it('"Thaksin beschuldigte General Paul Prem, …" -> the unrecognised subject speaks, not the object', () => {
    assert.deepEqual(all('Die Krise in Bangkok hält an. Thaksin beschuldigte General Paul Prem, an dem Putsch mitgewirkt zu haben. Anhänger von Thaksin demonstrierten.'), []);
  });

  it('a first name and a surname that is also a noun ("Paul Kern") is a person nobody resolved: the person after the verb is its object', () => {
    assert.deepEqual(pairs('Paul Kern sagte über Thomas Schuster: „Er lügt.“'), [['direct', null, 'Er lügt.']]);
    assert.deepEqual(pairs('Paul Kern warf dem Minister Thomas Schuster vor, er habe gelogen.'), []);
  });

  it('a sentence opening with a recognised person, or with no first name, keeps its subject and object apart as before', () => {
    assert.deepEqual(pairs('Markus Weber sagte über Thomas Schuster: „Er lügt.“'), [['direct', 'Markus Weber', 'Er lügt.']]);
    assert.deepEqual(pairs('Heute sagte Thomas Schuster: „Ich bleibe.“'), [['direct', 'Thomas Schuster', 'Ich bleibe.']]);
  });

  it('a capitalised adverb is no name: "Gestern sagte der General Paul Prem, …" is his', () => {
    assert.deepEqual(all('Gestern sagte der General Paul Prem, er sei zufrieden.'), [['indirect', 'Paul Prem', 'er sei zufrieden']]);
  });
});

describe('a plural auxiliary before a participle cue', () => {
  it('"Einige Politiker haben dem Minister X geschrieben, dass …" -> X is spoken to, not speaking', () => {
    assert.deepEqual(pairs('Einige Politiker der Partei haben dem Minister Paul Prem gestern in einem Brief geschrieben, dass die Politik geändert werden müsse.'), []);
  });

  it('a singular auxiliary keeps the person: "Der Minister X hat … geschrieben, dass …"', () => {
    assert.deepEqual(pairs('Der Minister Paul Prem hat gestern in einem Brief geschrieben, dass die Politik geändert werden müsse.'), [['indirect', 'Paul Prem', 'dass die Politik geändert werden müsse']]);
  });
});

describe('a person compared with is no speaker', () => {
  it('"X vertritt wie Y die Ansicht, dass …" -> X (a stance noun closes no wie-clause)', () => {
    assert.deepEqual(pairs('Der Präsident Hugo Chávez vertritt wie Fidel Castro die Ansicht, dass die Produktion zu mehr Hunger führen wird.'), [
      ['indirect', 'Hugo Chávez', 'dass die Produktion zu mehr Hunger führen wird'],
    ]);
  });

  it('"Anders als Y sagte X, dass …" -> X', () => {
    assert.deepEqual(pairs('Anders als Fidel Castro sagte der Präsident Hugo Chávez, dass die Produktion zu mehr Hunger führen wird.'), [
      ['indirect', 'Hugo Chávez', 'dass die Produktion zu mehr Hunger führen wird'],
    ]);
  });

  it('but a wie-clause with its verb names its subject: "Wie Y mitteilte, war …" -> Y', () => {
    assert.deepEqual(pairs('Wie der Präsident Fidel Castro mitteilte, war die Lage ruhig.'), [['indirect', 'Fidel Castro', 'war die Lage ruhig']]);
  });
});

describe('a cue coordinated with a cue before', () => {
  it('"„…“, sagte X (am Montag) und fügte hinzu: „…“" -> both quotes are X\'s', () => {
    assert.deepEqual(direct('„Wir bauen“, sagte Markus Weber und fügte hinzu: „Wir planen auch.“'), [
      ['Markus Weber', 'Wir bauen'],
      ['Markus Weber', 'Wir planen auch.'],
    ]);
    assert.deepEqual(direct('„Wir bauen“, sagte Markus Weber am Montag und fügte hinzu: „Wir planen auch.“'), [
      ['Markus Weber', 'Wir bauen'],
      ['Markus Weber', 'Wir planen auch.'],
    ]);
  });

  it('another person in the first conjunct leaves the second quote without a speaker', () => {
    assert.deepEqual(direct('„Wir bauen“, sagte Markus Weber über Thomas Schuster und fügte hinzu: „Er plant auch.“'), [
      ['Markus Weber', 'Wir bauen'],
      [null, 'Er plant auch.'],
    ]);
  });

  it('a coordinator with no cue and no person before it names nobody', () => {
    assert.deepEqual(direct('Die Sitzung begann. Es regnete und dann hieß es: „Wir planen auch.“'), [[null, 'Wir planen auch.']]);
  });
});
