/**
 * Feedback on answers, as Slack shows it: the two buttons under an answer, the "Stimmt nicht"
 * modal, and the editors' summary. Pure: what to store comes back as data.
 */
import type { ModalView, KnownBlock } from '@slack/types';
import type { Answer } from '../answers/types.ts';
import { messagesFor, type Lang } from '../i18n/messages.ts';
import type { Feedback, KindCounts, WrongReason } from '../store/feedback.ts';
import { MAX_FEEDBACK_TEXT, WRONG_REASONS } from '../store/feedback.ts';
import { feedbackButtons, type FeedbackAction } from './actions.ts';
import type { ButtonElement, SlackMessage } from './block-types.ts';
import { escapeSlack, plainMrkdwn } from './escape.ts';
import { BLOCK_LIMITS, truncate } from './limits.ts';

/** The modal's callback id, shared with the view_submission handler. */
export const FEEDBACK_CALLBACK_ID = 'korea_feedback';

/** Block and action ids of the modal's inputs. */
export const FEEDBACK_INPUTS = { reason: 'reason', text: 'text' } as const;

/**
 * A stable id for an answer: the same question answered with the same articles gets the same id,
 * so one user has one vote on it (FNV-1a, 2 x 32 bits, hex).
 * @example answerId("who", "who Biegun", ["003"]) // "…16 hex digits…"
 */
export function answerId(kind: string, question: string, cited: string[]): string {
  const text = `${kind}\u0000${question}\u0000${cited.join(',')}`;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The article ids an answer cites, in the order shown. */
export function citedIds(answer: Answer): string[] {
  const ids = (() => {
    switch (answer.kind) {
      case 'search':
        return answer.hits.map((h) => h.id);
      case 'timeline':
        return answer.events.flatMap((e) => e.citations.map((c) => c.id));
      case 'who':
        return answer.person ? answer.person.articles.map((c) => c.id) : (answer.entity?.articles.map((c) => c.id) ?? []);
      case 'source':
        return [answer.article.id];
      case 'help':
      case 'error':
        return [];
    }
  })();
  return [...new Set(ids)];
}

/** Answer kinds that get feedback buttons (help and errors do not). */
export function wantsFeedback(answer: Answer): boolean {
  return answer.kind === 'search' || answer.kind === 'who' || answer.kind === 'timeline';
}

/**
 * The two feedback buttons for an answer.
 * @example answerFeedbackButtons(answer).length // 2
 */
export function answerFeedbackButtons(answer: Answer): ButtonElement[] {
  const cited = citedIds(answer);
  const question = answer.command ?? answer.query;
  return feedbackButtons({ a: answerId(answer.kind, question, cited), k: answer.kind, q: question, c: cited, lang: answer.lang });
}

/**
 * The feedback buttons for a digest post.
 * @example digestFeedbackButtons("2026-03-10", ["neu-1"], "de").length // 2
 */
export function digestFeedbackButtons(day: string, cited: string[], lang: Lang): ButtonElement[] {
  const question = `digest ${day}`;
  return feedbackButtons({ a: answerId('digest', question, cited), k: 'digest', q: question, c: cited, lang });
}

/** What the modal carries through `private_metadata` (at most 3000 characters). */
export interface FeedbackContext extends FeedbackAction {
  /** The channel the answer was in, when known. */
  ch?: string;
}

/**
 * The "Stimmt nicht" modal: a reason (required) and a text (optional, at most 3000 characters).
 * @example feedbackModal({ a: "1f", k: "who", q: "who Biegun", c: [], lang: "de" }).callback_id // "korea_feedback"
 */
export function feedbackModal(context: FeedbackContext, lang: Lang): ModalView {
  const m = messagesFor(lang);
  let metadata = { ...context };
  // private_metadata holds 3000 characters: the cited ids go first, then the question is cut
  while (JSON.stringify(metadata).length > 3000 && metadata.c.length > 0) metadata = { ...metadata, c: metadata.c.slice(0, -1) };
  if (JSON.stringify(metadata).length > 3000) metadata = { ...metadata, q: metadata.q.slice(0, 1000) };
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: escapeSlack(truncate(m.feedbackAbout(context.q), BLOCK_LIMITS.sectionText)) } },
    {
      type: 'input',
      block_id: FEEDBACK_INPUTS.reason,
      label: { type: 'plain_text', text: m.feedbackReasonLabel },
      element: { type: 'radio_buttons', action_id: FEEDBACK_INPUTS.reason, options: WRONG_REASONS.map((reason) => ({ text: { type: 'plain_text', text: m.feedbackReasons[reason] }, value: reason })) },
    },
    {
      type: 'input',
      block_id: FEEDBACK_INPUTS.text,
      optional: true,
      label: { type: 'plain_text', text: m.feedbackTextLabel },
      element: { type: 'plain_text_input', action_id: FEEDBACK_INPUTS.text, multiline: true, max_length: MAX_FEEDBACK_TEXT },
    },
  ];
  return {
    type: 'modal',
    callback_id: FEEDBACK_CALLBACK_ID,
    private_metadata: JSON.stringify(metadata),
    title: { type: 'plain_text', text: m.feedbackModalTitle },
    submit: { type: 'plain_text', text: m.feedbackSend },
    close: { type: 'plain_text', text: m.feedbackCancel },
    blocks,
  };
}

