/**
 * A binary container of named sections (JSON, text, typed arrays) with a checksum: the snapshot
 * file format. Layout: "KDSNAP02" + 8 reserved bytes, the sections (each 8-byte aligned), the
 * header JSON (metadata, sha1 of the sections, where each section is), then u32 header length,
 * 4 reserved bytes and "KDSNAP02" again. The header comes last so a container can be written one
 * section at a time: only one section is in memory while a large snapshot is saved.
 */
import { createHash } from 'node:crypto';

const MAGIC = 'KDSNAP02';
/** The layout before the header moved to the end. */
const OLD_MAGIC = 'KDSNAP01';

/** A section's bytes as one array. */
export type SectionData = Uint8Array | Uint16Array | Uint32Array;

/** Why a snapshot cannot be used. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

interface Header {
  meta: unknown;
  checksum: string;
  sections: Record<string, [offset: number, length: number]>;
}

const encoder = new TextEncoder();

/**
 * Pack named sections and a metadata object as chunks to write one after another. Each section is
 * made only when the chunks before it have been taken (a function giving an array, or chunks).
 * @example for (const chunk of packSections({ version: 1 }, { ids: () => encoder.encode("a\nb") })) write(chunk)
 */
export function* packSections(meta: unknown, sections: Record<string, () => SectionData | Iterable<Uint8Array>>): Generator<Uint8Array> {
  const hash = createHash('sha1');
  const layout: Header['sections'] = {};
  const prefix = new Uint8Array(16);
  prefix.set(encoder.encode(MAGIC));
  yield prefix;
  let offset = 0;
  for (const [name, make] of Object.entries(sections)) {
    const made = make();
    let length = 0;
    for (const chunk of ArrayBuffer.isView(made) ? [made] : made) {
      const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      hash.update(bytes);
      length += bytes.byteLength;
      yield bytes;
    }
    layout[name] = [offset, length];
    const padding = (8 - (length % 8)) % 8;
    if (padding > 0) yield new Uint8Array(padding);
    offset += length + padding;
  }
  const header = encoder.encode(JSON.stringify({ meta, checksum: hash.digest('hex'), sections: layout } satisfies Header));
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

/** Sections read back from a container. */
export interface Unpacked {
  meta: unknown;
  bytes(name: string): Uint8Array;
  text(name: string): string;
  uint32(name: string): Uint32Array;
  uint16(name: string): Uint16Array;
}

/**
 * Read a container, verifying its structure and checksum.
 * @example unpackSections(bytes).text("ids")
 */
export function unpackSections(file: Uint8Array): Unpacked {
  const decoder = new TextDecoder();
  const magic = file.byteLength >= 8 ? decoder.decode(file.subarray(0, 8)) : '';
  if (magic === OLD_MAGIC) throw new SnapshotError('built by another version');
  if (magic !== MAGIC) throw new SnapshotError('not a snapshot file');
  if (file.byteLength < 32 || decoder.decode(file.subarray(file.byteLength - 8)) !== MAGIC) throw new SnapshotError('truncated (file damaged)');
  const headerLength = new DataView(file.buffer, file.byteOffset + file.byteLength - 16, 4).getUint32(0, true);
  const headerStart = file.byteLength - 16 - headerLength;
  if (headerStart < 16) throw new SnapshotError('corrupt header (file damaged)');
  let header: Header;
  try {
    header = JSON.parse(decoder.decode(file.subarray(headerStart, file.byteLength - 16))) as Header;
  } catch {
    throw new SnapshotError('corrupt header (file damaged)');
  }
  const start = 16;
  const hash = createHash('sha1');
  const bytes = (name: string): Uint8Array => {
    const place = header.sections?.[name];
    if (!place || start + place[0] + place[1] > headerStart) throw new SnapshotError(`section ${name} missing or truncated`);
    return file.subarray(start + place[0], start + place[0] + place[1]);
  };
  for (const name of Object.keys(header.sections ?? {})) hash.update(bytes(name));
  if (hash.digest('hex') !== header.checksum) throw new SnapshotError('checksum mismatch (file damaged)');
  // typed arrays need aligned offsets; a section that is not aligned is copied
  const view = (name: string, size: number): [ArrayBufferLike, number, number] => {
    let data = bytes(name);
    if (data.byteOffset % size !== 0) data = data.slice();
    return [data.buffer, data.byteOffset, data.byteLength / size];
  };
  return {
    meta: header.meta,
    bytes,
    text: (name) => new TextDecoder().decode(bytes(name)),
    uint32: (name) => new Uint32Array(...view(name, 4)),
    uint16: (name) => new Uint16Array(...view(name, 2)),
  };
}
