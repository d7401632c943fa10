import { initial } from '../../db/migrations/001-initial';
import type { ServiceFeature } from '../feature';
import { workspaceCli } from './workspaceCli';
import { workspaceHandlers } from './workspaceHandlers';

/** Opening, creating, copying, backing up, importing and exporting workspaces; undo and redo. */
export const workspaceFeature: ServiceFeature = {
  name: 'workspace',
  handlers: workspaceHandlers,
  // The foundation's schema: workspace identity plus the program and cluster tables (it predates features).
  migrations: [initial],
  cli: workspaceCli,
};
