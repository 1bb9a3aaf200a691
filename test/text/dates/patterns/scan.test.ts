import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_PATTERNS } from '../../../../src/text/dates/patterns/index.ts';
import { type Pattern, re, runPattern } from '../../../../src/text/dates/patterns/pattern.ts';
import { Scanner } from '../../../../src/text/dates/patterns/scan.ts';

const scanner = new Scanner(ALL_PATTERNS);
const oneByOne = (text: string) => ALL_PATTERNS.map((p) => runPattern(p, text));

/** Words and separators dates are made of, to build many texts from a fixed seed. */
const PIECES = [
  'am',
  'Am',
  'im',
  'seit',
  'bis',
  'vor',
  'Vor',
  'nach',
  'den',
  'der',
  'Ende',
  'Anfang',
  'Mitte',
  'gegen',
  'Gegen',
  'Juli',
  'Mai',
  'März',
  'Sept.',
  'Jan.',
  'August',
  'Sommer',
  'Herbst',
  'Spät',
  'Jahr',
  'Jahres',
  'Jahren',
  'Tage',
  'Tagen',
  'Wochen',
  'Monat',
  'drei',
  'zwei',
  'ein',
  'einem',
  'halbes',
  'später',
  'zuvor',
  'heute',
  'gestern',
  'morgen',
  'Morgen',
  'Abend',
  'Mittwoch',
  'Montagabend',
  'kommenden',
  'vergangenen',
  'desselben',
  'folgenden',
  'Uhr',
  'v.',
  'Chr.',
  'er',
  'Jahre',
  '1953',
  '27.',
  '1.',
  '9.',
  '39',
  '2019',
  '1950',
  '53',
  '12',
  '4:45',
  '16.00',
  '13.000',
  '90er',
  '1970-er',
  'zwanziger',
  'Jh.',
  'Quartal',
  'zweiten',
  'Weihnachten',
  'jetzt',
  'kurz',
  'danach',
  'dreitägige',
  'jahrzehntelang',
  'Nacht',
  'des',
  'vom',
  'auf',
  'zum',
  'Folgetag',
  'tags',
  'darauf',
  'km',
  'Nr.',
];
const GLUE = [' ', ' ', ' ', ', ', '. ', '-', '–', '/', '\u00a0', '\n', '(', ')', '', ' 😀', '𝐀', '„'];

/** A deterministic pseudo-random text (a linear congruential generator). */
function sample(seed: number, length: number): string {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[next(PIECES.length)]! + GLUE[next(GLUE.length)]!;
  return text;
}

test('the scanner finds what each pattern finds on its own, in the same order', () => {
  const texts = [
    'Am 27. Juli 1953 wurde in Panmunjom ein Waffenstillstand unterzeichnet; zwei Tage später kam es zu Gefechten.',
    'Ende Februar 2019 trafen sich Kim und Trump; im Sommer 1999 (1950–53) und vor drei Jahren, heute Abend um 4:45 Uhr.',
    '1953',
    'Mai',
    '2019-03-05',
    '😀2019 und 𝐀1953 sowie\u00a0im\u00a0Mai 2020',
    'IM MAI 2020',
    'im mai 2020',
    '',
  ];
  for (let seed = 1; seed <= 300; seed++) texts.push(sample(seed, 40));
  for (const text of texts) assert.deepEqual(scanner.run(text), oneByOne(text), text);
});

test('a pattern that need not start a word runs over the whole text', () => {
  const inside: Pattern = { name: 'inside', regex: re('ahr'), build: () => ({ type: 'ref', value: 'PAST_REF' }) };
  const [found] = new Scanner([inside]).run('Jahr und Jahre');
  assert.deepEqual(
    found!.map((c) => c.start),
    [1, 10],
  );
});

test('a word-start pattern resumes after its last match, as a global regex does', () => {
  const pair: Pattern = { name: 'pair', regex: re('(?<![\\p{L}\\p{N}])\\d+ \\d+'), build: () => ({ type: 'ref', value: 'PAST_REF' }) };
  const [found] = new Scanner([pair]).run('1 2 3 4 5');
  assert.deepEqual(
    found!.map((c) => [c.start, c.end]),
    [
      [0, 3],
      [4, 7],
    ],
  );
});
