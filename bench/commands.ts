/**
 * The commands the bench times at every size (bench/run.ts) and that bench/command-latency.ts
 * times one by one: searches of several shapes (one word, names, compounds, a year, a range, a
 * word no article has), `who` for names in the archive and `timeline` by period, name and both.
 */

/** Searches: one word, names, compounds, a year or a range in free text, a word found nowhere. */
export const SEARCHES = [
  'Nordkorea',
  'Kim Jong Un',
  'Atomgespräche',
  'Beigun',
  'Sanktionen 2019',
  'Außenminister Treffen',
  'Bundesregierung Berlin',
  'Papst Benedikt',
  'Fußball Weltmeisterschaft',
  'Erdbeben Opfer',
  'Wahlen 2008..2010',
  'Verbindungsbüro Kaesong',
  'Klimawandel',
  'Präsident Bush Irak',
  'Xyzzqq',
];

/** `who` for people the bench corpora name (and one surname the distinct corpus replaces). */
export const WHOS = ['who Biegun', 'who Kim Jong Un', 'who Merkel', 'who Bush', 'who Blinken'];

/** `timeline` by year, month, range, name, name and year, name and range. */
export const TIMELINES = ['timeline 2019', 'timeline 2008-05', 'timeline 2010..2011', 'timeline 2020-07', 'timeline Biegun', 'timeline Kaesong 2019', 'timeline Merkel 2005..2010'];
