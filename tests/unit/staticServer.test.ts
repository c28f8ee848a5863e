import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, startStaticServer } from "../../scripts/serve.mjs";

describe("startStaticServer (scripts/serve.mjs)", () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "ontrafel-serve-"));
    await mkdir(join(root, "assets"));
    await writeFile(join(root, "index.html"), "<!doctype html><title>shell</title>");
    await writeFile(join(root, "assets", "app.js"), "console.log(1)");
    await writeFile(join(root, "manifest.webmanifest"), "{}");
    server = await startStaticServer(root);
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it("listens on a free localhost port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });

  it("serves files with their MIME type and no caching", async () => {
    const js = await fetch(`${server.url}/assets/app.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(js.headers.get("cache-control")).toBe("no-store");
    expect(await js.text()).toBe("console.log(1)");
    const manifest = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifest.headers.get("content-type")).toBe("application/manifest+json");
  });

  it("answers app routes with index.html but missing assets with 404", async () => {
    const route = await fetch(`${server.url}/analyses/42`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain("<title>shell</title>");
    expect((await fetch(`${server.url}/assets/gone.js`)).status).toBe(404);
  });

  it("never serves files outside its folder", async () => {
    const escaped = await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`);
    expect(escaped.status).not.toBe(200);
  });
});
