/**
 * A snapshot with one section replaced and every checksum made anew: damage that the checksums
 * cannot find (a snapshot written wrong, not one damaged on disk), for tests of what a load checks
 * beyond them.
 */
import { packSections, unpackSections } from '../../src/knowledge/container.ts';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * `bytes` with section `name` replaced by `change(its bytes)`, packed again (checksums valid).
 * @example resealed(bytes, 'byDate', (b) => b.fill(0))
 */
export function resealed(bytes: Uint8Array, name: string, change: (section: Uint8Array) => Uint8Array): Uint8Array {
  // (the header sits before the 16-byte trailer, its length in the trailer's first 4 bytes)
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 16, 16).getUint32(0, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(bytes.length - 16 - headerLength, bytes.length - 16))) as { sections: Record<string, unknown> };
  const names = Object.keys(header.sections);
  if (!names.includes(name)) throw new Error(`no section ${name} (has ${names.join(', ')})`);
  const file = unpackSections(bytes);
  const chunks = [...packSections(file.meta, Object.fromEntries(names.map((n) => [n, () => (n === name ? change(file.bytes(n)) : file.bytes(n))])))];
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) all.set(chunk, (at += chunk.length) - chunk.length);
  return all;
}

/**
 * `resealed` for a JSON section: `change` edits the parsed value in place.
 * @example resealedJson(bytes, 'articles', (columns) => (columns.titles[0] = 42))
 */
export function resealedJson(bytes: Uint8Array, name: string, change: (value: Record<string, unknown[]>) => void): Uint8Array {
  return resealed(bytes, name, (section) => {
    const value = JSON.parse(decoder.decode(section)) as Record<string, unknown[]>;
    change(value);
    return encoder.encode(JSON.stringify(value));
  });
}
