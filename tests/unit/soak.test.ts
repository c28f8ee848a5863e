// @vitest-environment node
// The soak script's core for real, small: the sync server as a child process, two clients
// editing for a few seconds. Keeps `npm run soak` from rotting, and fails when sync breaks.
import { describe, expect, it } from "vitest";
import { parseSoakArgs } from "../../scripts/soak/options";
import { runSoak } from "../../scripts/soak/runSoak";

describe("the sync soak", () => {
  it("has two clients' edits reach each other and agree byte for byte at the end", async () => {
    const result = await runSoak({
      ...parseSoakArgs(["--clients", "2", "--seconds", "3", "--edits-per-second", "5"]).options,
      convergeTimeoutMs: 10_000,
    });
    expect(result.edits).toBeGreaterThanOrEqual(20);
    expect(result.editsByClient.every((n) => n >= 5)).toBe(true);
    // Every edit of either reached the other one.
    expect(result.propagation.delivered).toBe(result.edits);
    expect(result.propagation.undelivered).toBe(0);
    expect(result.updates.received).toBeGreaterThanOrEqual(result.edits);
    expect(result.converged).toBe(true);
    expect(result.byteEqual).toBe(true);
    expect(result.serverRssMb.peak).toBeGreaterThan(0);
  }, 30_000);

  it("refuses anything but this machine and runs beyond its bounds", () => {
    expect(() => parseSoakArgs(["--host", "10.0.0.2"])).toThrow(/localhost only/);
    expect(() => parseSoakArgs(["--seconds", "601"])).toThrow(/seconds/);
    expect(() => parseSoakArgs(["--clients", "0"])).toThrow(/clients/);
    expect(parseSoakArgs(["--clients=50", "--seed", "7"]).options).toMatchObject({
      clients: 50,
      seed: 7,
      host: "127.0.0.1",
    });
  });
});
