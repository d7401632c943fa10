import type { ServiceFeature } from '../feature';
import { clusterHandlers } from './clusterHandlers';
import { clustersCli } from './clustersCli';
import { clustersSection } from './clustersInterchange';

/** Program and cluster profiles. Their tables are in the foundation's first migration. */
export const clustersFeature: ServiceFeature = {
  name: 'clusters',
  handlers: ({ registry }) => clusterHandlers(registry),
  interchange: clustersSection,
  cli: clustersCli,
};
