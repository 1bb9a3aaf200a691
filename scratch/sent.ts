import { loadCorpus } from '../src/corpus/load.ts';
import { splitSentences, type Sentence } from '../src/text/sentences.ts';
const sources = [...(await loadCorpus('corpus')).articles, ...(await loadCorpus('/work/shared/corpora/wikinews-de/articles')).articles];
function byLine(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) for (const s of splitSentences(text.slice(start, end))) out.push({ text: s.text, start: s.start + start, end: s.end + start });
    start = end + 1;
  }
  return out;
}
let t = performance.now(); for (const a of sources) splitSentences(a.body); console.log('orig', performance.now() - t);
t = performance.now(); for (const a of sources) byLine(a.body); console.log('byline', performance.now() - t);
let diff = 0; for (const a of sources) if (JSON.stringify(splitSentences(a.body)) !== JSON.stringify(byLine(a.body))) diff++;
console.log('diff', diff);
