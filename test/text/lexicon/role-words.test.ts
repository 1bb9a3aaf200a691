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

test('the feminine of a head with an "a" takes an umlaut: "Ärztin", "Rechtsanwältin", "Päpstin"', () => {
  assert.deepEqual(roleWord('Ärztin'), { base: 'Ärztin', head: 'arzt', gender: 'female', adjectival: false });
  assert.equal(roleWord('Oberstaatsanwältin')?.gender, 'female');
  assert.equal(roleWord('Chefärztin')?.head, 'arzt');
  // heads with more syllables keep their "a" ("Kanzlerin"); plurals and other words are no titles
  assert.equal(roleWord('Kanzlerin')?.head, 'kanzler');
  for (const w of ['Kanzlärin', 'Ärzten', 'Ärztinnen', 'Anwältinnen']) assert.equal(roleWord(w), undefined, w);
});

test('military ranks before a name are titles; "Major" and "Hauptmann" are not (surnames, "Major League")', () => {
  assert.equal(roleWord('Oberst')?.head, 'oberst');
  assert.equal(roleWord('Oberleutnant')?.head, 'leutnant');
  assert.equal(roleWord('Oberstleutnant')?.head, 'leutnant');
  for (const w of ['Major', 'Hauptmann']) assert.equal(roleWord(w), undefined, w);
});
