/**
 * Clues to a cue's subject beyond the name next to it: the subject of a subordinate, relative, reported
 * or wie-clause, a noun phrase or an unrecognised name opening the sentence. Used by attribution.ts.
 */
import type { QuoteContext } from './context.ts';
import { firstNameGender, isNoun, isStopword, RELATIVE_PRONOUNS, startsLower, startsUpper } from '../lexicon/index.ts';
import { isAuxiliary } from './auxiliaries.ts';
import { clauseStart, sentenceStart } from './sentence-bounds.ts';

const SUBORDINATORS = new Set(['zumal', 'weil', 'da', 'nachdem', 'als', 'wenn', 'obwohl', 'dass', 'während', 'bevor', 'seit', 'sobald', 'indem']);
const ARTICLES = new Set(['Der', 'Die', 'Das', 'Ein', 'Eine']);

/**
 * "…, zumal Verteidiger Wolfgang Dingfelder immer wieder betont hatte, …": in a clause opened by a
 * conjunction, the first person named after it is the subject; `undefined` when not in such a clause.
 */
export function subordinateSubject(ctx: QuoteContext, k: number): string | undefined {
  const start = clauseStart(ctx, k);
  const conj = ctx.tokens[start];
  if (!conj || !SUBORDINATORS.has(conj.text)) return undefined;
  for (let j = start + 1; j < k; j++) if (ctx.personStart.has(j)) return ctx.personStart.get(j);
  return undefined;
}

/**
 * "…, die Gerhard Schröder … zum Ziel erklärt hatte: „…“", "den Satz, den X gesagt hatte": a cue in a
 * relative clause whose pronoun a person follows right away has that person for its subject;
 * undefined when the cue is in no such clause.
 */
export function relativeSubject(ctx: QuoteContext, k: number): string | undefined {
  const start = clauseStart(ctx, k);
  return ctx.tokens[start - 1]?.text === ',' && RELATIVE_PRONOUNS.has(ctx.tokens[start]?.text ?? '') ? ctx.personStart.get(start + 1) : undefined;
}

