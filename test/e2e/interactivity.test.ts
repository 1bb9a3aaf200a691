/**
 * Buttons, thread follow-ups and Slack's retries, end to end over signed HTTP, on a corpus of
 * articles nobody has seen.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buttonsIn, clickButton } from '../support/block-actions.ts';
import { startBot, TEST_SECRET, type RunningBot } from '../support/bot.ts';
import { mentionEventBody, signedPost, slashCommandBody } from '../support/signed-request.ts';
import { tempCorpus } from '../support/temp-corpus.ts';
import { visibleText } from '../support/visible-text.ts';

let running: RunningBot;
before(async () => {
  const articles = Array.from({ length: 12 }, (_, i) => ({
    id: `rakete-${String(i).padStart(2, '0')}`,
    date: `2022-${String(i + 1).padStart(2, '0')}-15`,
    title: `Raketentest Nummer ${i + 1}`,
    body: `Nordkorea hat nach Angaben des Generalstabs in Seoul erneut eine ballistische Rakete getestet. Verteidigungsminister Lee Jong-sup verurteilte den Test Nummer ${i + 1}. Die Rakete flog ${100 + i} Kilometer weit.`,
  }));
  running = await startBot(await tempCorpus(articles));
});
after(async () => running.stop());

async function slash(text: string, id: string) {
  await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: slashCommandBody(text, `${running.slack.url}/respond/${id}`), contentType: 'application/x-www-form-urlencoded' });
  return running.slack.waitFor((c) => c.path === `/respond/${id}`);
}

async function mention(text: string, ts: string, threadTs?: string, eventId?: string, headers: Record<string, string> = {}) {
  const body = mentionEventBody({ text: `<@UBOT> ${text}`, ts, ...(threadTs ? { thread_ts: threadTs } : {}) }, eventId);
  return signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body, contentType: 'application/json', headers });
}

describe('buttons', () => {
  it('"Share in channel" posts the same answer visibly, saying who shared it', async () => {
    const first = await slash('who Lee Jong-sup', 'share-1');
    const share = buttonsIn(first.body.blocks).find((b) => b.action_id === 'korea_share');
    assert.ok(share, 'ephemeral answer has a share button');
    await clickButton(running.url, TEST_SECRET, share, { responseUrl: `${running.slack.url}/respond/share-2`, ephemeral: true });
    const shared = await running.slack.waitFor((c) => c.path === '/respond/share-2');
    assert.equal(shared.body.response_type, 'in_channel');
    assert.match(visibleText(shared.body.blocks), /Lee Jong-sup/);
    assert.match(visibleText(shared.body.blocks), /Shared by <@U1>/);
    assert.equal(buttonsIn(shared.body.blocks).filter((b) => b.action_id !== 'korea_source').length, 0, 'no share button on the shared copy');
  });

  it('"More" shows the next page of a search', async () => {
    const first = await slash('Raketentest', 'more-1');
    const more = buttonsIn(first.body.blocks).find((b) => b.action_id === 'korea_more');
    assert.ok(more, 'first page offers more');
    await clickButton(running.url, TEST_SECRET, more, { responseUrl: `${running.slack.url}/respond/more-2`, ephemeral: true });
    const second = await running.slack.waitFor((c) => c.path === '/respond/more-2');
    const ids = (text: string) => [...text.matchAll(/`(rakete-\d+)`/g)].map((m) => m[1]);
    const page1 = ids(visibleText(first.body.blocks));
    const page2 = ids(visibleText(second.body.blocks));
    assert.equal(page1.length, 5);
    assert.equal(page2.length, 5);
    assert.equal(page1.filter((id) => page2.includes(id)).length, 0, 'pages do not overlap');
  });

  it('"Show source" in a thread answer shows the cited passage in context, in the thread', async () => {
    await mention('timeline 2022-03', '1700000100.000100');
    const answer = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000100.000100');
    const source = buttonsIn(answer.body.blocks).find((b) => b.action_id === 'korea_source');
    assert.ok(source);
    await clickButton(running.url, TEST_SECRET, source, { responseUrl: `${running.slack.url}/respond/src`, ephemeral: false, messageTs: '1700000100.000200', threadTs: '1700000100.000100' });
    const shown = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && visibleText(c.body.blocks).includes('Source in context'));
    assert.equal(shown.body.thread_ts, '1700000100.000100');
    assert.match(visibleText(shown.body.blocks), /rakete-02/);
  });
});

describe('threads', () => {
  it('stores the answered command as message metadata', async () => {
    await mention('timeline 2022', '1700000200.000100');
    const answer = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000200.000100');
    assert.deepEqual(answer.body.metadata, { event_type: 'korea_answer', event_payload: { command: 'timeline 2022' } });
  });

  it('answers "und 2021?" from the thread\'s previous answer, read with conversations.replies', async () => {
    running.slack.script('conversations.replies', {
      status: 200,
      body: {
        ok: true,
        messages: [
          { ts: '1700000300.000100', text: '<@UBOT> timeline Raketentest 2022-01' },
          { ts: '1700000300.000200', text: 'answer', metadata: { event_type: 'korea_answer', event_payload: { command: 'timeline Raketentest 2022-01' } } },
        ],
      },
    });
    await mention('und 2022-02?', '1700000300.000300', '1700000300.000100');
    const reply = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000300.000100');
    const replies = running.slack.calls.find((c) => c.path === '/api/conversations.replies');
    assert.equal(replies?.body.ts, '1700000300.000100');
    assert.match(visibleText(reply.body.blocks), /Chronik Raketentest, Februar 2022/);
    assert.match(visibleText(reply.body.blocks), /rakete-01/);
  });

  it('reads a long thread to its newest answer, page by page', async () => {
    const answer = (command: string) => ({ ts: '1', text: 'answer', metadata: { event_type: 'korea_answer', event_payload: { command } } });
    running.slack.script(
      'conversations.replies',
      { status: 200, body: { ok: true, has_more: true, response_metadata: { next_cursor: 'page2' }, messages: [answer('timeline 2022-01')] } },
      { status: 200, body: { ok: true, has_more: false, messages: [answer('timeline Raketentest 2022-05')] } },
    );
    await mention('und 2022-06?', '1700000350.000300', '1700000350.000100');
    const reply = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000350.000100');
    assert.match(visibleText(reply.body.blocks), /Chronik Raketentest, Juni 2022/);
    assert.ok(running.slack.calls.some((c) => c.path === '/api/conversations.replies' && c.body.cursor === 'page2'));
  });

  it('answers a follow-up without context with a short explanation instead of failing', async () => {
    running.slack.script('conversations.replies', { status: 200, body: { ok: false, error: 'missing_scope' } });
    await mention('mehr', '1700000400.000200', '1700000400.000100');
    const reply = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000400.000100');
    assert.match(visibleText(reply.body.blocks), /nichts fortzusetzen/);
  });

  it('answers a retried delivery of the same event only once', async () => {
    await mention('who Lee Jong-sup', '1700000500.000100', undefined, 'EvRETRY1');
    await mention('who Lee Jong-sup', '1700000500.000100', undefined, 'EvRETRY1', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000500.000100');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(running.slack.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000500.000100').length, 1);
  });

  it('ignores mentions written by bots (including itself)', async () => {
    const body = JSON.parse(mentionEventBody({ text: '<@UBOT> who Lee Jong-sup', ts: '1700000550.000100' }));
    body.event.bot_id = 'B999';
    await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: JSON.stringify(body), contentType: 'application/json' });
    await mention('who Lee Jong-sup', '1700000551.000100');
    await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000551.000100');
    assert.equal(running.slack.calls.filter((c) => c.body.thread_ts === '1700000550.000100').length, 0);
  });

  it('answers a mention with no question with help, in the thread', async () => {
    await mention('', '1700000600.000100');
    const reply = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000600.000100');
    assert.match(visibleText(reply.body.blocks), /timeline/);
  });

  it('answers natural English in English and German in German', async () => {
    await mention('who is Lee Jong-sup?', '1700000700.000100');
    await mention('wer ist Lee Jong-sup?', '1700000800.000100');
    const en = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000700.000100');
    const de = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000800.000100');
    assert.match(String(en.body.text), /mentioned in 12 articles/);
    assert.match(String(de.body.text), /erwähnt in 12 Artikeln/);
  });
});
