// Scale-out: several sync server instances behind one load balancer, joined through Redis
// (`--redis redis://HOST:PORT`). Hocuspocus' own Redis extension passes each document's updates
// and awareness between the instances that have it open; this module adds what Ontrafel needs
// beside it: a revoked link's open connections close on every instance, not only on the one
// that got the DELETE.
//
// The instances share one data folder (syncStore.ts: SQLite in WAL mode with a busy timeout,
// each document's state merged into the file rather than overwritten), so a link made or
// revoked through one instance holds on all of them at once.
import { Redis } from "@hocuspocus/extension-redis";
import {
  type afterLoadDocumentPayload,
  IncomingMessage,
  MessageReceiver,
  OutgoingMessage,
} from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import { messageYjsSyncStep2 } from "y-protocols/sync";

/** Host, port and client options of a `redis://` or `rediss://` URL (user, password, db). */
export function redisConnection(url: string) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`not a redis:// URL: ${url}`);
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
    throw new Error(`not a redis:// URL: ${url}`);
  }
  const db = parsed.pathname.replace(/^\//, "");
  if (db !== "" && !/^\d+$/.test(db)) throw new Error(`not a Redis database number: ${db}`);
  return {
    // An IPv6 address comes in brackets ([::1]).
    host: parsed.hostname.replace(/^\[(.*)\]$/, "$1") || "127.0.0.1",
    port: parsed.port === "" ? 6379 : Number(parsed.port),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(db !== "" ? { db: Number(db) } : {}),
      ...(parsed.protocol === "rediss:" ? { tls: {} } : {}),
    },
  };
}

const PREFIX = "ontrafel";
// Hocuspocus' message types for sync messages (its MessageType enum).
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const REVOKED_CHANNEL = `${PREFIX}:revoked-links`;
/** How long a document's load waits at most for the other instances' state (below). */
const INITIAL_SYNC_TIMEOUT_MS = 1000;

/** Whether a Hocuspocus message (after its document name) is a sync step 2. */
function isSyncStep2(message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  return (
    (type === MESSAGE_SYNC || type === MESSAGE_SYNC_REPLY) &&
    decoding.readVarUint(decoder) === messageYjsSyncStep2
  );
}

/**
 * Hocuspocus' Redis extension (3.4.4) with three changes.
 *
 * - No store lock. The lock lets one instance at a time store a document and makes the others
 *   skip their store (never retried), so edits that had not yet reached the lock holder could
 *   be left out of the file. Ontrafel's store merges into the file's state in one SQLite write
 *   transaction when another instance wrote it (syncStore.ts), so stores at once are safe and
 *   none is skipped.
 * - A document opened on one instance while another has it open gets the other's state before
 *   its first client syncs. The extension asks for it (a sync step 1 through Redis) while the
 *   document loads, but Hocuspocus lists the document only after the load, so the extension
 *   dropped the answers: the first client on the second instance was synced without the first
 *   instance's edits not yet stored, and got them only at that instance's next change. Here the
 *   answers are applied while the load waits for one from each instance that has the document
 *   open (Redis' subscriber count of its channel), at most INITIAL_SYNC_TIMEOUT_MS; when Redis
 *   does not answer in that time, the document opens from the file alone.
 * - When its subscriber connection is back (Redis restarted, a dropped connection), the
 *   instance asks the others for each open document's state and presence: what they published
 *   while it was away reached nobody.
 */
class OntrafelRedis extends Redis {
  constructor(configuration: ConstructorParameters<typeof Redis>[0]) {
    super(configuration);
    // ioredis subscribes again by itself; asking waits for that (subscribing again is harmless).
    this.sub.on("ready", () => {
      this.exchangeStates().catch(logRedisError);
    });
  }

