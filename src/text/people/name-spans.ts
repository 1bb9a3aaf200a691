/**
 * All person names of a token stream, left to right: the name shapes of names.ts first (and names
 * opening with initials, initials.ts: "C.Y. Leung"), then
 * names recognised by a title, a person noun ("die Studentin Mira Haller"), an apposition or a relative clause
 * stating a title next to them (titled.ts: "Rahimi, der bis 1997 Staatspräsident war,"), then a first name alone after a
 * possessive and a kinship noun (kin.ts: "seine Tochter Maria"); lists of "Surname, First name"
 * (inverted.ts) go first, so that "Schiffer, Marcus" is not read as "Marcus Schmidinger". A span
 * that names a company ("Tesla Motors": companies.ts) is dropped.
 */
import type { Lexicon, Token } from '../lexicon/index.ts';
import { fullNameAt, type NameSpan } from './names.ts';
import { appositive, describedName, introduced, statedName, titled } from './titled.ts';
import { kinNamed } from './kin.ts';
import { invertedAt } from './inverted.ts';
import { companyName } from './companies.ts';
import { initialsName } from './initials.ts';

/**
 * All name spans of a text, left to right, not overlapping.
 * @example findNameSpans(tokenize(splitSentences("US-Außenminister Antony Blinken sagte")), lex) // one full span
 */
export function findNameSpans(tokens: readonly Token[], lex: Lexicon): NameSpan[] {
  const spans: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // (fullNameAt: the Korean, Chinese and western shapes, in that order)
    const span =
      invertedAt(tokens, i, lex) ??
      fullNameAt(tokens, i, lex) ??
      initialsName(tokens, i, lex) ??
      titled(tokens, i, lex) ??
      describedName(tokens, i, lex) ??
      appositive(tokens, i, lex) ??
      introduced(tokens, i, lex) ??
      statedName(tokens, i, lex) ??
      kinNamed(tokens, i, lex);
    if (span) {
      regnalNumber(tokens, span);
      // "Der Chef von Tesla Motors" -> a company, whose words are no other name either
      if (!companyName(tokens, span)) spans.push(span);
      i = span.last;
    }
  }
  return spans;
}

// a Roman number up to 39: "II", "XIV", "XVI" (not "X" alone, often a letter or a variable)
const ROMAN = /^(?=[IVX]{2,}$|I$|V$)X{0,3}(IX|IV|V?I{0,3})$/;

/**
 * "Königin Elisabeth II.", "Papst Benedikt XVI.": a one-word name followed by a Roman number and its
 * full stop takes both into the span (the number tells two bearers of the name apart).
 * @example regnalNumber(tokens("bei Königin Elisabeth II. statt"), span) // span.last moves to the "."
 */
function regnalNumber(tokens: readonly Token[], span: NameSpan): void {
  const numeral = tokens[span.last + 1];
  const stop = tokens[span.last + 2];
  if (span.first !== span.last || !numeral || !ROMAN.test(numeral.text) || numeral.sentence !== tokens[span.last]!.sentence) return;
  if (stop?.text !== '.' || stop.start !== numeral.end) return;
  span.last += 2;
}
