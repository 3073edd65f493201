import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One request a fake provider received. */
export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  json: Record<string, unknown> | null;
}

/** What the fake answers: a status, a body and headers (or it never answers: a timeout). */
export type FakeAnswer =
  { status: number; body: unknown; headers?: Record<string, string> } | 'hang';

/**
 * A small HTTP server speaking a provider's protocol for the adapters' tests: it records every
 * request and answers what `answer` says (errors, 429 with Retry-After, a hang).
 */
export async function startFakeHttpProvider(
  answer: (request: Received, index: number) => FakeAnswer,
) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: Record<string, unknown> | null;
      try {
        json = JSON.parse(body) as Record<string, unknown>;
      } catch {
        json = null;
      }
      const request = { headers: req.headers, body, json };
      received.push(request);
      const reply = answer(request, received.length - 1);
      if (reply === 'hang') return; // the client's timeout ends it
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A fake Zalo ZNS endpoint that, like a provider deduplicating on the client's id, delivers one
 * message per `tracking_id` to the phone's "inbox" and answers `{ error: 0, data: { msg_id } }`.
 */
export async function startFakeZns(fail: (index: number) => FakeAnswer | null = () => null) {
  const inbox = new Map<string, Record<string, unknown>>();
  const provider = await startFakeHttpProvider((request, index) => {
    const failure = fail(index);
    if (failure) return failure;
    const trackingId = request.json?.['tracking_id'];
    const tracking = typeof trackingId === 'string' ? trackingId : '';
    if (!inbox.has(tracking)) inbox.set(tracking, request.json ?? {});
    return {
      status: 200,
      body: { error: 0, message: 'Success', data: { msg_id: `zns-${tracking.slice(0, 8)}` } },
    };
  });
  return { ...provider, inbox };
}

/** A real SMTP server (smtp-server) that keeps every message it accepts. */
export async function startFakeSmtp(refuse: (index: number) => number | null = () => null) {
  const messages: { from: string; to: string[]; data: string }[] = [];
  let index = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const code = refuse(index++);
        if (code) {
          const error = new Error('Từ chối thư') as Error & { responseCode: number };
          error.responseCode = code;
          callback(error);
          return;
        }
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
