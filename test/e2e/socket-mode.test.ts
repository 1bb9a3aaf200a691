/**
 * Socket Mode end to end: the real Bolt Socket Mode receiver connects to a fake Socket Mode
 * endpoint (the URL comes from `apps.connections.open` on the fake Web API), acks a slash
 * command and a mention envelope and answers them, and opens a new connection when one drops.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { createCore } from '../../src/core.ts';
import { createLogger } from '../../src/log.ts';
import { createSlackBot, type SlackBot } from '../../src/slack/app.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { startFakeSocketMode, type FakeSocketMode } from '../support/fake-socket-mode.ts';
import { visibleText } from '../support/visible-text.ts';

let slack: FakeSlack;
let socket: FakeSocketMode;
let bot: SlackBot;

before(async () => {
  slack = await startFakeSlack();
  socket = await startFakeSocketMode();
  slack.setDefault('apps.connections.open', { status: 200, body: { ok: true, url: socket.url } });
  const core = createCore(buildKnowledge((await loadCorpus('corpus')).articles), 'en');
  bot = createSlackBot({ botToken: 'xoxb-socket-test', mode: 'socket', appToken: 'xapp-1-socket-test', apiUrl: slack.apiUrl }, core, createLogger({ write: () => {} }));
  await bot.start(0);
  await socket.waitForConnections(1);
});
after(async () => {
  await bot.stop();
  await socket.close();
  await slack.close();
});

const slashEnvelope = (id: string, text: string) => ({
  envelope_id: id,
  type: 'slash_commands',
  accepts_response_payload: true,
  payload: { token: 'legacy', team_id: 'T1', channel_id: 'C1', user_id: 'U1', command: '/korea', text, api_app_id: 'A1', response_url: `${slack.url}/respond/${id}`, trigger_id: '1.2.3' },
});

describe('Socket Mode', () => {
  it('opens the connection with the app token', () => {
    const open = slack.calls.find((c) => c.path === '/api/apps.connections.open');
    assert.ok(open, 'apps.connections.open was called');
    assert.match(String(open.headers.authorization), /^Bearer xapp-1-socket-test$/);
  });

  it('acks a slash command envelope and answers on its response_url', async () => {
    await socket.send(slashEnvelope('env-slash-1', 'who Biegun'));
    assert.ok(socket.acks.includes('env-slash-1'));
    const reply = await slack.waitFor((c) => c.path === '/respond/env-slash-1');
    assert.equal(reply.body.response_type, 'ephemeral');
    assert.match(visibleText(reply.body.blocks), /Stephen Biegun/);
  });

  it('acks an app_mention envelope and answers in the thread', async () => {
    await socket.send({
      envelope_id: 'env-mention-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: {
        type: 'event_callback',
        team_id: 'T1',
        api_app_id: 'A1',
        event_id: 'EvSocket1',
        event_time: 1,
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
        event: { type: 'app_mention', user: 'U1', channel: 'C1', ts: '1700000200.000100', event_ts: '1700000200.000100', text: '<@UBOT> timeline 2020' },
      },
    });
    const post = await slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000200.000100');
    assert.match(String(post.body.text), /Timeline 2020/);
  });

  it('opens a new connection when the connection drops, and answers on it', async () => {
    const opened = slack.calls.filter((c) => c.path === '/api/apps.connections.open').length;
    socket.drop();
    await socket.waitForConnections(2, 20_000);
    assert.ok(slack.calls.filter((c) => c.path === '/api/apps.connections.open').length > opened);
    await socket.send(slashEnvelope('env-slash-2', 'help'));
    await slack.waitFor((c) => c.path === '/respond/env-slash-2');
  });
});
