import type { Cluster } from '../../../../shared/domain/clusters/schemas';
import { printableText } from '../../../../shared/domain/plan/safeText';
import { mapToSvg } from '../../../../shared/domain/stakeholders/drawing/mapToSvg';
import { computeMapMetrics } from '../../../../shared/domain/stakeholders/metrics/computeMapMetrics';
import { readMap } from '../../stakeholders/mapRepository';
import type { WorkspaceReader } from '../../workspace/WorkspaceReader';
import type { PrintKeyActor, PrintMap } from './printModel';
import type { PrintWords } from './printWords';

/**
 * The picture is printed about a third of its size (2,000-odd px across a 170 mm column): a dash
 * pattern unit of this many picture px comes out near 0.2 mm on paper, so dotted and dashed ties
 * read as such (a map unit would be 0.05 mm, a grey blur), and the PDF holds a few dashes per tie
 * instead of dozens (the bench plan's 300-actor map: PDF 5.8 → 3.5 MB, printed 0.4–0.8 s sooner).
 */
const PRINT_DASH_UNIT_PX = 2.5;

/** How many actors the key actors table lists. */
export const KEY_ACTORS_MAX = 10;

/**
 * The cluster's map as the map screen's SVG export draws it (stored positions, the map's layout,
 * its legend; no filters), dated with the document's date, and its key actors: the most tied, then
 * the most bridging. Null when nobody is on the map.
 */
export function printMap(r: WorkspaceReader, cluster: Cluster, words: PrintWords, day: string): PrintMap | null {
  const map = readMap(r, cluster.id);
  if (map.actors.length === 0) return null;
  const { t } = words;
  const svg = mapToSvg({
    // Names as the rest of the document prints them: a glyph the bundled font lacks becomes a marker, never a system font.
    actors: map.actors.map((a) => ({ ...a, name: printableText(a.name) })),
    ties: map.ties,
    layout: map.settings.layout,
    t,
    title: t('stakeholders.page.title', { cluster: printableText(cluster.name) }),
    dateText: words.date(day),
    filtersText: null,
    dashUnitPx: PRINT_DASH_UNIT_PX,
  });
  const metrics = computeMapMetrics({ actors: map.actors, ties: map.ties, directed: map.settings.directed });
  const byId = new Map(map.actors.map((a) => [a.id, a]));
  const keyActors = [...metrics.actors]
    .sort((a, b) => b.degree - a.degree || b.betweenness - a.betweenness || a.name.localeCompare(b.name, words.locale))
    .slice(0, KEY_ACTORS_MAX)
    .map((m): PrintKeyActor => {
      const a = byId.get(m.actorId)!;
      return {
        actorId: a.id,
        name: a.name,
        kind: a.kind,
        kindLabel: t(`stakeholders.codes.kind.${a.kind}`),
        role: a.role,
        roleLabel: a.role === null ? '' : t(`stakeholders.codes.role.${a.role}`),
        sector: a.sector,
        sectorLabel: t(`stakeholders.codes.sector.${a.sector}`),
        insideCluster: a.insideCluster,
        ties: m.degree,
        betweenness: m.betweenness,
      };
    });
  return { svg, actors: map.actors.length, ties: map.ties.length, keyActors };
}
