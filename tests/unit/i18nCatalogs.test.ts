import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/contract/errors';
import { clusterGroups, organisationKinds } from '../../shared/domain/clusters/schemas';
import { actorKinds, attitudes, levels, matrixValues, roles, sectors, tieTypes } from '../../shared/domain/stakeholders/codes';
import { layouts } from '../../shared/domain/stakeholders/schemas';
import { aggregations, determinants, scoringModes, selectionRules } from '../../shared/domain/selection/codes';
import { approvalHeadings, builtinFundingSources, programStatuses, whyLinkKinds, paperSizes, printDocuments } from '../../shared/domain/plan/codes';
import { planCheckCodes } from '../../shared/domain/plan/checks';
import { headerDiffFields, programDiffFields, strategyDiffFields } from '../../shared/domain/plan/compare/planDiff';
import { planTemplates, programTemplates, templateCatalogKeys } from '../../shared/domain/plan/templates';
import { quadrants, strategyKinds } from '../../shared/domain/swot/codes';
import { catalogParts, catalogs } from '../../shared/i18n/catalogs';

function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node === 'string') return { [prefix]: node };
  return Object.entries(node as Record<string, unknown>).reduce<Record<string, string>>(
    (acc, [k, v]) => ({ ...acc, ...flatten(v, prefix ? `${prefix}.${k}` : k) }),
    {},
  );
}

const flat = { id: flatten(catalogs.id), en: flatten(catalogs.en) };

