import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DigestDatabaseError } from '../../src/digest/database-error.ts';
import { PostgresDigestStore } from '../../src/digest/postgres-store.ts';
import { openPostgres, SharedDatabaseError } from '../../src/store/postgres.ts';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres-schema.ts';
import { freshDatabase, POSTGRES_SKIP, type FreshDatabase } from '../support/postgres.ts';
import { runStoreContract } from './store-contract.ts';

runStoreContract(
  'PostgresDigestStore (separate pools on one database)',
  () => {
    let db: Promise<FreshDatabase> | undefined;
    return {
      open: async () => {
        db ??= freshDatabase();
        const { url } = await db;
        return new PostgresDigestStore(await openPostgres(url), url, true);
      },
      cleanup: async () => (await db)?.drop(),
    };
  },
  { skip: POSTGRES_SKIP },
);

describe('PostgreSQL schema and failures', { skip: POSTGRES_SKIP }, () => {
  it('migrates once when two replicas start at the same time, and again is a no-op', async () => {
    const db = await freshDatabase();
    try {
      const pools = await Promise.all([openPostgres(db.url), openPostgres(db.url)]);
      const { rows } = await pools[0]!.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(
        rows.map((r) => r.version),
        POSTGRES_MIGRATIONS.map((_, i) => i + 1),
      );
      assert.ok(rows.length >= 2);
      const third = await openPostgres(db.url);
      assert.equal((await third.query('SELECT count(*)::int AS n FROM schema_migrations')).rows[0].n, POSTGRES_MIGRATIONS.length);
      await Promise.all([...pools, third].map((p) => p.end()));
    } finally {
      await db.drop();
    }
  });

  it('says which server cannot be reached, without the password', async () => {
    await assert.rejects(openPostgres('postgres://bot:s3cret-pass@127.0.0.1:1/korea', { connectTimeoutMs: 1000 }), (error: Error) => {
      assert.ok(error instanceof SharedDatabaseError);
      assert.match(error.message, /^PostgreSQL at postgres:\/\/bot@127\.0\.0\.1:1\/korea cannot be used \(.*ECONNREFUSED.*\): check DATABASE_URL/);
      assert.doesNotMatch(error.message, /s3cret-pass/);
      return true;
    });
  });

  it('turns a lost server into a DigestDatabaseError naming it', async () => {
    const db = await freshDatabase();
    const pool = await openPostgres(db.url);
    const store = new PostgresDigestStore(pool, db.url, true);
    await store.close();
    await db.drop();
    await assert.rejects(store.listSubscriptions(), (error: Error) => error instanceof DigestDatabaseError && /digest database postgres:\/\/postgres@/.test(error.message));
  });
});
