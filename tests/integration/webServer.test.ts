import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services/createServices';
import { startWebServer, type WebServer } from '../../electron/server/webServer';

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
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'badJson' } });
    expect((JSON.parse((await api({ name: 'app.info', input: {} })).body) as { ok: boolean }).ok).toBe(true);
  });

  it('never serves files outside the renderer folder', async () => {
    const res = await request(server.port, { path: '/../../../../etc/passwd', headers: { ...host(), Cookie: cookie } });
    expect(res.body).not.toContain('root:');
    const encoded = await request(server.port, { path: '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', headers: { ...host(), Cookie: cookie } });
    expect(encoded.body).not.toContain('root:');
  });
});
