// `npm run sync-server [-- --port N --data DIR --host H --redis redis://HOST:PORT]`: the sync
// server on the command line. The port comes from --port, else PORT, else 1234; the data folder
// from --data, else SYNC_DATA_DIR, else ./sync-data; the host from --host, else HOST, else
// 127.0.0.1. With --redis (else REDIS_URL) it is one of several instances sharing the data
// folder, joined through that Redis (server/scaleOut.ts).
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type RunningSyncServer, startSyncServer } from "./syncServer";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    data: { type: "string" },
    host: { type: "string" },
    redis: { type: "string" },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 1234);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`sync-server: not a port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
const dataDir = resolve(values.data ?? process.env.SYNC_DATA_DIR ?? "sync-data");
const host = values.host ?? process.env.HOST ?? "127.0.0.1";
const redisUrl = values.redis || process.env.REDIS_URL || undefined;

let running: RunningSyncServer;
try {
  running = await startSyncServer({
    dataDir,
    port,
    host,
    redisUrl,
    stopOnSignals: true,
    quiet: true,
  });
} catch (error) {
  console.error(`sync-server: ${(error as Error).message}`);
  process.exit(1);
}
const scaled = redisUrl ? ", scaled out through Redis" : "";
console.log(`Ontrafel sync server on ${running.webSocketUrl} (data: ${dataDir}${scaled})`);
