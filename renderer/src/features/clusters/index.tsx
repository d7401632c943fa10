import { IconBuildingFactory2, IconClipboardText } from '@tabler/icons-react';
import type { RendererFeature } from '../../app/feature';
import { ClusterDetailPage } from './ClusterDetailPage';
import { ClusterListPage } from './ClusterListPage';
import { ProgramPage } from './ProgramPage';

/** Program and cluster profiles: the foundation's first feature. */
export const clustersFeature: RendererFeature = {
  name: 'clusters',
  sections: [
    { path: '/program', labelKey: 'nav.program', icon: IconClipboardText, testId: 'program' },
    { path: '/clusters', labelKey: 'nav.clusters', icon: IconBuildingFactory2, testId: 'clusters' },
  ],
  routes: [
    { path: '/program', render: () => <ProgramPage /> },
    { path: '/clusters', render: () => <ClusterListPage /> },
    // Keyed by id: going from one cluster straight to another unmounts the first, which commits
    // its pending edit under its own id before the second loads.
    { path: '/clusters/:id', render: ({ id }) => <ClusterDetailPage key={id} id={id!} /> },
  ],
};
