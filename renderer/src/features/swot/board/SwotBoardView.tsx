import { DndContext, closestCorners } from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrants, type Quadrant } from '../../../../../shared/domain/swot/codes';
import type { SwotBoard, SwotItem, SwotItemFields } from '../../../../../shared/domain/swot/schemas';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { columnReferences, dotsOn, keyboardMove, rankedByDots } from '../boardModel';
import { quietly, type SwotEdit } from '../useSwotBoard';
import { ItemCard } from './ItemCard';
import { ItemDialog } from './ItemDialog';
import { QuadrantColumn } from './QuadrantColumn';
import { useBoardDrag } from './useBoardDrag';
import { useDotSteps } from './useDotSteps';

export interface SwotBoardViewProps {
  board: SwotBoard;
  edit: SwotEdit;
  /** The participant whose dots the cards' + and − give, if any. */
  votingAs: string | null;
  /** Items shown most dots first (no dragging then: the order shown is not the board's). */
  byDots: boolean;
}

type Editing = { kind: 'new'; quadrant: Quadrant } | { kind: 'edit'; item: SwotItem } | null;

/** The four quadrants of a cluster's SWOT, to fill, arrange and vote on. */
export function SwotBoardView({ board, edit, votingAs, byDots }: SwotBoardViewProps) {
  const { t } = useTranslation();
  const { columns, dndProps, moveItem, setFocusId } = useBoardDrag(board, edit);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<SwotItem | null>(null);
  // Named by the order shown: a card just moved (its move still on the way) answers to its new name.
  const refs = useMemo(() => columnReferences(columns), [columns]);
  const byId = useMemo(() => new Map(board.items.map((i) => [i.id, i])), [board]);
  const voter = board.voters.find((v) => v.id === votingAs) ?? null;
  const stepDots = useDotSteps(edit);

  const idsOf = (q: Quadrant) => (byDots ? rankedByDots(columns[q].map((id) => byId.get(id)!)).map((i) => i.id) : columns[q]);

  const save = async (fields: SwotItemFields) => {
    if (editing?.kind === 'edit') await edit('swot.items.update', { id: editing.item.id, fields });
    else await edit('swot.items.create', { clusterId: board.clusterId, fields });
  };

  const remove = (item: SwotItem) => {
    // Focus goes to a neighbour, so the keyboard stays on the board.
    const list = columns[item.quadrant];
    const i = list.indexOf(item.id);
    const next = list[i + 1] ?? list[i - 1];
    if (next) setFocusId(next);
    quietly(edit('swot.items.delete', { id: item.id }));
  };

  return (
    <DndContext collisionDetection={closestCorners} {...dndProps}>
      <div className="swot-grid" data-testid="swot-board">
        {quadrants.map((q) => {
          const ids = idsOf(q);
          return (
            <QuadrantColumn key={q} quadrant={q} ids={ids} onAdd={() => setEditing({ kind: 'new', quadrant: q })}>
              {ids.map((id) => {
                const item = byId.get(id)!;
                return (
                  <ItemCard
                    key={id}
                    item={item}
                    itemRef={refs.get(id) ?? ''}
                    draggable={!byDots}
                    voter={voter ? { name: voter.name, dots: dotsOn(item, voter.id) } : null}
                    onEdit={() => setEditing({ kind: 'edit', item })}
                    onDelete={() => setDeleting(item)}
                    onMove={(key) => {
                      const to = keyboardMove(columns, id, key);
                      if (to) moveItem(id, to.quadrant, to.position, true);
                    }}
                    onMoveTo={(quadrant) => moveItem(id, quadrant, columns[quadrant].length, true)}
                    onVote={(step) => voter && stepDots(id, voter.id, dotsOn(item, voter.id), step)}
                  />
                );
              })}
            </QuadrantColumn>
          );
        })}
      </div>
      {editing && (
        <ItemDialog
          key={editing.kind === 'edit' ? editing.item.id : editing.quadrant}
          isNew={editing.kind === 'new'}
          initial={
            editing.kind === 'edit'
              ? { quadrant: editing.item.quadrant, text: editing.item.text, determinant: editing.item.determinant, evidence: editing.item.evidence }
              : { quadrant: editing.quadrant, text: '', determinant: null, evidence: '' }
          }
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('swotBoard.deleteItem.title')}
          message={t('swotBoard.deleteItem.message', { ref: refs.get(deleting.id) ?? '', text: deleting.text })}
          confirmLabel={t('swotBoard.deleteItem.confirm')}
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
          confirmTestId="swot-item-delete-confirm"
          focus="confirm"
        />
      )}
    </DndContext>
  );
}
