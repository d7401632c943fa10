import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GridPosition } from './gridKeys';
import { cellKey, type GridModel } from './gridModel';
import { useScoreFormat } from './useScoreFormat';

/**
 * The active cell in words above the grid: cluster, dimension, criterion, its range and
 * description. The header's tooltip needs a mouse; this line is where the keyboard (and a
 * projector's audience) reads what is being scored.
 */
export function ActiveCellLine({ model, at, values }: { model: GridModel; at: GridPosition; values: ReadonlyMap<string, number> }) {
  const { t } = useTranslation();
  const fmt = useScoreFormat();
  const candidate = model.candidates[at.row];
  const column = model.columns[at.col];
  if (!candidate || !column) return null;
  const value = values.get(cellKey(candidate.clusterId, column.id));
  return (
    <div className="score-cell-line" data-testid="scoring-active-cell">
      <Text fw={600} size="sm">
        {t('selectionScoring.active.where', {
          cluster: candidate.clusterName,
          dimension: column.dimensionName,
          criterion: column.name,
          max: column.max,
          value: value === undefined ? t('selectionScoring.grid.noScore') : fmt.plain(value),
        })}
      </Text>
      {column.description && (
        <Text size="sm" className="wrap-anywhere">
          {column.description}
        </Text>
      )}
    </div>
  );
}
