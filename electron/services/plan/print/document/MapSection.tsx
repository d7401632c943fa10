import type { PrintMap, PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** The stakeholder map as a picture the width of the page, then its key actors, on the same page where they fit. */
export function MapSection({ model, map, section }: { model: PrintModel; map: PrintMap; section: PlanSection }) {
  const { t, count } = useWords();
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      {/* The one markup string not built by React: mapToSvg's own output, which escapes every user text it draws. */}
      <figure className="map" dangerouslySetInnerHTML={{ __html: map.svg }} />
      <p className="note">{t('planPrint.map.summary', { actors: count(map.actors), ties: count(map.ties) })}</p>
      {/* Heading and table kept whole (ten rows at most): a page never carries one orphaned row. */}
      <div className="keep">
        <h2>{t('planPrint.map.keyActors')}</h2>
        <table className="grid wide">
          <colgroup>
            <col style={{ width: '5%' }} />
            <col style={{ width: '23%' }} />
            <col style={{ width: '22%' }} />
            <col style={{ width: '12%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '12%' }} />
          </colgroup>
          <thead>
            <tr>
              <th className="num">#</th>
              <th>{t('planPrint.map.columns.name')}</th>
              <th>{t('planPrint.map.columns.kind')}</th>
              <th>{t('planPrint.map.columns.role')}</th>
              <th>{t('planPrint.map.columns.sector')}</th>
              <th className="num">{t('planPrint.map.columns.ties')}</th>
              <th>{t('planPrint.map.columns.inside')}</th>
            </tr>
          </thead>
          <tbody>
            {map.keyActors.map((a, i) => (
              <tr key={a.actorId}>
                <td className="num">{i + 1}</td>
                <td>
                  <Txt>{a.name}</Txt>
                </td>
                <td>{a.kindLabel}</td>
                <td>{a.roleLabel}</td>
                <td>{a.sectorLabel}</td>
                <td className="num">{count(a.ties)}</td>
                <td>{a.insideCluster ? t('planPrint.map.yes') : t('planPrint.map.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
