/**
 * Digest database files broken in the ways a disk or an operator breaks them, for the tests.
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { openSqliteDigestStore } from '../../src/digest/sqlite-store.ts';

/** SQLite's default page size. */
const PAGE = 4096;

/**
 * A digest database at `file` with enough subscriptions and sends to span dozens of pages.
 * @example await filledDigestDb("/tmp/x/digest.sqlite") // its size in bytes
 */
export async function filledDigestDb(file: string): Promise<number> {
  const store = openSqliteDigestStore(file);
  for (let i = 0; i < 300; i++) {
    const channel = `C${String(i).padStart(3, '0')}${'x'.repeat(100)}`;
    await store.subscribe({ channel, kind: 'channel', time: '08:00', tz: 'Europe/Berlin', skipEmpty: false, createdAt: '2025-06-30T10:00:00.000Z' });
    await store.claimSlot(channel, '2025-07-01', new Date('2025-07-01T06:00:00Z'));
    await store.markSent(channel, '2025-07-01', { sentAt: '2025-07-01T06:00:01.000Z', articleIds: ['a'.repeat(200)] });
  }
  await store.close();
  const size = statSync(file).size;
  if (size < 20 * PAGE) throw new Error(`test database too small to damage in the middle (${size} bytes)`);
  return size;
}

/**
 * Overwrite the pages between the first two and the last with garbage; the header and schema
 * page stay intact, so the file still opens.
 * @example damageMiddlePages("/tmp/x/digest.sqlite")
 */
export function damageMiddlePages(file: string): void {
  const pages = Math.floor(statSync(file).size / PAGE);
  const fd = openSync(file, 'r+');
  try {
    const garbage = Buffer.alloc((pages - 3) * PAGE, 0x5a);
    writeSync(fd, garbage, 0, garbage.length, 2 * PAGE);
  } finally {
    closeSync(fd);
  }
}
