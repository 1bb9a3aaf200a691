/**
 * One spelling-independent key per person name.
 */
import { foldWord } from '../../search/fold.ts';
import { memoize } from '../lexicon/index.ts';

/**
 * Normalise a name so spelling variants meet: case, hyphens, umlaut transliteration, accents.
 * @example personKey("Kim Jong-un") === personKey("KIM JONG UN") // "kim jong un"
 * @example personKey("Choe Son-hui") === personKey("Choe Son Hui") // true
 */
export const personKey: (name: string) => string = memoize((name) =>
  foldWord(name)
    .replace(/[‐-―\-'’.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);

/**
 * The word a bare mention uses for a person: the family name, first for Korean and Chinese names.
 * @example surnameOf("Antony Blinken", false) // "Blinken"; surnameOf("Kim Jong Un", true) // "Kim"; surnameOf("Benedikt XVI.", false) // "Benedikt"
 */
export function surnameOf(name: string, familyFirst: boolean): string {
  const words = withoutRegnalNumber(name).split(/\s+/);
  return (familyFirst ? words[0] : words[words.length - 1]) ?? name;
}

// a Roman number with its full stop closing a name: "Benedikt XVI." (not "Malcolm X")
const REGNAL = /\s+[IVX]+\.$/;

/**
 * A name without its regnal number: "Benedikt XVI." is mentioned as "Benedikt".
 * @example withoutRegnalNumber("Benedikt XVI.") // "Benedikt"; withoutRegnalNumber("Malcolm X") // "Malcolm X"
 */
export function withoutRegnalNumber(name: string): string {
  return name.replace(REGNAL, '');
}
