import type { EditLabel } from '../workspace/EditHistory';

/** An undo label `selection.history.<key>` with its values as text. */
export const historyLabel = (key: string, params: Record<string, string | number> = {}): EditLabel => ({
  key: `selection.history.${key}`,
  params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
});
