/**
 * Operator logs: one line per event on stderr, never a secret.
 */

/** `text`: `LEVEL message` lines; `json`: one JSON object per line (`time`, `level`, `message`) for log collectors. */
export type LogFormat = 'text' | 'json';

/** Log levels, least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

// "xoxb-123-abc" / "xapp-1-A0-xyz" / "Bearer xoxp-…" -> "xoxb-…" (Slack tokens never reach a log)
const SLACK_TOKEN = /\b(xox[abposr]|xapp)-[A-Za-z0-9-]+/g;

/** A small logger; `Logger` is structurally what Bolt's adapter needs too. */
export interface Logger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
  level: LogLevel;
}

/**
 * Remove secrets from a log line: Slack tokens and any extra secret values given.
 * @example redact("token xoxb-1-2-abc") // "token xoxb-…"
 */
export function redact(line: string, secrets: string[] = []): string {
  let clean = line.replace(SLACK_TOKEN, '$1-…');
  for (const secret of secrets) if (secret.length >= 6) clean = clean.split(secret).join('…');
  return clean;
}

/**
 * An error with its stack on one line, for a log line per event.
 * @example oneLineError(new TypeError("x")) // "TypeError: x | at f (a.ts:1:2) | …"
 */
export function oneLineError(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' | ');
}

function format(part: unknown): string {
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}

/**
 * A logger writing `LEVEL message` lines (or JSON lines) to a sink (stderr by default).
 * @example createLogger({ level: "info" }).warn("corpus/a.txt skipped: empty file")
 */
export function createLogger(options: { level?: LogLevel; secrets?: string[]; write?: (line: string) => void; format?: LogFormat } = {}): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secrets = options.secrets ?? [];
  const logger: Logger = {
    level: options.level ?? 'info',
    debug: (...msg) => emit('debug', msg),
    info: (...msg) => emit('info', msg),
    warn: (...msg) => emit('warn', msg),
    error: (...msg) => emit('error', msg),
  };
  function emit(level: LogLevel, msg: unknown[]): void {
    if (ORDER[level] < ORDER[logger.level]) return;
    const message = redact(msg.map(format).join(' '), secrets);
    write(options.format === 'json' ? JSON.stringify({ time: new Date().toISOString(), level, message }) : `${level.toUpperCase()} ${message}`);
  }
  return logger;
}
