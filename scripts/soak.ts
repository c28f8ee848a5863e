// `npm run soak -- [--clients N] [--seconds S] …`: N simulated clients edit one shared analysis
// through the real sync server on localhost, then all must hold the same document (issue 20).
// Prints a table row and, with --json FILE, the whole result. Exit code 1 when they disagree.
import { writeFileSync } from "node:fs";
import { parseSoakArgs, SOAK_USAGE } from "./soak/options";
import { soakTable } from "./soak/report";
import { runSoak } from "./soak/runSoak";

const { options, json, help } = parseSoakArgs(process.argv.slice(2));
if (help) {
  console.log(SOAK_USAGE);
  process.exit(0);
}

// Ctrl+C stops the edits, ends the server and removes its data folder; a second one quits at
// once (the server child is killed and the folder removed on exit all the same).
const stop = new AbortController();
process.on("SIGINT", () => {
  if (stop.signal.aborted) process.exit(130);
  console.error("soak: interrupted, stopping the server");
  stop.abort();
});

console.log(
  `soak: ${options.clients} clients × ${options.editsPerSecond} edits/s for ${options.seconds} s (seed ${options.seed})`,
);
const result = await runSoak({
  ...options,
  signal: stop.signal,
  log: (line) => console.log(`soak: ${line}`),
}).catch((error: Error) => {
  console.error(error.message);
  process.exit(stop.signal.aborted ? 130 : 1);
});
console.log(`\n${soakTable([result])}\n`);
const { delivered, undelivered, maxMs } = result.propagation;
console.log(
  `edits by kind ${JSON.stringify(result.editsByKind)}, skipped ${result.skipped}; ` +
    `delivered to all ${delivered}, not ${undelivered}, slowest ${maxMs === null ? "–" : Math.round(maxMs)} ms; ` +
    `final board ${result.nodes} nodes, ${result.links} links; ` +
    `CPU during the edits: server ${result.cpuSeconds.server} s, clients ${result.cpuSeconds.clients} s`,
);
if (json) writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
process.exit(result.converged ? 0 : 1);
