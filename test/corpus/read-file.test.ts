/**
 * Reading one article file: only regular files, never more than the size limit, never waiting
 * on a named pipe.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { readArticleBytes } from '../../src/corpus/read-file.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-file-'));
});

describe('readArticleBytes', () => {
  it('reads a regular file and a link to one', async () => {
    await writeFile(join(dir, 'a.txt'), ' date 2020-01 Text.');
    await symlink(join(dir, 'a.txt'), join(dir, 'link.txt'));
    for (const name of ['a.txt', 'link.txt']) {
      const read = await readArticleBytes(join(dir, name));
      assert.ok('bytes' in read, name);
      assert.equal(read.bytes.toString(), ' date 2020-01 Text.');
    }
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const started = Date.now();
    const read = await readArticleBytes(join(dir, 'pipe.txt'));
    assert.deepEqual(read, { reason: 'is a FIFO (named pipe), not a regular file' });
    assert.ok(Date.now() - started < 1000);
  });

  it('refuses a link to /dev/zero, naming the target', async () => {
    await symlink('/dev/zero', join(dir, 'zero.txt'));
    const read = await readArticleBytes(join(dir, 'zero.txt'));
    assert.deepEqual(read, { reason: 'links to /dev/zero, which is a device, not a regular file' });
  });

  it('refuses a folder named like an article', async () => {
    await mkdir(join(dir, 'folder.md'));
    assert.deepEqual(await readArticleBytes(join(dir, 'folder.md')), { reason: 'is a folder, not a regular file' });
  });

  it('refuses a file over the limit and reads one exactly at it', async () => {
    await writeFile(join(dir, 'big.txt'), Buffer.alloc(1001, 0x61));
    await writeFile(join(dir, 'fits.txt'), Buffer.alloc(1000, 0x61));
    const big = await readArticleBytes(join(dir, 'big.txt'), 1000);
    assert.ok('reason' in big);
    assert.match(big.reason, /^1001 bytes, more than the limit of 1000 bytes per article \(raise MAX_ARTICLE_BYTES/);
    const fits = await readArticleBytes(join(dir, 'fits.txt'), 1000);
    assert.ok('bytes' in fits);
    assert.equal(fits.bytes.length, 1000);
  });

  it('reports a missing file with its error code', async () => {
    assert.deepEqual(await readArticleBytes(join(dir, 'nope.txt')), { reason: 'cannot read file (ENOENT)' });
  });
});
