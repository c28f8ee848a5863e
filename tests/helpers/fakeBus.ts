import type { MessageChannelLike } from "../../src/services/channel";

/**
 * An in-process stand-in for a BroadcastChannel: each call opens a member; a message goes to
 * every other member, later (as between tabs).
 */
export function fakeBus<M>() {
  const members = new Set<{ listeners: Set<(e: MessageEvent) => void> }>();
  return (): MessageChannelLike<M> => {
    const member = { listeners: new Set<(e: MessageEvent) => void>() };
    members.add(member);
    return {
      postMessage(message: M) {
        for (const other of members) {
          if (other === member) continue;
          setTimeout(() => {
            for (const l of other.listeners) l(new MessageEvent("message", { data: message }));
          }, 0);
        }
      },
      addEventListener: (_type, listener) => member.listeners.add(listener),
      removeEventListener: (_type, listener) => member.listeners.delete(listener),
      close: () => members.delete(member),
    };
  };
}
