/**
 * The snapshot file under DATA_DIR, written atomically: to a temporary file in the same folder,
 * flushed to disk, then renamed over the old one, so a crash mid-write never leaves a broken
 * snapshot behind.
 */
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
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

/**
 * The snapshot's bytes, or null when there is none.
 * @example const bytes = await readSnapshotFile("data")
 */
export async function readSnapshotFile(dataDir: string): Promise<Uint8Array | null> {
  try {
    return await readFile(snapshotPath(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
