/**
 * A binary container of named sections (JSON, text, typed arrays) with a checksum: the snapshot
 * file format. Layout: "KDSNAP01", u32 header length, header JSON, then 8-byte aligned sections.
 */
import { createHash } from 'node:crypto';

const MAGIC = 'KDSNAP01';

/** A section's bytes. */
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

/**
 * Pack named sections and a metadata object into chunks to write one after another.
 * @example packSections({ version: 1 }, { ids: new TextEncoder().encode("a\nb") })
 */
export function packSections(meta: unknown, sections: Record<string, SectionData>): Uint8Array[] {
  const hash = createHash('sha1');
  const layout: Header['sections'] = {};
  const bodies: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(sections)) {
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    layout[name] = [offset, bytes.byteLength];
    hash.update(bytes);
    const padding = (8 - (bytes.byteLength % 8)) % 8;
    bodies.push(bytes, new Uint8Array(padding));
    offset += bytes.byteLength + padding;
  }
  const header = new TextEncoder().encode(JSON.stringify({ meta, checksum: hash.digest('hex'), sections: layout } satisfies Header));
  const prefix = new Uint8Array(16 + header.byteLength + ((8 - (header.byteLength % 8)) % 8));
  prefix.set(new TextEncoder().encode(MAGIC));
  new DataView(prefix.buffer).setUint32(8, header.byteLength, true);
  prefix.set(header, 16);
  return [prefix, ...bodies];
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
  if (file.byteLength < 16 || new TextDecoder().decode(file.subarray(0, 8)) !== MAGIC) throw new SnapshotError('not a snapshot file');
  const headerLength = new DataView(file.buffer, file.byteOffset, 16).getUint32(8, true);
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(file.subarray(16, 16 + headerLength))) as Header;
  } catch {
    throw new SnapshotError('corrupt header');
  }
  const start = 16 + headerLength + ((8 - (headerLength % 8)) % 8);
  const hash = createHash('sha1');
  const bytes = (name: string): Uint8Array => {
    const place = header.sections?.[name];
    if (!place || start + place[0] + place[1] > file.byteLength) throw new SnapshotError(`section ${name} missing or truncated`);
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
