/**
 * Who the bot is in Slack (its user id and bot id), asked once with `auth.test` in the
 * background and cached. Bolt would otherwise call `auth.test` before every listener, so every
 * ack would wait on Slack, and a slow or failing Slack API would show in every answer. Here it
 * shows in one log line when it starts failing, one when it recovers, and in `/readyz`.
 */
import type { Logger } from '../log.ts';

/** The bot's ids as `auth.test` reports them. */
export interface Identity {
  botUserId: string;
  botId: string;
}

/** What `/readyz` reports about Slack. */
export interface IdentityStatus {
  state: 'pending' | 'ok' | 'failing';
  /** Slack's error code or the network error, while failing. */
  error?: string;
  attempts: number;
}

/** Calls `auth.test`; resolves with the ids or rejects with Slack's error. */
export type AuthTest = () => Promise<{ user_id?: string; bot_id?: string }>;

/** Backoff between attempts: 1 s doubling to 5 min. */
export const IDENTITY_BACKOFF = { firstMs: 1000, maxMs: 5 * 60 * 1000 } as const;

/**
 * Resolves and caches the bot's identity; retries with backoff until it succeeds.
 * @example const identity = new BotIdentity(() => client.auth.test(), logger); identity.start()
 */
export class BotIdentity {
  private identity: Identity | undefined;
  private error: string | undefined;
  private attempts = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly authTest: AuthTest,
    private readonly logger: Logger,
    private readonly backoff: { firstMs: number; maxMs: number } = IDENTITY_BACKOFF,
  ) {}

  /** Start resolving in the background (returns at once). */
  start(): void {
    this.stopped = false;
    void this.attempt();
  }

  /** Stop retrying. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** The cached ids, or undefined while Slack has not answered. */
  current(): Identity | undefined {
    return this.identity;
  }

  /** For `/readyz`. */
  status(): IdentityStatus {
    const state = this.identity ? 'ok' : this.error ? 'failing' : 'pending';
    return { state, attempts: this.attempts, ...(this.error && !this.identity ? { error: this.error } : {}) };
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    this.attempts++;
    try {
      const result = await this.authTest();
      if (!result.user_id || !result.bot_id) throw new Error('auth.test returned no user_id or bot_id');
      this.identity = { botUserId: result.user_id, botId: result.bot_id };
      if (this.error) this.logger.info(`Slack auth.test works again after ${this.attempts} attempts: bot user ${result.user_id}`);
      this.error = undefined;
    } catch (error) {
      const reason = reasonOf(error);
      if (this.error === undefined) this.logger.error(`Slack auth.test failed (${reason}); retrying in the background, answers go on (see /readyz)`);
      this.error = reason;
      const delay = Math.min(this.backoff.maxMs, this.backoff.firstMs * 2 ** Math.min(this.attempts - 1, 20));
      if (!this.stopped) this.timer = setTimeout(() => void this.attempt(), delay);
      this.timer?.unref();
    }
  }
}

/** Slack's error code ("invalid_auth") or the error's message. */
function reasonOf(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  if (typeof data?.error === 'string') return data.error;
  return error instanceof Error ? error.message : String(error);
}
