/**
 * Nouns that name an organisation, not a person: a speaker phrase headed by one is a source
 * ("die Nachrichtenagentur"), and a name after one is no apposition of a person's title.
 */
// "Vereinigungsministerium", "Auswärtiges Amt", "Friedrich-Ebert-Stiftung", "Staatsanwaltschaft",
// "Nachrichtenagentur", "Regierung" -> nouns naming an organisation by their last part
const ORG_NOUN =
  /(ministerium|amt|amts|behörde|regierung|stiftung|verband|verbands|verein|vereins|partei|gewerkschaft|agentur|zeitung|institut|instituts|polizei|gericht|gerichts|kommission|bank|konzern|konzerns|unternehmen|unternehmens|organisation|sender|senders|fernsehen|rundfunk|büro|büros|ausschuss|staatsanwaltschaft|armee|militär|botschaft|fraktion|verwaltung|universität|dienst|dienstes|magazin|blatt|kanzlei|rat|rats|komitee|präsidium|senat|kammer|zentrale|zentrum|union|liga|bund|bundes|netzwerk|gruppe|allianz|front|bewegung)$/i;

/**
 * Whether a capitalised word names an organisation by its last part, or is a word of an organisation
 * the article names.
 * @example isOrgNoun(ctx, "Nachrichtenagentur") // true; isOrgNoun(ctx, "Meteorologin") // false
 */
export function isOrgNoun(ctx: { readonly orgWords: ReadonlySet<string> }, word: string): boolean {
  return ORG_NOUN.test(word) || ctx.orgWords.has(word);
}
