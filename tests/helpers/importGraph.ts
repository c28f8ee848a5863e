import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Folder → the folders its modules import. */
export type FolderGraph = Map<string, Set<string>>;

/**
 * The layer a file belongs to: the first folder under src/, except that each feature
 * (src/features/<name>) is a folder of its own, since features must not import in a loop either.
 */
export function folderOf(pathInSrc: string): string {
  const parts = pathInSrc.split("/");
  if (parts.length === 1) return "(root)";
  if (parts[0] === "features" && parts.length > 2) return `features/${parts[1]}`;
  return parts[0] as string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`.
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^;"'`]*?from\s*["']([^"']+)["']|(?:^|[\s;])import\s*\(?\s*["']([^"']+)["']/g;

/** What a module imports, as written. */
export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => (m[1] ?? m[2]) as string);
}

/**
 * The folder-level import graph of a source tree: static imports, `import type`, re-exports and
 * dynamic `import()` all count (a lazy chunk still depends on what it loads). Tests are left
 * out: they may reach any layer to check real behaviour.
 */
export function folderGraph(srcDir: string): { graph: FolderGraph; example: Map<string, string> } {
  const root = resolve(srcDir);
  const graph: FolderGraph = new Map();
  const example = new Map<string, string>();
  for (const file of sourceFiles(root)) {
    const from = folderOf(relative(root, file));
    for (const fileName of importSpecifiers(readFileSync(file, "utf8"))) {
      if (!fileName.startsWith(".")) continue;
      const target = relative(root, resolve(dirname(file), fileName));
      if (target.startsWith("..")) continue;
      const to = folderOf(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)?.add(to);
      if (!example.has(`${from} -> ${to}`)) example.set(`${from} -> ${to}`, relative(root, file));
    }
  }
  return { graph, example };
}

/** Every group of two or more folders that import each other in a loop (Tarjan's algorithm). */
export function cycles(graph: FolderGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) found.push(group.sort());
  };
  const nodes = new Set([...graph.keys(), ...[...graph.values()].flatMap((s) => [...s])]);
  for (const v of [...nodes].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** The graph as lines "from -> to, to, …", sorted. */
export function printGraph(graph: FolderGraph): string {
  return [...graph.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, to]) => `${from} -> ${[...to].sort().join(", ")}`)
    .join("\n");
}
