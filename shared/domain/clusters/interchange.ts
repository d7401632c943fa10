import { z } from 'zod';
import type { InterchangeSectionSpec, Place } from '../workspace/interchange';
import { clusterFieldLabels, programFieldLabels } from './fieldLabels';
import {
  type Cluster,
  type ProgramFields,
  clusterSchema,
  marketSchema,
  organisationSchema,
  programObjectSchema,
  programPeriodRule,
  rawMaterialSchema,
  villageCountSchema,
} from './schemas';

/** When a record was made or last changed, as the app writes it (ISO 8601). */
const timestamp = z.iso.datetime({ offset: true, message: 'validation.timestamp' });

/** A cluster as the document holds it: every level strict, so a misspelt field is refused, not dropped. */
const documentCluster = clusterSchema
  .extend({
    rawMaterials: z.array(rawMaterialSchema.strict()).max(200),
    markets: z.array(marketSchema.strict()).max(200),
    organisations: z.array(organisationSchema.strict()).max(200),
    villageCounts: z.array(villageCountSchema.strict()).max(500),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict();

/** The program and cluster sections of a document. */
export type ClustersSection = {
  program: ProgramFields;
  clusters: Cluster[];
};

/**
 * Names the place of a problem as a person knows it: the program's field, or the how-many-th
 * cluster, its name and field.
 */
function placeOf(path: readonly PropertyKey[], raw: unknown): Place | null {
  const [section, second, third] = path;
  if (section === 'program' && typeof second === 'string' && second in programFieldLabels) {
    return { where: 'validation.whereProgram', field: programFieldLabels[second as keyof typeof programFieldLabels] };
  }
  if (section === 'clusters' && typeof second === 'number') {
    const clusters = (raw as { clusters?: unknown[] }).clusters;
    const name = (clusters?.[second] as { name?: unknown } | undefined)?.name;
    const field = typeof third === 'string' && third in clusterFieldLabels ? clusterFieldLabels[third as keyof typeof clusterFieldLabels] : String(third ?? '');
    const place = { row: String(second + 1), field };
    if (typeof name === 'string' && name.trim() !== '') return { where: 'validation.whereClusterNamed', cluster: name, ...place };
    return { where: 'validation.whereCluster', ...place };
  }
  return null;
}

export const clustersInterchange: InterchangeSectionSpec = {
  shape: {
    program: programObjectSchema.strict().refine(...programPeriodRule),
    clusters: z.array(documentCluster),
  },
  refine: (doc, ctx) => {
    const seen = new Set<string>();
    for (const [i, c] of (doc.clusters as Cluster[]).entries()) {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', message: 'validation.duplicateId', path: ['clusters', i, 'id'] });
      seen.add(c.id);
    }
  },
  placeOf,
};