  private async exchangeStates(): Promise<void> {
    const documents = [...(this.instance?.documents.values() ?? [])];
    if (documents.length === 0) return;
    await this.sub.subscribe(...documents.map((document) => `${PREFIX}:${document.name}`));
    for (const document of documents) {
      const asks = [
        new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document),
        new OutgoingMessage(document.name).writeQueryAwareness(),
      ];
      for (const ask of asks) {
        await this.pub.publish(
          `${PREFIX}:${document.name}`,
          Buffer.concat([this.messagePrefix, Buffer.from(ask.toUint8Array())]),
        );
      }
    }
  }

  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}

  override async afterLoadDocument(payload: afterLoadDocumentPayload): Promise<unknown> {
    const channel = `${PREFIX}:${payload.documentName}`;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), INITIAL_SYNC_TIMEOUT_MS);
    });
    let others = Number.POSITIVE_INFINITY;
    const answered = new Set<string>();
    let caughtUp = () => {};
    const allAnswered = new Promise<void>((resolve) => {
      caughtUp = resolve;
    });
    // As the extension's own handler does once the document is listed.
    const listener = (from: Buffer, data: Buffer) => {
      if (from.toString() !== channel) return;
      const length = data[0] ?? 0;
      const identifier = data.toString("utf-8", 1, length + 1);
      if (identifier === this.configuration.identifier) return;
      const body = new Uint8Array(data.subarray(length + 1));
      try {
        const message = new IncomingMessage(body);
        message.writeVarString(message.readVarString());
        new MessageReceiver(message, this.redisTransactionOrigin).apply(
          payload.document,
          undefined,
          (reply) => {
            this.pub.publish(channel, Buffer.concat([this.messagePrefix, Buffer.from(reply)]));
          },
        );
        if (!isSyncStep2(body)) return;
      } catch {
        return; // Not a message Hocuspocus could read either.
      }
      answered.add(identifier);
      if (answered.size >= others) caughtUp();
    };
    this.sub.on("messageBuffer", listener);
    try {
      // Counted before this instance subscribes, so it counts the others only.
      const counted = this.pub
        .pubsub("NUMSUB", channel)
        .then((reply) => Number((reply as unknown[])[1]) || 0);
      const count = await Promise.race([counted, late]);
      // Redis out of reach: the document opens from the file. The subscription (and with it the
      // others' state) follows when Redis is back: ioredis keeps the commands until then.
      const loaded = super.afterLoadDocument(payload);
      for (const pending of [counted, loaded]) pending.catch(logRedisError);
      if (count === "late") return undefined;
      others = count;
      if (others === 0) caughtUp();
      await Promise.race([Promise.all([loaded, allAnswered]), late]);
    } finally {
      clearTimeout(timer);
      this.sub.off("messageBuffer", listener);
    }
    return undefined;
  }
}

function logRedisError(error: Error): void {
  console.error(`sync-server: Redis: ${error.message}`);
}

export interface ScaleOut {
  /** For the server's `extensions`. */
  readonly extension: Redis;
  /** Tells every instance, this one included, that a document's link was revoked. */
  announceRevoked(document: string, linkId: string): Promise<void>;
  /** Ends the revocation subscriber (Hocuspocus ends the extension's own clients). */
  stop(): void;
}

/**
 * Connects to Redis; rejects when it cannot be reached (the server should not start as an
 * island). `onRevoked` runs on each instance for each link revoked anywhere.
 */
export async function scaleOut(
  url: string,
  onRevoked: (document: string, linkId: string) => void,
): Promise<ScaleOut> {
  const { host, port, options } = redisConnection(url);
  const extension = new OntrafelRedis({
    host,
    port,
    // While Redis is out of reach, ioredis keeps what the instances send each other and sends
    // it when Redis is back, so they catch up by themselves. (By default it gives up after 20
    // retries, and Hocuspocus 3.4.4 leaves the extension's failed publish an unhandled
    // rejection, which ends the Node process.)
    options: { ...options, maxRetriesPerRequest: null },
    prefix: PREFIX,
  });
  // A subscribed client can do nothing else, and the extension's own listens to every channel
  // it is subscribed to: a client of our own.
  const subscriber = extension.pub.duplicate();
  // ioredis reconnects by itself; say once what went wrong, not at every retry.
  let lastError = "";
  for (const client of [extension.pub, extension.sub, subscriber]) {
    client.on("error", (error: Error) => {
      if (error.message === lastError) return;
      lastError = error.message;
      console.error(`sync-server: Redis at ${host}:${port}: ${error.message}`);
    });
    client.on("ready", () => {
      lastError = "";
    });
  }
  subscriber.on("message", (channel: string, message: string) => {
    if (channel !== REVOKED_CHANNEL) return;
    try {
      const { document, linkId } = JSON.parse(message) as { document: unknown; linkId: unknown };
      if (typeof document === "string" && typeof linkId === "string") onRevoked(document, linkId);
    } catch {
      // Not ours to read.
    }
  });
  try {
    await new Promise<void>((resolve, reject) => {
      subscriber.once("error", reject);
      subscriber.subscribe(REVOKED_CHANNEL).then(() => {
        subscriber.off("error", reject);
        resolve();
      }, reject);
    });
  } catch (error) {
    for (const client of [subscriber, extension.pub, extension.sub]) client.disconnect();
    // The address without a password.
    throw new Error(`cannot reach Redis at ${host}:${port}: ${(error as Error).message}`);
  }
  return {
    extension,
    async announceRevoked(document, linkId) {
      await extension.pub.publish(REVOKED_CHANNEL, JSON.stringify({ document, linkId }));
    },
    stop: () => subscriber.disconnect(),
  };
}