function sourceFiles(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

const read = (files: string[]) => files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
const renderer = read(sourceFiles('renderer/src', /\.tsx?$/));
const sharedCode = read(sourceFiles('shared', /\.ts$/));
const services = read(sourceFiles('electron', /\.tsx?$/));

/** Every key the code names literally: t('x.y'), label="x.y" and the like, validation and history keys. */
function usedKeys(): string[] {
  const patterns = [
    /\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g,
    /(?:label|addLabel|hint)="([a-zA-Z]+\.[a-zA-Z.]+)"/g,
    /label: '([a-zA-Z]+\.[a-zA-Z.]+)'/g,
    /'(validation\.[a-zA-Z]+)'/g,
    /key: '((?:[a-zA-Z]+\.)?history\.[a-zA-Z]+)'/g,
  ];
  const found = new Set<string>();
  for (const text of [renderer, sharedCode, services]) for (const re of patterns) for (const m of text.matchAll(re)) found.add(m[1]!);
  // Keys built from a value: every value they can take.
  for (const g of clusterGroups) found.add(`clusters.groups.${g}`);
  for (const k of organisationKinds) found.add(`clusters.orgKinds.${k}`);
  for (const r of ['open', 'interval', 'migration']) found.add(`backups.reasons.${r}`);
  for (const s of ['saved', 'pending', 'saving', 'invalid', 'failed']) found.add(`save.${s}`);
  for (const c of errorCodes) found.add(`errors.${c}`);
  const codeLists = {
    kind: actorKinds,
    sector: sectors,
    level: levels,
    role: roles,
    attitude: attitudes,
    tieType: tieTypes,
    matrix: matrixValues,
    layout: layouts,
  };
  for (const [group, codes] of Object.entries(codeLists)) for (const c of codes) found.add(`stakeholders.codes.${group}.${c}`);
  const selectionLists = { determinants, aggregations, scoringModes, selectionRules };
  for (const [group, codes] of Object.entries(selectionLists)) for (const c of codes) found.add(`selection.codes.${group}.${c}`);
  for (const [group, codes] of Object.entries({ quadrants, strategyKinds })) for (const c of codes) found.add(`swot.codes.${group}.${c}`);
  for (const k of strategyKinds) found.add(`swot.codes.strategyQuadrants.${k}`);
  for (const c of ['quadrant', 'ref', 'item', 'determinant', 'evidence', 'dots', 'strategies', 'kind', 'strategy', 'items', 'itemTexts'])
    found.add(`swotIo.columns.${c}`);
  const planLists = { statuses: programStatuses, funding: builtinFundingSources, approvalHeadings, whyLinkKinds, paper: paperSizes, documents: printDocuments };
  for (const [group, codes] of Object.entries(planLists)) for (const c of codes) found.add(`plan.codes.${group}.${c}`);
  for (const c of planCheckCodes) found.add(`planChecks.${c}`);
  for (const g of planTemplates) found.add(g.labelKey).add(g.noteKey);
  for (const tpl of programTemplates) for (const k of templateCatalogKeys(tpl)) found.add(k);
  for (const k of ['profile', 'map', 'swot', 'selection', 'vision', 'medium', 'programs', 'actionMatrix', 'pdm', 'gantt', 'budget', 'matrix'])
    found.add(`planPrint.sections.${k}`);
  for (const s of ['Micro', 'Small', 'Medium', 'Large']) found.add(`planPrint.facts.size${s}`);
  for (const l of ['goal', 'purpose', 'output', 'activity']) found.add(`planPrint.pdm.levels.${l}`);
  for (const w of printDocuments) found.add(`planPrint.fileNames.${w}`);
  for (const h of [
    'saveHeader',
    'createStrategy',
    'updateStrategy',
    'deleteStrategy',
    'moveStrategy',
    'createProgram',
    'updateProgram',
    'deleteProgram',
    'moveProgram',
  ])
    found.add(`plan.history.${h}`);
  for (const h of ['addFunding', 'renameFunding', 'deleteFunding', 'moveFunding', 'freezeVersion', 'deleteVersion']) found.add(`plan.history.${h}`);
  for (const k of ['whyWhoWhat', 'actionMatrix', 'pdm', 'gantt', 'budget', 'responsibility', 'checks']) found.add(`planViews.tabs.${k}`);
  for (const k of ['warning', 'info']) found.add(`planViews.checks.severity.${k}`);
  for (const l of ['goal', 'purpose', 'output', 'activity']) found.add(`planViews.pdm.levels.${l}`);
  for (const f of ['pdf', 'docx', 'xlsx']) found.add(`planViews.export.formats.${f}`);
  for (const f of headerDiffFields) found.add(`planViews.compare.headerFields.${f}`);
  for (const f of programDiffFields) found.add(`planViews.compare.programFields.${f}`);
  for (const f of strategyDiffFields) found.add(`planViews.compare.strategyFields.${f}`);
  return [...found].sort();
}

describe('catalogs', () => {
  it('are made of parts whose namespaces never overlap, each in both languages', () => {
    const namespaces = catalogParts.flatMap((p) => Object.keys(p.id));
    expect(new Set(namespaces).size).toBe(namespaces.length);
    for (const p of catalogParts) expect(Object.keys(p.en).sort()).toEqual(Object.keys(p.id).sort());
  });

  it('Bahasa Indonesia and English have exactly the same keys', () => {
    expect(Object.keys(flat.en).sort()).toEqual(Object.keys(flat.id).sort());
  });

  it('no entry is empty, and interpolations match between languages', () => {
    for (const [key, text] of Object.entries(flat.id)) {
      expect(text.trim(), key).not.toBe('');
      const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(flat.en[key]!), key).toEqual(vars(text));
    }
  });

  it.each(['id', 'en'] as const)('every key the code uses exists in %s', (lang) => {
    const keys = usedKeys();
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !(k in flat[lang]))).toEqual([]);
  });

  it('the renderer and the printed documents have no visible text outside the catalogs', () => {
    // JSX text and text-bearing attributes written as literals, other than the product name and language names.
    const allowed = new Set(['Sentra', 'ID', 'EN', 'Rp ', '.sentra']);
    const visibleAttributes = new Set(['title', 'placeholder', 'aria-label', 'label', 'description', 'rightSection', 'alt']);
    const strays: string[] = [];
    for (const file of [...sourceFiles('renderer/src', /\.tsx$/), ...sourceFiles('electron', /\.tsx$/)]) {
      const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node): void => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text) && !allowed.has(node.text.trim())) strays.push(`${file}: ${node.text.trim()}`);
        if (ts.isJsxAttribute(node) && visibleAttributes.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
          const text = node.initializer.text;
          if (/\p{L}/u.test(text) && !allowed.has(text) && !/^[a-z][a-zA-Z]*\.[a-zA-Z.]+$/.test(text)) strays.push(`${file}: ${text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(strays).toEqual([]);
  });
});
