/**
 * The quote pipeline as the bot runs it on a text (sentences, then people, then quotes), for the
 * tests under test/text/quotes: one place instead of a wrapper per test file.
 */
import assert from 'node:assert/strict';
import { defaultLexicon, splitSentences } from '../../src/text/lexicon/index.ts';
import { findPeople } from '../../src/text/people/index.ts';
import { cueTable, findQuotes, type Quote, type QuoteType } from '../../src/text/quotes/index.ts';
import { type QuoteContext, quoteContext } from '../../src/text/quotes/context.ts';

/**
 * Every quote of `text`, in text order.
 * @example quotesOf('„Ja“, sagte Anna Roth.')[0]?.speaker // "Anna Roth"
 */
export function quotesOf(text: string): Quote[] {
  const sentences = splitSentences(text);
  return findQuotes(text, sentences, findPeople(text, sentences));
}

/**
 * Each quote as `[type, speaker, text]`.
 * @example pairs('„Ja“, sagte Anna Roth.') // [["direct", "Anna Roth", "Ja"]]
 */
export function pairs(text: string): Array<[QuoteType, string | null, string]> {
  return quotesOf(text).map((q) => [q.type, q.speaker, q.text]);
}

/**
 * The direct quotes as `[speaker, text]`.
 * @example direct('„Ja“, sagte Anna Roth.') // [["Anna Roth", "Ja"]]
 */
export function direct(text: string): Array<[string | null, string]> {
  return quotesOf(text)
    .filter((q) => q.type === 'direct')
    .map((q) => [q.speaker, q.text]);
}

/**
 * The direct quotes as `[speaker, source, text]`: the source is the organisation or description
 * named instead of a person ("ein Sprecher des Auswärtigen Amts"), else undefined.
 * @example sourced('„Ja“, sagte ein Sprecher des Ministeriums.') // [[null, "ein Sprecher des Ministeriums", "Ja"]]
 */
export function sourced(text: string): Array<[string | null, string | undefined, string]> {
  return quotesOf(text)
    .filter((q) => q.type === 'direct')
    .map((q) => [q.speaker, q.source, q.text]);
}

/**
 * Every quote as `[type, speaker, source, text]`.
 * @example withSources('„Ja“, sagte Anna Roth.') // [["direct", "Anna Roth", undefined, "Ja"]]
 */
export function withSources(text: string): Array<[QuoteType, string | null, string | undefined, string]> {
  return quotesOf(text).map((q) => [q.type, q.speaker, q.source, q.text]);
}

/**
 * The quote context of `text` as findQuotes builds it, and `at(word, nth)`: the index of the word's
 * `nth` token (0 = first), failing the test when it is missing.
 * @example const { ctx, at } = contextOf('„Ja“, sagte Anna Roth.'); at('sagte') // 4
 */
export function contextOf(text: string): { ctx: QuoteContext; at: (word: string, nth?: number) => number } {
  const sentences = splitSentences(text);
  const ctx = quoteContext(text, sentences, findPeople(text, sentences), defaultLexicon(), cueTable());
  const at = (word: string, nth = 0) => {
    const found = ctx.tokens.flatMap((t, i) => (t.text === word ? [i] : []));
    assert.ok(found.length > nth, `no token ${word} (${nth})`);
    return found[nth]!;
  };
  return { ctx, at };
}
