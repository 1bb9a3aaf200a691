/**
 * A fake Slack on 127.0.0.1: records Web API calls (`/api/<method>`) and response_url posts
 * (`/respond/<id>`), serves file uploads (`files.getUploadURLExternal`, the upload URL
 * `/upload/<id>` on this server, `files.completeUploadExternal`: see `uploads`), and can be told
 * to answer a method with an error or a rate limit (the upload URL's "method" is `upload`).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeFiles, type UploadedFile } from './fake-slack-files.ts';

export type { UploadedFile } from './fake-slack-files.ts';

/** One recorded request with its decoded body. */
export interface RecordedCall {
  path: string;
  method: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

/** A scripted reply for a Web API method. */
export interface ScriptedReply {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Answer only after this long (a slow Slack). */
  delayMs?: number;
}

/** The fake server and what it has seen. */
export interface FakeSlack {
  url: string;
  apiUrl: string;
  calls: RecordedCall[];
  /** Top-level messages posted per channel, oldest first. */
  history: Map<string, HistoryMessage[]>;
  /** Files shared with `files.completeUploadExternal`, with the bytes POSTed to their upload URL. */
  uploads: UploadedFile[];
  /** Answer a method with this reply whenever nothing is queued for it. */
  setDefault(method: string, reply: ScriptedReply): void;
  /** Queue replies for a method (e.g. "chat.postMessage"); when empty, it answers ok. */
  script(method: string, ...replies: ScriptedReply[]): void;
  /** Resolve when a call matching `predicate` has arrived (bounded wait). */
  waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  close(): Promise<void>;
}

function decode(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // Web API form bodies carry blocks as a JSON string
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}

/** Slack's answer when nothing is scripted: ok, with the bot's ids for auth.test. */
function defaultReply(method: string, call: RecordedCall, history: Map<string, HistoryMessage[]>): ScriptedReply {
  if (method === 'auth.test') return { status: 200, body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' } };
  // the bot's DM with a user: "D" and the user's id
  if (method === 'conversations.open') return { status: 200, body: { ok: true, channel: { id: `D${String(call.body.users ?? '')}` } } };
  if (method === 'conversations.history') return { status: 200, body: { ok: true, messages: [...(history.get(String(call.body.channel)) ?? [])].reverse(), has_more: false } };
  return { status: 200, body: { ok: true, ts: nextTs(), channel: call.body.channel } };
}

/** A message the fake "posted": what conversations.history returns, newest first. */
export interface HistoryMessage {
  ts: string;
  text?: unknown;
  metadata?: unknown;
}

let lastTs = 0;
/** Unique, increasing message timestamps ("1700000000.000100"). */
function nextTs(): string {
  lastTs = Math.max(lastTs + 1, Date.now() * 1000);
  return `${Math.floor(lastTs / 1_000_000)}.${String(lastTs % 1_000_000).padStart(6, '0')}`;
}

/**
 * Start a fake Slack on a free loopback port.
 * @example const slack = await startFakeSlack(); … slack.apiUrl // "http://127.0.0.1:PORT/api/"
 */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const history = new Map<string, HistoryMessage[]>();
  const defaults = new Map<string, ScriptedReply>();
  const scripts = new Map<string, ScriptedReply[]>();
  const waiters: Array<{ predicate: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }> = [];
  const files = new FakeFiles();
  let url = '';
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks);
      // "/upload/F000001": the bytes of a file (binary), not a Web API call
      const uploadId = /^\/upload\/(F\d+)$/.exec(req.url ?? '')?.[1];
      const call = { path: req.url ?? '', method: req.method ?? '', headers: req.headers, body: uploadId ? { bytes: raw.length } : decode(raw.toString('utf8'), req.headers['content-type']) };
      calls.push(call);
      for (const waiter of [...waiters]) {
        if (waiter.predicate(call)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(call);
        }
      }
      const method = uploadId ? 'upload' : call.path.replace(/^\/api\//, '').split('?')[0]!;
      const reply = scripts.get(method)?.shift() ?? defaults.get(method) ?? (await fileReply(method, call, raw, uploadId)) ?? defaultReply(method, call, history);
      const send = () => {
        // a message is in the channel once Slack has answered ok (a caller killed before that posted nothing)
        if (method === 'chat.postMessage' && reply.body.ok && !call.body.thread_ts && !res.socket?.destroyed) {
          const channel = String(call.body.channel);
          history.set(channel, [...(history.get(channel) ?? []), { ts: String(reply.body.ts), text: call.body.text, metadata: call.body.metadata }]);
        }
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(JSON.stringify(reply.body));
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  /** The upload methods' answers (undefined for any other method). */
  const fileReply = async (method: string, call: RecordedCall, raw: Buffer, uploadId: string | undefined): Promise<ScriptedReply | undefined> => {
    if (method === 'files.getUploadURLExternal') return { status: 200, body: files.uploadUrl(call.body, url) };
    if (method === 'files.completeUploadExternal') return { status: 200, body: files.complete(call.body) };
    if (uploadId) return (await files.receive(uploadId, raw, call.headers['content-type'])) ? { status: 200, body: { ok: true } } : { status: 404, body: { ok: false } };
    return undefined;
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    history,
    uploads: files.uploaded,
    setDefault: (method, reply) => void defaults.set(method, reply),
    script: (method, ...replies) => scripts.set(method, [...(scripts.get(method) ?? []), ...replies]),
    waitFor: (predicate, timeoutMs = 5000) => {
      const seen = calls.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('fake Slack: expected call did not arrive')), timeoutMs);
        waiters.push({ predicate, resolve: (c) => (clearTimeout(timer), resolve(c)) });
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
