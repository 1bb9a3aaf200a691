/**
 * Opens the digest store named on the command line and prints "opened" or the error's name and
 * message: lets a test open a file as another (non-root) user, for whom permissions count.
 */
import { openSqliteDigestStore } from '../../src/digest/sqlite-store.ts';

try {
  await openSqliteDigestStore(process.argv[2]!).close();
  process.stdout.write('opened\n');
} catch (error) {
  process.stdout.write(`${(error as Error).name}: ${(error as Error).message}\n`);
}
