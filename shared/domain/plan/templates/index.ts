/** Program templates (issue 9): JICA's twelve action programs and the pilot programs of Box 3.1, as starting points. */
export { planTemplateByKey, planTemplates, type PlanTemplateGroup } from './planTemplates';
export { programFromTemplate, type ProgramFromTemplateOptions } from './programFromTemplate';
export { programTemplates, templateKinds, type ProgramTemplate, type TemplateActivity, type TemplateActor, type TemplateKind } from './programTemplates';
export { templateCatalogKeys, templateTextFields, templateTextKey } from './templateCatalogKeys';
