/**
 * Reporting cues: verbs of saying in all their finite forms and participles ("sagte", "betonte",
 * "kündigte ... an", "gewarnt"), generated from the conjugation tables, plus the prepositional cues
 * ("zufolge", "laut", ", so", "nach Angaben").
 */
import { mainClauseForm } from '../../common/separable-verbs.ts';
import { verbs, type CueTable, type CueWord, type Forms, type VerbCue, type VerbEntry, startsLower, memoizeFor, type Lexicon, type Token, infoOf } from '../lexicon/index.ts';

/** Infinitives of verbs that introduce reported speech. */
export const REPORTING_LEMMAS = [
  'sagen',
  'erklären',
  'betonen',
  'warnen',
  'ankündigen',
  'mitteilen',
  'berichten',
  'meinen',
  'behaupten',
  'bekräftigen',
  'versichern',
  'fordern',
  'kritisieren',
  'bestätigen',
  'dementieren',
  'hinzufügen',
  'unterstreichen',
  'äußern',
  'argumentieren',
  'einräumen',
  'zugeben',
  'schreiben',
  'verkünden',
  'vermuten',
  'glauben',
  'hoffen',
  'befürchten',
  'erläutern',
  'ergänzen',
  'ausführen',
  'feststellen',
  'klarstellen',
  'hervorheben',
  'beklagen',
  'bemängeln',
  'vorwerfen',
  'beteuern',
  'anmerken',
  'entgegnen',
  'antworten',
  'erwidern',
  'widersprechen',
  'bestreiten',
  'drohen',
  'appellieren',
  'mahnen',
  'verlangen',
  'vorschlagen',
  'kommentieren',
  'prophezeien',
  'schätzen',
  'zweifeln',
  'bezweifeln',
  'twittern',
  'melden',
  'informieren',
  'zusichern',
  'zusagen',
  'beschreiben',
  'nennen',
  'bezeichnen',
  'loben',
  'begrüßen',
  'bedauern',
  'andeuten',
  'signalisieren',
  'erinnern',
  'zitieren',
  'ankündigen',
  'beschwören',
  'insistieren',
  'klagen',
  'monieren',
  'rechtfertigen',
  'sprechen',
  'unterstellen',
  'verraten',
  'verteidigen',
  'vorhersagen',
  'zurückweisen',
  'bekanntgeben',
  'beharren',
  'pochen',
  'empfehlen',
  'erwarten',
  'bilanzieren',
  'resümieren',
  'urteilen',
  'folgern',
  'schildern',
  'darlegen',
  'konstatieren',
  'hinweisen',
  'verweisen',
  'anprangern',
  'versprechen',
  'einwenden',
  'vorhalten',
  'zugestehen',
  'festhalten',
  'präzisieren',
  'abstreiten',
  'eingestehen',
  'bekennen',
  'aussprechen',
  'anmahnen',
  'bekunden',
  'ankreiden',
  'beanstanden',
  'fragen',
  'rufen',
  'aufrufen',
  'begründen',
  'spekulieren',
  'ausdrücken',
  'auffordern',
  'bitten',
  'vorschlagen',
  'beschuldigen',
  'anklagen',
  'ablehnen',
  'beurteilen',
  'charakterisieren',
  'angeben',
  'ausgehen',
  'raten',
  'abraten',
  // verbs of saying with a manner ("schimpfte", "scherzte") or a summary ("fasste zusammen")
  'erzählen',
  'schimpfen',
  'kontern',
  'spotten',
  'scherzen',
  'schwärmen',
  'gestehen',
  'zusammenfassen',
  'herausstellen',
  'herausstreichen',
  'nachlegen',
  'formulieren',
  'ausrufen',
  'wettern',
  'poltern',
  'jubeln',
  'seufzen',
  'klarmachen',
  'verdeutlichen',
  'bemerken',
  'erwähnen',
  'vorrechnen',
  // reflexive verbs of feeling that report words: "„…“, freute sich X", "X beschwerte sich: „…“"
  'freuen',
  'ärgern',
  'wundern',
  'empören',
  'beschweren',
  // more verbs of saying, some with a manner ("flüsterte", "jammerte"); not "lachte", "schrie" (also
  // without words), "notierte" (a share price), "enthüllte" (a monument)
  'fürchten',
  'rügen',
  'witzeln',
  'flüstern',
  'murmeln',
  'jammern',
  'mutmaßen',
  'protestieren',
  'offenbaren',
  'einwerfen',
  'anfügen',
  'beipflichten',
  'vermelden',
  // weak verbs the conjugation tables lack (WEAK_MISSING builds their forms)
  'verlautbaren',
  'prognostizieren',
];

/**
 * Weak verbs of REPORTING_LEMMAS that the conjugation tables lack: their forms follow the rule
 * ("verlautbaren" -> "verlautbart", "verlautbarte", participle "verlautbart"; an unstressed prefix or
 * "-ieren" takes no "ge-").
 */
const WEAK_MISSING = new Set(['verlautbaren', 'prognostizieren']);

/**
 * The forms of a regular weak verb: third person present, past, Konjunktiv I and the participle.
 * @example weakEntry("verlautbaren").PRT?.S?.["3"] // "verlautbarte"
 * @example weakEntry("verlautbaren").PA2 // ["verlautbart"]
 */
