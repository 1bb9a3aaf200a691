/**
 * The merged timeline travels in the snapshot, so start-up does not merge every report again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeKnowledge } from '../../src/knowledge/knowledge-snapshot.ts';
import { snapshotBytes } from '../support/snapshot-bytes.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

describe('timeline in the snapshot', () => {
  it('comes back exactly as merged, before anything merges again', async () => {
    const knowledge = buildKnowledge((await loadCorpus('corpus')).articles);
    const merged = knowledge.timeline();
    assert.ok(
      merged.some((entry) => entry.planned),
      'the seeds have a plan (dated when said)',
    );
    const { knowledge: restored } = decodeKnowledge(snapshotBytes(knowledge), 'fp');
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
