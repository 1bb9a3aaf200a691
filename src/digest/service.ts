/**
 * The digest commands against the subscription store: preview, on, off, status, me. Returns plain
 * data (a DigestReply) for the renderers; the clock and the store come in.
 */
import type { Article } from '../corpus/article.ts';
import { parseDigestCommand, type DigestCommand } from './command.ts';
import { buildDigest, newArticlesOf, type Digest, type DigestInput } from './content.ts';
import { DigestDatabaseError } from './database-error.ts';
import { localDay, nextRun } from './schedule.ts';
import type { DigestStore, LastSent } from './store.ts';
import type { Subscription } from './subscription.ts';

/** Where a command came from. */
export interface DigestTarget {
  channel: string;
  user: string;
}

/** The outcome of a digest command, as data. */
export type DigestReply =
  | { kind: 'preview'; digest: Digest }
  | { kind: 'subscribed'; subscription: Subscription; next: Date }
  | { kind: 'unsubscribed' }
  | { kind: 'not-subscribed' }
  | { kind: 'status'; subscription: Subscription; next: Date; lastDay: string | null }
  | { kind: 'error'; reason: 'bad-time' | 'unknown-subcommand' | 'too-many-arguments'; input: string };

/** Extra facts for a digest (people, quote, dated events) about its new articles, supplied by whoever has them. */
export type DigestExtras = (newArticleIds: string[], day: string) => Pick<DigestInput, 'onThisDay' | 'peopleCounts' | 'quoteOfDay'>;

/** What the service needs. */
export interface DigestServiceDeps {
  store: DigestStore;
  clock: () => Date;
  tz: string;
  articles: () => Article[];
  extras?: DigestExtras;
}

/**
 * Digest commands and digest building over one store.
 * @example await new DigestService(deps).run(digestCommandOf("on 07:30"), { channel: "C1", user: "U1" })
 */
export class DigestService {
  constructor(private readonly deps: DigestServiceDeps) {}

  /** The digest for a target and day, given what was last sent there. */
  build(day: string, since: LastSent | null): Digest {
    const input: DigestInput = { articles: this.deps.articles(), since: since?.day ?? null, today: day };
    if (since?.articleIds) input.alreadySent = since.articleIds;
    // the extras (people, quote, "on this day") depend on which articles are new
    const extras = this.deps.extras?.(
      newArticlesOf(input).map((a) => a.id),
      day,
    );
    return buildDigest({ ...input, ...extras });
  }

  /**
   * Run a digest command for a channel and user. Without a target (the console) only the preview
   * runs (nothing was sent there before) and a wrong command gets its error; anything else is null:
   * it needs a Slack channel.
   * @example await service.run(digestCommandOf("on 07:30"), { channel: "C1", user: "U1" }) // { kind: "subscribed", … }
   */
  async run(command: DigestCommand, target: DigestTarget | undefined): Promise<DigestReply | null> {
    const now = this.deps.clock();
    if (command.action === 'preview') {
      // (a damaged database costs the preview only what was sent before, not the answer)
      const last = target ? ((await this.deps.store.lastSent(target.channel).catch(ignoreDatabaseError)) ?? null) : null;
      return { kind: 'preview', digest: this.build(localDay(now, this.deps.tz), last) };
    }
    // a command that does not parse is answered the same everywhere (the console too)
    if (command.action === 'error') return { kind: 'error', reason: command.reason, input: command.input };
    if (!target) return null;
    switch (command.action) {
      case 'on':
      case 'me': {
        const subscription: Subscription = {
          channel: command.action === 'me' ? target.user : target.channel,
          kind: command.action === 'me' ? 'dm' : 'channel',
          time: command.time,
          tz: this.deps.tz,
          skipEmpty: command.skipEmpty,
          createdAt: now.toISOString(),
        };
        if (command.action === 'me') subscription.user = target.user;
        await this.deps.store.subscribe(subscription);
        return { kind: 'subscribed', subscription, next: nextRun(now, subscription) };
      }
      case 'off':
      case 'me-off':
        return (await this.deps.store.unsubscribe(command.action === 'off' ? target.channel : target.user)) ? { kind: 'unsubscribed' } : { kind: 'not-subscribed' };
      case 'status':
        return this.status(target, now);
    }
  }

  private async status(target: DigestTarget, now: Date): Promise<DigestReply> {
    const subscription = (await this.deps.store.getSubscription(target.channel)) ?? (await this.deps.store.getSubscription(target.user));
    if (!subscription) return { kind: 'not-subscribed' };
    const last = await this.deps.store.lastSent(subscription.channel);
    return { kind: 'status', subscription, next: nextRun(now, subscription), lastDay: last?.day ?? null };
  }
}

/**
 * The digest command in `digest …` text or in its arguments alone; no arguments: the preview.
 * @example digestCommandOf("on 07:30") // { action: "on", time: "07:30", skipEmpty: false }
 */
export function digestCommandOf(text: string): DigestCommand {
  return parseDigestCommand(text.startsWith('digest') ? text : `digest ${text}`) ?? { action: 'preview' };
}

/** Undefined for a DigestDatabaseError (the runner reports those once), any other error thrown on. */
function ignoreDatabaseError(error: unknown): undefined {
  if (error instanceof DigestDatabaseError) return undefined;
  throw error;
}
