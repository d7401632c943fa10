import { AppError } from '../../../../shared/contract/errors';
import { resolveCluster } from '../../../../shared/domain/clusters/resolveCluster';
import type { SelectionInput } from '../../../../shared/domain/selection/results/types';
import { toSelectionInput } from '../../../../shared/domain/selection/results/toSelectionInput';
import type { CliContext } from '../../../cli/types';
import { withWorkspace } from '../../../cli/withWorkspace';

/** Said already (with the sessions there are): the command ends with exit code 1 and says nothing more. */
export class SessionNotFound extends Error {}

/**
 * The selection input of a session stored in a workspace: found by id, name (any case) or a
 * prefix only it has, as clusters are found. A hidden session whose scores are not yet
 * revealed is refused (`scoresHidden`), as the app refuses to show its results.
 */
export async function sessionInput(ctx: CliContext, file: string, query: string): Promise<SelectionInput> {
  return withWorkspace(ctx, file, async () => {
    const sessions = await ctx.call('selection.sessions.list', {});
    let id: string;
    try {
      id = resolveCluster(sessions, query).id;
    } catch (e) {
      if (!(e instanceof AppError) || !['notFound', 'clusterAmbiguous', 'invalidInput'].includes(e.code)) throw e;
      const matches = e.code === 'clusterAmbiguous' ? String(e.params?.matches ?? '') : '';
      ctx.err(ctx.t('cli.errorLine', { message: ctx.t(matches ? 'selectionIo.cli.sessionAmbiguous' : 'selectionIo.cli.sessionNotFound', { query, matches }) }));
      ctx.err(
        sessions.length > 0
          ? ctx.t('selectionIo.cli.sessionList', { sessions: sessions.map((s) => `${s.name} (${s.id})`).join(', ') })
          : ctx.t('selectionIo.cli.noSessions'),
      );
      throw new SessionNotFound();
    }
    const state = await ctx.call('selection.sessions.get', { id, asScorer: null });
    if (state.withheld) throw new AppError('scoresHidden');
    return toSelectionInput(state);
  });
}
