import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadCorpus } from '../../src/corpus/load.ts';

describe('loadCorpus', () => {
  it('loads the five seed articles with their dates, oldest first, and no warnings', async () => {
    const { articles, warnings } = await loadCorpus('corpus');
    assert.equal(warnings.length, 0);
    assert.equal(articles.length, 5);
    assert.deepEqual(
      articles.map((a) => a.date.value),
      ['2019-03', '2019-07', '2020-07', '2020-07', '2021-03'],
    );
    for (const article of articles) {
      assert.ok(article.title.length > 10, `title for ${article.id}`);
      assert.doesNotMatch(article.title, /YONHAP|Photo/);
    }
  });

  it('skips each broken file with one warning naming it, and loads the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    await writeFile(join(dir, 'good.md'), '---\ntitle: Gut\ndate: 2020-01-02\n---\nText.');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x20, 0x64, 0x61, 0x74, 0x65, 0x20, 0xe4, 0xfc]));
    await writeFile(join(dir, 'nodate.txt'), 'Kein Kopf.');
    await writeFile(join(dir, 'notes.json'), '{}');
    const { articles, warnings } = await loadCorpus(dir);
    assert.deepEqual(
      articles.map((a) => a.id),
      ['good'],
    );
    assert.deepEqual(warnings.map((w) => w.file.split('/').pop()).sort(), ['empty.txt', 'latin1.txt', 'nodate.txt']);
    assert.match(warnings.find((w) => w.file.endsWith('latin1.txt'))!.reason, /UTF-8/);
  });

  it('skips a file whose front matter is not valid YAML with a warning naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
    await writeFile(join(dir, 'good.md'), '---\ntitle: "Kim: Trump"\ndate: 2020-01-02\n---\nText.');
    await writeFile(join(dir, 'bad-yaml.md'), '---\ntitle: Kim: Trump\ndate: 2020-01-02\n---\nText.');
    const { articles, warnings } = await loadCorpus(dir);
    assert.deepEqual(
      articles.map((a) => [a.id, a.title]),
      [['good', 'Kim: Trump']],
    );
    assert.deepEqual(
      warnings.map((w) => w.file.split('/').pop()),
      ['bad-yaml.md'],
    );
    assert.match(warnings[0]!.reason, /front matter is not valid YAML/);
  });

  it('reports a missing folder as a warning instead of crashing', async () => {
    const { articles, warnings } = await loadCorpus('/nonexistent/corpus');
    assert.equal(articles.length, 0);
    assert.match(warnings[0]!.reason, /cannot read folder/);
  });
});

describe('loadCorpus on files that are not plain articles', () => {
  it('skips a FIFO, a link to /dev/zero and an oversized file with a warning naming each, and loads the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'corpus-odd-'));
    await writeFile(join(dir, 'good.md'), '---\ntitle: Gut\ndate: 2020-01-02\n---\nText.');
    await writeFile(join(dir, 'huge.txt'), ` date 2020-01 ${'Wort '.repeat(300)}`);
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await symlink('/dev/zero', join(dir, 'zero.txt'));
    const { articles, warnings } = await loadCorpus(dir, { maxArticleBytes: 1000 });
    assert.deepEqual(
      articles.map((a) => a.id),
      ['good'],
    );
    assert.equal(warnings.length, 3);
    const reasons = Object.fromEntries(warnings.map((w) => [w.file.split('/').pop(), w.reason]));
    assert.match(reasons['huge.txt']!, /more than the limit of 1000 bytes/);
    assert.match(reasons['pipe.txt']!, /FIFO/);
    assert.match(reasons['zero.txt']!, /\/dev\/zero.*not a regular file/);
  });
});
