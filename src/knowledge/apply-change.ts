/**
 * Apply one corpus change to the knowledge without blocking the event loop for long: a large
 * article's facts are extracted on a worker thread (Slack requests are still acked meanwhile), a
 * small one's in place (a worker's start-up would cost more).
 */
import type { Article } from '../corpus/article.ts';
import type { CorpusChange } from '../corpus/watch.ts';
import { extractInParallel } from './facts/parallel.ts';
import type { KnowledgeBase } from './knowledge-base.ts';

/** Articles at least this long (characters) are extracted on a worker thread (~0.1 s in place). */
export const LARGE_ARTICLE_CHARS = 100_000;

/**
 * Apply an upsert or removal (a warning changes nothing). Resolves once the knowledge has it.
 * @example await applyChange(knowledge, { kind: "upsert", article })
 */
export async function applyChange(knowledge: KnowledgeBase, change: CorpusChange, largeChars = LARGE_ARTICLE_CHARS): Promise<void> {
  if (change.kind === 'remove') knowledge.remove(change.id);
  else if (change.kind === 'upsert') await upsert(knowledge, change.article, largeChars);
}

async function upsert(knowledge: KnowledgeBase, article: Article, largeChars: number): Promise<void> {
  if (article.body.length < largeChars) return knowledge.upsert(article);
  const extracted = await extractInParallel([article], 1).catch(() => undefined);
  // (a worker that failed, e.g. out of its heap: extract in place rather than lose the article)
  if (extracted?.[0]) await knowledge.upsertExtracted(article, extracted[0]);
  else knowledge.upsert(article);
}
