/**
 * German relative pronouns, the words that open a relative clause after a comma ("Die Marke, die
 * X zum Ziel erklärt hatte", "Das Haus, in dem er geboren wurde"): one list for quotes/ and events/.
 */

/**
 * Every relative pronoun in lower case: the forms of "der" (also the genitives "dessen", "deren"
 * and the dative plural "denen") and of "welcher". A relative pronoun is written lower case.
 * @example RELATIVE_PRONOUNS.has("dessen") // true; RELATIVE_PRONOUNS.has("des") // false (an article only)
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set('der die das dem den denen deren dessen welcher welche welches welchem welchen'.split(' '));
