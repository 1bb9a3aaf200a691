/**
 * The real entry point as a process: `src/main.ts` with Slack credentials starts the HTTP
 * receiver, answers a signed slash command through a fake Slack, and shuts down cleanly on
 * SIGTERM; without credentials it runs the local console and exits 0 at the end of input.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freePort, until } from '../support/bot-process.ts';
import { startFakeSlack } from '../support/fake-slack.ts';
import { signedPost, slashCommandBody } from '../support/signed-request.ts';
import { visibleText } from '../support/visible-text.ts';

const SECRET = 'main-test-signing-secret';

function run(env: Record<string, string>, input?: string) {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/main.ts'], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  if (input !== undefined) child.stdin.end(input);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

describe('npm start', () => {
  const slackPromise = startFakeSlack();
  after(async () => (await slackPromise).close());

  it('runs the Slack app when credentials are set, and stops cleanly on SIGTERM', async () => {
    const slack = await slackPromise;
    const port = await freePort();
    const dataDir = await mkdtemp(join(tmpdir(), 'main-data-'));
    const bot = run({ SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), DATA_DIR: dataDir, CORPUS_DIR: 'corpus' });
    try {
      const health = await until(async () => {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        return res.ok ? ((await res.json()) as { articles: number }) : undefined;
      }, 'healthz');
      assert.equal(health.articles, 5);
      await signedPost(`http://127.0.0.1:${port}/slack/events`, { secret: SECRET, body: slashCommandBody('wer ist Biegun?', `${slack.url}/respond/main`), contentType: 'application/x-www-form-urlencoded' });
      const reply = await slack.waitFor((c) => c.path === '/respond/main', 15_000);
      assert.match(visibleText(reply.body.blocks), /Stephen Biegun/);
      assert.doesNotMatch(bot.output(), /xoxb-main-test|main-test-signing-secret/, 'no secrets in the logs');
    } finally {
      bot.child.kill('SIGTERM');
    }
    assert.equal(await bot.exited, 0);
  });

  it('on SIGTERM lets an answer in flight finish, then exits 0', async () => {
    const slack = await slackPromise;
    // Slack takes 2 s to accept this answer: the bot must not be gone by then
    slack.script('/respond/slow', { status: 200, body: { ok: true }, delayMs: 2000 });
    const port = await freePort();
    const dataDir = await mkdtemp(join(tmpdir(), 'main-drain-'));
    const bot = run({ SLACK_BOT_TOKEN: 'xoxb-main-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), DATA_DIR: dataDir, CORPUS_DIR: 'corpus', LOG_FORMAT: 'json' });
    try {
      await until(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok ? true : undefined), 'healthz');
      const res = await signedPost(`http://127.0.0.1:${port}/slack/events`, {
        secret: SECRET,
        body: slashCommandBody('who Biegun', `${slack.url}/respond/slow`),
        contentType: 'application/x-www-form-urlencoded',
      });
      assert.equal(res.status, 200);
      await slack.waitFor((c) => c.path === '/respond/slow', 15_000);
    } finally {
      bot.child.kill('SIGTERM');
    }
    const stoppedAt = Date.now();
    assert.equal(await bot.exited, 0);
    assert.ok(Date.now() - stoppedAt >= 1000, 'waited for the answer in flight');
    const lines = bot.output().trim().split('\n');
    assert.ok(lines.length > 0);
    for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), `a JSON log line: ${line}`);
    assert.doesNotMatch(bot.output(), /respond failed/);
  });

  it('runs the local console without credentials and exits 0 at the end of input', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'main-local-'));
    // (without the preview page: with it, the process keeps serving the page after the input ends; see preview.test.ts)
    const local = run({ DATA_DIR: dataDir, CORPUS_DIR: 'corpus', PREVIEW_PORT: 'off' }, 'timeline 2019\nwho\n');
    assert.equal(await local.exited, 0);
    assert.match(local.output(), /local mode/);
    assert.match(local.output(), /Chronik 2019/);
    assert.match(local.output(), /`who` braucht einen Namen/);
    assert.doesNotMatch(local.output(), /Preview page/);
  });
});
