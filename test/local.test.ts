import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { createCore } from '../src/core.ts';
import { buildKnowledge } from '../src/knowledge/build.ts';
import { parseArticle } from '../src/corpus/parse.ts';
import { consoleReply, runConsole } from '../src/local.ts';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pngSize } from './support/png.ts';

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

  it('writes a chart into the charts folder and names the file; none for one month', async () => {
    const knowledge = buildKnowledge([
      parseArticle(' date 2021-03 Am 2. März 2021 eröffnete die Stadt Rostal ihren neuen Hafen. Im Juni 2021 kam das erste Containerschiff an.', 'a.txt'),
      parseArticle(' date 2021-10 Am 4. Oktober 2021 legte in Rostal die tausendste Fähre an.', 'b.txt'),
    ]);
    const dir = join(await mkdtemp(join(tmpdir(), 'korea-local-')), 'charts');
    const core = createCore(knowledge, 'de');
    const text = await consoleReply(core, 'timeline 2021', { dir });
    const path = /Diagramm: (.+\.png)$/m.exec(text)?.[1];
    assert.ok(path, text);
    assert.ok(path.startsWith(dir) && existsSync(path), path);
    assert.deepEqual(pngSize(readFileSync(path)), { width: 1600, height: 600 });
    assert.doesNotMatch(await consoleReply(core, 'timeline 2021-10', { dir }), /Diagramm/);
  });
});
