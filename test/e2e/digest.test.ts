/**
 * The daily digest end to end: subscribe with the slash command, the runner posts on an
 * injected clock to the fake Slack (parent + thread), never twice, across restarts, and with
 * Slack's 429 and 500 answers.
 */
import assert from 'node:assert/strict';
import { afterEach, before, beforeEach, describe, it } from 'node:test';
import { startBot, TEST_SECRET, type RunningBot } from '../support/bot.ts';
import { signedPost, slashCommandBody } from '../support/signed-request.ts';
import { tempCorpus } from '../support/temp-corpus.ts';
import { visibleText } from '../support/visible-text.ts';

// 2026-03-10 06:00 and 07:31 in Berlin (CET, UTC+1)
const EARLY = new Date('2026-03-10T05:00:00Z');
const MORNING = new Date('2026-03-10T06:31:00Z');

let corpus: string;
let running: RunningBot;
before(async () => {
  corpus = await tempCorpus([
    {
      id: 'neu-1',
      date: '2026-03-09',
      title: 'Kim Yo Jong droht Seoul',
      body: 'Kim Yo Jong, die Schwester von Machthaber Kim Jong Un, hat Südkorea gedroht. „Wir werden auf jede Provokation mit aller Härte antworten“, erklärte Kim Yo Jong.',
    },
    { id: 'alt-1', date: '2016-03-10', title: 'Kaesong geschlossen', body: 'Südkorea hat den Industriepark Kaesong geschlossen.' },
  ]);
});
beforeEach(async () => {
  running = await startBot(corpus, { now: EARLY });
});
afterEach(async () => running?.stop());

/** Subscribe at 06:00, then move the clock past 07:30. */
async function subscribeThenWait(): Promise<void> {
  await slash('digest on 07:30', 'on');
  running.now.value = MORNING;
}

async function slash(text: string, id: string) {
  await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: slashCommandBody(text, `${running.slack.url}/respond/${id}`), contentType: 'application/x-www-form-urlencoded' });
  return running.slack.waitFor((c) => c.path === `/respond/${id}`);
}

const posts = () => running.slack.calls.filter((c) => c.path === '/api/chat.postMessage');

describe('digest commands', () => {
  it('subscribes the channel at a time, reports the status, and unsubscribes', async () => {
    const on = await slash('digest on 07:30', 'on');
    assert.match(visibleText(on.body.blocks), /07:30 \(Europe\/Berlin\)/);
    assert.equal((await running.store.getSubscription('C1'))?.time, '07:30');
    const status = await slash('digest status', 'status');
    assert.match(visibleText(status.body.blocks), /Next: 10 Mar 2026, 07:30/);
    await slash('digest off', 'off');
    assert.equal(await running.store.getSubscription('C1'), undefined);
  });

  it('rejects a bad time with the accepted forms and stores nothing', async () => {
    const reply = await slash('digest on 25:99', 'bad');
    assert.match(visibleText(reply.body.blocks), /25:99/);
    assert.match(visibleText(reply.body.blocks), /digest on 08:00/);
    assert.equal(await running.store.getSubscription('C1'), undefined);
  });

  it('shows a preview with the new article, this day in earlier years and the lead', async () => {
    const preview = await slash('digest', 'preview');
    const text = visibleText(preview.body.blocks);
    assert.match(text, /Kim Yo Jong droht Seoul/);
    assert.match(text, /10 years ago today/);
    assert.match(text, /Most named:\* Kim Jong Un \(1\), Kim Yo Jong \(1\)/);
    assert.match(text, /Quote of the day:\* „Wir werden auf jede Provokation mit aller Härte antworten“ — Kim Yo Jong/);
  });
});

describe('digest runner', () => {
  it('posts the parent once at the subscribed time with the details in its thread, never twice', async () => {
    await subscribeThenWait();
    await running.runner.tick();
    const [parent, thread] = posts();
    assert.equal(parent?.body.channel, 'C1');
    assert.match(String(parent?.body.text), /Tagesüberblick 10\. März 2026: 1 neuer Artikel/);
    assert.ok(thread?.body.thread_ts, 'details go in the thread');
    assert.match(visibleText(thread?.body.blocks), /Kim Yo Jong droht Seoul/);
    await running.runner.tick();
    assert.equal(posts().length, 2, 'second tick posts nothing');
  });

  it('sends nothing again after a restart on the same database the same day', async () => {
    await subscribeThenWait();
    await running.runner.tick();
    const dataDir = running.dataDir;
    await running.stop();
    running = await startBot(corpus, { dataDir, now: new Date(MORNING.getTime() + 3 * 3600_000) });
    await running.runner.tick();
    assert.equal(posts().length, 0);
  });

  it('waits for Retry-After on 429 and then posts once', async () => {
    await subscribeThenWait();
    running.slack.script('chat.postMessage', { status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '1' } });
    const [report] = await running.runner.tick();
    assert.equal(report?.outcome, 'sent');
    assert.equal(posts().filter((c) => !c.body.thread_ts).length, 2, 'one refused, one accepted parent');
    assert.equal((await running.store.lastSent('C1'))?.day, '2026-03-10');
  });

  it('records a digest that keeps failing with 500 as failed, not sent', async () => {
    await subscribeThenWait();
    const fail = { status: 500, body: { ok: false, error: 'internal_error' } };
    running.slack.script('chat.postMessage', fail, fail, fail, fail, fail, fail);
    const [report] = await running.runner.tick();
    assert.equal(report?.outcome, 'failed');
    assert.equal((await running.store.getSlot('C1', '2026-03-10'))?.status, 'failed');
    assert.equal(await running.store.lastSent('C1'), undefined);
    assert.ok(
      running.logs.some((line) => /digest/i.test(line) && /ERROR|WARN/.test(line)),
      'the operator sees it',
    );
  });
});
