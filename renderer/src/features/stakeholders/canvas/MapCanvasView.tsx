import '@xyflow/react/dist/base.css';
import './mapCanvas.css';
import { ReactFlowProvider, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { filterMap } from '../../../../../shared/domain/stakeholders/filterMap';
import { powerInterestQuadrants } from '../../../../../shared/domain/stakeholders/layouts/powerInterestQuadrants';
import type { Position, StakeholderMap } from '../../../../../shared/domain/stakeholders/schemas';
import { useAppState } from '../../../app/AppState';
import type { MapViewState } from '../mapViewState';
import type { MapMetricsState } from '../metrics/useMapMetrics';
import type { MapEdit } from '../useStakeholderMap';
import { buildScene, sceneBounds } from './buildScene';
import { visibleBox } from './fitViewport';
import { gridBackdrop } from './gridBackdrop';
import { LayoutPicker } from './LayoutPicker';
import { mapKeyHandler } from './mapKeyHandler';
import { MapFlow } from './MapFlow';
import { MapLegend } from './MapLegend';
import { MapMiniMap } from './MapMiniMap';
import { MapSidePanel, type PanelState } from './MapSidePanel';
import { MapToolbar } from './MapToolbar';
import { MapZoomControls } from './MapZoomControls';
import { QuadrantDescription } from './QuadrantDescription';
import { emptySelection, selectionSize, type Selection } from './selection';
import { useFillHeight } from './useFillHeight';
import { rectBox, useMapFit } from './useMapFit';
import { useMovedActors } from './useMovedActors';
import { useNudge } from './useNudge';

export interface MapCanvasViewProps {
  clusterId: string;
  map: StakeholderMap;
  setMap: (map: StakeholderMap) => void;
  edit: MapEdit;
  view: MapViewState;
  setView: Dispatch<SetStateAction<MapViewState>>;
  metrics: MapMetricsState;
}

/** The stakeholder map's canvas: toolbar, drawing surface, legend, minimap and the side panel's editors. */
export function MapCanvasView(props: MapCanvasViewProps) {
  return (
    <ReactFlowProvider>
      <CanvasView {...props} />
    </ReactFlowProvider>
  );
}

function CanvasView({ clusterId, map, edit, view, setView }: MapCanvasViewProps) {
  const { t } = useTranslation();
  const { presentation } = useAppState();
  const editable = !presentation;
  const rf = useReactFlow();
  const store = useStoreApi();
  const regionRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const height = useFillHeight(viewRef, 16, [presentation]);
  const [chosen, setSelection] = useState<Selection>(emptySelection);
  const [focusId, setFocusId] = useState<string | null>(null);
  const [panel, setPanel] = useState<PanelState>(null);
  const [search, setSearch] = useState('');
  const { actors, moveLocally } = useMovedActors(map);

  const shown = useMemo(() => filterMap(actors, map.ties, view), [actors, map.ties, view]);
  const scene = useMemo(() => buildScene(shown.actors, shown.ties), [shown]);
  const grid = useMemo(() => (map.settings.layout === 'powerInterest' ? powerInterestQuadrants(map.actors) : null), [map.settings.layout, map.actors]);
  const backdrop = useMemo(() => (grid ? gridBackdrop(grid, t) : null), [grid, t]);
  const byName = useMemo(() => shown.actors.map((a, i) => ({ i, name: a.name })).sort((a, b) => a.name.localeCompare(b.name)), [shown]);
  const highlighted = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    if (!needle) return null;
    return new Set(shown.actors.flatMap((a, i) => (a.name.toLocaleLowerCase().includes(needle) ? [i] : [])));
  }, [search, shown]);
  const focused = focusId === null ? -1 : (scene.indexOf.get(focusId) ?? -1);
  const describe = useCallback(
    (i: number) => `${t(`stakeholders.codes.kind.${shown.actors[i]!.kind}`)}, ${t(`stakeholders.codes.sector.${shown.actors[i]!.sector}`)}`,
    [shown, t],
  );

  // The selection counts only what is still shown (after a filter, a delete, an undo).
  const selection = useMemo<Selection>(() => {
    const actorsKept = [...chosen.actors].filter((id) => scene.indexOf.has(id));
    const tiesKept = [...chosen.ties].filter((id) => scene.tieIndexOf.has(id));
    return actorsKept.length === chosen.actors.size && tiesKept.length === chosen.ties.size ? chosen : { actors: new Set(actorsKept), ties: new Set(tiesKept) };
  }, [chosen, scene]);

  const { fitBox, fit, refitSoon, initialViewport } = useMapFit(scene, grid, presentation, view.focusActorId);

  const viewCentre = () => {
    const { width, height } = store.getState();
    return rf.screenToFlowPosition({
      x: store.getState().domNode!.getBoundingClientRect().left + width / 2,
      y: store.getState().domNode!.getBoundingClientRect().top + height / 2,
    });
  };
  const backToMap = () => regionRef.current?.focus();
  const oneActor = selection.actors.size === 1 && selection.ties.size === 0 ? [...selection.actors][0]! : null;

  const actions = {
    add: (at?: { x: number; y: number }) => {
      const c = at ?? viewCentre();
      setPanel({ kind: 'actor', id: null, at: { x: Math.round(c.x), y: Math.round(c.y) } });
    },
    connect: () => {
      if (oneActor) setPanel({ kind: 'tie', id: null, from: oneActor, to: '' });
    },
    edit: () => {
      if (selectionSize(selection) !== 1) return;
      if (oneActor) setPanel({ kind: 'actor', id: oneActor, at: { x: 0, y: 0 } });
      else setPanel({ kind: 'tie', id: [...selection.ties][0]!, from: '', to: '' });
    },
    remove: async () => {
      if (selectionSize(selection) === 0) return;
      await edit('stakeholders.selection.delete', { clusterId, actorIds: [...selection.actors], tieIds: [...selection.ties] }).catch(() => undefined);
      setSelection(emptySelection);
      setPanel(null);
    },
    toggleFocus: () => {
      if (view.focusActorId !== null) setView((v) => ({ ...v, focusActorId: null }));
      else if (oneActor) setView((v) => ({ ...v, focusActorId: oneActor }));
    },
  };

  const move = useCallback(
    (positions: Position[]) => {
      if (positions.length === 0) return;
      moveLocally(positions);
      void edit('stakeholders.positions.set', { clusterId, positions }).catch(() => undefined);
    },
    [clusterId, edit, moveLocally],
  );

  const nudge = useNudge(scene, selection.actors, moveLocally, (positions) => {
    void edit('stakeholders.positions.set', { clusterId, positions }).catch(() => undefined);
  });

  const step = (dir: 1 | -1): boolean => {
    const at = byName.findIndex((e) => e.i === focused);
    const next = at < 0 ? (dir === 1 ? 0 : byName.length - 1) : at + dir;
    if (next < 0 || next >= byName.length) {
      setFocusId(null);
      return false;
    }
    const i = byName[next]!.i;
    const id = scene.actorIds[i]!;
    setFocusId(id);
    setSelection({ actors: new Set([id]), ties: new Set() });
    // Bring the actor into view if it is not.
    const { transform, width, height } = store.getState();
    const v = visibleBox({ x: transform[0], y: transform[1], zoom: transform[2] }, width, height);
    if (scene.x[i]! < v.minX || scene.x[i]! > v.maxX || scene.y[i]! < v.minY || scene.y[i]! > v.maxY)
      void rf.setCenter(scene.x[i]!, scene.y[i]!, { zoom: transform[2] });
    return true;
  };

  const onKeyDown = mapKeyHandler({
    selection,
    editable,
    step,
    hasFocus: focused >= 0,
    clear: () => {
      setSelection(emptySelection);
      setFocusId(null);
    },
    selectAll: () => setSelection({ actors: new Set(scene.actorIds), ties: new Set() }),
    add: () => actions.add(),
    connect: actions.connect,
    editSelected: actions.edit,
    deleteSelected: () => void actions.remove(),
    toggleFocus: actions.toggleFocus,
    nudge,
    pan: (dx, dy) => {
      const v = rf.getViewport();
      void rf.setViewport({ ...v, x: v.x + dx, y: v.y + dy });
    },
    zoomBy: (k) => void (k > 1 ? rf.zoomIn() : rf.zoomOut()),
    fit,
  });

  const announcement =
    focused >= 0
      ? t('stakeholderMap.a11y.focused', { name: shown.actors[focused]!.name, what: describe(focused), n: focused + 1 })
      : selectionSize(selection) > 0
        ? t('stakeholderMap.a11y.selected', { actors: selection.actors.size, ties: selection.ties.size })
        : '';

  return (
    <div className="map-view" ref={viewRef} style={{ height }} data-testid="map-view">
      {editable && (
        <MapToolbar
          view={view}
          setView={setView}
          search={search}
          onSearch={setSearch}
          onSearchGo={() => highlighted && highlighted.size > 0 && fitBox(sceneBounds(scene, highlighted), 1.2)}
          matches={highlighted?.size ?? 0}
          selectedActors={selection.actors.size}
          selectedTotal={selectionSize(selection)}
          focusCandidate={oneActor}
          onAdd={() => actions.add()}
          onConnect={actions.connect}
          onEdit={actions.edit}
          onDelete={() => void actions.remove()}
          onFocus={actions.toggleFocus}
          layoutPicker={<LayoutPicker map={map} edit={edit} onPlaced={refitSoon} />}
        />
      )}
      {/* The pane's size must be final before the first view is computed from it. */}
      {height !== undefined && (
        <div className="map-view__body">
          {/* Outside the region: a screen reader reads an application's content only through its labels. */}
          {grid && <QuadrantDescription actors={shown.actors} />}
          <div
            ref={regionRef}
            className="map-view__region"
            role="application"
            tabIndex={0}
            aria-label={t('stakeholderMap.a11y.region', { actors: shown.actors.length, ties: shown.ties.length })}
            aria-describedby="map-instructions"
            onKeyDown={onKeyDown}
            data-testid="map-region"
          >
            <p id="map-instructions" className="sr-only">
              {t(editable ? 'stakeholderMap.a11y.instructions' : 'stakeholderMap.a11y.instructionsPresentation')}
            </p>
            <MapFlow
              scene={scene}
              selection={selection}
              onSelect={setSelection}
              highlighted={highlighted}
              focused={focused}
              labelSize={presentation ? 20 : 13}
              backdrop={backdrop}
              initialViewport={initialViewport}
              describe={describe}
              editable={editable}
              onEditActor={(id) => setPanel({ kind: 'actor', id, at: { x: 0, y: 0 } })}
              onEditTie={(id) => setPanel({ kind: 'tie', id, from: '', to: '' })}
              onAddAt={(at) => actions.add(at)}
              onConnect={(from, to) => setPanel({ kind: 'tie', id: null, from, to })}
              onMove={move}
            />
            <MapZoomControls onFit={fit} />
            {/* The side panel narrows the map: the minimap would then cover actors. */}
            {!(panel && editable) && <MapMiniMap scene={scene} extra={grid ? rectBox(grid.bounds) : null} />}
            <MapLegend compact={presentation} />
            <div className="sr-only" aria-live="polite" data-testid="map-announcement">
              {announcement}
            </div>
          </div>
          {panel && editable && (
            <MapSidePanel
              panel={panel}
              map={map}
              edit={edit}
              onSaved={(createdActor) => {
                if (createdActor) setSelection({ actors: new Set([createdActor]), ties: new Set() });
                setPanel(null);
                backToMap();
              }}
              onClose={() => {
                setPanel(null);
                backToMap();
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
