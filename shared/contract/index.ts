import type { z } from 'zod';
import type { CallDef } from './defineCall';
import { appCalls } from './app';
import { clusterCalls } from './clusters';
import { planCalls } from './plan';
import { selectionCalls } from './selection';
import { stakeholderCalls } from './stakeholders';
import { swotCalls } from './swot';
import { workspaceCalls } from './workspace';

/**
 * Every API call of the app, by name. A feature adds its calls by spreading its own
 * map here; transports, the client and the handler table are all typed from this.
 */
export const api = {
  ...appCalls,
  ...workspaceCalls,
  ...clusterCalls,
  ...stakeholderCalls,
  ...selectionCalls,
  ...swotCalls,
  ...planCalls,
};

export type Api = typeof api;
export type CallName = keyof Api;
export type CallInput<K extends CallName> = z.input<Api[K]['input']>;
export type CallParsedInput<K extends CallName> = z.output<Api[K]['input']>;
export type CallResult<K extends CallName> = Api[K] extends CallDef<z.ZodType, infer R> ? R : never;

export { IPC_CHANNEL, IPC_COMMAND_CHANNEL } from './channels';

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

export type { ApiError, ApiResult, ChangeSet } from './defineCall';
export * from './app';
export * from './workspace';
export * from './clusters';
export * from './stakeholders';
export * from './selection';
export * from './swot';
export * from './plan';
