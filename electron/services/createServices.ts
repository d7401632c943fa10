import fs from 'node:fs';
import path from 'node:path';
import type { ApiResult, CallName } from '../../shared/contract';
import { appHandlers } from './app/appHandlers';
import { SettingsStore } from './app/SettingsStore';
import { clusterHandlers } from './clusters/clusterHandlers';
import { dispatch } from './dispatch';
import type { CallContext, Handlers, ServiceEnv } from './types';
import { WorkspaceRegistry } from './workspace/WorkspaceRegistry';
import { workspaceHandlers } from './workspace/workspaceHandlers';

export interface Services {
  handlers: Handlers;
  registry: WorkspaceRegistry;
  settings: SettingsStore;
  call: (name: unknown, input: unknown, ctx: CallContext) => Promise<ApiResult<unknown>>;
  shutdown: () => Promise<void>;
}

/**
 * Builds every feature's handlers over one environment. A new feature adds its handler
 * map here; `overrides` lets the Electron main process supply the window-bound calls.
 */
export function createServices(env: ServiceEnv, overrides: Partial<Handlers> = {}): Services {
  fs.mkdirSync(env.dataDir, { recursive: true });
  const settings = new SettingsStore(env.dataDir);
  const registry = new WorkspaceRegistry(path.join(env.dataDir, 'backups'), env.log);
  const handlers: Handlers = {
    ...appHandlers(env, settings),
    ...workspaceHandlers(env, settings, registry),
    ...clusterHandlers(registry),
    ...overrides,
  };
  return {
    handlers,
    registry,
    settings,
    call: (name, input, ctx) => dispatch(handlers, env.log, name, input, ctx),
    shutdown: () => registry.closeAll(),
  };
}

/** Calls a handler directly with full typing (CLI, tests, bench), throwing AppErrors as they are. */
export async function invoke<K extends CallName>(
  services: Services,
  name: K,
  input: Parameters<Handlers[K]>[0],
  ctx: CallContext = { clientId: 'local' },
): Promise<Awaited<ReturnType<Handlers[K]>>> {
  const handler = services.handlers[name] as (i: unknown, c: CallContext) => unknown;
  return (await handler(input, ctx)) as Awaited<ReturnType<Handlers[K]>>;
}
