import { ActionIcon, Badge, Button, Group, Menu, Text, VisuallyHidden } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconDots, IconGripVertical, IconMinus, IconPlus } from '@tabler/icons-react';
import { useState, type KeyboardEvent, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrants, type Quadrant } from '../../../../../shared/domain/swot/codes';
import type { SwotItem } from '../../../../../shared/domain/swot/schemas';
import type { MoveKey } from '../boardModel';

/** The participant voting at the card: their name and the dots they gave this item. */
export interface CardVoter {
  name: string;
  dots: number;
}

export interface ItemCardProps {
  item: SwotItem;
  /** "S1", "O2": how strategies and the plan cite the item. */
  itemRef: string;
  /** Off in the "by dots" view, where the order shown is not the board's. */
  draggable: boolean;
  voter: CardVoter | null;
  onEdit: () => void;
  onDelete: () => void;
  onMove: (key: MoveKey) => void;
  onMoveTo: (quadrant: Quadrant) => void;
  /** A dot given (+1) or taken back (−1) by the voter. */
  onVote: (step: 1 | -1) => void;
}

const moveKeys: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

/**
 * One SWOT item on the board: its text, determinant, evidence on demand and dots. Focused, it
 * answers the keyboard: Enter edits, Delete deletes, Alt+arrows move it, + and − give or take
 * back a dot; Space on its handle picks it up to drag with the arrows.
 */
export function ItemCard({ item, itemRef, draggable, voter, onEdit, onDelete, onMove, onMoveTo, onVote }: ItemCardProps) {
  const { t } = useTranslation();
  const [showEvidence, setShowEvidence] = useState(false);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: !draggable,
    attributes: { roleDescription: t('swotBoard.drag.roleDescription') },
  });
  const label = t('swotBoard.card.label', { ref: itemRef, text: item.text });

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    // Keys typed in the card's own buttons and menus are theirs.
    if (e.target !== e.currentTarget) return;
    if (e.altKey && moveKeys.includes(e.key)) onMove(e.key as MoveKey);
    else if (e.key === 'Enter') onEdit();
    else if (e.key === 'Delete' || e.key === 'Backspace') onDelete();
    else if (voter && (e.key === '+' || e.key === '=')) onVote(1);
    else if (voter && e.key === '-') onVote(-1);
    else return;
    e.preventDefault();
  };

  return (
    <li
      ref={setNodeRef}
      className="swot-card"
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      tabIndex={0}
      aria-label={label}
      onKeyDown={onKeyDown}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      data-testid={`swot-item-${itemRef}`}
      data-item-id={item.id}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        {draggable && (
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="sm"
            className="swot-card__handle"
            {...attributes}
            onKeyDown={listeners?.onKeyDown as KeyboardEventHandler | undefined}
            aria-label={t('swotBoard.drag.handle', { ref: itemRef })}
            data-testid="swot-item-handle"
          >
            <IconGripVertical size={16} aria-hidden />
          </ActionIcon>
        )}
        <Text component="span" fw={700} className="swot-card__ref">
          {itemRef}
        </Text>
        <Text component="span" className="swot-card__text wrap-anywhere" data-testid="swot-item-text">
          {item.text}
        </Text>
        <Badge variant="filled" color="dark" className="swot-card__dots" data-testid="swot-item-dots" data-dots={item.dots}>
          <span aria-hidden>{item.dots}</span>
          <VisuallyHidden>{t('swotBoard.card.dots', { dots: item.dots })}</VisuallyHidden>
        </Badge>
      </Group>
      <Group gap={6} mt={6} justify="space-between" wrap="nowrap">
        <Group gap={6}>
          {item.determinant && (
            <Badge variant="light" color="indigo" tt="none">
              {t(`selection.codes.determinants.${item.determinant}`)}
            </Badge>
          )}
          {item.evidence && (
            <Button
              variant="subtle"
              size="compact-xs"
              aria-expanded={showEvidence}
              onClick={() => setShowEvidence((v) => !v)}
              data-testid="swot-item-evidence-toggle"
            >
              {t(showEvidence ? 'swotBoard.card.hideEvidence' : 'swotBoard.card.showEvidence')}
            </Button>
          )}
        </Group>
        <Group gap={4} wrap="nowrap" className="editing-chrome">
          {voter && (
            <Group gap={2} wrap="nowrap" data-testid="swot-item-vote">
              <ActionIcon
                variant="default"
                size="sm"
                disabled={voter.dots === 0}
                onClick={() => onVote(-1)}
                aria-label={t('swotBoard.vote.less', { name: voter.name, ref: itemRef })}
                data-testid="swot-vote-less"
              >
                <IconMinus size={14} aria-hidden />
              </ActionIcon>
              <Text component="span" size="sm" miw="1.5em" ta="center" data-testid="swot-vote-given">
                <span aria-hidden>{voter.dots}</span>
                <VisuallyHidden>{t('swotBoard.vote.given', { name: voter.name, dots: voter.dots })}</VisuallyHidden>
              </Text>
              <ActionIcon
                variant="default"
                size="sm"
                onClick={() => onVote(1)}
                aria-label={t('swotBoard.vote.more', { name: voter.name, ref: itemRef })}
                data-testid="swot-vote-more"
              >
                <IconPlus size={14} aria-hidden />
              </ActionIcon>
            </Group>
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('swotBoard.card.actions', { ref: itemRef })} data-testid="swot-item-menu">
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={onEdit} data-testid="swot-item-edit">
                {t('swotBoard.card.edit')}
              </Menu.Item>
              <Menu.Label>{t('swotBoard.card.moveTo')}</Menu.Label>
              {quadrants
                .filter((q) => q !== item.quadrant)
                .map((q) => (
                  <Menu.Item key={q} onClick={() => onMoveTo(q)} data-testid={`swot-item-move-${q}`}>
                    {t(`swot.codes.quadrants.${q}`)}
                  </Menu.Item>
                ))}
              <Menu.Divider />
              <Menu.Item color="red" onClick={onDelete} data-testid="swot-item-delete">
                {t('swotBoard.card.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {showEvidence && (
        <Text size="sm" mt={6} className="swot-card__evidence wrap-anywhere" data-testid="swot-item-evidence">
          {item.evidence}
        </Text>
      )}
    </li>
  );
}
