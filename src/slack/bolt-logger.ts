/**
 * Bolt's Logger interface on top of the bot's redacting logger.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../log.ts';

/**
 * Adapt the bot's logger for Bolt (so Bolt's own lines are redacted too).
 * @example new App({ logger: boltLogger(logger), … })
 */
export function boltLogger(logger: Logger): BoltLogger {
  return {
    debug: (...msg) => logger.debug('[bolt]', ...msg),
    info: (...msg) => logger.info('[bolt]', ...msg),
    warn: (...msg) => logger.warn('[bolt]', ...msg),
    error: (...msg) => logger.error('[bolt]', ...msg),
    setLevel: (level: LogLevel) => {
      logger.level = level === LogLevel.DEBUG ? 'debug' : level === LogLevel.INFO ? 'info' : level === LogLevel.WARN ? 'warn' : 'error';
    },
    getLevel: () => (logger.level === 'debug' ? LogLevel.DEBUG : logger.level === 'info' ? LogLevel.INFO : logger.level === 'warn' ? LogLevel.WARN : LogLevel.ERROR),
    setName: () => {},
  };
}
