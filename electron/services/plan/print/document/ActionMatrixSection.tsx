import { Fragment } from 'react';
import type { ActionMatrixRow } from '../../../../../shared/domain/plan/views';
import type { PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { ActorName } from './ActorName';
import { Months } from './Months';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/**
 * The Matriks Rencana Aksi in the layout regional work plans use: program rows (bold) and their
 * activities (kegiatan), indicator and target, location, pagu indikatif, funding source(s) with
 * their amounts (a line each, the amount in the pagu column), the responsible agency and the months. Small type keeps nine columns legible in portrait.
 */
export function ActionMatrixSection({ model, section }: { model: PrintModel; section: PlanSection }) {
  const { t, rupiah, rowAmount } = useWords();
  // An activity's location and agency are its program's: printed once on the program row, and
  // on an activity row only where they differ, so a Dinas reads the matrix without repetition.
  const programRows = new Map(model.rows.actionMatrix.filter((r) => r.level === 'program').map((r) => [r.programId, r]));
  const same = (r: ActionMatrixRow, field: (row: ActionMatrixRow) => string) => {
    const program = programRows.get(r.programId);
    return r.level === 'activity' && program !== undefined && field(program) === field(r);
  };
  const leadKey = (row: ActionMatrixRow) => (row.lead === null ? '' : `${row.lead.actorId ?? ''}:${row.lead.name}`);
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <table className="grid dense matrix-wide">
        <colgroup>
          {/* Widths from Noto Sans at 8 pt: the budget fits "Rp 174.900.000" unbroken, the others their longest ordinary word. */}
          <col style={{ width: '5.4%' }} />
          <col style={{ width: '14.2%' }} />
          <col style={{ width: '11.7%' }} />
          <col style={{ width: '10%' }} />
          <col style={{ width: '11.7%' }} />
          <col style={{ width: '14.6%' }} />
          <col style={{ width: '12.1%' }} />
          <col style={{ width: '12.2%' }} />
          <col style={{ width: '8.1%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('planPrint.actionMatrix.columns.number')}</th>
            <th>{t('planPrint.actionMatrix.columns.name')}</th>
            <th>{t('planPrint.actionMatrix.columns.indicator')}</th>
            <th>{t('planPrint.actionMatrix.columns.target')}</th>
            <th>{t('planPrint.actionMatrix.columns.location')}</th>
            <th className="num">{t('planPrint.actionMatrix.columns.budget')}</th>
            <th>{t('planPrint.actionMatrix.columns.source')}</th>
            <th>{t('planPrint.actionMatrix.columns.lead')}</th>
            <th>{t('planPrint.actionMatrix.columns.time')}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.actionMatrix.map((r) => {
            const level = r.level === 'program' ? 'program' : '';
            const source = (id: string) => <Txt>{model.fundingNames[id] ?? id}</Txt>;
            // Several funding sources: the total on the row's first line, then one line per source
            // with its amount under the total, so each amount sits beside its source's name.
            const parts = r.sources.length > 1 ? r.sources : [];
            const span = parts.length > 0 ? parts.length + 1 : undefined;
            const split = parts.length > 0 ? 'part-bottom' : undefined;
            return (
              <Fragment key={`${r.programId}:${r.activityId ?? ''}`}>
                <tr className={level || undefined}>
                  <td rowSpan={span}>{r.number}</td>
                  <td rowSpan={span}>
                    <Txt>{r.name}</Txt>
                  </td>
                  <td rowSpan={span}>
                    {r.indicators.map((ind, i) => (
                      <div key={i}>
                        <Txt>{ind.name}</Txt>
                      </div>
                    ))}
                  </td>
                  <td rowSpan={span}>
                    {r.indicators.map((ind, i) => (
                      <div key={i}>
                        <Txt>{ind.target}</Txt>
                      </div>
                    ))}
                  </td>
                  <td rowSpan={span}>{!same(r, (row) => row.location) && <Txt>{r.location}</Txt>}</td>
                  <td className={split ? `num ${split}` : 'num'}>{rowAmount(r.budget)}</td>
                  <td className={split}>{parts.length === 0 && r.sources[0] !== undefined && source(r.sources[0].sourceId)}</td>
                  <td rowSpan={span}>{r.lead !== null && !same(r, leadKey) && <ActorName actor={r.lead} />}</td>
                  <td rowSpan={span}>{r.start !== null && r.end !== null && <Months start={r.start} end={r.end} />}</td>
                </tr>
                {parts.map((s, i) => {
                  const edges = i < parts.length - 1 ? 'part-top part-bottom' : 'part-top';
                  return (
                    <tr key={s.sourceId} className={`${level} part`.trim()}>
                      <td className={`num small ${edges}`}>{rupiah(s.amount)}</td>
                      <td className={edges}>{source(s.sourceId)}</td>
                    </tr>
                  );
                })}
              </Fragment>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="total">
            {/* The total may reach left into the location column, so a plan in the billions stays on one line. */}
            <td colSpan={4}>{t('planPrint.budget.total')}</td>
            <td colSpan={2} className="num">
              {rupiah(model.rows.budget.total)}
            </td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
