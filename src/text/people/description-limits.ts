/**
 * Where a definite description that refers back ("die Ministerin", "des Ministers") would land on the
 * wrong person, found by the rv10 review with sentences written for it: a relational title
 * ("der Vorgänger" is somebody else's predecessor), and for an oblique case a negation before it ("nicht
 * der Ministerin"), a description inside quotation marks (the quoted speaker's words, not the
 * article's), a genitive attribute without an age ("Die Kritik des Präsidenten": anybody's), a
 * person noun that is no title ("Dem Verlierer", "dem Täter"), and "den" before a weak or adjectival
 * form ("den Abgeordneten", "den Demonstranten": as often a dative plural as one man); and who may be
 * carried over an "Er"/"Sie" sentence to a description (mayCarryOver).
 */
import { type Lexicon, personNoun, roleAt, roleWord, startsUpper, type Token } from '../lexicon/index.ts';
import type { FoundRole } from './role-phrase.ts';

// "Vorgänger", "Amtsvorgängerin", "Nachfolger" -> heads that name a person only relative to another
const RELATIONAL = /(vorgänger|nachfolger)(in)?$/;

/**
 * Whether the title names a person only by their relation to another ("der Vorgänger", "die
 * Nachfolgerin"): the one person named before is then the other one, never the one described.
 * @example relationalTitle(role("der Vorgänger")) // true; relationalTitle(role("der Minister")) // false
 */
export function relationalTitle(role: FoundRole): boolean {
  return RELATIONAL.test(role.head) || RELATIONAL.test(role.word.base.toLowerCase());
}

// "nicht", "kein…" -> a negation shortly before the article: "Gemeint war nicht der Rücktritt des Ministers"
const NEGATION = /^(nicht|kein|keine|keinen|keinem|keiner|keines|Nicht|Kein|Keine)$/;
/** Tokens before the article a negation is looked for in ("nicht der Rücktritt des Ministers": three). */
const NEGATION_REACH = 3;

/**
 * Whether an oblique description at article token `i` must not refer back: a negation in the
 * NEGATION_REACH tokens before it in its sentence, an opening quotation mark before it in its paragraph
 * that is not closed yet (`body` the text the token offsets are into), or "den" before a title form that
 * is not its base form (a weak or adjectival noun, the same as the dative plural).
 * @example obliqueExcluded(tokens("Nicht der Ministerin galt der Applaus."), 0, role, body) // true
 * @example obliqueExcluded(tokens("Man wählte den Präsidenten ab."), 2, role, body) // true ("den Präsidenten" may be many)
 * @example obliqueExcluded(tokens("Der Ministerin wird vorgeworfen, gelogen zu haben."), 0, role, body) // false
 */
export function obliqueExcluded(tokens: readonly Token[], i: number, role: FoundRole, body: string | undefined): boolean {
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= Math.max(0, i - NEGATION_REACH) && tokens[k]!.sentence === sentence; k--) if (NEGATION.test(tokens[k]!.text)) return true;
  if (body !== undefined && insideMarks(body, tokens[i]!.start)) return true;
  // "Dem Verlierer blieb nur die Opposition", "Dem Täter drohen zehn Jahre": a person noun of an outcome
  // or a deed, no title, may be the opposite of the one named
  if (!roleWord(role.word.base)) return true;
  if (
    genitiveAttribute(tokens, i) &&
    !AGE.test(
      tokens
        .slice(i + 1, role.last + 1)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return true;
  if (tokens[i]!.text.toLowerCase() === 'den') {
    let strong = false;
    for (let k = i + 1; k <= role.last; k++) if (tokens[k]!.text === role.word.base) strong = true;
    if (!strong) return true;
  }
  return false;
}

// "60-jährigen", "32 Jahre alten" -> an age, which speaks of one known person ("Der Rücktritt des 60-jährigen Wirtschaftsministers")
const AGE = /(^|\s)(\d+-jährigen|\d+ Jahre alten)(\s|$)/;

/**
 * Whether the article at `i` ("des", "der") opens a genitive attribute of the noun before it in its
 * sentence: "Die Kritik des Präsidenten", "die Rede der Präsidentin", "Die Bilanz des bisherigen
 * Ministers". Such a genitive names whoever holds the title as readily as the person named before
 * (a third person, a predecessor), so it refers back only with an age.
 * @example genitiveAttribute(tokens("Die Kritik des Präsidenten war scharf."), 2) // true
 * @example genitiveAttribute(tokens("Der Ministerin wird vorgeworfen"), 0) // false
 */
export function genitiveAttribute(tokens: readonly Token[], i: number): boolean {
  const article = tokens[i]!.text;
  const prev = tokens[i - 1];
  return (article === 'des' || article === 'der') && !!prev?.word && prev.sentence === tokens[i]!.sentence && /^\p{Lu}/u.test(prev.text) && tokens[i - 2]?.sentence === prev.sentence;
}

/**
 * Whether offset `at` lies inside quotation marks opened in its paragraph: the last German or French
 * opening mark before it („ or ») comes after the last closing one (“ or «).
 * @example insideMarks('Er sagte: „Die Politik des Präsidenten', 30) // true
 * @example insideMarks('„Ja“, sagte er. Die Politik des Präsidenten', 30) // false
 */
export function insideMarks(body: string, at: number): boolean {
  const paragraph = body.slice(body.lastIndexOf('\n', at - 1) + 1, at);
  return paragraph.lastIndexOf('„') > paragraph.lastIndexOf('“') || paragraph.lastIndexOf('»') > paragraph.lastIndexOf('«');
}

/**
 * Whether the person named two sentences back may be carried over an "Er"/"Sie" sentence to a
 * description opening the next ("Andreas Reinke wurde verletzt. Er erlitt ein Trauma. Der
 * Fußballspieler wurde …"): not when the pronoun sentence `sentence` brings in another person noun or
 * title ("Markus Weber wurde verletzt. Er sah den Angreifer nicht. Der Polizist …" is somebody else).
 * @example mayCarryOver(tokens("Weber stürzte. Er sah den Angreifer nicht. Der Polizist kam."), 1, lex) // false
 */
export function mayCarryOver(tokens: readonly Token[], sentence: number, lex: Lexicon): boolean {
  return !tokens.some((t, k) => t.sentence === sentence && t.word && startsUpper(t.text) && tokens[k - 1]?.sentence === sentence && !!(roleAt(lex, t) ?? personNoun(t.text)));
}
