import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type Metrics, metric } from "./metrics";
import { round } from "./stats";

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, "i").exec(tag);
  return match?.[1] ?? null;
}

/** The JS a first visit downloads before anything else: entry scripts and modulepreloads. */
export function initialScripts(indexHtml: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of indexHtml.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src) urls.add(src);
  }
  for (const [tag] of indexHtml.matchAll(/<link\b[^>]*>/gi)) {
    const href = attribute(tag, "href");
    if (href && attribute(tag, "rel")?.toLowerCase() === "modulepreload") urls.add(href);
  }
  return [...urls];
}

/** bundle_initial_js_gzip_kb: sum of each initial script gzipped (zlib default level), KiB. */
export async function benchBundleSize(distDir: string): Promise<Metrics> {
  const indexHtml = await readFile(join(distDir, "index.html"), "utf8");
  const scripts = initialScripts(indexHtml);
  if (scripts.length === 0) throw new Error("dist/index.html loads no scripts");
  let bytes = 0;
  for (const url of scripts) {
    if (/^[a-z]+:\/\//i.test(url)) throw new Error(`initial script from elsewhere: ${url}`);
    const path = join(distDir, url.replace(/^\.?\//, "").split(/[?#]/)[0] ?? "");
    bytes += gzipSync(await readFile(path)).length;
  }
  return {
    bundle_initial_js_gzip_kb: metric("bundle_initial_js_gzip_kb", round(bytes / 1024), "KiB"),
  };
}
