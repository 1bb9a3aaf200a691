/**
 * The preview page's server (local mode): node:http on 127.0.0.1 only, so an editor can try the
 * bot in a browser before anyone installs the Slack app. A bad request gets a short 4xx answer;
 * a failure inside gets a 500 and one log line, never a crash.
 */
import { createServer, type Server } from 'node:http';
import type { BotCore } from '../core-types.ts';
import type { Logger } from '../log.ts';
import { HttpError, send, sendError } from './http.ts';
import { previewRoutes } from './routes.ts';

/** The address the page is served on: loopback only. */
export const PREVIEW_HOST = '127.0.0.1';

/** A running preview server. */
export interface PreviewServer {
  url: string;
  port: number;
  /** The address the socket is bound to, as the operating system reports it ("127.0.0.1"). */
  address: string;
  close(): Promise<void>;
}

/**
 * Serve the preview page for a core on 127.0.0.1:`port` (0: any free port).
 * @example const preview = await startPreview(core, 3001, logger); logger.info(`preview: ${preview.url}`)
 */
export async function startPreview(core: BotCore, port: number, logger: Logger): Promise<PreviewServer> {
  const route = previewRoutes(core, logger);
  const server: Server = createServer((req, res) => {
    let url: URL;
    try {
      // (prefixed, not resolved: "//evil.example/x" stays a path on this server)
      url = new URL(`http://${PREVIEW_HOST}${req.url?.startsWith('/') ? req.url : `/${req.url ?? ''}`}`);
    } catch {
      return sendError(res, new HttpError(400, 'unreadable request URL'));
    }
    // a page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) gets nothing
    // ("127.0.0.1:3001", "localhost:3001", "[::1]:3001")
    if (!/^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?$/i.test(req.headers.host ?? '')) return sendError(res, new HttpError(400, 'unexpected Host header'));
    route(req, res, url).catch((error: unknown) => {
      if (error instanceof HttpError) return sendError(res, error);
      logger.error('preview request failed:', error);
      send(res, 500, 'text/plain; charset=utf-8', '500 the preview failed; see the log\n');
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, PREVIEW_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (error) => logger.error('preview server:', error));
  const bound = server.address() as { address: string; port: number };
  const actual = bound.port;
  return {
    url: `http://${PREVIEW_HOST}:${actual}/`,
    port: actual,
    address: bound.address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
