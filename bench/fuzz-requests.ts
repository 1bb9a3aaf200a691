/**
 * Fuzzing the HTTP door: the real bot (`src/main.ts`, a child process with Slack credentials and a
 * fake Slack on loopback) receives generated requests to `/slack/events`: valid slash commands,
 * mentions and clicks with fields deleted, retyped, nulled, nested or blown up, whole bodies
 * replaced, wrong content types, bad signatures. Counted: crashes (the process ended), 5xx
 * answers, hangs (no answer within 5 s) and the slowest request.
 *   tsx bench/fuzz-requests.ts [--count N] [--seed S]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startFakeSlack, type FakeSlack } from '../test/support/fake-slack.ts';
import { signedPost, slashCommandBody, mentionEventBody } from '../test/support/signed-request.ts';
import type { FuzzCounts } from './fuzz-commands.ts';
import { randomSource, type Random } from './fuzz-random.ts';

const SECRET = 'fuzz-signing-secret-0123456789';
const HANG_MS = 5000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A request to send: body, content type, and whether to sign it correctly. */
interface FuzzRequest {
  name: string;
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  signed: boolean;
}

const ODD_VALUES: Json[] = [null, 0, -1, 1e308, true, '', 'text', [], {}, [null], { id: null }, 'U1> <!channel', '\u0000', 'x'.repeat(5000), { nested: { deeper: [1, { a: null }] } }];

function clickPayload(random: Random): Record<string, Json> {
  const action = random.pick(['korea_share', 'korea_more', 'korea_source', 'korea_ask', 'unknown']);
  const value = random.pick([
    JSON.stringify({ command: 'who Biegun', lang: 'de' }),
    JSON.stringify({ id: '003_3f8a301a5dfb26f2', text: 'Biegun', lang: 'en' }),
    JSON.stringify({ command: 42, lang: 'xx' }),
    '{"command":"Kaes',
    'null',
    '',
  ]);
  return {
    type: 'block_actions',
    user: { id: 'U1', team_id: 'T1' },
    team: { id: 'T1' },
    channel: { id: 'C1' },
    trigger_id: '1.2.3',
    container: { type: 'message', is_ephemeral: true },
    response_url: 'http://127.0.0.1:1/respond/x',
    actions: [{ type: 'button', action_id: action, value, block_id: 'b' }],
  };
}

/** Change one field somewhere in the object (or the object itself). */
function mutate(value: Json, random: Random, depth = 0): Json {
  if (value === null || typeof value !== 'object' || depth > 3 || random.int(0, 4) === 0) return random.pick(ODD_VALUES);
  const copy: Json = Array.isArray(value) ? [...value] : { ...value };
  const keys = Object.keys(copy);
  if (keys.length === 0) return random.pick(ODD_VALUES);
  const key = random.pick(keys);
  if (random.int(0, 3) === 0 && !Array.isArray(copy)) delete (copy as Record<string, Json>)[key];
  else (copy as Record<string, Json>)[key] = mutate((copy as Record<string, Json>)[key]!, random, depth + 1);
  return copy;
}

/**
 * One generated request.
 * @example generateRequest(randomSource(3)).contentType // "application/json" or the form type
 */
