/**
 * The merged timeline travels in the snapshot, packed, so start-up does not merge every report
 * again: what comes back is the timeline as merged, field by field, and answers alike.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer } from '../../src/answers/answer.ts';
import { decodeKnowledge } from '../../src/knowledge/knowledge-snapshot.ts';
import { snapshotBytes } from '../support/snapshot-bytes.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { plainEntry } from '../../src/knowledge/timeline-columns.ts';

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
    assert.ok(merged.length > 10);
    assert.deepEqual(restored.timeline().map(plainEntry), merged.map(plainEntry));
    assert.equal(JSON.stringify(restored.timeline()), JSON.stringify(merged), 'written out alike');
    // each report points at an event of the restored facts, so people and offsets line up
    const reports = restored.timeline().flatMap((entry) => entry.reports);
    assert.ok(reports.length > 0, 'the restored timeline has reports');
    for (const report of reports) {
      assert.ok(restored.factsOf(report.articleId)!.events.some((e) => e.start === report.start && e.end === report.end));
    }
    for (const q of ['timeline', 'timeline 2019', 'timeline Biegun', 'timeline Kaesong 2020', 'timeline 2020-06..2020-07']) {
      assert.deepEqual(answer(restored, q), answer(knowledge, q), q);
    }
  });
});
