import type { ServiceFeature } from '../feature';
import { appHandlers } from './appHandlers';

/** App-level calls: language, pickers, full screen, links; not tied to a workspace. */
export const appFeature: ServiceFeature = {
  name: 'app',
  handlers: ({ env, settings }) => appHandlers(env, settings),
};
