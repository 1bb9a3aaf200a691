/**
 * The bot core over a knowledge base: what every adapter (Slack, console) calls.
 */
import { answer } from './answers/answer.ts';
import type { KnowledgeView as Knowledge } from './knowledge/view.ts';
import { sourceAnswer } from './answers/source.ts';
import type { DigestService } from './digest/service.ts';
import type { Lang } from './i18n/messages.ts';
import type { BotMetrics } from './metrics.ts';
import type { BotCore } from './slack/core.ts';

/**
 * Bind the answers to a knowledge base that may change underneath (the watcher updates it in place).
 * @example const core = createCore(knowledge, "de", digestService); core.answer("who Biegun")
 */
export function createCore(knowledge: Knowledge, lang: Lang, digests?: DigestService, metrics?: Pick<BotMetrics, 'answer'>): BotCore {
  const core: BotCore = {
    lang,
    answer: (text, options) => {
      const started = performance.now();
      const result = answer(knowledge, text, { lang, ...options });
      metrics?.answer(result.kind, (performance.now() - started) / 1000);
      return result;
    },
    source: (id, text, answerLang) => sourceAnswer(knowledge, id, text, answerLang),
    articleCount: () => knowledge.articleCount(),
    archive: () => {
      const newest = knowledge.articlesByDate().at(-1);
      return {
        articles: knowledge.articleCount(), merging: knowledge.isUpdating(),
        ...(newest ? { newest: { title: newest.title, date: newest.date.value } } : {}),
        ...(knowledge.updatedAt() ? { updatedAt: knowledge.updatedAt()! } : {}),
      };
    },
  };
  if (digests) core.digest = (text, target) => digests.handle(text, target);
  return core;
}
