import type { InterchangeSectionSpec, WorkspaceDocument } from '../../shared/domain/workspace/interchange';
import type { CliCommand } from '../cli/types';
import type { Migration } from '../db/migrations/Migration';
import type { Schema } from '../db/schema';
import type { SettingsStore } from './app/SettingsStore';
import type { Handlers, ServiceEnv } from './types';
import type { RowWriter } from './workspace/RowWriter';
import type { WorkspaceReader } from './workspace/WorkspaceReader';
import type { WorkspaceRegistry } from './workspace/WorkspaceRegistry';

/** What a new, empty workspace is made from. */
export interface NewWorkspaceInit {
  programName: string;
}

/** A feature's section of the interchange document: its schema (shared) plus how it is read and written. */
export interface InterchangeSection extends InterchangeSectionSpec {
  /** The section of a new, empty workspace. */
  empty: (init: NewWorkspaceInit) => Record<string, unknown>;
  read: (r: WorkspaceReader) => Record<string, unknown>;
  /** Writes a validated document's section into a new workspace, keeping ids and timestamps. */
  write: (w: RowWriter, doc: WorkspaceDocument) => void;
}

/** What every feature's handlers may use: built once per services instance. */
export interface FeatureDeps {
  env: ServiceEnv;
  settings: SettingsStore;
  registry: WorkspaceRegistry;
  schema: Schema;
  /** Every feature's interchange section, in registry order (export, import, new workspaces). */
  sections: readonly InterchangeSection[];
  /**
   * Imports run on a worker thread, which loads the app's own feature list; services built
   * over another list (tests) import on their own thread so their sections are used.
   */
  importOffThread: boolean;
}

/**
 * One feature on the Node side, all in its folder: its API handlers, its tables
 * (migrations), its interchange section and its CLI commands. `electron/services/features.ts`
 * lists them; nothing else is edited to add one.
 */
export interface ServiceFeature {
  name: string;
  handlers: (deps: FeatureDeps) => Partial<Handlers>;
  migrations?: readonly Migration[];
  interchange?: InterchangeSection;
  cli?: readonly CliCommand[];
}
