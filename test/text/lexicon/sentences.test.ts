import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sentenceOffsets, splitSentences } from '../../../src/text/lexicon/sentences.ts';

const texts = (input: string) => splitSentences(input).map((s) => s.text);

describe('splitSentences', () => {
  it('splits sentences glued without a space ("zu tun.Eine")', () => {
    assert.deepEqual(texts('Sie wollen ihr Bestes zu tun.Eine Botschaft folgte.'), ['Sie wollen ihr Bestes zu tun.', 'Eine Botschaft folgte.']);
  });

  it('does not split after a three-digit ordinal after an article or "zum" ("dem 150. Geburtstag")', () => {
    assert.deepEqual(texts('Am 3. Mai, dem 150. Geburtstag der Stadt, gab es ein Fest.'), ['Am 3. Mai, dem 150. Geburtstag der Stadt, gab es ein Fest.']);
    assert.deepEqual(texts('Die Regatta fand zum 125. Mal statt.'), ['Die Regatta fand zum 125. Mal statt.']);
  });

  it('splits after a three-digit number that ends a sentence, and after a year', () => {
    assert.deepEqual(texts('Die Zahl der Gäste stieg auf 320. Danach sank sie.'), ['Die Zahl der Gäste stieg auf 320.', 'Danach sank sie.']);
    assert.deepEqual(texts('Der Krieg endete im Jahr 1953. Danach kam der Frieden.'), ['Der Krieg endete im Jahr 1953.', 'Danach kam der Frieden.']);
  });

  it('does not split after abbreviations, initials or ordinals', () => {
    assert.deepEqual(texts('Das gilt z. B. für Dr. Kelly. George W. Bush kam am 27. Juli 1953 an.'), ['Das gilt z. B. für Dr. Kelly.', 'George W. Bush kam am 27. Juli 1953 an.']);
  });

  it('splits after a one- or two-digit number before a word that opens sentences ("Autobahn 9. Sie")', () => {
    assert.deepEqual(texts('Der Unfall geschah auf der Landstraße 7. Sie war gesperrt.'), ['Der Unfall geschah auf der Landstraße 7.', 'Sie war gesperrt.']);
    assert.deepEqual(texts('Die Mannschaft wurde am Ende 12. Danach trat der Trainer zurück.'), ['Die Mannschaft wurde am Ende 12.', 'Danach trat der Trainer zurück.']);
  });

  it('keeps an ordinal before a noun, a month or a name that opens no sentence', () => {
    assert.deepEqual(texts('Er kam am 9. Mai zum 2. Mal. Der 1. FC spielte.'), ['Er kam am 9. Mai zum 2. Mal.', 'Der 1. FC spielte.']);
    assert.deepEqual(texts('Es war der 3. Deutsche Bundestag.'), ['Es war der 3. Deutsche Bundestag.']);
  });

  it('does not split inside "z.B." or numbers like 3.5', () => {
    assert.deepEqual(texts('Etwa z.B. 3.5 Prozent. Danach nichts.'), ['Etwa z.B. 3.5 Prozent.', 'Danach nichts.']);
  });

  it('keeps closing quotes with their sentence («» and „“)', () => {
    assert.deepEqual(texts('Er sagte: «Was immer passiert.» Dann ging er. Sie rief „Nein!“ Danach Stille.'), ['Er sagte: «Was immer passiert.»', 'Dann ging er.', 'Sie rief „Nein!“', 'Danach Stille.']);
  });

  it('runs a quote ending in "!" or "?" on into a lower-case cue after it ("„Niemals!“ sagte sie")', () => {
    assert.deepEqual(texts('„Niemals!“ sagte Jana Kowalski. „Warum?“ fragte er. Sie rief „Nein!“ Danach Stille.'), [
      '„Niemals!“ sagte Jana Kowalski.',
      '„Warum?“ fragte er.',
      'Sie rief „Nein!“',
      'Danach Stille.',
    ]);
  });

  it('treats line breaks as sentence ends (headlines stand alone)', () => {
    assert.deepEqual(texts('Das Warum bleibt offen\n\nEine Erklärung gab es nicht.'), ['Das Warum bleibt offen', 'Eine Erklärung gab es nicht.']);
  });

  it('gives offsets into the original text', () => {
    const input = '  Erster Satz.  Zweiter Satz!\nDritter';
    assert.equal(splitSentences(input).length, 3);
    for (const s of splitSentences(input)) assert.equal(input.slice(s.start, s.end), s.text);
  });

  it('keeps a regnal number with its name ("Benedikt XVI.")', () => {
    assert.deepEqual(texts('Später sagte Angela Merkel, Benedikt XVI. habe Respekt verdient. Danach ging sie.'), ['Später sagte Angela Merkel, Benedikt XVI. habe Respekt verdient.', 'Danach ging sie.']);
    assert.deepEqual(texts('Dann kam Papst Benedikt XVI. Die Menge jubelte.').length, 1);
  });

  it('returns nothing for empty text', () => {
    assert.deepEqual(splitSentences(''), []);
  });
});

describe('sentenceOffsets', () => {
  it('gives the start and end of each sentence, in order', () => {
    assert.deepEqual([...sentenceOffsets(splitSentences('Ein Satz. Noch einer.'))], [0, 9, 10, 21]);
    assert.equal(sentenceOffsets([]).length, 0);
  });
});
