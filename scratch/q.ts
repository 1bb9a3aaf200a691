import { loadCorpus } from '../src/corpus/load.ts';
import { ArchiveIndex } from '../src/search/index.ts';
import { rank } from '../src/search/rank.ts';
const seeds = await loadCorpus('corpus');
const wiki = await loadCorpus('/work/shared/corpora/wikinews-de/articles');
const all = [...seeds.articles, ...wiki.articles];
let t = performance.now();
const index = new ArchiveIndex(all);
console.log('built', all.length, (performance.now() - t).toFixed(0), 'ms terms', index.terms.length, 'vocab', index.vocabulary.size);
const byId = new Map(all.map((a) => [a.id, a]));
for (const q of ['Atomgespräche', 'Außenminister', 'Aussenminister', 'Kim Jong Un', 'Kim Jong-un', 'Beigun', 'Biegun Treffen', 'Kaesong', 'Neil Armstrong', 'Verbindungsbüro Nordkorea', 'Sanktionen']) {
  t = performance.now();
  const r = rank(index, q, { textOf: (id) => { const a = byId.get(id); return a && `${a.title}\n${a.body}`; } });
  console.log(q, (performance.now() - t).toFixed(1), 'ms', JSON.stringify(r.corrections), r.docs.length, r.docs.slice(0, 5).map((d) => `${d.id}:${d.matched}/${r.full}${d.phrase ? 'P' : ''}:${d.score.toFixed(2)}:${d.date}`).join(' '));
}
for (const q of ['Beigun', 'Beigun', 'Sanktionnen', 'Pjöngjnag']) { t = performance.now(); const r = rank(index, q); console.log(q, (performance.now() - t).toFixed(1), JSON.stringify(r.corrections)); }
