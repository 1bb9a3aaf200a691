/**
 * The people directory travels in the snapshot, so start-up does not merge every article's people again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeDirectory, encodeDirectory } from '../../src/knowledge/directory-snapshot.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

describe('directory in the snapshot', () => {
  it('comes back with the same profiles, places, quotes and lookups', async () => {
    const knowledge = buildKnowledge((await loadCorpus('corpus')).articles);
    const directory = knowledge.directory();
    const ids = [...knowledge.articles()].map((a) => a.id);
    const saved = JSON.parse(JSON.stringify(encodeDirectory(directory, new Map(ids.map((id, i) => [id, i])))));
    const restored = decodeDirectory(saved, ids);
    assert.deepEqual(restored.profiles, directory.profiles);
    assert.deepEqual(restored.entities, directory.entities);
    assert.deepEqual(restored.quotes, directory.quotes);
    assert.ok(directory.quotes.size > 0, 'the seeds have attributed quotes');
    for (const name of ['Biegun', 'Kim', 'Kaesong', 'Beigun']) assert.deepEqual(restored.lookup(name), directory.lookup(name), name);
  });
});
