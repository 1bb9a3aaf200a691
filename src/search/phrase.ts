/**
 * Exact phrases: the query's words next to each other in the article, as in the query
 * ("Kim Jong Un" in "Machthaber Kim Jong-un"; stopwords keep their gap: "Tag der Arbeit").
 */
import type { Analyser } from './analyser.ts';
import { WORD } from './fold.ts';
import { matchKind } from './match.ts';
import type { QueryWord } from './types.ts';

/**
 * Whether a text contains the query words in order, at the query's distances.
 * @example containsPhrase(analyser, "Machthaber Kim Jong-un", words) // true for "Kim Jong Un"
 */
export function containsPhrase(analyser: Analyser, text: string, words: QueryWord[], masksOf = new Map<string, number>()): boolean {
  if (words.length < 2 || words.length > 30) return false;
  const first = words[0]!.position;
  const offsets = words.map((w) => w.position - first);
  const span = offsets.at(-1)! + 1;
  // masks[p % span]: which query words the word at position p matches (bit i = word i)
  const masks = new Uint32Array(span);
  const words_ = new RegExp(WORD.source, 'gu');
  let position = 0;
  for (let match = words_.exec(text); match; match = words_.exec(text), position++) {
    let mask = masksOf.get(match[0]);
    if (mask === undefined) {
      mask = maskOf(analyser, match[0], words);
      masksOf.set(match[0], mask);
    }
    masks[position % span] = mask;
    // the phrase ends here if word i sat at position - span + 1 + offsets[i] for every i
    const start = position - span + 1;
    if (start >= 0 && offsets.every((offset, i) => (masks[(start + offset) % span]! & (1 << i)) !== 0)) return true;
  }
  return false;
}

// which query words a raw word matches exactly or as part of a compound (bit i = word i)
function maskOf(analyser: Analyser, raw: string, words: QueryWord[]): number {
  const word = analyser.word(raw);
  let mask = 0;
  if (!word) return mask;
  for (let i = 0; i < words.length; i++) {
    const kind = matchKind(word, words[i]!.word);
    if (kind === 'exact' || kind === 'inside') mask |= 1 << i;
  }
  return mask;
}

/**
 * Set `phrase` on the documents whose text contains the query as a phrase.
 * @example findPhrases(analyser, docs.slice(0, 30), words, (id) => textOf(id))
 */
export function findPhrases(analyser: Analyser, docs: { id: string; phrase: boolean }[], words: QueryWord[], textOf: (id: string) => string | undefined): void {
  const masks = new Map<string, number>();
  for (const doc of docs) {
    const text = textOf(doc.id);
    if (text) doc.phrase = containsPhrase(analyser, text, words, masks);
  }
}
