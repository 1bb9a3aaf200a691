import { loadCorpus } from '../src/corpus/load.ts';
import { syntheticCorpus } from '../bench/corpus.ts';
import { buildKnowledge, textOf } from '../src/answers/knowledge.ts';
import { rank } from '../src/search/rank.ts';
import { searchAnswer } from '../src/answers/search.ts';
const sources = [...(await loadCorpus('corpus')).articles, ...(await loadCorpus('/work/shared/corpora/wikinews-de/articles')).articles];
const k = buildKnowledge(syntheticCorpus(sources, 30000));
for (const q of ['Fußball Weltmeisterschaft', 'Außenminister Treffen', 'Verbindungsbüro Kaesong']) {
  for (let r = 0; r < 20; r++) {
    let t = performance.now();
    rank(k.index, q, { strict: true, limit: 100 }); const a = performance.now() - t; t = performance.now();
    rank(k.index, q, { strict: true, limit: 100, textOf: (id) => textOf(k, id) }); const b = performance.now() - t; t = performance.now();
    searchAnswer(k, q); const c = performance.now() - t;
    if (r === 19) console.log(q, 'rank', a.toFixed(1), '+phrase', b.toFixed(1), 'answer', c.toFixed(1));
  }
}
import { bestPassages } from '../src/search/passages.ts';
import { resolveWords } from '../src/search/resolve.ts';
import { parseQuery } from '../src/search/query.ts';
const ids = [...k.articles.keys()].slice(0, 5);
const { words } = resolveWords(k.index, 'Fußball Weltmeisterschaft');
for (let r = 0; r < 20; r++) { let t = performance.now(); for (const id of ids) bestPassages(k.index.analyser, k.sentences.get(id)!, words); const a = performance.now() - t; t = performance.now(); for (let i = 0; i < 100; i++) parseQuery('Fußball Weltmeisterschaft'); const b = (performance.now() - t) / 100; if (r === 19) console.log('passages', a.toFixed(2), 'parse', b.toFixed(3)); }
