/**
 * A second "bot process" for the race in sqlite-store.test.ts: opens its own connection to
 * the file given as argument, prints `ready`, waits for a line on stdin, then claims the slot
 * and prints `won` or `lost`.
 */
import { once } from 'node:events';
import { openSqliteDigestStore } from '../../src/digest/sqlite-store.ts';

const store = openSqliteDigestStore(process.argv[2]!);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
const won = await store.claimSlot('C1', '2025-07-01', new Date('2025-07-01T06:00:00Z'));
await store.close();
process.stdout.write(won ? 'won\n' : 'lost\n');
process.stdin.destroy();
