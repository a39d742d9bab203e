// The architecture, enforced: parse → read → model → engine → rules → report/github →
// cli/action. A file may import its own layer or a lower one, never a higher one, and no
// set of files may import each other in a cycle (type-only imports included: a type cycle
// is a design cycle). Failures name the offending import, file to file.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../support/shared.js';

/** Layers from the bottom; a path belongs to the first entry whose prefix it starts with. */
const LAYERS: { name: string; prefixes: string[] }[] = [
  { name: 'parse', prefixes: ['src/parse/', 'src/findings/', 'src/version.ts'] },
  { name: 'read', prefixes: ['src/read/', 'src/git/'] },
  { name: 'model', prefixes: ['src/model/'] },
  { name: 'engine', prefixes: ['src/engine/'] },
  { name: 'rules', prefixes: ['rules/'] },
  { name: 'report/github', prefixes: ['src/report/', 'src/github/'] },
  {
    name: 'cli/action',
    prefixes: [
      'src/cli.ts',
      'src/cli-fix.ts',
      'src/cli-gate.ts',
      'src/cli-outputs.ts',
      'src/cli-progress.ts',
      'src/cli-merge.ts',
      'src/action.ts',
      'src/main.ts',
      'src/worker.ts',
    ],
  },
];

export function layerOf(path: string): number {
  const i = LAYERS.findIndex((l) => l.prefixes.some((p) => path === p || path.startsWith(p)));
  return i;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(REPO_DIR, dir)).sort()) {
    const path = `${dir}/${name}`;
    if (statSync(join(REPO_DIR, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Repo-relative `.ts` files a file imports (static, type-only, re-exports, dynamic); data (JSON) is not code. */
export function importsOf(path: string, text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.') && spec.endsWith('.js'))
    .map((spec) => relative(REPO_DIR, resolve(REPO_DIR, dirname(path), spec)).replace(/\\/g, '/'))
    .map((p) => p.replace(/\.js$/, '.ts'));
}

export interface Edge {
  from: string;
  to: string;
}

/** Imports from a lower layer into a higher one, and of files outside every layer. */
export function layerViolations(edges: Edge[]): string[] {
  const problems: string[] = [];
  for (const { from, to } of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (a < 0) problems.push(`${from} belongs to no layer: add it to LAYERS in test/meta/layering.test.ts`);
    else if (b < 0) problems.push(`${from} imports ${to}, which belongs to no layer`);
    else if (b > a)
      problems.push(
        `${from} (${LAYERS[a].name}) imports ${to} (${LAYERS[b].name}): a lower layer may not depend on a higher one`,
      );
  }
  return [...new Set(problems)];
}

/** Every import cycle, as `a → b → … → a`, one per strongly connected component. */
export function importCycles(edges: Edge[]): string[] {
  const graph = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (!graph.has(from)) graph.set(from, []);
    if (!graph.has(to)) graph.set(to, []);
    graph.get(from)!.push(to);
  }
  for (const targets of graph.values()) targets.sort();
  // Tarjan's strongly connected components.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = graph.get(v)!.includes(v);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((c) => cyclePath(graph, new Set(c)));
}

/** One concrete cycle through a component: a shortest way from its first file back to it. */
function cyclePath(graph: Map<string, string[]>, component: Set<string>): string {
  const start = [...component].sort()[0];
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of graph.get(v)!) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u: string | undefined = v; u !== undefined && u !== start; u = previous.get(u)) path.splice(1, 0, u);
        return (
          [...path, start].join(' → ') + (component.size > path.length ? ` (and ${component.size} files in all)` : '')
        );
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...component].join(' → ');
}

function repoEdges(): Edge[] {
  const files = [...sourceFiles('src'), ...sourceFiles('rules')];
  return files.flatMap((from) =>
    importsOf(from, readFileSync(join(REPO_DIR, from), 'utf8')).map((to) => ({ from, to })),
  );
}

describe('layering of src/ and rules/', () => {
  const edges = repoEdges();

  it('reads the imports (the check is not vacuous)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'src/engine/lint-unit.ts', to: 'src/engine/run-rules.ts' });
  });

  it('has no import from a lower layer into a higher one', () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(edges)).toEqual([]);
  });
});

describe('the layering checks themselves', () => {
  it('report an upward import with both files and layers', () => {
    expect(layerViolations([{ from: 'src/engine/lint.ts', to: 'rules/index.ts' }])).toEqual([
      'src/engine/lint.ts (engine) imports rules/index.ts (rules): a lower layer may not depend on a higher one',
    ]);
    expect(layerViolations([{ from: 'rules/index.ts', to: 'src/engine/rule.ts' }])).toEqual([]);
    expect(layerViolations([{ from: 'src/other/x.ts', to: 'src/parse/source.ts' }])).toEqual([
      'src/other/x.ts belongs to no layer: add it to LAYERS in test/meta/layering.test.ts',
    ]);
  });

  it('report a cycle as the path that closes it', () => {
    const e = (from: string, to: string) => ({ from, to });
    expect(importCycles([e('a.ts', 'b.ts'), e('b.ts', 'c.ts'), e('c.ts', 'a.ts'), e('c.ts', 'd.ts')])).toEqual([
      'a.ts → b.ts → c.ts → a.ts',
    ]);
    expect(importCycles([e('a.ts', 'a.ts')])).toEqual(['a.ts → a.ts']);
    expect(importCycles([e('a.ts', 'b.ts'), e('b.ts', 'c.ts')])).toEqual([]);
  });

  it('see type-only, re-exported, multi-line and dynamic imports', () => {
    const text = [
      "import type { A } from './a.js';",
      "export { B } from '../b.js';",
      'import {',
      '  C,',
      "} from './c/index.js';",
      "const d = await import('./d.js');",
      "import { readFileSync } from 'node:fs';",
    ].join('\n');
    expect(importsOf('src/engine/x.ts', text)).toEqual([
      'src/engine/a.ts',
      'src/b.ts',
      'src/engine/c/index.ts',
      'src/engine/d.ts',
    ]);
  });
});
