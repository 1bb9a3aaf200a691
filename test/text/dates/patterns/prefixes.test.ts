import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldChar, matchPrefixes } from '../../../../src/text/dates/patterns/prefixes.ts';
import { SPACES } from '../../../../src/text/dates/patterns/regex-tree.ts';

const sorted = (list: string[] | undefined) => list && [...list].sort();

test('prefixes spell out the starts of every match, digits as 0 and spaces as " "', () => {
  assert.deepEqual(sorted(matchPrefixes(/(?<![\p{L}\p{N}])[Hh]eute|\d{4}/gu, 3)), ['000', 'Heu', 'heu']);
  assert.deepEqual(sorted(matchPrefixes(/(?:Ende\s+)?Mai/gu, 6)), ['Ende  ', 'Ende M', 'Mai']);
});

test('optional and repeated parts give every possible start', () => {
  assert.deepEqual(sorted(matchPrefixes(/a?b/gu, 2)), ['ab', 'b']);
  assert.deepEqual(sorted(matchPrefixes(/(?:ab){2,}c/gu, 5)), ['ababa', 'ababc']);
  assert.deepEqual(sorted(matchPrefixes(/x[a-c]/gu, 2)), ['xa', 'xb', 'xc']);
});

test('no prefixes when a match can be empty or start with anything', () => {
  assert.equal(matchPrefixes(/a?/gu, 3), undefined);
  assert.equal(matchPrefixes(/\p{L}x/gu, 3), undefined);
  assert.equal(matchPrefixes(/[^a]b/gu, 3), undefined);
  assert.equal(matchPrefixes(/heute/giu, 3), undefined);
});

test('a large class or a back-reference ends a prefix', () => {
  assert.deepEqual(matchPrefixes(/ab\p{L}c/gu, 4), ['ab']);
  assert.deepEqual(matchPrefixes(/(a)b\1c/gu, 4), ['ab']);
});

test('folding matches what \\s and \\d match', () => {
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    if (/\s/u.test(char)) assert.equal(foldChar(char), ' ', `U+${code.toString(16)}`);
    else if (/\d/u.test(char)) assert.equal(foldChar(char), '0');
    else assert.equal(foldChar(char), char);
  }
  assert.equal(SPACES.length, [...SPACES].filter((c) => /\s/u.test(c)).length);
});
