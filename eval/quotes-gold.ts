/**
 * Where the wikinews-de gold quotes stand in an article and whom their speaker spans name, read from
 * the text alone (without the system under test), for eval/quotes.ts.
 *
 * The gold has quote text and a speaker *span*, no offsets:
 * - Gold quotes are located in the article by exact text search (first unused occurrence); a gold quote
 *   made of marked pieces with the words between them left out („A“ „B“ for „A“ laut X „B“) spans
 *   from its first piece to its last when each is found shortly after the one before (piecesSpan); a quote
 *   the gold annotates twice (once per speaker it names, "wie Hoyzer von Spiegel-Online zitiert wird") and
 *   the text has once keeps both annotations on that one place; when one of them names a person and the
 *   other a medium that quotes the person, only the person's stays (`withoutRelays`).
 * - Gold speaker spans are classed: `empty` (no speaker annotated: predictions there are not judged);
 *   `named` when the span holds a person's name, judged independently of the system: a first name
 *   followed by a capitalised word, a Korean/Chinese name, or a word the article also writes right
 *   after a first name ("Präsident Kennedy am 25. Mai" when "John F. Kennedy" occurs);
 *   `pronoun` ("er", "Sie", "Seiner Meinung") is resolved to the last person name (same test) in the
 *   400 characters of the paragraph before the pronoun (its occurrence nearest the quote, else the
 *   quote's start), names inside quotation marks left out (unresolvable ones are left out of both counts;
 *   the table gives precision with the predictions on them counted as wrong too);
 *   `title` ("der Verteidigungsminister") is right for a predicted person holding a title with that
 *   head in the article (precision only; titles are left out of recall); anything else
 *   ("Die Kanadier", "ein Sprecher") is `other`: no person to name.
 */
import { defaultLexicon, firstNameGender, isChineseSurname, isKoreanGivenName, isKoreanSyllable, isPinyinGivenName, isStopword, koreanSurname, roleWord } from '../src/text/lexicon/index.ts';

/** One line of `quotes.jsonl`. */
export interface GoldLine {
  article: string;
  type: string;
  speaker: string;
  cue: string;
  quote: string;
}
/** A gold quote located in its article, its speaker span classed (and a pronoun resolved). */
export interface Gold extends GoldLine {
  start: number;
  end: number;
  cls: 'named' | 'pronoun' | 'title' | 'empty' | 'other';
  resolved?: string;
}

const lex = defaultLexicon();
const PRONOUN = /^(er|sie|ihm|ihr|ihn|dieser|diese|jener|letzterer|seine[rn]?|ihre[rn]?)(\s+(meinung|ansicht|darstellung|auffassung|angaben|einschätzung|worten|aussage|überzeugung|informationen))?$/i;

/** The class of a gold speaker span (see the header). */
export function classify(span: string, body: string): Gold['cls'] {
  const s = span.trim();
  if (!s) return 'empty';
  if (PRONOUN.test(s)) return 'pronoun';
  const words = s.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, ''));
  if (words.some((w, i) => isPersonWord(w, words[i + 1], body))) return 'named';
  // "der Verteidigungsminister", "Der Bundestagspräsident" -> a title standing for a person
  return words.length <= 3 && roleWord(words[words.length - 1] ?? '') ? 'title' : 'other';
}

/**
 * A word of a person's name, judged without the system under test: a first name followed by a
 * capitalised word, a Korean/Chinese name start, or a word the article uses right after a first name
 * ("Wiedeking" when "Wendelin Wiedeking" occurs).
 */
function isPersonWord(w: string, next: string | undefined, body: string): boolean {
  if (!/^\p{Lu}/u.test(w) || isStopword(lex, w)) return false;
  if (firstNameGender(lex, w) && next && /^\p{Lu}/u.test(next) && !lex.nouns.has(next)) return true;
  if ((koreanSurname(w) === 'strong' && next && (isKoreanGivenName(next) || isKoreanSyllable(next))) || (isChineseSurname(w) && next && isPinyinGivenName(next))) return true;
  const bare = w.replace(/s$/, '');
  for (const m of body.matchAll(new RegExp(`(\\p{Lu}[\\p{L}-]+) (?:\\p{Lu}\\. )?(${escapeRegExp(w)}|${escapeRegExp(bare)})\\b`, 'gu'))) {
    if (firstNameGender(lex, m[1]!) && !isStopword(lex, m[1]!)) return true;
  }
  return false;
}

