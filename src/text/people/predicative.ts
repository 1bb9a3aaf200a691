/**
 * Roles stated rather than put in front of a name: "X ist neuer Regierungschef Japans", "X trat das
 * Amt als Kanzlerin an", "X wurde zum Vorsitzenden gewählt", "Als Außenminister hatte X …".
 * Bounded per mention (a few tokens after it) and per sentence start.
 */
import { addRole } from './collect.ts';
import type { Lexicon, Token } from '../lexicon/index.ts';
import { rolePhraseFrom } from './roles.ts';
import type { WorkingPerson } from './working.ts';

// "ist", "war", "bleibt", "wird" + a title: the title is what the person is
const COPULA = /^(ist|war|bleibt|blieb|wird)$/;
// "zum Vorsitzenden gewählt", "zur Ministerin ernannt"
const APPOINTED = /^(gewählt|ernannt|berufen|bestimmt|befördert|vereidigt|nominiert|gekürt|wiedergewählt)$/;
/** Tokens after a mention within which "das Amt als …" or "zum … gewählt" may follow. */
const WINDOW = 10;

/**
 * Add the roles the text states about the people mentioned in it.
 * @example predicativeRoles(tokens("Fumio Kishida ist neuer Regierungschef Japans."), people, lex)
 *   // Fumio Kishida gets "neuer Regierungschef Japans"
 */
export function predicativeRoles(tokens: readonly Token[], people: readonly WorkingPerson[], lex: Lexicon): void {
  const lastOf = new Map<number, WorkingPerson>();
  const firstOf = new Map<number, WorkingPerson>();
  for (const p of people) {
    for (const m of p.mentions) {
      let last = m.token;
      while (tokens[last + 1] && tokens[last + 1]!.end <= m.end) last++;
      lastOf.set(last, p);
      firstOf.set(m.token, p);
    }
  }
  for (const [last, p] of lastOf) {
    const role = statedAfter(tokens, last, lex);
    if (role) addRole(p, role);
  }
  // "Als Außenminister hatte Heiko Maas …" -> the title opening the sentence belongs to the subject after the verb
  tokens.forEach((t, i) => {
    if (t.text !== 'Als' || tokens[i - 1]?.sentence === t.sentence) return;
    const role = rolePhraseFrom(tokens, i + 1, lex);
    if (!role) return;
    const subject = firstOf.get(role.last + 2);
    if (subject && tokens[role.last + 1]?.word && tokens[role.last + 2]?.sentence === t.sentence) addRole(subject, role);
  });
}

function statedAfter(tokens: readonly Token[], last: number, lex: Lexicon): ReturnType<typeof rolePhraseFrom> {
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last]!.sentence) return undefined;
  // "X ist neuer Regierungschef Japans" (not "X ist der Meinung")
  if (COPULA.test(next.text)) {
    // "ist neuer Regierungschef", "ist die neue Kanzlerin", "ist seit 2019 Präsident" (not "ist der Meinung")
    let j = last + 2;
    if (/^(der|die|ein|eine)$/.test(tokens[j]?.text ?? '')) j++;
    if (tokens[j]?.text === 'seit' && /^\d{4}$/.test(tokens[j + 1]?.text ?? '')) j += 2;
    const role = rolePhraseFrom(tokens, j, lex);
    if (role) return role;
  }
  for (let k = last + 1; k < last + WINDOW && tokens[k]?.sentence === next.sentence; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ':' || /[„“"«»]/.test(t.text)) return undefined;
    // "trat das Amt als Kanzlerin an", "übernahm das Amt des Präsidenten"
    if (t.text === 'Amt' && (tokens[k + 1]?.text === 'als' || tokens[k + 1]?.text === 'des')) return rolePhraseFrom(tokens, k + 2, lex);
    // "wurde zum Vorsitzenden gewählt"
    if ((t.text === 'zum' || t.text === 'zur') && appointed(tokens, k)) return rolePhraseFrom(tokens, k + 1, lex);
  }
  return undefined;
}

/** A participle of appointment follows in the same clause. */
function appointed(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < k + WINDOW && tokens[j]?.sentence === tokens[k]!.sentence; j++) {
    if (APPOINTED.test(tokens[j]!.text)) return true;
    if (tokens[j]!.text === ',') return false;
  }
  return false;
}
