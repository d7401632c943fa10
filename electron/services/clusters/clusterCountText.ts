import type { CliContext } from '../../cli/types';

/** "12 clusters" / "12 sentra", for the CLI's messages. */
export function clusterCountText(ctx: CliContext, n: number): string {
  return ctx.t(n === 1 ? 'cli.clusters.countOne' : 'cli.clusters.countOther', { n: n.toLocaleString(ctx.locale) });
}
