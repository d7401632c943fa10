import { IconLayoutGrid } from '@tabler/icons-react';
import type { RendererFeature } from '../../app/feature';
import { SwotIndexPage } from './SwotIndexPage';
import { SwotPage } from './SwotPage';

/** SWOT by dot voting and TOWS strategies per cluster (issue 8). */
export const swotFeature: RendererFeature = {
  name: 'swot',
  sections: [{ path: '/swot', labelKey: 'swot.nav', icon: IconLayoutGrid, testId: 'swot' }],
  routes: [
    { path: '/swot', render: () => <SwotIndexPage /> },
    { path: '/swot/:clusterId', render: ({ clusterId }) => <SwotPage key={clusterId} clusterId={decodeURIComponent(clusterId!)} /> },
  ],
};
