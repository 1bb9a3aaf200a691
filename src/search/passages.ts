/**
 * The best passages of an article for a query: its sentences that match the most query words,
 * with the matching words as character ranges for the renderer to mark.
 */
import type { Analyser } from './analyser.ts';
import { WORD } from './fold.ts';
import { matchKind } from './match.ts';
import type { QueryWord } from './types.ts';

/** A sentence (possibly shortened with "…") and the ranges `[start, end)` of matching words. */
export interface Passage {
  text: string;
  highlights: [number, number][];
}

/** Longest passage, in characters. */
export const MAX_PASSAGE_LENGTH = 320;

interface Scored extends Passage {
  index: number;
  score: number;
}

/**
 * Up to `max` best sentences, in the order they appear in the article.
 * @example bestPassages(analyser, sentences, words, 2)[0].highlights // [[14, 20]]
 */
export function bestPassages(analyser: Analyser, sentences: { text: string }[], words: QueryWord[], max = 2): Passage[] {
  const scored: Scored[] = [];
  const pattern = new RegExp(WORD.source, 'gu');
  sentences.forEach((sentence, index) => {
    const highlights: [number, number][] = [];
    const found = new Set<number>();
    let exact = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentence.text); match; match = pattern.exec(sentence.text)) {
      const word = analyser.word(match[0]);
      if (!word) continue;
      for (let w = 0; w < words.length; w++) {
        const kind = matchKind(word, words[w]!.word);
        if (!kind) continue;
        if (highlights.at(-1)?.[0] !== match.index) highlights.push([match.index, match.index + match[0].length]);
        found.add(w);
        if (kind === 'exact') exact++;
      }
    }
    if (found.size > 0) scored.push({ text: sentence.text, highlights, index, score: found.size * 100 + Math.min(exact, 10) * 5 - index * 0.01 });
  });
  scored.sort((a, b) => b.score - a.score);
  return scored
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
    .map(shorten);
}

/**
 * Cut a long passage around its first highlight, at word boundaries, marking cuts with "…".
 * @example shorten({ text: "x".repeat(500), highlights: [] }).text.length // 321
 */
export function shorten(passage: Passage): Passage {
  const { text, highlights } = passage;
  if (text.length <= MAX_PASSAGE_LENGTH) return { text, highlights };
  const focus = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(focus - 80, text.length - MAX_PASSAGE_LENGTH));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + MAX_PASSAGE_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end).trim()}${suffix}`,
    highlights: highlights.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}
