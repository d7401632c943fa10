import type { ApiResult } from '../../shared/contract';
import { isCallName, api } from '../../shared/contract';
import { AppError } from '../../shared/contract/errors';
import { issueDetail, parseForIssues } from '../../shared/contract/issueDetail';
import { ChangeCollector, collectChanges } from './changeLog';
import type { CallContext, Handlers, Logger } from './types';

/**
 * The single entry for every call from either transport: name known, input valid against
 * its schema, handler run, outcome wrapped with the rows it changed. Nothing a caller
 * sends can throw past here.
 */
export async function dispatch(handlers: Handlers, log: Logger, name: unknown, rawInput: unknown, ctx: CallContext): Promise<ApiResult<unknown>> {
  if (!isCallName(name)) {
    log('warn', 'rejected call: unknown name', { name: String(name).slice(0, 80) });
    return { ok: false, error: { code: 'unknownCall' } };
  }
  const parsed = api[name].input.safeParse(rawInput ?? {}, parseForIssues);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // The log names what failed, never the user's text itself.
    const issues = parsed.error.issues.slice(0, 5).map(({ input: _input, ...rest }) => rest);
    log('warn', `rejected call ${name}: input fails its schema`, issues);
    return { ok: false, error: { code: 'invalidInput', params: { field: issue.path.map(String).join('.'), ...issueDetail(issue) } } };
  }
  try {
    const handler = handlers[name] as (input: unknown, ctx: CallContext) => unknown;
    const changes = new ChangeCollector();
    const value = await collectChanges(changes, () => handler(parsed.data, ctx));
    return changes.empty ? { ok: true, value } : { ok: true, value, changed: changes.toChangeSet() };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toApiError() };
    log('error', `call ${name} failed`, e instanceof Error ? { message: e.message, stack: e.stack } : e);
    return { ok: false, error: { code: 'internal' } };
  }
}
