/**
 * Building a knowledge base from a set of articles: in place, or with the facts extracted on
 * worker threads while this thread builds the search index.
 */
import type { Article } from '../corpus/article.ts';
import { defaultWorkers, extractInParallel } from './facts/parallel.ts';
import { KnowledgeBase } from './knowledge-base.ts';
import { nextTurn } from '../common/next-turn.ts';

/** Below this many articles, starting workers (each loads the lexicons) costs more than it saves. */
const MIN_PARALLEL = 500;

/**
 * Build the knowledge for a set of articles.
 * @example const knowledge = buildKnowledge(corpus.articles)
 */
export function buildKnowledge(articles: Article[]): KnowledgeBase {
  const knowledge = new KnowledgeBase();
  for (const article of articles) knowledge.upsert(article);
  knowledge.seal();
  return knowledge;
}

/**
 * `buildKnowledge` for a whole corpus, with the facts extracted on worker threads (one per core)
 * while this thread builds the search index: the same knowledge, sooner. Small corpora, or a
 * worker that fails, are extracted in place.
 * @example const knowledge = await buildKnowledgeInParallel(corpus.articles)
 */
export async function buildKnowledgeInParallel(articles: Article[], workers = defaultWorkers(), minArticles = MIN_PARALLEL): Promise<KnowledgeBase> {
  if (workers < 2 || articles.length < minArticles) return buildKnowledge(articles);
  const extraction = extractInParallel(articles, workers).catch(() => undefined);
  const knowledge = new KnowledgeBase();
  for (const [i, article] of articles.entries()) {
    knowledge.addIndexed(article);
    // let the workers' answers in now and then, so they are never short of work
    if (i % 200 === 199) await nextTurn();
  }
  const extracted = await extraction;
  for (const [i, article] of articles.entries()) knowledge.completeExtraction(article, extracted?.[i]);
  knowledge.seal();
  return knowledge;
}
