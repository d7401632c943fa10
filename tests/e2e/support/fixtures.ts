import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { createServices, type Services } from '../../../electron/services/createServices';
import { startWebServer, type WebServer } from '../../../electron/server/webServer';

export interface SentraApp {
  url: string;
  dir: string;
  workspacesDir: string;
  services: Services;
  server: WebServer;
  /** Restarts the server on the same folders: what a facilitator sees after closing and reopening. */
  restart: () => Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../../..');

async function boot(dir: string): Promise<{ services: Services; server: WebServer }> {
  const services = createServices({
    appVersion: '0.1.0',
    host: 'browser',
    dataDir: path.join(dir, 'data'),
    defaultDir: path.join(dir, 'workspaces'),
    resourcesDir: path.join(root, 'resources'),
    log: () => undefined,
  });
  const server = await startWebServer({ services, rendererDir: process.env.SENTRA_RENDERER_DIR ?? path.join(root, 'out', 'renderer') });
  return { services, server };
}

/** A fresh browser-mode Sentra per test: its own data folder, workspaces folder and server. */
export const test = base.extend<{ sentra: SentraApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  sentra: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentra-e2e-'));
    let running = await boot(dir);
    const app: SentraApp = {
      get url() {
        return running.server.url;
      },
      dir,
      workspacesDir: path.join(dir, 'workspaces'),
      get services() {
        return running.services;
      },
      get server() {
        return running.server;
      },
      restart: async () => {
        await running.server.close();
        await running.services.shutdown();
        running = await boot(dir);
      },
    };
    await use(app);
    await running.server.close();
    await running.services.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

/** Saves a screenshot under test-results/screens/ for people to look at. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(root, 'test-results', 'screens', `${name}.png`), fullPage: false });
}
