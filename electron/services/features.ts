import { schemaOf } from '../db/schema';
import { appFeature } from './app';
import { clustersFeature } from './clusters';
import type { ServiceFeature } from './feature';
import { planFeature } from './plan';
import { selectionFeature } from './selection';
import { stakeholdersFeature } from './stakeholders';
import { swotFeature } from './swot';
import { workspaceFeature } from './workspace';

/**
 * Every feature of the Node side, in the order their interchange sections and CLI
 * commands are listed. A new feature is one folder under `electron/services/` and one line here.
 */
export const features: readonly ServiceFeature[] = [
  appFeature,
  workspaceFeature,
  clustersFeature,
  stakeholdersFeature,
  selectionFeature,
  swotFeature,
  planFeature,
];

/** The schema this build writes, from every feature's migrations. */
export const workspaceSchema = schemaOf(features.flatMap((f) => f.migrations ?? []));
