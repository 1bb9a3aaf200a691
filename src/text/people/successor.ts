/**
 * The title a successor takes over: "Markus Weber löste Anna Roth als Trainerin ab" gives Weber the office
 * ("Trainer"), in his own gender, not the form that names his predecessor. When the successor's gender is
 * unknown and the title's form is the predecessor's, it may be hers alone: no title rather than a wrong one.
 */
import { type Gender, roleWord, type RoleWord } from '../lexicon/index.ts';
import type { FoundRole } from './role-phrase.ts';

// the feminine suffix of a title: "Trainerin" <- "Trainer", "Präsidentin" <- "Präsident"
const FEMININE = /in$/;

/**
 * The successor's form of `role`, given the successor's and the predecessor's genders, or undefined.
 * @example successorRole(role("Trainerin"), 'male', 'female') // role "Trainer"
 * @example successorRole(role("Trainerin"), 'unknown', 'female') // undefined
 */
export function successorRole(role: FoundRole, successor: Gender, predecessor: Gender): FoundRole | undefined {
  const form = role.word.gender !== 'unknown' ? role.word.gender : role.gender;
  if (form === 'unknown' || form === successor) return role;
  // ("Anna Roth löste Markus Weber als Trainer ab" with Roth's gender unknown: the form may be Weber's alone)
  if (successor === 'unknown') return form === predecessor ? undefined : role;
  // an adjectival title follows the person's gender: "Vorsitzende" -> "Vorsitzender"
  if (role.word.adjectival) return { ...role, gender: successor };
  const word = otherGender(role.word, successor);
  return word && { ...role, word, gender: successor, head: word.head };
}

/** The title word in the other gender: "Trainerin" -> "Trainer", "Präsident" -> "Präsidentin"; undefined if the lexicon has no such form ("Ärztin" -> "Ärzt"). */
function otherGender(word: RoleWord, gender: Gender): RoleWord | undefined {
  const text = gender === 'male' ? (FEMININE.test(word.base) ? word.base.slice(0, -2) : undefined) : `${word.base}in`;
  const found = text === undefined ? undefined : roleWord(text);
  return found?.gender === gender && found.head === word.head ? found : undefined;
}
