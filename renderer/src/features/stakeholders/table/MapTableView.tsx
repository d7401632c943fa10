import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterMap, isFiltered } from '../../../../../shared/domain/stakeholders/filterMap';
import type { MapActor, StakeholderMap, Tie } from '../../../../../shared/domain/stakeholders/schemas';
import { Dialog } from '../../../ui/Dialog';
import type { MapViewState } from '../mapViewState';
import type { MapMetricsState } from '../metrics/useMapMetrics';
import { useFigureFormat } from '../panels/useFigureFormat';
import type { MapEdit } from '../useStakeholderMap';
import { actorColumns } from './actorColumns';
import { AddActorForm } from './AddActorForm';
import { AddTieForm } from './AddTieForm';
import { DataGrid } from './DataGrid';
import { editedActor, editedTie } from './fieldEdits';
import type { CommitResult } from './gridTypes';
import { tieColumns } from './tieColumns';

type Deleting = { kind: 'actor'; row: MapActor } | { kind: 'tie'; row: Tie };

/**
 * The map as two tables, actors and ties, for people who do not use a canvas and for screen
 * readers: the same actors and ties the canvas shows (its filters apply), editable cell by cell.
 */
export function MapTableView({
  clusterId,
  map,
  edit,
  view,
  metrics,
}: {
  clusterId: string;
  map: StakeholderMap;
  edit: MapEdit;
  view: MapViewState;
  metrics: MapMetricsState;
}) {
  const { t } = useTranslation();
  const fmt = useFigureFormat();
  const shown = useMemo(() => filterMap(map.actors, map.ties, view), [map, view]);
  const names = useMemo(() => new Map(map.actors.map((a) => [a.id, a.name])), [map.actors]);
  // Figures of a map being recomputed are left blank rather than shown as if current.
  const byActor = useMemo(() => (metrics.metrics && !metrics.pending ? new Map(metrics.metrics.actors.map((m) => [m.actorId, m])) : null), [metrics]);
  const tieCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const tie of map.ties) for (const id of [tie.from, tie.to]) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }, [map.ties]);
  const actorCols = useMemo(() => actorColumns(t, fmt, { byActor, tieCounts }), [t, fmt, byActor, tieCounts]);
  const tieCols = useMemo(() => tieColumns(t, fmt, names), [t, fmt, names]);
  const [deleting, setDeleting] = useState<Deleting | null>(null);

  const commitActor = useCallback(
    async (actor: MapActor, key: string, text: string): Promise<CommitResult> => {
      const reading = editedActor(actor, key, text);
      if (!reading.ok) return reading.message;
      await edit('stakeholders.actors.update', { id: actor.id, fields: reading.fields });
      return null;
    },
    [edit],
  );
  const commitTie = useCallback(
    async (tie: Tie, key: string, text: string): Promise<CommitResult> => {
      const reading = editedTie(tie, key, text);
      if (!reading.ok) return reading.message;
      await edit('stakeholders.ties.update', { id: tie.id, fields: reading.fields });
      return null;
    },
    [edit],
  );
  const tieName = (tie: Tie) => t('stakeholderPanels.table.tieName', { from: names.get(tie.from) ?? '', to: names.get(tie.to) ?? '' });
  const remove = async () => {
    if (!deleting) return;
    const target = deleting;
    setDeleting(null);
    await edit('stakeholders.selection.delete', {
      clusterId,
      actorIds: target.kind === 'actor' ? [target.row.id] : [],
      tieIds: target.kind === 'tie' ? [target.row.id] : [],
    }).catch(() => undefined);
  };

  return (
    <Stack gap="lg" pt="md" data-testid="map-table">
      {isFiltered(view) && (
        <Alert color="blue" variant="light" data-testid="map-table-filtered">
          {t('stakeholderPanels.table.filtered', {
            actors: shown.actors.length,
            allActors: map.actors.length,
            ties: shown.ties.length,
            allTies: map.ties.length,
          })}
        </Alert>
      )}
      <Text size="sm" c="dimmed" className="editing-chrome">
        {t('stakeholderPanels.table.keysHelp')}
      </Text>
      <section aria-labelledby="map-table-actors-title">
        <Group justify="space-between" align="flex-end" mb="xs">
          <Title order={2} size="h4" id="map-table-actors-title">
            {t('stakeholderPanels.table.actorsTitle', { count: shown.actors.length })}
          </Title>
          {metrics.pending && (
            <Text size="sm" c="dimmed" data-testid="map-table-computing">
              {t('stakeholderPanels.computing')}
            </Text>
          )}
        </Group>
        <AddActorForm clusterId={clusterId} map={map} edit={edit} />
        <DataGrid
          rows={shown.actors}
          rowKey={(a) => a.id}
          rowName={(a) => a.name}
          columns={actorCols}
          caption={t('stakeholderPanels.table.actorsCaption')}
          testId="map-table-actors"
          locale={fmt.locale}
          onCommit={commitActor}
          onDelete={(row) => setDeleting({ kind: 'actor', row })}
        />
      </section>
      <section aria-labelledby="map-table-ties-title">
        <Title order={2} size="h4" id="map-table-ties-title" mb="xs">
          {t('stakeholderPanels.table.tiesTitle', { count: shown.ties.length })}
        </Title>
        <AddTieForm clusterId={clusterId} map={map} edit={edit} />
        <DataGrid
          rows={shown.ties}
          rowKey={(r) => r.id}
          rowName={tieName}
          columns={tieCols}
          caption={t('stakeholderPanels.table.tiesCaption')}
          testId="map-table-ties"
          locale={fmt.locale}
          onCommit={commitTie}
          onDelete={(row) => setDeleting({ kind: 'tie', row })}
        />
      </section>
      <Dialog opened={deleting !== null} onClose={() => setDeleting(null)} title={t('stakeholderPanels.table.deleteTitle')}>
        <Text mb="md">
          {deleting?.kind === 'actor'
            ? t('stakeholderPanels.table.deleteActor', { name: deleting.row.name, count: tieCounts.get(deleting.row.id) ?? 0 })
            : deleting
              ? t('stakeholderPanels.table.deleteTie', { name: tieName(deleting.row) })
              : null}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(null)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void remove()} data-testid="map-table-confirm-delete" data-autofocus>
            {t('stakeholderPanels.table.delete')}
          </Button>
        </Group>
      </Dialog>
    </Stack>
  );
}
