import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Services } from '../services/createServices';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

const MAX_BODY = 256 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
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

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Browser mode: the same handlers as the Electron IPC, over HTTP on 127.0.0.1 only, on a
 * random port, behind a random per-run token (first as ?token=, then as an HttpOnly,
 * SameSite=Strict cookie). The Host header is checked against DNS-rebinding, and API
 * calls need a custom header no cross-site form can send.
 */
export async function startWebServer(opts: { services: Services; rendererDir: string; port?: number; token?: string }): Promise<WebServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('hex');
  const root = path.resolve(opts.rendererDir);
  let port = 0;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain', 'error');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 421, 'text/plain', 'wrong host');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const queryToken = url.searchParams.get('token') ?? undefined;
    if (req.method === 'GET' && sameToken(queryToken, token)) {
      res.writeHead(303, {
        ...SECURITY_HEADERS,
        'Set-Cookie': `sentra_token=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
      });
      return void res.end();
    }
    if (!sameToken(cookieToken(req), token)) return send(res, 403, 'text/plain', 'forbidden');

    if (url.pathname === '/api/call') {
      if (req.method !== 'POST' || req.headers['x-sentra'] !== '1' || !req.headers['content-type']?.startsWith('application/json')) {
        return send(res, 400, 'text/plain', 'bad request');
      }
      let message: { name?: unknown; input?: unknown };
      try {
        message = JSON.parse(await readBody(req)) as typeof message;
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'badJson' } }));
      }
      const result = await opts.services.call(message.name, message.input, { clientId: 'browser' });
      return send(res, 200, 'application/json', JSON.stringify(result));
    }
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    const inside = file.startsWith(root + path.sep);
    const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, 'index.html');
    send(res, 200, TYPES[path.extname(target)] ?? 'application/octet-stream', fs.readFileSync(target));
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
