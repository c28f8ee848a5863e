import { Share2 } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { cleanName, NAME_MAX } from "../../domain/presence/participant";
import type { MessageKey } from "../../i18n/messages";
import { readIdentity } from "../../persistence/presenceIdentity";
import type { SharedAnalysis } from "../../persistence/sharedAnalyses";
import { shareHash } from "../../services/route";
import {
  createShareLink,
  type LinkRole,
  listShareLinks,
  revokeShareLink,
  type ShareApiError,
  type ShareLinkInfo,
} from "../../services/sync/shareApi";
import { useAppStore, useAppStoreApi } from "../../state/StoreProvider";
import { useT } from "../../state/useT";
import { ModalDialog } from "../../ui/ModalDialog";
import { NamePrompt } from "./NamePrompt";
import { PresenceList } from "./PresenceList";
import { chooseSelf, defaultServerUrl, sharingOf } from "./sharing";
import "./share.css";

const ERROR_KEYS: Record<ShareApiError, MessageKey> = {
  unreachable: "share.unreachable",
  notOwner: "share.notOwner",
  server: "share.serverError",
};

const storage = () => (typeof localStorage === "undefined" ? null : localStorage);

/** The address that opens a shared document with a token, on this app. */
function linkUrl(share: SharedAnalysis, token: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${shareHash({ server: share.server, document: share.document, token })}`;
}

/** "Delen" in the header, and the status of a shared analysis beside it. */
export function ShareButton() {
  const t = useT();
  const open = useAppStore((s) => s.shareDialogOpen);
  const setOpen = useAppStore((s) => s.setShareDialogOpen);
  const status = useAppStore((s) => s.shareStatus);
  const label =
    status.kind === "connecting"
      ? t("share.status.connecting")
      : status.kind === "shared"
        ? t(
            !status.online
              ? "share.status.offline"
              : status.access === "view"
                ? "share.status.readonly"
                : status.access === "participant"
                  ? "share.status.participant"
                  : "share.status.shared",
          )
        : null;
  return (
    <>
      <button type="button" className="share-button" onClick={() => setOpen(true)}>
        <Share2 size={14} aria-hidden="true" />
        {t("share.open")}
      </button>
      {label && (
        <span className="share-status" role="status" data-share={status.kind}>
          {label}
        </span>
      )}
      <PresenceList />
      {open && <ShareDialog onClose={() => setOpen(false)} />}
      <NamePrompt />
    </>
  );
}

function ShareDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.shareStatus);
  const sharing = sharingOf(store);
  const [share, setShare] = useState(() => sharing?.current() ?? null);
  const [server, setServer] = useState(() => defaultServerUrl(storage()));
  const [identity] = useState(() => readIdentity(storage()));
  const offeredName = identity.name ?? t("presence.defaultName", { number: identity.number });
  const [name, setName] = useState(offeredName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShareApiError | null>(null);
  const serverId = useId();

  const start = async () => {
    if (!sharing || server.trim() === "") return;
    setBusy(true);
    setError(null);
    // Asked once, here: the name the others see (kept for every later share).
    chooseSelf(store, storage(), { name: cleanName(name) || offeredName, colour: identity.colour });
    const result = await sharing.share(server.trim());
    setBusy(false);
    if (result.ok) setShare(result.value);
    else setError(result.error);
  };

  return (
    <ModalDialog title={t("share.title")} onClose={onClose} className="share-dialog">
      {share === null ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <p>{t("share.localOnly")}</p>
          <label htmlFor={serverId}>{t("share.serverLabel")}</label>
          <input
            id={serverId}
            type="url"
            value={server}
            onChange={(event) => setServer(event.target.value)}
            placeholder="wss://"
            aria-describedby={`${serverId}-hint`}
            required
          />
          <p className="hint" id={`${serverId}-hint`}>
            {t("share.serverHint")}
          </p>
          <label htmlFor={`${serverId}-name`}>{t("presence.nameForOthers")}</label>
          <input
            id={`${serverId}-name`}
            value={name}
            maxLength={NAME_MAX}
            onChange={(event) => setName(event.target.value)}
            autoComplete="nickname"
          />
          <button type="submit" className="btn-primary" disabled={busy}>
            {busy ? t("share.starting") : t("share.start")}
          </button>
        </form>
      ) : share.role === "owner" ? (
        <OwnerLinks share={share} onError={setError} />
      ) : (
        <p>
          {t(
            status.kind === "shared" && status.access === "view"
              ? "share.sharedAsViewer"
              : status.kind === "shared" && status.access === "participant"
                ? "share.sharedAsParticipant"
                : "share.sharedAsEditor",
          )}
        </p>
      )}
      {error && (
        <p className="share-error" role="alert">
          {t(ERROR_KEYS[error])}
        </p>
      )}
      <div className="dialog-footer">
        <button type="button" onClick={onClose}>
          {t("share.close")}
        </button>
      </div>
    </ModalDialog>
  );
}

/** The owner's links: make one per role, copy it, revoke it. */
function OwnerLinks({
  share,
  onError,
}: {
  share: SharedAnalysis;
  onError(error: ShareApiError | null): void;
}) {
  const t = useT();
  const [links, setLinks] = useState<ShareLinkInfo[]>([]);
  // Tokens exist only in the answer to their creation: the server keeps hashes.
  const [tokens, setTokens] = useState<ReadonlyMap<string, string>>(new Map());
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void listShareLinks(share.server, share.document, share.token).then((result) => {
      if (!live) return;
      if (result.ok) setLinks(result.value.links);
      else onError(result.error);
    });
    return () => {
      live = false;
    };
  }, [share, onError]);

  const make = async (role: LinkRole) => {
    onError(null);
    const result = await createShareLink(share.server, share.document, share.token, role);
    if (!result.ok) return onError(result.error);
    const { id, token } = result.value;
    setTokens((known) => new Map([...known, [id, token]]));
    setLinks((known) => [...known, { id, role, createdAt: "", revokedAt: null }]);
  };

  const revoke = async (id: string) => {
    onError(null);
    const result = await revokeShareLink(share.server, share.document, share.token, id);
    if (!result.ok) return onError(result.error);
    setLinks((known) =>
      known.map((link) => (link.id === id ? { ...link, revokedAt: "now" } : link)),
    );
  };

  const copy = async (id: string, url: string) => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(id);
  };

  return (
    <>
      <p>{t("share.sharedAsOwner", { server: share.server })}</p>
      <div className="share-make">
        <button type="button" onClick={() => void make("editor")}>
          {t("share.makeEditorLink")}
        </button>
        <button type="button" onClick={() => void make("readonly")}>
          {t("share.makeReadonlyLink")}
        </button>
        <button type="button" onClick={() => void make("participant")}>
          {t("share.makeParticipantLink")}
        </button>
      </div>
      <h3>{t("share.links", { count: links.length })}</h3>
      <ul className="share-links">
        {links.map((link) => {
          const token = tokens.get(link.id);
          const role = t(`share.role.${link.role}`);
          const url = token ? linkUrl(share, token) : null;
          return (
            <li key={link.id} data-role={link.role} data-revoked={link.revokedAt !== null}>
              <span className="share-role">{role}</span>
              {url ? (
                <input
                  readOnly
                  value={url}
                  aria-label={t("share.linkLabel", { role })}
                  onFocus={(event) => event.target.select()}
                />
              ) : (
                <span className="hint">{t("share.linkNotShown")}</span>
              )}
              {link.revokedAt === null ? (
                <>
                  {url && (
                    <button type="button" onClick={() => void copy(link.id, url)}>
                      {copied === link.id ? t("share.copied") : t("share.copy")}
                    </button>
                  )}
                  <button type="button" onClick={() => void revoke(link.id)}>
                    {t("share.revoke")}
                  </button>
                </>
              ) : (
                <span className="share-revoked">{t("share.revoked.badge")}</span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