/**
 * A pronoun speaker's antecedent, read from the text: the last person-name word (as `isPersonWord`
 * judges it) in the 400 characters before the quote, in the same paragraph.
 */
function lastPersonBefore(body: string, at: number, pronoun: string): string | undefined {
  const from = Math.max(body.lastIndexOf('\n', at - 1) + 1, at - 400);
  // a name inside quotation marks is what somebody said, not whom the text speaks of
  const unquoted = body.slice(from, at).replace(/[„»«"][^„“”»«"]*[“”«»"]/g, (q) => ' '.repeat(q.length));
  const found = [...unquoted.matchAll(/\p{Lu}[\p{L}'’-]+/gu)];
  const words = found.map((m) => m[0]);
  const gender = pronounGender(pronoun);
  for (let i = words.length - 1; i >= 0; i--) {
    if (!isPersonWord(words[i]!, words[i + 1], body)) continue;
    // "Max Weber traf Anna Roth. Er sagte" -> "Er" is not the woman named last: her first name tells, the word
    // itself when a name follows right after it ("Anna Roth"), else the word right before it ("Roth" of "Anna
    // Roth"; "der Abgeordneten Ali" tells nothing); "De" of "Adriano De Souza" (two letters) tells nothing either
    const adjacent = (a: number, b: number) => a >= 0 && b < found.length && found[a]!.index! + words[a]!.length + 1 === found[b]!.index;
    const first = adjacent(i, i + 1) ? words[i]! : adjacent(i - 1, i) ? words[i - 1]! : undefined;
    const named = first && first.length > 2 ? firstNameGender(lex, first) : undefined;
    if (gender && named && named !== gender) continue;
    return words.slice(i, i + 2).join(' ');
  }
  return undefined;
}

// "Er", "seiner Meinung", "dieser" / "Sie", "ihrer Ansicht" -> pronouns of one gender ("sie", "ihr" may be plural too)
const HE = /^(er|ihm|ihn|sein|seine[rnms]?|dieser|jener|letzterer)\b/i;
const SHE = /^(sie|ihr|ihre[rnms]?)\b/i;

/** Whether a predicted speaker's first name has the other gender than the pronoun annotated: "Er" vs "Anna Roth". */
export function genderContradicts(pronoun: string, predicted: string): boolean {
  const gender = pronounGender(pronoun);
  const first = predicted.split(/\s+/)[0] ?? '';
  const named = first.length > 2 && predicted.includes(' ') ? firstNameGender(lex, first) : undefined;
  return !!gender && !!named && named !== gender;
}

/** The gender a pronoun speaker shows, if any: "Er" male, "Sie"/"Ihrer Meinung" female. */
function pronounGender(pronoun: string): 'male' | 'female' | undefined {
  const p = pronoun.trim();
  return HE.test(p) ? 'male' : SHE.test(p) ? 'female' : undefined;
}

/**
 * Where a pronoun speaker span stands: its occurrence (whole words) nearest the quote, in the same
 * paragraph within 400 characters before the quote or 100 after it ("Sie warf dem Minister X vor, „…“"
 * -> the antecedent is looked for before "Sie", not before the quote); the quote's start if absent.
 */
function pronounAt(body: string, span: string, start: number, end: number): number {
  const from = Math.max(body.lastIndexOf('\n', start - 1) + 1, start - 400);
  const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(span.trim())}(?![\\p{L}])`, 'gu');
  let best = start;
  for (const m of body.slice(from, start).matchAll(re)) best = from + m.index;
  if (best !== start) return best;
  const after = re.exec(body.slice(end, end + 100).split('\n')[0]!);
  return after ? end + after.index : start;
}

/** Characters the text may have between two marked pieces of one gold quote ("“ laut Gall „"). */
const MAX_PIECE_GAP = 200;

/**
 * A gold quote made of marked pieces joined without the words between them ("„Allerdings bleibt …“
 * „auch in Zukunft bestehen“" for "„Allerdings bleibt …“ laut Gall „auch in Zukunft bestehen“"):
 * from the first piece to the last, each found after the one before and at most MAX_PIECE_GAP
 * characters after its end; undefined when the quote has one piece or a piece is missing.
 */
function piecesSpan(body: string, quote: string, used: ReadonlySet<number>): { start: number; end: number } | undefined {
  // the boundary between a closing and an opening mark: "…Kriminalität“ „auch…"
  const pieces = quote.split(/(?<=[“"«])\s*(?=[„"»])/);
  if (pieces.length < 2) return undefined;
  let start = body.indexOf(pieces[0]!);
  while (start >= 0 && used.has(start)) start = body.indexOf(pieces[0]!, start + 1);
  if (start < 0) return undefined;
  let end = start + pieces[0]!.length;
  for (const piece of pieces.slice(1)) {
    const next = body.indexOf(piece, end);
    if (next < 0 || next - end > MAX_PIECE_GAP) return undefined;
    end = next + piece.length;
  }
  return { start, end };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The article's gold lines located in its body (first unused occurrence, else the pieces' span, else
 * the place of the same quote annotated before), their speakers classed and pronouns resolved;
 * `unlocated` counts the lines not found.
 */
export function locateGold(body: string, goldLines: readonly GoldLine[]): { gold: Gold[]; unlocated: number } {
  let unlocated = 0;
  const used = new Set<number>();
  const gold: Gold[] = [];
  for (const g of goldLines) {
    let at = body.indexOf(g.quote);
    while (at >= 0 && used.has(at)) at = body.indexOf(g.quote, at + 1);
    const cls = classify(g.speaker, body);
    // ("wie Hoyzer von Spiegel-Online zitiert wird": the gold may annotate one quote twice, once per speaker
    // it names; with no further occurrence in the text, the second annotation takes the first one's place)
    const again = at < 0 ? gold.find((o) => o.quote === g.quote && o.type === g.type) : undefined;
    const span = at >= 0 ? { start: at, end: at + g.quote.length } : again ? { start: again.start, end: again.end } : piecesSpan(body, g.quote, used);
    if (!span) {
      unlocated++;
      continue;
    }
    const resolved = cls === 'named' ? g.speaker : cls === 'pronoun' ? lastPersonBefore(body, pronounAt(body, g.speaker, span.start, span.end), g.speaker) : undefined;
    used.add(span.start);
    gold.push({ ...g, ...span, cls, resolved });
  }
  return { gold: withoutRelays(gold), unlocated };
}

/** Speaker classes that stand for a person (a name, a pronoun, a title such as "den Minister"). */
const PERSON_CLASSES: ReadonlySet<Gold['cls']> = new Set(['named', 'pronoun', 'title']);

/**
 * The gold without the relaying medium of a quote annotated twice. The gold's convention (all 14
 * such pairs of the dev half read): a quote annotated twice with two speakers is a person's words and
 * the medium that quotes them ("„…“, wie Hoyzer von Spiegel-Online zitiert wird", "Die
 * Nachrichtenagentur Reuters zitiert …", "laut BBC News", "Ein Fernsehsender zitierte Papandreou"), not
 * a joint statement: the person is the speaker, so when one of the two annotations (same text, same
 * place) names a person and the other does not, the other is dropped and a prediction is right only
 * with the person. Two non-person annotations ("eine Stelle aus dem OSZE-Bericht" and "Reuters") both
 * stay: either is a right source.
 * @example withoutRelays([{ quote: '„…“', speaker: 'Hoyzer', cls: 'named' }, { quote: '„…“', speaker: 'von Spiegel-Online', cls: 'other' }]) // -> Hoyzer's only
 */
export function withoutRelays(gold: readonly Gold[]): Gold[] {
  const twin = (g: Gold, o: Gold) => o !== g && o.quote === g.quote && o.start === g.start && o.end === g.end;
  return gold.filter((g) => PERSON_CLASSES.has(g.cls) || !gold.some((o) => twin(g, o) && PERSON_CLASSES.has(o.cls)));
}
