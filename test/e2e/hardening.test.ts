/**
 * Nothing one request can do stops the bot or makes it answer wrongly: correctly signed but
 * malformed bodies get a 400 and a log line, oversized bodies a 413, slow or failing `auth.test`
 * delays no ack, and a half-sent body does not hold a connection open. All over real HTTP
 * against Bolt's receiver, with a fake Slack on loopback.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { buttonsIn, clickButton } from '../support/block-actions.ts';
import { startBot, TEST_SECRET, type RunningBot } from '../support/bot.ts';
import { startFakeSlack } from '../support/fake-slack.ts';
import { mentionEventBody, signedPost, slashCommandBody } from '../support/signed-request.ts';
import { visibleText } from '../support/visible-text.ts';

let running: RunningBot;
before(async () => {
  running = await startBot('corpus', { timeouts: { requestTimeout: 1000, headersTimeout: 1000, connectionsCheckingInterval: 200 } });
});
after(async () => {
  await running.stop();
});

const json = (body: unknown) => signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: JSON.stringify(body), contentType: 'application/json' });
const form = (body: string) => signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body, contentType: 'application/x-www-form-urlencoded' });
const payload = (value: unknown) => form(new URLSearchParams({ payload: JSON.stringify(value) }).toString());

async function stillAnswers(id: string): Promise<void> {
  const res = await form(slashCommandBody('who Biegun', `${running.slack.url}/respond/${id}`));
  assert.equal(res.status, 200);
  const reply = await running.slack.waitFor((c) => c.path === `/respond/${id}`);
  assert.match(visibleText(reply.body.blocks), /Biegun/);
}

describe('signed but malformed requests', () => {
  const cases: Array<[string, () => Promise<Response>]> = [
    ['JSON body null', () => json(null)],
    ['form body payload=null', () => form('payload=null')],
    ['a JSON array', () => json([1, 2])],
    ['event: null', () => json({ type: 'event_callback', event_id: 'Ev1', event: null })],
    ['event: "text"', () => json({ type: 'event_callback', event_id: 'Ev2', event: 'text' })],
    ['a mention whose text is a number', () => json({ ...JSON.parse(mentionEventBody({ text: 'x', ts: '1.1' })), event: { type: 'app_mention', channel: 'C1', ts: '1.1', user: 'U1', text: 42 } })],
    ['a mention whose text is an object', () => json({ ...JSON.parse(mentionEventBody({ text: 'x', ts: '1.2' })), event: { type: 'app_mention', channel: 'C1', ts: '1.2', user: 'U1', text: { a: 1 } } })],
    ['a share click without user', () => payload({ type: 'block_actions', actions: [{ action_id: 'korea_share', value: '{}' }], response_url: 'x' })],
    ['a click whose user id carries markup', () => payload({ type: 'block_actions', user: { id: 'U1> <!channel' }, actions: [{ action_id: 'korea_share', value: '{}' }] })],
    ['garbage view_submission', () => payload({ type: 'view_submission', view: 'x' })],
    ['garbage shortcut', () => payload({ type: 'shortcut', user: null })],
    ['garbage message_action', () => payload({ type: 'message_action', channel: 5 })],
    ['garbage block_suggestion', () => payload({ type: 'block_suggestion', user: {} })],
    ['a slash command whose text is repeated', () => form(`${slashCommandBody('a', 'http://x/')}&text=b`)],
    ['invalid JSON', () => signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: '{"type":', contentType: 'application/json' })],
  ];
  for (const [name, send] of cases) {
    it(`${name}: 400 and a log line, and the bot goes on`, async () => {
      const logsBefore = running.logs.length;
      const res = await send();
      assert.equal(res.status, 400);
      const logged = running.logs.slice(logsBefore).filter((line) => line.startsWith('WARN 400 for POST /slack/events'));
      assert.equal(logged.length, 1, `one log line, got ${JSON.stringify(running.logs.slice(logsBefore))}`);
    });
  }

  it('still answers after all of them', async () => {
    await stillAnswers('after-malformed');
  });

  it('leaves unsigned requests to Bolt (401), malformed or not', async () => {
    const res = await signedPost(`${running.url}/slack/events`, { secret: 'wrong-secret', body: 'null', contentType: 'application/json' });
    assert.equal(res.status, 401);
  });

  it('still answers ssl_check and url_verification', async () => {
    const ssl = await signedPost(`${running.url}/slack/events`, { secret: 'unsigned', body: 'ssl_check=1&token=x', contentType: 'application/x-www-form-urlencoded' });
    assert.equal(ssl.status, 200);
    const verification = await json({ type: 'url_verification', challenge: 'c-123', token: 'x' });
    assert.equal(verification.status, 200);
    assert.match(await verification.text(), /c-123/);
  });
});

describe('odd but valid requests get an answer', () => {
  it('a slash command without text is answered with help', async () => {
    const body = new URLSearchParams(slashCommandBody('', `${running.slack.url}/respond/notext`));
    body.delete('text');
    const res = await form(body.toString());
    assert.equal(res.status, 200);
    const reply = await running.slack.waitFor((c) => c.path === '/respond/notext');
    assert.match(visibleText(reply.body.blocks), /timeline/);
  });

  it('a 200 kB slash command is acked and refused as too long', async () => {
    const text = '<@U1|'.repeat(40_000);
    const started = Date.now();
    const res = await form(slashCommandBody(text, `${running.slack.url}/respond/huge`));
    assert.equal(res.status, 200);
    const reply = await running.slack.waitFor((c) => c.path === '/respond/huge');
    assert.match(visibleText(reply.body.blocks), /200000 characters/);
    assert.ok(Date.now() - started < 2500, "answered well within Slack's 3 s");
  });

  it('a share button with 490 control characters still shares', async () => {
    const res = await form(slashCommandBody(`Kaesong ${'\u0001'.repeat(490)}`, `${running.slack.url}/respond/ctl`));
    assert.equal(res.status, 200);
    const reply = await running.slack.waitFor((c) => c.path === '/respond/ctl');
    const share = buttonsIn(reply.body.blocks).find((b) => b.action_id === 'korea_share');
    assert.ok(share, 'the answer has a share button');
    assert.ok(share.value.length <= 2000);
    const click = await clickButton(running.url, TEST_SECRET, share, { responseUrl: `${running.slack.url}/respond/ctl-share`, ephemeral: true });
    assert.equal(click.status, 200);
    const shared = await running.slack.waitFor((c) => c.path === '/respond/ctl-share');
    assert.equal(shared.body.response_type, 'in_channel');
    assert.match(visibleText(shared.body.blocks), /Kaesong/);
    assert.match(visibleText(shared.body.blocks), /<@U1>/);
  });
});

describe('limits of the HTTP server', () => {
  it('refuses a body over 1 MB with 413 before reading it', async () => {
    const res = await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: `{"x":"${'a'.repeat(1_100_000)}"}`, contentType: 'application/json' }).catch((error: Error) => error);
    // the server may close the connection while the client is still sending
    if (res instanceof Error) assert.match(String(res.cause ?? res), /other side closed|ECONNRESET|EPIPE|SocketError/);
    else assert.equal(res.status, 413);
    assert.ok(running.logs.some((line) => /413 for POST \/slack\/events/.test(line)));
    await stillAnswers('after-413');
  });

  it('closes a connection whose body is shorter than its Content-Length', async () => {
    const url = new URL(running.url);
    let answer = '';
    const closed = await new Promise<number>((resolve, reject) => {
      const started = Date.now();
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write('POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":');
      });
      socket.on('error', () => {});
      // read what the server says, else 'close' waits for the data to be consumed
      socket.on('data', (chunk) => (answer += String(chunk)));
      socket.on('close', () => resolve(Date.now() - started));
      setTimeout(() => reject(new Error('connection still open after 8 s')), 8000).unref();
    });
    assert.ok(closed < 8000);
    assert.match(answer, /^HTTP\/1\.1 408/);
  });
});

describe('the bot never waits for auth.test', () => {
  it('acks and answers at once while auth.test takes 4 s, and calls it once', async () => {
    const slack = await startFakeSlack();
    slack.script('auth.test', { status: 200, body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT' }, delayMs: 4000 });
    const slow = await startBot('corpus', { slack });
    try {
      const started = Date.now();
      for (const id of ['s1', 's2', 's3']) {
        const res = await signedPost(`${slow.url}/slack/events`, { secret: TEST_SECRET, body: slashCommandBody('who Biegun', `${slack.url}/respond/${id}`), contentType: 'application/x-www-form-urlencoded' });
        assert.equal(res.status, 200);
        await slack.waitFor((c) => c.path === `/respond/${id}`);
      }
      assert.ok(Date.now() - started < 3000, `three answers in ${Date.now() - started} ms`);
      const mention = await signedPost(`${slow.url}/slack/events`, { secret: TEST_SECRET, body: mentionEventBody({ text: '<@UBOT> who Biegun', ts: '1700000009.000100' }), contentType: 'application/json' });
      assert.equal(mention.status, 200);
      await slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000009.000100');
      assert.equal(slack.calls.filter((c) => c.path === '/api/auth.test').length, 1);
    } finally {
      await slow.stop();
    }
  });

  it('with invalid_auth: answers go on, one log line, /readyz says why', async () => {
    const slack = await startFakeSlack();
    slack.script('auth.test', ...Array.from({ length: 20 }, () => ({ status: 200, body: { ok: false, error: 'invalid_auth' } })));
    const broken = await startBot('corpus', { slack });
    try {
      for (const id of ['i1', 'i2']) {
        const res = await signedPost(`${broken.url}/slack/events`, { secret: TEST_SECRET, body: slashCommandBody('who Biegun', `${slack.url}/respond/${id}`), contentType: 'application/x-www-form-urlencoded' });
        assert.equal(res.status, 200);
        assert.match(visibleText((await slack.waitFor((c) => c.path === `/respond/${id}`)).body.blocks), /Biegun/);
      }
      const ready = await fetch(`${broken.url}/readyz`);
      assert.equal(ready.status, 503);
      const body = (await ready.json()) as { ready: boolean; slack: { state: string; error?: string } };
      assert.equal(body.ready, false);
      assert.equal(body.slack.state, 'failing');
      assert.equal(body.slack.error, 'invalid_auth');
      assert.equal(broken.logs.filter((line) => /auth\.test failed/.test(line)).length, 1);
      const health = await fetch(`${broken.url}/healthz`);
      assert.equal(health.status, 200, 'alive, only not ready');
    } finally {
      await broken.stop();
    }
  });

  it('/readyz is 200 once Slack has confirmed the identity', async () => {
    const res = await fetch(`${running.url}/readyz`);
    assert.equal(res.status, 200);
    assert.deepEqual(((await res.json()) as { slack: { state: string } }).slack.state, 'ok');
  });
});
