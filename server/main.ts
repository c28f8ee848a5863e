// `npm run sync-server [-- --port N --data DIR --host H]`: the sync server on the command line.
// The port comes from --port, else PORT, else 1234; the data folder from --data, else
// SYNC_DATA_DIR, else ./sync-data.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { startSyncServer } from "./syncServer";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    data: { type: "string" },
    host: { type: "string" },
  },
});

const port = Number(values.port ?? process.env.PORT ?? 1234);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`sync-server: not a port: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
const dataDir = resolve(values.data ?? process.env.SYNC_DATA_DIR ?? "sync-data");
const host = values.host ?? process.env.HOST ?? "127.0.0.1";

const running = await startSyncServer({ dataDir, port, host, stopOnSignals: true, quiet: true });
console.log(`Ontrafel sync server on ${running.webSocketUrl} (data: ${dataDir})`);
