/**
 * A spokesperson's title ("der Polizeisprecher") stands for the person named before only when the
 * text gives that person the title next to the name. Sentences written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sourced } from '../../support/quotes.ts';

describe('a spokesperson described by title', () => {
  it('"X wurde festgenommen. Der Polizeisprecher sagte: „…“" -> the spokesperson speaks, not X', () => {
    const quotes = sourced('Markus Weber wurde am Montag festgenommen. Der Polizeisprecher sagte: „Wir ermitteln weiter.“');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]![0], null);
    assert.equal(quotes[0]![2], 'Wir ermitteln weiter.');
  });

  it('after the quote too: "„…“, sagte die Sprecherin" after a woman named as the news is nobody named', () => {
    const quotes = sourced('Anna Roth wurde verhaftet. „Wir ermitteln weiter“, sagte die Sprecherin.');
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]![0], null);
  });

  it('a title the text gives the name before ("Polizeisprecher X", "X, Sprecher der Polizei") still stands for X', () => {
    assert.deepEqual(sourced('Polizeisprecher Markus Weber trat vor die Presse. Der Polizeisprecher sagte: „Wir ermitteln weiter.“'), [['Markus Weber', undefined, 'Wir ermitteln weiter.']]);
    assert.deepEqual(sourced('Markus Weber, Sprecher der Polizei, trat vor die Presse. „Wir ermitteln weiter“, sagte der Sprecher.'), [['Markus Weber', undefined, 'Wir ermitteln weiter']]);
  });

  it('other titles keep referring back to the one person named ("Die Schauspielerin sagte" after an actress)', () => {
    assert.deepEqual(sourced('Uschi Berg vertreibt eine Creme. Nun sagte die Schauspielerin: „Ich klage.“'), [['Uschi Berg', undefined, 'Ich klage.']]);
  });
});
