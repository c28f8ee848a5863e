// The sync server's one SQLite file: each shared document's Yjs state, its owner secret, its
// links and what each participant device made in it (claims). Secrets and link tokens are kept only as SHA-256 hashes, so a copy of the file
// does not open any document.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import * as Y from "yjs";

export const LINK_ROLES = ["editor", "readonly", "participant"] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

/** Who a token lets in: the owner (edits and manages links) or a link with its role. */
export type Access =
  | { kind: "owner" }
  | { kind: "link"; linkId: string; role: LinkRole }
  | { kind: "revoked" }
  | { kind: "unknown" };

export type ClaimKind = "client" | "node" | "ballot";

export interface LinkInfo {
  id: string;
  role: LinkRole;
  createdAt: string;
  revokedAt: string | null;
}

/** A random string of `bytes` random bytes (crypto.getRandomValues), URL-safe base64. */
export function randomKey(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return Buffer.from(buffer).toString("base64url");
}

export const hash = (value: string | Uint8Array): string =>
  createHash("sha256").update(value).digest("hex");

export function isLinkRole(value: unknown): value is LinkRole {
  return typeof value === "string" && (LINK_ROLES as readonly string[]).includes(value);
}

export interface SyncStore {
  createDocument(): { name: string; ownerSecret: string };
  documentExists(name: string): boolean;
  isOwner(name: string, secret: string): boolean;
  accessFor(name: string, token: string): Access;
  createLink(name: string, role: LinkRole): { id: string; token: string; role: LinkRole };
  listLinks(name: string): LinkInfo[];
  /** Revokes a link; false when the document has no such link. */
  revokeLink(name: string, linkId: string): boolean;
  /**
   * What a participant device first made in a document (participantGuard.ts): a Yjs client id
   * it writes with, a factor, its ballot. The device is the hash of the key its app sends.
   */
  claimOwner(name: string, kind: ClaimKind, key: string): string | null;
  claimsOf(name: string, kind: ClaimKind, device: string): string[];
  claim(name: string, kind: ClaimKind, key: string, device: string): void;
  /**
   * Runs `work` in one write transaction (taken at its start): reads and writes in it see no
   * other process' writes in between.
   */
  atomically<T>(work: () => T): T;
  loadState(name: string): Uint8Array | null;
  saveState(name: string, state: Uint8Array): void;
  close(): void;
}

export interface SyncStoreOptions {
  /**
   * Several server instances share the file (scaleOut.ts): when another instance wrote a
   * document's state since this one last read or wrote it, `saveState` merges into that state
   * instead of replacing it, since the other's latest edits may not have reached this one yet
   * (replacing would drop them from the file).
   */
  mergeStates?: boolean;
}

