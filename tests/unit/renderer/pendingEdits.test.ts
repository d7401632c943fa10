import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/contract';
import { api } from '../../../shared/contract';
import { call } from '../../../renderer/src/app/client';
import { registerPendingEdits } from '../../../renderer/src/app/pendingEdits';

/*
 * The renderer's client over a recording transport: what reaches the services, in order.
 * An edit still waiting in a form must land before any call that switches, closes, copies
 * or undoes the workspace, or it would be lost or written into the next workspace.
 */
const sent: string[] = [];
const bridge = {
  call: async (name: string): Promise<ApiResult<unknown>> => {
    sent.push(name);
    await new Promise((r) => setTimeout(r, 5));
    return { ok: true, value: null };
  },
  onCommand: () => () => undefined,
};

beforeEach(() => {
  sent.length = 0;
  (globalThis as { window?: unknown }).window = { sentra: bridge };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('pending edits before whole-workspace calls', () => {
  it('a pending field edit is committed before the workspace is closed', async () => {
    const unregister = registerPendingEdits({
      pending: () => true,
      invalid: () => false,
      flush: async () => {
        await new Promise((r) => setTimeout(r, 20)); // validation and the save take a while
        await call('program.update', { name: 'P', province: '', regency: '', facilitator: '', institution: '', periodStart: null, periodEnd: null });
      },
    });
    await call('workspace.close', {});
    unregister();
    expect(sent).toEqual(['program.update', 'workspace.close']);
  });

  it('ordinary calls do not wait for forms', async () => {
    let flushed = false;
    const unregister = registerPendingEdits({
      pending: () => true,
      invalid: () => false,
      flush: () => {
        flushed = true;
        return Promise.resolve();
      },
    });
    await call('clusters.list', {});
    unregister();
    expect(flushed).toBe(false);
    expect(sent).toEqual(['clusters.list']);
  });

  it('every call that opens, closes, copies, restores or undoes is marked as whole-workspace', () => {
    const whole = Object.entries(api)
      .filter(([, def]) => def.wholeWorkspace)
      .map(([name]) => name)
      .sort();
    expect(whole).toEqual(
      [
        'workspace.backupNow',
        'workspace.close',
        'workspace.create',
        'workspace.exportJson',
        'workspace.importJson',
        'workspace.open',
        'workspace.openDemo',
        'workspace.redo',
        'workspace.restoreBackup',
        'workspace.saveCopy',
        'workspace.undo',
      ].sort(),
    );
  });
});
