/**
 * Last line of defence: an error nothing caught is logged (one line with its stack, secrets
 * removed) instead of ending the process silently. A rejected promise leaves no half-done
 * synchronous state behind, so the bot goes on; an uncaught exception may have, so the bot goes on
 * only while such exceptions stay rare, and exits with a clear line when they repeat (a
 * supervisor restarting a crash loop beats a process that is broken in ways nobody sees).
 */
import { oneLineError, type Logger } from './log.ts';

/** More uncaught exceptions than this within `windowMs` end the process. */
export const CRASH_LIMIT = { exceptions: 5, windowMs: 60_000 } as const;

/** What the guard needs from the process (the real one in main.ts, a fake in tests). */
export interface GuardedProcess {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  exit(code: number): never | void;
}

/**
 * Log and survive unhandled rejections and (rare) uncaught exceptions.
 * @example installCrashGuards(process, logger)
 */
export function installCrashGuards(target: GuardedProcess, logger: Logger, clock: () => number = Date.now, limit: { exceptions: number; windowMs: number } = CRASH_LIMIT): void {
  const recent: number[] = [];
  target.on('unhandledRejection', (reason) => {
    logger.error('unhandled promise rejection (the bot goes on):', oneLineError(reason));
  });
  target.on('uncaughtException', (error) => {
    const now = clock();
    recent.push(now);
    while (recent.length > 0 && recent[0]! < now - limit.windowMs) recent.shift();
    if (recent.length > limit.exceptions) {
      logger.error(`uncaught exception, the ${recent.length}th within ${limit.windowMs / 1000} s: exiting so that a supervisor restarts the bot:`, oneLineError(error));
      target.exit(70);
      return;
    }
    logger.error('uncaught exception (the bot goes on):', oneLineError(error));
  });
}
