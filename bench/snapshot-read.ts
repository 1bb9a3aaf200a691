/**
 * `node --import tsx bench/snapshot-read.ts [pieceBytes]`: what checking the snapshot file on
 * every read costs (issue #17 follow-up). Reads 100,000 pieces (default 3,000 bytes, about one
 * article text) at spread offsets of a 64 MB file in a temp dir, seven rounds alternating plain
 * `pread` and `openSnapshotFile(...).read` (fstat + pread), and prints the medians per read.
 */
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSnapshotFile, snapshotPath } from '../src/store/snapshot-file.ts';

const SIZE = 64 << 20;
const READS = 100_000;
const ROUNDS = 7;
const length = Number(process.argv[2] ?? 3000);
const dir = mkdtempSync(join(tmpdir(), 'snapshot-read-'));
try {
  writeFileSync(snapshotPath(dir), Buffer.alloc(SIZE, 7));
  const source = openSnapshotFile(dir)!;
  const fd = openSync(snapshotPath(dir), 'r');
  const plain = (offset: number, size: number) => {
    const buffer = Buffer.allocUnsafe(size);
    readSync(fd, buffer, 0, size, offset);
    return buffer;
  };
  const offsets = Array.from({ length: READS }, (_, i) => (i * 7919 * 4096) % (SIZE - length));
  /** Nanoseconds per call of `run(offset)` over all offsets. */
  const time = (run: (offset: number) => unknown) => {
    const start = process.hrtime.bigint();
    for (const offset of offsets) run(offset);
    return Number(process.hrtime.bigint() - start) / READS;
  };
  const [pread, checked, fstat]: [number[], number[], number[]] = [[], [], []];
  for (let round = 0; round < ROUNDS; round++) {
    pread.push(time((offset) => plain(offset, length)));
    checked.push(time((offset) => source.read(offset, length)));
    fstat.push(time(() => fstatSync(fd)));
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    `piece ${length} B, medians of ${ROUNDS} x ${READS} reads: pread ${median(pread).toFixed(0)} ns, snapshot source (fstat + pread) ${median(checked).toFixed(0)} ns (${(median(checked) / median(pread)).toFixed(2)}x), fstat alone ${median(fstat).toFixed(0)} ns`,
  );
  source.close();
  closeSync(fd);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
