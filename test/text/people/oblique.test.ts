/**
 * Oblique title phrases (oblique.ts): which dative, accusative and genitive forms are read as one
 * person of one gender. The sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLexicon, roleWord, splitSentences, tokenize } from '../../../src/text/lexicon/index.ts';
import { obliqueGender, obliquePhraseAt } from '../../../src/text/people/oblique.ts';
import { renderRole } from '../../../src/text/people/roles.ts';

const lex = defaultLexicon();
const tokens = (text: string) => tokenize(splitSentences(text));

/** The title read at the first token that is `article`, rendered for its own gender. */
function phrase(text: string, article: string): string | undefined {
  const ts = tokens(text);
  const i = ts.findIndex((t) => t.text === article);
  assert.ok(i >= 0, `no "${article}" in ${text}`);
  const role = obliquePhraseAt(ts, i, lex);
  return role && `${renderRole(role, role.gender)} (${role.gender})`;
}

test('the feminine dative or genitive "der" + a feminine title is one woman', () => {
  assert.equal(phrase('Der Ex-Ministerpräsidentin wird vorgeworfen, gelogen zu haben.', 'Der'), 'Ex-Ministerpräsidentin (female)');
  assert.equal(phrase('Man dankte der neuen Ministerin.', 'der'), 'neue Ministerin (female)');
});

test('"dem", "den", "des" + a masculine title in its singular form are one man', () => {
  assert.equal(phrase('Man dankte dem Minister.', 'dem'), 'Minister (male)');
  assert.equal(phrase('Man wählte den Präsidenten ab.', 'den'), 'Präsident (male)');
  assert.equal(phrase('Der Rücktritt des 60-jährigen Wirtschaftsministers kam überraschend.', 'des'), 'Wirtschaftsminister (male)');
  assert.equal(phrase('Die Rede des bisherigen Vorsitzenden war kurz.', 'des'), 'bisheriger Vorsitzender (male)');
  assert.equal(phrase('Der Tod des 32 Jahre alten Trainers erschütterte alle.', 'des'), 'Trainer (male)');
});

test('no phrase for a plural, a case the article does not allow, a masculine "der", or a name after the title', () => {
  assert.equal(phrase('Man dankte den Ministern.', 'den'), undefined);
  assert.equal(phrase('Man dankte den Organisatoren.', 'den'), undefined);
  assert.equal(phrase('Die Stimmen der Vorsitzenden zählten doppelt.', 'der'), undefined);
  assert.equal(phrase('Die Fotos der Minister lagen vor.', 'der'), undefined);
  assert.equal(phrase('Man dankte dem Präsidenten Karl Weber.', 'dem'), undefined);
  // a capitalised word after the title may be a surname that is also a noun
  assert.equal(phrase('Das Amt bestätigte dem Abgeordneten Montag, dass er auf der Liste stehe.', 'dem'), undefined);
  assert.equal(phrase('Man dankte dem Haus.', 'dem'), undefined);
});

test('obliqueGender: the forms of weak, strong and adjectival titles', () => {
  const minister = roleWord('Minister')!;
  const praesident = roleWord('Präsident')!;
  const vorsitzende = roleWord('Vorsitzende')!;
  assert.equal(obliqueGender('des', minister, 'Ministers'), 'male');
  assert.equal(obliqueGender('des', praesident, 'Präsidenten'), 'male');
  assert.equal(obliqueGender('dem', vorsitzende, 'Vorsitzenden'), 'male');
  assert.equal(obliqueGender('den', minister, 'Ministern'), undefined);
  assert.equal(obliqueGender('des', minister, 'Minister'), undefined);
  assert.equal(obliqueGender('der', vorsitzende, 'Vorsitzenden'), undefined);
  assert.equal(obliqueGender('der', minister, 'Minister'), undefined);
});
