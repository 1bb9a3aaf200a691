/**
 * The bot core over a knowledge base: the one way in for every adapter (Slack, console, CLI,
 * tests). `handle` parses the text once and answers questions, follow-ups, digest commands and
 * the feedback summary alike; the adapter has detected the language and says who asks where.
 */
import { answerQuestion, needsSlack, queryOf } from './answers/answer.ts';
import { detectLanguage, MAX_RAW_INPUT_LENGTH, parseCommand } from './query/index.ts';
import type { KnowledgeView as Knowledge } from './knowledge/view.ts';
import { sourceAnswer } from './answers/source.ts';
import type { BotCore, Context, Reply } from './core-types.ts';
import { digestCommandOf, type DigestService } from './digest/service.ts';
import type { Lang } from './i18n/messages.ts';
import type { BotMetrics } from './metrics.ts';
import type { FeedbackStore } from './store/feedback.ts';
import { feedbackSummary } from './store/feedback-summary.ts';

export type { BotCore, Context, DigestAnswer, FeedbackAnswer, Reply } from './core-types.ts';

/** The stores behind digest commands and the feedback summary; absent: those answer that they need Slack. */
export interface CoreDeps {
  digests?: DigestService;
  feedback?: { store: FeedbackStore; editors: ReadonlySet<string> };
  metrics?: Pick<BotMetrics, 'answer'>;
  clock?: () => Date;
}

/**
 * Bind the answers to a knowledge base that may change underneath (the watcher updates it in place).
 * @example const core = createCore(knowledge, "de", { digests }); await core.handle("who Biegun", { lang: "de" })
 */
export function createCore(knowledge: Knowledge, lang: Lang, deps: CoreDeps = {}): BotCore {
  const clock = deps.clock ?? (() => new Date());
  /** Answer one input; digest commands and the feedback summary are replies like any other. */
  const reply = async (input: string, context: Context): Promise<Reply> => {
    const command = parseCommand(input);
    const query = queryOf(input);
    if (command.kind === 'digest' && deps.digests) {
      const target = context.user && context.channel ? { user: context.user, channel: context.channel } : undefined;
      const digest = await deps.digests.run(digestCommandOf(command.args), target);
      if (digest) return { kind: 'digest', query, lang: context.lang, reply: digest };
    }
    if (command.kind === 'feedback' && deps.feedback && context.private) {
      const editor = context.user !== undefined && deps.feedback.editors.has(context.user);
      return { kind: 'feedback', query, lang: context.lang, summary: editor ? await feedbackSummary(deps.feedback.store, clock()) : null };
    }
    return command.kind === 'digest' || command.kind === 'feedback'
      ? needsSlack(command.kind, query, context.lang)
      : answerQuestion(knowledge, { command, query, lang: context.lang, ...(context.previous ? { previous: context.previous } : {}) });
  };
  // every reply is timed, digests and the feedback summary too
  const handle = async (input: string, context: Context): Promise<Reply> => {
    const started = performance.now();
    const result = await reply(input, context);
    deps.metrics?.answer(result.kind, (performance.now() - started) / 1000);
    return result;
  };
  return {
    lang,
    handle,
    source: (id, text, answerLang) => sourceAnswer(knowledge, id, text, answerLang),
    articleCount: () => knowledge.articleCount(),
    archive: () => {
      const newest = knowledge.newestArticle();
      return {
        articles: knowledge.articleCount(),
        merging: knowledge.isUpdating(),
        ...(newest ? { newest: { title: newest.title, date: newest.date.value } } : {}),
        ...(knowledge.updatedAt() ? { updatedAt: knowledge.updatedAt()! } : {}),
      };
    },
  };
}

/**
 * The language a message is written in, else `fallback`: what adapters put in the context (once per message).
 * @example languageOf("who is Biegun?", "de") // "en"
 * @example languageOf("Kaesong 2019", "de") // "de"
 */
export function languageOf(text: string, fallback: Lang): Lang {
  return detectLanguage(text.slice(0, MAX_RAW_INPUT_LENGTH)) ?? fallback;
}
