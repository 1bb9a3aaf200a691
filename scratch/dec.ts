import { loadCorpus } from '../src/corpus/load.ts';
import { syntheticCorpus } from '../bench/corpus.ts';
import { buildKnowledge } from '../src/answers/knowledge.ts';
import { encodeKnowledge, decodeKnowledge } from '../src/answers/knowledge-snapshot.ts';
import { unpackSections } from '../src/search/container.ts';
const sources = [...(await loadCorpus('corpus')).articles, ...(await loadCorpus('/work/shared/corpora/wikinews-de/articles')).articles];
const k = buildKnowledge(syntheticCorpus(sources, 30000));
const chunks = encodeKnowledge(k, 'x', []);
const total = chunks.reduce((n, c) => n + c.byteLength, 0);
const buf = new Uint8Array(total); let o = 0; for (const c of chunks) { buf.set(c, o); o += c.byteLength; }
for (let r = 0; r < 2; r++) {
let t = performance.now(); const lap = (s: string) => { console.log(s, (performance.now() - t).toFixed(0)); t = performance.now(); };
const f = unpackSections(buf); lap('unpack+hash');
const metas = JSON.parse(f.text('articles')); lap('articles json');
const text = f.text('text0'); lap('text decode');
const s = f.uint32('sentences'); lap('sent');
let c = 0; const m = new Map(); for (const meta of metas) { const body = text.slice(c, c + 1000); c += 1000; m.set(meta.id, { ...meta, body }); } lap('articles objs');
let cur = 0; const sm = new Map(); for (const meta of metas) { const n = s[cur++]!; const l = new Array(n); for (let i = 0; i < n; i++, cur += 2) l[i] = { text: text.slice(s[cur]!, s[cur + 1]!), start: s[cur]!, end: s[cur + 1]! }; sm.set(meta.id, l); } lap('sentence objs');
const v = f.text('vocabulary').split('\n').map((l) => l.split('\t')); lap('vocab');
const terms = f.text('terms').split('\n'); lap('terms');
decodeKnowledge(buf, 'x'); lap('full decode');
}
