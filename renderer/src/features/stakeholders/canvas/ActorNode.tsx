import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';

/** What an actor's DOM node shows; plain data, so React Flow can compare and copy it. */
export type ActorNodeData = {
  name: string;
  /** Kind and sector in words, for screen readers and the tooltip. */
  description: string;
  radius: number;
  match: boolean;
  focused: boolean;
};
export type ActorFlowNode = Node<ActorNodeData, 'actor'>;

/**
 * An actor at close zoom: a transparent target over the shape the canvas layer draws, with the
 * name under it, the selection and focus rings, and a handle to drag a tie from. Cheap by design:
 * no subscriptions, memoised on its props.
 */
export const ActorNode = memo(function ActorNode({ id, data, selected }: NodeProps<ActorFlowNode>) {
  const cls = ['map-node', selected && 'map-node--selected', data.focused && 'map-node--focused', data.match && 'map-node--match'].filter(Boolean).join(' ');
  return (
    <div className={cls} data-testid={`map-node-${id}`} title={data.description} aria-label={`${data.name}, ${data.description}`} role="img">
      <span className="map-node__label" style={{ top: data.radius * 2.2 + 2 }}>
        {data.name}
      </span>
      <Handle type="source" position={Position.Right} className="map-node__handle" />
    </div>
  );
});

/** Node components by type, at module scope so React Flow never sees a new object. */
export const nodeTypes = { actor: ActorNode };
