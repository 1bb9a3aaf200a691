/**
 * The preview server in-process over the seed corpus: answers, button clicks through the Slack
 * handlers' path, the chart, and short 4xx answers for bad requests (never a crash).
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { loadCorpus } from '../../src/corpus/load.ts';
import { digestExtras } from '../../src/answers/digest-extras.ts';
import { createCore } from '../../src/core.ts';
import { MemoryDigestStore } from '../../src/digest/memory-store.ts';
import { DigestService } from '../../src/digest/service.ts';
import { buildKnowledge } from '../../src/knowledge/build.ts';
import { createLogger } from '../../src/log.ts';
import { fittedValue } from '../../src/render/actions.ts';
import { MAX_FORM_BYTES } from '../../src/preview/http.ts';
import { type PreviewServer, startPreview } from '../../src/preview/server.ts';

const logs: string[] = [];
let preview: PreviewServer;

before(async () => {
  const knowledge = buildKnowledge((await loadCorpus('corpus')).articles);
  // the digest service as createBot wires it (the preview needs no subscription store beyond memory)
  const digests = new DigestService({
    store: new MemoryDigestStore(),
    clock: () => new Date(),
    tz: 'Europe/Berlin',
    articles: () => knowledge.articlesByDate(),
    extras: (ids, day) => digestExtras(knowledge, ids, day),
  });
  const core = createCore(knowledge, 'de', { digests });
  preview = await startPreview(core, 0, createLogger({ level: 'debug', write: (line) => logs.push(line) }));
});
after(() => preview.close());

const get = (path: string) => fetch(new URL(path, preview.url));
const click = (actionId: string, value: string) => fetch(new URL('/action', preview.url), { method: 'POST', body: new URLSearchParams({ action_id: actionId, value }) });
const formValues = (html: string, actionId: string) =>
  [...html.matchAll(new RegExp(`name="action_id" value="${actionId}"><input type="hidden" name="value" value="([^"]*)"`, 'g'))].map((m) =>
    m[1]!
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );

describe('preview server', () => {
  it('listens on 127.0.0.1 only and serves the empty page with safe headers', async () => {
    assert.match(preview.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.equal(preview.address, '127.0.0.1', 'the socket is bound to loopback, not to every interface');
    const res = await get('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const html = await res.text();
    assert.match(html, /<form class="ask" method="get" action="\/">/);
    assert.doesNotMatch(html, /<script|https?:\/\/(?!127)/, 'no script, nothing from elsewhere');
    assert.equal((await get('/style.css')).status, 200);
  });

  it('answers a timeline with its Block Kit blocks, source buttons and a PNG chart', async () => {
    const html = await (await get('/?q=timeline%202019..2020')).text();
    assert.match(html, /<h2 class="b-header">Chronik 2019 – 2020<\/h2>/);
    assert.ok(formValues(html, 'korea_source').length > 0, 'source buttons');
    const chart = /src="(\/chart\/[0-9a-f-]{36}\.png)"/.exec(html)?.[1];
    assert.ok(chart, 'a chart');
    const png = Buffer.from(await (await get(chart)).arrayBuffer());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.readUInt32BE(16), 1600, 'width');
  });

  it('runs "Quelle zeigen" as the Slack handler does: the passage in context, without further buttons', async () => {
    const html = await (await get('/?q=Kaesong')).text();
    const [value] = formValues(html, 'korea_source');
    assert.ok(value);
    const res = await click('korea_source', value);
    assert.equal(res.status, 200);
    const source = await res.text();
    assert.match(source, /<h2 class="b-header">Quelle im Zusammenhang<\/h2>/);
    assert.doesNotMatch(source, /data-action-id="korea_(more|source)"/);
  });

  it('runs a "Mehr" click through the core: the next page', async () => {
    const res = await click('korea_more', fittedValue({ command: 'who Biegun page 2', lang: 'de' }));
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<span class="asked-text">who Biegun page 2<\/span>/);
  });

  it('answers the digest preview', async () => {
    assert.match(await (await get('/?q=digest')).text(), /<h2 class="b-header">Tagesüberblick /);
  });

  it('escapes the command shown back in the box and above the answer', async () => {
    const html = await (await get(`/?q=${encodeURIComponent('"><script>x()</script>')}`)).text();
    assert.doesNotMatch(html, /<script>x/);
    assert.match(html, /value="&quot;&gt;&lt;script&gt;x\(\)&lt;\/script&gt;"/);
  });

  it('gives bad requests a short 4xx answer and keeps serving', async () => {
    const cases: Array<[Promise<Response>, number]> = [
      [get('/nothing'), 404],
      [get('/chart/00000000-0000-0000-0000-000000000000.png'), 404],
      [get(`/?q=${'a'.repeat(4001)}`), 413],
      [click('korea_more', '{not json'), 400],
      [click('korea_nope', fittedValue({ command: 'x', lang: 'de' })), 400],
      [fetch(new URL('/action', preview.url), { method: 'POST', body: 'x'.repeat(MAX_FORM_BYTES + 1), headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 413],
      [fetch(new URL('/action', preview.url), { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }), 400],
      [get('/action'), 405],
      [fetch(preview.url, { method: 'DELETE' }), 405],
    ];
    assert.equal(cases.length, 9);
    for (const [response, status] of cases) {
      const res = await response;
      assert.equal(res.status, status, await res.clone().text());
      assert.match(await res.text(), new RegExp(`^${status} `));
    }
    assert.equal((await get('/')).status, 200, 'still serving');
  });

  it('refuses another Host (DNS rebinding) and an absolute-form URL', async () => {
    const status = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const url = new URL(preview.url);
        request({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
    assert.equal(await status('/', 'evil.example'), 400);
    assert.equal(await status('/', `localhost:${new URL(preview.url).port}`), 200);
    assert.equal(await status('//evil.example/', `127.0.0.1:${new URL(preview.url).port}`), 404);
  });

  it('answers a feedback click with a note (votes are stored only in Slack)', async () => {
    const res = await click('korea_helpful', '{}');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /nur in Slack/);
  });
});
