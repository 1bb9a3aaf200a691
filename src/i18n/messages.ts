/**
 * Every user-facing string, one catalogue per language. Handlers and renderers never hold
 * string literals of their own; they ask the catalogue.
 */

/** Languages the bot speaks. */
export type Lang = 'de' | 'en';

/** Languages, for validation. */
export const LANGS: readonly Lang[] = ['de', 'en'];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The German catalogue; the English one must have the same keys (checked by the compiler). */
const de = {
  // command errors
  tooLong: (length: number, max: number) => `Das sind ${length} Zeichen; bitte höchstens ${max}.`,
  timelineNeedsRange: '`timeline` braucht ein Jahr, einen Monat, einen Zeitraum, ein Thema oder eine Person.',
  badRange: (text: string) => `„${text}“ ist kein Jahr, Monat oder Zeitraum, den ich verstehe.`,
  whoNeedsName: '`who` braucht einen Namen.',
  badPage: (text: string) => `„${text}“ ist keine Seitenzahl.`,
  nothingToContinue: 'Hier gibt es nichts fortzusetzen. Stell eine neue Frage.',
  nothingMore: 'Das war alles; mehr gibt es dazu nicht.',
  failure: 'Entschuldigung, beim Antworten ist etwas schiefgegangen. Bitte versuch es in einer Minute noch einmal.',
  rateLimited: 'Slack bremst gerade. Die Antwort kommt gleich.',
  // help
  helpTitle: 'Korea-Desk-Bot',
  helpIntro: 'Ich beantworte Fragen zum Archiv des Korea-Desks. Jede Antwort nennt ihre Quelle.',
  helpTimeline: 'Was in einem Zeitraum geschah, älteste Einträge zuerst. Auch mit Thema oder Person.',
  helpWho: 'Eine Person: voller Name, Schreibweisen, Rollen, Zitate und die Artikel, die sie nennen.',
  helpSearch: 'Suche im Archiv; beste Treffer zuerst, mit dem passenden Satz.',
  helpDigest: 'Tagesüberblick: Vorschau, oder jeden Morgen in diesen Channel (`digest on 08:00`).',
  helpHelp: 'Diese Übersicht.',
  usageTimeline: 'timeline <YYYY | YYYY-MM | YYYY..YYYY> [Thema | Person]',
  usageWho: 'who <Name>',
  usageSearch: '<Suchbegriffe> [YYYY | YYYY-MM]',
  helpFallback: 'Korea-Desk-Bot: timeline <Jahr>, who <Name>, oder beliebige Wörter zum Suchen.',
  // timeline
  timelineTitle: (period: string) => `Chronik ${period}`,
  timelineSummary: (period: string, n: number) => `Chronik ${period}: ${plural(n, 'Eintrag', 'Einträge')}.`,
  timelineEmpty: (period: string) => `Im Archiv steht nichts zu ${period}.`,
  timelineNearest: (command: string) => `Der nächste Zeitraum mit Einträgen: ${command}.`,
  derivedUpdating: 'Neue oder geänderte Artikel werden gerade eingearbeitet; hier fehlen sie womöglich noch.',
  moreEvents: (n: number) => `${plural(n, 'weiterer Eintrag', 'weitere Einträge')} nicht angezeigt.`,
  // who
  roles: 'Rollen',
  alsoWritten: 'Auch geschrieben',
  mentionedIn: (n: number) => `Erwähnt in ${plural(n, 'Artikel', 'Artikeln')}`,
  whoSummary: (name: string, n: number) => `${name}: erwähnt in ${plural(n, 'Artikel', 'Artikeln')}.`,
  nobody: (name: string) => `Niemand namens ${name} wird im Archiv erwähnt.`,
  didYouMean: (options: string) => `Meintest du ${options}?`,
  moreMentions: (n: number) => `${plural(n, 'weitere Erwähnung', 'weitere Erwähnungen')} nicht angezeigt.`,
  whoAmbiguous: (name: string) => `Mit „${name}“ können mehrere Personen gemeint sein. Wen meinst du?`,
  whoEntity: (name: string, kind: 'place' | 'org', n: number) => `${name} ist ${kind === 'place' ? 'ein Ort' : 'eine Organisation'}, keine Person; erwähnt in ${plural(n, 'Artikel', 'Artikeln')}.`,
  whoEntitySearch: (command: string) => `Suche danach: ${command}`,
  whoSearchedFor: (name: string) => `Gesucht nach: ${name}`,
  whoSpan: (first: string, last: string) => `Erste Erwähnung ${first}, letzte ${last}`,
  whoQuotes: 'Zitate',
  whoRelated: 'Oft zusammen genannt mit',
  whoMentions: 'Erwähnungen',
  indirect: 'sinngemäß',
  // search
  searchTitle: (query: string) => `Suche: ${query}`,
  searchSummary: (query: string, n: number) => `${plural(n, 'Artikel', 'Artikel')} zu ${query}.`,
  noMatch: (query: string) => `Kein Artikel passt zu ${query}.`,
  closestTerms: (options: string) => `Ähnliche Begriffe im Archiv: ${options}.`,
  searchedForWords: (words: string) => `Gesucht nach: ${words}`,
  partialMatch: 'Kein Artikel enthält alle Wörter; hier die besten Teiltreffer.',
  withoutFilters: (n: number) => `Im gewählten Zeitraum nichts, ohne Zeitraum ${plural(n, 'Treffer', 'Treffer')}.`,
  periodReading: (period: string, dated: number) => `${period} gelesen als: Artikel aus dieser Zeit oder über Ereignisse aus dieser Zeit zuerst (${dated} davon aus dieser Zeit datiert).`,
  narrowToPeriod: (period: string) => `Nur Artikel datiert ${period}`,
  moreArticles: (n: number) => `${plural(n, 'weiterer Artikel passt', 'weitere Artikel passen')}.`,
  // shared
  tryThis: 'Versuch',
  link: 'Link',
  example: 'z. B.',
  // buttons and what they show
  share: 'Im Channel teilen',
  more: 'Mehr',
  source: 'Quelle zeigen',
  sharedBy: (user: string) => `Geteilt von ${user}`,
  someone: 'jemandem',
  sourceTitle: 'Quelle im Zusammenhang',
  sourceGone: 'Dieser Artikel ist nicht mehr im Archiv.',
  // digest
  digestTitle: (day: string) => `Tagesüberblick ${day}`,
  digestNew: (n: number) => `${plural(n, 'neuer Artikel', 'neue Artikel')} seit dem letzten Überblick.`,
  digestNothingNew: 'Keine neuen Artikel seit dem letzten Überblick.',
  digestDetailsBelow: 'Details im Thread.',
  digestOnThisDay: (years: number) => `Heute vor ${plural(years, 'Jahr', 'Jahren')}`,
  digestPeople: 'Meistgenannt',
  digestQuote: 'Zitat des Tages',
  digestSubscribed: (time: string, tz: string, next: string) => `Abonniert: Tagesüberblick jeden Tag um ${time} (${tz}) in diesem Channel. Nächster Versand: ${next}.`,
  digestQuiet: 'An Tagen ohne neue Artikel kommt nichts.',
  digestSubscribedDm: (time: string, tz: string, next: string) => `Abonniert: Tagesüberblick jeden Tag um ${time} (${tz}) als Direktnachricht. Nächster Versand: ${next}.`,
  digestUnsubscribed: 'Abo beendet. Es kommt kein Tagesüberblick mehr.',
  digestNotSubscribed: 'Hier gibt es kein Abo. Mit `digest on 08:00` abonnierst du den Tagesüberblick.',
  digestStatus: (time: string, tz: string, next: string, last: string) => `Tagesüberblick jeden Tag um ${time} (${tz}). Nächster Versand: ${next}. Zuletzt: ${last}.`,
  digestNever: 'noch nie',
  digestBadTime: (text: string) => `„${text}“ ist keine Uhrzeit. Bitte HH:MM zwischen 00:00 und 23:59 angeben.`,
  digestUnknown: (text: string) => `\`digest ${text}\` kenne ich nicht.`,
  digestTooMany: (text: string) => `„${text}“ verstehe ich hier nicht.`,
  digestOnlyInSlack: 'Abos gibt es nur in Slack; hier zeige ich die Vorschau mit `digest`.',
};

