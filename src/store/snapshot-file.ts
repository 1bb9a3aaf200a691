/**
 * The snapshot file under DATA_DIR, written atomically: to a temporary file in the same folder,
 * flushed to disk, then renamed over the old one, so a crash mid-write never leaves a broken
 * snapshot behind.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

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
  /** `length` bytes from `offset`, in a fresh buffer. */
  read(offset: number, length: number): Uint8Array;
  close(): void;
}

/**
 * The snapshot opened for reading piece by piece, or null when there is none. The file stays open
 * while the source is used: a snapshot saved later replaces the name, not the file read here.
 * @example const source = openSnapshotFile("data"); source && decodeKnowledge(source, fingerprint)
 */
export function openSnapshotFile(dataDir: string): SnapshotSource | null {
  let fd: number;
  try {
    fd = openSync(snapshotPath(dataDir), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const { size } = fstatSync(fd);
  return {
    size,
    read(offset, length) {
      const buffer = Buffer.allocUnsafe(length);
      for (let done = 0; done < length; ) {
        const n = readSync(fd, buffer, done, length - done, offset + done);
        if (n === 0) throw new Error(`snapshot ${snapshotPath(dataDir)} ended early`);
        done += n;
      }
      return buffer;
    },
    close: () => closeSync(fd),
  };
}
