/**
 * The `ask` command line: a timeline's chart is written as a PNG into CHARTS_DIR and the answer
 * names the file (text) or carries its path (`chartFile`, JSON). Articles written for the test.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { chartTestArticles } from './support/chart-articles.ts';
import { pngSize } from './support/png.ts';
import { tempCorpus } from './support/temp-corpus.ts';

let corpus: string;
let charts: string;
before(async () => {
  corpus = await tempCorpus(chartTestArticles);
  charts = join(await mkdtemp(join(tmpdir(), 'korea-cli-')), 'charts');
});

/** `ask` with the test corpus and charts folder, one question per line of stdin (one process: the knowledge is built once); stdout. */
function ask(lines: string[], ...args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ask', '--corpus', corpus, ...args], { env: { ...process.env, CHARTS_DIR: charts, BOT_LANGUAGE: 'de' } });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stdin.end(`${lines.join('\n')}\n`);
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`ask exited with ${code}`)))));
}

describe('ask: charts', () => {
  it('names the PNG it wrote for a timeline over months; no chart line for one month', async () => {
    const [months, oneMonth] = (await ask(['timeline 2022', 'timeline 2022-06'])).split(/\n\n(?=Chronik)/);
    assert.ok(months && oneMonth);
    const path = /^ {2}Diagramm: (.+\.png)$/m.exec(months)?.[1];
    assert.ok(path, `a chart line in:\n${months}`);
    assert.ok(path.startsWith(charts), 'in CHARTS_DIR');
    assert.ok(existsSync(path));
    assert.deepEqual(pngSize(readFileSync(path)), { width: 1600, height: 600 });
    assert.match(oneMonth, /^Chronik Juni 2022: 1 Eintrag/);
    assert.doesNotMatch(oneMonth, /Diagramm/);
  });

  it('--json carries the path as chartFile, next to the chart data; neither for one month', async () => {
    const lines = (await ask(['who Anna Petersen', 'timeline 2022-06'], '--json')).trim().split('\n');
    assert.equal(lines.length, 2);
    const who = JSON.parse(lines[0]!) as { chartFile?: string; chart?: { mentions: unknown[] } };
    assert.equal(who.chart?.mentions.length, 3);
    assert.ok(who.chartFile && existsSync(who.chartFile));
    assert.deepEqual(pngSize(readFileSync(who.chartFile)), { width: 1200, height: 400 });
    const oneMonth = JSON.parse(lines[1]!) as { chartFile?: string; chart?: unknown; total: number };
    assert.equal(oneMonth.total, 1);
    assert.equal(oneMonth.chart, undefined);
    assert.equal(oneMonth.chartFile, undefined);
  });
});
