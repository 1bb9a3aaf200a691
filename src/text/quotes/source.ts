/**
 * Speakers that are not people: an organisation ("die Friedrich-Ebert-Stiftung teilte mit") or a
 * description of somebody unnamed ("sagte ein Sprecher des Auswärtigen Amts"). A quote gets such a
 * source only when no person is its speaker; a source is never a person's name and never goes into
 * a person's profile.
 */
import { isCountry, isNoun, roleWord, startsLower, startsUpper } from '../lexicon/index.ts';
import { findCues, type Cue } from './find-cues.ts';
import { isQuoting } from './voice.ts';
import type { QuoteContext } from './context.ts';
import { isOrgNoun } from './org-nouns.ts';

const DETERMINERS = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines']);
// "des Auswärtigen Amts", "der Polizei", "von Amnesty International", "eines Lokalsenders" -> an attribute of the head
const LINKS = new Set(['des', 'der', 'von', 'vom', 'eines', 'einer']);
const FOCUS = new Set(['Auch', 'Selbst', 'Sogar', 'Nur', 'Gerade', 'auch']);
// "ein Sprecher", "die Sprecherin", "das Ministerium" -> an inflected article-like adjective, too:
// "südkoreanische", "zuständigen"
const ADJECTIVE = /^\p{Ll}+(e|en|er|em|es)$/u;
// "seine", "ihren", "unsere" -> a possessive opens a new noun phrase
const POSSESSIVE = /^(sein|ihr|unser|mein|dein|euer|eur)(e|en|er|em|es)?$/i;
// "BBC", "KCNA", "UNO" -> an acronym
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A source phrase over tokens `from..to` (inclusive), with the head noun that makes it a source. */
interface Phrase {
  from: number;
  to: number;
}

/**
 * Whether a capitalised word can head a source: a title (a description of a person), an
 * organisation noun, an acronym or a word of an organisation the article names.
 * @example isSourceHead(ctx, "Sprecher") // true; isSourceHead(ctx, "Montag") // false
 */
function isSourceHead(ctx: QuoteContext, word: string): boolean {
  return !!roleWord(word) || isOrgNoun(ctx, word) || ACRONYM.test(word);
}

/**
 * The noun phrase starting at token `k`: determiner, adjectives, capitalised words, and attributes
 * with "des/der/von"; a source when a capitalised word of it before the first attribute is a source
 * head and no person is inside. At most 10 tokens, within the sentence.
 * @example phraseFrom(ctx, indexOf("ein")) // "ein Sprecher des Auswärtigen Amts" after "sagte"
 */
function phraseFrom(ctx: QuoteContext, k: number): Phrase | undefined {
  const sentence = ctx.tokens[k]?.sentence;
  const opener = ctx.tokens[k];
  // "gegenüber der Agentur" -> a preposition opens no speaker phrase
  if (!opener?.word || !(DETERMINERS.has(opener.text.toLowerCase()) || startsUpper(opener.text))) return undefined;
  let i = k;
  let head = false;
  let linked = false;
  let attribute = false;
  let last = -1;
  for (; i < k + 10 && ctx.tokens[i]?.sentence === sentence; i++) {
    const t = ctx.tokens[i]!;
    if (ctx.personAt.has(i)) return undefined;
    if (!t.word) break;
    if (DETERMINERS.has(t.text.toLowerCase()) && (i === k || linked)) continue;
    // "begründet das Gericht seine Entscheidung", "das Gericht den Antrag" -> a new noun phrase: the object
    if (i > k && !(LINKS.has(t.text) && last >= 0 && !linked) && (DETERMINERS.has(t.text.toLowerCase()) || POSSESSIVE.test(t.text))) break;
    if (LINKS.has(t.text) && last >= 0 && !linked) {
      linked = true;
      attribute = true;
      continue;
    }
    // ("unter", "über", "wider" end like adjectives but are prepositions: "die Agentur unter Berufung auf …")
    if (startsLower(t.text) && ADJECTIVE.test(t.text) && !ctx.lex.verbs.has(t.text) && !ctx.lex.stopwords.has(t.text)) continue;
    if (!startsUpper(t.text)) break;
    // "der Armeesprecher Avi Benami" -> a word after the title that is no noun: a name the article did not
    // recognise, so a person, not a source
    // ("ein Sprecher der Downing Street", "der Vertreter Libyens": an attribute, a country)
    if (!attribute && head && !isNoun(ctx.lex, t.text) && !isSourceHead(ctx, t.text) && !isCountry(ctx.lex, t.text) && !isCountry(ctx.lex, t.text.replace(/s$/, ''))) return undefined;
    if (!linked && isSourceHead(ctx, t.text)) head = true;
    last = i;
    linked = false;
  }
  if (!head || last < k) return undefined;
  // "der Deutschlandchef von EY, Hubert Bart" -> a name in apposition: a person the article did not
  // recognise, not an organisation
  const next = ctx.tokens[last + 1];
  const after = ctx.tokens[last + 2];
  if (next?.text === ',' && after?.word && startsUpper(after.text) && !DETERMINERS.has(after.text.toLowerCase())) return undefined;
  return { from: k, to: last };
}

