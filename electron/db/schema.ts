import type { Migration } from './migrations/Migration';

/** The schema a build of the app writes: every migration in order, and the version they reach. */
export interface Schema {
  migrations: readonly Migration[];
  latest: number;
}

/**
 * Orders the migrations the features bring and checks them: versions 1, 2, 3, … each
 * once, so every file steps through the same history whatever order features are listed in.
 */
export function schemaOf(migrations: readonly Migration[]): Schema {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 1, 2, 3, … without gaps or repeats; found ${m.version} (${m.name}) at ${i + 1}`);
  });
  return { migrations: ordered, latest: ordered.at(-1)?.version ?? 0 };
}
