import type { PrintModel } from '../printModel';
import { Txt } from './Txt';
import { useWords } from './WordsContext';
import { documentTitle, titleNamesCluster } from './documentTitle';

/** The cover: title, cluster, the plan's horizon, then program, facilitator, institution and date. */
export function Cover({ model }: { model: PrintModel }) {
  const words = useWords();
  const { t } = words;
  const { header } = model.plan;
  const rows: [string, string][] = [
    [t('planPrint.cover.program'), model.program?.name ?? ''],
    [t('planPrint.cover.cluster'), model.cluster.name],
    [t('planPrint.cover.facilitator'), model.facilitator],
    [t('planPrint.cover.institution'), model.institution],
  ];
  return (
    <section className="cover">
      <p className="cover-kind">{t('planPrint.cover.kind')}</p>
      <h1 className="cover-title">
        <Txt>{documentTitle(model, words)}</Txt>
      </h1>
      {/* the cluster's own line only when the title does not already name it */}
      {!titleNamesCluster(model, words) && (
        <p className="cover-cluster">
          <Txt>{model.cluster.name}</Txt>
        </p>
      )}
      <p className="cover-horizon">
        {t('planPrint.cover.horizon', { year: header.year, start: header.mediumStart, end: header.mediumStart + 2, visionYear: header.visionYear })}
      </p>
      <table className="cover-facts">
        <tbody>
          {rows
            .filter(([, value]) => value.trim() !== '')
            .map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>
                  <Txt>{value}</Txt>
                </td>
              </tr>
            ))}
          <tr>
            <th scope="row">{t('planPrint.cover.date')}</th>
            <td>{model.dateText}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
