/**
 * The preview page in a real browser: `src/main.ts` in local mode (no Slack credentials) on a
 * made-up corpus, driven by Debian's chromium through playwright-core. Types a question, sees
 * the cited answer, clicks "Mehr", "Quelle zeigen" and a candidate, sees the chart and the digest preview,
 * takes a screenshot, and checks that HTML in an article or in the query is shown as text and
 * never runs. Without chromium the test fails and names the install command (CI installs it).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type BotProcess, freePort, spawnBot, until } from '../support/bot-process.ts';
import { ARTICLE_ATTACK, ATTACK_WORD, previewArticles } from '../support/preview-corpus.ts';
import { tempCorpus } from '../support/temp-corpus.ts';

/** Debian's chromium; `.ci/run` installs it when missing. */
const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

describe('preview page in a browser', () => {
  let bot: BotProcess;
  let browser: Browser;
  let page: Page;
  let previewUrl: string;
  /** Whatever ran in the page that should not have: console errors and dialogs. */
  const dialogs: string[] = [];

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `chromium is missing at ${CHROMIUM}: install it with \`${INSTALL}\` (.ci/run does this before the tests)`);
    const corpus = await tempCorpus(previewArticles());
    const dataDir = await mkdtemp(join(tmpdir(), 'preview-data-'));
    const previewPort = await freePort();
    previewUrl = `http://127.0.0.1:${previewPort}/`;
    bot = await spawnBot({ CORPUS_DIR: corpus, DATA_DIR: dataDir, PREVIEW_PORT: String(previewPort) });
    await until(() => fetch(previewUrl).then((r) => (r.ok ? true : undefined)), `the preview page at ${previewUrl}\n${bot.output()}`, 60_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  after(async () => {
    await browser?.close();
    if (bot && bot.child.exitCode === null) bot.child.kill('SIGTERM');
  });

  /** Type a command in the box and wait for the answer page. */
  const ask = async (command: string) => {
    await page.fill('#q', command);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === command), page.click('#ask')]);
  };
  /** The text of the first element matching `selector` (textContent, as the page holds it). */
  const textOf = async (selector: string) => (await page.locator(selector).first().textContent()) ?? '';
  const pwned = () => page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned);
  const headers = () => page.locator('.b-header').allTextContents();
  /** The titles of the cited articles: "📰 Bericht 4 aus Kaesong · 23. April 2020 · Link · bericht-4". */
  const citedTitles = async () => (await page.locator('.b-context').allTextContents()).flatMap((t) => /📰 (Bericht \d aus Kaesong) · /.exec(t)?.[1] ?? []);

  it('answers a typed question with cited articles, and "Mehr" shows the next page', async () => {
    await page.goto(previewUrl);
    await ask('Kaesong');
    assert.deepEqual(await headers(), ['Suche: Kaesong']);
    const first = await citedTitles();
    assert.equal(first.length, 5, `five cited articles on page 1: ${first}`);
    assert.match(await textOf('.b-context'), /^📰 Bericht \d aus Kaesong · \d+\. \S+ 2020 · Link · bericht-\d$/);
    const link = await page.locator('.b-context a').first().getAttribute('href');
    assert.match(link ?? '', /^https:\/\/example\.org\/bericht-\d$/);

    await Promise.all([page.waitForURL(/\/action$/), page.click('button[data-action-id="korea_more"]')]);
    assert.equal(await textOf('.asked-text'), 'Kaesong page 2');
    const second = await citedTitles();
    assert.equal(second.length, 3, `the other three on page 2: ${second}`);
    assert.equal(new Set([...first, ...second]).size, 8, 'page 2 shows the articles page 1 did not');

    const dir = await mkdtemp(join(tmpdir(), 'preview-shot-'));
    const file = join(dir, 'preview.png');
    await page.screenshot({ path: file, fullPage: true });
    assert.ok((await stat(file)).size > 0);
    assert.deepEqual([...(await readFile(file)).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
  });

  it('shows HTML from an article as text: in the hit and in "Quelle zeigen"; nothing runs', async () => {
    await ask(ATTACK_WORD);
    const text = await textOf('.blocks');
    assert.ok(text.replace(/\u200b/g, '').includes(ARTICLE_ATTACK), `the title as written:\n${text}`);
    assert.equal(await page.locator('.blocks script, .blocks img').count(), 0);
    await Promise.all([page.waitForURL(/\/action$/), page.click('button[data-action-id="korea_source"]')]);
    assert.deepEqual(await headers(), ['Quelle im Zusammenhang']);
    const source = (await textOf('.blocks')).replace(/\u200b/g, '');
    assert.ok(source.includes(`Das ${ATTACK_WORD} in Seoul fand statt.`), source);
    assert.ok(source.split(ARTICLE_ATTACK).length >= 3, `the text and the title show the HTML as written:\n${source}`);
    assert.equal(await page.locator('.blocks script, .blocks img').count(), 0);
    assert.equal(await pwned(), undefined, 'no script from the article ran');
  });

  it('shows HTML typed into the box as text', async () => {
    const typed = '<img src=x onerror=window.__pwned=2> <script>window.__pwned=3</script> Kaesong';
    await ask(typed);
    assert.equal(await textOf('.asked-text'), typed);
    assert.equal(await page.inputValue('#q'), typed);
    assert.equal(await page.locator('.message img, .message script').count(), 0);
    assert.equal(await pwned(), undefined, 'no script from the query ran');
    assert.deepEqual(dialogs, []);
  });

  it('offers the candidates for an ambiguous name; a click answers for the one chosen', async () => {
    await ask('who Kim');
    const candidates = await page.locator('button[data-action-id="korea_ask"]').allTextContents();
    assert.equal(candidates.length, 2, `two Kims: ${candidates}`);
    assert.ok(candidates.includes('Kim Yo Jong'), `${candidates}`);
    await Promise.all([page.waitForURL(/\/action$/), page.click('button[data-action-id="korea_ask"]:text-is("Kim Yo Jong")')]);
    assert.deepEqual(await headers(), ['Kim Yo Jong']);
    assert.match(await textOf('.blocks'), /Wir werden nicht zögern/);
  });

  it('shows the timeline with its chart, drawn by the server as PNG', async () => {
    await ask('timeline 2020');
    assert.deepEqual(await headers(), ['Chronik 2020']);
    const chart = page.locator('figure.chart img');
    assert.equal(await chart.count(), 1);
    // (no DOM types in this project: the image element as far as this test reads it)
    const size = await chart.evaluate(async (element) => {
      const img = element as unknown as { complete: boolean; naturalWidth: number; decode(): Promise<void> };
      if (!img.complete) await img.decode();
      return img.naturalWidth;
    });
    assert.equal(size, 1600);
    assert.match((await chart.getAttribute('alt')) ?? '', /\S/, 'the chart is described');
  });

  it('shows the digest preview', async () => {
    await page.goto(previewUrl);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === 'digest'), page.click('a[href="/?q=digest"]')]);
    const [header] = await headers();
    assert.match(header ?? '', /^Tagesüberblick /);
  });

  it('keeps serving after the console input ends, and stops with exit 0 on SIGTERM', async () => {
    assert.match(bot.output(), /Preview page: http:\/\/127\.0\.0\.1:\d+\//);
    assert.match(bot.output(), /keeps running/);
    bot.child.kill('SIGTERM');
    assert.equal(await bot.exited, 0, bot.output());
  });
});
