// Loads the user's declarative rules from the config's `rulesDir`: every .yml/.yaml/.json
// file holds one rule or `rules: [ … ]`, validated with ajv before anything runs.

import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import schema from '../../schema/declarative-rule.schema.json' with { type: 'json' };
import { SourceFile } from '../parse/source.js';
import { toJS, ypath, type YNode } from '../parse/yaml/ast.js';
import { parseYamlStream } from '../parse/yaml/parse.js';
import { displayPath } from '../read/discover.js';
import { diskSource, type FileSource } from '../read/file-source.js';
import { compileDeclarative, compilePattern, type DeclarativeRule } from './declarative.js';
import { byPosition, schemaErrors, type ConfigError } from './config/schema-errors.js';
import { UsageError } from './lint-api.js';
import type { Rule } from './rule.js';

// verbose: errors carry the offending data and schema (for "got …" and "did you mean").
// Compiled on first use: at module load it cost ~100 ms of every run's start-up.
let compiled: ValidateFunction<DeclarativeRule> | undefined;
const validator = () =>
  (compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile<DeclarativeRule>(schema));

export async function loadUserRules(
  dir: string,
  cwd: string,
  files: FileSource = diskSource(),
): Promise<Rule<string>[]> {
  const why = files.outside(dir);
  if (why) throw new UsageError(`${displayPath(cwd, dir)}: rulesDir ${why}`);
  const listed = await files.listFiles(dir);
  if (!listed) throw new UsageError(`${displayPath(cwd, dir)}: rulesDir cannot be read`);
  const names = listed.filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  const rules: Rule<string>[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const abs = join(dir, name);
    const read = await files.readText(abs);
    if (!read.ok) throw new UsageError(`${displayPath(cwd, abs)}: rule file ${read.reason}`);
    const source = new SourceFile(displayPath(cwd, abs), read.text);
    const stream = parseYamlStream(source); // JSON is YAML
    for (const e of stream.errors)
      errors.push(`${source.path}:${e.range.start.line}:${e.range.start.column}: ${e.message}`);
    for (const doc of stream.documents) {
      const root = doc.root;
      const items =
        root && ypath(root, 'rules')?.kind === 'seq'
          ? (ypath(root, 'rules') as Extract<YNode, { kind: 'seq' }>).items
          : root
            ? [root]
            : [];
      items.forEach((item, index) => {
        const spec = toJS(item);
        const name = ruleName(spec, index, items.length);
        const validate = validator();
        if (!validate(spec)) {
          const found = byPosition(schemaErrors(validate.errors ?? [], item, source, ''));
          for (const e of found) errors.push(formatRuleError(e, name));
          return;
        }
        const patternError = invalidPattern(spec);
        if (patternError === undefined) {
          rules.push(compileDeclarative(spec));
          return;
        }
        const at = nodeAt(item, '/assert/matches') ?? item;
        errors.push(
          `${source.path}:${at.range.start.line}:${at.range.start.column}: assert.matches in ${name} is not a valid RE2 regular expression: ${patternError}`,
        );
      });
    }
  }
  if (errors.length > 0) throw new UsageError(`invalid rule files:\n${errors.join('\n')}`);
  return rules;
}

/** Why a rule's `matches` pattern does not compile, or undefined when it does (or there is none). */
function invalidPattern(spec: DeclarativeRule): string | undefined {
  if (spec.assert.matches === undefined) return undefined;
  try {
    compilePattern(spec.assert.matches);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** The node an ajv instancePath (`/assert/equals`) points at. */
function nodeAt(root: YNode, pointer: string): YNode | undefined {
  if (!pointer) return root;
  const steps = pointer
    .slice(1)
    .split('/')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  return ypath(root, ...steps);
}

/** `rule "foo"` by its id when it has a usable one, else by its place in the file. */
function ruleName(spec: unknown, index: number, count: number): string {
  const id = (spec as { id?: unknown } | null)?.id;
  if (typeof id === 'string' && id !== '') return `rule "${id}"`;
  return count > 1 ? `rule #${index + 1}` : 'the rule';
}

/** The schema's key-count limits, said as what they mean. */
const PLAIN: Record<string, string> = {
  'assert must have at least 2 keys': 'needs a check besides path: equals, in, notIn, present, matches or min',
  'target must have at most 1 key': 'names one of terraform or kubernetes, not both',
  'target must have at least 1 key': 'names terraform or kubernetes',
};

/**
 * One schema error, as config errors read, naming the rule: `rules/x.yml:4:3: unknown
 * key "assert.matchs" in rule "foo" (did you mean "matches"?)`.
 */
export function formatRuleError(e: ConfigError, rule: string): string {
  const where = `${e.file}:${e.line}:${e.column}`;
  const unknown = /^unknown key(.*)$/.exec(e.message);
  const plain = PLAIN[`${e.key} ${e.message.replace(/ \(got \d+\)$/, '')}`];
  if (plain) return `${where}: ${e.key} in ${rule} ${plain}`;
  if (unknown) return `${where}: unknown key "${e.key}" in ${rule}${unknown[1]}`;
  return `${where}: ${e.key === '' ? rule : `${e.key} in ${rule}`}: ${e.message}`;
}