export function openSyncStore(dataDir: string, options: SyncStoreOptions = {}): SyncStore {
  mkdirSync(dataDir, { recursive: true });
  // Several processes on one host may open the file (instances behind one load balancer):
  // SQLite's WAL mode lets them read while one writes, and a writer waits up to 5 s for
  // another's write (better-sqlite3's busy timeout) instead of failing. Not on a network file
  // system: SQLite's locks need one host's shared memory.
  const db = new Database(join(dataDir, "ontrafel-sync.sqlite"), { timeout: 5000 });
  db.pragma("journal_mode = WAL");
  db.exec(`
    CREATE TABLE IF NOT EXISTS documents (
      name TEXT PRIMARY KEY,
      owner_secret_hash TEXT NOT NULL,
      state BLOB,
      created_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS links (
      id TEXT PRIMARY KEY,
      document TEXT NOT NULL REFERENCES documents(name),
      token_hash TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    );
    CREATE INDEX IF NOT EXISTS links_by_document ON links(document);
    CREATE TABLE IF NOT EXISTS claims (
      document TEXT NOT NULL,
      kind TEXT NOT NULL,
      key TEXT NOT NULL,
      device TEXT NOT NULL,
      PRIMARY KEY (document, kind, key)
    );
    CREATE INDEX IF NOT EXISTS claims_by_device ON claims(document, kind, device);
  `);

  const insertDocument = db.prepare(
    "INSERT INTO documents (name, owner_secret_hash, created_at) VALUES (?, ?, ?)",
  );
  const selectDocument = db.prepare<[string], { owner_secret_hash: string }>(
    "SELECT owner_secret_hash FROM documents WHERE name = ?",
  );
  const selectLinkByToken = db.prepare<
    [string, string],
    { id: string; role: string; revoked_at: string | null }
  >("SELECT id, role, revoked_at FROM links WHERE document = ? AND token_hash = ?");
  const insertLink = db.prepare(
    "INSERT INTO links (id, document, token_hash, role, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  const selectLinks = db.prepare<
    [string],
    { id: string; role: string; created_at: string; revoked_at: string | null }
  >("SELECT id, role, created_at, revoked_at FROM links WHERE document = ? ORDER BY created_at");
  const updateRevoked = db.prepare(
    "UPDATE links SET revoked_at = ? WHERE document = ? AND id = ? AND revoked_at IS NULL",
  );
  const selectLinkById = db.prepare<[string, string], { id: string }>(
    "SELECT id FROM links WHERE document = ? AND id = ?",
  );
  const selectState = db.prepare<[string], { state: Buffer | null }>(
    "SELECT state FROM documents WHERE name = ?",
  );
  const updateState = db.prepare("UPDATE documents SET state = ? WHERE name = ?");
  const selectClaimOwner = db.prepare<[string, string, string], { device: string }>(
    "SELECT device FROM claims WHERE document = ? AND kind = ? AND key = ?",
  );
  const selectClaims = db.prepare<[string, string, string], { key: string }>(
    "SELECT key FROM claims WHERE document = ? AND kind = ? AND device = ?",
  );
  const insertClaim = db.prepare(
    "INSERT OR IGNORE INTO claims (document, kind, key, device) VALUES (?, ?, ?, ?)",
  );

  const now = () => new Date().toISOString();

  // Per document, a hash of the state this process last read or wrote, while all of it is in
  // the document this process holds (which only grows). While the file still holds that state,
  // no other process wrote since, and the new state contains the stored one. Merging costs
  // (220-300 ms for a 1.2 MB state of 2,000 cards, against 4 ms to write it), so it is done only
  // when another instance wrote.
  const lastSeen = new Map<string, string>();

  /** Writes `state`, merged with the stored one when another process wrote that. */
  const mergeState = db.transaction((name: string, state: Uint8Array) => {
    const stored = selectState.get(name)?.state;
    let written = state;
    if (stored && hash(stored) !== lastSeen.get(name)) {
      const merged = new Y.Doc();
      Y.applyUpdate(merged, stored);
      Y.applyUpdate(merged, state);
      written = Y.encodeStateAsUpdate(merged);
      merged.destroy();
    }
    updateState.run(Buffer.from(written), name);
    // A merge that brought in what this process' document lacks vouches for nothing: the next
    // save merges again, until that has arrived here too (the same state encodes the same).
    if (Buffer.compare(written, state) === 0) lastSeen.set(name, hash(written));
    else lastSeen.delete(name);
  });

  return {
    createDocument() {
      // 128 random bits for the name (unguessable), 256 for the owner's secret.
      const name = randomKey(16);
      const ownerSecret = randomKey(32);
      insertDocument.run(name, hash(ownerSecret), now());
      return { name, ownerSecret };
    },
    documentExists: (name) => selectDocument.get(name) !== undefined,
    isOwner(name, secret) {
      const row = selectDocument.get(name);
      return row !== undefined && secret !== "" && row.owner_secret_hash === hash(secret);
    },
    accessFor(name, token) {
      if (token === "") return { kind: "unknown" };
      const document = selectDocument.get(name);
      if (!document) return { kind: "unknown" };
      if (document.owner_secret_hash === hash(token)) return { kind: "owner" };
      const link = selectLinkByToken.get(name, hash(token));
      if (!link || !isLinkRole(link.role)) return { kind: "unknown" };
      if (link.revoked_at !== null) return { kind: "revoked" };
      return { kind: "link", linkId: link.id, role: link.role };
    },
    createLink(name, role) {
      const id = randomKey(9);
      const token = randomKey(32);
      insertLink.run(id, name, hash(token), role, now());
      return { id, token, role };
    },
    listLinks: (name) =>
      selectLinks
        .all(name)
        .flatMap((row) =>
          isLinkRole(row.role)
            ? [{ id: row.id, role: row.role, createdAt: row.created_at, revokedAt: row.revoked_at }]
            : [],
        ),
    revokeLink(name, linkId) {
      if (!selectLinkById.get(name, linkId)) return false;
      updateRevoked.run(now(), name, linkId);
      return true;
    },
    claimOwner: (name, kind, key) => selectClaimOwner.get(name, kind, key)?.device ?? null,
    claimsOf: (name, kind, device) => selectClaims.all(name, kind, device).map((row) => row.key),
    claim(name, kind, key, device) {
      insertClaim.run(name, kind, key, device);
    },
    atomically: (work) => db.transaction(work).immediate(),
    loadState(name) {
      const row = selectState.get(name);
      if (options.mergeStates && row?.state) lastSeen.set(name, hash(row.state));
      return row?.state ? new Uint8Array(row.state) : null;
    },
    saveState(name, state) {
      // IMMEDIATE: the write lock before the read, so no other process writes in between.
      if (options.mergeStates) mergeState.immediate(name, state);
      else updateState.run(Buffer.from(state), name);
    },
    close: () => db.close(),
  };
}
