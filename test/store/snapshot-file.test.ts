/**
 * The snapshot file: written atomically, opened and read piece by piece; the file read stays the
 * same when a new snapshot replaces it under the same name.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { openSnapshotFile, snapshotPath, writeSnapshotFile } from '../../src/store/snapshot-file.ts';

const encoder = new TextEncoder();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'snapshot-file-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('snapshot file', () => {
  it('is null to open when there is none', () => {
    assert.equal(openSnapshotFile(dir), null);
  });

  it('reads any piece of what was written, from chunks written one after another', async () => {
    await writeSnapshotFile(dir, [encoder.encode('Nordkorea '), encoder.encode('und Südkorea')]);
    assert.deepEqual(await readdir(dir), ['knowledge.snapshot'], 'no temporary file left');
    const source = openSnapshotFile(dir)!;
    try {
      assert.equal(source.size, 'Nordkorea und Südkorea'.length + 1, 'ü is two bytes');
      assert.equal(text(source.read(0, 9)), 'Nordkorea');
      assert.equal(text(source.read(10, 3)), 'und');
      assert.equal(source.read(5, 0).length, 0);
    } finally {
      source.close();
    }
  });

  it('keeps reading the file it opened when a new snapshot replaces it', async () => {
    await writeSnapshotFile(dir, [encoder.encode('alt: Kaesong')]);
    const source = openSnapshotFile(dir)!;
    try {
      await writeSnapshotFile(dir, [encoder.encode('neu: Panmunjom')]);
      assert.equal(text(source.read(5, 7)), 'Kaesong');
      const fresh = openSnapshotFile(dir)!;
      assert.equal(text(fresh.read(5, 8)), 'Panmunjom'.slice(0, 8));
      fresh.close();
    } finally {
      source.close();
    }
  });

  it('says so when the file ends before a piece does', async () => {
    await writeSnapshotFile(dir, [encoder.encode('Biegun in Seoul')]);
    const source = openSnapshotFile(dir)!;
    try {
      await truncate(snapshotPath(dir), 6);
      assert.throws(() => source.read(0, 15), /ended early/);
      assert.equal(text(source.read(0, 6)), 'Biegun');
    } finally {
      source.close();
    }
  });
});
