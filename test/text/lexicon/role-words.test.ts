/**
 * Title heads of role-words.ts added in the roles5 round: "-befehlshaber", "-star" (a neutral head:
 * said of women too, so no gender, not even in the genitive). Words written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roleWord } from '../../../src/text/lexicon/role-words.ts';

test('"-befehlshaber" is a title head, with its genitive and its feminine form', () => {
  assert.deepEqual(roleWord('Oberbefehlshabers'), { base: 'Oberbefehlshaber', head: 'befehlshaber', gender: 'male', adjectival: false });
  assert.equal(roleWord('Armeebefehlshaberin')?.gender, 'female');
});

test('"-star" is a title head that shows no gender, also in the genitive ("des Broadway-Stars")', () => {
  assert.deepEqual(roleWord('Broadway-Stars'), { base: 'Broadway-Star', head: 'star', gender: 'unknown', adjectival: false });
  assert.equal(roleWord('Filmstar')?.gender, 'unknown');
  // other genitives keep the masculine they show
  assert.equal(roleWord('Kanzlers')?.gender, 'male');
});

test('words that only contain "star" or "befehl" are no titles', () => {
  for (const w of ['Start', 'Startup', 'Starkoch', 'Befehl', 'Befehls', 'Stare']) assert.equal(roleWord(w), undefined, w);
});
