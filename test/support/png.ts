/**
 * Reading a PNG's size the way a viewer does: the signature, then the IHDR chunk.
 */
import assert from 'node:assert/strict';

/** The eight bytes every PNG starts with. */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Width and height from the IHDR chunk, which must follow the signature (asserted).
 * @example pngSize(chart.png) // { width: 1600, height: 600 }
 */
export function pngSize(png: Buffer): { width: number; height: number } {
  assert.ok(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature');
  assert.equal(png.toString('latin1', 12, 16), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
