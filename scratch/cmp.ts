import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load.ts';
import { korea, lunrGerman } from '../eval/search-systems.ts';
const articles = [...(await loadCorpus('corpus')).articles, ...(await loadCorpus('/work/shared/corpora/wikinews-de/articles')).articles];
const titles = new Map(articles.map((a) => [a.id, a.title]));
const qs = JSON.parse(readFileSync('test/fixtures/relevance/questions.json', 'utf8'));
const a = korea(articles), b = lunrGerman(articles);
const only = process.argv[2];
for (const q of qs) {
  if (only && !q.query.includes(only)) continue;
  const ra = a.search(q.query), rb = b.search(q.query);
  const rec = (r: string[]) => q.relevant.filter((id: string) => r.includes(id)).length;
  if (only || rec(ra) < rec(rb)) { console.log(q.query, rec(ra), rec(rb)); console.log(' ours', ra.map((id) => (q.relevant.includes(id) ? '*' : '') + id + ' ' + titles.get(id)!.slice(0, 40)).join('\n      ')); }
}
