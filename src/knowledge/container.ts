/**
 * A binary container of named sections (JSON, text, typed arrays) with checksums: the snapshot
 * file format. Layout: "KDSNAP03" + 8 reserved bytes, the sections (each 8-byte aligned), the
 * header JSON (metadata, where each section is, the CRC-32 of each 64 KiB block of each
 * section), then u32 header length, 4 reserved bytes and "KDSNAP03" again. The header comes last
 * so a container can be written one section at a time (only one section is in memory while a
 * large snapshot is saved); the checksums are per block so a section can be read, and checked,
 * one piece at a time when it is needed (a file is read from a `ByteSource`, never whole).
 */
import { crc32 } from 'node:zlib';

const MAGIC = 'KDSNAP03';
/** Older layouts: KDSNAP01 had the header first, KDSNAP02 one sha1 over all sections. */
const OLD_MAGICS = ['KDSNAP01', 'KDSNAP02'];
/** The bytes each checksum covers (the last block of a section may be shorter). */
export const BLOCK_SIZE = 1 << 16;

/** A section's bytes as one array. */
export type SectionData = Uint8Array | Uint16Array | Uint32Array;

/** Where a damaged block lies: its section and its bytes `start..end` in the section. */
export interface DamagedBlock {
  readonly section: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Why a snapshot, or a part of it, cannot be used: `block` says where when one block is damaged;
 * `unreadable` is set when the file itself could not be read (an I/O error, rewritten in place).
 */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
  constructor(
    message: string,
    readonly block?: DamagedBlock,
    readonly unreadable = false,
  ) {
    super(message);
  }

  /**
   * Set by the snapshot repair (src/knowledge/snapshot-repair.ts) when every article this error
   * leaves unreadable is being read again from the corpus: an answer then says so; any other
   * SnapshotError (damage elsewhere, an article that could not be read again) is a plain failure.
   */
  beingReadAgain = false;
}

/**
 * Any error as a SnapshotError: a SnapshotError as it is, another one with the message `describe` makes of its message.
 * @example asSnapshotError(new Error("EIO"), (m) => `unreadable (${m})`).message // "unreadable (EIO)"
 */
export function asSnapshotError(error: unknown, describe: (message: string) => string): SnapshotError {
  return error instanceof SnapshotError ? error : new SnapshotError(describe(error instanceof Error ? error.message : String(error)));
}

interface Header {
  meta: unknown;
  /** Where each section starts (after the 16-byte prefix) and its length, in bytes. */
  sections: Record<string, [offset: number, length: number]>;
  /** The CRC-32 of each BLOCK_SIZE block of each section. */
  checksums: Record<string, number[]>;
}

const encoder = new TextEncoder();

/**
 * Pack named sections and a metadata object as chunks to write one after another. Each section is
 * made only when the chunks before it have been taken (a function giving an array, or chunks).
 * @example for (const chunk of packSections({ version: 1 }, { ids: () => encoder.encode("a\nb") })) write(chunk)
 */
export function* packSections(meta: unknown, sections: Record<string, () => SectionData | Iterable<Uint8Array>>): Generator<Uint8Array> {
  const layout: Header['sections'] = {};
  const checksums: Header['checksums'] = {};
  const prefix = new Uint8Array(16);
  prefix.set(encoder.encode(MAGIC));
  yield prefix;
  let offset = 0;
  for (const [name, make] of Object.entries(sections)) {
    const made = make();
    const blocks: number[] = [];
    let length = 0;
    let crc = 0;
    for (const chunk of ArrayBuffer.isView(made) ? [made] : made) {
      const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      // (a chunk may end a block and start the next: each block's CRC-32 is continued across chunks)
      for (let at = 0; at < bytes.length; ) {
        const take = Math.min(bytes.length - at, BLOCK_SIZE - (length % BLOCK_SIZE));
        crc = crc32(bytes.subarray(at, at + take), crc);
        at += take;
        length += take;
        if (length % BLOCK_SIZE === 0) {
          blocks.push(crc);
          crc = 0;
        }
      }
      yield bytes;
    }
    if (length % BLOCK_SIZE !== 0) blocks.push(crc);
    layout[name] = [offset, length];
    checksums[name] = blocks;
    const padding = (8 - (length % 8)) % 8;
    if (padding > 0) yield new Uint8Array(padding);
    offset += length + padding;
  }
  const header = encoder.encode(JSON.stringify({ meta, sections: layout, checksums } satisfies Header));
  const trailer = new Uint8Array(16);
  new DataView(trailer.buffer).setUint32(0, header.byteLength, true);
  trailer.set(encoder.encode(MAGIC), 8);
  yield header;
  yield trailer;
}

/**
 * Small arrays joined into chunks of about `size` bytes, so a section of many small parts is
 * written in few writes.
 * @example [...batched([new Uint8Array(3), new Uint8Array(2)], 1024)] // one chunk of 5 bytes
 */
