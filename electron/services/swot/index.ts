import type { ServiceFeature } from '../feature';
import { swotMigration } from './migrations';
import { swotHandlers } from './swotHandlers';
import { swotSection } from './swotInterchange';

/** SWOT by dot voting and TOWS strategies per cluster (issue 8). */
export const swotFeature: ServiceFeature = {
  name: 'swot',
  handlers: ({ registry }) => swotHandlers(registry),
  migrations: [swotMigration],
  interchange: swotSection,
};
