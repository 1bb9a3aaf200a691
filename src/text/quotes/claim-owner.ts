/**
 * Reported words that belong to somebody other than the subject of the cue: "X lehnte den Vorschlag
 * des Ministers Y ab, die Aufsicht zu zentralisieren" (Y's proposal), "X hat Berichte der Zeitung Z
 * zurückgewiesen, er sei …" (the paper's claim). The clause after the comma spells out the noun's
 * content, so its sayer is the noun's owner, not the one who rejects, repeats or answers it.
 */
import type { Cue } from './find-cues.ts';
import type { QuoteContext } from './context.ts';
import { clauseStart } from './sentence-bounds.ts';
import { PREPOSITIONS, startsUpper } from '../lexicon/index.ts';

// "Vorschlag", "Berichte", "Behauptung" -> nouns for words whose content a following clause may give
const CLAIM_NOUNS = new Set([
  'Vorschlag',
  'Vorschläge',
  'Forderung',
  'Forderungen',
  'Bericht',
  'Berichte',
  'Meldung',
  'Meldungen',
  'Darstellung',
  'Behauptung',
  'Behauptungen',
  'Vorwurf',
  'Vorwürfe',
  'Aussage',
  'Aussagen',
  'Äußerung',
  'Äußerungen',
  'Angaben',
  'Spekulationen',
  'Gerüchte',
  'Einschätzung',
  'Ansicht',
  'Auffassung',
  'Vermutung',
  'Aufforderung',
  'Warnung',
  'Angebot',
  'Plan',
  'Pläne',
]);
// "des", "der", "von" (and "vom") -> what ties the owner to the noun
const OWNER_LINK = /^(des|der|von|vom)$/;
/** Tokens the owner phrase may take before its person: "der satirischen Wochenzeitung", "des Umweltministers". */
const MAX_OWNER_PHRASE = 6;

/**
 * Up to token `to` (the comma before the reported clause), in the cue's object (after a finite cue; for a
 * participle, from the start of its clause): a claim noun followed by its owner ("den Vorschlag des
 * Umweltministers Y"). The owner when a recognised person, `null` when the owner is somebody else (a
 * paper, an organisation: no person speaks), `undefined` when the object is no such noun.
 * @example claimOwner(ctx, cueAt("lehnte"), indexOf(",")) // "Sigmar Gabriel" for "lehnte den Vorschlag des Umweltministers Sigmar Gabriel (SPD) ab,"
 */
export function claimOwner(ctx: QuoteContext, cue: Cue, to: number): string | null | undefined {
  const from = cue.kind === 'participle' ? clauseStart(ctx, cue.index) : cue.index + 1;
  for (let j = from; j < to; j++) {
    if (!CLAIM_NOUNS.has(ctx.tokens[j]!.text) || !OWNER_LINK.test(ctx.tokens[j + 1]?.text ?? '')) continue;
    for (let k = j + 2; k < Math.min(to, j + 2 + MAX_OWNER_PHRASE); k++) {
      // "die Vorwürfe der Opposition gegen den Minister Y" -> the owner phrase ends at "gegen": Y is accused, not the owner
      if (PREPOSITIONS.has(ctx.tokens[k]!.text)) return null;
      const name = ctx.personStart.get(k);
      if (name) return name;
    }
    // ("Berichte der Zeitung „Le Monde“", "Forderungen von Amnesty International") -> an owner, not a person
    // (a genitive always names an owner; "von" may give a time or place instead: "Berichte von gestern")
    const owner = ctx.tokens[j + 2];
    return /^(des|der)$/.test(ctx.tokens[j + 1]!.text) || (owner && (startsUpper(owner.text) || /^(der|die|den|dem|des)$/.test(owner.text) || /^[„»"]$/.test(owner.text))) ? null : undefined;
  }
  return undefined;
}
