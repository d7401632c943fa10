import { clustersFeature } from '../features/clusters';
import { stakeholdersFeature } from '../features/stakeholders';
import type { RendererFeature } from './feature';

/** Every feature of the renderer, in the order of the sidebar. A new feature is one folder and one line here. */
export const features: readonly RendererFeature[] = [clustersFeature, stakeholdersFeature];
