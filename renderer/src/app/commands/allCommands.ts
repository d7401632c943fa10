import { features } from '../features';
import type { Command } from './Command';
import { coreCommands } from './coreCommands';
import { sectionCommands } from './sectionCommands';

/**
 * Every command of the app, which the menus, the keyboard and the palette all read: the
 * core ones, one per section, and each feature's own (renderer/src/app/features.ts). A screen
 * whose commands need its own state (a selection, a canvas) contributes them while it is
 * shown, with `useScreenCommands`.
 */
export const allCommands: readonly Command[] = [...coreCommands, ...sectionCommands, ...features.flatMap((f) => f.commands ?? [])];
