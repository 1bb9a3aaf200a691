/**
 * Ways of writing the same thing that stems alone do not join, for indexing and querying alike:
 * - exonyms and renamed places ("Weißrussland" = "Belarus", "Birma" = "Myanmar"): one term;
 * - gendered forms ("LehrerInnen", "Lehrer*innen", "Lehrerinnen" = "Lehrer"): the base's term;
 * - hyphenation ("Gaza-Streifen" = "Gazastreifen"): the joined word is indexed too;
 * - separable verbs ("tritt … zurück" = "zurückgetreten" = "zurücktreten"): the infinitive is
 *   indexed as well, for split forms, participles and zu-infinitives (separable.ts).
 */
import { foldTerm } from './fold.ts';
import type { SeparableVerbs } from './separable.ts';

// Pairs of names for one place, folded as foldTerm does; the first is the one indexed
const EXONYMS: [string, string[]][] = [
  ['belarus', ['weissrussland', 'weissrusslands']],
  ['myanmar', ['birma', 'burma']],
  ['pjongjang', ['pyongyang']],
  ['peking', ['beijing']],
  ['kiew', ['kyjiw', 'kyiv', 'kiev']],
  ['mumbai', ['bombay']],
  ['kolkata', ['kalkutta']],
  ['chennai', ['madras']],
  ['eswatini', ['swasiland']],
  ['turkei', ['turkiye']],
  ['niederlande', ['holland']],
  ['tschechien', ['tschechei']],
  ['elfenbeinkuste', ['cotedivoire']],
  ['kaesong', ['gaeseong']],
  ['panmunjom', ['panmunjeom']],
  ['sudkorea', ['republikkorea']],
];
const CANONICAL = new Map(EXONYMS.flatMap(([canonical, others]) => others.map((o) => [o, canonical] as const)));

/**
 * The one spelling indexed for a place with several names (folded), or the word itself.
 * @example canonicalName("weissrussland") // "belarus"
 */
export function canonicalName(folded: string): string {
  return CANONICAL.get(folded) ?? folded;
}

// "LehrerInnen", "Lehrer*innen", "Lehrer:innen", "Lehrer_innen", "SchülerIn" -> "Lehrer", "Schüler"
const GENDER_MARKED = /^(\p{Lu}\p{Ll}{2,})(?:In|[*:_·]in)(?:nen)?$/u;
// "lehrerinnen", "ministerin", "journalistinnen", "kandidatin", "soziologin" -> the masculine base
const FEMININE = /^(.{3,}(?:er|ist|ent|ant|eur|at|ot|og|ar))in(?:nen)?$/;

/**
 * The masculine base of a gendered form, or null; `isWord` says whether a folded base is a word.
 * @example genderBase("LehrerInnen", () => true) // "Lehrer"
 * @example genderBase("Ministerinnen", (w) => w === "minister") // "Minister"
 */
export function genderBase(raw: string, isWord: (folded: string) => boolean): string | null {
  const marked = GENDER_MARKED.exec(raw);
  if (marked) return marked[1]!;
  const feminine = FEMININE.exec(raw);
  return feminine && isWord(foldTerm(feminine[1]!)) ? feminine[1]! : null;
}

/** A word of a text as the variant finders see it. */
export interface PlainToken {
  text: string;
  start: number;
  end: number;
}

// a hyphen joining two words: "Gaza-Streifen", "Anti-Terror-Gesetze"
const JOINS = (text: string, before: PlainToken, after: PlainToken) => after.start === before.end + 1 && text[before.end] === '-';
// clause punctuation between two words: "…zurück. Der", "…zurück, weil"
const CLAUSE_END = /[.,;:!?()„“"«»–]/;
/** How far back (in words) a separated particle looks for its verb. */
const PARTICLE_REACH = 12;

/** A word a text stands for besides its own words, and the tokens it comes from. */
export interface TextVariant {
  word: string;
  from: number[];
  /** "Gaza-Streifen" -> joined "GazaStreifen"; "tritt … zurück" -> verb "zurucktreten". */
  kind: 'joined' | 'verb';
}

/**
 * Words to index besides a text's own: hyphenated words joined, and the infinitive of a
 * separable verb written apart ("tritt … zurück" -> "zurücktreten", from `verbs`: the tables of
 * the analyser the text is analysed with). Each comes with the indexes of the tokens it joins.
 * @example textVariants("Er tritt zurück.", tokens, analyser.verbs) // [{ word: "zurucktreten", from: [1, 2], kind: "verb" }]
 */
export function textVariants(text: string, tokens: readonly PlainToken[], verbs: SeparableVerbs): TextVariant[] {
  const found: TextVariant[] = [];
  let chain: number[] = [];
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (i > 0 && JOINS(text, tokens[i - 1]!, token)) {
      chain.push(i);
      found.push({ word: chain.map((k) => tokens[k]!.text).join(''), from: [...chain], kind: 'joined' });
    } else chain = [i];
    if (i > 0 && CLAUSE_END.test(text.slice(tokens[i - 1]!.end, token.start))) clauseStart = i;
    const closes = i === tokens.length - 1 || CLAUSE_END.test(text.slice(token.end, tokens[i + 1]!.start));
    if (!closes) continue;
    const particle = foldTerm(token.text);
    if (!verbs.particles.has(particle)) continue;
    for (let k = i - 1; k >= Math.max(clauseStart, i - PARTICLE_REACH); k--) {
      const infinitive = verbs.split.get(`${foldTerm(tokens[k]!.text)} ${particle}`);
      if (infinitive) {
        found.push({ word: infinitive, from: [k, i], kind: 'verb' });
        break;
      }
    }
  }
  return found;
}

/**
 * The infinitive of a separable verb's one-word form (participle, zu-infinitive, finite form in a
 * subordinate clause) in `verbs` (an analyser's tables), or null.
 * @example separableInfinitive("zuruckgetreten", analyser.verbs) // "zurucktreten"
 */
export function separableInfinitive(folded: string, verbs: SeparableVerbs): string | null {
  return verbs.whole.get(folded) ?? null;
}
