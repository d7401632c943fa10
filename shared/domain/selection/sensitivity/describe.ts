import type { DimensionEffect, GroupEffect, GroupSensitivity, Sentence, StabilityInterval, WeightChange } from './types';

/*
 * Sensitivity said in words: catalog keys of `selectionExplain` with their parameters. Names come
 * from the caller's map of cluster id → name; factors stay numbers for the caller to format in
 * the user's locale (`t(key, { ...params, factor: format(params.factor) })`).
 */

const nameOf = (names: ReadonlyMap<string, string>, id: string) => names.get(id) ?? id;
const listOf = (names: ReadonlyMap<string, string>, ids: readonly string[]) => ids.map((id) => nameOf(names, id)).join(', ');

/**
 * One weight change as a sentence: who overtakes whom (or crosses the threshold) if which
 * weight rises above or falls below which factor. Overtaking and dropping happen strictly beyond
 * the factor ("more than"), entering at it ("or more"), as the rules select at the threshold.
 */
export function describeChange(change: WeightChange, names: ReadonlyMap<string, string>): Sentence {
  const up = change.factor >= 1;
  const base = { handle: change.handle.name, factor: change.factor };
  const cluster = nameOf(names, change.challenger);
  if (change.kind === 'entersThreshold')
    return { key: up ? 'selectionExplain.change.entersUp' : 'selectionExplain.change.entersDown', params: { ...base, cluster } };
  if (change.kind === 'dropsBelowThreshold')
    return { key: up ? 'selectionExplain.change.dropsUp' : 'selectionExplain.change.dropsDown', params: { ...base, cluster } };
  if (change.displaced === null)
    return { key: up ? 'selectionExplain.change.joinsUp' : 'selectionExplain.change.joinsDown', params: { ...base, challenger: cluster } };
  return {
    key: up ? 'selectionExplain.change.overtakesUp' : 'selectionExplain.change.overtakesDown',
    params: { ...base, challenger: cluster, displaced: nameOf(names, change.displaced) },
  };
}

/**
 * A group's sensitivity in one sentence: a tie at the cut first (any change that splits it
 * decides, so a factor would mislead), else the smallest change, else why nothing changes it.
 */
export function describeGroup(group: GroupSensitivity, names: ReadonlyMap<string, string>, rule: 'topN' | 'threshold'): Sentence {
  if (group.tieAtCut.length > 0) {
    const key = rule === 'threshold' ? 'selectionExplain.group.onThreshold' : 'selectionExplain.group.tieAtCut';
    return { key, params: { clusters: listOf(names, group.tieAtCut) } };
  }
  if (group.smallest) return describeChange(group.smallest, names);
  if (group.noChange === 'allSelected') return { key: 'selectionExplain.group.allSelected', params: {} };
  if (group.noChange === 'dominant') {
    const key = group.selected.length === 1 ? 'selectionExplain.group.dominantOne' : 'selectionExplain.group.dominantMany';
    return { key, params: { leader: listOf(names, group.selected) } };
  }
  return { key: 'selectionExplain.group.stable', params: {} };
}

/** What switching an optional dimension on does to one group, from the "off" side: who comes in, who goes, whose rank moves. */
export function describeEffect(effect: GroupEffect, dimension: string, names: ReadonlyMap<string, string>): Sentence {
  const entering = listOf(names, effect.entering);
  const leaving = listOf(names, effect.leaving);
  if (effect.entering.length > 0 && effect.leaving.length > 0) return { key: 'selectionExplain.effect.swaps', params: { dimension, entering, leaving } };
  if (effect.entering.length > 0) return { key: 'selectionExplain.effect.adds', params: { dimension, entering } };
  if (effect.leaving.length > 0) return { key: 'selectionExplain.effect.removes', params: { dimension, leaving } };
  if (effect.rankChanges.length > 0) return { key: 'selectionExplain.effect.ranksOnly', params: { dimension, count: effect.rankChanges.length } };
  return { key: 'selectionExplain.effect.none', params: { dimension } };
}

/** A warning for an optional dimension nobody has scored yet (its effect rests on missing scores); null when it is scored. */
export function describeUnscored(effect: DimensionEffect): Sentence | null {
  return effect.unscoredCells > 0 ? { key: 'selectionExplain.effect.unscored', params: { dimension: effect.name, count: effect.unscoredCells } } : null;
}

/** A stability interval in words: the factors of its weight within which the group's selection holds. */
export function describeInterval(interval: StabilityInterval): Sentence {
  const { lower, upper } = interval;
  if (upper === null) return lower > 0 ? { key: 'selectionExplain.interval.from', params: { lower } } : { key: 'selectionExplain.interval.any', params: {} };
  return lower > 0 ? { key: 'selectionExplain.interval.between', params: { lower, upper } } : { key: 'selectionExplain.interval.upTo', params: { upper } };
}
