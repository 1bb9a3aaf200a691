/**
 * Configuration: parse and validate the environment once, reporting every problem at once.
 */
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_MAX_ARTICLE_BYTES } from './corpus/read-file.ts';
import { LANGS, type Lang } from './i18n/messages.ts';
import type { LogFormat, LogLevel } from './log.ts';

/** How to reach Slack; absent in local mode. */
export interface SlackConfig {
  botToken: string;
  /** Events over HTTP (needs signingSecret) or Socket Mode (needs appToken). */
  mode: 'http' | 'socket';
  signingSecret?: string;
  appToken?: string;
  /** Web API base URL override, e.g. a fake Slack on 127.0.0.1 in tests. */
  apiUrl?: string;
}

/** Everything the bot is configured with. */
export interface Config {
  slack: SlackConfig | null;
  port: number;
  /** Local mode's preview page on 127.0.0.1 (PREVIEW_PORT, default 3001); null: off (`0` or `off`). */
  previewPort: number | null;
  corpusDir: string;
  dataDir: string;
  /** Where the console writes chart PNGs (CHARTS_DIR, default `korea-charts` in the OS temp folder). */
  chartsDir: string;
  /** Article files larger than this are skipped with a warning (MAX_ARTICLE_BYTES, default 2 MiB). */
  maxArticleBytes: number;
  logLevel: LogLevel;
  /** LOG_FORMAT: `text` (default) or `json`. */
  logFormat: LogFormat;
  digestTz: string;
  /** The language answers use unless the user writes in another one. */
  lang: Lang;
  /** User ids of the desk's editors (EDITORS): they see the feedback summary. */
  editors: string[];
  /** PostgreSQL for state shared by replicas (DATABASE_URL); absent: SQLite in dataDir. */
  databaseUrl?: string;
  /** How often due digests are checked, seconds (DIGEST_CHECK_SECONDS, default 60). */
  digestCheckSeconds: number;
  /** How long a claimed digest is reserved for its replica, ms (DIGEST_CLAIM_LEASE_SECONDS, default 600). */
  digestClaimLeaseMs: number;
}

/** Validation failed; `problems` lists every one. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Configuration problems:\n- ${problems.join('\n- ')}`);
  }
}

/** The preview page's port in local mode unless PREVIEW_PORT says otherwise. */
export const DEFAULT_PREVIEW_PORT = 3001;

const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error'];

