import { Button, Group, Text, Title } from '@mantine/core';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconPlus } from '@tabler/icons-react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../../../../shared/domain/swot/codes';
import { quadrantTitle } from '../quadrantTitle';

export interface QuadrantColumnProps {
  quadrant: Quadrant;
  /** The ids of the items shown, in the order shown. */
  ids: string[];
  onAdd: () => void;
  children: ReactNode;
}

/**
 * One quadrant of the board: a place to drop items, and, focused, N adds an item to it. Its
 * list keeps the cards' order for dragging by pointer or keyboard.
 */
export function QuadrantColumn({ quadrant, ids, onAdd, children }: QuadrantColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: quadrant });
  const name = t(`swot.codes.quadrants.${quadrant}`);
  const headingId = `swot-quadrant-${quadrant}`;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey || e.key.toLowerCase() !== 'n') return;
    e.preventDefault();
    onAdd();
  };

  return (
    <section
      ref={setNodeRef}
      className={`swot-quadrant swot-quadrant--${quadrant}`}
      data-over={isOver || undefined}
      aria-labelledby={headingId}
      aria-keyshortcuts="N"
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid={`swot-quadrant-${quadrant}`}
    >
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {quadrantTitle(t, quadrant)}
        </Title>
        <Button
          variant="light"
          size="compact-sm"
          className="editing-chrome"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={onAdd}
          aria-label={t('swotBoard.quadrant.addTo', { name })}
          data-testid={`swot-add-${quadrant}`}
        >
          {t('swotBoard.quadrant.add')}
        </Button>
      </Group>
      <SortableContext id={quadrant} items={ids} strategy={verticalListSortingStrategy}>
        {ids.length === 0 ? (
          <Text size="sm" c="dimmed" className="swot-quadrant__empty">
            {t('swotBoard.quadrant.empty')}
          </Text>
        ) : (
          <ul className="swot-quadrant__list">{children}</ul>
        )}
      </SortableContext>
    </section>
  );
}
