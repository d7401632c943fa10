import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../../shared/contract/errors';
import type { Services } from '../services/createServices';
import { contentTypeOf } from './contentTypeOf';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { forbiddenPage } from './forbiddenPage';
import { resolveStaticPath } from './resolveStaticPath';

const MB = 1024 * 1024;
const API_PATH = '/api/call';
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

export interface WebServer {
  /** Open this once: it carries the token, which the server swaps for a cookie. */
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

class BodyTooLarge extends Error {}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function cookieToken(req: http.IncomingMessage): string | undefined {
  const m = /(?:^|;\s*)sentra_token=([a-f0-9]+)/.exec(req.headers.cookie ?? '');
  return m?.[1];
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

/** API failures answer in the same envelope as a refused call, so the client reads one shape. */
function refuse(res: http.ServerResponse, status: number, code: ErrorCode, params?: Record<string, string | number>): void {
  send(res, status, 'application/json', JSON.stringify({ ok: false, error: params ? { code, params } : { code } }));
}

async function readBody(req: http.IncomingMessage, maxBytes: number): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The call a body names, if it is a JSON object; `null`, arrays and other values are not calls. */
function parseMessage(body: string): { name?: unknown; input?: unknown } | null {
  try {
    const message: unknown = JSON.parse(body);
    return typeof message === 'object' && message !== null && !Array.isArray(message) ? message : null;
  } catch {
    return null;
  }
}

/**
 * Browser mode: the same handlers as the Electron IPC, over HTTP on 127.0.0.1 only, on a
 * random port, behind a random per-run token (first as ?token=, then as an HttpOnly,
 * SameSite=Strict cookie). The Host header is checked against DNS-rebinding, and API
 * calls need a custom header no cross-site form can send. Every failure of an API call is
 * answered with the JSON envelope `{ ok: false, error: { code } }` and a fitting status;
 * nothing a request carries can throw past the handler.
 */
export async function startWebServer(opts: {
  services: Services;
  rendererDir: string;
  port?: number;
  token?: string;
  /** The largest request body accepted; 256 MB unless a test wants to reach it cheaply. */
  maxBodyBytes?: number;
}): Promise<WebServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('hex');
  const maxBody = opts.maxBodyBytes ?? 256 * MB;
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (res.headersSent) return void res.end();
      if (req.url?.startsWith(API_PATH)) refuse(res, 500, 'internal');
      else send(res, 500, 'text/plain; charset=utf-8', 'error');
    });
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return refuse(res, 405, 'badRequest');
    if (req.headers['x-sentra'] !== '1' || !req.headers['content-type']?.startsWith('application/json')) return refuse(res, 400, 'badRequest');
    let body: string;
    try {
      body = await readBody(req, maxBody);
    } catch (e) {
      if (!(e instanceof BodyTooLarge)) throw e;
      // The rest of an oversized body is not read: close the connection rather than drain it.
      res.setHeader('Connection', 'close');
      return refuse(res, 413, 'requestTooLarge', { limit: Math.ceil(maxBody / MB) });
    }
    const message = parseMessage(body);
    if (!message) return refuse(res, 400, 'badRequest');
    const result = await opts.services.call(message.name, message.input, { clientId: 'browser' });
    send(res, 200, 'application/json', JSON.stringify(result));
  }

  async function handleStatic(pathname: string, res: http.ServerResponse): Promise<void> {
    const target = resolveStaticPath(opts.rendererDir, pathname);
    if (!target.ok) return send(res, target.status, 'text/plain; charset=utf-8', target.status === 400 ? 'bad request' : 'not found');
    const stat = await fs.promises.stat(target.file).catch(() => null);
    if (!stat?.isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    send(res, 200, contentTypeOf(target.file), await fs.promises.readFile(target.file));
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain; charset=utf-8', 'wrong host');
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'bad request');
    }
    const isApi = url.pathname === API_PATH;
    const queryToken = url.searchParams.get('token') ?? undefined;
    if (req.method === 'GET' && sameToken(queryToken, token)) {
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `sentra_token=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      return void res.end();
    }
    if (!sameToken(cookieToken(req), token)) {
      return isApi ? refuse(res, 403, 'forbiddenSender') : send(res, 403, 'text/html; charset=utf-8', forbiddenPage());
    }
    if (isApi) return handleApi(req, res);
    if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    return handleStatic(url.pathname, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
