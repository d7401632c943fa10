import type { PrintModel, PrintSelection } from '../printModel';
import type { PlanSection } from '../printSections';
import { DiamondRadar } from './DiamondRadar';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** Table 3.1's rows for the cluster's group (the cluster in bold), then its diamond radar. */
export function SelectionSection({ model, selection, section }: { model: PrintModel; selection: PrintSelection; section: PlanSection }) {
  const words = useWords();
  const { t, count, locale } = words;
  const pct = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const dims = selection.dimensions;
  // Name, one column per dimension, total, %, rank, selected.
  const dimWidth = Math.min(16, 40 / Math.max(1, dims.length));
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <p>
        {t('planPrint.selection.session')}: <Txt>{selection.sessionName}</Txt>
        {selection.heldOn !== null && `, ${words.date(selection.heldOn)}`} · {t('planPrint.selection.group')}: <Txt>{selection.groupName}</Txt>.{' '}
        {t('planPrint.selection.current')}
      </p>
      <table className="grid wide">
        <colgroup>
          <col />
          {dims.map((d) => (
            <col key={d.id} style={{ width: `${dimWidth}%` }} />
          ))}
          <col style={{ width: '10%' }} />
          <col style={{ width: '8%' }} />
          <col style={{ width: '13%' }} />
          <col style={{ width: '11%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{t('planPrint.selection.columns.cluster')}</th>
            {dims.map((d) => (
              <th key={d.id} className="num">
                <Txt>{d.name}</Txt>
              </th>
            ))}
            <th className="num">{t('planPrint.selection.columns.total')}</th>
            <th className="num">{t('planPrint.selection.columns.percent')}</th>
            <th className="num">{t('planPrint.selection.columns.rank')}</th>
            <th>{t('planPrint.selection.columns.selected')}</th>
          </tr>
        </thead>
        <tbody>
          {selection.rows.map((r) => (
            <tr key={r.clusterId} className={r.current ? 'current' : undefined}>
              <td>
                <Txt>{r.name}</Txt>
                {r.restsOnMissing && <span className="small"> — {t('planPrint.selection.missing')}</span>}
              </td>
              {r.scores.map((s, i) => (
                <td key={dims[i]?.id ?? i} className="num">
                  {count(s.score)}/{count(s.max)}
                </td>
              ))}
              <td className="num">
                {count(r.total)}/{count(r.max)}
              </td>
              <td className="num">{r.percent === null ? '–' : pct.format(r.percent)}</td>
              <td className="num">{r.rankInGroup}</td>
              <td>{r.selected ? t('planPrint.selection.selectedYes') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {selection.rubricNote !== '' && (
        <p className="note">
          <Txt>{selection.rubricNote}</Txt>
        </p>
      )}
      {/* A radar needs three scored axes to be a shape; a rubric whose criteria name no determinant (JICA's published totals) shows the table only. */}
      {selection.determinants.filter((d) => d.percent !== null).length >= 3 && (
        <figure className="radar-figure">
          <DiamondRadar determinants={selection.determinants} label={t('planPrint.selection.radar')} />
          <figcaption>{t('planPrint.selection.radar')}</figcaption>
        </figure>
      )}
    </section>
  );
}
