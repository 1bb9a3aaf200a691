/**
 * Synthetic news articles for merge tests: short texts that retell a few hundred dated events
 * (day, month, year and "Ende"/"Anfang" dates) in varied words and with varied people, so that
 * many reports of different articles merge and some nearly do. Seeded: the same every run.
 */
import type { Article } from '../../src/corpus/article.ts';

/** A small seeded generator (mulberry32). @example const next = seeded(7); next() // 0.27… */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const PEOPLE = [
  'Angela Merkel',
  'Stephen Biegun',
  'Kim Jong Un',
  'Moon Jae In',
  'Olaf Scholz',
  'Anna Berger',
  'Peter Hoffmann',
  'Maria Schulz',
  'Jens Wagner',
  'Ursula Krämer',
  'Thomas Becker',
  'Sabine Richter',
];
const PLACES = ['Hanoi', 'Berlin', 'Panmunjom', 'Kaesong', 'Genf', 'Brüssel', 'Wien', 'Seoul', 'Hamburg', 'Leipzig'];
const SUBJECTS = ['Gipfeltreffen', 'Verhandlungen', 'Waffenstillstand', 'Hochwasser', 'Wahlkampf', 'Staatsbesuch', 'Klimakonferenz', 'Handelsabkommen', 'Erdbeben', 'Generalstreik', 'Parteitag', 'Sanktionen'];
const VERBS = ['scheiterte', 'begann', 'endete', 'wurde unterzeichnet', 'wurde vertagt', 'sorgte für Aufsehen', 'brachte keine Einigung'];
const EXTRAS = ['überraschend', 'nach langen Gesprächen', 'unter großem Protest', 'vor laufenden Kameras', 'trotz heftiger Kritik', 'in einer Sondersitzung'];

interface Story {
  year: number;
  month: number;
  day: number;
  subject: string;
  place: string;
  person: string;
  verb: string;
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

/** `count` stories (the events articles retell), seeded. */
export function stories(next: () => number, count: number): Story[] {
  return Array.from({ length: count }, () => ({
    year: 1995 + Math.floor(next() * 30),
    month: 1 + Math.floor(next() * 12),
    day: 1 + Math.floor(next() * 28),
    subject: pick(next, SUBJECTS),
    place: pick(next, PLACES),
    person: pick(next, PEOPLE),
    verb: pick(next, VERBS),
  }));
}

/** One sentence retelling a story, with its date at day, month or year precision and words varied. */
function retell(next: () => number, s: Story): string {
  const r = next();
  const date =
    r < 0.5
      ? `Am ${s.day}. ${MONTHS[s.month - 1]} ${s.year}`
      : r < 0.75
        ? `Im ${MONTHS[s.month - 1]} ${s.year}`
        : r < 0.85
          ? `Ende ${MONTHS[s.month - 1]} ${s.year}`
          : r < 0.95
            ? `Im Jahr ${s.year}`
            : `Anfang ${s.year}`;
  const person = next() < 0.6 ? ` mit ${s.person}` : next() < 0.5 ? ` mit ${pick(next, PEOPLE)}` : '';
  const extra = next() < 0.5 ? ` ${pick(next, EXTRAS)}` : '';
  const place = next() < 0.8 ? s.place : pick(next, PLACES);
  // now and then a plan (dated when said) instead of what happened
  if (next() < 0.1) return `Das ${s.subject} in ${place} soll am ${s.day}. ${MONTHS[s.month - 1]} ${s.year} stattfinden${person}.`;
  return `${date} ${s.verb} das ${s.subject} in ${place}${person}${extra}.`;
}

/**
 * An article retelling two to five stories, with an id and a date of its own.
 * @example eventArticle(seeded(1), stories(seeded(2), 50), "a1").body // "Am 3. März 2019 scheiterte das Gipfeltreffen in Hanoi …"
 */
export function eventArticle(next: () => number, all: readonly Story[], id: string): Article {
  const told = Array.from({ length: 2 + Math.floor(next() * 4) }, () => retell(next, pick(next, all)));
  const year = 2000 + Math.floor(next() * 25);
  return { id, title: `Bericht ${id}`, file: `${id}.txt`, date: { value: `${year}-06-15`, precision: 'day' }, body: `${told.join(' ')}\n\nDas teilte ${pick(next, PEOPLE)} in ${pick(next, PLACES)} mit.` };
}
