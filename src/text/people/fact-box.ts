/**
 * The fact box of an interview: a heading "Zur Person X" and, on the lines after it, X's offices, one
 * a line and without a verb ("Vizepräsidentin des Deutschen Bundestages", "Stellvertretende
 * Vorsitzende der Fraktion"). Lines without a title ("195px", an image size) are passed over; the box
 * ends at the first line with a verb, a final full stop or more than `MAX_LINE` tokens.
 */
import { type Lexicon, startsLower, type Token } from '../lexicon/index.ts';
import { addRole } from './collect.ts';
import { mentionSpans } from './mention-spans.ts';
import { rolePhraseFrom } from './roles.ts';
import type { WorkingPerson } from './working.ts';

/** Tokens a fact-box line may have. */
const MAX_LINE = 12;

/**
 * Add the offices a fact box lists to the person its heading names.
 * @example factBoxRoles(tokens("Zur Person Anna Roth\n\nVorsitzende des Vereins\n\nIn einem Interview …"), people, lex)
 *   // Anna Roth gets "Vorsitzende des Vereins"
 */
export function factBoxRoles(tokens: readonly Token[], people: readonly WorkingPerson[], lex: Lexicon): void {
  const { firstOf, endOf } = mentionSpans(tokens, people);
  const lines = sentenceRanges(tokens);
  for (let s = 0; s < lines.length; s++) {
    const [first, last] = lines[s]!;
    // "Zur Person Petra Pau": the heading is the two words and the name, nothing else
    if (tokens[first]?.text !== 'Zur' || tokens[first + 1]?.text !== 'Person' || endOf.get(first + 2) !== last) continue;
    const person = firstOf.get(first + 2)!;
    for (let n = s + 1; n < lines.length; n++) {
      const [a, b] = lines[n]!;
      const line = tokens.slice(a, b + 1);
      if (line.length > MAX_LINE || tokens[b]!.text === '.' || line.some((t) => t.word && startsLower(t.text) && lex.verbs.has(t.text))) break;
      const role = rolePhraseFrom(tokens, a, lex, true);
      if (role && role.last <= b) addRole(person, role);
    }
  }
}

/** The first and last token of each sentence, in order. */
function sentenceRanges(tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  tokens.forEach((t, i) => {
    const open = ranges[ranges.length - 1];
    if (open && tokens[open[0]]!.sentence === t.sentence) open[1] = i;
    else ranges.push([i, i]);
  });
  return ranges;
}
