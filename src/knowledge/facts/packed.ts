/**
 * Facts in a packed form: UTF-8 JSON, one part each for dates, events, people and quotes, each
 * part decoded only when read. Small to keep and to send between threads. Pure.
 */
import type { ArticleFacts } from './extract.ts';

/** The parts of the packed form, in order. */
const PARTS = ['dates', 'events', 'people', 'quotes'] as const;

/** Separates the parts; JSON text never contains a raw control character. */
const SEPARATOR = 0x01;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The packed form of one article's facts.
 * @example unpackFacts(packFacts(facts)).quotes // the same quotes
 */
export function packFacts(facts: ArticleFacts): Uint8Array {
  return encoder.encode(PARTS.map((part) => JSON.stringify(facts[part])).join(String.fromCharCode(SEPARATOR)));
}

/**
 * Facts read from their packed form; each part is decoded on first use.
 * @example unpackFacts(bytes).people.people[0].name // "Stephen Biegun"
 */
export function unpackFacts(bytes: Uint8Array): ArticleFacts {
  const cuts = [-1];
  for (let i = 0; i < PARTS.length - 1; i++) cuts.push(bytes.indexOf(SEPARATOR, cuts[i]! + 1));
  cuts.push(bytes.length);
  if (cuts.some((cut, i) => i > 0 && cut < 0)) throw new Error('packed facts are damaged');
  const decoded = new Map<string, unknown>();
  const part = (i: number) => {
    if (!decoded.has(PARTS[i]!)) decoded.set(PARTS[i]!, JSON.parse(decoder.decode(bytes.subarray(cuts[i]! + 1, cuts[i + 1]!))));
    return decoded.get(PARTS[i]!);
  };
  return {
    get dates() {
      return part(0) as ArticleFacts['dates'];
    },
    get events() {
      return part(1) as ArticleFacts['events'];
    },
    get people() {
      return part(2) as ArticleFacts['people'];
    },
    get quotes() {
      return part(3) as ArticleFacts['quotes'];
    },
  };
}
