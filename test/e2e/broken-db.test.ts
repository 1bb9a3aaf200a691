/**
 * `npm start` with a digest database that cannot be used: a file that is not a database stops the
 * start with one line naming it and what to do; one damaged in the middle lets the bot start and
 * answer (the digest preview included).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { damageMiddlePages, filledDigestDb } from '../support/broken-db.ts';

/** Run src/main.ts in local mode on `dataDir` with `input` on stdin; resolves with its exit code and output. */
function runLocal(dataDir: string, input: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, CORPUS_DIR: 'corpus', PREVIEW_PORT: 'off' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  child.stdin.end(input);
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

describe('npm start with a broken digest database', () => {
  it('refuses to start with one line naming the file and saying to move it aside', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'main-baddb-'));
    const file = join(dataDir, 'digest.sqlite');
    writeFileSync(file, 'keine Datenbank\n'.repeat(500));
    const { code, output } = await runLocal(dataDir, 'who Biegun\n');
    assert.equal(code, 1);
    const lines = output.trim().split('\n');
    assert.equal(lines.length, 1, output);
    assert.match(lines[0]!, new RegExp(`^ERROR fatal: digest database ${file} is damaged .*move it aside`));
  });

  it('starts and answers when pages in the middle are damaged', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'main-middb-'));
    const file = join(dataDir, 'digest.sqlite');
    await filledDigestDb(file);
    damageMiddlePages(file);
    const { code, output } = await runLocal(dataDir, 'who Biegun\ndigest\n');
    assert.equal(code, 0, output);
    assert.match(output, /Stephen Biegun/);
    assert.match(output, /^Tagesüberblick /m, 'the digest preview');
  });
});
