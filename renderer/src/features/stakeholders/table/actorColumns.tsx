import type { TFunction } from 'i18next';
import { actorKinds, attitudes, levels, roles, sectors } from '../../../../../shared/domain/stakeholders/codes';
import type { ActorMetrics } from '../../../../../shared/domain/stakeholders/metrics/types';
import type { MapActor } from '../../../../../shared/domain/stakeholders/schemas';
import { MISSING, type useFigureFormat } from '../panels/useFigureFormat';
import { NO, NONE, YES } from './fieldEdits';
import type { CellEditorSpec, GridColumn } from './gridTypes';

type Format = ReturnType<typeof useFigureFormat>;

/** The choices of a coded field, named in the user's language. */
export function codeOptions(t: TFunction, group: string, codes: readonly string[]): { value: string; label: string }[] {
  return codes.map((c) => ({ value: c, label: t(`stakeholders.codes.${group}.${c}`) }));
}

export function yesNoOptions(t: TFunction) {
  return [
    { value: YES, label: t('stakeholders.codes.yes') },
    { value: NO, label: t('stakeholders.codes.no') },
  ];
}

/**
 * The actors table's columns: the fields a facilitator edits, then the figures the metrics
 * worker gives (blank while it computes) and the number of ties on this map.
 */
export function actorColumns(
  t: TFunction,
  fmt: Format,
  figures: { byActor: Map<string, ActorMetrics> | null; tieCounts: Map<string, number> },
): GridColumn<MapActor>[] {
  const yesNo = (b: boolean) => t(b ? 'stakeholders.codes.yes' : 'stakeholders.codes.no');
  const select = (value: string, options: CellEditorSpec['options']): CellEditorSpec => ({ kind: 'select', value, options });
  const coded = (key: 'kind' | 'sector' | 'level' | 'attitude', group: string, codes: readonly string[], width: number): GridColumn<MapActor> => ({
    key,
    label: t(`stakeholders.fields.${key}`),
    width,
    sortValue: (a) => t(`stakeholders.codes.${group}.${a[key]}`),
    render: (a) => t(`stakeholders.codes.${group}.${a[key]}`),
    editor: (a) => select(a[key], codeOptions(t, group, codes)),
  });
  const flag = (key: 'insideCluster' | 'potentiallyViable' | 'leadingFirm', smeOnly: boolean): GridColumn<MapActor> => ({
    key,
    label: t(`stakeholderPanels.table.short.${key}`),
    title: t(`stakeholders.fields.${key}`),
    width: 6,
    sortValue: (a) => (smeOnly && a.kind !== 'sme' ? null : Number(a[key])),
    render: (a) => (smeOnly && a.kind !== 'sme' ? MISSING : yesNo(a[key])),
    editor: (a) => (smeOnly && a.kind !== 'sme' ? null : select(a[key] ? YES : NO, yesNoOptions(t))),
  });
  const score = (key: 'influence' | 'interest'): GridColumn<MapActor> => ({
    key,
    label: t(`stakeholderPanels.table.short.${key}`),
    title: t(`stakeholders.fields.${key}`),
    numeric: true,
    width: 6,
    sortValue: (a) => a[key],
    render: (a) => fmt.count(a[key]),
    editor: (a) => ({ kind: 'number', value: String(a[key]) }),
  });
  const figure = (key: 'degree' | 'betweenness', show: (n: number) => string): GridColumn<MapActor> => ({
    key,
    label: t(`stakeholderPanels.table.short.${key}`),
    title: t(`stakeholderMetrics.indicators.${key}.name`),
    numeric: true,
    width: 6.5,
    sortValue: (a) => figures.byActor?.get(a.id)?.[key] ?? null,
    render: (a) => {
      const m = figures.byActor?.get(a.id);
      return m ? show(m[key]) : MISSING;
    },
  });
  return [
    {
      key: 'name',
      label: t('stakeholders.fields.name'),
      width: 12,
      sortValue: (a) => a.name,
      render: (a) => <span className="data-grid__name">{a.name}</span>,
      editor: (a) => ({ kind: 'text', value: a.name }),
    },
    coded('kind', 'kind', actorKinds, 10),
    coded('sector', 'sector', sectors, 7.5),
    coded('level', 'level', levels, 7),
    flag('insideCluster', false),
    {
      key: 'role',
      label: t('stakeholders.fields.role'),
      width: 8,
      sortValue: (a) => (a.role ? t(`stakeholders.codes.role.${a.role}`) : null),
      render: (a) => (a.role ? t(`stakeholders.codes.role.${a.role}`) : MISSING),
      editor: (a) => select(a.role ?? NONE, [{ value: NONE, label: t('stakeholderPanels.table.noRole') }, ...codeOptions(t, 'role', roles)]),
    },
    score('influence'),
    score('interest'),
    coded('attitude', 'attitude', attitudes, 7.5),
    flag('potentiallyViable', true),
    flag('leadingFirm', true),
    figure('degree', (n) => fmt.count(n)),
    figure('betweenness', (n) => fmt.fine(n)),
    {
      key: 'ties',
      label: t('stakeholderPanels.table.short.ties'),
      title: t('stakeholderPanels.table.tieCountTitle'),
      numeric: true,
      width: 5,
      sortValue: (a) => figures.tieCounts.get(a.id) ?? 0,
      render: (a) => fmt.count(figures.tieCounts.get(a.id) ?? 0),
    },
  ];
}
