/**
 * Exact phrases: the query's words next to each other in the article, as in the query
 * ("Kim Jong Un" in "Machthaber Kim Jong-un"; stopwords keep their gap: "Tag der Arbeit").
 */
import type { Analyser, AnalysedToken } from './analyser.ts';
import { matchKind } from './match.ts';
import type { QueryWord } from './resolve.ts';

/**
 * Whether the tokens contain the query words in order, at the query's distances.
 * @example containsPhrase(analyser.tokens("Machthaber Kim Jong-un"), words) // true for "Kim Jong Un"
 */
export function containsPhrase(tokens: AnalysedToken[], words: QueryWord[]): boolean {
  if (words.length < 2 || tokens.length === 0) return false;
  const at = new Map<number, AnalysedToken>();
  for (const token of tokens) at.set(token.position, token);
  const first = words[0]!;
  return tokens.some((token) => words.every((word) => {
    const other = at.get(token.position + word.position - first.position);
    const kind = other ? matchKind(other.word, word.word) : null;
    return kind === 'exact' || kind === 'inside';
  }));
}

/**
 * Set `phrase` on the documents whose text contains the query as a phrase.
 * @example findPhrases(analyser, docs.slice(0, 60), words, (id) => textOf(id))
 */
export function findPhrases(analyser: Analyser, docs: { id: string; phrase: boolean }[], words: QueryWord[], textOf: (id: string) => string | undefined): void {
  for (const doc of docs) {
    const text = textOf(doc.id);
    if (text) doc.phrase = containsPhrase(analyser.tokens(text), words);
  }
}
