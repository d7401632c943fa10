import type { ProgramTemplate } from './programTemplates';

/** The catalog key of one text of a template: `planTemplates.programs.<key>.<path>`. */
export function templateTextKey(template: ProgramTemplate, path: string): string {
  return `planTemplates.programs.${template.key}.${path}`;
}

/** The texts every template has once, besides its actors, activities and indicators. */
export const templateTextFields = ['name', 'source', 'objective', 'content', 'why', 'beneficiaries', 'assumptions', 'lead'] as const;

/**
 * Every catalog key a template reads. The keys are built from the template's data at run time, so
 * the catalog test takes its list of them from here.
 */
export function templateCatalogKeys(template: ProgramTemplate): string[] {
  const paths = [
    ...templateTextFields,
    ...template.participants.map((p) => `participants.${p.key}`),
    ...[...new Set(template.activities.map((a) => a.key))].flatMap((k) => [`activities.${k}.name`, `activities.${k}.output`]),
    ...template.indicators.flatMap((k) => [`indicators.${k}.name`, `indicators.${k}.target`, `indicators.${k}.means`]),
  ];
  return paths.map((p) => templateTextKey(template, p));
}
