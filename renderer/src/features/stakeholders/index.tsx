import { IconAffiliate } from '@tabler/icons-react';
import type { RendererFeature } from '../../app/feature';
import { MapIndexPage } from './MapIndexPage';
import { MapPage, mapTabs } from './MapPage';

/** The stakeholder map of each cluster (issue 7). */
export const stakeholdersFeature: RendererFeature = {
  name: 'stakeholders',
  sections: [{ path: '/map', labelKey: 'stakeholders.nav.map', icon: IconAffiliate, testId: 'map' }],
  routes: [
    { path: '/map', render: () => <MapIndexPage /> },
    { path: '/map/:clusterId', render: ({ clusterId }) => <MapPage key={clusterId} clusterId={decodeURIComponent(clusterId!)} /> },
    {
      path: '/map/:clusterId/:tab',
      render: ({ clusterId, tab }) => (
        <MapPage key={`${clusterId}/${tab}`} clusterId={decodeURIComponent(clusterId!)} initialTab={mapTabs.find((t) => t === tab) ?? 'canvas'} />
      ),
    },
  ],
};
