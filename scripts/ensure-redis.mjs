#!/usr/bin/env node
// The sync server's scale-out test (tests/unit/syncServerRedis.test.ts) starts a real Redis:
// Debian's redis-server. Installs it when missing and we are root (as on CI); otherwise says
// what to install. The test is never skipped: a missing redis-server is a failure.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDebianPackage } from "./ensure-debian-package.mjs";

export const REDIS_SERVER_PATH = "/usr/bin/redis-server";

/** True when redis-server is (now) available. */
export function ensureRedis() {
  return ensureDebianPackage({
    name: "ensure-redis",
    path: REDIS_SERVER_PATH,
    debianPackage: "redis-server",
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(ensureRedis() ? 0 : 1);
}
