/**
 * One fresh process for bench/verb-forms-cold.ts: `node --import tsx bench/verb-forms-cold-child.ts
 * CODE_ROOT` imports that checkout's verb-forms.ts, times its first `verbForms()` and prints
 * `{ ms, cpuMs }` as one JSON line.
 */
export {};

const root = process.argv[2];
if (!root) throw new Error('usage: bench/verb-forms-cold-child.ts CODE_ROOT');
const { verbForms } = (await import(`${root}/src/text/lexicon/verb-forms.ts`)) as { verbForms: () => unknown };
const cpu = process.cpuUsage();
const started = performance.now();
verbForms();
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000 }));
