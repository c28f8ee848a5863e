import { spawn } from "node:child_process";
import { join } from "node:path";

/** Runs `vite build` with the given arguments; rejects when it fails. */
export function viteBuild(repoRoot: string, args: readonly string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repoRoot, "node_modules", ".bin", "vite"), ["build", ...args], {
      cwd: repoRoot,
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build ${args.join(" ")} exited ${code}`)),
    );
  });
}
