import type { ExportTable } from '../../../../shared/domain/stakeholders/io/exportRows';
import { actorColumns, tieColumns } from '../../../../shared/domain/stakeholders/io/importColumns';
import { catalogText } from './catalogText';

/**
 * An empty actors or ties file: the documented headers in the chosen language and example rows
 * (codes in the coded columns, as exports write them) for the user to overwrite. The two
 * templates fit together: the example tie joins the two example actors.
 */
export function templateTable(what: 'actors' | 'ties', lang: 'id' | 'en'): ExportTable {
  const text = (key: string) => catalogText(lang, `stakeholderIo.template.${key}`);
  const yes = catalogText(lang, 'stakeholders.codes.yes');
  const no = catalogText(lang, 'stakeholders.codes.no');
  if (what === 'actors') {
    return {
      headers: actorColumns.map((c) => c[lang]),
      rows: [
        [text('actorName'), 'cooperative', 'business', 'cluster', yes, 'executor', 3, 4, 'supportive', no, no, text('actorContact'), text('actorNotes')],
        [text('secondActorName'), 'university', 'academia', 'regency', no, 'supporter', 4, 3, 'supportive', no, no, '', ''],
      ],
    };
  }
  return {
    headers: tieColumns.map((c) => c[lang]),
    rows: [[text('secondActorName'), text('actorName'), 'support', no, 4, 3, yes, '2024-03-01', text('tieNotes')]],
  };
}
