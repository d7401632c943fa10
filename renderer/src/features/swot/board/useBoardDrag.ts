import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../../../../shared/domain/swot/codes';
import type { SwotBoard } from '../../../../../shared/domain/swot/schemas';
import { columnOf, columnsOf, placeItem, type Columns } from '../boardModel';
import { quietly, type SwotEdit } from '../useSwotBoard';

/**
 * Dragging items within and between quadrants, by pointer and by keyboard. While an item is on
 * its way the board shows where it would land; dropped, it is moved by one `swot.items.move`
 * call, and a refused move (a strategy's link that no longer fits) snaps the card back.
 */
export function useBoardDrag(board: SwotBoard, edit: SwotEdit) {
  const { t } = useTranslation();
  const [dragColumns, setDragColumns] = useState<Columns | null>(null);
  const columns = useMemo(() => dragColumns ?? columnsOf(board), [dragColumns, board]);
  const columnsRef = useRef(columns);
  useEffect(() => {
    columnsRef.current = columns;
  }, [columns]);
  // The card to focus once the board is drawn again (a moved card is a new element in another list).
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    if (!focusId.current) return;
    const el = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(focusId.current)}"]`);
    if (!el) return;
    el.focus();
    focusId.current = null;
  }, [columns]);
  const setFocusId = useCallback((id: string) => {
    focusId.current = id;
  }, []);

  /** Moves an item as one step; the board shows it in place at once and snaps back if refused. */
  const moveItem = useCallback(
    (id: string, quadrant: Quadrant, position: number, focus = false) => {
      const item = board.items.find((i) => i.id === id);
      const current = columnsOf(board);
      if (!item || (item.quadrant === quadrant && current[quadrant].indexOf(id) === position)) {
        setDragColumns(null);
        return;
      }
      setDragColumns(placeItem(current, id, quadrant, position));
      if (focus) focusId.current = id;
      quietly(edit('swot.items.move', { id, quadrant, position }).finally(() => setDragColumns(null)));
    },
    [board, edit],
  );

  const sensors = useSensors(
    // A few pixels before a drag starts, so clicks on the card's buttons stay clicks.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // Space picks up and drops; Enter stays the card's "edit".
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const onDragStart = () => setDragColumns(columnsOf(board));

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    setDragColumns((cur) => {
      if (!cur) return cur;
      const from = columnOf(cur, String(active.id));
      const to = columnOf(cur, String(over.id));
      if (!from || !to || from === to) return cur;
      const index = over.id === to ? cur[to].length : cur[to].indexOf(String(over.id));
      return placeItem(cur, String(active.id), to, index);
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const id = String(active.id);
    const cur = columnsRef.current;
    const to = over ? columnOf(cur, String(over.id)) : undefined;
    const from = columnOf(cur, id);
    if (!to || !from) {
      setDragColumns(null);
      return;
    }
    // Across quadrants the item already stands where it was dragged over; within one, it takes the place of the item under it.
    const position = from === to && over!.id !== to ? cur[to].indexOf(String(over!.id)) : cur[from].indexOf(id);
    moveItem(id, from, position);
  };

  const announcements = useMemo<Announcements>(() => {
    const textOf = (id: UniqueIdentifier) => board.items.find((i) => i.id === id)?.text ?? '';
    const place = (id: UniqueIdentifier) => {
      const cur = columnsRef.current;
      const q = columnOf(cur, String(id))!;
      return { text: textOf(id), quadrant: t(`swot.codes.quadrants.${q}`), position: cur[q].indexOf(String(id)) + 1, of: cur[q].length };
    };
    return {
      onDragStart: ({ active }) => t('swotBoard.drag.picked', place(active.id)),
      onDragOver: ({ active, over }) => (over ? t('swotBoard.drag.over', place(active.id)) : t('swotBoard.drag.outside', { text: textOf(active.id) })),
      onDragEnd: ({ active, over }) => (over ? t('swotBoard.drag.dropped', place(active.id)) : t('swotBoard.drag.cancelled', { text: textOf(active.id) })),
      onDragCancel: ({ active }) => t('swotBoard.drag.cancelled', { text: textOf(active.id) }),
    };
  }, [board, t]);

  const dndProps = {
    sensors,
    onDragStart,
    onDragOver,
    onDragEnd,
    onDragCancel: () => setDragColumns(null),
    accessibility: { announcements, screenReaderInstructions: { draggable: t('swotBoard.drag.instructions') } },
  };
  return { columns, dndProps, moveItem, setFocusId };
}
