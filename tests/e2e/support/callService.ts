import type { Page } from '@playwright/test';
import type { CallInput, CallName, CallResult } from '../../../shared/contract';

/**
 * Calls a service as the page's own client (same workspace, same undo history): for the setup a
 * journey does not type, and for reading back what the screens stored.
 */
export async function callService<K extends CallName>(page: Page, name: K, input: CallInput<K>): Promise<CallResult<K>> {
  const result = await page.evaluate(
    async ({ name, input }) => {
      const res = await fetch('/api/call', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Sentra': '1' },
        body: JSON.stringify({ name, input }),
        credentials: 'same-origin',
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: unknown };
    },
    { name, input },
  );
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
  return result.value as CallResult<K>;
}
