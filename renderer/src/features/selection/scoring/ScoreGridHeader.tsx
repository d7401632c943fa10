import { Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DimensionSpan, GridColumn } from './gridModel';

/**
 * The grid's two header rows: dimensions over their criteria, then each criterion's name and
 * maximum; a criterion's description shows as a tooltip (and above the grid for the active cell,
 * where the keyboard reaches it).
 */
export function ScoreGridHeader({ dimensions, columns }: { dimensions: readonly DimensionSpan[]; columns: readonly GridColumn[] }) {
  const { t } = useTranslation();
  return (
    <thead className="score-grid__head">
      <tr aria-rowindex={1}>
        <th scope="col" rowSpan={2} aria-colindex={1} className="score-grid__corner">
          {t('selectionScoring.grid.cluster')}
        </th>
        {dimensions.map((d, i) => (
          <th
            key={d.id}
            scope="colgroup"
            colSpan={d.span}
            aria-colindex={2 + dimensions.slice(0, i).reduce((n, x) => n + x.span, 0)}
            className="score-grid__dimension"
          >
            {t('selectionScoring.grid.dimension', { name: d.name, total: d.total })}
          </th>
        ))}
      </tr>
      <tr aria-rowindex={2}>
        {columns.map((c, col) => (
          <th
            key={c.id}
            scope="col"
            aria-colindex={col + 2}
            className={c.firstOfDimension ? 'score-grid__criterion score-grid__cell--first' : 'score-grid__criterion'}
            data-testid={`score-column-${c.id}`}
          >
            <Tooltip label={c.description} disabled={!c.description} multiline w={300} withinPortal openDelay={300}>
              <span className="score-grid__criterion-name">{c.name}</span>
            </Tooltip>
            <span className="score-grid__max">{t('selectionScoring.grid.max', { max: c.max })}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}
