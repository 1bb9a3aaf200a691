/**
 * The Slack path end to end: Bolt's real HTTP receiver on 127.0.0.1, correctly signed requests,
 * and a fake Web API / response_url on loopback receiving the answers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadCorpus } from '../../src/corpus/load.ts';
import { mentionEventBody, signedPost, slashCommandBody } from '../support/signed-request.ts';
import { startBot, TEST_SECRET, TEST_TOKEN, type RunningBot } from '../support/bot.ts';
import { visibleText } from '../support/visible-text.ts';

let running: RunningBot;
/** The corpus the bot serves, to find articles by content and date instead of pinning file names. */
let articles: Array<{ id: string; body: string; date: { value: string } }>;
before(async () => {
  running = await startBot('corpus');
  articles = (await loadCorpus('corpus')).articles;
});
after(async () => {
  await running.stop();
});

const allText = visibleText;

async function slash(text: string, id: string) {
  const responseUrl = `${running.slack.url}/respond/${id}`;
  const res = await signedPost(`${running.url}/slack/events`, {
    secret: TEST_SECRET,
    body: slashCommandBody(text, responseUrl),
    contentType: 'application/x-www-form-urlencoded',
  });
  return { res, reply: () => running.slack.waitFor((c) => c.path === `/respond/${id}`) };
}

describe('slash command /korea', () => {
  it('acks at once and responds ephemerally on the response_url with a cited profile', async () => {
    const { res, reply } = await slash('who Biegun', 'who1');
    assert.equal(res.status, 200);
    const call = await reply();
    assert.equal(call.body.response_type, 'ephemeral');
    const blocks = call.body.blocks as Array<{ type: string; text?: { text: string } }>;
    assert.equal(blocks[0]!.type, 'header');
    assert.match(blocks[0]!.text!.text, /Stephen Biegun/);
    assert.match(allText(blocks), /US-Vizeaußenminister/);
    // the card cites by a short line (title · date); the article id rides on each "show source" button
    assert.ok(
      articles.some((a) => /Biegun/.test(a.body) && JSON.stringify(blocks).includes(a.id)),
      'cites an article that names him',
    );
    assert.match(allText(blocks), /Die Verhandlungen über Nordkoreas Atomprogramm kommen seit dem gescheiterten … · July 2020/, 'short citation');
    assert.ok(blocks.length <= 14, `a compact card: ${blocks.length} blocks`);
    assert.match(String(call.body.text), /Stephen Biegun/, 'fallback text');
  });

  it('answers a timeline in date order with citations', async () => {
    const { reply } = await slash('timeline 2019..2020', 'tl1');
    const call = await reply();
    const text = allText(call.body.blocks);
    assert.match(String(call.body.text), /^Timeline 2019 – 2020: \d+ events\.$/);
    // grouped by year, oldest first
    assert.ok(text.indexOf('*2019*') >= 0 && text.indexOf('*2019*') < text.indexOf('*2020*'));
    assert.match(text, /\*late February 2019\*/, 'the failed summit, dated from inside the articles');
    // article ids ride on the source and feedback buttons, not in the visible text
    const cited = articles.filter((a) => JSON.stringify(call.body.blocks).includes(a.id));
    assert.ok(cited.length > 0, 'cites articles');
    assert.ok(
      cited.every((a) => a.date.value < '2021'),
      'the 2021 article tells nothing of 2019-2020',
    );
  });

  it('answers bad input with a specific usage message, not silence', async () => {
    const { reply } = await slash('timeline 20x0', 'bad1');
    const call = await reply();
    assert.match(allText(call.body.blocks), /not a year, month or range/);
    assert.match(allText(call.body.blocks), /timeline 2018\.\.2020/);
  });

  it('escapes user input so <!channel> pings no one', async () => {
    const { reply } = await slash('who <!channel>', 'esc1');
    const text = allText((await reply()).body.blocks);
    assert.doesNotMatch(text, /<!channel>/);
    assert.match(text, /&lt;!channel&gt;/);
  });
});

describe('app_mention', () => {
  it('answers in a new thread under the mention', async () => {
    const res = await signedPost(`${running.url}/slack/events`, {
      secret: TEST_SECRET,
      body: mentionEventBody({ text: '<@UBOT> who Biegun', ts: '1700000000.000100' }),
      contentType: 'application/json',
    });
    assert.equal(res.status, 200);
    const call = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000000.000100');
    assert.equal(call.body.channel, 'C1');
    assert.equal(call.headers.authorization, `Bearer ${TEST_TOKEN}`);
    assert.match(allText(call.body.blocks), /Stephen Biegun/);
  });

  it('answers inside an existing thread', async () => {
    await signedPost(`${running.url}/slack/events`, {
      secret: TEST_SECRET,
      body: mentionEventBody({ text: '<@UBOT> timeline 2020', ts: '1700000001.000200', thread_ts: '1700000000.000999' }),
      contentType: 'application/json',
    });
    const call = await running.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000000.000999');
    assert.match(allText(call.body.blocks), /Timeline 2020/);
  });
});

describe('request verification', () => {
  it('answers url_verification with the challenge', async () => {
    const res = await signedPost(`${running.url}/slack/events`, {
      secret: TEST_SECRET,
      body: JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }),
      contentType: 'application/json',
    });
    assert.equal(res.status, 200);
    assert.match(await res.text(), /abc123/);
  });

  it('rejects a forged signature with 401', async () => {
    const res = await signedPost(`${running.url}/slack/events`, {
      secret: TEST_SECRET,
      body: slashCommandBody('who Biegun', `${running.slack.url}/respond/forged`),
      contentType: 'application/x-www-form-urlencoded',
      signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000',
    });
    assert.equal(res.status, 401);
  });

  it('rejects a correctly signed but stale request with 401', async () => {
    const res = await signedPost(`${running.url}/slack/events`, {
      secret: TEST_SECRET,
      body: slashCommandBody('who Biegun', `${running.slack.url}/respond/stale`),
      contentType: 'application/x-www-form-urlencoded',
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    assert.equal(res.status, 401);
  });

  it('serves GET /healthz', async () => {
    const res = await fetch(`${running.url}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { ok: true, articles: 5 });
  });

  it('never writes the token or signing secret to the logs', () => {
    const logs = running.logs.join('\n');
    assert.doesNotMatch(logs, new RegExp(TEST_TOKEN));
    assert.doesNotMatch(logs, new RegExp(TEST_SECRET));
  });
});
