import { Button, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import { call } from '../../../app/client';
import { useCommit } from '../../../app/useCommit';
import { useWorkspaceData } from '../../../app/useWorkspaceData';
import type { MapMetricsState } from '../metrics/useMapMetrics';
import { ComparisonView, type SideInfo } from './ComparisonView';
import { SnapshotDialog, todayIso, type SnapshotFields } from './SnapshotDialog';
import { SnapshotList } from './SnapshotList';
import { NOW, useComparison } from './useComparison';
import { useSnapshotFormat } from './useSnapshotFormat';
import './snapshots.css';

/**
 * The snapshots of a cluster's map (issue 7, point 5): take dated copies (a baseline, after six
 * months …), rename or delete them, and compare any two states, the map now included.
 */
export function SnapshotsView({ clusterId, map, metrics }: { clusterId: string; map: StakeholderMap; metrics?: MapMetricsState }) {
  const { t } = useTranslation();
  const commit = useCommit();
  const { day } = useSnapshotFormat();
  const listed = useWorkspaceData(() => call('stakeholders.snapshots.list', { clusterId }), [clusterId], { tables: ['map_snapshots'] });
  const { data: cluster } = useWorkspaceData(() => call('clusters.get', { id: clusterId }), [clusterId], { tables: ['clusters'] });
  const [taking, setTaking] = useState(false);
  const [choice, setChoice] = useState<{ before: string | null; after: string | null }>({ before: null, after: null });

  // Newest first in the list; oldest first in the pickers, where time runs forward.
  const snapshots = [...(listed.data ?? [])].sort((a, b) => b.takenOn.localeCompare(a.takenOn) || b.createdAt.localeCompare(a.createdAt));
  const chronological = [...snapshots].reverse();
  const exists = (id: string | null) => id === NOW || snapshots.some((s) => s.id === id);
  // A choice whose snapshot was deleted (or undone away) falls back: the oldest snapshot against the map now.
  const beforeId = exists(choice.before) ? choice.before : (chronological[0]?.id ?? null);
  const afterId = exists(choice.after) ? choice.after : NOW;
  const { before, after, comparison } = useComparison(beforeId, afterId, map, metrics);

  const reload = async () => listed.setData(await call('stakeholders.snapshots.list', { clusterId }));
  const take = async (fields: SnapshotFields) => {
    await commit(() => call('stakeholders.snapshots.create', { clusterId, fields }));
    await reload();
  };
  const update = async (id: string, fields: SnapshotFields) => {
    await commit(() => call('stakeholders.snapshots.update', { id, fields }));
    await reload();
  };
  const remove = async (id: string) => {
    await commit(() => call('stakeholders.snapshots.delete', { id }));
    await reload();
  };

  const info = (id: string | null): SideInfo => {
    const s = snapshots.find((x) => x.id === id);
    return s ? { label: s.label, dayText: day(s.takenOn) } : { label: t('stakeholderSnapshots.now'), dayText: day(todayIso()) };
  };
  const options = [
    ...chronological.map((s) => ({ value: s.id, label: t('stakeholderSnapshots.option', { label: s.label, date: day(s.takenOn) }) })),
    { value: NOW, label: t('stakeholderSnapshots.now') },
  ];
  const picker = (side: 'before' | 'after', value: string | null) => (
    <NativeSelect
      label={t(`stakeholderSnapshots.compare.${side}`)}
      value={value ?? ''}
      onChange={(e) => {
        // Read now: React has cleared the event's target by the time the updater runs.
        const picked = e.currentTarget.value;
        setChoice((c) => ({ ...c, [side]: picked }));
      }}
      data={options}
      data-testid={`snapshot-compare-${side}`}
      className="snapshots__picker"
    />
  );

  if (!listed.data) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack gap="lg" pt="md" className="snapshots" data-testid="snapshots-view">
      <section aria-labelledby="snapshots-list-title">
        <Group justify="space-between" mb="xs">
          <div>
            <Title order={2} size="h4" id="snapshots-list-title">
              {t('stakeholderSnapshots.listTitle')}
            </Title>
            <Text size="sm">{t('stakeholderSnapshots.explain')}</Text>
          </div>
          <Button leftSection={<IconCamera size={18} aria-hidden />} onClick={() => setTaking(true)} className="editing-chrome" data-testid="snapshot-take">
            {t('stakeholderSnapshots.take')}
          </Button>
        </Group>
        <SnapshotList snapshots={snapshots} onUpdate={update} onDelete={remove} />
      </section>
      <section aria-labelledby="snapshots-compare-title">
        <Title order={2} size="h4" id="snapshots-compare-title" mb="xs">
          {t('stakeholderSnapshots.compare.title')}
        </Title>
        {snapshots.length === 0 ? (
          <Text size="sm">{t('stakeholderSnapshots.compare.needSnapshot')}</Text>
        ) : (
          <Stack gap="md">
            <Group align="flex-end">
              {picker('before', beforeId)}
              {picker('after', afterId)}
            </Group>
            {beforeId === afterId ? (
              <Text size="sm" data-testid="snapshot-compare-same">
                {t('stakeholderSnapshots.compare.same')}
              </Text>
            ) : comparison && before && after ? (
              <ComparisonView
                clusterName={cluster?.name ?? ''}
                before={before}
                after={after}
                comparison={comparison}
                beforeInfo={info(beforeId)}
                afterInfo={info(afterId)}
              />
            ) : (
              <Loader aria-label={t('common.loading')} />
            )}
          </Stack>
        )}
      </section>
      {taking && (
        <SnapshotDialog
          title={t('stakeholderSnapshots.takeTitle')}
          submitLabel={t('stakeholderSnapshots.takeButton')}
          initial={{ label: snapshots.length === 0 ? t('stakeholderSnapshots.firstLabel') : '', takenOn: todayIso() }}
          onSubmit={take}
          onClose={() => setTaking(false)}
        />
      )}
    </Stack>
  );
}
