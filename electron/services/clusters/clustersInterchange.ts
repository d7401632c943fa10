import { type ClustersSection, clustersInterchange } from '../../../shared/domain/clusters/interchange';
import { emptyProgram } from '../../../shared/domain/clusters/schemas';
import type { InterchangeSection } from '../feature';
import { allClusters, getProgram, insertCluster, saveProgram } from './clusterRepository';

/** The program and cluster sections of the interchange document. */
export const clustersSection: InterchangeSection = {
  ...clustersInterchange,
  empty: ({ programName }): ClustersSection => ({ program: { ...emptyProgram(), name: programName }, clusters: [] }),
  read: (r): ClustersSection => ({ program: getProgram(r), clusters: allClusters(r) }),
  write: (w, doc) => {
    const { program, clusters } = doc as unknown as ClustersSection;
    saveProgram(w, program);
    for (const { id, createdAt, updatedAt, ...fields } of clusters) insertCluster(w, fields, { id, createdAt, updatedAt });
  },
};
