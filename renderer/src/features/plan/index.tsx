import { IconCalendarStats } from '@tabler/icons-react';
import type { RendererFeature } from '../../app/feature';
import { PlanIndexPage } from './PlanIndexPage';
import { PlanPage } from './PlanPage';

/** The cluster plan: vision, 3-year plan, 1-year action programs, views and the forum documents (issue 9). */
export const planFeature: RendererFeature = {
  name: 'plan',
  sections: [{ path: '/plan', labelKey: 'plan.nav', icon: IconCalendarStats, testId: 'plan' }],
  routes: [
    { path: '/plan', render: () => <PlanIndexPage /> },
    { path: '/plan/:clusterId', render: ({ clusterId }) => <PlanPage key={clusterId} clusterId={decodeURIComponent(clusterId!)} /> },
  ],
};
