import type { ProgramInput } from '../schemas';
import { planTemplateByKey } from './planTemplates';
import { templateTextKey } from './templateCatalogKeys';

export interface ProgramFromTemplateOptions {
  /** Text from the catalogs in the language the program is written in (i18next's `t`). */
  t: (key: string) => string;
  /** The plan year: the template's months fall in it. */
  year: number;
  /** Makes the ids of the program and of its rows. */
  newId: () => string;
}

const month = (year: number, index: number) => `${year}-${String(index + 1).padStart(2, '0')}`;

/**
 * A new draft program from a template, in the words of `t`'s language, for the facilitator to
 * adapt. The lead and participants are typed names until someone from the map is picked; WHY
 * links, the 3-year strategy and the location are left for the plan to fill. It has no budget
 * lines: amounts depend on the cluster, and the plan checks then say the program has no budget.
 * Throws for an unknown key.
 */
export function programFromTemplate(key: string, { t, year, newId }: ProgramFromTemplateOptions): ProgramInput {
  const template = planTemplateByKey(key);
  if (!template) throw new Error(`Unknown program template: ${key}`);
  const text = (path: string) => t(templateTextKey(template, path));
  return {
    id: newId(),
    name: text('name'),
    objective: text('objective'),
    content: text('content'),
    why: text('why'),
    links: [],
    leadActorId: null,
    leadName: text('lead'),
    participants: template.participants.map((p) => ({ id: newId(), actorId: null, name: text(`participants.${p.key}`) })),
    activities: template.activities.map((a) => ({
      id: newId(),
      name: text(`activities.${a.key}.name`),
      start: month(year, a.start),
      end: month(year, a.start + a.months - 1),
      output: text(`activities.${a.key}.output`),
    })),
    beneficiaries: text('beneficiaries'),
    location: '',
    indicators: template.indicators.map((k) => ({
      id: newId(),
      name: text(`indicators.${k}.name`),
      target: text(`indicators.${k}.target`),
      means: text(`indicators.${k}.means`),
    })),
    budget: [],
    status: 'draft',
    strategyId: null,
    area: template.area,
    assumptions: text('assumptions'),
    templateKey: template.key,
  };
}
