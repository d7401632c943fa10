import type { PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { ActorName } from './ActorName';
import { Months } from './Months';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** JICA Table 5.1: per program its objective, WHY (the need and what it cites), WHO, WHAT with months, and budget. */
export function ProgramTable({ model, section }: { model: PrintModel; section: PlanSection }) {
  const { t, rupiah, rowAmount } = useWords();
  const rows = model.rows.table51;
  // Table 5.1's rows carry no content; the program's own record does.
  const content = new Map(model.plan.programs.map((p) => [p.id, p.content]));
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <table className="grid wide programs">
        <colgroup>
          {/* Program and WHY carry the most text; the budget column fits "Rp 174.900.000" unbroken at 8.5 pt and no more. */}
          <col style={{ width: '4.4%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '18.5%' }} />
          <col style={{ width: '14.5%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '14.6%' }} />
        </colgroup>
        <thead>
          <tr>
            <th className="num">{t('planPrint.programs.columns.number')}</th>
            <th>{t('planPrint.programs.columns.program')}</th>
            <th>{t('planPrint.programs.columns.why')}</th>
            <th>{t('planPrint.programs.columns.who')}</th>
            <th>{t('planPrint.programs.columns.what')}</th>
            <th className="num">{t('planPrint.programs.columns.budget')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.programId}>
              <td className="num">{r.number}</td>
              <td>
                <div className="strong">
                  <Txt>{r.name}</Txt>
                </div>
                {r.objective.trim() !== '' && (
                  <div>
                    <Txt>{r.objective}</Txt>
                  </div>
                )}
                {(content.get(r.programId) ?? '').trim() !== '' && (
                  <div className="small">
                    <span className="label">{t('planPrint.programs.content')}:</span> <Txt>{content.get(r.programId)!}</Txt>
                  </div>
                )}
              </td>
              <td>
                {r.why.trim() !== '' && (
                  <div>
                    <Txt>{r.why}</Txt>
                  </div>
                )}
                {r.whyRefs.map((ref) => (
                  <div key={`${ref.kind}:${ref.targetId}`} className="small">
                    <span className="code">{ref.code}</span> <Txt>{ref.text}</Txt>
                    {ref.deleted && <span className="deleted"> ({t('planPrint.programs.deletedRef')})</span>}
                  </div>
                ))}
              </td>
              <td>
                <div>
                  {r.lead === null ? (
                    <span className="note">{t('planPrint.programs.noLead')}</span>
                  ) : (
                    <>
                      <span className="label">{t('planPrint.programs.lead')}:</span> <ActorName actor={r.lead} />
                    </>
                  )}
                </div>
                {r.participants.length > 0 && (
                  <div className="small">
                    <span className="label">{t('planPrint.programs.participants')}:</span>{' '}
                    {r.participants.map((p, i) => (
                      <span key={i}>
                        {i > 0 && '; '}
                        <ActorName actor={p} />
                      </span>
                    ))}
                  </div>
                )}
              </td>
              <td>
                <ul className="plain">
                  {r.activities.map((a) => (
                    <li key={a.id}>
                      <Txt>{a.name}</Txt>{' '}
                      <span className="months">
                        (<Months start={a.start} end={a.end} />)
                      </span>
                    </li>
                  ))}
                </ul>
                {r.beneficiaries.trim() !== '' && (
                  <div className="small">
                    <span className="label">{t('planPrint.programs.beneficiaries')}:</span> <Txt>{r.beneficiaries}</Txt>
                  </div>
                )}
                {r.location.trim() !== '' && (
                  <div className="small">
                    <span className="label">{t('planPrint.programs.location')}:</span> <Txt>{r.location}</Txt>
                  </div>
                )}
              </td>
              <td className="num">{rowAmount(r.budget)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="total">
            {/* The total may reach into the column before, so a plan in the billions still fits on one line. */}
            <td colSpan={4}>{t('planPrint.budget.total')}</td>
            <td colSpan={2} className="num">
              {rupiah(model.rows.budget.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
