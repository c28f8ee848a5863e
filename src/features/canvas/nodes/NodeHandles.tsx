import { Handle, Position } from "@xyflow/react";
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
 * at any of them; a new link then runs upward, from the cause to its effect.
 */
export function NodeHandles() {
  return (
    <>
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={POSITION[side]} />
      ))}
    </>
  );
}
