/**
 * Direct quotes in quotation marks and who said them: a cue right after ("«…», sagte Blinken"), a cue
 * before ("Sie sagte: „…“", "Blinken nannte X «…»") or a subject in reported speech ("Er habe „…“").
 * Quotes left without a speaker may inherit one (inherit.ts).
 */
import { findCues } from './find-cues.ts';
import type { QuoteContext } from './context.ts';
import { findMarked, isLabel, type Marked } from './marks.ts';
import { subjectAtStart } from './subject.ts';
import { startsLower } from '../lexicon/index.ts';
import type { FoundQuote } from './types.ts';
import { introducedBy } from './introduced.ts';
import { sentenceStart } from './sentence-bounds.ts';
import { sourceOfQuote } from './source.ts';
import { describedPerson } from './description.ts';
import { isAuxiliary } from './auxiliaries.ts';
import { spokenUtterance } from './utterance.ts';
import { runsOnAfter } from './running-name.ts';
import { citedName, namedThing } from './cited-name.ts';
import { after, innerCue } from './speaker-after.ts';
import { before, nameRightBefore, reportedSubject } from './speaker-before.ts';

/**
 * Direct quotes in marks, with speakers where the text says who it is.
 * @example directQuotes(ctx) // [{ speaker: "Steven Mnuchin", text: "Wir machen ...", type: "direct", ... }]
 */
export function directQuotes(ctx: QuoteContext): FoundQuote[] {
  const all = findMarked(ctx.body);
  const allInside = insideMarks(ctx, all);
  // „Nein.“ after "antwortete X:" looks like a label but is an answer (utterance.ts)
  const spoken = new Set(all.filter((m) => spokenUtterance(ctx, m, allInside)));
  // „Spiegel“ in "empfahl: „Spiegel“ und „Stern“ lesen" is a name the sentence goes on about (running-name.ts)
  const marked = all.filter((m) => spoken.has(m) || !(isLabel(ctx.body, m) || runsOnAfter(ctx, m)));
  const inside = insideMarks(ctx, marked);
  const out: FoundQuote[] = [];
  for (const m of marked) {
    // (token starts are distinct: the token at an offset is the first one there)
    const first = ctx.tokenAt.get(m.open) ?? -1;
    const last = ctx.tokenAt.get(m.close) ?? -1;
    if (first < 0 || last < 0) continue;
    const named = !spoken.has(m) && (namedThing(ctx, m) || citedName(ctx, first, last));
    const speaker = named ? null : attribute(ctx, first, last, inside);
    // "„…“, sagte ein Sprecher des Ministeriums" -> an organisation or description, not a person
    let source = named || speaker ? undefined : sourceOfQuote(ctx, first, last, inside);
    // "„…“, sagte die Ministerin" -> the one person of the article holding that title
    const described = source ? describedPerson(ctx, source, first) : undefined;
    if (described) source = undefined;
    const start = m.open + 1;
    const end = m.close;
    out.push({
      speaker: speaker ?? described ?? null,
      text: ctx.body.slice(start, end),
      type: 'direct',
      start,
      end,
      firstToken: first,
      lastToken: last,
      open: !named && speaker === undefined && !source && !described,
      ...(source ? { source } : {}),
      ...(named ? { cited: true } : {}),
    });
  }
  return out;
}

/**
 * Token indices inside quotation marks (marks included), where cues do not count.
 * @example insideMarks(ctx, findMarked(body)).has(indexOf("sagte")) // false outside quotes
 */
export function insideMarks(ctx: QuoteContext, marked: readonly Marked[]): Set<number> {
  const inside = new Set<number>();
  // (tokens and marks both run left to right and marks do not overlap: one sweep over both)
  let k = 0;
  ctx.tokens.forEach((t, i) => {
    while (k < marked.length && marked[k]!.close < t.start) k++;
    const m = marked[k];
    if (m && t.start >= m.open) inside.add(i);
  });
  return inside;
}

/**
 * The speaker of the quote between tokens `first` and `last`: a name right before it, else a cue after
 * it, else a cue before it. `null` when the text names someone we cannot name, or two people compete.
 */
function attribute(ctx: QuoteContext, first: number, last: number, inside: ReadonlySet<number>): string | null | undefined {
  const adjacent = nameRightBefore(ctx, first);
  if (adjacent) return adjacent;
  const a = after(ctx, last, inside);
  const b = before(ctx, first, inside);
  // "Paul Lehmann sei „ein Freund“, hatte Anna Roth gesagt" -> the cue after names the speaker; the subject
  // of the reported clause before is talked about
  if (a && b) {
    const start = sentenceStart(ctx, first);
    if (b === reportedSubject(ctx, start, first) && findCues(ctx, start, first, inside).length === 0) return a;
    // "X kritisierte, dass Y von einer „Lüge“ gesprochen habe" -> the cue right after the quote (no comma)
    // closes the reported clause the quote stands in: its speaker, not the one of the cue before the comma
    if (a !== b && innerCue(ctx, first, last, inside)) return a;
  }
  // "Während Shakira erklärte, …, „…“, räumte Jennifer Lopez ein" -> two candidates, no answer
  // (also when the cue before names somebody not recognised: "Während Shakira erklärte, …" with Shakira unknown)
  if (a && b !== undefined && a !== b) return null;
  if (a !== undefined) return a;
  if (b !== undefined) return b;
  return subjectOfClause(ctx, first, last) ?? introducedBy(ctx, first, last);
}

// "will", "wollte", "möchte" -> modals of the subject's own will: "X will „die Partei erneuern“" states X's intention in X's words
const VOLITION = /^(will|wollte|wollten|wollen|möchte|möchten)$/;

/** "Rumsfeld attackierte den Iran als den „führenden Förderer …“": the clause's subject, if alone. */
function subjectOfClause(ctx: QuoteContext, first: number, last: number): string | undefined {
  // only speech-like stretches (three words or more), not a named thing
  if (ctx.tokens.slice(first + 1, last).filter((t) => t.word).length < 3) return undefined;
  const subject = subjectAtStart(ctx, first);
  if (!subject) return undefined;
  // "Kachelmann war „in dubio pro reo“ freizusprechen" -> an auxiliary says nothing of speaking, unless a colon
  // introduces the quote ("Jede Schuld weist Hartmann von sich: „…“" has its own verb anyway)
  const start = sentenceStart(ctx, first);
  const verb = ctx.tokens.slice(start, first).find((t) => t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text));
  if (verb && isAuxiliary(verb.text) && !VOLITION.test(verb.text) && ctx.tokens[first - 1]?.text !== ':') return undefined;
  for (let k = start; k < first; k++) if (ctx.personAt.has(k) && ctx.personAt.get(k) !== subject) return undefined;
  return subject;
}