/** Whether the sentence opens with an article-led noun phrase and no verb before the cue at `k`. */
export function nounSubjectBefore(ctx: QuoteContext, k: number): boolean {
  let s = k;
  while (s > 0 && ctx.tokens[s - 1]!.sentence === ctx.tokens[k]!.sentence) s--;
  if (!ARTICLES.has(ctx.tokens[s]?.text ?? '') || ctx.personAt.has(k - 1)) return false;
  for (let j = s; j < k; j++) {
    const t = ctx.tokens[j]!;
    // "Die „Bild“-Zeitung nannte …" -> a short name in marks belongs to the subject
    const name = markedName(ctx, j, k);
    if (name > j) {
      j = name;
      continue;
    }
    if (/[„“"«»:]/.test(t.text) || (t.word && startsLower(t.text) && ctx.lex.verbs.has(t.text))) return false;
  }
  return true;
}

/** Words an unrecognised name opening a sentence may have: "Thaksin", "Lula da Silva". */
const MAX_UNKNOWN_NAME = 3;

/**
 * The sentence opens with one to three capitalised words right before the verb at `k` that are no
 * person the article recognised, no ordinary noun, no function word and no verb: a name nobody
 * resolved ("Thaksin beschuldigte …", "Pérez stellte klar …"), so the verb's subject is unknown.
 * @example unknownNameBefore(ctx, indexOf("beschuldigte")) // true for "Thaksin beschuldigte General Prem, …"
 * @example unknownNameBefore(ctx, indexOf("sagte")) // false for "Gestern sagte Paul Prem …" ("gestern" is a function word)
 */
export function unknownNameBefore(ctx: QuoteContext, k: number): boolean {
  const start = sentenceStart(ctx, k);
  if (k - start < 1 || k - start > MAX_UNKNOWN_NAME) return false;
  if (firstNameBefore(ctx, start, k)) return true;
  for (let j = start; j < k; j++) {
    const t = ctx.tokens[j]!;
    const lower = t.text.toLowerCase();
    if (!t.word || !startsUpper(t.text) || ctx.personAt.has(j) || ctx.lex.stopwords.has(lower) || ctx.lex.verbs.has(lower) || isNoun(ctx.lex, t.text) || ctx.orgWords.has(t.text)) return false;
  }
  // ("Gestern sagte X" -> an adverb: a name is capitalised inside sentences too)
  return nameElsewhere(ctx, ctx.tokens[k - 1]!.text, start);
}

/**
 * Tokens `start..k` (exclusive) are a first name and one or two capitalised words that the article did
 * not recognise as a person: a person's name whose surname is also a noun ("Paul Kern sagte über …",
 * "Hans Brenner beschuldigte …"), so the verb at `k` has a person for its subject that nobody resolved.
 * @example firstNameBefore(ctx, 0, indexOf("sagte")) // true for "Paul Kern sagte über Anna Roth: „…“"
 * @example firstNameBefore(ctx, 0, indexOf("sagte")) // false for "Die Polizei sagte …" (no first name)
 */
function firstNameBefore(ctx: QuoteContext, start: number, k: number): boolean {
  if (k - start < 2 || !firstNameGender(ctx.lex, ctx.tokens[start]!.text)) return false;
  for (let j = start; j < k; j++) {
    const t = ctx.tokens[j]!;
    if (!t.word || !startsUpper(t.text) || ctx.personAt.has(j) || (j > start && isStopword(ctx.lex, t.text))) return false;
  }
  return true;
}

/**
 * Whether `word` is written capitalised somewhere in the article other than at the start of a sentence
 * (token `except` left out): a proper name, not a capitalised adverb ("Gestern", "Damals").
 */
function nameElsewhere(ctx: QuoteContext, word: string, except: number): boolean {
  return ctx.tokens.some((t, i) => i !== except && t.text === word && ctx.tokens[i - 1]?.sentence === t.sentence);
}

/** Words a name in quotation marks inside a subject may have: „Bild“, „Le Monde“. */
const MAX_MARKED_NAME = 3;

/**
 * The index of the closing mark when an opening mark at `j` encloses a short name of capitalised
 * words only, joined to a noun by a hyphen („Bild“-Zeitung), before token `end`; `j` otherwise.
 */
function markedName(ctx: QuoteContext, j: number, end: number): number {
  if (!/^[„»"]$/.test(ctx.tokens[j]!.text)) return j;
  for (let c = j + 1; c < Math.min(end, j + 2 + MAX_MARKED_NAME); c++) {
    const t = ctx.tokens[c]!;
    // ("„Bild“-Zeitung": only a name that is part of a compound; "Der „Zeit“ sagte X" is a dative)
    if (/^[“«"]$/.test(t.text)) return c > j + 1 && ctx.tokens[c + 1]?.text.startsWith('-') ? c : j;
    if (!t.word || !startsUpper(t.text)) return j;
  }
  return j;
}

/**
 * "Anna Roth sagte, Paul Lehmann habe ihr gesagt: „…“": a participle cue in a clause after a comma whose
 * first words are a person followed by an auxiliary is that person's; undefined otherwise.
 */
export function reportedClauseSubject(ctx: QuoteContext, k: number): string | undefined {
  let i = k - 1;
  while (i >= 0 && ctx.tokens[i]!.sentence === ctx.tokens[k]!.sentence && ctx.tokens[i]!.text !== ',') i--;
  if (ctx.tokens[i]?.text !== ',' || ctx.tokens[i]!.sentence !== ctx.tokens[k]!.sentence) return undefined;
  const name = ctx.personStart.get(i + 1);
  const after = name ? ctx.tokens[ctx.mentionEnd.get(i + 1) ?? i + 2] : undefined;
  return name && after && isAuxiliary(after.text) ? name : undefined;
}

/**
 * For a cue closing a clause that opens with "Wie" ("Wie X mitteilte, …"): the one person named in it,
 * `null` if none or several; `undefined` when the cue is not in such a clause.
 */
export function wieClause(ctx: QuoteContext, k: number): string | null | undefined {
  // "X vertritt wie Y die Ansicht, dass …" -> a stance noun closes no wie-clause: "wie Y" compares
  if (startsUpper(ctx.tokens[k]!.text)) return undefined;
  let i = k - 1;
  while (i >= 0 && ctx.tokens[i]!.sentence === ctx.tokens[k]!.sentence && !/^(Wie|wie)$/.test(ctx.tokens[i]!.text) && k - i < 25) i--;
  let end = k + 1;
  while (ctx.tokens[end]?.word && /^(wird|wurde|werde|hat|hatte|habe)$/.test(ctx.tokens[end]!.text)) end++;
  if (!/^(Wie|wie)$/.test(ctx.tokens[i]?.text ?? '') || ![',', '.'].includes(ctx.tokens[end]?.text ?? '')) return undefined;
  const names = new Set<string>();
  for (let j = i + 1; j < k; j++) if (ctx.personAt.has(j)) names.add(ctx.personAt.get(j)!);
  return names.size === 1 ? [...names][0]! : null;
}
