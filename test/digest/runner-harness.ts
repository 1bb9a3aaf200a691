/**
 * Test doubles for DigestRunner: a settable clock, a scripted poster, a recording sleep,
 * a log, and a buildFor on a fixed article list.
 */
import type { Article } from '../../src/corpus/article.ts';
import { buildDigest, type Digest } from '../../src/digest/content.ts';
import { DigestRunner, type DigestRunnerDeps } from '../../src/digest/runner.ts';
import type { DigestStore } from '../../src/digest/store.ts';
import type { Subscription } from '../../src/digest/subscription.ts';

/** A wall clock the test moves by hand. */
export class TestClock {
  constructor(private instant: Date) {}
  now = (): Date => new Date(this.instant);
  set(iso: string): void {
    this.instant = new Date(iso);
  }
}

/** Records every post; `script` says what the next calls do (throw an error, or succeed). */
export class FakePoster {
  readonly posts: Array<{ channel: string; day: string; articleIds: string[]; empty: boolean }> = [];
  attempts = 0;
  /** Errors to throw on the next calls, in order; `undefined` entries succeed. */
  script: Array<unknown> = [];
  /** When set, each post waits for this promise before answering (to overlap two runners). */
  gate: Promise<void> | undefined;
  post = async (sub: Subscription, digest: Digest): Promise<{ ts: string }> => {
    this.attempts++;
    const error = this.script.shift();
    await this.gate;
    if (error !== undefined) throw error;
    this.posts.push({ channel: sub.channel, day: digest.day, articleIds: digest.articles.map((a) => a.citation.id), empty: digest.empty });
    return { ts: `${this.posts.length}.000100` };
  };
}

/** An error shaped like @slack/web-api's WebAPIHTTPError. */
export const httpError = (statusCode: number) =>
  Object.assign(new Error(`An HTTP protocol error occurred: statusCode = ${statusCode}`), {
    code: 'slack_webapi_http_error',
    statusCode,
  });

/** An error shaped like @slack/web-api's WebAPIPlatformError. */
export const platformError = (error: string) => Object.assign(new Error(`An API error occurred: ${error}`), { code: 'slack_webapi_platform_error', data: { ok: false, error } });

export const article = (id: string, date: string): Article => ({
  id,
  title: `Titel ${id}`,
  date: { value: date, precision: 'day' },
  body: `Der Artikel ${id} beginnt hier mit einem Satz.`,
  file: `corpus/${id}.md`,
});

export const channelSub = (channel = 'C1', overrides: Partial<Subscription> = {}): Subscription => ({
  channel,
  kind: 'channel',
  time: '08:00',
  tz: 'Europe/Berlin',
  skipEmpty: false,
  createdAt: '2025-06-01T00:00:00.000Z',
  ...overrides,
});

/** A runner on `store` with test doubles; the articles list can grow during a test. */
export function makeRunner(store: DigestStore, clock: TestClock, poster: FakePoster, articles: Article[], extra: Partial<DigestRunnerDeps> = {}) {
  const sleeps: number[] = [];
  const logs: Array<[string, unknown[]]> = [];
  const log =
    (level: string) =>
    (...args: unknown[]) =>
      void logs.push([level, args]);
  const runner = new DigestRunner({
    store,
    clock: clock.now,
    post: poster.post,
    buildFor: (_sub, since, day) => buildDigest({ articles, since: since?.day ?? null, today: day, alreadySent: since?.articleIds ?? [] }),
    log: { info: log('info'), warn: log('warn'), error: log('error') },
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  });
  return { runner, sleeps, logs };
}
