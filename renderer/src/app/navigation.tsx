import { features } from './features';
import type { ComponentType } from 'react';

/** One of the app's sections: a feature declares its own, and the sidebar, the presentation bar and the palette list them. */
export interface NavItem {
  path: string;
  labelKey: string;
  icon: ComponentType<{ size?: number }>;
  testId: string;
}

/** Every feature's sections, in the order features are listed. */
export const navItems: readonly NavItem[] = features.flatMap((f) => f.sections ?? []);

/** A section is active on its own path and on the paths below it (`/clusters/abc`). */
export const isActive = (item: NavItem, location: string) => location === item.path || location.startsWith(`${item.path}/`);
