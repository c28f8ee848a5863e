import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HANDLE } from "./flowHandles";

/** The declarations of one rule in src/styles.css, by its exact selector. */
function ruleOf(selector: string): string {
  const css = readFileSync(join(__dirname, "..", "..", "styles.css"), "utf8");
  const start = css.indexOf(`\n${selector} {`);
  expect(start, `no rule "${selector}" in styles.css`).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf("}", start));
}

describe("handles given to React Flow", () => {
  // React Flow measures a node's handles once it is in the DOM; measured anywhere other than
  // where handlesFor put them, every link of each node scrolling into view is drawn twice.
  it("are as large as the stylesheet draws them, border included", () => {
    const rule = ruleOf(".canvas .react-flow__handle");
    expect(rule).toContain(`--handle-size: ${HANDLE}px;`);
    expect(rule).toContain("box-sizing: border-box;");
    expect(rule).toContain("transform: none;");
  });
});
