import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/digest/sqlite-schema.ts';
import { digestDbFile, openSqliteDigestStore } from '../../src/digest/sqlite-store.ts';
import { runStoreContract } from './store-contract.ts';

const root = mkdtempSync(join(tmpdir(), 'digest-store-'));
after(() => rmSync(root, { recursive: true, force: true }));
let count = 0;
const freshDir = () => join(root, `db${++count}`, 'data');

runStoreContract('SqliteDigestStore (separate connections to one file)', () => {
  const file = digestDbFile(freshDir());
  return { open: () => openSqliteDigestStore(file) };
});

describe('SqliteDigestStore on disk', () => {
  it('creates the data directory and file, in WAL mode, at the latest schema version', async () => {
    const file = digestDbFile(freshDir());
    await openSqliteDigestStore(file).close();
    const db = new Database(file, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    db.close();
  });

  it('keeps subscriptions and the send log across a restart (close and reopen)', async () => {
    const file = digestDbFile(freshDir());
    const first = openSqliteDigestStore(file);
    await first.subscribe({ channel: 'C1', kind: 'channel', time: '08:00', tz: 'Europe/Berlin', skipEmpty: false, createdAt: '2025-06-30T10:00:00.000Z' });
    await first.claimSlot('C1', '2025-07-01', new Date('2025-07-01T06:00:00Z'));
    await first.markSent('C1', '2025-07-01', { sentAt: '2025-07-01T06:00:01.000Z', articleIds: ['x'] });
    await first.close();
    const second = openSqliteDigestStore(file);
    assert.equal((await second.listSubscriptions()).length, 1);
    assert.equal(await second.claimSlot('C1', '2025-07-01', new Date('2025-07-01T09:00:00Z')), false);
    assert.deepEqual(await second.lastSent('C1'), { day: '2025-07-01', sentAt: '2025-07-01T06:00:01.000Z', articleIds: ['x'] });
    await second.close();
  });

  it('refuses a file written by a newer schema instead of guessing', async () => {
    const file = digestDbFile(freshDir());
    await openSqliteDigestStore(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    assert.throws(() => openSqliteDigestStore(file), /schema version \d+; this bot knows up to/);
  });

  it('lets exactly one of several processes, each with its own connection, win a simultaneous claim', async () => {
    const file = digestDbFile(freshDir());
    await openSqliteDigestStore(file).close();
    const racers = Array.from({ length: 4 }, () => spawnRacer(file));
    await Promise.all(racers.map((r) => r.line()));
    for (const racer of racers) racer.child.stdin!.write('go\n');
    const results = await Promise.all(racers.map((r) => r.line()));
    assert.deepEqual(results.sort(), ['lost', 'lost', 'lost', 'won']);
    const store = openSqliteDigestStore(file);
    assert.equal((await store.getSlot('C1', '2025-07-01'))?.claims, 1);
    await store.close();
  });
});

/** A claim-worker.ts process and a way to await its next output line ("ready", "won", "lost"). */
function spawnRacer(file: string) {
  const worker = fileURLToPath(new URL('./claim-worker.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', worker, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const line = async () => {
    const next = await lines.next();
    if (next.done) throw new Error('claim worker ended early');
    return next.value;
  };
  return { child, line };
}
