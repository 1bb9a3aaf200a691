/**
 * A rough grammatical tense of a German sentence, used to decide whether "im September" or
 * "am Mittwoch" points back or ahead of the article date. Heuristic, no tagger: auxiliaries,
 * a list of strong past forms, weak past forms in "-te(n)", and participles.
 */

/** `pluperfect` ("hatte ... eröffnet") is a past that looks back from another past. */
export type Tense = 'past' | 'pluperfect' | 'present' | 'future';

/** Past forms that are not regular "-te" forms. */
const STRONG_PAST = new Set(
  ('war waren wurde wurden hatte hatten gab gaben ging gingen kam kamen fand fanden zog zogen fiel fielen ' +
    'hieß hießen ließ ließen traf trafen warf warfen stand standen sprach sprachen begann begannen starb ' +
    'starben brach brachen nahm nahmen trat traten rief riefen schrieb schrieben blieb blieben sah sahen lag ' +
    'lagen schlug schlugen gewann gewannen wies wiesen bat baten hielt hielten fuhr fuhren flog flogen floh ' +
    'flohen saß saßen sank stieg stiegen griff griffen bot boten erhielt erhielten entschied beschloss ' +
    'beschlossen gelang misslang geschah lief liefen schien erschien erschienen verließ verließen wandte ' +
    'sandte konnte konnten musste mussten sollte sollten wollte wollten durfte durften mochte dachte brachte ' +
    'brachten kannte nannte nannten wusste galt galten verlor verschwand stieß stießen zwang wuchs sang trank')
    .split(' '),
);

/** Lower-case words ending in "-te(n)" that are not past verbs (ordinals, adjectives, nouns). */
const NOT_PAST = /^(erste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|elfte|zwölfte|letzte|nächste|beste|meiste|weitere|gute|halbe|rechte|linke|große|späte|frühe|breite|weite|harte|leichte|echte|schlechte|heute|bitte|mitte|konkrete|absolute|private|komplette|extreme|direkte|gesamte|genannte|bekannte|ehemalige)n?$/;

/** Words that look like participles ("ge...t/en") but are not. */
const NOT_PARTICIPLE = /^(geplant|gegen|geben|gehen|gelten|genau|gern|gerne|gerade|generell|genug|gemeinsam|gestern|gesamt|gewesen|gelegen|geschehen|gewinnen|gefallen)$/;

const DETERMINER = /^(der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|seine[nmrs]?|ihre[nmrs]?|diese[nmrs]?|im|am|vom|zum|zur|beim|kein|keine[nmrs]?|sehr|so|zu)$/;

const PERFECT_AUX = /^(hat|haben|habe|hast|ist|sind|sei|seien)$/;
const PLUPERFECT_AUX = /^(hatte|hatten|hattest|war|waren|wart)$/;
const FUTURE_AUX = /^(wird|werden|werde|wirst|werdet)$/;
/** Strong future cues; "geplant" only as a predicate ("sind geplant"), not "das geplante Gesetz". */
const FUTURE_WORD = /^(voraussichtlich|geplant|vorgesehen|angesetzt)$/;
/** Intentions: future unless the sentence is told in the past ("hatte angekündigt, ... stärken zu wollen"). */
const INTENT_WORD = /^(will|wollen|plant|planen|beabsichtigt)$/;

/** Whether a lower-case word reads as a past participle ("gekontert", "abgezogen", "informiert"). */
function isParticiple(word: string): boolean {
  if (NOT_PARTICIPLE.test(word)) return false;
  return /^[a-zäöü]{0,6}ge[a-zäöüß]{2,}(t|en)$/.test(word) || /^[a-zäöü]{3,}iert$/.test(word) ||
    /^(be|er|ver|ent|zer|emp|über|unter)[a-zäöüß]{2,}t$/.test(word);
}

const MODAL = /^(will|wollen|soll|sollen|kann|können|muss|müssen|darf|dürfen|möchte|möchten|wird|werden|würde|würden)$/;

/**
 * Whether the word at `i` is a weak past form ("sagte", "eröffneten"), not an adjective
 * ("die ersten"), a participle ("umstritten") or an infinitive after a modal ("will ... ausweiten").
 */