/** What a modal submission said, or the errors to show in the modal (by block id). */
export type ModalReading = { ok: true; context: FeedbackContext; reason: WrongReason; text: string } | { ok: false; errors: Record<string, string> };

/**
 * Read a `view_submission` of the modal (state values and private_metadata), checking everything:
 * a forged submission gets errors, not a stored half-vote.
 * @example readFeedbackModal(view, "de") // { ok: true, reason: "date", text: "…", context }
 */
export function readFeedbackModal(view: { private_metadata?: unknown; state?: unknown }, lang: Lang): ModalReading {
  const m = messagesFor(lang);
  const context = parseContext(view.private_metadata);
  const values = (view.state as { values?: Record<string, Record<string, { selected_option?: { value?: unknown } | null; value?: unknown }>> } | undefined)?.values ?? {};
  const reason = values[FEEDBACK_INPUTS.reason]?.[FEEDBACK_INPUTS.reason]?.selected_option?.value;
  const text = values[FEEDBACK_INPUTS.text]?.[FEEDBACK_INPUTS.text]?.value ?? '';
  const errors: Record<string, string> = {};
  if (typeof reason !== 'string' || !(WRONG_REASONS as readonly string[]).includes(reason)) errors[FEEDBACK_INPUTS.reason] = m.feedbackReasonMissing;
  if (typeof text !== 'string' || text.length > MAX_FEEDBACK_TEXT) errors[FEEDBACK_INPUTS.text] = m.feedbackTextTooLong(MAX_FEEDBACK_TEXT);
  if (!context) errors[FEEDBACK_INPUTS.reason] = m.failure;
  if (Object.keys(errors).length > 0 || !context) return { ok: false, errors };
  return { ok: true, context, reason: reason as WrongReason, text: text as string };
}

function parseContext(metadata: unknown): FeedbackContext | null {
  if (typeof metadata !== 'string') return null;
  try {
    const parsed = JSON.parse(metadata) as Partial<FeedbackContext>;
    const valid =
      typeof parsed.a === 'string' &&
      typeof parsed.k === 'string' &&
      typeof parsed.q === 'string' &&
      Array.isArray(parsed.c) &&
      parsed.c.every((id) => typeof id === 'string') &&
      (parsed.lang === 'de' || parsed.lang === 'en') &&
      (parsed.ch === undefined || typeof parsed.ch === 'string');
    return valid ? (parsed as FeedbackContext) : null;
  } catch {
    return null;
  }
}

/** The editors' summary: counts per kind over two periods and the latest "wrong" votes. */
export interface FeedbackSummary {
  periods: Array<{ days: number; counts: KindCounts[] }>;
  latestWrong: Feedback[];
}

/**
 * The summary as blocks (for `/korea feedback` and the editors' App Home).
 * @example feedbackSummaryBlocks(summary, "de")[0].type // "header"
 */
export function feedbackSummaryBlocks(summary: FeedbackSummary, lang: Lang): KnownBlock[] {
  const m = messagesFor(lang);
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: m.feedbackSummaryTitle } }];
  for (const period of summary.periods) {
    const lines = period.counts.length ? period.counts.map((c) => `• ${m.feedbackCounts(plainMrkdwn(c.kind), c.helpful, c.wrong)}`) : [m.feedbackNone];
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(`*${m.feedbackPeriod(period.days)}*\n${lines.join('\n')}`, BLOCK_LIMITS.sectionText) } });
  }
  if (summary.latestWrong.length > 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${m.feedbackLatestWrong}*` } });
    const lines = summary.latestWrong.map((f) => {
      const reason = f.reason ? m.feedbackReasons[f.reason] : '—';
      // "https://slack.com/archives/C1/p1700…" -> a link; "javascript:…" or anything with | < > -> none
      const link = f.link && /^https:\/\/[^\s|<>]+$/.test(f.link) ? ` · <${f.link}|Link>` : '';
      const text = f.text ? ` — ${plainMrkdwn(truncate(f.text, 200))}` : '';
      return `• ${f.at.slice(0, 10)} · ${plainMrkdwn(truncate(f.question, 120))} · ${reason}${text}${link}`;
    });
    // several sections, each within the section limit
    for (let i = 0; i < lines.length; i += 5) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(lines.slice(i, i + 5).join('\n'), BLOCK_LIMITS.sectionText) } });
  }
  return blocks;
}

/**
 * The summary as a message (fallback text and blocks).
 * @example feedbackSummaryMessage(summary, "en").text // "Feedback"
 */
export function feedbackSummaryMessage(summary: FeedbackSummary, lang: Lang): SlackMessage {
  return { text: messagesFor(lang).feedbackSummaryTitle, blocks: feedbackSummaryBlocks(summary, lang) as SlackMessage['blocks'] };
}
