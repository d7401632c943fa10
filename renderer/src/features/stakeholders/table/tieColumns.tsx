import type { TFunction } from 'i18next';
import { tieTypes } from '../../../../../shared/domain/stakeholders/codes';
import type { Tie } from '../../../../../shared/domain/stakeholders/schemas';
import { MISSING, type useFigureFormat } from '../panels/useFigureFormat';
import { codeOptions, yesNoOptions } from './actorColumns';
import { NO, YES } from './fieldEdits';
import type { GridColumn } from './gridTypes';

type Format = ReturnType<typeof useFigureFormat>;

/** The ties table's columns; the ends are chosen among the map's actors, searchable by name. */
export function tieColumns(t: TFunction, fmt: Format, actorNames: Map<string, string>): GridColumn<Tie>[] {
  const yesNo = (b: boolean) => t(b ? 'stakeholders.codes.yes' : 'stakeholders.codes.no');
  const actorOptions = [...actorNames].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  const end = (key: 'from' | 'to'): GridColumn<Tie> => ({
    key,
    label: t(`stakeholders.fields.${key}`),
    width: 13,
    sortValue: (r) => actorNames.get(r[key]) ?? null,
    render: (r) => <span className="data-grid__name">{actorNames.get(r[key]) ?? MISSING}</span>,
    editor: (r) => ({ kind: 'select', value: r[key], options: actorOptions, searchable: true }),
  });
  const flag = (key: 'directed' | 'formal'): GridColumn<Tie> => ({
    key,
    label: t(`stakeholders.fields.${key}`),
    width: 6,
    sortValue: (r) => Number(r[key]),
    render: (r) => yesNo(r[key]),
    editor: (r) => ({ kind: 'select', value: r[key] ? YES : NO, options: yesNoOptions(t) }),
  });
  const scale = (key: 'strength' | 'trust'): GridColumn<Tie> => ({
    key,
    label: t(`stakeholderPanels.table.short.${key}`),
    title: t(`stakeholders.fields.${key}`),
    numeric: true,
    width: 6,
    sortValue: (r) => r[key],
    render: (r) => fmt.count(r[key]),
    editor: (r) => ({ kind: 'number', value: r[key] === null ? '' : String(r[key]) }),
  });
  return [
    end('from'),
    end('to'),
    {
      key: 'type',
      label: t('stakeholders.fields.type'),
      width: 11,
      sortValue: (r) => t(`stakeholders.codes.tieType.${r.type}`),
      render: (r) => t(`stakeholders.codes.tieType.${r.type}`),
      editor: (r) => ({ kind: 'select', value: r.type, options: codeOptions(t, 'tieType', tieTypes) }),
    },
    flag('directed'),
    scale('strength'),
    scale('trust'),
    flag('formal'),
    {
      key: 'since',
      label: t('stakeholders.fields.since'),
      width: 8,
      sortValue: (r) => r.since,
      render: (r) => r.since ?? MISSING,
      editor: (r) => ({ kind: 'date', value: r.since ?? '' }),
    },
    {
      key: 'notes',
      label: t('stakeholders.fields.notes'),
      width: 14,
      sortValue: (r) => r.notes,
      render: (r) => <span className="data-grid__notes">{r.notes}</span>,
      editor: (r) => ({ kind: 'text', value: r.notes }),
    },
  ];
}
