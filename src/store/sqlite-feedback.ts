/**
 * Feedback and user settings in the SQLite file beside the digests (one machine).
 */
import type Database from 'better-sqlite3';
import type { Lang } from '../i18n/messages.ts';
import { MAX_FEEDBACK_TEXT, type Feedback, type FeedbackStore, type KindCounts, type Verdict, type WrongReason } from './feedback.ts';

interface FeedbackRow {
  answer_id: string;
  user: string;
  question: string;
  kind: string;
  cited: string;
  channel: string | null;
  link: string | null;
  verdict: Verdict;
  reason: WrongReason | null;
  text: string | null;
  at: string;
}

/**
 * @example const feedback = new SqliteFeedbackStore(digestStore.db)
 */
export class SqliteFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Database.Database) {}

  async vote(f: Feedback): Promise<'new' | 'changed' | 'same'> {
    return this.db
      .transaction(() => {
        const before = this.db.prepare<[string, string], { verdict: Verdict }>('SELECT verdict FROM feedback WHERE answer_id = ? AND user = ?').get(f.answerId, f.user);
        if (before?.verdict === f.verdict) {
          this.db.prepare('UPDATE feedback SET at = ? WHERE answer_id = ? AND user = ?').run(f.at, f.answerId, f.user);
          return 'same' as const;
        }
        this.db
          .prepare(`INSERT INTO feedback (answer_id, user, question, kind, cited, channel, link, verdict, reason, text, at)
        VALUES (@answer_id, @user, @question, @kind, @cited, @channel, @link, @verdict, @reason, @text, @at)
        ON CONFLICT (answer_id, user) DO UPDATE SET question = excluded.question, kind = excluded.kind, cited = excluded.cited,
          channel = excluded.channel, link = excluded.link, verdict = excluded.verdict, reason = excluded.reason, text = excluded.text, at = excluded.at`)
          .run(toRow(f));
        return before ? ('changed' as const) : ('new' as const);
      })
      .immediate();
  }

  async explain(answerId: string, user: string, reason: WrongReason, text: string, at: string): Promise<boolean> {
    return this.db.prepare('UPDATE feedback SET reason = ?, text = ?, at = ? WHERE answer_id = ? AND user = ?').run(reason, text.slice(0, MAX_FEEDBACK_TEXT), at, answerId, user).changes === 1;
  }

  async countsSince(since: string): Promise<KindCounts[]> {
    return this.db
      .prepare<[string], KindCounts>(`SELECT kind, sum(verdict = 'helpful') AS helpful, sum(verdict = 'wrong') AS wrong
      FROM feedback WHERE at >= ? GROUP BY kind ORDER BY kind`)
      .all(since);
  }

  async latestWrong(limit: number): Promise<Feedback[]> {
    return this.db.prepare<[number], FeedbackRow>(`SELECT * FROM feedback WHERE verdict = 'wrong' ORDER BY at DESC LIMIT ?`).all(limit).map(fromRow);
  }

  async all(): Promise<Feedback[]> {
    return this.db.prepare<[], FeedbackRow>('SELECT * FROM feedback ORDER BY at').all().map(fromRow);
  }

  async setLanguage(user: string, lang: Lang): Promise<void> {
    this.db.prepare('INSERT INTO user_settings (user, lang) VALUES (?, ?) ON CONFLICT (user) DO UPDATE SET lang = excluded.lang').run(user, lang);
  }

  async language(user: string): Promise<Lang | undefined> {
    return this.db.prepare<[string], { lang: Lang }>('SELECT lang FROM user_settings WHERE user = ?').get(user)?.lang;
  }
}

function toRow(f: Feedback): FeedbackRow {
  return {
    answer_id: f.answerId,
    user: f.user,
    question: f.question,
    kind: f.kind,
    cited: JSON.stringify(f.cited),
    channel: f.channel ?? null,
    link: f.link ?? null,
    verdict: f.verdict,
    reason: f.reason ?? null,
    text: f.text?.slice(0, MAX_FEEDBACK_TEXT) ?? null,
    at: f.at,
  };
}

/**
 * A stored row as feedback.
 * @example fromRow({ answer_id: "a1", user: "U1", cited: "[]", verdict: "helpful", … }).cited // []
 */
export function fromRow(row: Omit<FeedbackRow, 'cited'> & { cited: string | string[] }): Feedback {
  const f: Feedback = {
    answerId: row.answer_id,
    user: row.user,
    question: row.question,
    kind: row.kind,
    cited: typeof row.cited === 'string' ? (JSON.parse(row.cited) as string[]) : row.cited,
    verdict: row.verdict,
    at: row.at,
  };
  if (row.channel !== null) f.channel = row.channel;
  if (row.link !== null) f.link = row.link;
  if (row.reason !== null) f.reason = row.reason;
  if (row.text !== null) f.text = row.text;
  return f;
}
