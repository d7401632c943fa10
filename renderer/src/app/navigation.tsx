import { IconBuildingFactory2, IconClipboardText } from '@tabler/icons-react';
import type { ComponentType } from 'react';

/** The app's sections: a feature adds its entry here, and the sidebar and presentation bar both list it. */
export interface NavItem {
  path: string;
  labelKey: string;
  icon: ComponentType<{ size?: number }>;
  testId: string;
}

export const navItems: readonly NavItem[] = [
  { path: '/program', labelKey: 'nav.program', icon: IconClipboardText, testId: 'program' },
  { path: '/clusters', labelKey: 'nav.clusters', icon: IconBuildingFactory2, testId: 'clusters' },
];

/** A section is active on its own path and on the paths below it (`/clusters/abc`). */
export const isActive = (item: NavItem, location: string) => location === item.path || location.startsWith(`${item.path}/`);
