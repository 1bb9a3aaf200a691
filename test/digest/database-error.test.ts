/**
 * What the operator reads when the digest database cannot be used: the file, what is wrong, what to do.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { databaseErrorOf, DigestDatabaseError } from '../../src/digest/database-error.ts';

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('databaseErrorOf', () => {
  it('calls a damaged file damaged, names it and says to move it aside', () => {
    for (const code of ['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']) {
      const error = databaseErrorOf('data/digest.sqlite', sqliteError(code, 'database disk image is malformed'));
      assert.ok(error instanceof DigestDatabaseError, code);
      assert.equal(error.problem, 'damaged');
      assert.match(
        error.message,
        /^digest database data\/digest\.sqlite is damaged .*\(SQLITE_.*: database disk image is malformed\): move it aside .*mv data\/digest\.sqlite data\/digest\.sqlite\.broken.*creates a new one/,
      );
      assert.doesNotMatch(error.message, /\n/);
    }
  });

  it('tells how to fix permissions when the file cannot be written', () => {
    for (const code of ['SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', 'SQLITE_CANTOPEN', 'SQLITE_PERM']) {
      const error = databaseErrorOf('/srv/bot/digest.sqlite', sqliteError(code, 'attempt to write a readonly database'));
      assert.ok(error instanceof DigestDatabaseError, code);
      assert.equal(error.problem, 'not-writable');
      assert.match(error.message, /^digest database \/srv\/bot\/digest\.sqlite cannot be opened for writing .*chown\/chmod.*DATA_DIR/);
    }
  });

  it('recognises a folder in place of the file, whatever SQLite said', () => {
    const folder = mkdtempSync(join(tmpdir(), 'db-folder-'));
    const error = databaseErrorOf(folder, sqliteError('SQLITE_CANTOPEN', 'unable to open database file'));
    assert.ok(error instanceof DigestDatabaseError);
    assert.equal(error.problem, 'folder');
    assert.match(error.message, /is a folder, not a file .*move it aside/);
  });

  it('leaves errors that are not SQLite errors alone, and passing ones while in use', () => {
    const plain = new Error('boom');
    assert.equal(databaseErrorOf('f', plain), plain);
    const busy = sqliteError('SQLITE_BUSY', 'database is locked');
    assert.equal(databaseErrorOf('f', busy, 'use'), busy);
    assert.ok(databaseErrorOf('f', busy, 'open') instanceof DigestDatabaseError, 'but named when opening fails');
  });
});
