import { editDistance } from '../src/search/typo.ts';
const words = Array.from({ length: 30000 }, (_, i) => 'wort' + i.toString(36) + 'abc');
for (let k = 0; k < 3; k++) { const t = performance.now(); let c = 0; for (const w of words) if (editDistance('beigunab', w, 2) <= 2) c++; console.log(performance.now() - t, c); }
