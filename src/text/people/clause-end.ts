/**
 * Whether a name after a copula closes its clause ("Der neue Trainer ist Georg Wallner."), so that the
 * role opening the sentence is the name's, or stands where an object does ("Der Täter war Georg Wallner
 * nicht bekannt": the role is the subject's). Pure.
 */
import type { Token } from '../lexicon/index.ts';
import type { WorkingPerson } from './working.ts';

// what may follow the subject that closes a clause "ROLE ist X": "… sein", "… geworden", a relative "der …"
// written without its comma ("Der Passagier war Helge Roefer der in der Sendung …")
const AFTER_SUBJECT = /^(sein|werden|gewesen|geworden|bleiben|der|die)$/;

/**
 * Whether the first mention of `p` from token `from` on closes its clause: punctuation, the end of the
 * sentence or a closing verb after it ("Der neue Trainer ist Georg Wallner.", "… wird Georg Wallner sein"),
 * not an object's place ("Der Täter war Georg Wallner nicht bekannt").
 * @example closesClause(tokens("Der Trainer ist Georg Wallner."), 3, georg, firstOf, endOf) // true
 */
export function closesClause(tokens: readonly Token[], from: number, p: WorkingPerson, firstOf: ReadonlyMap<number, WorkingPerson>, endOf: ReadonlyMap<number, number>): boolean {
  let k = from;
  while (tokens[k] && firstOf.get(k) !== p) k++;
  const last = endOf.get(k);
  if (last === undefined) return false;
  const next = tokens[last + 1];
  return !next || next.sentence !== tokens[last]!.sentence || !next.word || AFTER_SUBJECT.test(next.text);
}
