/**
 * A definite description as the speaker ("sagte die Ministerin", "so der Trainer"): the one person of
 * the article named before the quote who holds that title. No person when two could be meant, when
 * the description is indefinite ("ein Sprecher": somebody unnamed) or has an attribute ("der Sprecher
 * des Ministeriums": a person of its own).
 */
import { roleWord } from '../lexicon/index.ts';
import type { QuoteContext } from './context.ts';

// "die Ministerin", "der frühere Trainer", "die britische Königin" -> a definite article, adjectives, a title
const DESCRIPTION = /^(der|die|Der|Die) (\p{Ll}+(e|en) )*(\p{Lu}[\p{L}-]+)$/u;

/**
 * The person a definite description source stands for: exactly one person named before token
 * `before` holds a role with the description's head (and, for a feminine title, is not known to be a
 * man); undefined otherwise.
 * @example describedPerson(ctx, "die Ministerin", indexOf("„")) // "Anna Roth" after "Ministerin Anna Roth …"
 */
export function describedPerson(ctx: QuoteContext, source: string, before: number): string | undefined {
  const m = DESCRIPTION.exec(source);
  const role = m ? roleWord(m[4]!) : undefined;
  if (!role) return undefined;
  const named = new Set<string>();
  for (let k = 0; k < before; k++) {
    const name = ctx.personStart.get(k);
    if (name) named.add(name);
  }
  const holders = [...named].filter((name) => {
    if (role.gender === 'female' && ctx.genders.get(name) === 'male') return false;
    if (role.gender === 'male' && ctx.genders.get(name) === 'female' && !role.adjectival) return false;
    return (ctx.roles.get(name) ?? []).some((r) => r.split(/\s+/).some((w) => roleWord(w)?.head === role.head));
  });
  return holders.length === 1 ? holders[0] : undefined;
}
