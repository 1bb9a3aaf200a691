/**
 * Corpora of made-up articles in a temp folder: the bot is checked on articles nobody has seen.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One made-up article in front-matter format. */
export interface FakeArticle {
  id: string;
  date: string;
  title?: string;
  url?: string;
  body: string;
}

/**
 * Write articles to a new temp folder and return its path.
 * @example const dir = await tempCorpus([{ id: "a", date: "2022-01-02", body: "Text." }])
 */
export async function tempCorpus(articles: FakeArticle[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'korea-corpus-'));
  for (const a of articles) {
    const header = ['---', ...(a.title ? [`title: "${a.title}"`] : []), `date: ${a.date}`, ...(a.url ? [`url: ${a.url}`] : []), '---'];
    await writeFile(join(dir, `${a.id}.md`), `${header.join('\n')}\n${a.body}\n`);
  }
  return dir;
}
