import type { PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/**
 * The 3-year plan: each strategy (with its objective, determinant and the TOWS strategy it came
 * from) over its indicators' rows — baseline and a target for each of the three years.
 */
export function MediumPlanSection({ model, section }: { model: PrintModel; section: PlanSection }) {
  const { t, locale } = useWords();
  const { strategies, header } = model.plan;
  const measure = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const value = (v: number | null) => (v === null ? '–' : measure.format(v));
  const years = [0, 1, 2].map((i) => header.mediumStart + i);
  return (
    <section aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <table className="grid wide">
        <colgroup>
          <col style={{ width: '5%' }} />
          <col style={{ width: '34%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '9%' }} />
          <col span={3} style={{ width: '8%' }} />
        </colgroup>
        <thead>
          <tr>
            <th className="num">{t('planPrint.medium.columns.number')}</th>
            <th>{t('planPrint.medium.columns.strategy')}</th>
            <th>{t('planPrint.medium.columns.indicator')}</th>
            <th>{t('planPrint.medium.columns.unit')}</th>
            <th className="num">{t('planPrint.medium.columns.baseline')}</th>
            {years.map((y) => (
              <th key={y} className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        {strategies.map((s, i) => {
          const rows = Math.max(1, s.indicators.length);
          const first = s.indicators[0];
          const strategyCell = (
            <td rowSpan={rows}>
              <div>
                <Txt>{s.text}</Txt>
              </div>
              {s.objective.trim() !== '' && (
                <div className="small">
                  {t('planPrint.medium.objective')}: <Txt>{s.objective}</Txt>
                </div>
              )}
              {s.area !== null && <div className="small">{t('planPrint.medium.area', { area: t(`selection.codes.determinants.${s.area}`) })}</div>}
              {s.tows !== null && (
                <div className="small">
                  {t('planPrint.medium.fromTows', { code: s.tows.code })}
                  {s.tows.deleted && ` (${t('planPrint.medium.towsDeleted')})`}
                </div>
              )}
            </td>
          );
          return (
            <tbody key={s.id} className="keep">
              <tr>
                <td className="num" rowSpan={rows}>
                  {i + 1}
                </td>
                {strategyCell}
                {first ? (
                  <>
                    <td>
                      <Txt>{first.name}</Txt>
                    </td>
                    <td>
                      <Txt>{first.unit}</Txt>
                    </td>
                    <td className="num">{value(first.baseline)}</td>
                    {first.targets.map((v, j) => (
                      <td key={j} className="num">
                        {value(v)}
                      </td>
                    ))}
                  </>
                ) : (
                  <td colSpan={6} className="note">
                    {t('planPrint.medium.noIndicators')}
                  </td>
                )}
              </tr>
              {s.indicators.slice(1).map((ind) => (
                <tr key={ind.id}>
                  <td>
                    <Txt>{ind.name}</Txt>
                  </td>
                  <td>
                    <Txt>{ind.unit}</Txt>
                  </td>
                  <td className="num">{value(ind.baseline)}</td>
                  {ind.targets.map((v, j) => (
                    <td key={j} className="num">
                      {value(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </section>
  );
}
