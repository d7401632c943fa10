import type { Page } from '@playwright/test';
import type { CallResult } from '../../../shared/contract';
import type { Rubric, SessionFields } from '../../../shared/domain/selection/schemas';
import { callService } from './callService';

/**
 * A scoring session set up through the services, as its setup tab would leave it: the first three
 * of the workspace's clusters as candidates in one group ("Logam"), and three typed scorers — Bu
 * Sri, Pak Joko and Mas Adi, in that order. Answers the session's id, the three clusters in the
 * order they were added, and the session as the last call left it.
 */
export async function sessionOfThreeScorers(
  page: Page,
  fields: SessionFields,
  rubric: Rubric,
): Promise<{ id: string; clusters: CallResult<'clusters.list'>; state: CallResult<'selection.scorers.add'> }> {
  const clusters = (await callService(page, 'clusters.list', {})).slice(0, 3);
  const { id } = await callService(page, 'selection.sessions.create', { fields, rubric, source: null });
  let state = await callService(page, 'selection.groups.add', { sessionId: id, name: 'Logam' });
  state = await callService(page, 'selection.candidates.add', { sessionId: id, groupId: state.groups[0]!.id, clusterIds: clusters.map((c) => c.id) });
  for (const name of ['Bu Sri', 'Pak Joko', 'Mas Adi'])
    state = await callService(page, 'selection.scorers.add', { sessionId: id, fields: { name, actorId: null } });
  return { id, clusters, state };
}
