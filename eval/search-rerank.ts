/**
 * Re-ranking signals for the "second article on the same story" case, measured on the title-less
 * dev half only (docs/search.md, sixth round): the best 20 of `rankSearch` re-scored from the
 * stored text, score x (1 + w x share of the query words, names double, matched in the lead or in
 * the best proximity window), exact phrases first. Prints dev MRR@10 per variant; the held-out
 * half is never ranked here.
 *   npx tsx eval/search-rerank.ts '{"w":0}' '{"w":0.1,"n":2}' '{"w":0.25,"win":10}'
 * n: sentences of the lead (default 2); win: window in words instead of the lead (0: the lead).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rankSearch } from '../src/answers/search.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildKnowledge } from '../src/knowledge/build.ts';
import type { AnalysedToken } from '../src/search/analyser.ts';
import { matchKind } from '../src/search/match.ts';
import type { QueryWord } from '../src/search/types.ts';
import { isDev, scoreRanking, titleless } from './search.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * The query words' weight (names 2, others 1) matched in the tokens, each word once; with a
 * window, the most matched inside any `window` consecutive tokens.
 * @example matchedWeight(tokens, words, 0) // 3 when a name and a word occur
 */
export function matchedWeight(tokens: readonly AnalysedToken[], words: readonly QueryWord[], window: number): number {
  const hit = tokens.map((t) => words.findIndex((word) => matchKind(t.word, word.word) !== null));
  const weigh = (seen: Set<number>) => [...seen].reduce((sum, k) => sum + (words[k]!.name ? 2 : 1), 0);
  if (window <= 0) return weigh(new Set(hit.filter((k) => k >= 0)));
  let best = 0;
  for (let i = 0; i < tokens.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < Math.min(tokens.length, i + window); j++) if (hit[j]! >= 0) seen.add(hit[j]!);
    best = Math.max(best, weigh(seen));
  }
  return best;
}

async function main(): Promise<void> {
  const shared = (await loadCorpus(join(ROOT, '../shared/corpora/wikinews-de/articles'))).articles;
  const articles = [...(await loadCorpus(join(ROOT, 'corpus'))).articles, ...shared];
  const stripped = titleless(articles, new Set(shared.map((a) => a.id)));
  const bare = buildKnowledge(stripped.articles);
  const dev = stripped.queries.filter(isDev);
  const analyser = bare.analyser();
  for (const arg of process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['{"w":0}']) {
    const { w, n, win } = { w: 0, n: 2, win: 0, ...(JSON.parse(arg) as { w?: number; n?: number; win?: number }) };
    let rr = 0;
    for (const judged of dev) {
      const ranking = rankSearch(bare, judged.query, 20);
      const full = ranking.words.reduce((sum, word) => sum + (word.name ? 2 : 1), 0) || 1;
      const rescored = ranking.docs.map((doc, i) => {
        if (w === 0) return { doc, score: -i };
        const sentences = bare.sentencesOf(doc.id) ?? [];
        const tokens = analyser.tokens((win > 0 ? sentences : sentences.slice(0, n)).map((s) => s.text).join(' '));
        return { doc, score: doc.score * (1 + (w * matchedWeight(tokens, ranking.words, win)) / full) };
      });
      rescored.sort((a, b) => Number(b.doc.phrase) - Number(a.doc.phrase) || b.score - a.score);
      rr += scoreRanking(
        rescored.map((x) => x.doc.id),
        judged.relevant,
      ).rr;
    }
    console.log(`${arg}\tdev MRR@10 ${(rr / dev.length).toFixed(4)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
