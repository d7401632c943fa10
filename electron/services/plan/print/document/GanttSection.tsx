import { monthAbbreviations } from '../../../../../shared/domain/plan/words/monthNames';
import type { GanttRow } from '../../../../../shared/domain/plan/views';
import type { PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** One row's month cells: shaded where it runs, with « or » where it was cut at the year's edge. */
function MonthCells({ row }: { row: GanttRow }) {
  return (
    <>
      {MONTHS.map((m) => {
        const on = row.from !== null && row.to !== null && m >= row.from && m <= row.to;
        const mark = on && m === row.from && row.before ? '«' : on && m === row.to && row.after ? '»' : '';
        return (
          <td key={m} className={on ? `bar ${row.level}` : 'month'}>
            {mark}
          </td>
        );
      })}
    </>
  );
}

/** The plan year by month: programs (dark bars over their activities) and activities (lighter bars). */
export function GanttSection({ model, section }: { model: PrintModel; section: PlanSection }) {
  const { t, lang } = useWords();
  const { year } = model.plan.header;
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <table className="grid dense gantt">
        <colgroup>
          <col style={{ width: '6.4%' }} />
          <col style={{ width: '38.4%' }} />
          <col span={12} style={{ width: '4.6%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('planPrint.gantt.columns.number')}</th>
            <th>{t('planPrint.gantt.columns.name')}</th>
            {monthAbbreviations[lang].map((m) => (
              <th key={m} className="month">
                {m}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.gantt.map((r) => (
            <tr key={`${r.programId}:${r.activityId ?? ''}`} className={r.level === 'program' ? 'program' : undefined}>
              <td>{r.number}</td>
              <td>
                <Txt>{r.name}</Txt>
                {r.before && r.from !== null && <div className="small">{t('planPrint.gantt.before', { year })}</div>}
                {r.after && r.from !== null && <div className="small">{t('planPrint.gantt.after', { year })}</div>}
                {r.from === null && r.start !== null && <div className="small">{t('planPrint.gantt.outside', { year })}</div>}
              </td>
              <MonthCells row={r} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t('planPrint.gantt.legend')}</p>
    </section>
  );
}
