/**
 * A 4 MB article dropped into the watched folder: the event loop stays responsive (no gap over
 * 500 ms between timer ticks, so Slack requests are still acked in time) while it is read,
 * extracted on a worker thread and indexed, and then it is searchable with its facts.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { followCorpus, loadKnowledge } from '../../src/knowledge/bootstrap.ts';
import { createLogger } from '../../src/log.ts';

/** A paragraph of news text of the test's own, not a shipped corpus file. */
const NEWS_TEXT = [
  'Die Verhandlungen über das Atomprogramm kommen seit dem gescheiterten Gipfel in Hanoi Ende Februar 2019 nicht voran.',
  'Der US-Sondergesandte Stephen Biegun reiste am 7. Juli 2020 nach Seoul und traf dort seinen Amtskollegen Lee Do Hoon.',
  '„Wir sind bereit, jederzeit zu reden“, sagte Biegun nach dem Treffen.',
  'Nordkoreas Vizeaußenministerin Choe Son Hui erklärte dagegen, Pjöngjang sehe keinen Grund für Gespräche mit Washington.',
  'Im Juni 2020 hatte Nordkorea das Verbindungsbüro in Kaesong gesprengt; seither ruhen die Kontakte.\n\n',
].join(' ');

describe('a 4 MB article added to the watched folder', () => {
  it('is taken in without blocking the event loop for more than 500 ms', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'watch-large-'));
    await cp('corpus', dir, { recursive: true });
    const logger = createLogger({ level: 'warn', write: () => {} });
    const options = { maxArticleBytes: 8 * 1024 * 1024 };
    const knowledge = await loadKnowledge(dir, logger, options);
    const watcher = followCorpus(knowledge, dir, logger, options);
    // news text (dates, people, quotes), repeated to 4 MB
    const seed = NEWS_TEXT;
    const body = `Großartikel Zwergpinguin.\n${seed.repeat(Math.ceil(4_000_000 / seed.length))}`;
    assert.ok(Buffer.byteLength(body) > 4_000_000);
    let maxGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 10);
    try {
      await writeFile(join(dir, 'gross.md'), `---\ntitle: Groß\ndate: 2022-03-01\n---\n${body}`);
      const deadline = Date.now() + 120_000;
      while (!knowledge.factsOf('gross')) {
        assert.ok(Date.now() < deadline, 'the article arrived within 2 minutes');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      clearInterval(ticker);
      watcher.close();
      await rm(dir, { recursive: true, force: true });
    }
    assert.ok(knowledge.factsOf('gross')!.dates.length > 0, 'its facts were extracted');
    assert.ok(maxGap < 500, `the longest pause of the event loop was ${maxGap.toFixed(0)} ms`);
  });
});