export function* batched(parts: Iterable<Uint8Array>, size = 1 << 20): Generator<Uint8Array> {
  let pending: Uint8Array[] = [];
  let length = 0;
  const flush = () => {
    const chunk = new Uint8Array(length);
    let at = 0;
    for (const part of pending) {
      chunk.set(part, at);
      at += part.length;
    }
    pending = [];
    length = 0;
    return chunk;
  };
  for (const part of parts) {
    pending.push(part);
    length += part.length;
    if (length >= size) yield flush();
  }
  if (length > 0) yield flush();
}

/**
 * Where each of `parts` starts when they are stored end to end (in elements), and where the last ends.
 * @example offsetsOf([new Uint8Array(3), new Uint8Array(2)]) // Uint32Array [0, 3, 5]
 */
export function offsetsOf(parts: ReadonlyArray<{ length: number }>): Uint32Array {
  const offsets = new Uint32Array(parts.length + 1);
  parts.forEach((part, i) => (offsets[i + 1] = offsets[i]! + part.length));
  return offsets;
}

/** Where a container's bytes come from: a file read piece by piece (src/store/snapshot-file.ts), or bytes in memory. */
export interface ByteSource {
  /** The size in bytes. */
  readonly size: number;
  /** `length` bytes from `offset` (a copy for a file, a view for bytes in memory). */
  read(offset: number, length: number): Uint8Array;
}

/**
 * Bytes in memory as a source (reads are views, no copies).
 * @example unpackSections(memorySource(bytes)).text("names")
 */
