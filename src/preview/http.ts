/**
 * Small HTTP helpers for the preview server: responses with safe headers, form bodies with a
 * size limit, and the short error answers (400, 404, 405, 413).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest form body read (a button value is at most 2000 characters). */
export const MAX_FORM_BYTES = 16 * 1024;

/**
 * What every response carries: nothing may load from elsewhere, no script runs (the page has
 * none), forms post only here, and no other site may frame the page.
 */
const SECURITY_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
} as const;

/**
 * Send a complete response.
 * @example send(res, 200, "text/html; charset=utf-8", page)
 */
export function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/** A short plain-text error answer: "400 Bad Request: unknown button". */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 413,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * Send an HttpError as plain text.
 * @example sendError(res, new HttpError(413, "request too large")) // 413, "413 request too large"
 */
export function sendError(res: ServerResponse, error: HttpError): void {
  send(res, error.status, 'text/plain; charset=utf-8', `${error.status} ${error.message}\n`, error.headers);
}

/**
 * Read an `application/x-www-form-urlencoded` body of at most `limit` bytes.
 * @example const form = await readForm(req); form.get("action_id")
 */
export async function readForm(req: IncomingMessage, limit = MAX_FORM_BYTES): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new HttpError(400, 'expected a form (application/x-www-form-urlencoded)');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    throw new HttpError(413, `form larger than ${limit} bytes`, { Connection: 'close' });
  }
  // (events, not for-await: leaving a for-await loop early would destroy the socket before the 413 is sent)
  const body = await new Promise<Buffer | null>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
  if (!body) throw new HttpError(413, `form larger than ${limit} bytes`, { Connection: 'close' });
  return new URLSearchParams(body.toString('utf8'));
}
