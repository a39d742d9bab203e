// Declarative rules (Spectral's idea): a target, a path and an assertion, compiled into
// an ordinary Rule. Used for the user's own rules (config `rulesDir`).

import { RE2JS } from 're2js';
import type { Severity } from '../findings/finding.js';
import type { YNode } from '../parse/yaml/ast.js';
import { toJS, ypath } from '../parse/yaml/ast.js';
import type { Range } from '../parse/source.js';
import { isUnknown, type Value } from '../model/terraform/value.js';
import { setAttributeFix } from '../model/terraform/edits.js';
import type { Rule } from './rule.js';

export interface DeclarativeRule {
  id: string;
  category: string;
  severity: Severity;
  title: string;
  description?: string;
  docsUrl?: string;
  message: string;
  target: { terraform?: string | string[]; kubernetes?: string | string[] };
  assert: {
    path: string;
    equals?: unknown;
    in?: unknown[];
    notIn?: unknown[];
    present?: boolean;
    matches?: string;
    min?: number;
  };
  fix?: { value: string };
}

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/**
 * A `matches` pattern compiled with RE2 semantics (linear time: a user's `^(a+)+$`
 * cannot stall the run). Throws RE2JS's syntax error for an invalid pattern.
 */
export function compilePattern(pattern: string): RE2JS {
  return RE2JS.compile(pattern);
}

/** True when a known (or absent) value satisfies the assertion. */
export function satisfies(
  a: DeclarativeRule['assert'],
  value: unknown,
  present: boolean,
  pattern: RE2JS | undefined = a.matches === undefined ? undefined : compilePattern(a.matches),
): boolean {
  if (a.present !== undefined && a.present !== present) return false;
  if (a.equals !== undefined && !(present && deepEqual(value, a.equals))) return false;
  if (a.in !== undefined && !(present && a.in.some((x) => deepEqual(value, x)))) return false;
  if (a.notIn !== undefined && present && a.notIn.some((x) => deepEqual(value, x))) return false;
  if (pattern !== undefined && !(present && pattern.test(String(value)))) return false;
  if (a.min !== undefined && !(present && typeof value === 'number' && value >= a.min)) return false;
  return true;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function compileDeclarative(spec: DeclarativeRule): Rule<'violation'> {
  const tfTypes = new Set(list(spec.target.terraform));
  const kinds = new Set(list(spec.target.kubernetes));
  const steps = spec.assert.path.split('.');
  // Compiled once, when the rule is loaded (an invalid pattern was refused there).
  const pattern = spec.assert.matches === undefined ? undefined : compilePattern(spec.assert.matches);
  // Not defineRule: a user's rule may name a category of its own.
  const rule: Rule<'violation'> = {
    meta: {
      id: spec.id,
      category: spec.category,
      severity: spec.severity,
      title: spec.title,
      description: spec.description ?? spec.title,
      // The rule's own page, or none: never the built-in docs of an id arch-lint does not ship.
      docsUrl: spec.docsUrl ?? null,
      messages: { violation: spec.message },
    },
    check(project, context) {
      for (const stack of project.terraform.stacks) {
        for (const resource of stack.resources) {
          if (!tfTypes.has(resource.resourceType)) continue;
          const value: Value | undefined = resource.get(spec.assert.path);
          if (value !== undefined && isUnknown(value)) continue;
          if (satisfies(spec.assert, value, value !== undefined, pattern)) continue;
          const attr = steps.length === 1 ? resource.attr(steps[0]) : undefined;
          context.report({
            messageId: 'violation',
            data: { path: spec.assert.path },
            at: attr ?? resource,
            resource: resource.address,
            ...(spec.fix && steps.length === 1 ? { fix: setAttributeFix(resource, steps[0], spec.fix.value) } : {}),
          });
        }
      }
      for (const obj of project.kubernetes.objects) {
        if (!kinds.has(obj.kind)) continue;
        const node: YNode | undefined = ypath(obj.root, ...steps.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
        if (satisfies(spec.assert, toJS(node), node !== undefined, pattern)) continue;
        const at = node ? { file: obj.file, range: node.range } : obj;
        context.report({ messageId: 'violation', data: { path: spec.assert.path }, at, resource: obj.id });
      }
    },
  };
  return rule;
}
