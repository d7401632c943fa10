import { navItems } from '../navigation';
import type { Command } from './Command';

/** One palette entry per section of the app, so a facilitator can go anywhere by typing its name. */
export const sectionCommands: Command[] = navItems.map((item) => ({
  name: `section.${item.testId}`,
  labelKey: item.labelKey,
  groupKey: 'commands.groups.sections',
  enabled: ({ app }) => app.workspace !== null,
  run: ({ navigate }) => navigate(item.path),
}));