/**
 * Read the configuration from environment variables (see .env.example).
 * @example loadConfig({ CORPUS_DIR: "corpus" }).slack // null -> local mode
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const problems: string[] = [];
  const value = (name: string) => env[name]?.trim() || undefined;
  const port = Number(value('PORT') ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be a number from 0 to 65535, got "${value('PORT')}"`);
  const previewPort = previewPortOf(value('PREVIEW_PORT'), problems);
  const logLevel = (value('LOG_LEVEL') ?? 'info') as LogLevel;
  if (!LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  const logFormat = (value('LOG_FORMAT') ?? 'text') as LogFormat;
  if (logFormat !== 'text' && logFormat !== 'json') problems.push('LOG_FORMAT must be text or json');
  const digestTz = value('DIGEST_TZ') ?? 'Europe/Berlin';
  if (!isTimeZone(digestTz)) problems.push(`DIGEST_TZ "${digestTz}" is not an IANA time zone such as Europe/Berlin`);
  const lang = (value('BOT_LANGUAGE') ?? 'de') as Lang;
  if (!LANGS.includes(lang)) problems.push(`BOT_LANGUAGE must be one of ${LANGS.join(', ')}`);
  const maxArticleBytes = Number(value('MAX_ARTICLE_BYTES') ?? DEFAULT_MAX_ARTICLE_BYTES);
  if (!Number.isSafeInteger(maxArticleBytes) || maxArticleBytes < 1) problems.push(`MAX_ARTICLE_BYTES must be a whole number of bytes, e.g. 2097152, got "${value('MAX_ARTICLE_BYTES')}"`);
  const editors = (value('EDITORS') ?? '').split(/[\s,]+/).filter(Boolean);
  // "U012AB3CD,W0G9QF9GT" -> Slack user ids
  const badEditors = editors.filter((id) => !/^[UW][A-Z0-9]+$/.test(id));
  if (badEditors.length > 0) problems.push(`EDITORS must be Slack user ids separated by commas (U…), not "${badEditors.join(', ')}"`);
  const databaseUrl = value('DATABASE_URL');
  // "postgres://bot:secret@db:5432/korea" / "postgresql://…" -> a PostgreSQL server
  if (databaseUrl && !/^postgres(?:ql)?:\/\/\S+$/.test(databaseUrl)) problems.push('DATABASE_URL must be a PostgreSQL URL such as postgres://bot:secret@db:5432/korea');
  const digestCheckSeconds = Number(value('DIGEST_CHECK_SECONDS') ?? '60');
  if (!Number.isInteger(digestCheckSeconds) || digestCheckSeconds < 1 || digestCheckSeconds > 60 || 60 % digestCheckSeconds !== 0)
    problems.push(`DIGEST_CHECK_SECONDS must divide a minute (1, 2, 5, 10, 15, 20, 30 or 60), got "${value('DIGEST_CHECK_SECONDS')}"`);
  const leaseSeconds = Number(value('DIGEST_CLAIM_LEASE_SECONDS') ?? '600');
  if (!Number.isInteger(leaseSeconds) || leaseSeconds < 1) problems.push(`DIGEST_CLAIM_LEASE_SECONDS must be a whole number of seconds, got "${value('DIGEST_CLAIM_LEASE_SECONDS')}"`);
  const slack = slackConfig(value, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const config: Config = {
    slack,
    port,
    previewPort,
    corpusDir: value('CORPUS_DIR') ?? 'corpus',
    dataDir: value('DATA_DIR') ?? 'data',
    chartsDir: chartsDir(env),
    maxArticleBytes,
    logLevel,
    logFormat,
    digestTz,
    lang,
    editors,
    digestCheckSeconds,
    digestClaimLeaseMs: leaseSeconds * 1000,
  };
  if (databaseUrl) config.databaseUrl = databaseUrl;
  return config;
}

/** PREVIEW_PORT: a port, or `0` / `off` for no preview page. */
function previewPortOf(raw: string | undefined, problems: string[]): number | null {
  if (raw === undefined) return DEFAULT_PREVIEW_PORT;
  if (raw === '0' || raw.toLowerCase() === 'off') return null;
  const port = Number(raw);
  if (Number.isInteger(port) && port > 0 && port <= 65535) return port;
  problems.push(`PREVIEW_PORT must be a port from 1 to 65535, or 0 / off for no preview page, got "${raw}"`);
  return null;
}

function slackConfig(value: (name: string) => string | undefined, problems: string[]): SlackConfig | null {
  const botToken = value('SLACK_BOT_TOKEN');
  const signingSecret = value('SLACK_SIGNING_SECRET');
  const appToken = value('SLACK_APP_TOKEN');
  const apiUrl = value('SLACK_API_URL');
  if (!botToken) {
    if (signingSecret || appToken) problems.push('SLACK_BOT_TOKEN is missing (SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set)');
    return null;
  }
  if (!botToken.startsWith('xoxb-')) problems.push('SLACK_BOT_TOKEN must be a bot token starting with xoxb-');
  if (appToken && !appToken.startsWith('xapp-')) problems.push('SLACK_APP_TOKEN must be an app-level token starting with xapp-');
  if (!appToken && !signingSecret) problems.push('set SLACK_SIGNING_SECRET (HTTP events) or SLACK_APP_TOKEN (Socket Mode)');
  if (apiUrl && !/^https?:\/\/[^\s]+\/$/.test(apiUrl)) problems.push('SLACK_API_URL must be an http(s) URL ending in /, e.g. http://127.0.0.1:9999/api/');
  const config: SlackConfig = { botToken, mode: appToken ? 'socket' : 'http' };
  if (signingSecret) config.signingSecret = signingSecret;
  if (appToken) config.appToken = appToken;
  if (apiUrl) config.apiUrl = apiUrl;
  return config;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The folder for chart files of the console and the CLI: CHARTS_DIR when set, else `korea-charts`
 * in the OS temp folder; absolute.
 * @example chartsDir({}) // "/tmp/korea-charts"
 */
export function chartsDir(env: Record<string, string | undefined>): string {
  return resolve(env.CHARTS_DIR?.trim() || join(tmpdir(), 'korea-charts'));
}

/** The secrets in a config, for log redaction. */
export function secretsOf(config: Config): string[] {
  return [config.slack?.botToken, config.slack?.signingSecret, config.slack?.appToken, passwordOf(config.databaseUrl)].filter((s): s is string => !!s);
}

/** The password in a database URL, so that logs never show it. */
function passwordOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
