import { clustersFeature } from '../features/clusters';
import { planFeature } from '../features/plan';
import { selectionFeature } from '../features/selection';
import { stakeholdersFeature } from '../features/stakeholders';
import { swotFeature } from '../features/swot';
import type { RendererFeature } from './feature';

/** Every feature of the renderer, in the order of the sidebar. A new feature is one folder and one line here. */
export const features: readonly RendererFeature[] = [clustersFeature, stakeholdersFeature, selectionFeature, swotFeature, planFeature];
