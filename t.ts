import { connect } from 'node:net';
import { startBot, TEST_SECRET } from './test/support/bot.ts';
import { signedPost, slashCommandBody } from './test/support/signed-request.ts';
const running = await startBot('corpus', { timeouts: { requestTimeout: 1000, headersTimeout: 1000, connectionsCheckingInterval: 200 } });
const mode = process.argv[2];
if (mode === 'fetch') { const r = await signedPost(`${running.url}/slack/events`, { secret: TEST_SECRET, body: slashCommandBody('who Biegun', `${running.slack.url}/respond/x`), contentType: 'application/x-www-form-urlencoded' }); console.log('status', r.status); }
if (mode === 'health') { const r = await fetch(`${running.url}/healthz`); console.log('status', r.status, await r.text()); }
const url = new URL(running.url);
const started = Date.now();
const s = connect(Number(url.port), '127.0.0.1', () => s.write('POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":'));
s.on('data', (d) => console.log('data', String(d).slice(0, 40)));
s.on('close', async () => { console.log('closed after', Date.now() - started); await running.stop(); process.exit(0) });
setTimeout(async () => { console.log('still open'); process.exit(1); }, 6000);
