/**
 * Speakerless direct quotes inherit a speaker (src/text/quotes/inherit.ts): here the quote that runs on
 * over a paragraph break. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { direct } from '../../support/quotes.ts';

describe('a quote running on over a paragraph break', () => {
  it('a paragraph that is one quote continues the quote ending the paragraph before', () => {
    const quotes = direct('Markus Weber kritisierte die Regierung. „Die Politik ist unfair.“\n\n„Wir hoffen auf Einsicht. Sonst klagen wir.“\n\nDie Regierung schwieg.');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[1], ['Markus Weber', 'Wir hoffen auf Einsicht. Sonst klagen wir.']);
  });

  it('not when the paragraph before ends with words after its quote ("„…“, sagte X.")', () => {
    const quotes = direct('„Die Politik ist unfair“, sagte Markus Weber.\n\n„Wir hoffen auf Einsicht.“');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[1], [null, 'Wir hoffen auf Einsicht.']);
  });

  it('not when the quote is only part of its paragraph: the words after it may name another speaker', () => {
    const quotes = direct('Markus Weber kritisierte die Regierung. „Die Politik ist unfair.“\n\n„Wir hoffen auf Einsicht.“ Das sagte Anna Roth.');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[1], ['Anna Roth', 'Wir hoffen auf Einsicht.']);
  });

  it('not across a paragraph of other text', () => {
    const quotes = direct('Markus Weber kritisierte die Regierung. „Die Politik ist unfair.“\n\nDie Regierung schwieg.\n\n„Wir hoffen auf Einsicht.“');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[1], [null, 'Wir hoffen auf Einsicht.']);
  });

  it('in one paragraph as before: "„…“, sagte X. „…“"', () => {
    const quotes = direct('„Die Politik ist unfair“, sagte Markus Weber. „Wir hoffen auf Einsicht.“');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[1], ['Markus Weber', 'Wir hoffen auf Einsicht.']);
  });
});

describe('a paragraph-only quote that is no continuation (review rv10)', () => {
  it("a question alone in its paragraph is an interviewer's, not the speaker's before it", () => {
    const quotes = direct('Markus Weber sagte zu Beginn: „Ich bin froh, hier zu sein.“\n\n„Herr Weber, wie geht es weiter?“\n\n„Wir verhandeln.“');
    assert.equal(quotes.length, 3);
    assert.deepEqual(quotes[1], [null, 'Herr Weber, wie geht es weiter?']);
    // the answer follows a quote with no speaker: nothing to continue
    assert.deepEqual(quotes[2], [null, 'Wir verhandeln.']);
  });

  it('a quote with no closing punctuation is a heading-like line, not part of the speech', () => {
    const quotes = direct('Markus Weber sagte am Montag: „Die Gespräche sind gescheitert.“\n\n„Wir bedauern das“\n\nTokio reagierte verhalten.');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[1], [null, 'Wir bedauern das']);
  });

  it('a statement or an exclamation alone in its paragraph still continues', () => {
    const quotes = direct('Markus Weber sagte: „Die Politik ist unfair.“\n\n„Das lassen wir uns nicht gefallen!“');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[1], ['Markus Weber', 'Das lassen wir uns nicht gefallen!']);
  });
});

// Found by the rv10 review (wrong on quotes6 e6f9949).
describe('a paragraph-only quote attributed in the paragraph after it', () => {
  it('"„Wir nicht.“" then "Das teilte die Gegenseite mit.": the next paragraph points back, so the speaker before is not continued', () => {
    const quotes = direct('Markus Weber sagte: „Wir sind bereit.“\n\n„Wir nicht.“\n\nDas teilte die Gegenseite mit.');
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[1], [null, 'Wir nicht.']);
  });
});
