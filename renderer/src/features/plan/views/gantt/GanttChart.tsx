import type { GanttRow } from '../../../../../../shared/domain/plan/views';
import type { PlanFormat } from '../usePlanFormat';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The Gantt drawn in CSS grid, sized in rem so it grows on a projector. Hidden from screen readers
 * (the table beside it says the same), and nothing in it takes focus.
 */
export function GanttChart({ rows, fmt, today }: { rows: GanttRow[]; fmt: PlanFormat; today: number | null }) {
  return (
    <div className="plan-gantt" aria-hidden data-testid="plan-gantt-chart">
      <div className="plan-gantt__row plan-gantt__row--head">
        <div className="plan-gantt__name" />
        <div className="plan-gantt__track">
          {MONTHS.map((m) => (
            <div key={m} className="plan-gantt__month" style={{ gridColumn: m }} data-today={m === today || undefined}>
              {fmt.month(m)}
            </div>
          ))}
        </div>
      </div>
      {rows.map((r) => (
        <div
          key={`${r.programId}-${r.activityId ?? ''}`}
          className={`plan-gantt__row plan-gantt__row--${r.level}`}
          data-testid={`plan-gantt-row-${r.number}`}
          data-from={r.from ?? ''}
          data-to={r.to ?? ''}
        >
          <div className="plan-gantt__name wrap-anywhere">
            <span className="plan-gantt__number">{r.number}</span> {r.name}
          </div>
          <div className="plan-gantt__track">
            {MONTHS.map((m) => (
              <div key={m} className="plan-gantt__cell" style={{ gridColumn: m }} data-today={m === today || undefined} />
            ))}
            {r.from !== null && r.to !== null && (
              <div
                className="plan-gantt__bar"
                style={{ gridColumn: `${r.from} / ${r.to + 1}` }}
                data-before={r.before || undefined}
                data-after={r.after || undefined}
              >
                {r.before && <span className="plan-gantt__arrow">◀</span>}
                <span className="plan-gantt__fill" />
                {r.after && <span className="plan-gantt__arrow">▶</span>}
              </div>
            )}
            {r.from === null && r.start && (
              <div className="plan-gantt__outside" style={{ gridColumn: '1 / 13' }}>
                {fmt.span(r.start, r.end)}
              </div>
            )}
          </div>
        </div>
      ))}
    </div>
  );
}
