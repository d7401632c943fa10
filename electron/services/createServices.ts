import fs from 'node:fs';
import path from 'node:path';
import { api, type ApiResult, type CallInput, type CallName, type CallResult } from '../../shared/contract';
import { AppError } from '../../shared/contract/errors';
import { SettingsStore } from './app/SettingsStore';
import { dispatch } from './dispatch';
import type { FeatureDeps, InterchangeSection, ServiceFeature } from './feature';
import { features as appFeatures } from './features';
import { schemaOf } from '../db/schema';
import type { CallContext, Handlers, ServiceEnv } from './types';
import { WorkspaceRegistry } from './workspace/WorkspaceRegistry';

export interface Services {
  handlers: Handlers;
  registry: WorkspaceRegistry;
  settings: SettingsStore;
  features: readonly ServiceFeature[];
  call: (name: unknown, input: unknown, ctx: CallContext) => Promise<ApiResult<unknown>>;
  shutdown: () => Promise<void>;
}

export interface ServiceOptions {
  /** The Electron main process supplies the calls that need a window (pickers, full screen). */
  overrides?: Partial<Handlers>;
  /** Which features to serve; the app's own list unless a test brings one of its own. */
  features?: readonly ServiceFeature[];
}

/** Builds every feature's handlers, tables and interchange sections over one environment. */
export function createServices(env: ServiceEnv, options: ServiceOptions = {}): Services {
  const features = options.features ?? appFeatures;
  fs.mkdirSync(env.dataDir, { recursive: true });
  const schema = schemaOf(features.flatMap((f) => f.migrations ?? []));
  const settings = new SettingsStore(env.dataDir);
  const registry = new WorkspaceRegistry(path.join(env.dataDir, 'backups'), schema, env.log);
  const sections = features.flatMap((f): InterchangeSection[] => (f.interchange ? [f.interchange] : []));
  const deps: FeatureDeps = { env, settings, registry, schema, sections, importOffThread: options.features === undefined };
  const handlers = Object.assign({}, ...features.map((f) => f.handlers(deps)), options.overrides) as Handlers;
  const missing = Object.keys(api).filter((name) => !(name in handlers));
  if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`);
  return {
    handlers,
    registry,
    settings,
    features,
    call: (name, input, ctx) => dispatch(handlers, env.log, name, input, ctx),
    shutdown: () => registry.closeAll(),
  };
}

/**
 * Calls a service by name with full typing (CLI, tests, bench), through the same
 * validation as the transports; a refusal is thrown as the AppError it would have sent.
 */
export async function invoke<K extends CallName>(
  services: Services,
  name: K,
  input: CallInput<K>,
  ctx: CallContext = { clientId: 'local' },
): Promise<CallResult<K>> {
  const result = await services.call(name, input, ctx);
  if (!result.ok) throw new AppError(result.error.code as never, result.error.params ?? {});
  return result.value as CallResult<K>;
}
