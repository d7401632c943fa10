import type { ReactNode } from 'react';

/** How a cell is edited: a text box, a number box, a date typed as YYYY-MM-DD, or a choice from a list. */
export interface CellEditorSpec {
  kind: 'text' | 'number' | 'date' | 'select';
  /** The value the editor opens with, as text ('' for nothing). */
  value: string;
  options?: { value: string; label: string }[];
  /** Long lists (the map's actors) can be searched by typing. */
  searchable?: boolean;
}

/** One column of a DataGrid: its header, how it sorts, shows and edits a row. */
export interface GridColumn<R> {
  key: string;
  /** Header text; `title` is the longer label a short header stands for. */
  label: string;
  title?: string;
  numeric?: boolean;
  /** Width in rem, so columns grow with presentation mode's type. */
  width?: number;
  sortValue: (row: R) => string | number | null;
  render: (row: R) => ReactNode;
  /** How the cell is edited in this row; absent or null when it is not editable there. */
  editor?: (row: R) => CellEditorSpec | null;
}

/** The result of committing an edit: nothing (it landed) or a catalog key saying why not. */
export type CommitResult = string | null;
