import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import { startWebServer, type WebServer } from '../../electron/server/webServer';
import { catalogs } from '../../shared/i18n/catalogs';

/** A raw request, so headers like Host can be set the way an attacker's page could not. */
function request(port: number, opts: { path?: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: opts.path ?? '/', method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

let dir: string;
let services: Services;
let server: WebServer;
let cookie: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-web-'));
  const renderer = path.join(dir, 'renderer');
  fs.mkdirSync(renderer);
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  fs.mkdirSync(path.join(renderer, 'assets'));
  fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'export {};');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside');
  services = createServices({
    appVersion: '0',
    host: 'browser',
    dataDir: path.join(dir, 'data'),
    defaultDir: path.join(dir, 'ws'),
    resourcesDir: path.resolve('resources'),
    log: () => undefined,
  });
  server = await startWebServer({ services, rendererDir: renderer });
  cookie = `sentra_token=${server.token}`;
});

afterAll(async () => {
  await server.close();
  await services.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
});

const host = () => ({ Host: `127.0.0.1:${server.port}` });
const api = (body: unknown, headers: Record<string, string> = {}) =>
  request(server.port, {
    path: '/api/call',
    method: 'POST',
    headers: { ...host(), 'Content-Type': 'application/json', 'X-Sentra': '1', Cookie: cookie, ...headers },
    body: JSON.stringify(body),
  });

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only, with a long random token in its address', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[a-f0-9]{48}$/);
  });

  it('refuses every request without the token', async () => {
    expect((await request(server.port, { headers: host() })).status).toBe(403);
    expect((await request(server.port, { path: '/?token=wrong', headers: host() })).status).toBe(403);
    expect((await api({ name: 'app.info', input: {} }, { Cookie: 'sentra_token=0000' })).status).toBe(403);
  });

  it('swaps the token in the address for an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await request(server.port, { path: `/?token=${server.token}`, headers: host() });
    expect(res.status).toBe(303);
    expect(res.headers['set-cookie']?.[0]).toMatch(/sentra_token=[a-f0-9]+; HttpOnly; SameSite=Strict; Path=\//);
    const page = await request(server.port, { headers: { ...host(), Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses a foreign Host header (DNS rebinding) even with the cookie', async () => {
    const res = await request(server.port, { headers: { Host: `evil.example:${server.port}`, Cookie: cookie } });
    expect(res.status).toBe(421);
  });

  it('answers API calls only with the custom header and JSON, as a cross-site form cannot send', async () => {
    expect((await api({ name: 'app.info', input: {} }, { 'X-Sentra': '' })).status).toBe(400);
    expect((await api({ name: 'app.info', input: {} }, { 'Content-Type': 'text/plain' })).status).toBe(400);
    const ok = await api({ name: 'app.info', input: {} });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { host: 'browser' } });
  });

  it('validates every payload and answers bad ones with an error, staying up', async () => {
    expect(JSON.parse((await api({ name: 'clusters.create', input: { name: '' } })).body)).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(JSON.parse((await api({ name: 'no.such', input: {} })).body)).toMatchObject({ ok: false, error: { code: 'unknownCall' } });
    const broken = await request(server.port, {
      path: '/api/call',
      method: 'POST',
      headers: { ...host(), 'Content-Type': 'application/json', 'X-Sentra': '1', Cookie: cookie },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'badRequest' } });
    expect((JSON.parse((await api({ name: 'app.info', input: {} })).body) as { ok: boolean }).ok).toBe(true);
  });

  it('never serves files outside the renderer folder', async () => {
    const res = await request(server.port, { path: '/../../../../etc/passwd', headers: { ...host(), Cookie: cookie } });
    expect(res.body).not.toContain('root:');
    const encoded = await request(server.port, { path: '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', headers: { ...host(), Cookie: cookie } });
    expect(encoded.body).not.toContain('root:');
  });

  it('answers a body that is JSON but not a call (null, an array, a number) with the envelope, not a 500', async () => {
    for (const body of ['null', '[]', '42', '"app.info"']) {
      const res = await request(server.port, {
        path: '/api/call',
        method: 'POST',
        headers: { ...host(), 'Content-Type': 'application/json', 'X-Sentra': '1', Cookie: cookie },
        body,
      });
      expect(res.status, body).toBe(400);
      expect(res.headers['content-type'], body).toBe('application/json');
      expect(JSON.parse(res.body), body).toEqual({ ok: false, error: { code: 'badRequest' } });
    }
  });

  it('answers every refused API request with the envelope and a fitting status', async () => {
    const cases = [
      { status: 403, code: 'forbiddenSender', res: await api({ name: 'app.info', input: {} }, { Cookie: '' }) },
      { status: 400, code: 'badRequest', res: await api({ name: 'app.info', input: {} }, { 'X-Sentra': '' }) },
      {
        status: 405,
        code: 'badRequest',
        res: await request(server.port, { path: '/api/call', headers: { ...host(), Cookie: cookie, 'X-Sentra': '1' } }),
      },
    ];
    for (const { status, code, res } of cases) {
      expect(res.status, code).toBe(status);
      expect(JSON.parse(res.body), code).toEqual({ ok: false, error: { code } });
    }
  });

  it('answers a bad %-escape or a NUL in a path with 400, a missing file with 404, and stays up', async () => {
    const get = (p: string) => request(server.port, { path: p, headers: { ...host(), Cookie: cookie } });
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/assets/%ZZ.js')).status).toBe(400);
    expect((await get('/%00')).status).toBe(400);
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/..%2fsecret.txt')).status).toBe(404);
    const script = await get('/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/')).body).toContain('<title>app</title>');
  });

  it('without the token, a page explains in both languages where the token comes from', async () => {
    for (const p of ['/', '/?token=wrong', '/assets/app.js']) {
      const res = await request(server.port, { path: p, headers: host() });
      expect(res.status, p).toBe(403);
      expect(res.headers['content-type'], p).toBe('text/html; charset=utf-8');
      expect(res.headers['content-security-policy'], p).toContain("script-src 'self'");
      for (const lang of ['id', 'en'] as const) {
        const forbidden = (catalogs[lang].web as { forbidden: { title: string } }).forbidden;
        expect(res.body, `${p} ${lang}`).toContain(forbidden.title);
      }
      expect(res.body).toContain('npm run web');
      expect(res.body).not.toMatch(/<script/i);
    }
  });
});

