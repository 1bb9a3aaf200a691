/**
 * Feedback and user settings in PostgreSQL, shared by every replica.
 */
import type pg from 'pg';
import type { Lang } from '../i18n/messages.ts';
import { MAX_FEEDBACK_TEXT, type Feedback, type FeedbackStore, type KindCounts, type WrongReason } from './feedback.ts';
import { fromRow } from './sqlite-feedback.ts';

/**
 * @example const feedback = new PostgresFeedbackStore(pool)
 */
export class PostgresFeedbackStore implements FeedbackStore {
  constructor(private readonly pool: pg.Pool) {}

  async vote(f: Feedback): Promise<'new' | 'changed' | 'same'> {
    // one statement decides under the row's lock; xmax = 0 means the row was inserted
    const { rows } = await this.pool.query<{ inserted: boolean; same: boolean }>(
      `
      WITH before AS (SELECT verdict FROM feedback WHERE answer_id = $1 AND "user" = $2)
      INSERT INTO feedback AS f (answer_id, "user", question, kind, cited, channel, link, verdict, reason, text, at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL, NULL, $9)
      ON CONFLICT (answer_id, "user") DO UPDATE SET at = excluded.at,
        question = excluded.question, kind = excluded.kind, cited = excluded.cited, channel = excluded.channel, link = excluded.link,
        verdict = excluded.verdict,
        reason = CASE WHEN f.verdict = excluded.verdict THEN f.reason END,
        text = CASE WHEN f.verdict = excluded.verdict THEN f.text END
      RETURNING (xmax = 0) AS inserted, coalesce((SELECT verdict FROM before) = $8, false) AS same`,
      [f.answerId, f.user, f.question, f.kind, JSON.stringify(f.cited), f.channel ?? null, f.link ?? null, f.verdict, f.at],
    );
    return rows[0]!.inserted ? 'new' : rows[0]!.same ? 'same' : 'changed';
  }

  async explain(answerId: string, user: string, reason: WrongReason, text: string, at: string): Promise<boolean> {
    const result = await this.pool.query('UPDATE feedback SET reason = $3, text = $4, at = $5 WHERE answer_id = $1 AND "user" = $2', [answerId, user, reason, text.slice(0, MAX_FEEDBACK_TEXT), at]);
    return result.rowCount === 1;
  }

  async countsSince(since: string): Promise<KindCounts[]> {
    const { rows } = await this.pool.query<KindCounts>(
      `SELECT kind, count(*) FILTER (WHERE verdict = 'helpful')::int AS helpful,
      count(*) FILTER (WHERE verdict = 'wrong')::int AS wrong FROM feedback WHERE at >= $1 GROUP BY kind ORDER BY kind COLLATE "C"`,
      [since],
    );
    return rows;
  }

  async latestWrong(limit: number): Promise<Feedback[]> {
    const { rows } = await this.pool.query(`SELECT * FROM feedback WHERE verdict = 'wrong' ORDER BY at DESC LIMIT $1`, [limit]);
    return rows.map(fromRow);
  }

  async all(): Promise<Feedback[]> {
    const { rows } = await this.pool.query('SELECT * FROM feedback ORDER BY at');
    return rows.map(fromRow);
  }

  async setLanguage(user: string, lang: Lang): Promise<void> {
    await this.pool.query('INSERT INTO user_settings ("user", lang) VALUES ($1, $2) ON CONFLICT ("user") DO UPDATE SET lang = excluded.lang', [user, lang]);
  }

  async language(user: string): Promise<Lang | undefined> {
    const { rows } = await this.pool.query<{ lang: Lang }>('SELECT lang FROM user_settings WHERE "user" = $1', [user]);
    return rows[0]?.lang;
  }
}
