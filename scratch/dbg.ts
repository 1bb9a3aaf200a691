import { loadCorpus } from '../src/corpus/load.ts';
import { ArchiveIndex } from '../src/search/index.ts';
import { rank } from '../src/search/rank.ts';
const articles = [...(await loadCorpus('corpus')).articles, ...(await loadCorpus('/work/shared/corpora/wikinews-de/articles')).articles];
const index = new ArchiveIndex(articles);
const titles = new Map(articles.map((a) => [a.id, a.title]));
for (const q of process.argv.slice(2)) {
  const r = rank(index, q);
  console.log(q, JSON.stringify(r.words.map((w) => [w.text, w.word.term, w.word.parts, w.name])), r.full);
  for (const d of r.docs.slice(0, 12)) console.log(`  ${d.id} n${d.names} m${d.matched} ${d.score.toFixed(2)} ${titles.get(d.id)!.slice(0, 50)}`);
}
