import type { PrintMatrix, PrintModel } from '../printModel';
import type { PlanSection } from '../printSections';
import { SectionHeading } from './SectionHeading';
import { Txt } from './Txt';
import { useWords } from './WordsContext';

/** Actor columns per table: more would split the words of agency names in portrait, so wide matrices continue in a further table. */
const ACTORS_PER_TABLE = 5;

/** Lead (filled) or take part (ring), drawn so it prints without a symbol font. */
function Mark({ value }: { value: 'lead' | 'part' }) {
  return (
    <svg className="mark" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <circle cx="5" cy="5" r="4" fill={value === 'lead' ? '#111' : 'none'} stroke="#111" strokeWidth="1.3" />
    </svg>
  );
}

/** JICA Table 4.1: strategies or programs × actors, who leads and who takes part. */
export function ResponsibilitySection({ model, matrix, section }: { model: PrintModel; matrix: PrintMatrix; section: PlanSection }) {
  const { t } = useWords();
  const chunks: PrintMatrix['actors'][] = [];
  for (let i = 0; i < matrix.actors.length; i += ACTORS_PER_TABLE) chunks.push(matrix.actors.slice(i, i + ACTORS_PER_TABLE));
  if (chunks.length === 0) chunks.push([]);
  return (
    <section className="break" aria-labelledby={`section-${section.key}`}>
      <SectionHeading section={section} model={model} />
      <p className="note">
        <Mark value="lead" /> {t('planPrint.matrix.legendLead')} · <Mark value="part" /> {t('planPrint.matrix.legendPart')}
      </p>
      {chunks.map((actors, n) => (
        <table key={n} className="grid dense matrix">
          <colgroup>
            <col style={{ width: '29%' }} />
            {actors.map((a) => (
              <col key={a.id} style={{ width: `${71 / ACTORS_PER_TABLE}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th>{t('planPrint.matrix.columns.row')}</th>
              {actors.map((a) => (
                <th key={a.id} className="center">
                  <Txt>{a.name}</Txt>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Txt>{row.label}</Txt>
                </td>
                {actors.map((a) => {
                  const v = row.cells[a.id];
                  return (
                    <td key={a.id} className="center">
                      {v !== undefined && <Mark value={v} />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
