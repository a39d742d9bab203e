// One Terragrunt configuration file evaluated for one unit: its locals, its includes and
// the values of its expressions, in a scope with Terragrunt's names (`local`, `include`,
// `dependency`) and functions. Everything is lazy and static: a value that needs the
// machine, the cloud or another unit's outputs is unknown.

import { posix } from 'node:path';
import type { Attribute, Block, Expr } from '../../parse/hcl/ast.js';
import type { EvalBudget } from '../terraform/budget.js';
import { newObject, setKey } from '../terraform/convert.js';
import { applySteps, evaluate, type Scope } from '../terraform/evaluate.js';
import type { TfFileInput } from '../terraform/module-def.js';
import { UNKNOWN, type Value } from '../terraform/value.js';
import { terragruntFunction } from './functions.js';
import { toVirtual } from './paths.js';

/** How deep `read_terragrunt_config` and `include` chains are followed. */
const MAX_DEPTH = 8;

export type MergeStrategy = 'no_merge' | 'shallow' | 'deep';

export interface IncludeRef {
  /** The block's label ('' for `include { }`). */
  label: string;
  block: Block;
  /** The included file, evaluated for this unit. */
  config: TgConfig;
  merge: MergeStrategy;
}

/** Every scanned Terragrunt file by virtual path, and the evaluations already made. */
export class TgFiles {
  private readonly byPath = new Map<string, TfFileInput>();
  private readonly cache = new Map<string, TgConfig>();

  constructor(
    files: TfFileInput[],
    readonly budget: EvalBudget,
  ) {
    for (const f of files) this.byPath.set(toVirtual(f.file.path), f);
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** The file at `path` evaluated for the unit in `unitDir` (as the unit, or as its include from `includeDir`). */
  config(path: string, unitDir: string, includeDir: string | undefined, depth: number): TgConfig | undefined {
    const input = this.byPath.get(path);
    if (!input || depth > MAX_DEPTH) return undefined;
    const key = `${path}\0${unitDir}\0${includeDir ?? ''}`;
    let c = this.cache.get(key);
    if (!c) this.cache.set(key, (c = new TgConfig(input, this, unitDir, includeDir, depth)));
    return c;
  }
}

const EVALUATING: unique symbol = Symbol('evaluating');

export class TgConfig {
  readonly scope: Scope;
  private readonly locals = new Map<string, Attribute>();
  private readonly localValues = new Map<string, Value | typeof EVALUATING>();
  private includeList: IncludeRef[] | undefined;

  constructor(
    readonly input: TfFileInput,
    private readonly files: TgFiles,
    readonly unitDir: string,
    /** Set when this file is evaluated as an include of the unit. */
    readonly includeDir: string | undefined,
    private readonly depth: number,
  ) {
    for (const b of input.hcl.body.blocks)
      if (b.type === 'locals')
        for (const a of b.body.attributes) if (!this.locals.has(a.name)) this.locals.set(a.name, a);
    const host = {
      unitDir,
      includeDir: () => includeDir,
      parentDir: () => includeDir ?? this.includes()[0]?.config.includeDir,
      exists: (path: string) => files.has(path),
      read: (path: string) => files.config(path, posix.dirname(path), undefined, depth + 1)?.asObject(),
    };
    this.scope = {
      budget: files.budget,
      lookup: (root, steps) => this.lookup(root, steps),
      call: (name, args) => terragruntFunction(host, name, args),
    };
  }

  get file() {
    return this.input.file;
  }

  eval(expr: Expr): Value {
    return evaluate(expr, this.scope, this.input.file);
  }

  local(name: string): Value {
    const decl = this.locals.get(name);
    if (!decl) return UNKNOWN;
    const cached = this.localValues.get(name);
    if (cached === EVALUATING) return UNKNOWN;
    if (cached !== undefined) return cached;
    this.localValues.set(name, EVALUATING);
    const v = this.eval(decl.expr);
    this.localValues.set(name, v);
    return v;
  }

  /** Top-level blocks of a type, in file order. */
  blocks(type: string): Block[] {
    return this.input.hcl.body.blocks.filter((b) => b.type === type);
  }

  attribute(name: string): Attribute | undefined {
    return this.input.hcl.body.attributes.find((a) => a.name === name);
  }

  /** The includes of a unit (an included file's own includes are not followed, as in Terragrunt). */
  includes(): IncludeRef[] {
    if (this.includeList) return this.includeList;
    this.includeList = [];
    if (this.includeDir !== undefined) return this.includeList;
    for (const block of this.blocks('include')) {
      const pathAttr = block.body.attributes.find((a) => a.name === 'path');
      const path = pathAttr ? this.eval(pathAttr.expr) : UNKNOWN;
      if (typeof path !== 'string') continue;
      const abs = posix.resolve(this.unitDir, path);
      const config = this.files.config(abs, this.unitDir, posix.dirname(abs), this.depth + 1);
      if (!config) continue;
      const mergeAttr = block.body.attributes.find((a) => a.name === 'merge_strategy');
      const m = mergeAttr ? this.eval(mergeAttr.expr) : 'shallow';
      const merge: MergeStrategy = m === 'deep' || m === 'no_merge' ? m : 'shallow';
      this.includeList.push({ label: block.labels[0]?.value ?? '', block, config, merge });
    }
    return this.includeList;
  }

  private object: Value | undefined;

  /** What `read_terragrunt_config()` and `include.<label>` give: locals and inputs. */
  asObject(): Value {
    if (this.object !== undefined) return this.object;
    // Unknown while it is being built: a config that reads itself through an include is a cycle.
    this.object = UNKNOWN;
    const o = newObject();
    const locals = newObject();
    for (const name of this.locals.keys()) setKey(locals, name, this.local(name));
    setKey(o, 'locals', locals);
    const inputs = this.attribute('inputs');
    setKey(o, 'inputs', inputs ? this.eval(inputs.expr) : newObject());
    return (this.object = o);
  }

  private lookup(root: string, steps: Parameters<Scope['lookup']>[1]): Value | undefined {
    const first = steps[0]?.kind === 'Attr' ? steps[0].name : undefined;
    switch (root) {
      case 'local':
        if (first === undefined || !this.locals.has(first)) return undefined;
        return applySteps(this.local(first), steps.slice(1));
      case 'include': {
        const o = newObject();
        for (const inc of this.includes()) setKey(o, inc.label, inc.config.asObject());
        // `include.locals` (an unlabelled include) reads the include itself.
        const bare = this.includes().find((i) => i.label === '');
        return applySteps(
          bare && first !== undefined && !this.includes().some((i) => i.label === first) ? bare.config.asObject() : o,
          steps,
        );
      }
      // Another unit's outputs are known only after it is applied; mock_outputs are for plans, not for judging.
      case 'dependency':
      case 'dependencies':
      case 'feature':
      case 'values':
        return UNKNOWN;
      default:
        return undefined;
    }
  }
}
