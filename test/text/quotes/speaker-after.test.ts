/**
 * The speaker a cue after a direct quote names (src/text/quotes/speaker-after.ts). Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { insideMarks } from '../../../src/text/quotes/direct.ts';
import { findMarked } from '../../../src/text/quotes/marks.ts';
import { after } from '../../../src/text/quotes/speaker-after.ts';
import { contextOf } from '../../support/quotes.ts';

/** `after` for the first closing mark of `text`. */
function speakerAfter(text: string): string | null | undefined {
  const { ctx, at } = contextOf(text);
  return after(ctx, at('“'), insideMarks(ctx, findMarked(text)));
}

describe('after', () => {
  it('"„…“, sagte X" and "„…“, hatte X … erklärt" name X', () => {
    assert.equal(speakerAfter('„Wir kommen“, sagte Anna Roth am Montag.'), 'Anna Roth');
    assert.equal(speakerAfter('„Wir kommen“, hatte Anna Roth in einem Interview erklärt.'), 'Anna Roth');
  });

  it('"„…“, heißt es in einer Erklärung von X" names the sayer of the words the phrase names', () => {
    assert.equal(speakerAfter('„Wir kommen“, heißt es in einer Erklärung von Anna Roth.'), 'Anna Roth');
  });

  it('a passive names the one spoken to as nobody: "„…“ wurde X begrüßt"', () => {
    assert.notEqual(speakerAfter('„Willkommen“ wurde Anna Roth am Tor begrüßt.'), 'Anna Roth');
  });

  it('undefined when no cue follows the quote', () => {
    assert.equal(speakerAfter('„Wir kommen“ ist ein Lied von Anna Roth.'), undefined);
  });
});
