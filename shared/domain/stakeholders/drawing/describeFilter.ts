import { actorKinds, sectors, tieTypes } from '../codes';
import type { MapFilter } from '../filterMap';
import type { MapActor } from '../schemas';
import type { Translate } from './mapToSvg';

/** Keeps a user's text from turning the direction of the sentence around it (names may be RTL). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * The filters applied, in words ("jenis: IKM / UKM, Bank; sekitar Koperasi Genteng"), for the
 * line printed on an exported map; null when nothing is filtered. `actors` names the focused actor.
 */
export function describeFilter(filter: MapFilter, t: Translate, actors: readonly Pick<MapActor, 'id' | 'name'>[] = []): string | null {
  const parts: string[] = [];
  // In the codes' own order, so the same filter always reads the same.
  const list = (chosen: ReadonlySet<string>, codes: readonly string[], prefix: string) =>
    codes
      .filter((c) => chosen.has(c))
      .map((c) => t(`${prefix}.${c}`))
      .join(', ');
  const search = filter.search.trim();
  if (search !== '') parts.push(t('stakeholderLayouts.filter.search', { text: isolate(search) }));
  if (filter.kinds.size > 0) parts.push(t('stakeholderLayouts.filter.kinds', { list: list(filter.kinds, actorKinds, 'stakeholders.codes.kind') }));
  if (filter.sectors.size > 0) parts.push(t('stakeholderLayouts.filter.sectors', { list: list(filter.sectors, sectors, 'stakeholders.codes.sector') }));
  if (filter.tieTypes.size > 0) parts.push(t('stakeholderLayouts.filter.tieTypes', { list: list(filter.tieTypes, tieTypes, 'stakeholders.codes.tieType') }));
  if (filter.focusActorId !== null) {
    const name = actors.find((a) => a.id === filter.focusActorId)?.name ?? filter.focusActorId;
    parts.push(t('stakeholderLayouts.filter.focus', { name: isolate(name) }));
  }
  return parts.length > 0 ? parts.join(t('stakeholderLayouts.filter.separator')) : null;
}