/**
 * The phrase that ends right before token `k` and opens its sentence (after "Auch"): "Ein Sprecher
 * des Ministeriums sagte", "Die Friedrich-Ebert-Stiftung teilte … mit".
 */
function phraseOpening(ctx: QuoteContext, k: number): Phrase | undefined {
  let s = k;
  while (s > 0 && ctx.tokens[s - 1]!.sentence === ctx.tokens[k]!.sentence && k - s < 12) s--;
  if (s > 0 && ctx.tokens[s - 1]!.sentence === ctx.tokens[k]!.sentence) return undefined;
  while (s < k && !ctx.tokens[s]!.word) s++;
  if (FOCUS.has(ctx.tokens[s]?.text ?? '')) s++;
  const p = phraseFrom(ctx, s);
  return p && p.to === k - 1 ? p : undefined;
}

/**
 * The phrase ending right before "zufolge": "Dem Ministerium zufolge". Looks back at most 8 tokens.
 */
function phraseBefore(ctx: QuoteContext, k: number): Phrase | undefined {
  for (let s = k - 1; s >= 0 && s > k - 9 && ctx.tokens[s]!.sentence === ctx.tokens[k]!.sentence; s--) {
    if (!DETERMINERS.has(ctx.tokens[s]!.text.toLowerCase())) continue;
    const p = phraseFrom(ctx, s);
    if (p && p.to === k - 1) return p;
  }
  return undefined;
}

/**
 * The organisation or description a cue attributes speech to, when it is not a person.
 * @example sourceOfCue(ctx, cueOf("sagte")) // "ein Sprecher des Vereinigungsministeriums" for "…, sagte ein Sprecher des Vereinigungsministeriums in Seoul"
 */
export function sourceOfCue(ctx: QuoteContext, cue: Cue): string | undefined {
  let p: Phrase | undefined;
  switch (cue.kind) {
    case 'finite':
      // "Ein Sprecher des Ministeriums sagte" / "„…“, sagte ein Sprecher des Ministeriums"
      // ("Die Agentur zitiert einen Sprecher: „…“", "„…“, zitiert Welt-Online den Minister" -> the one
      // quoted is the object, never the quoter: no source)
      p = isQuoting(ctx, cue.index) ? undefined : (phraseOpening(ctx, cue.index) ?? phraseFrom(ctx, cue.index + 1));
      break;
    case 'participle': {
      // "Das Ministerium hatte … erklärt": the opening phrase before the auxiliary
      let s = cue.index;
      while (s > 0 && ctx.tokens[s - 1]!.sentence === ctx.tokens[cue.index]!.sentence && cue.index - s < 20) s--;
      for (let j = s; j < cue.index; j++) {
        const t = ctx.tokens[j]!;
        if (t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text)) {
          p = phraseOpening(ctx, j);
          break;
        }
      }
      break;
    }
    case 'zufolge':
      p = phraseBefore(ctx, cue.index);
      break;
    case 'laut':
    case 'so':
    case 'nach':
      p = phraseFrom(ctx, cue.last + 1);
      break;
  }
  return p && ctx.body.slice(ctx.tokens[p.from]!.start, ctx.tokens[p.to]!.end);
}

/**
 * The source of a speakerless quote in marks between tokens `first` and `last`: the cue right after
 * it ("„…“, sagte ein Sprecher") or the last cue before it in its sentence ("Die Stiftung teilte
 * mit: „…“") with no person named between that cue and the quote.
 * @example sourceOfQuote(ctx, first, last, inside) // "Die Friedrich-Ebert-Stiftung"
 */
export function sourceOfQuote(ctx: QuoteContext, first: number, last: number, inside: ReadonlySet<number>): string | undefined {
  let k = last + 1;
  if (ctx.tokens[k]?.text === ',') k++;
  const t = ctx.tokens[k];
  if (t && t.sentence === ctx.tokens[last]!.sentence && t.word) {
    const cue = findCues(ctx, k, k + 1, inside)[0];
    if (cue) return sourceOfCue(ctx, cue);
  }
  let s = first;
  while (s > 0 && ctx.tokens[s - 1]!.sentence === ctx.tokens[first]!.sentence) s--;
  const cues = findCues(ctx, s, first, inside);
  const cue = cues[cues.length - 1];
  if (!cue) return undefined;
  for (let j = cue.last + 1; j < first; j++) if (ctx.personAt.has(j)) return undefined;
  return sourceOfCue(ctx, cue);
}
