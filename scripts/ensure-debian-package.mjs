// A tool from a Debian package that a test needs (Chromium, redis-server): installed with
// apt-get when missing and we are root (as on CI); otherwise the message says what to install.
// The tests that need it are never skipped: a missing tool is a failure, under CI=true too.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
}

/**
 * True when `path` exists (now). `name` prefixes the messages (e.g. "ensure-redis"),
 * `debianPackage` is what apt-get installs.
 */
export function ensureDebianPackage({ name, path, debianPackage }) {
  if (existsSync(path)) return true;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `${name}: ${path} is missing. Install Debian's "${debianPackage}" package ` +
        `(sudo apt-get install ${debianPackage}) and run again.`,
    );
    return false;
  }
  console.log(`${name}: ${path} is missing; installing Debian's ${debianPackage}`);
  const installed = run("apt-get", ["update"]) && run("apt-get", ["install", "-y", debianPackage]);
  if (!installed || !existsSync(path)) {
    console.error(`${name}: installing ${debianPackage} with apt-get failed`);
    return false;
  }
  return true;
}
