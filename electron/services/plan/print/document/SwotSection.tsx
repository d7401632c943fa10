import { quadrants } from '../../../../../shared/domain/swot/codes';
import type { PrintModel, PrintSwot } from '../printModel';
import type { PlanSection } from '../printSections';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** SWOT items quadrant by quadrant with their codes, determinants and dots; then the TOWS strategies citing them. */
export function SwotSection({ model, swot, section }: { model: PrintModel; swot: PrintSwot; section: PlanSection }) {
  const { t, count } = useWords();
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      {swot.voters > 0 && <p className="note">{t('planPrint.swot.votes', { voters: count(swot.voters), dots: count(swot.dotsPerVoter) })}</p>}
      <table className="grid">
        <colgroup>
          <col style={{ width: '9%' }} />
          <col style={{ width: '42%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '23%' }} />
          <col style={{ width: '9%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('planPrint.swot.columns.code')}</th>
            <th>{t('planPrint.swot.columns.item')}</th>
            <th>{t('planPrint.swot.columns.determinant')}</th>
            <th>{t('planPrint.swot.columns.evidence')}</th>
            <th className="num">{t('planPrint.swot.columns.dots')}</th>
          </tr>
        </thead>
        {quadrants.map((q) => {
          const items = swot.items.filter((i) => i.quadrant === q);
          if (items.length === 0) return null;
          return (
            <tbody key={q}>
              <tr className="group">
                <th colSpan={5}>{t(`swot.codes.quadrants.${q}`)}</th>
              </tr>
              {items.map((i) => (
                <tr key={i.id}>
                  <td className="code">{i.code}</td>
                  <td>
                    <Txt>{i.text}</Txt>
                  </td>
                  <td>{i.determinant === null ? '' : t(`selection.codes.determinants.${i.determinant}`)}</td>
                  <td className="small">
                    <Txt>{i.evidence}</Txt>
                  </td>
                  <td className="num">{count(i.dots)}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
      <h2>{t('planPrint.swot.tows')}</h2>
      {swot.strategies.length === 0 ? (
        <p className="note">{t('planPrint.swot.noStrategies')}</p>
      ) : (
        <table className="grid">
          <colgroup>
            <col style={{ width: '9%' }} />
            <col style={{ width: '16%' }} />
            <col style={{ width: '59%' }} />
            <col style={{ width: '16%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{t('planPrint.swot.towsColumns.code')}</th>
              <th>{t('planPrint.swot.towsColumns.kind')}</th>
              <th>{t('planPrint.swot.towsColumns.strategy')}</th>
              <th>{t('planPrint.swot.towsColumns.items')}</th>
            </tr>
          </thead>
          <tbody>
            {swot.strategies.map((s) => (
              <tr key={s.id}>
                <td className="code">{s.code}</td>
                <td>{t(`swot.codes.strategyKinds.${s.kind}`)}</td>
                <td>
                  <Txt>{s.text}</Txt>
                </td>
                <td>{s.itemCodes.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
