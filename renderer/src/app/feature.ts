import type { ReactNode } from 'react';
import type { Command } from './commands/Command';
import type { NavItem } from './navigation';

/** A screen of a feature under the workspace shell, by its hash route (`/clusters/:id`). */
export interface RouteSpec {
  path: string;
  render: (params: Record<string, string>) => ReactNode;
}

/**
 * One feature on the renderer side, all in its folder: its sections (sidebar, presentation
 * bar, palette), its screens and its commands (menu, keyboard, palette).
 * `renderer/src/app/features.ts` lists them; nothing else is edited to add one.
 */
export interface RendererFeature {
  name: string;
  sections?: readonly NavItem[];
  routes?: readonly RouteSpec[];
  commands?: readonly Command[];
}
