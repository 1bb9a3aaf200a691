/**
 * The bot as a real process (`src/main.ts`, as `npm start` runs it), for tests that need
 * several replicas, a kill or an exit code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A running bot process and what it printed. */
export interface BotProcess {
  child: ChildProcess;
  port: number;
  url: string;
  exited: Promise<number | null>;
  output(): string;
}

/** A free port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Start `src/main.ts` with only the given environment (and PATH) on a free port.
 * @example const bot = await spawnBot({ SLACK_BOT_TOKEN: "xoxb-t", … }); await waitReady(bot)
 */
export async function spawnBot(env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'src/main.ts'], { env: { PATH: process.env.PATH ?? '', PORT: String(port), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, port, url: `http://127.0.0.1:${port}`, exited, output: () => output };
}

/**
 * Poll until `probe` returns a value (errors count as "not yet").
 * @example await until(() => fetch(url).then((r) => (r.ok ? true : undefined)), "healthz")
 */
export async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolve once the process answers `/readyz` with 200. */
export function waitReady(bot: BotProcess, timeoutMs = 60_000): Promise<true> {
  return until(() => fetch(`${bot.url}/readyz`).then((r) => (r.ok ? true : undefined)), `readyz of ${bot.url}\n${bot.output()}`, timeoutMs);
}
