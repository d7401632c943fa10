import type { PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** The 10-year vision statement and its long-term targets, each with its determinant. */
export function VisionSection({ model, section }: { model: PrintModel; section: PlanSection }) {
  const { t } = useWords();
  const { vision, visionYear, targets } = model.plan.header;
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <h2>{t('planPrint.vision.statement', { year: visionYear })}</h2>
      {vision.trim() === '' ? (
        <p className="note">{t('planPrint.vision.none')}</p>
      ) : (
        <blockquote className="vision">
          <Txt>{vision}</Txt>
        </blockquote>
      )}
      {targets.length > 0 && (
        <>
          <h2>{t('planPrint.vision.targets')}</h2>
          <table className="grid">
            <colgroup>
              <col style={{ width: '6%' }} />
              <col style={{ width: '44%' }} />
              <col style={{ width: '22%' }} />
              <col style={{ width: '28%' }} />
            </colgroup>
            <thead>
              <tr>
                <th className="num">#</th>
                <th>{t('planPrint.vision.columns.target')}</th>
                <th>{t('planPrint.vision.columns.area')}</th>
                <th>{t('planPrint.vision.columns.measure')}</th>
              </tr>
            </thead>
            <tbody>
              {targets.map((target, i) => (
                <tr key={target.id}>
                  <td className="num">{i + 1}</td>
                  <td>
                    <Txt>{target.text}</Txt>
                  </td>
                  <td>{t(`selection.codes.determinants.${target.area}`)}</td>
                  <td>
                    <Txt>{target.target}</Txt>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
