/**
 * A guard in front of Bolt's HTTP receiver for `POST /slack/events`: bodies over the limit are
 * refused before they are read (413), and a correctly signed body that is not a request the bot
 * handles (`null`, `event: "text"`, a click without a user) gets a 400 and one log line instead
 * of an exception inside the receiver. Everything else goes to Bolt unchanged, already read, so
 * Bolt still checks the signature itself and answers unsigned requests with its 401.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';
import type { Logger } from '../log.ts';
import { payloadProblem } from './payload-shape.ts';

/**
 * Largest request body accepted, in bytes. Slack's own payloads stay far below: a message is at
 * most 40,000 characters and 50 blocks, a modal 100 blocks.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Where and how the guard checks. */
export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  /** The events path; default `/slack/events`. */
  endpoint?: string;
  maxBodyBytes?: number;
  /** Told when a request is refused here (400/413), e.g. to count it. */
  onRefused?: () => void;
  /** Told how long each events request took until its HTTP answer (the ack), in seconds. */
  onAnswered?: (seconds: number) => void;
}

/** The listener Bolt's receiver calls for every request; the guard wraps it. */
export interface GuardedReceiver {
  requestListener: RequestListener;
}

/**
 * Put the guard in front of a receiver's request listener.
 * @example guardRequests(receiver, { signingSecret, logger })
 */
export function guardRequests(receiver: GuardedReceiver, options: GuardOptions): void {
  const bolt = receiver.requestListener;
  const endpoint = options.endpoint ?? '/slack/events';
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  receiver.requestListener = (req, res) => {
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== endpoint) return bolt(req, res);
    const started = performance.now();
    res.on('finish', () => options.onAnswered?.((performance.now() - started) / 1000));
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return refuse(req, res, 413, `request body of ${declared} bytes is over the limit of ${limit}`, options);
    readBody(req, limit).then(
      (raw) => {
        if (raw === null) return refuse(req, res, 413, `request body is over the limit of ${limit} bytes`, options);
        const problem = signedButMalformed(req, raw, options.signingSecret);
        if (problem) return refuse(req, res, 400, problem, options);
        Object.assign(req, { rawBody: raw });
        bolt(req, res);
      },
      (error: unknown) => refuse(req, res, 400, `request body could not be read (${error instanceof Error ? error.message : String(error)})`, options),
    );
  };
}

/** The body, or null when it grows over the limit (reading stops there). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Why a correctly signed body cannot be handled; null when unsigned (Bolt refuses it) or fine. */
function signedButMalformed(req: IncomingMessage, raw: Buffer, signingSecret: string): string | null {
  const text = raw.toString('utf8');
  const signature = req.headers['x-slack-signature'];
  const timestamp = Number(req.headers['x-slack-request-timestamp']);
  if (typeof signature !== 'string' || !Number.isFinite(timestamp)) return null;
  if (!isValidSlackRequest({ signingSecret, body: text, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp } })) return null;
  let body: unknown;
  try {
    body = parseLikeBolt(text, req.headers['content-type']);
  } catch {
    return 'signed request whose body is not valid JSON';
  }
  const problem = payloadProblem(body);
  return problem ? `signed request refused: ${problem}` : null;
}

/** Bolt's own parsing: form bodies (with an optional JSON `payload` field) or JSON. */
function parseLikeBolt(text: string, contentType: string | undefined): unknown {
  if (contentType !== 'application/x-www-form-urlencoded') return JSON.parse(text);
  const form = parseQuery(text);
  return typeof form.payload === 'string' ? JSON.parse(form.payload) : { ...form };
}

function refuse(req: IncomingMessage, res: ServerResponse, status: 400 | 413, reason: string, options: GuardOptions): void {
  options.logger.warn(`${status} for POST ${req.url}: ${reason}`);
  options.onRefused?.();
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
  // "connection: close": Node ends the connection after this answer, a body we stopped reading is not drained
  res.end(status === 413 ? 'Request body too large\n' : 'Malformed Slack request\n');
}
