/**
 * Synthetic facts of articles for the people directory's tests: a few people each, from a small
 * pool of names so that spelling variants meet ("Kim Jong-un", "KIM Jong Un"), bare names join
 * or stop joining a full name ("Kim" beside "Kim Jong Un", then "Anna Kim" too), roles, quotes
 * by full and bare names, places and organisations. No text: the facts as extraction gives them.
 */
import type { ArticleFacts } from '../../src/knowledge/facts/extract.ts';
import type { ArticlePerson } from '../../src/text/people/index.ts';

const FIRST = ['Anna', 'Kim', 'Moon', 'Stephen', 'Ri', 'Park', 'Choe', 'Lee', 'Jens', 'Olaf', 'Yoon'];
const LAST = ['Kim', 'Son', 'Park', 'Hui', 'Moon', 'Jae-in', 'Lee', 'Spahn', 'Suk-yeol', 'Stoltenberg'];
const MIDDLE = ['Jong', 'Yo', 'Sun'];
const ROLES = ['Außenminister', 'Unterhändler', 'Diplomat', 'Präsident', 'Sprecherin'];
const PLACES = ['Panmunjom', 'Seoul', 'PJÖNGJANG', 'Pjöngjang', 'Berlin', 'Kaesong', 'Genf', 'UNO', 'Uno', 'Bundestag'];

/** People whose bare surname joins them while no other full name has that word… */
const KNOWN = ['Angela Merkel', 'Stephen Biegun', 'Ri Son Gwon', 'Yoon Suk-yeol', 'Olaf Scholz'];
/** …and the rare namesakes that come and go with an article (then "Merkel" alone is its own profile). */
const RIVALS = ['Anna Merkel', 'Biegun Park', 'Choe Gwon', 'Jens Scholz'];

/** A full name of the pool, sometimes in another spelling of the same key. */
function fullName(next: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const r = next();
  const name = r < 0.0025 ? pick(RIVALS) : r < 0.25 ? pick(KNOWN) : r < 0.4 ? `${pick(FIRST)} ${pick(MIDDLE)} ${pick(LAST)}` : `${pick(FIRST)} ${pick(LAST)}`;
  if (next() < 0.15) return name.toUpperCase();
  return next() < 0.2 ? name.replace(/ (\S+)$/, '-$1') : name;
}

/**
 * One article's facts: up to five people (full names, a bare name now and then), quotes, places.
 * @example peopleFacts(seeded(1)).people.people[0].name // "Kim Jong Biegun"
 */
export function peopleFacts(next: () => number): ArticleFacts {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const people: ArticlePerson[] = [];
  for (let n = Math.floor(next() * 6); n > 0; n--) {
    const bare = next() < 0.15;
    const name = bare ? pick([...FIRST, ...LAST, 'Merkel', 'Biegun', 'Gwon', 'Scholz', 'Yoon']) : fullName(next);
    const start = Math.floor(next() * 900);
    people.push({
      name,
      aliases: bare || next() < 0.5 ? [] : [name.split(/[\s-]/).at(-1)!],
      roles: next() < 0.4 ? [pick(ROLES)] : [],
      mentions: Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => ({ start: start + i * 40, end: start + i * 40 + name.length })),
    });
  }
  const speakers = [...people.flatMap((p) => [p.name, ...p.aliases]), pick(LAST), null];
  const quotes = Array.from({ length: Math.floor(next() * 4) }, (_, i) => ({
    speaker: pick(speakers),
    text: `Zitat ${i}`,
    type: next() < 0.5 ? ('direct' as const) : ('indirect' as const),
    start: i * 100,
    end: i * 100 + 50,
  }));
  const entities = Array.from({ length: Math.floor(next() * 4) }, () => ({ name: pick(PLACES), kind: next() < 0.7 ? ('place' as const) : ('org' as const), mentions: 1 }));
  return { dates: [], events: [], people: { people, entities }, quotes };
}

/**
 * An article date: a day of 2015-2024, sometimes only a month (dates tie often).
 * @example articleDate(seeded(1)) // "2019-03-14"
 */
export function articleDate(next: () => number): string {
  const month = `${2015 + Math.floor(next() * 10)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
  return next() < 0.2 ? month : `${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
}
