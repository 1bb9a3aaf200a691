/**
 * The closed word classes the tense heuristic looks for (auxiliaries, strong past forms, modal
 * verbs), as bit flags in one lookup, and a fast test for a lower-case first letter.
 */

/** "voraussichtlich", "geplant", "vorgesehen", "angesetzt": strong future cues ("geplant" as a predicate). */
export const FUTURE_WORD = 1;
/** "wird", "werden", ...: future auxiliaries. */
export const FUTURE_AUX = 2;
/** "hatte", "war", ...: pluperfect auxiliaries. */
export const PLUPERFECT_AUX = 4;
/** Past forms that are not regular "-te" forms: "war", "gab", "ging". */
export const STRONG_PAST = 8;
/** "hat", "ist", ...: perfect auxiliaries. */
export const PERFECT_AUX = 16;
/** Intentions: "will", "plant", "beabsichtigt". */
export const INTENT_WORD = 32;
/** Modal verbs (and "wird", "werden"): "soll", "kann", "würde". */
export const MODAL = 64;

const CLASSES: ReadonlyArray<[number, string]> = [
  [FUTURE_WORD, 'voraussichtlich geplant vorgesehen angesetzt'],
  [FUTURE_AUX, 'wird werden werde wirst werdet'],
  [PLUPERFECT_AUX, 'hatte hatten hattest war waren wart'],
  [
    STRONG_PAST,
    'war waren wurde wurden hatte hatten gab gaben ging gingen kam kamen fand fanden zog zogen fiel fielen ' +
      'hieß hießen ließ ließen traf trafen warf warfen stand standen sprach sprachen begann begannen starb ' +
      'starben brach brachen nahm nahmen trat traten rief riefen schrieb schrieben blieb blieben sah sahen lag ' +
      'lagen schlug schlugen gewann gewannen wies wiesen bat baten hielt hielten fuhr fuhren flog flogen floh ' +
      'flohen saß saßen sank stieg stiegen griff griffen bot boten erhielt erhielten entschied beschloss ' +
      'beschlossen gelang misslang geschah lief liefen schien erschien erschienen verließ verließen wandte ' +
      'sandte konnte konnten musste mussten sollte sollten wollte wollten durfte durften mochte dachte brachte ' +
      'brachten kannte nannte nannten wusste galt galten verlor verschwand stieß stießen zwang wuchs sang trank',
  ],
  [PERFECT_AUX, 'hat haben habe hast ist sind sei seien'],
  [INTENT_WORD, 'will wollen plant planen beabsichtigt'],
  [MODAL, 'will wollen soll sollen kann können muss müssen darf dürfen möchte möchten wird werden würde würden'],
];

const WORD_CLASSES: ReadonlyMap<string, number> = (() => {
  const classes = new Map<string, number>();
  for (const [flag, words] of CLASSES) for (const word of words.split(' ')) classes.set(word, (classes.get(word) ?? 0) | flag);
  return classes;
})();

/**
 * The classes a word (compared exactly, so pass it lower-cased) belongs to, as bit flags.
 * @example wordClass("wird") // FUTURE_AUX | MODAL
 * @example wordClass("Haus") // 0
 */
export function wordClass(word: string): number {
  return WORD_CLASSES.get(word) ?? 0;
}

const LOWER_START = /^\p{Ll}/u;
/** Per UTF-16 unit: 0 = not yet known, 1 = not a lower-case letter, 2 = a lower-case letter. */
const LOWER_UNIT = new Uint8Array(65536);

/**
 * Whether a word starts with a lower-case letter (`/^\p{Ll}/u`).
 * @example startsLower("sagte") // true
 * @example startsLower("Sagte") // false
 */
export function startsLower(word: string): boolean {
  const code = word.charCodeAt(0);
  // a surrogate pair (or an empty word) is left to the regex
  if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff)) return LOWER_START.test(word);
  let known = LOWER_UNIT[code]!;
  if (known === 0) LOWER_UNIT[code] = known = LOWER_START.test(String.fromCharCode(code)) ? 2 : 1;
  return known === 2;
}

const LETTER = /\p{L}/u;
/** Per UTF-16 unit: 0 = not yet known, 1 = not a letter, 2 = a letter. */
const LETTER_UNIT = new Uint8Array(65536);

function isLetter(codePoint: number): boolean {
  if (codePoint > 0xffff) return LETTER.test(String.fromCodePoint(codePoint));
  let known = LETTER_UNIT[codePoint]!;
  if (known === 0) LETTER_UNIT[codePoint] = known = LETTER.test(String.fromCharCode(codePoint)) ? 2 : 1;
  return known === 2;
}

/**
 * The words of a text: runs of letters and hyphens, as `text.split(/[^\p{L}\-]+/u).filter(Boolean)` gives them.
 * @example wordsOf("Er sagte: „Nord-Korea“ 2019.") // ["Er", "sagte", "Nord-Korea"]
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const size = codePoint > 0xffff ? 2 : 1;
    if (codePoint === 0x2d || isLetter(codePoint)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
    i += size;
  }
  if (start >= 0) words.push(text.slice(start));
  return words;
}
