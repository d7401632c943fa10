import type { PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { ActorName } from './ActorName';
import { Months } from './Months';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** JICA's Project Design Matrix (goal, purpose, outputs, activities × indicators, verification, assumptions), then the plan of operation. */
export function PdmSection({ model, section }: { model: PrintModel; section: PlanSection }) {
  const { t, rowAmount } = useWords();
  const operation = model.rows.operation;
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <table className="grid dense pdm">
        <colgroup>
          {/* The narrative carries "Kegiatan 12.10 …" on one line where it can: most rows of a PDM are activities. */}
          <col style={{ width: '43%' }} />
          <col style={{ width: '24%' }} />
          <col style={{ width: '16%' }} />
          <col style={{ width: '17%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('planPrint.pdm.columns.summary')}</th>
            <th>{t('planPrint.pdm.columns.indicators')}</th>
            <th>{t('planPrint.pdm.columns.means')}</th>
            <th>{t('planPrint.pdm.columns.assumptions')}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.pdm.map((r) => (
            <tr key={`${r.level}:${r.programId ?? ''}:${r.activityId ?? ''}`} className={r.level === 'activity' ? undefined : 'program'}>
              <td>
                {/* An activity is one line of the matrix ("Kegiatan 1.1 Rapat …"); a goal, purpose or output heads its text. */}
                {r.level === 'activity' ? (
                  <>
                    <span className="label">
                      {t(`planPrint.pdm.levels.${r.level}`)}
                      {r.number !== '' && ` ${r.number}`}
                    </span>{' '}
                  </>
                ) : (
                  <div className="label">
                    {t(`planPrint.pdm.levels.${r.level}`)}
                    {r.number !== '' && ` ${r.number}`}
                  </div>
                )}
                <Txt>{r.summary}</Txt>
              </td>
              <td>
                {r.indicators.map((ind, i) => (
                  <div key={i}>
                    <Txt>{ind.name}</Txt>
                    {ind.target.trim() !== '' && (
                      <>
                        {': '}
                        <Txt>{ind.target}</Txt>
                      </>
                    )}
                  </div>
                ))}
              </td>
              <td>
                {r.means.map((m, i) => (
                  <div key={i}>
                    <Txt>{m}</Txt>
                  </div>
                ))}
              </td>
              <td>
                <Txt>{r.assumptions}</Txt>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {operation.length > 0 && (
        <>
          <h2>{t('planPrint.pdm.operation')}</h2>
          <table className="grid dense">
            <colgroup>
              <col style={{ width: '6.4%' }} />
              <col style={{ width: '38.6%' }} />
              <col style={{ width: '14%' }} />
              <col style={{ width: '26.4%' }} />
              <col style={{ width: '14.6%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('planPrint.pdm.operationColumns.number')}</th>
                <th>{t('planPrint.pdm.operationColumns.activity')}</th>
                <th>{t('planPrint.pdm.operationColumns.period')}</th>
                <th>{t('planPrint.pdm.operationColumns.lead')}</th>
                <th className="num">{t('planPrint.pdm.operationColumns.budget')}</th>
              </tr>
            </thead>
            <tbody>
              {operation.map((r) => (
                <tr key={r.activityId}>
                  <td>{r.number}</td>
                  <td>
                    <Txt>{r.name}</Txt>
                  </td>
                  <td>
                    <Months start={r.start} end={r.end} />
                  </td>
                  <td>{r.lead !== null && <ActorName actor={r.lead} />}</td>
                  <td className="num">{rowAmount(r.budget)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
