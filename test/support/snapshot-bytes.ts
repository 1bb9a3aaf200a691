/**
 * A knowledge base's snapshot as one byte array in memory (what the snapshot file would hold),
 * for tests that decode it without a file.
 */
import { encodeKnowledge } from '../../src/knowledge/knowledge-snapshot.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';

/**
 * The snapshot of `knowledge` for `fingerprint`, without warnings, in one array.
 * @example decodeKnowledge(snapshotBytes(knowledge), 'fp')
 */
export function snapshotBytes(knowledge: KnowledgeBase, fingerprint = 'fp'): Uint8Array {
  const chunks = [...encodeKnowledge(knowledge, fingerprint, [])];
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) all.set(chunk, (at += chunk.length) - chunk.length);
  return all;
}
