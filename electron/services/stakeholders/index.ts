import type { ServiceFeature } from '../feature';
import { ioHandlers } from './ioHandlers';
import { mapHandlers } from './mapHandlers';
import { stakeholdersMigration } from './migrations';
import { stakeholdersCli } from './stakeholdersCli';
import { stakeholdersSection } from './stakeholdersInterchange';

/** The stakeholder map of each cluster: actors, ties, snapshots, the responsibility matrix (issue 7). */
export const stakeholdersFeature: ServiceFeature = {
  name: 'stakeholders',
  handlers: ({ registry, env }) => ({ ...mapHandlers(registry), ...ioHandlers(registry, env.log) }),
  migrations: [stakeholdersMigration],
  interchange: stakeholdersSection,
  cli: stakeholdersCli,
};
