// A Terragrunt unit (a `terragrunt.hcl` that is run) with its includes merged: the
// module it runs (`terraform { source }`), the state it keeps (`remote_state`, or a
// backend written by a `generate` block) and the `inputs` it passes, each setting with
// the file and range it comes from. Merging follows Terragrunt: included configs first,
// the unit's own settings over them; `shallow` (the default) replaces a whole
// `remote_state` and merges `inputs` key by key, `deep` merges maps recursively and
// concatenates lists, `no_merge` only exposes the include.

import type { Attribute, Block, Expr, ObjectConsItem } from '../../parse/hcl/ast.js';
import { parseHcl } from '../../parse/hcl/parser.js';
import { SourceFile, type Range } from '../../parse/source.js';
import { hasKey, isObj, newObject, setKey } from '../terraform/convert.js';
import { constantScope, evaluate } from '../terraform/evaluate.js';
import { UNKNOWN, type Value } from '../terraform/value.js';
import type { MergeStrategy, TgConfig } from './config.js';

/** One key of `inputs` or of `remote_state.config`, where it is written. */
export interface Setting {
  name: string;
  value: Value;
  file: SourceFile;
  /** `name = value` (or the whole attribute when the key is not written literally). */
  range: Range;
  nameRange: Range;
  valueRange: Range;
}

export interface Located<T> {
  node: T;
  file: SourceFile;
}

export interface StateConfig {
  backendType: string;
  /** The `remote_state` block, or the `generate` block that writes the backend. */
  block: Located<Block>;
  settings: Map<string, Setting>;
}

/** What a unit's configuration says once its includes are merged. */
export interface UnitPieces {
  source?: Setting;
  terraformBlock?: Located<Block>;
  state?: StateConfig;
  inputs: Map<string, Setting>;
  generates: Map<string, Located<Block>>;
}

function keyOf(item: ObjectConsItem, config: TgConfig): string | undefined {
  if (item.bareKey !== undefined) return item.bareKey;
  const k = config.eval(item.key);
  return typeof k === 'string' ? k : undefined;
}

/** Object literals whose items are written keys of the value: the expression, or `merge()` arguments after the last unknown one. */
function literalObjects(expr: Expr, config: TgConfig): Extract<Expr, { kind: 'ObjectCons' }>[] {
  if (expr.kind === 'ObjectCons') return [expr];
  if (expr.kind === 'Parentheses') return literalObjects(expr.expr, config);
  if (expr.kind === 'FunctionCall' && expr.name === 'merge') return expr.args.flatMap((a) => literalObjects(a, config));
  return [];
}

/** The keys of an object-valued attribute (or item) as settings, positioned at their items when written literally. */
export function settingsOf(
  whole: { range: Range; nameRange: Range; expr: Expr },
  config: TgConfig,
): Map<string, Setting> {
  const out = new Map<string, Setting>();
  const file = config.file;
  const value = config.eval(whole.expr);
  if (isObj(value))
    for (const name of Object.keys(value))
      out.set(name, {
        name,
        value: value[name],
        file,
        range: whole.range,
        nameRange: whole.nameRange,
        valueRange: whole.expr.range,
      });
  for (const obj of literalObjects(whole.expr, config)) {
    for (const item of obj.items) {
      const name = keyOf(item, config);
      if (name === undefined) continue;
      // A key of the result, or any written key when the whole value is unknown.
      if (!out.has(name) && value !== UNKNOWN) continue;
      const v = isObj(value) && hasKey(value, name) ? value[name] : config.eval(item.value);
      out.set(name, {
        name,
        value: v,
        file,
        range: item.range,
        nameRange: item.key.range,
        valueRange: item.value.range,
      });
    }
  }
  return out;
}

function attr(b: Block, name: string): Attribute | undefined {
  return b.body.attributes.find((a) => a.name === name);
}

