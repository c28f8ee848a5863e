// The real sync server (server/main.ts) as a child process, so the memory measured is the
// server's alone: its resident set from /proc/<pid>/status, sampled every second.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SERVER_MAIN = fileURLToPath(new URL("../../server/main.ts", import.meta.url));

export interface ServerProcess {
  pid: number;
  httpUrl: string;
  webSocketUrl: string;
  /** Resident memory now, in MB (null where /proc is missing or the process is gone). */
  rssMb(): number | null;
  /** Peak of the per-second samples so far, in MB. */
  peakRssMb(): number | null;
  /** Processor time the server has used so far (user + system), in seconds. */
  cpuSeconds(): number | null;
  /** Ends the process (SIGTERM, then SIGKILL after 5 s); resolves once it is gone. */
  stop(): Promise<void>;
}

function readRssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, in ticks of 1/100 s on Linux). */
function readCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; the fields after it start past its ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const urlHost = (host: string) => (host.includes(":") ? `[${host}]` : host);

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** Starts the server on a free port of `host` with its data in `dataDir`. */
export async function startServerProcess(host: string, dataDir: string): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", SERVER_MAIN, "--port", "0", "--data", dataDir, "--host", host],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  // Should this process end some other way, the server goes with it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => fail(new Error("no answer within 60 s")), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`soak: the sync server did not start: ${error.message}\n${stderr}`));
    };
    child.once("error", fail);
    child.once("exit", (code) => fail(new Error(`it ended (code ${code})`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /on ws:\/\/\S+:(\d+) /.exec(stdout)?.[1];
      if (found === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve(Number(found));
    });
  });
  const pid = child.pid as number;

  let peak: number | null = null;
  const sample = () => {
    const rss = readRssMb(pid);
    if (rss !== null) peak = Math.max(peak ?? 0, rss);
    return rss;
  };
  sample();
  const sampler = setInterval(sample, 1000);
  sampler.unref();

  return {
    pid,
    httpUrl: `http://${urlHost(host)}:${port}`,
    webSocketUrl: `ws://${urlHost(host)}:${port}`,
    rssMb: sample,
    peakRssMb: () => peak,
    cpuSeconds: () => readCpuSeconds(pid),
    async stop() {
      clearInterval(sampler);
      const gone = exited(child);
      child.kill("SIGTERM");
      const hard = setTimeout(() => child.kill("SIGKILL"), 5000);
      await gone;
      clearTimeout(hard);
      process.off("exit", killOnExit);
    },
  };
}
