/**
 * Charts through the real Slack path: signed requests to Bolt's HTTP receiver, the answer and the
 * chart's upload (files.getUploadURLExternal, the bytes to the upload URL, files.completeUploadExternal)
 * received by the fake Slack. Articles written for these tests (a made-up town), not the seeds.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mentionEventBody, signedPost, slashCommandBody } from '../support/signed-request.ts';
import { startBot, TEST_SECRET, type RunningBot } from '../support/bot.ts';
import { tempCorpus } from '../support/temp-corpus.ts';
import type { UploadedFile } from '../support/fake-slack.ts';
import { chartTestArticles } from '../support/chart-articles.ts';
import { pngSize } from '../support/png.ts';
import { clickButton } from '../support/block-actions.ts';
import { commandButton } from '../../src/render/actions.ts';

let running: RunningBot;
before(async () => {
  running = await startBot(await tempCorpus(chartTestArticles));
});
after(async () => {
  await running.stop();
});

let nextTs = 1_700_100_000;
/** Mention the bot in a new thread; the thread's ts. */
async function mention(text: string): Promise<string> {
  const ts = `${nextTs++}.000100`;
  const res = await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: mentionEventBody({ text: `<@UBOT> ${text}`, ts }), contentType: 'application/json' });
  assert.equal(res.status, 200);
  return ts;
}

const posted = (ts: string) => running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);

/** The upload shared into a thread, once files.completeUploadExternal has arrived. */
async function uploadIn(threadTs: string): Promise<UploadedFile> {
  await running.slack.waitFor((c) => c.path === '/api/files.completeUploadExternal' && c.body.thread_ts === threadTs);
  const found = running.slack.uploads.filter((u) => u.threadTs === threadTs);
  assert.equal(found.length, 1, 'one chart per answer');
  return found[0]!;
}