/** What one file of the unit (the unit itself or an include) says on its own. */
function ownPieces(config: TgConfig): UnitPieces {
  const pieces: UnitPieces = { inputs: new Map(), generates: new Map() };
  const file = config.file;
  const tf = config.blocks('terraform')[0];
  if (tf) {
    pieces.terraformBlock = { node: tf, file };
    const s = attr(tf, 'source');
    if (s)
      pieces.source = {
        name: 'source',
        value: config.eval(s.expr),
        file,
        range: s.range,
        nameRange: s.nameRange,
        valueRange: s.expr.range,
      };
  }
  const rs = config.blocks('remote_state')[0];
  if (rs) {
    const backend = attr(rs, 'backend');
    const b = backend ? config.eval(backend.expr) : UNKNOWN;
    const cfg = attr(rs, 'config');
    pieces.state = {
      backendType: typeof b === 'string' ? b : '',
      block: { node: rs, file },
      settings: cfg ? settingsOf(cfg, config) : new Map(),
    };
  }
  const inputs = config.attribute('inputs');
  if (inputs) pieces.inputs = settingsOf(inputs, config);
  for (const g of config.blocks('generate')) pieces.generates.set(g.labels[0]?.value ?? '', { node: g, file });
  return pieces;
}

export function deepMergeValues(parent: Value, child: Value): Value {
  if (isObj(parent) && isObj(child)) {
    const o = newObject();
    for (const k of Object.keys(parent)) setKey(o, k, parent[k]);
    for (const k of Object.keys(child))
      setKey(o, k, hasKey(parent, k) ? deepMergeValues(parent[k], child[k]) : child[k]);
    return o;
  }
  if (Array.isArray(parent) && Array.isArray(child)) return [...parent, ...child];
  return child;
}

function mergeSettings(parent: Map<string, Setting>, child: Map<string, Setting>, deep: boolean): Map<string, Setting> {
  const out = new Map(parent);
  for (const [k, s] of child) {
    const p = parent.get(k);
    out.set(k, deep && p ? { ...s, value: deepMergeValues(p.value, s.value) } : s);
  }
  return out;
}

/** `child` over `parent`, as Terragrunt merges a unit over what it includes. */
export function mergePieces(parent: UnitPieces, child: UnitPieces, strategy: MergeStrategy): UnitPieces {
  if (strategy === 'no_merge') return child;
  const deep = strategy === 'deep';
  let state = child.state ?? parent.state;
  if (deep && child.state && parent.state)
    state = { ...child.state, settings: mergeSettings(parent.state.settings, child.state.settings, true) };
  return {
    source: child.source ?? parent.source,
    terraformBlock: child.terraformBlock ?? parent.terraformBlock,
    ...(state ? { state } : {}),
    inputs: mergeSettings(parent.inputs, child.inputs, deep),
    generates: new Map([...parent.generates, ...child.generates]),
  };
}

/** A `generate` block whose static contents configure a backend: the state settings, all at `contents`. */
function generatedState(gen: Located<Block>, config: TgConfig): StateConfig | undefined {
  const contents = attr(gen.node, 'contents');
  const text = contents ? config.eval(contents.expr) : undefined;
  if (typeof text !== 'string' || !text.includes('backend')) return undefined;
  const hcl = parseHcl(new SourceFile(`${gen.file.path}#generate`, text));
  const backend = hcl.body.blocks
    .filter((b) => b.type === 'terraform')
    .flatMap((b) => b.body.blocks)
    .find((b) => b.type === 'backend');
  if (!backend || !contents) return undefined;
  const settings = new Map<string, Setting>();
  for (const a of backend.body.attributes)
    settings.set(a.name, {
      name: a.name,
      value: evaluate(a.expr, constantScope(undefined)),
      file: gen.file,
      range: contents.range,
      nameRange: contents.nameRange,
      valueRange: contents.expr.range,
    });
  return { backendType: backend.labels[0]?.value ?? '', block: gen, settings };
}

/** The unit's configuration with its includes merged. */
export function unitPieces(unit: TgConfig): UnitPieces {
  let merged: UnitPieces = { inputs: new Map(), generates: new Map() };
  let strategy: MergeStrategy = 'shallow';
  for (const inc of unit.includes()) {
    if (inc.merge === 'no_merge') continue;
    merged = mergePieces(merged, ownPieces(inc.config), inc.merge);
    if (inc.merge === 'deep') strategy = 'deep';
  }
  merged = mergePieces(merged, ownPieces(unit), strategy);
  if (!merged.state) {
    for (const gen of merged.generates.values()) {
      const owner = gen.file === unit.file ? unit : unit.includes().find((i) => i.config.file === gen.file)?.config;
      const state = owner ? generatedState(gen, owner) : undefined;
      if (state) {
        merged.state = state;
        break;
      }
    }
  }
  return merged;
}
