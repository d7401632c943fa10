import { ActionIcon, Group, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SwotItem, TowsStrategy } from '../../../../../shared/domain/swot/schemas';

export interface StrategyCardProps {
  strategy: TowsStrategy;
  /** "SO1": the kind and the strategy's place among its kind. */
  label: string;
  /** The items behind it, with the references a plan cites them by. */
  cited: { ref: string; item: SwotItem }[];
  first: boolean;
  last: boolean;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
}

/** One TOWS strategy: its text and the SWOT items it stands on ("S1 …", "O2 …"). */
export function StrategyCard({ strategy, label, cited, first, last, onEdit, onMove, onDelete }: StrategyCardProps) {
  const { t } = useTranslation();
  return (
    <li className="tows-strategy" data-testid={`tows-strategy-${label}`} data-strategy-id={strategy.id}>
      <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
        <Text className="wrap-anywhere" data-testid="tows-strategy-text">
          <strong>{label}</strong> {strategy.text}
        </Text>
        <Group gap={2} wrap="nowrap" className="editing-chrome">
          <ActionIcon variant="subtle" size="sm" disabled={first} onClick={() => onMove(-1)} aria-label={t('swotBoard.tows.up', { label })}>
            <IconArrowUp size={14} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" size="sm" disabled={last} onClick={() => onMove(1)} aria-label={t('swotBoard.tows.down', { label })}>
            <IconArrowDown size={14} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" size="sm" onClick={onEdit} aria-label={t('swotBoard.tows.edit', { label })} data-testid="tows-strategy-edit">
            <IconPencil size={14} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            size="sm"
            onClick={onDelete}
            aria-label={t('swotBoard.tows.delete', { label })}
            data-testid="tows-strategy-delete"
          >
            <IconTrash size={14} aria-hidden />
          </ActionIcon>
        </Group>
      </Group>
      {cited.length > 0 && (
        <ul className="tows-strategy__cited" aria-label={t('swotBoard.tows.cited')} data-testid="tows-strategy-cited">
          {cited.map(({ ref, item }) => (
            <li key={item.id} className="wrap-anywhere">
              <strong>{ref}</strong> {item.text}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
