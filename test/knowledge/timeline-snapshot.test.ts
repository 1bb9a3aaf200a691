/**
 * The merged timeline travels in the snapshot, so start-up does not merge every report again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeKnowledge, encodeKnowledge } from '../../src/knowledge/knowledge-snapshot.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

function concat(iterable: Iterable<Uint8Array>): Uint8Array {
  const chunks = [...iterable];
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) all.set(chunk, (at += chunk.length) - chunk.length);
  return all;
}

describe('timeline in the snapshot', () => {
  it('comes back exactly as merged, before anything merges again', async () => {
    const knowledge = buildKnowledge((await loadCorpus('corpus')).articles);
    const merged = knowledge.timeline();
    assert.ok(
      merged.some((entry) => entry.planned),
      'the seeds have a plan (dated when said)',
    );
    const { knowledge: restored } = decodeKnowledge(concat(encodeKnowledge(knowledge, 'fp', [])), 'fp');
    assert.ok(restored.hasDerived(), 'restored without merging again');
    assert.deepEqual(restored.timeline(), merged);
    // each report points at an event of the restored facts, so people and offsets line up
    const reports = restored.timeline().flatMap((entry) => entry.reports);
    assert.ok(reports.length > 0, 'the restored timeline has reports');
    for (const report of reports) {
      assert.ok(restored.factsOf(report.articleId)!.events.some((e) => e.start === report.start && e.end === report.end));
    }
  });
});
