import type { ServiceFeature } from '../feature';
import { selectionIoHandlers } from './ioHandlers';
import { selectionMigration } from './migrations';
import { selectionCli } from './selectionCli';
import { selectionSection } from './selectionInterchange';
import { sessionHandlers } from './sessionHandlers';

/** Site selection (issue 8): rubrics, scoring sessions, results, exports and the `site-selection` command. */
export const selectionFeature: ServiceFeature = {
  name: 'selection',
  handlers: ({ registry }) => ({ ...sessionHandlers(registry), ...selectionIoHandlers(registry) }),
  migrations: [selectionMigration],
  interchange: selectionSection,
  cli: selectionCli,
};
