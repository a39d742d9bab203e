// Terragrunt units as Terraform roots. A unit (`terragrunt.hcl` no other scanned config
// includes) is a deployed root: its `remote_state` (or generated backend) becomes the
// root's backend, and the module it runs (`terraform { source }`) becomes a module call
// whose arguments are the unit's `inputs`, so the module's resources are judged with
// them and findings driven by an input land on the input's line. Without a `source`
// the unit's own .tf files are the module and the inputs are its root variables.
// A `root.hcl` with `remote_state` that no scanned unit includes is judged on its own.

import { posix } from 'node:path';
import type { Block, BlockLabel, Body, HclFile } from '../../parse/hcl/ast.js';
import type { Range, SourceFile } from '../../parse/source.js';
import type { EvalBudget } from '../terraform/budget.js';
import type { TfDirInput, TfFileInput } from '../terraform/module-def.js';
import { markReadOnly, syntheticAttribute } from '../terraform/synthetic.js';
import type { Value } from '../terraform/value.js';
import { TgFiles, type TgConfig } from './config.js';
import { toDisplay, toVirtual } from './paths.js';
import { resolveSource, type ResolvedSource } from './sources.js';
import { unitPieces, type Setting, type StateConfig, type UnitPieces } from './unit.js';

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Files Terragrunt runs or includes by convention, and the stack files it expands (not evaluated). */
export function isUnitFile(path: string): boolean {
  return baseName(path) === 'terragrunt.hcl';
}

function block(type: string, header: Range, body: Body, open: Range, close: Range, labels: BlockLabel[] = []): Block {
  return {
    kind: 'Block',
    type,
    typeRange: header,
    labels,
    body,
    openBraceRange: open,
    closeBraceRange: close,
    range: { start: header.start, end: close.end },
  };
}

const emptyRange = (r: Range): Range => ({ start: r.start, end: r.start });

/** The `{` of a setting's value when it is an object literal in its own file. */
function openBrace(file: SourceFile, s: { valueRange: Range } | undefined, literal: boolean): Range | undefined {
  if (!s || !literal) return undefined;
  const start = s.valueRange.start.offset;
  return file.text[start] === '{' ? file.range(start, start + 1) : undefined;
}

/** `terraform { backend "<type>" { ...settings } }` at the remote_state (or generate) block. */
function backendBlock(state: StateConfig): Block {
  const rs = state.block.node;
  const config = rs.body.attributes.find((a) => a.name === 'config');
  const literal = rs.type === 'remote_state' && config?.expr.kind === 'ObjectCons';
  const attributes = [...state.settings.values()].map((s) =>
    syntheticAttribute(s, literal && s.file === state.block.file && s.range !== config?.range),
  );
  const open = openBrace(state.block.file, config && { valueRange: config.expr.range }, literal);
  const close = literal && config ? config.expr.range : rs.closeBraceRange;
  const closeBrace: Range = { start: close.end, end: close.end };
  const backend = block(
    'backend',
    rs.typeRange,
    { kind: 'Body', attributes, blocks: [], range: rs.range },
    open ?? rs.openBraceRange,
    closeBrace,
    [{ value: state.backendType, range: rs.typeRange }],
  );
  if (!open) markReadOnly(backend);
  return block(
    'terraform',
    rs.typeRange,
    { kind: 'Body', attributes: [], blocks: [backend], range: rs.range },
    rs.openBraceRange,
    rs.closeBraceRange,
  );
}

/** Where an omitted input is reported: the unit's `inputs`, else its `terraform` block, else its first block. */
function callHeader(unit: TgConfig, pieces: UnitPieces): { range: Range; open?: Range } {
  const inputs = unit.attribute('inputs');
  if (inputs) {
    const own = [...pieces.inputs.values()].find((s) => s.file === unit.file);
    return {
      range: inputs.nameRange,
      open: openBrace(unit.file, own && { valueRange: inputs.expr.range }, inputs.expr.kind === 'ObjectCons'),
    };
  }
  const tf = unit.blocks('terraform')[0] ?? unit.input.hcl.body.blocks[0];
  if (tf) return { range: tf.typeRange };
  const start = { line: 1, column: 1, offset: 0 };
  return { range: { start, end: start } };
}

