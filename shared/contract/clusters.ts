import { z } from 'zod';
import { defineCall } from './defineCall';
import { type Cluster, type ProgramFields, clusterFieldsSchema, idSchema, programFieldsSchema } from '../domain/clusters/schemas';

/** The row the cluster list shows: enough to sort, filter and total without loading every field. */
export interface ClusterListItem {
  id: string;
  name: string;
  group: Cluster['group'];
  village: string;
  district: string;
  regency: string;
  province: string;
  sector: string;
  enterprises: number | null;
  workers: number | null;
  productionValue: number | null;
  updatedAt: string;
}

/** Program and cluster profiles (issue 2's first module). */
export const clusterCalls = {
  'program.get': defineCall<ProgramFields>()(z.object({}).strict()),
  'program.update': defineCall<ProgramFields>()(programFieldsSchema),
  'clusters.list': defineCall<ClusterListItem[]>()(z.object({}).strict()),
  'clusters.get': defineCall<Cluster>()(z.object({ id: idSchema }).strict()),
  'clusters.create': defineCall<Cluster>()(clusterFieldsSchema),
  'clusters.update': defineCall<Cluster>()(z.object({ id: idSchema, fields: clusterFieldsSchema }).strict()),
  'clusters.delete': defineCall<null>()(z.object({ id: idSchema }).strict()),
};

export type ClusterCallName = keyof typeof clusterCalls;
