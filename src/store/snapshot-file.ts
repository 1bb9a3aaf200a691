/**
 * The snapshot file under DATA_DIR, written atomically: to a temporary file in the same folder,
 * flushed to disk, then renamed over the old one, so a crash mid-write never leaves a broken
 * snapshot behind.
 */
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SnapshotError } from '../knowledge/container.ts';

/** The snapshot's file name inside DATA_DIR. */
export const SNAPSHOT_FILE = 'knowledge.snapshot';

/**
 * Path of the snapshot in a data folder.
 * @example snapshotPath("data") // "data/knowledge.snapshot"
 */
export function snapshotPath(dataDir: string): string {
  return join(dataDir, SNAPSHOT_FILE);
}

/**
 * Write chunks as the new snapshot, atomically; creates the folder if needed. The chunks are
 * taken one at a time, so they may be made while writing.
 * @example await writeSnapshotFile("data", encodeKnowledge(knowledge, fingerprint, []))
 */
export async function writeSnapshotFile(dataDir: string, chunks: Iterable<Uint8Array>): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const target = snapshotPath(dataDir);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, target);
}

/** A snapshot file kept open and read piece by piece (what `unpackSections` reads from). */
export interface SnapshotSource {
  readonly size: number;
  /**
   * `length` bytes from `offset`, in a fresh buffer; throws a SnapshotError "changed while open"
   * when the file was rewritten in place since it was opened (cp over it, rsync --inplace). Errors
   * do not name the path: the caller's log line does.
   */
  read(offset: number, length: number): Uint8Array;
  /** Whether the snapshot's name still refers to this file, unchanged since it was opened (not one saved or copied there since). */
  isAtItsPath(): Promise<boolean>;
  /** Close the file (reads throw afterwards); closing twice is harmless. */
  close(): void;
  /** Whether `close` was called. */
  readonly closed: boolean;
}

/** What tells a file rewritten in place from the one opened: inode, size and modification time (a rename over the name gives a new inode). */
type Identity = Pick<Stats, 'ino' | 'dev' | 'size' | 'mtimeMs'>;
const sameFile = (a: Identity, b: Identity) => a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * The snapshot opened for reading piece by piece, or null when there is none. The file stays open
 * while the source is used: a snapshot saved later replaces the name, not the file read here; a
 * file rewritten in place is noticed on the next read (its size or modification time differ).
 * @example const source = openSnapshotFile("data"); source && decodeKnowledge(source, fingerprint)
 */
export function openSnapshotFile(dataDir: string): SnapshotSource | null {
  const path = snapshotPath(dataDir);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let opened: Identity;
  try {
    opened = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  let closed = false;
  return {
    size: opened.size,
    read(offset, length) {
      if (closed) throw new Error('the file was closed');
      // (one fstat per read, about 1 µs beside the read itself: README Speed)
      if (!sameFile(fstatSync(fd), opened)) throw new SnapshotError('file changed while open (rewritten in place)');
      const buffer = Buffer.allocUnsafe(length);
      for (let done = 0; done < length; ) {
        const n = readSync(fd, buffer, done, length - done, offset + done);
        if (n === 0) throw new Error('the file ended early');
        done += n;
      }
      return buffer;
    },
    async isAtItsPath() {
      if (closed) return false;
      try {
        return sameFile(await stat(path), opened) && sameFile(fstatSync(fd), opened);
      } catch {
        return false;
      }
    },
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
    },
    get closed() {
      return closed;
    },
  };
}
