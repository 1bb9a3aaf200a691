/**
 * First-version name matching: find a name in sentences, spelling-variant tolerant
 * ("Kim Jong Un" = "Kim Jong-un"), and read the full name and the role word around it.
 */
import { foldWord } from '../search/analyser.ts';
import type { Sentence } from '../text/sentences.ts';

/** A sentence mentioning the name, with the full name as written and a role word before it. */
export interface NameMention {
  sentence: string;
  fullName: string;
  role?: string;
}

// "US-Vizeaußenminister" / "Präsident" / "Chefnuklearunterhändler" -> role words
const ROLE = /(minister|präsident|gesandte|berater|sprecher|chef|führer|machthaber|diplomat|unterhändler|vorsitzende|botschafter|beauftragte|kanzler|general|staatschef|sekretär|kolleg|sprecherin|leiter)/i;
// A name part: "Biegun", "Jong-un", "Son-hui", "Do-hoon"
const NAME_PART = /^\p{Lu}[\p{Ll}']+(?:-\p{L}[\p{Ll}']*)?$/u;
const NOT_NAME = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'und', 'mit', 'von', 'am', 'im', 'in', 'nach', 'auch', 'doch', 'wie']);

interface Word {
  text: string;
  folded: string[];
  /** Whether only spaces separate this word from the one before ("Südkoreas, Moon" -> false). */
  joined: boolean;
}

function words(sentence: string): Word[] {
  // "Kim Jong-un," -> ["Kim", "Jong-un"]; folded parts split at hyphens: ["jong", "un"]
  const result: Word[] = [];
  let previousEnd = -1;
  for (const match of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)) {
    const gap = previousEnd < 0 ? '' : sentence.slice(previousEnd, match.index);
    result.push({ text: match[0], folded: match[0].split('-').map(foldWord), joined: /^ +$/.test(gap) });
    previousEnd = match.index + match[0].length;
  }
  return result;
}

/**
 * Mentions of `name` in the sentences.
 * @example findNameMentions(splitSentences("US-Vizeaußenminister Stephen Biegun kam."), "biegun")[0].fullName // "Stephen Biegun"
 */
export function findNameMentions(sentences: Sentence[], name: string): NameMention[] {
  const query = name.split(/[\s-]+/).filter(Boolean).map(foldWord);
  if (query.length === 0) return [];
  const mentions: NameMention[] = [];
  for (const sentence of sentences) {
    const ws = words(sentence.text);
    const flat = ws.flatMap((w, index) => w.folded.map((part) => ({ part, index })));
    for (let i = 0; i + query.length <= flat.length; i++) {
      if (!query.every((q, k) => flat[i + k]!.part === q)) continue;
      const first = flat[i]!.index;
      const last = flat[i + query.length - 1]!.index;
      if (!ws.slice(first, last + 1).every((w) => NAME_PART.test(w.text))) continue;
      mentions.push(expand(sentence.text, ws, first, last));
    }
  }
  return mentions;
}

function isNamePart(word: Word | undefined): boolean {
  return !!word && NAME_PART.test(word.text) && !ROLE.test(word.text) && !NOT_NAME.has(word.text.toLowerCase());
}

function expand(sentence: string, ws: Word[], first: number, last: number): NameMention {
  let start = first;
  const end = last;
  // "Stephen Biegun" for "Biegun": take up to two capitalised words before it, never a role word
  while (start > 0 && ws[start]!.joined && isNamePart(ws[start - 1]) && start > first - 2) start--;
  const before = ws[start - 1]?.text;
  const mention: NameMention = { sentence, fullName: ws.slice(start, end + 1).map((w) => w.text).join(' ') };
  if (before && ROLE.test(before)) mention.role = before;
  return mention;
}
