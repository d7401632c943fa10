import type { MapMetrics } from '../../../../shared/domain/stakeholders/metrics/types';
import { keyValues, table } from '../../../cli/format';
import type { CliContext } from '../../../cli/types';

/** How many actors the readable output lists; `--json` has them all. */
const ACTORS_LISTED = 25;

/** A map's metrics as text: the network, social capital, and the actors with most betweenness. */
export function metricsLines(ctx: CliContext, clusterName: string, m: MapMetrics): string[] {
  const say = (key: string, params?: Record<string, unknown>) => ctx.t(`stakeholderIo.cli.metrics.${key}`, params);
  const num = (v: number | null, digits = 3) =>
    v === null ? ctx.t('cli.none') : v.toLocaleString(ctx.locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const int = (v: number) => v.toLocaleString(ctx.locale);
  const pct = (v: number | null) => (v === null ? ctx.t('cli.none') : `${(v * 100).toLocaleString(ctx.locale, { maximumFractionDigits: 1 })} %`);
  const n = m.network;
  const s = m.socialCapital;
  const lines = [
    say('heading', { cluster: clusterName }),
    ...keyValues([
      [say('network.actors'), int(n.actors)],
      [say('network.ties'), int(n.ties)],
      [say('network.directed'), ctx.t(n.directed ? 'stakeholders.codes.yes' : 'stakeholders.codes.no')],
      [say('network.density'), num(n.density)],
      [say('network.components'), int(n.components)],
      [say('network.largestComponent'), int(n.largestComponent)],
      [say('network.isolates'), int(n.isolates)],
      [say('capital.smes'), int(s.bonding.smes)],
      [say('capital.bondingDensity'), num(s.bonding.density)],
      [say('capital.isolatedSmes'), pct(s.bonding.isolatedShare)],
      [say('capital.bridgingTies'), `${int(s.bridging.ties)} (${pct(s.bridging.share)})`],
      [say('capital.eiInsideOutside'), num(s.bridging.eiInsideOutside)],
      [say('capital.eiSector'), num(s.bridging.eiSector)],
      [say('capital.trust'), say('capital.trustValue', { average: num(s.trust.average, 2), known: int(s.trust.known), unknown: int(s.trust.unknown) })],
      ...s.brokers.map((g): [string, string] => [
        say(`capital.brokers.${g.target}`),
        g.brokers.length === 0
          ? ctx.t('cli.none')
          : g.brokers
              .slice(0, 5)
              .map((b) => `${b.name} (${pct(b.share)})`)
              .join('; '),
      ]),
    ]),
  ];
  const top = [...m.actors].sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name, ctx.locale)).slice(0, ACTORS_LISTED);
  if (top.length > 0) {
    const head = ['name', 'degree', 'strength', 'betweenness', 'closeness'].map((k) => say(`columns.${k}`));
    lines.push('', say('topActors', { count: top.length, all: m.actors.length }));
    lines.push(
      ...table(
        head,
        top.map((a) => [a.name, int(a.degree), int(a.strength), num(a.betweenness), num(a.closeness)]),
      ).map((l) => `  ${l}`),
    );
  }
  return lines;
}
