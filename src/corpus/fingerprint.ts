/**
 * A fingerprint of a corpus folder: every article file's name, size and modification time.
 * Any added, removed, edited or touched file changes it.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isArticleFile } from './load.ts';

/**
 * Fingerprint of the article files in `dir` ("missing" when the folder cannot be read).
 * @example await corpusFingerprint("corpus") // "5f1c…"
 */
export async function corpusFingerprint(dir: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isArticleFile).sort();
  } catch {
    return 'missing';
  }
  const hash = createHash('sha1');
  const batch = 256;
  for (let i = 0; i < names.length; i += batch) {
    const slice = names.slice(i, i + batch);
    const stats = await Promise.all(slice.map((name) => stat(join(dir, name)).catch(() => null)));
    slice.forEach((name, k) => hash.update(`${name}\0${stats[k]?.size ?? -1}\0${stats[k]?.mtimeMs ?? -1}\n`));
  }
  return hash.digest('hex');
}
