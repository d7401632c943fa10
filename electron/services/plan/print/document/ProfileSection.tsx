import type { PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** The cluster profile: its facts as a two-column table, then its enterprises by village. */
export function ProfileSection({ model, section }: { model: PrintModel; section: PlanSection }) {
  const { t, count } = useWords();
  const villages = model.cluster.villageCounts;
  const n = (v: number | null) => (v === null ? '–' : count(v));
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <table className="facts">
        <colgroup>
          <col style={{ width: '32%' }} />
          <col />
        </colgroup>
        <tbody>
          {model.facts.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              <td>
                <Txt>{f.value}</Txt>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {villages.length > 0 && (
        <>
          <h2>{t('planPrint.facts.villages')}</h2>
          <table className="grid">
            <colgroup>
              <col style={{ width: '40%' }} />
              <col span={4} style={{ width: '15%' }} />
            </colgroup>
            <thead>
              <tr>
                <th>{t('planPrint.facts.village')}</th>
                <th className="num">{t('planPrint.facts.micro')}</th>
                <th className="num">{t('planPrint.facts.small')}</th>
                <th className="num">{t('planPrint.facts.medium')}</th>
                <th className="num">{t('planPrint.facts.large')}</th>
              </tr>
            </thead>
            <tbody>
              {villages.map((v, i) => (
                <tr key={i}>
                  <td>
                    <Txt>{v.village}</Txt>
                  </td>
                  <td className="num">{n(v.micro)}</td>
                  <td className="num">{n(v.small)}</td>
                  <td className="num">{n(v.medium)}</td>
                  <td className="num">{n(v.large)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
