import { loadCorpus } from '../src/corpus/load.ts';
import { syntheticCorpus } from '../bench/corpus.ts';
import { buildKnowledge } from '../src/answers/knowledge.ts';
import { searchAnswer } from '../src/answers/search.ts';
import { encodeKnowledge, decodeKnowledge } from '../src/answers/knowledge-snapshot.ts';
const sources = [...(await loadCorpus('corpus')).articles, ...(await loadCorpus('/work/shared/corpora/wikinews-de/articles')).articles];
const N = Number(process.argv[2] ?? 30000);
const k = buildKnowledge(syntheticCorpus(sources, N));
const chunks = encodeKnowledge(k, 'x', []);
const total = chunks.reduce((n, c) => n + c.byteLength, 0);
const buf = new Uint8Array(total); let o = 0; for (const c of chunks) { buf.set(c, o); o += c.byteLength; }
let t = performance.now();
const { knowledge } = decodeKnowledge(buf, 'x');
console.log('decode', (performance.now() - t).toFixed(0));
const qs = ['Nordkorea', 'Kim Jong Un', 'Atomgespräche', 'Beigun', 'Sanktionen 2019', 'Außenminister Treffen', 'Bundesregierung Berlin', 'Papst Benedikt', 'Fußball Weltmeisterschaft', 'Erdbeben Opfer', 'Wahlen 2008..2010', 'Verbindungsbüro Kaesong', 'Klimawandel', 'Präsident Bush Irak', 'Xyzzqq'];
for (let r = 0; r < 30; r++) for (const q of qs) { t = performance.now(); const a = searchAnswer(knowledge, q); const ms = performance.now() - t; if (r === 29) console.log(ms.toFixed(1), q, a.total); }
