import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CallInput, CallName, CallResult } from '../../../shared/contract';
import { projectRoot, readAppVersion } from '../../../electron/services/app/projectRoot';
import { createServices } from '../../../electron/services/createServices';

/** The app's services over a fresh temporary folder, and a way to call them as a transport does. */
export interface BenchServices {
  /** The temporary folder: data and workspaces go below it. */
  base: string;
  services: ReturnType<typeof createServices>;
  /** One call through dispatch (`services.call`: zod, handler, commit); a refusal throws, naming the call. */
  call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallResult<K>>;
  /** Shuts the services down and removes the folder. */
  dispose: () => Promise<void>;
}

/**
 * Services for a bench, as the browser host runs them, in a new folder of the system's temporary
 * folder named from `prefix`; calls are made as the client `clientId`.
 */
export function benchServices(prefix: string, clientId: string, o: { appVersion?: string; defaultDir?: (base: string) => string } = {}): BenchServices {
  const root = projectRoot();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const services = createServices({
    appVersion: o.appVersion ?? readAppVersion(root),
    host: 'browser',
    dataDir: path.join(base, 'data'),
    defaultDir: o.defaultDir ? o.defaultDir(base) : base,
    resourcesDir: path.join(root, 'resources'),
    log: () => undefined,
  });
  const client = { clientId };
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallResult<K>> => {
    const r = await services.call(name, input, client);
    if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
    return r.value as CallResult<K>;
  };
  const dispose = async () => {
    await services.shutdown();
    fs.rmSync(base, { recursive: true, force: true });
  };
  return { base, services, call, dispose };
}
