/**
 * Answering never crashes a listener: a failure is one friendly message and one log line; an
 * article the snapshot can no longer give is said as such, without an error line per question.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { messagesFor } from '../../src/i18n/messages.ts';
import { SnapshotError } from '../../src/knowledge/container.ts';
import { createLogger } from '../../src/log.ts';
import { safeReply } from '../../src/slack/safe-answer.ts';

/** safeReply of a computation that throws `error`: the message as JSON, and the log lines at level info. */
async function failing(error: Error, lang: 'de' | 'en') {
  const lines: string[] = [];
  const logger = createLogger({ level: 'info', write: (line) => lines.push(line) });
  const { message, reply } = await safeReply(
    () => {
      throw error;
    },
    lang,
    logger,
  );
  return { shown: JSON.stringify(message), lines, reply };
}

describe('answering safely', () => {
  it("says that an article of the answer is being read again when the snapshot cannot give it and the repair reads it again, in the asker's language, and logs no error", async () => {
    for (const lang of ['de', 'en'] as const) {
      const error = new SnapshotError('section texts: checksum mismatch (file damaged)', { section: 'texts', start: 0, end: 65536 });
      error.beingReadAgain = true;
      const { shown, lines, reply } = await failing(error, lang);
      assert.ok(shown.includes(messagesFor(lang).unreadable), shown);
      assert.ok(!shown.includes(messagesFor(lang).failure));
      assert.equal(reply, null);
      assert.deepEqual(lines, [], 'the operator was told once when it was found');
    }
  });

  it('gives the general failure message for a SnapshotError the repair has not taken on (damage elsewhere, an article that could not be read again)', async () => {
    const errors = [new SnapshotError('corrupt (timeline: unexpected end)'), new SnapshotError('section texts: checksum mismatch (file damaged)', { section: 'texts', start: 0, end: 65536 })];
    for (const error of errors) {
      const { shown, lines } = await failing(error, 'en');
      assert.ok(shown.includes(messagesFor('en').failure), shown);
      assert.ok(!shown.includes(messagesFor('en').unreadable), shown);
      assert.equal(lines.length, 1);
      assert.ok(lines[0]!.startsWith('ERROR'), lines[0]);
    }
  });

  it('gives the general failure message and one error line for any other error', async () => {
    const { shown, lines } = await failing(new TypeError('Cannot read properties of undefined'), 'de');
    assert.ok(shown.includes(messagesFor('de').failure), shown);
    assert.ok(!shown.includes(messagesFor('de').unreadable));
    assert.equal(lines.length, 1);
    assert.ok(lines[0]!.startsWith('ERROR') && lines[0]!.includes('Cannot read properties of undefined'), lines[0]);
  });
});
