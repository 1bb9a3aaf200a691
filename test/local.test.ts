import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { createCore } from '../src/core.ts';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { parseArticle } from '../src/corpus/parse.ts';
import { runConsole } from '../src/local.ts';

describe('local console mode', () => {
  it('answers each line (with or without /korea) and ends at end of input', async () => {
    const knowledge = buildKnowledge([parseArticle(' date 2020-01 Minister Ri Son Gwon sprach in Pjöngjang.', 'a.txt')]);
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += chunk));
    await runConsole(Readable.from(['/korea timeline 2020\n', '\n', 'who Ri Son Gwon\n']), output, createCore(knowledge, 'de'));
    assert.match(printed, /Chronik 2020: 1 Eintrag/);
    assert.match(printed, /Ri Son Gwon: erwähnt in 1 Artikel/);
  });
});
