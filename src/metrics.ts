/**
 * The operator's numbers, for Prometheus (`GET /metrics`, prom-client): requests by kind, ack and
 * answer latency, errors, digest outcomes, and the archive's state (articles, snapshot age, a
 * background merge running). One registry per bot, so tests and several bots in one process do
 * not mix their counts.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from './log.ts';

/** What the gauges read when scraped. */
export interface MetricSources {
  articles(): number;
  /** Seconds since the knowledge snapshot was written, or undefined when there is none. */
  snapshotAgeSeconds(): number | undefined;
  /** True while new articles are merged into the timeline and people in the background. */
  merging(): boolean;
}

/** Kinds of Slack requests counted. */
export type RequestKind = 'command' | 'mention' | 'action' | 'view' | 'event' | 'refused';

/**
 * The bot's metrics.
 * @example const metrics = new BotMetrics(sources); metrics.request("command"); await metrics.text()
 */
export class BotMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'korea_requests_total',
    help: 'Slack requests by kind: command, mention, action (button), view (modal), event (other events), refused (400/413 before Bolt)',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  private readonly acks = new Histogram({
    name: 'korea_ack_seconds',
    help: 'Time from a request arriving to its HTTP answer (the ack)',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  private readonly answers = new Histogram({
    name: 'korea_answer_seconds',
    help: 'Time to compute an answer, by answer kind',
    labelNames: ['kind'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  private readonly errors = new Counter({ name: 'korea_errors_total', help: 'Error log lines (failed answers, Slack API errors, database problems)', registers: [this.registry] });
  private readonly digests = new Counter({ name: 'korea_digests_total', help: 'Digest runs by outcome (sent, skipped, failed, taken, held)', labelNames: ['outcome'], registers: [this.registry] });

  constructor(sources: MetricSources) {
    new Gauge({
      name: 'korea_articles',
      help: 'Articles in the archive',
      registers: [this.registry],
      collect() {
        this.set(sources.articles());
      },
    });
    new Gauge({
      name: 'korea_snapshot_age_seconds',
      help: 'Seconds since the knowledge snapshot was saved (-1: none)',
      registers: [this.registry],
      collect() {
        this.set(sources.snapshotAgeSeconds() ?? -1);
      },
    });
    new Gauge({
      name: 'korea_merge_running',
      help: '1 while new articles are merged into timeline and people',
      registers: [this.registry],
      collect() {
        this.set(sources.merging() ? 1 : 0);
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'korea_' });
  }

  request(kind: RequestKind): void {
    this.requests.inc({ kind });
  }

  ack(seconds: number): void {
    this.acks.observe(seconds);
  }

  answer(kind: string, seconds: number): void {
    this.answers.observe({ kind }, seconds);
  }

  error(): void {
    this.errors.inc();
  }

  digest(outcome: string): void {
    this.digests.inc({ outcome });
  }

  /** The exposition text for `GET /metrics`. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  /** Its content type. */
  get contentType(): string {
    return this.registry.contentType;
  }
}

/**
 * A logger that counts its error lines in the metrics, so every error the operator sees is counted.
 * @example const logger = countingErrors(createLogger(), metrics)
 */
export function countingErrors(logger: Logger, metrics: BotMetrics): Logger {
  return {
    get level() {
      return logger.level;
    },
    set level(level) {
      logger.level = level;
    },
    debug: (...msg) => logger.debug(...msg),
    info: (...msg) => logger.info(...msg),
    warn: (...msg) => logger.warn(...msg),
    error: (...msg) => {
      metrics.error();
      logger.error(...msg);
    },
  };
}
