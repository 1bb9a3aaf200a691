import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isChineseSurname, isKoreanGivenName, isKoreanSyllable, isPinyinGivenName, koreanSurname } from '../../../src/text/lexicon/shapes.ts';
import { roleWord, displayRole } from '../../../src/text/lexicon/role-words.ts';

test('Korean family names, with short ones marked weak', () => {
  assert.equal(koreanSurname('Kim'), 'strong');
  assert.equal(koreanSurname('Choe'), 'strong');
  assert.equal(koreanSurname('So'), 'weak');
  assert.equal(koreanSurname('Trump'), undefined);
});

test('romanised Korean syllables and hyphenated given names', () => {
  for (const s of ['Jong', 'Un', 'Hui', 'Kyung', 'Hoon', 'Sei']) assert.ok(isKoreanSyllable(s), s);
  assert.ok(!isKoreanSyllable('Sanktionen'));
  assert.ok(isKoreanGivenName('Do-hoon'));
  assert.ok(isKoreanGivenName('Jong-un'));
  assert.ok(!isKoreanGivenName('Nord-Süd-Gipfel'));
});

test('Chinese family names and pinyin given names', () => {
  assert.ok(isChineseSurname('Li'));
  assert.ok(isPinyinGivenName('Hongzhong'));
  assert.ok(isPinyinGivenName('Jinping'));
  assert.ok(!isPinyinGivenName('Regierung'));
});

test('title words are recognised by their head in any compound', () => {
  assert.equal(roleWord('US-Vizeaußenminister')?.head, 'minister');
  assert.equal(roleWord('Chefnuklearunterhändler')?.head, 'unterhändler');
  assert.equal(roleWord('Vizeaußenministerin')?.gender, 'female');
  assert.equal(roleWord('US-Präsidenten')?.base, 'US-Präsident');
  assert.equal(roleWord('Außenministerium'), undefined);
  assert.equal(roleWord('Marktführer'), undefined);
});

test('adjectival titles take the ending of the person', () => {
  const role = roleWord('US-Sondergesandte')!;
  assert.equal(displayRole(role, 'male'), 'US-Sondergesandter');
  assert.equal(displayRole(role, 'female'), 'US-Sondergesandte');
});
