import { ReactFlow, useReactFlow, useStoreApi, type FinalConnectionState, type OnNodeDrag } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import type { Position } from '../../../../../shared/domain/stakeholders/schemas';
import { nodeTypes, type ActorFlowNode } from './ActorNode';
import type { Box, Scene } from './buildScene';
import type { Backdrop } from './drawScene';
import { MAX_ZOOM, MIN_ZOOM, type Viewport } from './fitViewport';
import { actorAt, actorsInBox, tieAt } from './hitTest';
import { clickSelect, type Selection } from './selection';
import { useCanvasLayer } from './useCanvasLayer';
import { useDomNodes } from './useDomNodes';
import { useElementSize } from './useElementSize';
import { useFlowNodes } from './useFlowNodes';
import { FIRST_DRAW_MARK, exposeBenchHook } from './benchHook';

export interface MapFlowProps {
  scene: Scene;
  selection: Selection;
  onSelect: (s: Selection) => void;
  highlighted: ReadonlySet<number> | null;
  focused: number;
  labelSize: number;
  backdrop: Backdrop | null;
  /** The first view, from the positions (React Flow's fitView would measure only drawn nodes). */
  initialViewport: (width: number, height: number) => Viewport;
  /** Words for an actor's DOM node: kind and sector. */
  describe: (index: number) => string;
  editable: boolean;
  onEditActor: (id: string) => void;
  onEditTie: (id: string) => void;
  onAddAt: (at: { x: number; y: number }) => void;
  onConnect: (from: string, to: string) => void;
  onMove: (positions: Position[]) => void;
}

/** A tie is picked within this many screen pixels of its line. */
const TIE_PICK_PX = 7;
/** A press that moves less than this is a click, not a drag. */
const CLICK_SLOP_PX = 3;

type Press =
  | { kind: 'box'; x0: number; y0: number; x1: number; y1: number; add: boolean }
  | { kind: 'drag'; x0: number; y0: number; start: Map<number, { x: number; y: number }>; moved: boolean };

/**
 * The drawing surface: the canvas layer (every tie, every shape) under React Flow, which holds
 * DOM nodes only for the actors near the view at close zoom. Box selection (Shift+drag), clicks on
 * ties and, zoomed out, clicks and drags on actors are hit-tested on the layer's arrays, so no
 * element covers the pane and a plain drag always pans.
 */