export function generateRequest(random: Random): FuzzRequest {
  const kind = random.int(0, 9);
  const signed = random.int(0, 9) !== 0;
  if (kind <= 2) {
    const form = Object.fromEntries(new URLSearchParams(slashCommandBody(random.pick(['who Biegun', 'timeline 2020', '', 'Kaesong page 2', 'digest status']), 'http://127.0.0.1:1/respond/x')));
    const mutated = mutate(form as Json, random);
    const body =
      mutated && typeof mutated === 'object' && !Array.isArray(mutated)
        ? new URLSearchParams(Object.entries(mutated).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString()
        : String(mutated);
    return { name: `slash ${body.slice(0, 60)}`, body, contentType: 'application/x-www-form-urlencoded', signed };
  }
  if (kind <= 5) {
    const body = JSON.stringify(mutate(JSON.parse(mentionEventBody({ text: '<@UBOT> who Biegun', ts: '1700000000.000100' })) as Json, random));
    return { name: `event ${body.slice(0, 60)}`, body, contentType: random.int(0, 9) === 0 ? 'application/x-www-form-urlencoded' : 'application/json', signed };
  }
  if (kind <= 8) {
    const payload = JSON.stringify(mutate(clickPayload(random), random));
    return { name: `click ${payload.slice(0, 60)}`, body: new URLSearchParams({ payload }).toString(), contentType: 'application/x-www-form-urlencoded', signed };
  }
  const body = random.pick([
    'null',
    'payload=null',
    '[]',
    '""',
    '{',
    'payload=%7B',
    '{"type":"event_callback","event":null}',
    '{"type":"url_verification"}',
    'ssl_check=1',
    `{"a":"${'x'.repeat(2_000_000)}"}`,
    JSON.stringify({ type: 'view_submission', view: 'x' }),
    '\u0000\u0001',
  ]);
  return { name: `raw ${body.slice(0, 60)}`, body, contentType: random.pick(['application/json', 'application/x-www-form-urlencoded'] as const), signed };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startBotProcess(slack: FakeSlack, port: number): Promise<{ child: ChildProcess; exited: () => boolean }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fuzz-data-'));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: 'xoxb-fuzz',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      CORPUS_DIR: 'corpus',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let done = false;
  child.on('exit', () => (done = true));
  child.stderr!.on('data', () => {});
  for (let i = 0; i < 300 && !done; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, exited: () => done };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('fuzz: the bot did not start within 30 s');
}

/**
 * Send `count` generated requests to a real bot process.
 * @example await fuzzRequests(2000, 1, console.log)
 */
export async function fuzzRequests(count: number, seed: number, log: (line: string) => void): Promise<FuzzCounts> {
  const slack = await startFakeSlack();
  const port = await freePort();
  let bot = await startBotProcess(slack, port);
  const random = randomSource(seed);
  const counts: FuzzCounts = { cases: 0, crashes: 0, broken: 0, leaks: 0, hangs: 0, slowest: { name: '', ms: 0 }, examples: [] };
  const note = (line: string) => counts.examples.length < 10 && counts.examples.push(line);
  try {
    for (let i = 0; i < count; i++) {
      const request = generateRequest(random);
      counts.cases++;
      const started = performance.now();
      const timeout = AbortSignal.timeout(HANG_MS);
      const result = await signedPost(`http://127.0.0.1:${port}/slack/events`, { secret: request.signed ? SECRET : 'wrong-secret', body: request.body, contentType: request.contentType, signal: timeout }).then(
        (res) => res.status,
        (error: Error) => (timeout.aborted ? 'hang' : `error ${error.message}`),
      );
      const ms = performance.now() - started;
      if (ms > counts.slowest.ms) counts.slowest = { name: request.name, ms };
      if (result === 'hang') {
        counts.hangs++;
        note(`hang: ${request.name}`);
      }
      if (typeof result === 'number' && result >= 500) {
        counts.broken++;
        note(`${result}: ${request.name}`);
      }
      if (bot.exited()) {
        counts.crashes++;
        note(`crash: ${request.name}`);
        bot = await startBotProcess(slack, port);
      }
      if ((i + 1) % 500 === 0) log(`requests: ${i + 1}/${count}`);
    }
  } finally {
    bot.child.kill('SIGTERM');
    await slack.close();
  }
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { count: { type: 'string' }, seed: { type: 'string' } } });
  const counts = await fuzzRequests(Number(values.count ?? 2000) || 2000, Number(values.seed ?? 1) || 1, (l) => process.stderr.write(`${l}\n`));
  process.stdout.write(`${JSON.stringify(counts, null, 2)}\n`);
}