describe('charts in Slack', () => {
  it('a timeline over months: the answer in the thread, then its chart uploaded into the same thread', async () => {
    const ts = await mention('timeline 2022');
    const answer = await posted(ts);
    // every entry of the test articles is dated to a day or month: the chart counts them all
    const total = Number(/^Timeline 2022: (\d+) events\.$/.exec(String(answer.body.text))?.[1]);
    assert.ok(total >= 6, String(answer.body.text));
    const upload = await uploadIn(ts);
    assert.equal(upload.channel, 'C1');
    assert.deepEqual(pngSize(upload.bytes), { width: 1600, height: 600 });
    assert.match(upload.filename, /^chronik-2022\.png$/);
    assert.ok(upload.altText?.startsWith(`Balkendiagramm „Chronik 2022“: ${total} Ereignisse im Jahr 2022`), upload.altText);
    // the text went out before the chart (the chart never holds the answer back)
    const calls = running.slack.calls;
    const answerAt = calls.findIndex((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    const shareAt = calls.findIndex((c) => c.path === '/api/files.completeUploadExternal' && c.body.thread_ts === ts);
    assert.ok(answerAt >= 0 && shareAt > answerAt, `answer at ${answerAt}, chart shared at ${shareAt}`);
    // the bytes went to the upload URL the fake handed out, as a multipart body (as the Web API client sends them)
    const bytesCall = running.slack.calls.find((c) => c.path === `/upload/${upload.id}`);
    assert.match(String(bytesCall?.headers['content-type']), /^multipart\/form-data/);
  });

  it('who: a small chart of mentions over time', async () => {
    const ts = await mention('who Anna Petersen');
    await posted(ts);
    const upload = await uploadIn(ts);
    assert.deepEqual(pngSize(upload.bytes), { width: 1200, height: 400 });
    assert.match(upload.altText ?? '', /Anna Petersen in den Artikeln/);
  });

  it('an empty range and a one-month range are answered without a chart', async () => {
    const empty = await mention('timeline 2015');
    const oneMonth = await mention('timeline 2022-06');
    await posted(empty);
    await posted(oneMonth);
    // a later answer with a chart: by the time its upload is complete, the two before had their turn
    const later = await mention('timeline 2022-01..2022-09');
    await uploadIn(later);
    assert.deepEqual(
      running.slack.uploads.filter((u) => u.threadTs === empty || u.threadTs === oneMonth),
      [],
    );
  });

  it('a failed upload (no files:write) still delivers the text answer and logs one line', async () => {
    running.slack.script('files.getUploadURLExternal', { status: 200, body: { ok: false, error: 'missing_scope', needed: 'files:write' } });
    const ts = await mention('timeline 2022');
    const answer = await posted(ts);
    assert.match(String(answer.body.text), /^Timeline 2022: \d+ events\.$/);
    await running.slack.waitFor((c) => c.path === '/api/files.getUploadURLExternal');
    await waitUntil(() => running.logs.some((l) => l.includes('chart upload to C1 failed: missing_scope (needed files:write)')));
    assert.equal(running.slack.uploads.filter((u) => u.threadTs === ts).length, 0);
  });

  it('a broken upload URL (HTTP 500) still delivers the text answer', async () => {
    running.slack.script('upload', { status: 500, body: { ok: false } });
    const ts = await mention('who Anna Petersen');
    await posted(ts);
    await waitUntil(() => running.logs.some((l) => /chart upload to C1 failed: .*500/.test(l)));
    assert.equal(running.slack.uploads.filter((u) => u.threadTs === ts).length, 0);
  });
});

describe('charts for the slash command', () => {
  it('answers ephemerally with a note, and sends the chart to the asker in the DM with the bot', async () => {
    const responseUrl = `${running.slack.url}/respond/chart1`;
    await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: slashCommandBody('timeline 2022', responseUrl), contentType: 'application/x-www-form-urlencoded' });
    const reply = await running.slack.waitFor((c) => c.path === '/respond/chart1');
    assert.equal(reply.body.response_type, 'ephemeral');
    assert.match(JSON.stringify(reply.body.blocks), /direct messages/);
    const done = await running.slack.waitFor((c) => c.path === '/api/files.completeUploadExternal' && c.body.channel_id === 'DU1');
    assert.match(String(done.body.initial_comment), /^Chart for "timeline 2022"$/);
    const upload = running.slack.uploads.find((u) => u.channel === 'DU1');
    assert.deepEqual(pngSize(upload!.bytes), { width: 1600, height: 600 });
  });

  it('says so when the chart could not be sent (not_in_channel), after the full answer', async () => {
    running.slack.script('files.completeUploadExternal', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    const responseUrl = `${running.slack.url}/respond/chart2`;
    await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: slashCommandBody('who Anna Petersen', responseUrl), contentType: 'application/x-www-form-urlencoded' });
    await waitUntil(() => running.slack.calls.filter((c) => c.path === '/respond/chart2').length === 2);
    const [answer, note] = running.slack.calls.filter((c) => c.path === '/respond/chart2');
    assert.match(String(answer!.body.text), /Anna Petersen/);
    assert.match(String(note!.body.text), /could not send the chart/);
    assert.ok(running.logs.some((l) => l.includes('chart upload to DU1 failed: not_in_channel')));
  });
});

describe('charts for a candidate clicked (an ambiguous name)', () => {
  const button = () => {
    const made = commandButton('who Anna Petersen', 'de');
    return { action_id: made.action_id!, value: made.value! };
  };

  it('in a thread: the profile, then its chart, in that thread', async () => {
    const res = await clickButton(running.url, TEST_SECRET, button(), { responseUrl: `${running.slack.url}/respond/click1`, ephemeral: false, messageTs: '1700200000.000100', actionTs: '1700200000.1' });
    assert.equal(res.status, 200);
    await posted('1700200000.000100');
    const upload = await uploadIn('1700200000.000100');
    assert.deepEqual(pngSize(upload.bytes), { width: 1200, height: 400 });
  });

  it('in an ephemeral answer: the profile with a note, the chart by DM', async () => {
    await clickButton(running.url, TEST_SECRET, button(), { responseUrl: `${running.slack.url}/respond/click2`, ephemeral: true, user: 'U7', actionTs: '1700200001.1' });
    const reply = await running.slack.waitFor((c) => c.path === '/respond/click2');
    assert.match(JSON.stringify(reply.body.blocks), /Direktnachricht/);
    await running.slack.waitFor((c) => c.path === '/api/files.completeUploadExternal' && c.body.channel_id === 'DU7');
    assert.equal(running.slack.uploads.filter((u) => u.channel === 'DU7').length, 1);
  });
});

async function waitUntil(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