export function MapFlow(p: MapFlowProps) {
  const rf = useReactFlow<ActorFlowNode>();
  const store = useStoreApi<ActorFlowNode>();
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const size = useElementSize(wrapRef);
  const [dragging, setDragging] = useState(false);
  const [box, setBox] = useState<(Press & { kind: 'box' }) | null>(null);
  const press = useRef<Press | null>(null);
  const suppressClick = useRef(false);
  const dragStart = useRef<Map<number, { x: number; y: number }> | null>(null);
  const latest = useRef(p);
  latest.current = p;

  const dom = useDomNodes(p.scene, size, dragging);
  const selectedIdx = useMemo(
    () => new Set([...p.selection.actors].map((id) => p.scene.indexOf.get(id)).filter((i): i is number => i !== undefined)),
    [p.selection, p.scene],
  );
  const selectedTies = useMemo(
    () => new Set([...p.selection.ties].map((id) => p.scene.tieIndexOf.get(id)).filter((i): i is number => i !== undefined)),
    [p.selection, p.scene],
  );
  const layerOptions = useMemo(
    () => ({
      labels: dom === null,
      rings: dom === null,
      labelSize: p.labelSize,
      selectedActors: selectedIdx,
      selectedTies,
      highlighted: p.highlighted,
      focused: p.focused,
      backdrop: p.backdrop,
    }),
    [dom, p.labelSize, selectedIdx, selectedTies, p.highlighted, p.focused, p.backdrop],
  );
  const drawn = useRef(false);
  const layer = useCanvasLayer(canvasRef, size, p.scene, layerOptions, () => {
    if (drawn.current) return;
    drawn.current = true;
    performance.mark(FIRST_DRAW_MARK);
  });

  const { scene, highlighted, focused, editable, describe } = p;
  const { nodes, onNodesChange } = useFlowNodes(dom, scene, { selected: selectedIdx, highlighted, focused, editable, describe });

  useEffect(() => exposeBenchHook(rf), [rf]);

  const toFlow = (clientX: number, clientY: number) => rf.screenToFlowPosition({ x: clientX, y: clientY });
  const zoom = () => store.getState().transform[2];

  /** Moves the actors of a drag (start positions) by (dx, dy) in the layer's arrays, and redraws it. */
  const shift = (start: Map<number, { x: number; y: number }>, dx: number, dy: number) => {
    const s = latest.current.scene;
    for (const [i, at] of start) {
      s.x[i] = at.x + dx;
      s.y[i] = at.y + dy;
    }
    layer.redraw();
  };
  const commit = (start: Map<number, { x: number; y: number }>) => {
    const s = latest.current.scene;
    latest.current.onMove([...start.keys()].map((i) => ({ actorId: s.actorIds[i]!, x: Math.round(s.x[i]!), y: Math.round(s.y[i]!) })));
  };
  const startOf = (indices: Iterable<number>) => new Map([...indices].map((i) => [i, { x: p.scene.x[i]!, y: p.scene.y[i]! }]));

  const onNodeClick = (e: ReactMouseEvent, node: ActorFlowNode) =>
    p.onSelect(clickSelect(p.selection, 'actors', node.id, e.shiftKey || e.ctrlKey || e.metaKey));
  const onNodeDragStart: OnNodeDrag<ActorFlowNode> = (_e, node) => {
    const i = p.scene.indexOf.get(node.id)!;
    // An unselected actor moves alone (React Flow drags it alone) and is selected when dropped.
    dragStart.current = startOf(selectedIdx.has(i) ? selectedIdx : [i]);
    setDragging(true);
  };
  const onNodeDrag: OnNodeDrag<ActorFlowNode> = (_e, node) => {
    const start = dragStart.current;
    const i = p.scene.indexOf.get(node.id);
    if (!start || i === undefined) return;
    const from = start.get(i)!;
    shift(start, node.position.x - from.x, node.position.y - from.y);
  };
  const onNodeDragStop: OnNodeDrag<ActorFlowNode> = (_e, node) => {
    if (!p.selection.actors.has(node.id)) p.onSelect({ actors: new Set([node.id]), ties: new Set() });
    if (dragStart.current) commit(dragStart.current);
    dragStart.current = null;
    setDragging(false);
  };

  const onConnectEnd = (e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    const fromId = state.fromNode?.id;
    const point = 'changedTouches' in e ? e.changedTouches[0] : e;
    if (!fromId || !point) return;
    const at = toFlow(point.clientX, point.clientY);
    const i = actorAt(p.scene, at.x, at.y, 6 / zoom());
    if (i >= 0 && p.scene.actorIds[i] !== fromId) p.onConnect(fromId, p.scene.actorIds[i]!);
  };

  const onPaneClick = (e: ReactMouseEvent) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    const add = e.shiftKey || e.ctrlKey || e.metaKey;
    const at = toFlow(e.clientX, e.clientY);
    const z = zoom();
    const i = dom === null ? actorAt(p.scene, at.x, at.y, 3 / z) : -1;
    if (i >= 0) return p.onSelect(clickSelect(p.selection, 'actors', p.scene.actorIds[i]!, add));
    const k = tieAt(p.scene, at.x, at.y, TIE_PICK_PX / z);
    if (k >= 0) return p.onSelect(clickSelect(p.selection, 'ties', p.scene.tieIds[k]!, add));
    if (!add) p.onSelect({ actors: new Set(), ties: new Set() });
  };

  const onDoubleClick = (e: ReactMouseEvent) => {
    if (!(e.target as Element).classList.contains('react-flow__pane')) return;
    const at = toFlow(e.clientX, e.clientY);
    const z = zoom();
    const i = dom === null ? actorAt(p.scene, at.x, at.y, 3 / z) : -1;
    if (i >= 0) return p.onEditActor(p.scene.actorIds[i]!);
    const k = tieAt(p.scene, at.x, at.y, TIE_PICK_PX / z);
    if (k >= 0) return p.onEditTie(p.scene.tieIds[k]!);
    if (p.editable) p.onAddAt({ x: Math.round(at.x), y: Math.round(at.y) });
  };

  // Shift+drag draws a selection box; zoomed out, a press on an actor drags it (and the selection).
  // Taken in the capture phase, before React Flow's pane starts a pan.
  const onMouseDownCapture = (e: ReactMouseEvent) => {
    if (e.button !== 0 || !(e.target as Element).classList.contains('react-flow__pane')) return;
    const rect = wrapRef.current!.getBoundingClientRect();
    const x0 = e.clientX - rect.left;
    const y0 = e.clientY - rect.top;
    if (e.shiftKey) {
      press.current = { kind: 'box', x0, y0, x1: x0, y1: y0, add: e.ctrlKey || e.metaKey || p.selection.actors.size > 0 };
    } else if (dom === null && p.editable) {
      const at = toFlow(e.clientX, e.clientY);
      const i = actorAt(p.scene, at.x, at.y, 3 / zoom());
      if (i < 0) return;
      const moving = selectedIdx.has(i) ? selectedIdx : new Set([i]);
      if (!selectedIdx.has(i)) p.onSelect({ actors: new Set([p.scene.actorIds[i]!]), ties: new Set() });
      press.current = { kind: 'drag', x0, y0, start: startOf(moving), moved: false };
    } else return;
    e.stopPropagation();
    e.preventDefault();
    const move = (ev: MouseEvent) => {
      const pr = press.current;
      if (!pr) return;
      const x1 = ev.clientX - rect.left;
      const y1 = ev.clientY - rect.top;
      if (pr.kind === 'box') {
        pr.x1 = x1;
        pr.y1 = y1;
        setBox({ ...pr });
        return;
      }
      if (!pr.moved && Math.hypot(x1 - pr.x0, y1 - pr.y0) < CLICK_SLOP_PX) return;
      pr.moved = true;
      shift(pr.start, (x1 - pr.x0) / zoom(), (y1 - pr.y0) / zoom());
    };
    const up = () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      const pr = press.current;
      press.current = null;
      setBox(null);
      if (!pr) return;
      if (pr.kind === 'box') {
        if (Math.hypot(pr.x1 - pr.x0, pr.y1 - pr.y0) < CLICK_SLOP_PX) return;
        suppressClick.current = true;
        const a = toFlow(rect.left + Math.min(pr.x0, pr.x1), rect.top + Math.min(pr.y0, pr.y1));
        const b = toFlow(rect.left + Math.max(pr.x0, pr.x1), rect.top + Math.max(pr.y0, pr.y1));
        const inside: Box = { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
        const ids = actorsInBox(latest.current.scene, inside).map((i) => latest.current.scene.actorIds[i]!);
        const sel = latest.current.selection;
        latest.current.onSelect({ actors: new Set(pr.add ? [...sel.actors, ...ids] : ids), ties: pr.add ? sel.ties : new Set() });
        return;
      }
      suppressClick.current = true;
      if (pr.moved) commit(pr.start);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };

  // The first view is computed once the pane has a size, before React Flow mounts.
  const [firstView, setFirstView] = useState<Viewport | null>(null);
  if (!firstView && size.width > 0) setFirstView(p.initialViewport(size.width, size.height));

  return (
    <div className="map-flow" ref={wrapRef} onMouseDownCapture={onMouseDownCapture} onDoubleClick={onDoubleClick} data-testid="map-canvas">
      <canvas ref={canvasRef} className="map-flow__layer" aria-hidden="true" data-testid="map-canvas-layer" />
      {firstView && (
        <ReactFlow<ActorFlowNode>
          nodes={nodes}
          edges={[]}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          nodeOrigin={[0.5, 0.5]}
          defaultViewport={firstView}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          zoomOnDoubleClick={false}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          deleteKeyCode={null}
          elementsSelectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          disableKeyboardA11y
          nodesConnectable={p.editable}
          nodesDraggable={p.editable}
          onNodeClick={onNodeClick}
          onNodeDoubleClick={(_e, node) => p.onEditActor(node.id)}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onConnectEnd={onConnectEnd}
          onPaneClick={onPaneClick}
          attributionPosition="bottom-left"
        />
      )}
      {box && (
        <div
          className="map-flow__box"
          style={{ left: Math.min(box.x0, box.x1), top: Math.min(box.y0, box.y1), width: Math.abs(box.x1 - box.x0), height: Math.abs(box.y1 - box.y0) }}
        />
      )}
    </div>
  );
}