/** `module "<name>" { source = ..., <inputs> }` standing for what the unit runs. */
function callBlock(unit: TgConfig, pieces: UnitPieces, source: ResolvedSource, unitDir: string): Block {
  const header = callHeader(unit, pieces);
  const at = pieces.source ?? {
    file: unit.file,
    range: header.range,
    nameRange: header.range,
    valueRange: header.range,
  };
  const meta = (name: string, value: Value) =>
    syntheticAttribute(
      { name, value, file: at.file, range: at.range, nameRange: at.nameRange, valueRange: at.valueRange },
      false,
    );
  const sourceText = source.kind === 'local' ? relativeSource(unitDir, source.dir) : source.source;
  const attributes = [meta('source', sourceText)];
  if (source.kind === 'registry' && source.version !== undefined) attributes.push(meta('version', source.version));
  const inputs = unit.attribute('inputs');
  for (const s of pieces.inputs.values()) attributes.push(syntheticAttribute(s, isOwnItem(s, inputs?.range)));
  const open = header.open ?? emptyRange(header.range);
  const call = block(
    'module',
    header.range,
    { kind: 'Body', attributes, blocks: [], range: header.range },
    open,
    header.open && inputs ? { start: inputs.range.end, end: inputs.range.end } : emptyRange(header.range),
    [{ value: source.name, range: header.range }],
  );
  return header.open ? call : markReadOnly(call);
}

/** Written as its own `name = value` item (not the whole `inputs = merge(...)`). */
function isOwnItem(s: Setting, wholeRange: Range | undefined): boolean {
  return s.range !== wholeRange;
}

function relativeSource(fromDir: string, toDir: string): string {
  const rel = posix.relative(fromDir === '.' ? '' : fromDir, toDir === '.' ? '' : toDir);
  return rel.startsWith('..') ? rel : `./${rel}`;
}

function syntheticFile(file: SourceFile, blocks: Block[]): TfFileInput {
  const start = { line: 1, column: 1, offset: 0 };
  const hcl: HclFile = {
    body: { kind: 'Body', attributes: [], blocks, range: { start, end: start } },
    diagnostics: [],
    comments: [],
  };
  return { file, hcl };
}

interface UnitRoot {
  dir: string;
  file: SourceFile;
  config: TgConfig;
  pieces: UnitPieces;
}

/** Units and unincluded root configs, evaluated. */
function findUnits(tg: TgFiles, files: TfFileInput[]): UnitRoot[] {
  const included = new Set<string>();
  const units: UnitRoot[] = [];
  const evaluated = files.map((f) => {
    const dir = posix.dirname(toVirtual(f.file.path));
    return { f, config: tg.config(toVirtual(f.file.path), dir, undefined, 0)!, dir };
  });
  for (const e of evaluated)
    if (isUnitFile(e.f.file.path)) for (const inc of e.config.includes()) included.add(inc.config.file.path);
  for (const e of evaluated) {
    const name = baseName(e.f.file.path);
    if (included.has(e.f.file.path)) continue;
    const isUnit = name === 'terragrunt.hcl';
    // A parent config nothing scanned includes (a stack's root.hcl): its state settings are judged on their own.
    const isRootConfig = name !== 'terragrunt.stack.hcl' && e.config.blocks('remote_state').length > 0;
    if (!isUnit && !isRootConfig) continue;
    units.push({ dir: toDisplay(e.dir), file: e.f.file, config: e.config, pieces: unitPieces(e.config) });
  }
  return units;
}

/**
 * The Terraform directories with the Terragrunt units added: each unit's directory gets
 * its backend and the call of the module it runs (or, without a source, its inputs as
 * root variables of its own .tf files).
 */
export function withTerragruntUnits(dirs: TfDirInput[], files: TfFileInput[], budget: EvalBudget): TfDirInput[] {
  if (files.length === 0) return dirs;
  const tg = new TgFiles(files, budget);
  const byDir = new Map(dirs.map((d) => [d.dir, d]));
  const moduleDirs = dirs.map((d) => d.dir);
  for (const unit of findUnits(tg, files)) {
    const existing = byDir.get(unit.dir);
    if (existing?.terragrunt) continue;
    const blocks: Block[] = [];
    const state = unit.pieces.state;
    const source = resolveSource(unit.pieces.source?.value, unit.dir, moduleDirs);
    const inputs = new Map<string, Value>();
    let call: Block | undefined;
    if (source) {
      call = callBlock(unit.config, unit.pieces, source, unit.dir);
      blocks.push(call);
    } else for (const [k, s] of unit.pieces.inputs) inputs.set(k, s.value);
    // The backend is declared where remote_state is written (root.hcl when included), the call in the unit.
    const files = [syntheticFile(unit.file, blocks)];
    if (state) files.unshift(syntheticFile(state.block.file, [backendBlock(state)]));
    const input: TfDirInput = existing
      ? // First: the unit's backend is the one Terragrunt configures (a module's `backend "s3" {}` is only its slot).
        { ...existing, files: [...files, ...existing.files] }
      : { dir: unit.dir, files, tfvars: [], backendConfigs: [] };
    input.terragrunt = { file: unit.file, inputs, ...(call ? { call } : {}) };
    byDir.set(unit.dir, input);
  }
  return [...byDir.values()];
}
