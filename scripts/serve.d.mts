/** Types for scripts/serve.mjs, so the TypeScript scripts (bench) can import it. */
export interface StaticServer {
  /** Base URL without a trailing slash, e.g. "http://127.0.0.1:43123". */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Sends COOP/COEP headers: fine-grained performance.now() for bench pages. */
  crossOriginIsolated?: boolean;
}

/** Serves `dir` on 127.0.0.1; port 0 picks a free port. */
export function startStaticServer(
  dir: string,
  port?: number,
  options?: StaticServerOptions,
): Promise<StaticServer>;
