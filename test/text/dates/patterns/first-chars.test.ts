import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstChars, gated } from '../../../../src/text/dates/patterns/first-chars.ts';
import { ALL_PATTERNS } from '../../../../src/text/dates/patterns/index.ts';

/** Every match of a global regex: where, what, and the named groups. */
function matches(regex: RegExp, text: string): string[] {
  return [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
}

test('the first characters of a pattern behind a look-behind', () => {
  assert.equal(firstChars('(?<![\\p{L}\\p{N}])[Vv]or\\s+\\d+'), 'Vv');
});

test('optional parts add their first characters to what follows', () => {
  assert.equal(firstChars('(?:Anfang\\s+)?\\d{4}'), 'A\\d');
  assert.equal(firstChars('(?<mod>Ende|Mitte)?\\s*Mai'), 'EM\\s');
});

test('alternatives each add theirs', () => {
  assert.equal(firstChars('heute|[Gg]estern|(?<n>\\d)'), 'hGg\\d');
});

test('look-arounds and anchors match no character', () => {
  assert.equal(firstChars('^(?=ab)(?<!x)(?!c)b'), 'b');
});

test('nothing to tell: a match that may be empty, or may start with any character', () => {
  assert.equal(firstChars('a?'), undefined);
  assert.equal(firstChars('(?:x|.)y'), undefined);
  assert.equal(firstChars('[^a]b'), undefined);
  assert.equal(firstChars('(a)\\1'), 'a');
  assert.equal(firstChars('(a)?\\1a'), undefined);
  assert.equal(firstChars('\\k<x>(?<x>a)'), undefined);
});

test('a literal dash at the end of a class stays a literal when classes are joined', () => {
  const regex = gated(/(?:[a-]|z)x/gu);
  assert.deepEqual(matches(regex, 'ax -x zx bx'), ['0:ax:{}', '3:-x:{}', '6:zx:{}']);
});

test('special characters are escaped in the look-ahead', () => {
  const regex = gated(/(?:\^|\]|-|\\)\d/gu);
  assert.deepEqual(matches(regex, '^1 ]2 -3 \\4 a5'), ['0:^1:{}', '3:]2:{}', '6:-3:{}', '9:\\4:{}']);
});

test('a gated regex keeps flags and matches what the original matches', () => {
  const text = 'Am 27. Juli 1953, Ende Februar 2019 und vor drei Jahren; heute Abend, im Sommer 1999 (1950–53).';
  for (const pattern of ALL_PATTERNS) {
    const regex = gated(pattern.regex);
    assert.equal(regex.flags, pattern.regex.flags);
    assert.deepEqual(matches(regex, text), matches(new RegExp(pattern.regex.source, pattern.regex.flags), text), pattern.name);
  }
});

test('every date pattern gets a look-ahead', () => {
  for (const pattern of ALL_PATTERNS) assert.ok(gated(pattern.regex).source.startsWith('(?=['), pattern.name);
});

test('case-insensitive regexes are left as they are', () => {
  assert.equal(gated(/heute/giu).source, 'heute');
});
