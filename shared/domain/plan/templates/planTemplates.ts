import { type ProgramTemplate, type TemplateKind, programTemplates, templateKinds } from './programTemplates';

/** The templates of one kind, as the picker lists them under `labelKey` with `noteKey` beneath. */
export interface PlanTemplateGroup {
  kind: TemplateKind;
  labelKey: string;
  noteKey: string;
  templates: readonly ProgramTemplate[];
}

/** Every program template grouped by kind: JICA's twelve action programs, then Box 3.1's pilot programs. */
export const planTemplates: readonly PlanTemplateGroup[] = templateKinds.map((kind) => ({
  kind,
  labelKey: `planTemplates.kinds.${kind}`,
  noteKey: `planTemplates.notes.${kind}`,
  templates: programTemplates.filter((t) => t.kind === kind),
}));

const byKey = new Map(programTemplates.map((t) => [t.key, t]));

/** The template with this key, or null (a program keeps the key of a template that may be gone). */
export function planTemplateByKey(key: string): ProgramTemplate | null {
  return byKey.get(key) ?? null;
}