/** The catalogue's shape. */
export type Messages = typeof de;

const en: Messages = {
  tooLong: (length, max) => `That is ${length} characters; please ask in at most ${max}.`,
  timelineNeedsRange: '`timeline` needs a year, a month, a range, a topic or a person.',
  badRange: (text) => `"${text}" is not a year, month or range I understand.`,
  whoNeedsName: '`who` needs a name.',
  badPage: (text) => `"${text}" is not a page number.`,
  nothingToContinue: 'There is nothing to continue here. Ask a new question.',
  nothingMore: 'That was all; there is nothing more.',
  failure: 'Sorry, something went wrong while answering. Please try again in a minute.',
  rateLimited: 'Slack is slowing us down. The answer is on its way.',
  helpTitle: 'Korea desk bot',
  helpIntro: 'I answer questions about the Korea desk archive. Every answer cites its articles.',
  helpTimeline: 'What happened in a period, oldest first. Also by topic or person.',
  helpWho: 'A person: full name, spellings, roles, quotes and the articles that mention them.',
  helpSearch: 'Search the archive; best matches first, with the matching sentence.',
  helpDigest: 'Daily overview: a preview, or every morning in this channel (`digest on 08:00`).',
  helpHelp: 'This overview.',
  usageTimeline: 'timeline <YYYY | YYYY-MM | YYYY..YYYY> [topic | person]',
  usageWho: 'who <name>',
  usageSearch: '<search words> [YYYY | YYYY-MM]',
  helpFallback: 'Korea desk bot: timeline <year>, who <name>, or any words to search.',
  timelineTitle: (period) => `Timeline ${period}`,
  timelineSummary: (period, n) => `Timeline ${period}: ${plural(n, 'event', 'events')}.`,
  timelineEmpty: (period) => `Nothing in the archive for ${period}.`,
  timelineNearest: (command) => `The nearest period with events: ${command}.`,
  derivedUpdating: 'New or changed articles are being merged in; they may be missing here for a moment.',
  moreEvents: (n) => `${plural(n, 'more event', 'more events')} not shown.`,
  roles: 'Roles',
  alsoWritten: 'Also written',
  mentionedIn: (n) => `Mentioned in ${plural(n, 'article', 'articles')}`,
  whoSummary: (name, n) => `${name}: mentioned in ${plural(n, 'article', 'articles')}.`,
  nobody: (name) => `Nobody called ${name} is mentioned in the archive.`,
  didYouMean: (options) => `Did you mean ${options}?`,
  moreMentions: (n) => `${plural(n, 'more mention', 'more mentions')} not shown.`,
  whoAmbiguous: (name) => `"${name}" could mean several people. Whom do you mean?`,
  whoEntity: (name, kind, n) => `${name} is ${kind === 'place' ? 'a place' : 'an organisation'}, not a person; mentioned in ${plural(n, 'article', 'articles')}.`,
  whoEntitySearch: (command) => `Search for it: ${command}`,
  whoSearchedFor: (name) => `Searched for: ${name}`,
  whoSpan: (first, last) => `First mentioned ${first}, last ${last}`,
  whoQuotes: 'Quotes',
  whoRelated: 'Often named with',
  whoMentions: 'Mentions',
  indirect: 'reported',
  searchTitle: (query) => `Search: ${query}`,
  searchSummary: (query, n) => `${plural(n, 'article', 'articles')} for ${query}.`,
  noMatch: (query) => `No article matches ${query}.`,
  closestTerms: (options) => `Closest terms in the archive: ${options}.`,
  searchedForWords: (words) => `Searched for: ${words}`,
  partialMatch: 'No article has all the words; these match some of them.',
  withoutFilters: (n) => `Nothing in that period; ${plural(n, 'match', 'matches')} without it.`,
  periodReading: (period, dated) => `${period} read as: articles from then or about events then first (${dated} of them dated then).`,
  narrowToPeriod: (period) => `Only articles dated ${period}`,
  moreArticles: (n) => `${plural(n, 'more article matches', 'more articles match')}.`,
  tryThis: 'Try',
  link: 'Link',
  example: 'e.g.',
  share: 'Share in channel',
  more: 'More',
  source: 'Show source',
  sharedBy: (user) => `Shared by ${user}`,
  someone: 'someone',
  sourceTitle: 'Source in context',
  sourceGone: 'This article is no longer in the archive.',
  digestTitle: (day) => `Daily overview ${day}`,
  digestNew: (n) => `${plural(n, 'new article', 'new articles')} since the last overview.`,
  digestNothingNew: 'No new articles since the last overview.',
  digestDetailsBelow: 'Details in the thread.',
  digestOnThisDay: (years) => `${plural(years, 'year', 'years')} ago today`,
  digestPeople: 'Most named',
  digestQuote: 'Quote of the day',
  digestSubscribed: (time, tz, next) => `Subscribed: the daily overview at ${time} (${tz}) in this channel. Next: ${next}.`,
  digestQuiet: 'Nothing is posted on days without new articles.',
  digestSubscribedDm: (time, tz, next) => `Subscribed: the daily overview at ${time} (${tz}) as a direct message. Next: ${next}.`,
  digestUnsubscribed: 'Unsubscribed. No more daily overviews.',
  digestNotSubscribed: 'There is no subscription here. `digest on 08:00` subscribes.',
  digestStatus: (time, tz, next, last) => `Daily overview at ${time} (${tz}). Next: ${next}. Last: ${last}.`,
  digestNever: 'never',
  digestBadTime: (text) => `"${text}" is not a time. Please give HH:MM between 00:00 and 23:59.`,
  digestUnknown: (text) => `I do not know \`digest ${text}\`.`,
  digestTooMany: (text) => `I do not understand "${text}" here.`,
  digestOnlyInSlack: 'Subscriptions exist only in Slack; here `digest` shows the preview.',
};

/** Catalogues by language. */
export const MESSAGES: Record<Lang, Messages> = { de, en };

/**
 * The catalogue for a language.
 * @example messagesFor("de").whoNeedsName // "`who` braucht einen Namen."
 */
export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
