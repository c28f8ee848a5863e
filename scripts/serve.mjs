#!/usr/bin/env node
// A tiny static server for a production build (dist/): used by the browser tests and the
// bench, and runnable by hand (`node scripts/serve.mjs [dir] [--port N]`). No dependencies,
// so it works before anything else is installed.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
};

function contentType(filePath) {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

/** The file a URL path names inside `root`, or null when it would step outside it. */
function fileForUrl(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  return candidate;
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Lets pages opt into cross-origin isolation, which gives performance.now() fine resolution. */
const ISOLATION_HEADERS = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

function send(res, status, filePath, method, extraHeaders) {
  res.writeHead(status, {
    "Content-Type": contentType(filePath),
    // no-store: every cold-start measurement must fetch the bundle for real.
    "Cache-Control": "no-store",
    ...extraHeaders,
  });
  if (method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(filePath).pipe(res);
}

async function handle(root, extraHeaders, req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
  const filePath = fileForUrl(root, urlPath);
  if (filePath === null) {
    res.writeHead(400, { "Cache-Control": "no-store" }).end("Bad path");
    return;
  }
  if (await isFile(filePath)) return send(res, 200, filePath, req.method, extraHeaders);
  const directoryIndex = join(filePath, "index.html");
  if (await isFile(directoryIndex)) return send(res, 200, directoryIndex, req.method, extraHeaders);
  // Unknown app routes get the app shell; a missing asset (a path with an extension)
  // stays a 404 so a broken build shows up as one instead of as HTML parsed as script.
  const fallback = join(root, "index.html");
  if (extname(urlPath) === "" && (await isFile(fallback))) {
    return send(res, 200, fallback, req.method, extraHeaders);
  }
  res.writeHead(404, { "Content-Type": "text/plain", "Cache-Control": "no-store" });
  res.end("Not found");
}

/**
 * Serves `dir` on 127.0.0.1; port 0 picks a free port.
 * @param {string} dir
 * @param {number} [port]
 * @param {{ crossOriginIsolated?: boolean }} [options]
 * @returns {Promise<{ url: string; close: () => Promise<void> }>}
 */
export function startStaticServer(dir, port = 0, options = {}) {
  const root = resolve(dir);
  const extraHeaders = options.crossOriginIsolated ? ISOLATION_HEADERS : {};
  const server = createServer((req, res) => {
    handle(root, extraHeaders, req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end(String(error));
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const boundPort = typeof address === "object" && address ? address.port : port;
      resolvePromise({
        url: `http://127.0.0.1:${boundPort}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function parseCliArgs(argv) {
  let dir = "dist";
  let port = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--port") port = Number(argv[++i]);
    else if (arg.startsWith("--port=")) port = Number(arg.slice("--port=".length));
    else dir = arg;
  }
  if (!Number.isInteger(port) || port < 0) throw new Error(`Invalid --port: ${port}`);
  return { dir, port };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dir, port } = parseCliArgs(process.argv.slice(2));
  const { url, close } = await startStaticServer(dir, port);
  console.log(`Serving ${resolve(dir)} at ${url} (Ctrl+C to stop)`);
  const stop = () => close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
