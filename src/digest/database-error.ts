/**
 * A digest database that cannot be used (damaged, not a database, a folder, not writable), as one
 * error whose message names the file and says what the operator can do. Duck-typed on the `code`
 * better-sqlite3 puts on its errors (`SQLITE_CORRUPT`, `SQLITE_NOTADB`, …), so no SQLite import.
 */
import { statSync } from 'node:fs';

/** What went wrong with the file, roughly: it decides the advice. */
export type DatabaseProblem = 'damaged' | 'folder' | 'not-writable' | 'other';

/**
 * The digest database at `file` cannot be used; `message` is one line for the operator.
 * @example new DigestDatabaseError("data/digest.sqlite", "damaged", "SQLITE_CORRUPT: database disk image is malformed").message
 * // 'digest database data/digest.sqlite is damaged or not a SQLite database (SQLITE_CORRUPT: …): move it aside …'
 */
export class DigestDatabaseError extends Error {
  override name = 'DigestDatabaseError';
  constructor(
    readonly file: string,
    readonly problem: DatabaseProblem,
    readonly detail: string,
  ) {
    const [what, todo] = ADVICE[problem](file);
    super(`digest database ${file} ${what} (${detail.replace(/\s+/g, ' ')})${todo ? `: ${todo}` : ''}`);
  }
}

const moveAside = (file: string) =>
  `move it aside (with any -wal and -shm file beside it), e.g. "mv ${file} ${file}.broken", and start again: the bot creates a new one (channels then subscribe again with "digest on")`;

/** What is wrong, and what to do about it. */
const ADVICE: Record<DatabaseProblem, (file: string) => [string, string]> = {
  damaged: (file) => ['is damaged or not a SQLite database', moveAside(file)],
  folder: (file) => ['is a folder, not a file', moveAside(file)],
  'not-writable': () => ['cannot be opened for writing', 'let the user the bot runs as read and write the file and its folder (chown/chmod), or set DATA_DIR to a writable folder'],
  other: () => ['cannot be used', ''],
};

// SQLITE_CORRUPT, SQLITE_CORRUPT_INDEX, SQLITE_NOTADB -> the file's content is broken
const DAMAGED = /^SQLITE_(CORRUPT|NOTADB)/;
// SQLITE_READONLY_DIRECTORY, SQLITE_PERM, SQLITE_CANTOPEN, SQLITE_IOERR_WRITE -> the file cannot be opened or written
const NOT_WRITABLE = /^SQLITE_(READONLY|PERM|CANTOPEN|AUTH|IOERR)/;

/**
 * The error as a DigestDatabaseError when it is a problem of the database file, else unchanged.
 * Opening wraps every SQLite error (so the start-up line names the file); in use, passing
 * ones such as SQLITE_BUSY stay as they are.
 * @example databaseErrorOf("data/digest.sqlite", Object.assign(new Error("file is not a database"), { code: "SQLITE_NOTADB" })).problem // "damaged"
 */
export function databaseErrorOf(file: string, error: unknown, when: 'open' | 'use' = 'open'): unknown {
  if (error instanceof DigestDatabaseError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.includes(code) ? message : `${code}: ${message}`;
  if (isFolder(file)) return new DigestDatabaseError(file, 'folder', detail);
  if (DAMAGED.test(code)) return new DigestDatabaseError(file, 'damaged', detail);
  if (NOT_WRITABLE.test(code)) return new DigestDatabaseError(file, 'not-writable', detail);
  return when === 'open' ? new DigestDatabaseError(file, 'other', detail) : error;
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
