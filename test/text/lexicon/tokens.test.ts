import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/text/lexicon/sentences.ts';
import { scan, tokenize, TOKEN } from '../../../src/text/lexicon/tokens.ts';

/** Tokens as the regex finds them: [from, to, word]. */
function byRegex(text: string): Array<[number, number, boolean]> {
  return [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length, /^[\p{L}\p{N}]/u.test(m[0])]);
}

function byScan(text: string): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  scan(text, (from, to, word) => out.push([from, to, word]));
  return out;
}

test('words keep inner hyphens and apostrophes, initials keep their dot, marks stand alone', () => {
  const text = 'US-Außenminister Kim Jong-un traf George W. Bush in d’Italia: „Nein.“ 3,1 %';
  const words = byScan(text).map(([a, b]) => text.slice(a, b));
  assert.deepEqual(words, ['US-Außenminister', 'Kim', 'Jong-un', 'traf', 'George', 'W.', 'Bush', 'in', 'd’Italia', ':', '„', 'Nein', '.', '“', '3', ',', '1', '%']);
});

test('the scanner splits exactly like the token regex, on awkward text too', () => {
  const cases = [
    'A. B. Müller',
    'A.  \u00a0B',
    'A.b',
    'A.',
    'Ä. Ö',
    'x- y',
    'x-y-',
    "l'a",
    'e\u0301te\u0301',
    '\u0301a',
    '𝐀. 𝐁 𝐀bc',
    '😀a😀',
    '\ud800a',
    'a\udc00',
    'ab\u2009cd\u3000ef',
    '„Zitat“ – «so» »so« ‚so‘',
    '',
  ];
  const alphabet = ['a', 'Z', 'ä', 'Ö', 'ß', '1', '٣', ' ', '\u00a0', '\n', '.', ',', '-', "'", '’', '\u0301', '„', '“', '𝐀', '😀', '\ud800', 'İ', 'ǅ'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 3000; n++) {
    let s = '';
    const length = Math.floor(random() * 12);
    for (let k = 0; k < length; k++) s += alphabet[Math.floor(random() * alphabet.length)];
    cases.push(s);
  }
  for (const text of cases) assert.deepEqual(byScan(text), byRegex(text), JSON.stringify(text));
});

test('one sentence list is tokenised once', () => {
  const sentences = splitSentences('Biegun sagte: „Nein.“');
  assert.equal(tokenize(sentences), tokenize(sentences));
  assert.deepEqual(
    tokenize(sentences).map((t) => t.text),
    ['Biegun', 'sagte', ':', '„', 'Nein', '.', '“'],
  );
});