describe('browser mode server under failure', () => {
  it('refuses an oversized body with 413 and the envelope, by its declared length or as it streams', async () => {
    const small = await startWebServer({ services, rendererDir: path.join(dir, 'renderer'), maxBodyBytes: 1024 });
    try {
      const headers = { Host: `127.0.0.1:${small.port}`, 'Content-Type': 'application/json', 'X-Sentra': '1', Cookie: `sentra_token=${small.token}` };
      const body = JSON.stringify({ name: 'app.info', input: { pad: 'x'.repeat(4096) } });
      const declared = await request(small.port, { path: '/api/call', method: 'POST', headers, body });
      const streamed = await request(small.port, { path: '/api/call', method: 'POST', headers: { ...headers, 'Transfer-Encoding': 'chunked' }, body });
      for (const res of [declared, streamed]) {
        expect(res.status).toBe(413);
        expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'requestTooLarge', params: { limit: 1 } } });
      }
    } finally {
      await small.close();
    }
  });

  it('turns a throw inside the handler into a 500 envelope, never a crash or a plain-text page', async () => {
    const broken = { call: () => Promise.reject(new Error('boom')) } as unknown as Services;
    const failing = await startWebServer({ services: broken, rendererDir: path.join(dir, 'renderer') });
    try {
      const res = await request(failing.port, {
        path: '/api/call',
        method: 'POST',
        headers: { Host: `127.0.0.1:${failing.port}`, 'Content-Type': 'application/json', 'X-Sentra': '1', Cookie: `sentra_token=${failing.token}` },
        body: JSON.stringify({ name: 'app.info', input: {} }),
      });
      expect(res.status).toBe(500);
      expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'internal' } });
    } finally {
      await failing.close();
    }
  });
});
