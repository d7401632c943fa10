import type { PlanCheck } from '../checks';
import type { PlanContext, PlanDoc } from '../types';
import { leadOf } from '../views/programSums';
import { clip, makeCheck, normaliseName } from './makeCheck';

/**
 * Who leads what, per program id: a deleted lead; a lead at the map's periphery (at most one tie
 * there) or picked from the actors but not on this cluster's map; and an agency leading more than
 * `header.leadLoadMax` programs, reported once, on the first program it leads. An agency is its
 * actor; a typed name counts as the actor of that name when exactly one actor (on the map or
 * leading in the plan) has it, else as the name itself, normalised.
 */
export function leadChecks(doc: Pick<PlanDoc, 'header' | 'programs'>, context: Pick<PlanContext, 'actors'>): Map<string, PlanCheck[]> {
  const onMap = new Map(context.actors.map((a) => [a.id, a]));
  const idsByName = new Map<string, Set<string>>();
  const named = (id: string, name: string) => {
    const n = normaliseName(name);
    idsByName.set(n, (idsByName.get(n) ?? new Set()).add(id));
  };
  for (const a of context.actors) named(a.id, a.name);
  for (const p of doc.programs) if (p.lead?.actorId) named(p.lead.actorId, p.lead.name);
  const actorOf = (name: string) => {
    const ids = idsByName.get(normaliseName(name));
    return ids?.size === 1 ? [...ids][0]! : null;
  };

  const findings = new Map<string, PlanCheck[]>();
  const led = new Map<string, { first: string; lead: string; count: number }>();
  for (const p of doc.programs) {
    const lead = leadOf(p);
    if (lead === null) continue;
    const at = { section: 'program' as const, id: p.id, field: 'lead' };
    const params = { program: clip(p.name), lead: clip(lead.name) };
    const list: PlanCheck[] = [];
    const actorId = lead.actorId ?? actorOf(lead.name);
    if (lead.deleted) list.push(makeCheck('leadDeleted', params, at));
    else if (actorId !== null) {
      const actor = onMap.get(actorId);
      if (actor === undefined) list.push(makeCheck('leadNotOnMap', params, at));
      else if (actor.ties <= 1) list.push(makeCheck('leadPeripheral', { ...params, ties: actor.ties }, at));
    }
    findings.set(p.id, list);
    const key = actorId !== null ? `actor:${actorId}` : `name:${normaliseName(lead.name)}`;
    const entry = led.get(key);
    if (entry) entry.count += 1;
    else led.set(key, { first: p.id, lead: clip(lead.name), count: 1 });
  }
  const max = doc.header.leadLoadMax;
  for (const { first, lead, count } of led.values())
    if (count > max) findings.get(first)!.push(makeCheck('leadOverloaded', { lead, count, max }, { section: 'program', id: first, field: 'lead' }));
  return findings;
}