export function memorySource(bytes: Uint8Array): ByteSource {
  return { size: bytes.byteLength, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/** A section read piece by piece: each 64 KiB block is checked the first time a piece of it is read. */
export interface SectionReader {
  /** The section's length in bytes. */
  readonly length: number;
  /** Bytes `start..end` of the section; throws SnapshotError when a block they touch is damaged. */
  read(start: number, end: number): Uint8Array;
}

/** Sections read back from a container. */
export interface Unpacked {
  meta: unknown;
  /** Whether the container has a section of that name. */
  has(name: string): boolean;
  /** A whole section, read and checked now (a fresh copy from a file: dropping it frees it). */
  bytes(name: string): Uint8Array;
  text(name: string): string;
  uint32(name: string): Uint32Array;
  uint16(name: string): Uint16Array;
  /** A section read piece by piece when needed (see SectionReader). */
  reader(name: string): SectionReader;
  /**
   * Check every block not checked yet, about `stepBytes` per step (a generator, so a caller can
   * let other work run between steps); throws SnapshotError naming the first damaged section
   * (with the block). A block found damaged before is skipped: called again after a throw, it
   * goes on after the damaged block.
   */
  checkAll(stepBytes?: number): Generator<void>;
}

/**
 * Open a container: its frame and header are read and checked now; each section when it is read.
 * @example unpackSections(memorySource(bytes)).text("ids")
 */
export function unpackSections(input: Uint8Array | ByteSource): Unpacked {
  const source = readable(input instanceof Uint8Array ? memorySource(input) : input);
  const decoder = new TextDecoder();
  const magic = source.size >= 8 ? decoder.decode(source.read(0, 8)) : '';
  if (OLD_MAGICS.includes(magic)) throw new SnapshotError('built by another version');
  if (magic !== MAGIC) throw new SnapshotError('not a snapshot file');
  if (source.size < 32 || decoder.decode(source.read(source.size - 8, 8)) !== MAGIC) throw new SnapshotError('truncated (file damaged)');
  const lengthBytes = source.read(source.size - 16, 4);
  const headerLength = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0, true);
  const headerStart = source.size - 16 - headerLength;
  if (headerStart < 16) throw new SnapshotError('corrupt header (file damaged)');
  const headerBytes = source.read(headerStart, headerLength);
  let header: Header;
  try {
    header = JSON.parse(decoder.decode(headerBytes)) as Header;
  } catch {
    throw new SnapshotError('corrupt header (file damaged)');
  }
  const start = 16;
  /** Per section, which blocks have been checked. */
  const checked = new Map<string, Uint8Array>();
  /** The blocks found damaged, as "section/block" (skipped by `checkAll`; a read of one checks it again, and throws again). */
  const damaged = new Set<string>();
  const placeOf = (name: string): [number, number, number[]] => {
    const place = header.sections?.[name];
    const sums = header.checksums?.[name];
    if (!place || !sums || start + place[0] + place[1] > headerStart || sums.length !== Math.ceil(place[1] / BLOCK_SIZE)) {
      throw new SnapshotError(`section ${name} missing or truncated`);
    }
    return [start + place[0], place[1], sums];
  };
  /** Check the blocks of section `name` that `data` (its bytes from `from`, block-aligned or whole blocks read) covers entirely. */
  const check = (name: string, sums: number[], data: Uint8Array, from: number, sectionLength: number) => {
    const done = doneOf(name, sums);
    for (let block = Math.ceil(from / BLOCK_SIZE); block * BLOCK_SIZE < from + data.length; block++) {
      const end = Math.min((block + 1) * BLOCK_SIZE, sectionLength);
      if (done[block] || end > from + data.length) continue;
      if (crc32(data.subarray(block * BLOCK_SIZE - from, end - from)) !== sums[block]) {
        damaged.add(`${name}/${block}`);
        throw new SnapshotError(`section ${name}: checksum mismatch (file damaged)`, { section: name, start: block * BLOCK_SIZE, end });
      }
      done[block] = 1;
    }
  };
  const doneOf = (name: string, sums: number[]): Uint8Array => {
    let done = checked.get(name);
    if (!done) checked.set(name, (done = new Uint8Array(sums.length)));
    return done;
  };
  /** Blocks `first..last` of a section read whole and checked: their bytes, from the start of `first`. */
  const readBlocks = (name: string, [offset, length, sums]: [number, number, number[]], first: number, last: number): Uint8Array => {
    const blockStart = first * BLOCK_SIZE;
    const data = source.read(offset + blockStart, Math.min((last + 1) * BLOCK_SIZE, length) - blockStart);
    check(name, sums, data, blockStart, length);
    return data;
  };
  const bytes = (name: string): Uint8Array => {
    const [offset, length, sums] = placeOf(name);
    const data = source.read(offset, length);
    check(name, sums, data, 0, length);
    return data;
  };
  const reader = (name: string): SectionReader => {
    const place = placeOf(name);
    const [offset, length, sums] = place;
    return {
      length,
      read(from, to) {
        if (from < 0 || to > length || from > to) throw new SnapshotError(`section ${name}: ${from}..${to} out of range`);
        const done = doneOf(name, sums);
        const [first, last] = [Math.floor(from / BLOCK_SIZE), Math.max(Math.floor(from / BLOCK_SIZE), Math.ceil(to / BLOCK_SIZE) - 1)];
        let unchecked = false;
        for (let block = first; block <= last && !unchecked; block++) unchecked = !done[block];
        // (the blocks touched are read whole once, checked, and the piece is cut from what was checked;
        // later reads of them read only the piece: a file changed since is refused by the source)
        if (unchecked) return readBlocks(name, place, first, last).subarray(from - first * BLOCK_SIZE, to - first * BLOCK_SIZE);
        return source.read(offset + from, to - from);
      },
    };
  };
  // typed arrays need aligned offsets; a section that is not aligned is copied
  const view = (name: string, size: number): [ArrayBufferLike, number, number] => {
    let data = bytes(name);
    if (data.byteOffset % size !== 0) data = data.slice();
    return [data.buffer, data.byteOffset, data.byteLength / size];
  };
  return {
    meta: header.meta,
    has: (name) => header.sections?.[name] !== undefined,
    bytes,
    text: (name) => decoder.decode(bytes(name)),
    uint32: (name) => new Uint32Array(...view(name, 4)),
    uint16: (name) => new Uint16Array(...view(name, 2)),
    reader,
    *checkAll(stepBytes = 1 << 22) {
      const blocksPerStep = Math.max(1, Math.floor(stepBytes / BLOCK_SIZE));
      for (const name of Object.keys(header.sections ?? {})) {
        const place = placeOf(name);
        const done = doneOf(name, place[2]);
        // (runs of blocks not checked yet, at most a step each; blocks read before, or found damaged, are skipped)
        const skipped = (block: number) => done[block] === 1 || damaged.has(`${name}/${block}`);
        for (let first = 0; first < done.length; ) {
          if (skipped(first)) {
            first++;
            continue;
          }
          let last = first;
          while (last + 1 < done.length && !skipped(last + 1) && last + 1 - first < blocksPerStep) last++;
          readBlocks(name, place, first, last);
          first = last + 1;
          yield;
        }
      }
    },
  };
}

/**
 * A source whose read errors (an I/O error, a file that ends early, a SnapshotError of the source:
 * "file changed while open") are SnapshotErrors marked `unreadable`, so a start warns and rebuilds
 * rather than failing, and a read after start has the articles read again.
 * @example readable(source).read(0, 8) // throws SnapshotError "unreadable (… ended early)"
 */
function readable(source: ByteSource): ByteSource {
  return {
    size: source.size,
    read(offset, length) {
      try {
        return source.read(offset, length);
      } catch (error) {
        const message = error instanceof SnapshotError ? error.message : `unreadable (${error instanceof Error ? error.message : String(error)})`;
        throw new SnapshotError(message, undefined, true);
      }
    },
  };
}
