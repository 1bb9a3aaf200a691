/**
 * Dependency rules for src/ (docs/architecture.md explains the layers).
 * Run: npm run deps  (depcruise src --config .dependency-cruiser.cjs)
 * Type-only imports count too: a cycle through `import type` is still a cycle for a reader.
 */

/** Text folders that other code may only enter through their index.ts. */
const TEXT_FOLDERS = ['lexicon', 'dates', 'people', 'quotes', 'events'];

/** Files that nothing imports on purpose: entry points and worker scripts loaded by URL. */
const ENTRY_POINTS = [
  '^src/main\\.ts$',
  '^src/cli\\.ts$',
  '^src/feedback-cli\\.ts$',
  '-worker\\.ts$', // "new Worker(new URL('./derive-worker.ts', import.meta.url))"
  '\\.mjs$', // src/facts/worker-boot.mjs registers tsx inside a worker
  '\\.d\\.ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles anywhere in src/ (type-only imports included).',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'common-at-the-bottom',
      severity: 'error',
      comment: 'common/ holds small pure helpers every layer may use (a binary search): it imports nothing else from src/, so text/ and knowledge/ can both use it.',
      from: { path: '^src/common/' },
      to: { path: '^src/', pathNot: '^src/common/' },
    },
    {
      name: 'text-search-stay-low',
      severity: 'error',
      comment: 'text/ and search/ are the bottom layers: they import nothing from answers/, render/, slack/, knowledge/ or query/.',
      from: { path: '^src/(text|search)/' },
      to: { path: '^src/(answers|render|slack|knowledge|query|store|digest|preview)/|^src/(core|create-bot|main)[.]ts$' },
    },
    {
      name: 'query-calendar-stay-low',
      severity: 'error',
      comment: 'query/ (the grammar) and calendar/ (dates on dayjs) are read by answers and adapters: they import nothing above them.',
      from: { path: '^src/(query|calendar)/' },
      to: { path: '^src/(answers|render|slack|knowledge|store|digest|preview)/|^src/(core|create-bot|main)[.]ts$' },
    },
    {
      name: 'knowledge-below-answers',
      severity: 'error',
      comment: 'knowledge/ is what answers read: it imports no answer, renderer or adapter.',
      from: { path: '^src/knowledge/' },
      to: { path: '^src/(answers|render|slack|preview)/' },
    },
    {
      name: 'pure-layers-no-io',
      severity: 'error',
      comment: 'common/, text/, search/, answers/, query/ and calendar/ do no I/O: files, servers and processes belong to knowledge/, store/ and the adapters.',
      from: { path: '^src/(common|text|search|answers|query|calendar)/' },
      to: { path: '^(node:)?(fs|fs/promises|http|https|net|child_process)$', dependencyTypes: ['core'] },
    },
    {
      name: 'dayjs-only-in-calendar',
      severity: 'error',
      comment: 'One configured dayjs (locales, plugins) in calendar/dayjs.ts: everything else formats and counts dates through calendar/.',
      from: { pathNot: '^src/calendar/' },
      to: { path: '(^|/)node_modules/dayjs/' },
    },
    {
      name: 'no-slack-in-pure-layers',
      severity: 'error',
      comment: 'text/, search/, answers/, query/ and calendar/ know nothing of Slack; render/ may use the type-only @slack/types for Block Kit shapes.',
      from: { path: '^src/(text|search|answers|query|calendar|knowledge)/' },
      to: { path: '(^|/)node_modules/@slack/' },
    },
    {
      name: 'answers-render-no-slack',
      severity: 'error',
      comment: 'answers/ and render/ are pure: they import nothing from the Slack adapter.',
      from: { path: '^src/(answers|render)/' },
      to: { path: '^src/slack/' },
    },
    {
      name: 'answers-read-knowledge-view',
      severity: 'error',
      comment: 'answers/ and render/ see the knowledge base only through its read-only view (knowledge/view.ts), never its state or workers.',
      from: { path: '^src/(answers|render|query)/' },
      to: { path: '^src/knowledge/', pathNot: '^src/knowledge/view[.]ts$' },
    },
    {
      name: 'bolt-only-in-adapter',
      severity: 'error',
      comment: 'Only the Slack adapter (slack/) and the composition root (main.ts, create-bot.ts) import @slack/bolt.',
      from: { path: '^src/', pathNot: '^src/(slack/|main\\.ts$|create-bot\\.ts$)' },
      to: { path: '(^|/)node_modules/@slack/bolt/' },
    },
    ...TEXT_FOLDERS.map((folder) => ({
      name: `text-${folder}-via-index`,
      severity: 'error',
      comment: `From outside src/text/${folder}/, import src/text/${folder}/index.ts only.`,
      from: { path: '^src/', pathNot: `^src/text/${folder}/` },
      to: { path: `^src/text/${folder}/`, pathNot: `^src/text/${folder}/index\\.ts$` },
    })),
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code, unless it is an entry point or a worker script.',
      from: { orphan: true, path: '^src/', pathNot: ENTRY_POINTS },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
