import type { Page } from "@playwright/test";
import axe, { type AxeResults } from "axe-core";

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/**
 * Runs axe-core on the page as it is now (or on the part `include` selects) and returns its
 * violations, the findings the tests judge. Every rule axe enables by default runs.
 *
 * Why not @axe-core/playwright's AxeBuilder: each of its runs evaluates the 600 kB axe script in
 * the page again (twice in legacy mode), and its default mode also opens a blank page to merge
 * per-frame results. On a busy two-core machine that took 6–24 s per run, so a test with three
 * checks ran past its time-out. The app has no frames; one injection per page is enough, and
 * `resultTypes` keeps axe from serialising every passing node.
 */
export async function axeViolations(
  page: Page,
  include?: string,
): Promise<Pick<AxeResults, "violations">> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (scope) => {
    const engine = window.axe;
    if (!engine) throw new Error("axe-core is not in the page");
    const results = await engine.run(scope ? { include: [scope] } : document, {
      resultTypes: ["violations"],
    });
    return results.violations;
  }, include);
  return { violations };
}

/** The impacts a finding must not have: critical, serious and moderate (only minor may pass). */
const JUDGED = new Set(["critical", "serious", "moderate"]);

/** Critical, serious and moderate axe findings on the page as it is now, one line each. */
export async function axeFindings(page: Page, include?: string): Promise<string[]> {
  const { violations } = await axeViolations(page, include);
  return violations
    .filter((v) => JUDGED.has(v.impact ?? ""))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
