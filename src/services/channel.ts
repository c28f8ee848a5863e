/** What the app needs of a BroadcastChannel; tests pass an in-process stand-in. */
export interface MessageChannelLike<M> {
  postMessage(message: M): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** A BroadcastChannel by name, or null where the browser has none. */
export function openBroadcastChannel<M>(name: string): MessageChannelLike<M> | null {
  return typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(name);
}
