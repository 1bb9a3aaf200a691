/**
 * "Quelle zeigen": a cited passage with the sentences around it, so a journalist can check the
 * context before using it.
 */
import { citationOf } from '../corpus/article.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import { tokenize } from '../search/analyser.ts';
import { errorAnswer } from './answer.ts';
import type { KnowledgeView } from '../knowledge/view.ts';
import type { ErrorAnswer, SourceAnswer } from './types.ts';

/** Sentences shown before and after the passage. */
export const CONTEXT_SENTENCES = 2;

/**
 * The passage of article `id` that best matches `text`, with its neighbours.
 * @example sourceAnswer(knowledge, "003_…", "Biegun sagte …", "de").passage // "Biegun sagte …"
 */
export function sourceAnswer(knowledge: KnowledgeView, id: string, text: string, lang: Lang): SourceAnswer | ErrorAnswer {
  const article = knowledge.article(id);
  const sentences = knowledge.sentencesOf(id);
  const query = `source ${id}`;
  if (!article || !sentences || sentences.length === 0) return errorAnswer(query, lang, messagesFor(lang).sourceGone, []);
  const wanted = new Set(tokenize(text));
  let best = 0;
  let bestScore = -1;
  sentences.forEach((sentence, index) => {
    const score = sentence.text.includes(text.slice(0, 80)) ? Number.MAX_SAFE_INTEGER : tokenize(sentence.text).filter((t) => wanted.has(t)).length;
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return {
    kind: 'source',
    query,
    lang,
    article: citationOf(article),
    before: sentences.slice(Math.max(0, best - CONTEXT_SENTENCES), best).map((s) => s.text),
    passage: sentences[best]!.text,
    after: sentences.slice(best + 1, best + 1 + CONTEXT_SENTENCES).map((s) => s.text),
  };
}
