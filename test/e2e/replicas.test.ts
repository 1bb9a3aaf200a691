/**
 * Two bot processes on one PostgreSQL and one fake Slack, as a newsroom runs them behind a load
 * balancer: a retry that reaches the other replica is not answered twice, a digest goes out
 * once, a replica killed after claiming a digest does not lose it, and a database that is down
 * at start stops the bot with one line.
 */
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PostgresDigestStore } from '../../src/digest/postgres-store.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { buttonsIn, clickButton } from '../support/block-actions.ts';
import { spawnBot, until, waitReady, type BotProcess } from '../support/bot-process.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { CAN_RESTART_POSTGRES, freshDatabase, pgCtl, POSTGRES_SKIP, type FreshDatabase } from '../support/postgres.ts';
import { mentionEventBody, signedPost, slashCommandBody } from '../support/signed-request.ts';
import { tempCorpus } from '../support/temp-corpus.ts';

const SECRET = 'replica-signing-secret-0123';
const today = () => new Date().toISOString().slice(0, 10);
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

describe('two replicas on one PostgreSQL', { skip: POSTGRES_SKIP }, () => {
  let db: FreshDatabase;
  let slack: FakeSlack;
  let corpus: string;
  let replicas: BotProcess[] = [];
  let store: PostgresDigestStore;

  const env = async (): Promise<Record<string, string>> => ({
    SLACK_BOT_TOKEN: 'xoxb-replica',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    DATABASE_URL: db.url,
    CORPUS_DIR: corpus,
    DATA_DIR: await mkdtemp(join(tmpdir(), 'replica-data-')),
    DIGEST_TZ: 'UTC',
    DIGEST_CHECK_SECONDS: '1',
    DIGEST_CLAIM_LEASE_SECONDS: '3',
    LOG_LEVEL: 'info',
  });
  const start = async () => {
    const replica = await spawnBot(await env());
    replicas.push(replica);
    await waitReady(replica);
    return replica;
  };
  const parents = (channel: string) => slack.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === channel && !c.body.thread_ts);

  before(async () => {
    db = await freshDatabase();
    slack = await startFakeSlack();
    corpus = await tempCorpus([
      {
        id: 'neu',
        date: today(),
        title: 'Seoul und Pjöngjang sprechen wieder',
        body: 'Vertreter beider Staaten trafen sich in Panmunjom. Der Unterhändler Park Min-ho sagte, man sei „vorsichtig optimistisch“.',
      },
    ]);
    store = new PostgresDigestStore(await openPostgres(db.url), db.url, true);
  });
  after(async () => {
    for (const replica of replicas) replica.child.kill('SIGKILL');
    await Promise.all(replicas.map((r) => r.exited));
    await store.close();
    await slack.close();
    await db.drop();
  });

  it('answers a mention once when its retry reaches the other replica', async () => {
    const [a, b] = [await start(), await start()];
    const body = mentionEventBody({ text: '<@UBOT> wer ist Park Min-ho?', ts: '1700000100.000100' }, 'EvReplica1');
    const first = await signedPost(`${a.url}/slack/events`, { secret: SECRET, body, contentType: 'application/json' });
    const retry = await signedPost(`${b!.url}/slack/events`, { secret: SECRET, body, contentType: 'application/json', headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    assert.deepEqual([first.status, retry.status], [200, 200]);
    await slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000100.000100');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(slack.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000100.000100').length, 1);
  });

  it('answers a button click once when it is delivered to both replicas', async () => {
    const [a, b] = replicas;
    await signedPost(`${a!.url}/slack/events`, { secret: SECRET, body: slashCommandBody('Panmunjom', `${slack.url}/respond/search`), contentType: 'application/x-www-form-urlencoded' });
    const answer = await slack.waitFor((c) => c.path === '/respond/search');
    const share = buttonsIn(answer.body.blocks).find((button) => button.action_id === 'korea_share');
    assert.ok(share, 'the answer has a share button');
    for (const replica of [a!, b!]) {
      const res = await clickButton(replica.url, SECRET, share, { responseUrl: `${slack.url}/respond/shared`, ephemeral: true });
      assert.equal(res.status, 200);
    }
    await slack.waitFor((c) => c.path === '/respond/shared');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(slack.calls.filter((c) => c.path === '/respond/shared').length, 1);
  });

  it('posts a due digest exactly once across both replicas', async () => {
    await store.subscribe({ channel: 'C9', kind: 'channel', time: '00:00', tz: 'UTC', skipEmpty: false, createdAt: yesterday() });
    await until(async () => (parents('C9').length > 0 ? true : undefined), 'the digest in C9', 15_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.equal(parents('C9').length, 1);
    assert.equal((await store.getSlot('C9', today()))?.status, 'sent');
  });

  it('a digest claimed by a replica killed before its post completed is posted by the other after the lease, once', async () => {
    const [a, b] = replicas;
    // b must not take the slot first: it stops; a claims and hangs in chat.postMessage
    b!.child.kill('SIGKILL');
    await b!.exited;
    slack.script('chat.postMessage', { status: 200, body: { ok: true, ts: '1.000001', channel: 'C8' }, delayMs: 60_000 });
    await store.subscribe({ channel: 'C8', kind: 'channel', time: '00:00', tz: 'UTC', skipEmpty: false, createdAt: yesterday() });
    await until(async () => (parents('C8').length === 1 ? true : undefined), 'a posting to C8', 15_000);
    assert.equal((await store.getSlot('C8', today()))?.status, 'claimed');
    a!.child.kill('SIGKILL');
    await a!.exited;
    const c = await start();
    await until(async () => ((await store.getSlot('C8', today()))?.status === 'sent' ? true : undefined), 'the digest taken over', 20_000);
    assert.ok(
      slack.calls.some((call) => call.path === '/api/conversations.history' && call.body.channel === 'C8'),
      'looked in the channel first',
    );
    assert.equal(slack.history.get('C8')?.length, 1, 'one digest in the channel');
    assert.equal((await store.getSlot('C8', today()))?.claims, 2);
    assert.match(c.output(), /digest sent/);
  });

  it('goes on answering while PostgreSQL is stopped for 30 s; a digest due meanwhile goes out once when it is back', { skip: !CAN_RESTART_POSTGRES && 'the test server cannot be restarted' }, async () => {
    const live = [replicas.at(-1)!, await start()];
    // due at the next full minute, at least 10 s from now, which falls inside the outage
    const due = new Date(Math.ceil((Date.now() + 10_000) / 60_000) * 60_000);
    const time = due.toISOString().slice(11, 16);
    await store.subscribe({ channel: 'C7', kind: 'channel', time, tz: 'UTC', skipEmpty: false, createdAt: new Date().toISOString() });
    const down = Date.now();
    pgCtl('stop');
    try {
      const res = await signedPost(`${live[0]!.url}/slack/events`, { secret: SECRET, body: slashCommandBody('Panmunjom', `${slack.url}/respond/outage`), contentType: 'application/x-www-form-urlencoded' });
      assert.equal(res.status, 200);
      await slack.waitFor((c) => c.path === '/respond/outage', 10_000);
      const ready = await fetch(`${live[1]!.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.equal(((await ready.json()) as { database: { up: boolean } }).database.up, false);
      await new Promise((resolve) => setTimeout(resolve, Math.max(30_000 - (Date.now() - down), due.getTime() + 3000 - Date.now())));
      assert.equal(parents('C7').length, 0, 'nothing posted while the database was down');
    } finally {
      pgCtl('start');
    }
    await until(async () => (parents('C7').length > 0 ? true : undefined), 'the digest after the outage', 20_000);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.equal(parents('C7').length, 1);
    for (const replica of live)
      assert.equal(
        replica
          .output()
          .split('\n')
          .filter((line) => /digests are not sent/.test(line)).length <= 1,
        true,
        'the outage is logged once per replica',
      );
  });

  it('stops with one line naming the server when PostgreSQL is down at start', async () => {
    const bot = await spawnBot({ ...(await env()), DATABASE_URL: 'postgres://bot:hunter22@127.0.0.1:1/korea' });
    assert.equal(await bot.exited, 1);
    const errors = bot
      .output()
      .split('\n')
      .filter((line) => line.startsWith('ERROR'));
    assert.equal(errors.length, 1, bot.output());
    assert.match(errors[0]!, /PostgreSQL at postgres:\/\/bot@127\.0\.0\.1:1\/korea cannot be used/);
    assert.doesNotMatch(bot.output(), /hunter22/);
  });
});
