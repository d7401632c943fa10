import { Button, Group, Loader, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layouts, type Layout, type StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import { notifyError } from '../../../app/notify';
import { LayoutCancelled, cancelLayout, runLayout } from '../layouts/runLayout';
import type { MapEdit } from '../useStakeholderMap';

/**
 * The map's layout: picking one places every actor (the force layout in its worker, with its
 * progress shown) and writes all positions with the layout in one undoable step.
 * "Free" only remembers it: actors stay where they are and are moved by hand.
 */
export function LayoutPicker({ map, edit, onPlaced }: { map: StakeholderMap; edit: MapEdit; onPlaced: () => void }) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const choose = async (layout: Layout) => {
    try {
      if (layout !== 'free' && map.actors.length > 0) {
        setProgress(0);
        const positions = await runLayout(layout, map, setProgress);
        // The positions and the layout in one call: one undo takes back both.
        await edit('stakeholders.positions.set', { clusterId: map.clusterId, positions, layout });
      } else await edit('stakeholders.settings.update', { clusterId: map.clusterId, settings: { ...map.settings, layout } });
      onPlaced();
    } catch (e) {
      if (!(e instanceof LayoutCancelled)) notifyError(e);
    } finally {
      setProgress(null);
    }
  };
  return (
    <Group gap={6} wrap="nowrap">
      <Select
        aria-label={t('stakeholderMap.toolbar.layout')}
        className="map-toolbar__layout"
        data={layouts.map((l) => ({ value: l, label: t(`stakeholders.codes.layout.${l}`) }))}
        value={map.settings.layout}
        onChange={(v) => v && void choose(v)}
        allowDeselect={false}
        disabled={progress !== null}
        data-testid="map-layout-select"
      />
      {progress !== null && (
        <Group gap={4} wrap="nowrap" role="status" data-testid="map-layout-progress">
          <Loader size="sm" aria-hidden="true" />
          <Text size="sm">{t('stakeholderMap.toolbar.layoutRunning', { percent: Math.round(progress * 100) })}</Text>
          <Button size="compact-sm" variant="default" onClick={cancelLayout} data-testid="map-layout-cancel">
            {t('stakeholderMap.form.cancel')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
