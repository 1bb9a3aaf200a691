import { readdirSync, readFileSync } from 'node:fs';
import { germanLexicon } from '../src/search/german-lexicon.ts';
import { decompound } from '../src/search/decompound.ts';
import { tokenize } from '../src/search/fold.ts';
let t = performance.now();
const lex = germanLexicon();
console.log('lexicon', (performance.now() - t).toFixed(0), 'ms', lex.heads.size, lex.tails.size);
for (const w of ['atomgespraeche','vizeaussenminister','aussenminister','atomprogramm','verbindungsbuero','nordkoreas','kaesong','panmunjom','regierung','verhandlungen','mitarbeiter','machthaber','denuklearisierung','vereinigungsministerium','waffenstillstandsabkommen','chefnuklearunterhaendler','biegun','blinken','sicherheitsrat','dringlichkeitssitzung','erklaerung','wiedervereinigungsbruecke','staatsmedien']) console.log(w, decompound(w, lex));
const dir = '/work/shared/corpora/wikinews-de/articles';
const vocab = new Set<string>();
for (const f of readdirSync(dir)) for (const w of tokenize(readFileSync(`${dir}/${f}`, 'utf8'))) vocab.add(w);
t = performance.now();
const split: string[] = [];
for (const w of vocab) { const p = decompound(w, lex); if (p.length) split.push(`${w}=${p.join('+')}`); }
console.log('vocab', vocab.size, 'split', split.length, (performance.now() - t).toFixed(0), 'ms');
for (let i = 0; i < split.length; i += Math.floor(split.length / 80)) process.stdout.write(split[i] + '  ');
