import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { api } from '../../shared/contract';
import { createServices } from '../../electron/services/createServices';

describe('the API contract', () => {
  it('every call has a zod input schema', () => {
    for (const [name, def] of Object.entries(api)) expect(def.input, name).toBeInstanceOf(z.ZodType);
  });

  it('the services implement exactly the calls the contract names', async () => {
    const dir = path.join(os.tmpdir(), `sentra-contract-${process.pid}`);
    const services = createServices({ appVersion: '0', host: 'browser', dataDir: dir, defaultDir: dir, resourcesDir: 'resources', log: () => undefined });
    expect(Object.keys(services.handlers).sort()).toEqual(Object.keys(api).sort());
    await services.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
