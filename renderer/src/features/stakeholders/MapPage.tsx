import { Group, Loader, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/client';
import { useWorkspaceData } from '../../app/useWorkspaceData';
import { MapCanvasView } from './canvas/MapCanvasView';
import { MapIoMenu } from './io/MapIoMenu';
import { ResponsibilityMatrixView } from './matrix/ResponsibilityMatrixView';
import { type MapViewState, initialMapView } from './mapViewState';
import { useMapMetrics } from './metrics/useMapMetrics';
import { SocialCapitalPanel } from './panels/SocialCapitalPanel';
import { SnapshotsView } from './snapshots/SnapshotsView';
import { MapTableView } from './table/MapTableView';
import { useStakeholderMap } from './useStakeholderMap';

export const mapTabs = ['canvas', 'table', 'capital', 'snapshots', 'matrix'] as const;
type Tab = (typeof mapTabs)[number];

/** One cluster's stakeholder map: the canvas and the views of the same data, one tab each; other pages may link to a tab (`#/map/<id>/matrix`). */
export function MapPage({ clusterId, initialTab = 'canvas' }: { clusterId: string; initialTab?: Tab }) {
  const { t } = useTranslation();
  const { map, error, setMap, edit } = useStakeholderMap(clusterId);
  const { data: cluster } = useWorkspaceData(() => call('clusters.get', { id: clusterId }), [clusterId], { tables: ['clusters'] });
  const [tab, setTab] = useState<Tab>(initialTab);
  const [view, setView] = useState<MapViewState>(initialMapView);
  const metrics = useMapMetrics(map);

  if (error) return <Text role="alert">{t('errors.clusterMissing')}</Text>;
  if (!map || !cluster) return <Loader aria-label={t('common.loading')} />;
  return (
    <div className="stakeholder-map-page" data-testid="stakeholder-map-page">
      <Group justify="space-between" wrap="nowrap" className="stakeholder-map-page__head">
        <Title order={1} size="h3">
          {t('stakeholders.page.title', { cluster: cluster.name })}
        </Title>
        <MapIoMenu
          clusterId={clusterId}
          clusterName={cluster.name}
          map={map}
          view={view}
          onChanged={() => void call('stakeholders.map', { clusterId }).then(setMap)}
        />
      </Group>
      <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'canvas')} keepMounted={false}>
        <Tabs.List>
          {mapTabs.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`map-tab-${k}`}>
              {t(`stakeholders.page.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="canvas">
          <MapCanvasView clusterId={clusterId} map={map} setMap={setMap} edit={edit} view={view} setView={setView} metrics={metrics} />
        </Tabs.Panel>
        <Tabs.Panel value="table">
          <MapTableView clusterId={clusterId} map={map} edit={edit} view={view} metrics={metrics} />
        </Tabs.Panel>
        <Tabs.Panel value="capital">
          <SocialCapitalPanel map={map} edit={edit} metrics={metrics} />
        </Tabs.Panel>
        <Tabs.Panel value="snapshots">
          <SnapshotsView clusterId={clusterId} map={map} metrics={metrics} />
        </Tabs.Panel>
        <Tabs.Panel value="matrix">
          <ResponsibilityMatrixView clusterId={clusterId} map={map} />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