function isWeakPast(words: string[], i: number): boolean {
  const word = words[i]!;
  if (!/^[a-zäöüß]{3,}(te|ten)$/.test(word) || NOT_PAST.test(word)) return false;
  if (/[^s]sten?$|ßten?$|tten$/.test(word) || ZU_INSIDE.test(word)) return false;
  if (word.endsWith('ten') && words.slice(0, i).some((w) => MODAL.test(w.toLowerCase()))) return false;
  return !DETERMINER.test(words[i - 1]?.toLowerCase() ?? '') && words[i - 1] !== 'zu';
}

/**
 * The tense a sentence or clause shows, or undefined when nothing marks it.
 * @example tenseCue("die vor März festgelegt wurden") // "past"
 * @example tenseCue("am 18. Januar der nächste Gegner") // undefined
 */
export function tenseCue(text: string): Tense | undefined {
  const words = text.split(/[^\p{L}\-]+/u).filter(Boolean);
  const lower = words.map((w) => (/^\p{Ll}/u.test(w) ? w : w.toLowerCase()));
  const participle = words.some((w) => /^\p{Ll}/u.test(w) && isParticiple(w));
  if (lower.some((w) => FUTURE_WORD.test(w))) return 'future';
  if (lower.some((w) => FUTURE_AUX.test(w)) && !participle) return 'future';
  // "soll am Mittwoch vorgeführt werden", "wird ... eröffnet werden": a passive or modal future
  if (lower.some((w, i) => w === 'werden' && i > 0 && isParticiple(lower[i - 1]!) && !/^(ist|sind|war|waren)$/.test(lower[i - 2] ?? ''))) return 'future';
  if (lower.some((w) => PLUPERFECT_AUX.test(w)) && participle) return 'pluperfect';
  if (lower.some((w) => STRONG_PAST.has(w))) return 'past';
  if (words.some((w, i) => isWeakPast(words, i) && /^\p{Ll}/u.test(w))) return 'past';
  if (lower.some((w) => PERFECT_AUX.test(w)) && participle) return 'past';
  if (lower.some((w, i) => INTENT_WORD.test(w) && lower[i - 1] !== 'zu')) return 'future';
  if (isInfinitiveClause(lower)) return 'future';
  return undefined;
}

/** Separable prefixes that take "zu" inside: "einzuleiten", "aufzunehmen". */
const ZU_INSIDE = /^(an|auf|aus|ein|ab|bei|mit|vor|zurück|weiter|fest|her|hin|los|nach|statt|teil|um|weg|durch|über|zusammen)zu\p{Ll}{2,}en$/u;

/**
 * Whether a clause ends in a "zu" infinitive: an intention, which points ahead of when it was
 * said ("kündigte an, am Dienstag nach Peking zu reisen", "das Verfahren einzuleiten").
 */
function isInfinitiveClause(lower: string[]): boolean {
  const last = lower[lower.length - 1] ?? '';
  const prev = lower[lower.length - 2] ?? '';
  return (prev === 'zu' && /^\p{Ll}{2,}en$/u.test(last)) || ZU_INSIDE.test(last);
}

/** Longest stretch on each side of a date that counts as its clause. */
const CLAUSE_REACH = 250;

/**
 * The tense of the clause around `offset` in a sentence (commas, semicolons and dashes
 * delimit clauses), falling back to the whole sentence's tense when the clause shows none.
 * @example tenseAt("Er sagte, die Vorwahlen im April werden entscheiden.", 25) // "future"
 */
export function tenseAt(sentence: string, offset: number, sentenceTense: Tense = tenseOf(sentence)): Tense {
  const before = sentence.slice(Math.max(0, offset - CLAUSE_REACH), offset);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' – ')) + 1;
  const after = sentence.slice(offset, offset + CLAUSE_REACH);
  const rest = after.search(/[,;]| – /);
  const clause = before.slice(start) + (rest < 0 ? after : after.slice(0, rest));
  return tenseCue(clause) ?? sentenceTense;
}

/**
 * The tense a sentence is told in.
 * @example tenseOf("Das Büro wurde im September eröffnet.") // "past"
 * @example tenseOf("Biegun wird sich am Donnerstag mit Suh treffen.") // "future"
 * @example tenseOf("Die Gespräche dauern an.") // "present"
 */
export function tenseOf(sentence: string): Tense {
  return tenseCue(sentence) ?? 'present';
}
