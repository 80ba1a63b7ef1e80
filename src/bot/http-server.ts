import type { KeyObject } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { recordInteraction } from './interaction-log.js';
import type { RequestAnswerer } from './interaction-request.js';
import type { BotMetrics } from './metrics.js';
import { checkDiscordSignature } from './signature.js';

/** Discord's interaction payloads are a few KB; anything this large is not one. */
const MAX_BODY_BYTES = 64 * 1024;
/** On shutdown, requests in flight get this long to finish. */
export const SHUTDOWN_GRACE_MS = 2000;
const INTERACTION_PATHS = new Set(['/', '/interactions']);

export interface HttpServerOptions {
  port: number;
  host?: string;
  logger: Logger;
  metrics: BotMetrics;
  /**
   * HTTP interactions mode: on POST / and /interactions, verify with this key, then answer (in this
   * thread or another: see answeringInline and AnswerThread).
   */
  interactions?: { publicKey: KeyObject; answer: RequestAnswerer };
}

export interface RunningHttpServer {
  /** The port listened on (the chosen one when 0 was asked for). */
  port: number;
  /** Stops accepting, lets requests in flight finish (at most SHUTDOWN_GRACE_MS), then closes every connection. */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The bot's HTTP server: `GET /healthz` and `GET /metrics` always; with `interactions`, Discord's
 * Interactions Endpoint too. Every request is answered with a status, never a crash: a bad
 * signature 401, a body over 64 KB 413, bad JSON 400, a wrong path 404, a wrong method 405.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { logger, metrics, interactions } = options;
  let inFlight = 0;
  let stopping = false;

  const requestClosed = () => inFlight--;
  /** Answers a request that failed: its status for an HttpError, else 500 and a log line. */
  const fail = (request: IncomingMessage, response: ServerResponse, error: unknown) => {
    if (error instanceof HttpError) {
      send(response, error.status, { error: error.message });
      return;
    }
    logger.error({ err: error, path: request.url }, 'http request failed');
    send(response, 500, { error: 'internal error' });
  };

  // Callbacks rather than promises on the way of an interaction: no promise, microtask or
  // closure per request that it does not need (the endpoint answers bursts of them).
  const server = createServer((request, response) => {
    inFlight++;
    response.once('close', requestClosed);
    if (stopping) response.setHeader('connection', 'close');
    try {
      serve(request, response);
    } catch (error) {
      fail(request, response, error);
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  // Longer than a load balancer's idle timeout (nginx keeps upstream connections 60 s by default).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  function serve(request: IncomingMessage, response: ServerResponse): void {
    const url = request.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    if (path === '/healthz' || path === '/metrics') {
      if (request.method !== 'GET' && request.method !== 'HEAD') throw methodNotAllowed(response, 'GET');
      request.resume();
      if (path === '/healthz') {
        send(response, metrics.healthy ? 200 : 503, metrics.health());
        return;
      }
      metrics.registry.metrics().then(
        (text) => {
          response.writeHead(200, { 'content-type': metrics.registry.contentType });
          response.end(text);
        },
        (error: unknown) => fail(request, response, error),
      );
      return;
    }
    if (!interactions || !INTERACTION_PATHS.has(path)) throw new HttpError(404, 'not found');
    if (request.method !== 'POST') throw methodNotAllowed(response, 'POST');
    const started = performance.now();
    readBody(request, (error, body) => {
      if (error instanceof HttpError) {
        fail(request, response, error);
        return;
      }
      if (error !== undefined) {
        // The body stopped coming (the client hung up): nobody to answer, nothing of ours failed.
        logger.debug({ err: error, path }, 'request body cut off by the client');
        response.destroy();
        return;
      }
      const { headers } = request;
      checkDiscordSignature(
        interactions.publicKey,
        headers['x-signature-ed25519'],
        headers['x-signature-timestamp'],
        body!,
        (signed) => {
          try {
            if (!signed) throw new HttpError(401, 'invalid request signature');
            answer(interactions, response, body!, started);
          } catch (failure) {
            fail(request, response, failure);
          }
        },
      );
    });
  }

  function answer(
    endpoint: NonNullable<HttpServerOptions['interactions']>,
    response: ServerResponse,
    body: Buffer,
    started: number,
  ): void {
    endpoint.answer(body, (reply) => {
      sendJson(response, reply.status, reply.body);
      if (reply.record) recordInteraction(logger, metrics, reply.record.interaction, reply.record.handled, started);
    });
  }

  function methodNotAllowed(response: ServerResponse, allowed: string): HttpError {
    response.setHeader('allow', allowed);
    return new HttpError(405, 'method not allowed');
  }

  server.listen(options.port, options.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    port,
    async close() {
      stopping = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + SHUTDOWN_GRACE_MS;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      server.closeAllConnections();
      await closed;
    },
  };
}

function send(response: ServerResponse, status: number, payload: unknown): void {
  sendJson(response, status, JSON.stringify(payload));
}

function sendJson(response: ServerResponse, status: number, body: string): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/**
 * Reads the whole body, then calls `done` once: with the body, or with an HttpError (413) past
 * MAX_BODY_BYTES (the rest is drained unkept), or with the stream's error.
 */
function readBody(request: IncomingMessage, done: (error: unknown, body?: Buffer) => void): void {
  const tooLarge = () => new HttpError(413, `body over ${MAX_BODY_BYTES} bytes`);
  if (Number(request.headers['content-length']) > MAX_BODY_BYTES) {
    request.resume();
    done(tooLarge());
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (error: unknown, body?: Buffer) => {
    if (finished) return;
    finished = true;
    done(error, body);
  };
  request.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    else chunks.length = 0;
  });
  request.on('end', () =>
    size > MAX_BODY_BYTES
      ? finish(tooLarge())
      : finish(undefined, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)),
  );
  request.on('error', (error) => finish(error));
}
