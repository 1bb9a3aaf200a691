import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger, redact } from '../src/log.ts';

describe('logger', () => {
  it('redacts Slack tokens and configured secrets', () => {
    assert.equal(redact('Bearer xoxb-123-456-abcDEF failed'), 'Bearer xoxb-… failed');
    assert.equal(redact('secret=supersecret1', ['supersecret1']), 'secret=…');
  });

  it('writes one line per call at or above its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    logger.info('hidden');
    logger.warn('skipped', new Error('boom'));
    assert.deepEqual(lines, ['WARN skipped Error: boom']);
  });
});
