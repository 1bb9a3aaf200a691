/**
 * A naive rule-based attribution, as a reference point for eval/quotes.ts (`--baseline`):
 * every quotation-mark stretch, and every clause after "<reporting verb>, dass", goes to the person
 * mentioned nearest to it in the same sentence. Same people recogniser, no cue or subject analysis.
 */
import type { Sentence } from '../src/text/lexicon/index.ts';
import type { ArticlePeople } from '../src/text/people/index.ts';
import { cueTable, findMarked, isLabel, type Quote } from '../src/text/quotes/index.ts';

/** Baseline quotes of one article. */
export function baselineQuotes(body: string, sentences: readonly Sentence[], people: ArticlePeople): Quote[] {
  const mentions = people.people.flatMap((p) => p.mentions.map((m) => ({ ...m, name: p.name })));
  const sentenceOf = (at: number) => sentences.find((s) => s.start <= at && at < s.end);
  const nearest = (start: number, end: number): string | null => {
    const s = sentenceOf(start);
    if (!s) return null;
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end && (m.end <= start || m.start >= end));
    inSentence.sort((a, b) => dist(a, start, end) - dist(b, start, end));
    return inSentence[0]?.name ?? null;
  };
  const out: Quote[] = [];
  for (const m of findMarked(body).filter((x) => !isLabel(body, x))) {
    out.push({ speaker: nearest(m.open, m.close + 1), text: body.slice(m.open + 1, m.close), type: 'direct', start: m.open + 1, end: m.close });
  }
  const cues = cueTable();
  for (const s of sentences) {
    for (const match of s.text.matchAll(/(\p{Ll}+)\s*(?:[^,]{0,60}),\s*dass\s+([^.;:]+)/gu)) {
      if (!cues.finite.has(match[1]!)) continue;
      const start = s.start + match.index! + match[0].lastIndexOf(match[2]!);
      const end = start + match[2]!.length;
      out.push({ speaker: nearest(start, end), text: body.slice(start, end), type: 'indirect', start, end });
    }
  }
  return out;
}

function dist(m: { start: number; end: number }, start: number, end: number): number {
  return m.end <= start ? start - m.end : m.start - end;
}
