/**
 * A fake Socket Mode endpoint on 127.0.0.1 (the `ws` package): greets each connection with
 * `hello`, sends envelopes as Slack does, records the acks (`{"envelope_id": …}`), and can drop
 * the connection to see the client open a new one.
 */
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** The fake endpoint. */
export interface FakeSocketMode {
  url: string;
  /** Connections accepted so far. */
  connections: number;
  /** Envelope ids acked by the client. */
  acks: string[];
  /** Send an envelope on the open connection; resolves when the client has acked it. */
  send(envelope: { envelope_id: string; type: string; payload: unknown; [key: string]: unknown }, timeoutMs?: number): Promise<void>;
  /** Resolve once at least `count` connections have said hello back (are open). */
  waitForConnections(count: number, timeoutMs?: number): Promise<void>;
  /** Close the open connection abruptly. */
  drop(): void;
  close(): Promise<void>;
}

/**
 * Start the fake; point the fake Web API's `apps.connections.open` at `url`.
 * @example const socket = await startFakeSocketMode(); slack.setDefault("apps.connections.open", { status: 200, body: { ok: true, url: socket.url } })
 */
export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  let current: WebSocket | undefined;
  const acks: string[] = [];
  const ackWaiters = new Map<string, () => void>();
  const fake: FakeSocketMode = {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    connections: 0,
    acks,
    send: (envelope, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        if (!current) return reject(new Error('fake Socket Mode: no open connection'));
        const timer = setTimeout(() => reject(new Error(`fake Socket Mode: ${envelope.envelope_id} was not acked`)), timeoutMs);
        ackWaiters.set(envelope.envelope_id, () => (clearTimeout(timer), resolve()));
        current.send(JSON.stringify(envelope));
      }),
    waitForConnections: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (fake.connections < count || !current) {
        if (Date.now() > deadline) throw new Error(`fake Socket Mode: ${fake.connections} connections, wanted ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    drop: () => {
      current?.terminate();
      current = undefined;
    },
    close: () =>
      new Promise((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
  server.on('connection', (socket) => {
    fake.connections++;
    current = socket;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string };
      if (!message.envelope_id) return;
      acks.push(message.envelope_id);
      ackWaiters.get(message.envelope_id)?.();
      ackWaiters.delete(message.envelope_id);
    });
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
  });
  return fake;
}
