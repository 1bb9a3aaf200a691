/**
 * The SQLite digest store on files that are damaged, truncated, a folder or read-only: opening
 * fails with one line naming the file and what to do; pages damaged in the middle let it open
 * and then fail each use with the same kind of error.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { DigestDatabaseError } from '../../src/digest/database-error.ts';
import { openSqliteDigestStore } from '../../src/digest/sqlite-store.ts';
import { damageMiddlePages, filledDigestDb } from '../support/broken-db.ts';

const fresh = () => join(mkdtempSync(join(tmpdir(), 'digest-broken-')), 'digest.sqlite');

/** Open `file`, expecting a DigestDatabaseError; returns it. */
function openFails(file: string): DigestDatabaseError {
  try {
    openSqliteDigestStore(file);
  } catch (error) {
    assert.ok(error instanceof DigestDatabaseError, `expected a DigestDatabaseError, got ${String(error)}`);
    assert.ok(error.message.includes(file), 'names the file');
    assert.doesNotMatch(error.message, /\n/, 'one line');
    return error;
  }
  assert.fail(`${file} opened`);
}

describe('opening a digest database that cannot be used', () => {
  it('a file that is not a database: damaged, move it aside', () => {
    const file = fresh();
    writeFileSync(file, 'dies ist keine Datenbank\n'.repeat(400));
    const error = openFails(file);
    assert.equal(error.problem, 'damaged');
    assert.match(error.message, /SQLITE_NOTADB.*move it aside/);
  });

  it('a truncated file: damaged', async () => {
    const file = fresh();
    const size = await filledDigestDb(file);
    truncateSync(file, Math.floor(size / 2));
    assert.equal(openFails(file).problem, 'damaged');
  });

  it('a folder where the file should be', () => {
    const file = fresh();
    mkdirSync(file);
    assert.equal(openFails(file).problem, 'folder');
  });

  it('a read-only file (opened by a user that is not root, as root may write anyway)', () => {
    const file = fresh();
    openSqliteDigestStore(file).close();
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      chownSync(join(file, '..'), 65534, 65534);
      chownSync(file, 65534, 65534);
      chmodSync(join(file, '..'), 0o755);
    }
    chmodSync(file, 0o444);
    const worker = fileURLToPath(new URL('./open-store-worker.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', worker, file], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^DigestDatabaseError: digest database .*digest\.sqlite cannot be opened for writing \(SQLITE_READONLY.*chown\/chmod/);
    assert.equal(statSync(file).mode & 0o777, 0o444, 'left as it was');
  });
});

describe('a digest database damaged in the middle', () => {
  it('opens, and each use fails with an error naming the file instead of a bare SQLITE_CORRUPT', async () => {
    const file = fresh();
    await filledDigestDb(file);
    damageMiddlePages(file);
    const store = openSqliteDigestStore(file);
    try {
      await assert.rejects(
        store.listSubscriptions(),
        (error: unknown) => error instanceof DigestDatabaseError && error.problem === 'damaged' && error.message.includes(file) && /SQLITE_CORRUPT/.test(error.message),
      );
    } finally {
      await store.close();
    }
  });
});
