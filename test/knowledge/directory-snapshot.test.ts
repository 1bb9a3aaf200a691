/**
 * The people directory travels in the snapshot, packed, so start-up does not merge every
 * article's people again: it comes back with the same profiles, places, quotes and lookups.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeDirectory, encodeDirectory, savedDirectoryOf } from '../../src/knowledge/directory-snapshot.ts';
import { plainProfile } from '../../src/knowledge/directory-columns.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { answer } from '../../src/answers/answer.ts';
import { decodeKnowledge } from '../../src/knowledge/knowledge-snapshot.ts';
import { snapshotBytes } from '../support/snapshot-bytes.ts';

describe('directory in the snapshot', () => {
  it('comes back with the same profiles, places, quotes and lookups', async () => {
    const knowledge = buildKnowledge((await loadCorpus('corpus')).articles);
    const directory = knowledge.directory();
    const ids = [...knowledge.articles()].map((a) => a.id);
    const packed = encodeDirectory(directory, new Map(ids.map((id, i) => [id, i])));
    // (as the snapshot holds it: the string tables as JSON text, the numbers as they are)
    const restored = decodeDirectory(savedDirectoryOf(JSON.stringify(packed.strings), packed.numbers), ids);
    assert.ok(directory.profiles.length > 10);
    assert.deepEqual(restored.profiles.map(plainProfile), directory.profiles.map(plainProfile));
    assert.equal(JSON.stringify(restored.profiles), JSON.stringify(directory.profiles), 'written out alike');
    assert.deepEqual(restored.entities, directory.entities);
    assert.ok(directory.quotes.size > 0, 'the seeds have attributed quotes');
    // (maps compared whatever their order: no answer reads the order they were filled in)
    const quotesByKey = (quotes: typeof directory.quotes) => new Map([...quotes].map(([p, byArticle]) => [p.key, byArticle]));
    assert.deepEqual(quotesByKey(restored.quotes), quotesByKey(directory.quotes));
    assert.deepEqual(
      [...restored.byArticle].map(([id, named]) => [id, named.map((p) => p.key)]),
      [...directory.byArticle].map(([id, named]) => [id, named.map((p) => p.key)]),
    );
    for (const name of ['Biegun', 'Kim', 'Kaesong', 'Beigun', 'Xyzzqq']) assert.deepEqual(JSON.parse(JSON.stringify(restored.lookup(name))), JSON.parse(JSON.stringify(directory.lookup(name))), name);
  });

  it('answers who as the directory it was saved from', async () => {
    const knowledge = buildKnowledge((await loadCorpus('corpus')).articles);
    const { knowledge: restored } = decodeKnowledge(snapshotBytes(knowledge), 'fp');
    for (const q of ['who Biegun', 'who Kim Jong Un', 'who Kim', 'who Choe Son Hui', 'who Xyzzqq', 'was hat Biegun gesagt?', 'timeline Biegun']) {
      assert.deepEqual(answer(restored, q), answer(knowledge, q), q);
    }
  });
});
