import { Button, Group, MultiSelect, Select, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterListItem } from '../../../../../shared/contract/clusters';
import type { SessionState } from '../../../../../shared/domain/selection/schemas';
import type { SessionEdit } from '../useSelectionSession';

const BY_CLUSTER_GROUP = 'auto';
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('id') === b.trim().toLocaleLowerCase('id');

/**
 * Picks clusters of the workspace as candidates. By default each goes to the group named after
 * its JICA group (metal, export, domestic …), which is added when the session has none of that
 * name yet; or all go to one group chosen here. A cluster already in the session is not offered,
 * and the service refuses it anyway (`duplicateCandidate`).
 */
export function AddCandidates({ state, edit, clusters }: { state: SessionState; edit: SessionEdit; clusters: ClusterListItem[] }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string[]>([]);
  const [chosen, setTarget] = useState(BY_CLUSTER_GROUP);
  const [busy, setBusy] = useState(false);
  const taken = new Set(state.candidates.map((c) => c.clusterId));
  const offered = clusters.filter((c) => !taken.has(c.id));
  const groups = [...state.groups].sort((a, b) => a.position - b.position);
  // A group chosen here and then deleted (or undone) falls back to the clusters' own groups.
  const target = groups.some((g) => g.id === chosen) ? chosen : BY_CLUSTER_GROUP;
  const targetOptions = [
    { value: BY_CLUSTER_GROUP, label: t('selectionSetup.candidates.byClusterGroup') },
    ...groups.map((g) => ({ value: g.id, label: g.name })),
  ];

  const add = async () => {
    setBusy(true);
    try {
      if (target !== BY_CLUSTER_GROUP) {
        await edit('selection.candidates.add', { sessionId: state.session.id, groupId: target, clusterIds: picked });
      } else {
        // One step per group: the group (when new), then its candidates; each undoes on its own.
        const byLabel = new Map<string, string[]>();
        for (const id of picked) {
          const cluster = clusters.find((c) => c.id === id);
          const label = t(`clusters.groups.${cluster?.group ?? 'other'}`);
          byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
        }
        let current = state;
        for (const [label, clusterIds] of byLabel) {
          let group = current.groups.find((g) => sameName(g.name, label));
          if (!group) {
            current = await edit('selection.groups.add', { sessionId: state.session.id, name: label });
            group = current.groups.find((g) => sameName(g.name, label));
          }
          if (group) current = await edit('selection.candidates.add', { sessionId: state.session.id, groupId: group.id, clusterIds });
        }
      }
      setPicked([]);
    } catch {
      // The service's refusal (a duplicate, a cluster deleted meanwhile) has been shown; the pick stays.
    } finally {
      setBusy(false);
    }
  };

  if (clusters.length === 0) return <Text c="dimmed">{t('selectionSetup.candidates.noClusters')}</Text>;
  return (
    <Group align="flex-end" wrap="wrap" className="editing-chrome">
      <MultiSelect
        label={t('selectionSetup.candidates.pick')}
        placeholder={offered.length ? t('selectionSetup.candidates.pickPlaceholder') : t('selectionSetup.candidates.allTaken')}
        data={offered.map((c) => ({ value: c.id, label: c.name }))}
        value={picked}
        onChange={setPicked}
        searchable
        clearable
        hidePickedOptions
        nothingFoundMessage={t('selectionSetup.candidates.nothingFound')}
        style={{ flex: 1, minWidth: 280 }}
        data-testid="candidates.pick"
      />
      <Select
        label={t('selectionSetup.candidates.into')}
        data={targetOptions}
        value={target}
        onChange={(v) => v && setTarget(v)}
        allowDeselect={false}
        w={260}
        data-testid="candidates.group"
      />
      <Button leftSection={<IconPlus size={16} />} disabled={picked.length === 0} loading={busy} onClick={() => void add()} data-testid="candidates.add">
        {t('selectionSetup.candidates.add', { count: picked.length })}
      </Button>
    </Group>
  );
}
