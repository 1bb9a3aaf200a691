/**
 * The snapshot file: written atomically, opened and read piece by piece; the file read stays the
 * same when a new snapshot replaces it under the same name, and a file rewritten in place is
 * refused rather than read.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { SnapshotError } from '../../src/knowledge/container.ts';
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

  it('says so when a piece goes past the end of the file', async () => {
    await writeSnapshotFile(dir, [encoder.encode('Biegun in Seoul')]);
    const source = openSnapshotFile(dir)!;
    try {
      assert.throws(() => source.read(10, 15), /ended early/);
      assert.equal(text(source.read(0, 6)), 'Biegun');
    } finally {
      source.close();
    }
  });

  it('refuses to read a file rewritten in place (the error leaves naming the path to the log line), and knows it is no longer the one at its path', async () => {
    for (const rewrite of [
      // a backup of the same size restored over it (its own, older modification time)
      async () => {
        await writeFile(snapshotPath(dir), 'Kim in Hanoi!!!');
        const past = new Date(Date.now() - 3600_000);
        await utimes(snapshotPath(dir), past, past);
      },
      // cut short
      () => truncate(snapshotPath(dir), 6),
    ]) {
      await writeSnapshotFile(dir, [encoder.encode('Biegun in Seoul')]);
      const source = openSnapshotFile(dir)!;
      try {
        assert.equal(text(source.read(0, 6)), 'Biegun');
        assert.equal(await source.isAtItsPath(), true);
        await rewrite();
        assert.throws(
          () => source.read(0, 6),
          (e) => e instanceof SnapshotError && e.message === 'file changed while open (rewritten in place)',
        );
        assert.equal(await source.isAtItsPath(), false);
      } finally {
        source.close();
      }
    }
  });

  it('is no longer at its path once a new snapshot is saved there, and still reads its own bytes', async () => {
    await writeSnapshotFile(dir, [encoder.encode('alt: Kaesong')]);
    const source = openSnapshotFile(dir)!;
    try {
      assert.equal(await source.isAtItsPath(), true);
      await writeSnapshotFile(dir, [encoder.encode('alt: Kaesong')]);
      assert.equal(await source.isAtItsPath(), false, 'the same bytes, but another file');
      assert.equal(text(source.read(5, 7)), 'Kaesong');
    } finally {
      source.close();
    }
  });

  it('closes its file once: reads afterwards throw, a second close is harmless', async () => {
    await writeSnapshotFile(dir, [encoder.encode('Biegun in Seoul')]);
    const before = (await readdir('/proc/self/fd')).length;
    const source = openSnapshotFile(dir)!;
    assert.equal((await readdir('/proc/self/fd')).length, before + 1);
    assert.equal(source.closed, false);
    source.close();
    source.close();
    assert.equal(source.closed, true);
    assert.equal((await readdir('/proc/self/fd')).length, before, 'the descriptor is released');
    assert.throws(() => source.read(0, 6), /closed/);
    assert.equal(await source.isAtItsPath(), false);
  });
});
