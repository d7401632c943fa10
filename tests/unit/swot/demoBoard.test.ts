import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clustersInterchange } from '../../../shared/domain/clusters/interchange';
import { stakeholdersInterchange } from '../../../shared/domain/stakeholders/interchange';
import { strategyKinds } from '../../../shared/domain/swot/codes';
import { type SwotSection, swotInterchange } from '../../../shared/domain/swot/interchange';
import { linkFits } from '../../../shared/domain/swot/linkRules';
import { parseWorkspaceDocument } from '../../../shared/domain/workspace/interchange';

const text = fs.readFileSync(path.resolve('resources/demo/demo-workspace.json'), 'utf8');
const demo = JSON.parse(text) as SwotSection & { mapPlacements: { clusterId: string; actorId: string }[] };
const kebumen = 'demo-kebumen';

describe('the demo SWOT of the Kebumen roof-tile pilot', () => {
  it('is a valid SWOT section of the bundled document', () => {
    // Other features' sections are left out: only ours, and the clusters and actors it points at, are checked here.
    const sections = [clustersInterchange, stakeholdersInterchange, swotInterchange];
    const keys = ['format', 'formatVersion', 'exportedAt', 'appVersion', ...sections.flatMap((s) => Object.keys(s.shape))];
    const doc = Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).filter(([k]) => keys.includes(k)));
    const r = parseWorkspaceDocument(JSON.stringify(doc), sections);
    expect(r.ok ? null : r.params).toBeNull();
  });

  it('holds 14–20 items in all four quadrants, each with a determinant and a cited source (or "Ilustratif")', () => {
    const items = demo.swotItems.filter((i) => i.clusterId === kebumen);
    expect(items.length).toBeGreaterThanOrEqual(14);
    expect(items.length).toBeLessThanOrEqual(20);
    expect(new Set(items.map((i) => i.quadrant)).size).toBe(4);
    for (const i of items) {
      expect(i.determinant, i.text).not.toBeNull();
      expect(i.evidence, i.text).toMatch(/JICA \(2004\)|Ilustratif/);
    }
  });

  it('has four participants from the Kebumen map or typed, each within the dots of the board, and every dot on a Kebumen item', () => {
    const voters = demo.swotVoters.filter((v) => v.clusterId === kebumen);
    expect(voters).toHaveLength(4);
    const onMap = new Set(demo.mapPlacements.filter((p) => p.clusterId === kebumen).map((p) => p.actorId));
    for (const v of voters) if (v.actorId !== null) expect(onMap.has(v.actorId), v.name).toBe(true);
    const budget = demo.swotBoards.find((b) => b.clusterId === kebumen)!.dotsPerVoter;
    const items = new Set(demo.swotItems.filter((i) => i.clusterId === kebumen).map((i) => i.id));
    for (const v of voters) {
      const given = demo.swotVotes.filter((x) => x.voterId === v.id);
      expect(given.every((x) => items.has(x.itemId))).toBe(true);
      expect(given.reduce((s, x) => s + x.dots, 0)).toBe(budget);
    }
  });

  it('drafts 4–6 TOWS strategies, at least one of each kind, each citing items of its two quadrants', () => {
    const strategies = demo.towsStrategies.filter((s) => s.clusterId === kebumen);
    expect(strategies.length).toBeGreaterThanOrEqual(4);
    expect(strategies.length).toBeLessThanOrEqual(6);
    expect(new Set(strategies.map((s) => s.kind))).toEqual(new Set(strategyKinds));
    const quadrant = new Map(demo.swotItems.map((i) => [i.id, i.quadrant]));
    for (const s of strategies) {
      const cited = s.itemIds.map((id) => quadrant.get(id)!);
      expect(
        cited.every((q) => q !== undefined && linkFits(s.kind, q)),
        s.text,
      ).toBe(true);
      // both sides of the pair are cited
      expect(new Set(cited).size, s.text).toBe(2);
    }
  });
});
