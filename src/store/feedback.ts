/**
 * What journalists tell the bot about its answers ("Hilfreich" / "Stimmt nicht", with a reason
 * and a text), and per-user settings (the language), behind one small interface. Every
 * implementation (memory, SQLite, PostgreSQL) must pass test/store/feedback-contract.ts.
 */
import type { Lang } from '../i18n/messages.ts';

/** The verdict of a click. */
export type Verdict = 'helpful' | 'wrong';

/** Why an answer is wrong, as the modal offers it. */
export const WRONG_REASONS = ['date', 'person', 'missing', 'source', 'other'] as const;
export type WrongReason = (typeof WRONG_REASONS)[number];

/** One user's feedback on one answer. */
export interface Feedback {
  /** A stable id of the answer (its kind, question and cited articles). */
  answerId: string;
  question: string;
  /** The answer kind: search, who, timeline, digest, … */
  kind: string;
  /** Ids of the articles the answer cited. */
  cited: string[];
  user: string;
  channel?: string;
  /** A link to the answer message when it has one (not for ephemeral answers). */
  link?: string;
  verdict: Verdict;
  reason?: WrongReason;
  text?: string;
  /** ISO instant of the (latest) vote. */
  at: string;
}

/** Votes per answer kind in a period. */
export interface KindCounts {
  kind: string;
  helpful: number;
  wrong: number;
}

/**
 * Feedback and user settings.
 * @example await store.vote(feedback) // "new", then "same" for the same click, "changed" for the other button
 */
export interface FeedbackStore {
  /** Record a vote; one per (answer, user): a second vote replaces the first. */
  vote(feedback: Feedback): Promise<'new' | 'changed' | 'same'>;
  /** Add the reason and text to a user's vote on an answer (from the modal); false if there is no vote. */
  explain(answerId: string, user: string, reason: WrongReason, text: string, at: string): Promise<boolean>;
  /** Votes per kind since an instant, kinds in alphabetical order. */
  countsSince(since: string): Promise<KindCounts[]>;
  /** The latest "wrong" votes, newest first. */
  latestWrong(limit: number): Promise<Feedback[]>;
  /** Every vote, oldest first (for the CSV export). */
  all(): Promise<Feedback[]>;
  setLanguage(user: string, lang: Lang): Promise<void>;
  language(user: string): Promise<Lang | undefined>;
}

/** The longest free text kept (the modal allows as much). */
export const MAX_FEEDBACK_TEXT = 3000;

/**
 * Feedback in memory, for tests and local mode.
 * @example const store = new MemoryFeedbackStore()
 */
export class MemoryFeedbackStore implements FeedbackStore {
  private readonly votes = new Map<string, Feedback>();
  private readonly languages = new Map<string, Lang>();

  async vote(feedback: Feedback): Promise<'new' | 'changed' | 'same'> {
    const key = `${feedback.answerId}\u0000${feedback.user}`;
    const before = this.votes.get(key);
    const same = before?.verdict === feedback.verdict;
    // the same verdict again keeps the explanation; the other verdict starts afresh
    this.votes.set(key, same ? { ...before!, at: feedback.at } : structuredClone(feedback));
    return !before ? 'new' : same ? 'same' : 'changed';
  }

  async explain(answerId: string, user: string, reason: WrongReason, text: string, at: string): Promise<boolean> {
    const vote = this.votes.get(`${answerId}\u0000${user}`);
    if (!vote) return false;
    Object.assign(vote, { reason, text: text.slice(0, MAX_FEEDBACK_TEXT), at });
    return true;
  }

  async countsSince(since: string): Promise<KindCounts[]> {
    const counts = new Map<string, KindCounts>();
    for (const vote of this.votes.values()) {
      if (vote.at < since) continue;
      const row = counts.get(vote.kind) ?? { kind: vote.kind, helpful: 0, wrong: 0 };
      row[vote.verdict]++;
      counts.set(vote.kind, row);
    }
    return [...counts.values()].sort((a, b) => (a.kind < b.kind ? -1 : 1));
  }

  async latestWrong(limit: number): Promise<Feedback[]> {
    return [...this.votes.values()]
      .filter((v) => v.verdict === 'wrong')
      .sort((a, b) => (a.at > b.at ? -1 : a.at < b.at ? 1 : 0))
      .slice(0, limit)
      .map((v) => structuredClone(v));
  }

  async all(): Promise<Feedback[]> {
    return [...this.votes.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((v) => structuredClone(v));
  }

  async setLanguage(user: string, lang: Lang): Promise<void> {
    this.languages.set(user, lang);
  }

  async language(user: string): Promise<Lang | undefined> {
    return this.languages.get(user);
  }
}
