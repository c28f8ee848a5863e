#!/usr/bin/env node
// The browser tests on a busy machine: two child processes keep two cores spinning while
// `run-e2e.mjs` runs the suite, so a test that leans on timing rather than on the state it
// needs fails here first. Extra arguments go to `playwright test` (a spec, --repeat-each 3…).
// The burners are stopped by their own pids whatever happens.
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runE2e } from "./run-e2e.mjs";

export const BURNERS = 2;

/** A child process that spins until it is killed: one core's worth of load. */
function startBurner() {
  const child = spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
  return child;
}

function stop(burner) {
  if (burner.exitCode !== null || burner.signalCode !== null) return;
  try {
    process.kill(burner.pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

export async function runE2eLoaded(extraArgs = []) {
  const burners = [];
  const stopAll = () => {
    for (const burner of burners) stop(burner);
  };
  // A Ctrl+C must not leave spinning processes behind.
  const onSignal = () => {
    stopAll();
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    for (let i = 0; i < BURNERS; i++) burners.push(startBurner());
    console.log(
      `run-e2e-loaded: ${BURNERS} CPU burners, pids ${burners.map((b) => b.pid).join(", ")}`,
    );
    return await runE2e(extraArgs);
  } finally {
    stopAll();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    console.log("run-e2e-loaded: burners stopped");
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(await runE2eLoaded(process.argv.slice(2)));
}
