import type { ServiceFeature } from '../feature';
import { planSection } from './planInterchange';
import { planMigration } from './migrations';
import { planCli } from './planCli';
import { planHandlers } from './planHandlers';

/** The cluster plan and its forum documents (issue 9). */
export const planFeature: ServiceFeature = {
  name: 'plan',
  handlers: (deps) => planHandlers(deps),
  migrations: [planMigration],
  interchange: planSection,
  cli: planCli,
};
