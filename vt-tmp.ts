import { verbTablesInUse } from './src/search/variants.ts';
import { germanLexicon } from './src/search/german-lexicon.ts';
const t = verbTablesInUse(); const l = germanLexicon();
for (const [k, v] of Object.entries(t)) console.log(k, (v as any).size);
console.log('heads', l.heads.size, 'tails', l.tails.size);
const j = JSON.stringify({ split: [...(t.split as Map<string,string>)], whole: [...(t.whole as Map<string,string>)], particles: [...t.particles as Set<string>], heads: [...l.heads], tails: [...l.tails] });
console.log('json bytes', j.length);
let s = performance.now();
for (let r = 0; r < 5; r++) { const o = JSON.parse(j); new Map(o.split); new Map(o.whole); new Set(o.particles); new Set(o.heads); new Set(o.tails); }
console.log('json restore', (performance.now() - s) / 5);
const txt = [[...(t.split as Map<string,string>)].map(e=>e.join('\t')).join('\n'), [...(t.whole as Map<string,string>)].map(e=>e.join('\t')).join('\n'), [...l.heads].join('\n'), [...l.tails].join('\n')];
s = performance.now();
for (let r = 0; r < 5; r++) { const m = new Map(); for (const line of txt[0]!.split('\n')) { const i = line.indexOf('\t'); m.set(line.slice(0,i), line.slice(i+1)); } const m2 = new Map(); for (const line of txt[1]!.split('\n')) { const i = line.indexOf('\t'); m2.set(line.slice(0,i), line.slice(i+1)); } new Set(txt[2]!.split('\n')); new Set(txt[3]!.split('\n')); }
console.log('text restore', (performance.now() - s) / 5);
