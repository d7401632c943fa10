/** What is selected on the map: actors and ties by id (ids outlive a reload of the map). */
export interface Selection {
  actors: ReadonlySet<string>;
  ties: ReadonlySet<string>;
}

export const emptySelection: Selection = { actors: new Set(), ties: new Set() };

/** The selection after a click: alone, or toggled into the selection with Shift (or Ctrl). */
export function clickSelect(current: Selection, kind: 'actors' | 'ties', id: string, add: boolean): Selection {
  if (!add) return kind === 'actors' ? { actors: new Set([id]), ties: new Set() } : { actors: new Set(), ties: new Set([id]) };
  const next = new Set(current[kind]);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return { ...current, [kind]: next };
}

export const selectionSize = (s: Selection) => s.actors.size + s.ties.size;
