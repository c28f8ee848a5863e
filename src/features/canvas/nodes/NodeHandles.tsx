import { Handle, Position } from "@xyflow/react";
import { useT } from "../../../state/useT";
import { SIDES } from "../flowHandles";

const POSITION = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
} as const;

/**
 * Connection points, one on each side, named after it: a link leaves and enters by the sides
 * that face each other (toFlow picks them). The canvas runs in loose mode, so a link can start
 * at any of them; a new link then runs upward, from the cause to its effect. They grow when
 * the pointer is on the node (canvas CSS), and say what dragging them does.
 */
export function NodeHandles() {
  const t = useT();
  const hint = t("canvas.handleHint");
  return (
    <>
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={POSITION[side]} title={hint} />
      ))}
    </>
  );
}
