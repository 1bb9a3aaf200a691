/**
 * Which pronouns people/ tied to a person speak for that person in a quote (src/text/quotes/context.ts):
 * none after a paragraph break from the person's last name. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct } from '../../support/quotes.ts';

describe('a pronoun and the paragraph its person was named in', () => {
  it('"X sprach in Berlin. ¶ Er sagte: „…“" -> nobody: a new paragraph ends what the text was speaking of', () => {
    assert.deepEqual(direct('Markus Weber sprach am Montag in Berlin.\n\nEr sagte: „Wir bauen weiter.“'), [[null, 'Wir bauen weiter.']]);
  });

  it('in the same paragraph the pronoun still speaks for the person: "X sprach in Berlin. Er sagte: „…“" -> X', () => {
    assert.deepEqual(direct('Markus Weber sprach am Montag in Berlin. Er sagte: „Wir bauen weiter.“'), [['Markus Weber', 'Wir bauen weiter.']]);
  });

  it('a name in the new paragraph before the pronoun counts: "¶ X kam. Er sagte: „…“" -> X', () => {
    assert.deepEqual(direct('Die Sitzung begann.\n\nMarkus Weber kam spät. Er sagte: „Wir bauen weiter.“'), [['Markus Weber', 'Wir bauen weiter.']]);
  });
});