function weakEntry(lemma: string): VerbEntry {
  const stem = lemma.replace(/e?n$/, '');
  // "verlautbart", "prognostiziert" -> no "ge-" after an unstressed prefix or for "-ieren"
  const participle = /^(be|ge|er|ver|zer|ent|emp|miss)/.test(lemma) || /ieren$/.test(lemma) ? `${stem}t` : `ge${stem}t`;
  return {
    PRÄ: { S: { '3': `${stem}t` }, P: { '3': lemma } },
    PRT: { S: { '3': `${stem}te` }, P: { '3': `${stem}ten` } },
    KJ1: { S: { '3': `${stem}e` }, P: { '3': lemma } },
    PA2: [participle],
  };
}

let cached: CueTable | undefined;

/**
 * The cue table for REPORTING_LEMMAS (built on first use).
 * @example cueTable().finite.get("kündigte") // [{ lemma: "ankündigen", particle: "an" }]
 */
export function cueTable(): CueTable {
  cached ??= buildCues(verbs(), REPORTING_LEMMAS);
  return cached;
}

/**
 * Build a cue table from conjugation tables; lemmas missing from the tables are skipped.
 * @example buildCues(verbs(), ["sagen"]).participles.has("gesagt") // true
 */
export function buildCues(table: Record<string, VerbEntry>, lemmas: readonly string[]): CueTable {
  const finite = new Map<string, VerbCue[]>();
  const participles = new Set<string>();
  for (const lemma of lemmas) {
    const v = table[lemma] ?? separableEntry(table, lemma) ?? (WEAK_MISSING.has(lemma) ? weakEntry(lemma) : undefined);
    if (!v) continue;
    for (const mood of ['PRÄ', 'PRT', 'KJ1', 'KJ2'] as const) {
      for (const num of ['S', 'P']) {
        const form = (v[mood] as Forms | undefined)?.[num]?.['3'];
        if (!form) continue;
        // split where a main clause splits ("stellte … klar", "fügte … hinzu"; src/common/separable-verbs.ts)
        const split = mainClauseForm(lemma, form);
        const [stem, particle] = Array.isArray(split) ? [split[0], split[1]] : [split, undefined];
        const cue: VerbCue = particle ? { lemma, particle } : { lemma };
        add(finite, stem!, cue);
        // "wie er mitteilte" -> the joined form of a subordinate clause needs no particle
        if (particle) add(finite, particle + stem!, { lemma });
      }
    }
    for (const p of v.PA2 ?? []) participles.add(p);
  }
  return { finite, participles };
}

/**
 * The cue facts of a token's word (shared: do not modify), kept with the word's lexicon facts.
 * @example cueOf(lex, cueTable(), tok("Sagte")) // { lower: "sagte", finite: [{ lemma: "sagen" }], lowerStart: false, participle: false }
 */
export function cueOf(lex: Lexicon, cues: CueTable, t: Token): CueWord {
  const info = infoOf(lex, t);
  if (info.cue !== undefined && info.cueTable === cues) return info.cue;
  info.cueTable = cues;
  return (info.cue = cueWord(cues, t.text));
}

const cueWord = memoizeFor((cues: CueTable, text: string): CueWord => {
  const lower = text.toLowerCase();
  return { lower, finite: cues.finite.get(lower), lowerStart: startsLower(text), participle: cues.participles.has(text) };
});

/**
 * A separable verb the tables lack, built from its base verb: "herausstreichen" from "streichen"
 * ("strich … heraus", participle "herausgestrichen"); undefined when the lemma is no separable
 * particle plus a verb of the tables.
 * @example separableEntry(verbs(), "herausstreichen")?.PRT?.S?.["3"] // ["strich", "heraus"]
 */
function separableEntry(table: Record<string, VerbEntry>, lemma: string): VerbEntry | undefined {
  const particle = SEPARABLE_PARTICLES.find((p) => lemma.startsWith(p) && table[lemma.slice(p.length)]);
  const base = particle ? table[lemma.slice(particle.length)] : undefined;
  if (!particle || !base) return undefined;
  const split = (forms: Forms | undefined): Forms | undefined =>
    forms &&
    Object.fromEntries(
      Object.entries(forms).map(([num, persons]) => [num, persons && Object.fromEntries(Object.entries(persons).map(([person, form]) => [person, [Array.isArray(form) ? form[0]! : form, particle]]))]),
    );
  return { PRÄ: split(base.PRÄ), PRT: split(base.PRT), KJ1: split(base.KJ1), KJ2: split(base.KJ2), PA2: (base.PA2 ?? []).map((p) => particle + p) };
}

/**
 * Separable particles a verb the tables lack may start with (longer ones first: "heraus" before
 * "her"): adjectives and nouns become particles too ("klar", "fest", "bekannt").
 */
const SEPARABLE_PARTICLES = ['zusammen', 'zurück', 'bekannt', 'heraus', 'hervor', 'hinzu', 'weiter', 'fest', 'klar', 'frei', 'dar', 'los', 'ab', 'an', 'auf', 'aus', 'ein', 'mit', 'nach', 'vor', 'zu'];

function add(finite: Map<string, VerbCue[]>, form: string, cue: VerbCue): void {
  const list = finite.get(form) ?? [];
  if (!list.some((c) => c.lemma === cue.lemma && c.particle === cue.particle)) finite.set(form, [...list, cue]);
}
