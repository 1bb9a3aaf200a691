/**
 * Names that open with initials (initials.ts) and the full name they abbreviate (collect.ts). The
 * sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aliasesAndRolesByName as people } from '../../support/people-roles.ts';

test('initials and a surname are a name, with the tokenizer\'s "C.Y." too; the surname alone refers back', () => {
  const found = people('Als Macaus Chief Executive D.K. Tanlong am Sonntag sprach, lachte er. Als Verwaltungschef kann Tanlong wenig tun.');
  assert.deepEqual(Object.keys(found), ['D.K. Tanlong']);
  assert.deepEqual(found['D.K. Tanlong']!.roles, ['Verwaltungschef']);
  assert.deepEqual(Object.keys(people('Das Buch von J. K. Merrow erschien.')), ['J. K. Merrow']);
});

test('an initials form joins the full name it abbreviates', () => {
  const found = people('Wir sprachen mit Robert Kelmbach. R. Kelmbach: Ich bin Professor.');
  assert.deepEqual(Object.keys(found), ['Robert Kelmbach']);
  assert.deepEqual(found['Robert Kelmbach']!.aliases, ['R. Kelmbach']);
});

test('no name after an article, from the middle of initials, before another capitalised word, or with a noun', () => {
  assert.deepEqual(people('Er spielt beim F.C. Hansa.'), {});
  assert.deepEqual(people('Er kaufte bei A.B. Tanlong Holding.'), {});
  assert.deepEqual(people('Er nannte es A. Haus.'), {});
});
