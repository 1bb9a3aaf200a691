/**
 * The digest runner while the database is damaged: the problem is logged once (not every minute,
 * no stack), due digests are reported failed, ticks go on, and a repaired database is noticed.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DigestDatabaseError } from '../../src/digest/database-error.ts';
import { MemoryDigestStore } from '../../src/digest/memory-store.ts';
import { openSqliteDigestStore } from '../../src/digest/sqlite-store.ts';
import { damageMiddlePages, filledDigestDb } from '../support/broken-db.ts';
import { article, channelSub, FakePoster, makeRunner, TestClock } from './runner-harness.ts';

/** A memory store whose claims fail like a damaged SQLite file while `broken` is set. */
class FlakyStore extends MemoryDigestStore {
  broken = true;
  /** The driver's wording, which may change while one outage lasts. */
  detail = 'SQLITE_CORRUPT: database disk image is malformed';
  override async claimSlot(channel: string, day: string, now: Date): Promise<boolean> {
    if (this.broken) throw new DigestDatabaseError('data/digest.sqlite', 'damaged', this.detail);
    return super.claimSlot(channel, day, now);
  }
}

const errorLines = (logs: Array<[string, unknown[]]>) => logs.filter(([level]) => level === 'error').map(([, args]) => args.map(String).join(' '));

describe('DigestRunner on a damaged database', () => {
  it('logs the damage once over many ticks, naming the file and what to do, without a stack', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'runner-broken-')), 'digest.sqlite');
    await filledDigestDb(file);
    damageMiddlePages(file);
    const store = openSqliteDigestStore(file);
    const clock = new TestClock(new Date('2025-07-02T06:00:00Z'));
    const { runner, logs } = makeRunner(store, clock, new FakePoster(), []);
    try {
      for (const minute of ['00', '01', '02', '03', '04']) {
        clock.set(`2025-07-02T06:${minute}:00Z`);
        assert.deepEqual(await runner.tick(), [], 'the tick ends normally');
      }
    } finally {
      await store.close();
    }
    const errors = errorLines(logs);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(errors[0]!, new RegExp(`^digests are not sent: digest database ${file} is damaged .*SQLITE_CORRUPT.*move it aside`));
    assert.doesNotMatch(errors[0]!, /\n\s+at /, 'no stack');
    assert.equal(runner.databaseFailure(), errors[0]!.replace('digests are not sent: ', ''));
  });

  it('reports a due digest failed while claims fail, and sends it once the database works again', async () => {
    const store = new FlakyStore();
    await store.subscribe(channelSub('C1'));
    const clock = new TestClock(new Date('2025-07-01T06:00:00Z'));
    const poster = new FakePoster();
    const { runner, logs } = makeRunner(store, clock, poster, [article('a1', '2025-07-01')]);
    for (let i = 0; i < 3; i++) {
      const reports = await runner.tick();
      assert.equal(reports.length, 1);
      assert.equal(reports[0]!.outcome, 'failed');
      assert.match(reports[0]!.error ?? '', /data\/digest\.sqlite is damaged/);
    }
    assert.equal(errorLines(logs).length, 1);
    assert.equal(poster.posts.length, 0);
    store.broken = false;
    clock.set('2025-07-01T06:01:00Z');
    assert.deepEqual(
      (await runner.tick()).map((r) => r.outcome),
      ['sent'],
    );
    assert.equal(runner.databaseFailure(), undefined);
    assert.ok(logs.some(([level, args]) => level === 'info' && /digest database works again/.test(String(args[0]))));
    assert.equal(errorLines(logs).length, 1, 'nothing more logged as an error');
  });

  it('logs one outage once even when the error it reports changes while it lasts', async () => {
    const store = new FlakyStore();
    await store.subscribe(channelSub('C1'));
    const clock = new TestClock(new Date('2025-07-01T06:00:00Z'));
    const { runner, logs } = makeRunner(store, clock, new FakePoster(), [article('a1', '2025-07-01')]);
    for (const detail of ['connect ECONNREFUSED 127.0.0.1:5432', 'Connection terminated unexpectedly', 'the database system is starting up']) {
      store.detail = detail;
      assert.equal((await runner.tick())[0]?.outcome, 'failed');
    }
    assert.equal(errorLines(logs).length, 1, errorLines(logs).join('\n'));
    assert.match(runner.databaseFailure() ?? '', /starting up/, 'the state shows the latest problem');
  });
});
