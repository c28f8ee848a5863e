import { useAppStore } from "../../state/StoreProvider";
import { useT } from "../../state/useT";

/**
 * Who is here in a shared analysis, in the header: this person first (a button to change their
 * name or colour), then each colleague once (one person in two tabs is one name).
 */
export function PresenceList() {
  const t = useT();
  const self = useAppStore((s) => s.self);
  const peers = useAppStore((s) => s.peers);
  const openPrompt = useAppStore((s) => s.setNamePromptOpen);
  const following = useAppStore((s) => s.following);
  const setFollowing = useAppStore((s) => s.setFollowing);
  if (!self) return null;
  const seen = new Set([self.id]);
  const others = peers.filter((peer) => !seen.has(peer.id) && seen.add(peer.id));
  return (
    <section className="presence-list" aria-label={t("presence.here")}>
      <ul>
        <li>
          <button
            type="button"
            className="presence-self"
            onClick={() => openPrompt(true)}
            title={t("presence.changeName")}
          >
            <span className="presence-dot" style={{ background: self.colour }} aria-hidden="true" />
            {t("presence.you", { name: self.name })}
          </button>
        </li>
        {others.map((peer) => (
          <li key={peer.id}>
            {/* Following someone shows their view here, as on a projector; pressed again: stop. */}
            <button
              type="button"
              className="presence-peer"
              aria-pressed={following === peer.clientId}
              aria-label={t("presence.follow", { name: peer.name })}
              title={t("presence.followHint", { name: peer.name })}
              onClick={() => setFollowing(following === peer.clientId ? null : peer.clientId)}
            >
              <span
                className="presence-dot"
                style={{ background: peer.colour }}
                aria-hidden="true"
              />
              <span className="presence-name">{peer.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
