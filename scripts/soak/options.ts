// The soak's options: bounded in clients, time and edits, and localhost only.

export interface SoakOptions {
  /** Simulated clients, each its own Y.Doc and socket (1–200). */
  clients: number;
  /** How long the clients edit, in seconds (at most 600). */
  seconds: number;
  /** Edits per second per client (at most 50). */
  editsPerSecond: number;
  /** The soak stops editing after this many edits in all, even before `seconds`. */
  maxEdits: number;
  /** Seed of the pseudo-random sequence of clients, edits and targets. */
  seed: number;
  /** Where the server listens: a loopback address only. */
  host: string;
  /** How long the clients may take to agree after the last edit before the run counts as failed. */
  convergeTimeoutMs: number;
  /** Stops the run early (Ctrl+C): it ends the server, removes its data and throws. */
  signal?: AbortSignal;
  /** Progress lines (each few seconds); silent when absent. */
  log?: (line: string) => void;
}

export const SOAK_LIMITS = { clients: 200, seconds: 600, editsPerSecond: 50, maxEdits: 1_000_000 };

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

export function soakDefaults(): SoakOptions {
  return {
    clients: 10,
    seconds: 120,
    editsPerSecond: 2,
    maxEdits: SOAK_LIMITS.maxEdits,
    seed: 1,
    host: "127.0.0.1",
    convergeTimeoutMs: 60_000,
  };
}

/** Throws when an option is out of bounds or the host is not this machine. */
export function checkSoakOptions(options: SoakOptions): SoakOptions {
  const within = (name: string, value: number, min: number, max: number) => {
    if (!Number.isFinite(value) || value < min || value > max)
      throw new Error(`soak: --${name} must lie between ${min} and ${max} (got ${value})`);
  };
  within("clients", options.clients, 1, SOAK_LIMITS.clients);
  if (!Number.isInteger(options.clients)) throw new Error("soak: --clients must be a whole number");
  within("seconds", options.seconds, 0.1, SOAK_LIMITS.seconds);
  within("edits-per-second", options.editsPerSecond, 0.01, SOAK_LIMITS.editsPerSecond);
  within("max-edits", options.maxEdits, 1, SOAK_LIMITS.maxEdits);
  if (!LOOPBACK.has(options.host))
    throw new Error(`soak: localhost only (127.0.0.1, ::1 or localhost), not ${options.host}`);
  return options;
}

export const SOAK_USAGE = `Usage: npm run soak -- [--clients N] [--seconds S] [--edits-per-second R]
                       [--max-edits E] [--seed X] [--host H] [--json FILE]
  --clients N            simulated clients (default 10, at most ${SOAK_LIMITS.clients})
  --seconds S            how long they edit (default 120, at most ${SOAK_LIMITS.seconds})
  --edits-per-second R   edits per second per client (default 2)
  --max-edits E          stop after E edits in all (default: only the time limit)
  --seed X               seed of the pseudo-random edits (default 1)
  --host H               127.0.0.1 (default), ::1 or localhost; nothing else
  --json FILE            also write the result as JSON`;

/** The command line's options; `json` is where the result goes as JSON (null: nowhere). */
export function parseSoakArgs(argv: readonly string[]): {
  options: SoakOptions;
  json: string | null;
  help: boolean;
} {
  const options = soakDefaults();
  let json: string | null = null;
  const numeric: Record<string, "clients" | "seconds" | "editsPerSecond" | "maxEdits" | "seed"> = {
    "--clients": "clients",
    "--seconds": "seconds",
    "--edits-per-second": "editsPerSecond",
    "--max-edits": "maxEdits",
    "--seed": "seed",
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag = "", inline] = (argv[i] as string).split(/=(.*)/s, 2);
    if (flag === "--help" || flag === "-h") return { options, json, help: true };
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`soak: ${flag} needs a value\n${SOAK_USAGE}`);
    const field = numeric[flag];
    if (field) options[field] = Number(value);
    else if (flag === "--host") options.host = value;
    else if (flag === "--json") json = value;
    else throw new Error(`soak: unknown argument ${flag}\n${SOAK_USAGE}`);
  }
  return { options: checkSoakOptions(options), json, help: false };
}
