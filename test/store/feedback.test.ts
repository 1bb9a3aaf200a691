import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestDbFile, openSqliteDigestStore } from '../../src/digest/sqlite-store.ts';
import { MemoryFeedbackStore } from '../../src/store/feedback.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { PostgresFeedbackStore } from '../../src/store/postgres-feedback.ts';
import { SqliteFeedbackStore } from '../../src/store/sqlite-feedback.ts';
import { freshDatabase, POSTGRES_SKIP, type FreshDatabase } from '../support/postgres.ts';
import { runFeedbackContract } from './feedback-contract.ts';

runFeedbackContract('memory', () => ({ open: async () => new MemoryFeedbackStore() }));

runFeedbackContract('SQLite', () => {
  const digests = openSqliteDigestStore(digestDbFile(mkdtempSync(join(tmpdir(), 'feedback-'))));
  return { open: async () => new SqliteFeedbackStore(digests.db), cleanup: () => digests.close() };
});

runFeedbackContract(
  'PostgreSQL',
  () => {
    let db: FreshDatabase | undefined;
    let end: (() => Promise<void>) | undefined;
    return {
      open: async () => {
        db = await freshDatabase();
        const pool = await openPostgres(db.url);
        end = () => pool.end();
        return new PostgresFeedbackStore(pool);
      },
      cleanup: async () => {
        await end?.();
        await db?.drop();
      },
    };
  },
  { skip: POSTGRES_SKIP },
);
