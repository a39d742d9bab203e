// ECS container definitions without a memory size (and without CPU units when the task
// sets none): on EC2 capacity such a container can take the whole instance down.

import { defineRule } from '../../src/engine/rule.js';
import type { TfAttribute } from '../../src/model/terraform/types.js';
import { isObject, isUnknown, type Value, type ValueObject } from '../../src/model/terraform/value.js';
import type { Expr } from '../../src/parse/hcl/ast.js';
import type { Range } from '../../src/parse/source.js';

export default defineRule<'missing'>({
  meta: {
    id: 'aws-ecs-container-limits',
    category: 'missing-resource-limits',
    severity: 'error',
    title: 'ECS container definitions must size memory and CPU',
    description:
      "Checks every container in an `aws_ecs_task_definition`'s `container_definitions` (in `jsonencode(...)`, a heredoc or a JSON string) for `memory` or `memoryReservation`, unless the task sets `memory`, and for `cpu` units unless the task sets `cpu`. An unsized container can use all the memory and CPU of its instance and starve or crash every other task placed there.",
    messages: {
      missing:
        "Container `{container}` of {resource} sets no {missing} and the task sets none either: it can take all of its instance's {resources} and starve every task placed next to it. Set {settings} on the container or the task.",
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const task of stack.resourcesOfType('aws_ecs_task_definition')) {
        const attr = task.attr('container_definitions');
        if (!attr) continue;
        const containers = containerList(attr.value);
        if (!containers) continue;
        // Task-level sizes bound every container; an unknown one (a variable) counts as set.
        const taskMemory = isSet(task.value('memory'));
        const taskCpu = isSet(task.value('cpu'));
        containers.forEach((c, i) => {
          if (!isObject(c)) return;
          const missingMemory = !taskMemory && !isSet(c.memory) && !isSet(c.memoryReservation);
          const missingCpu = !taskCpu && !isSet(c.cpu);
          if (!missingMemory && !missingCpu) return;
          const name = typeof c.name === 'string' ? c.name : `#${i + 1}`;
          context.report({
            messageId: 'missing',
            data: {
              container: name,
              missing: missingMemory && missingCpu ? 'memory and no CPU units' : missingMemory ? 'memory' : 'CPU units',
              resources: missingMemory && missingCpu ? 'memory and CPU' : missingMemory ? 'memory' : 'CPU',
              settings: [missingMemory ? '`memory` or `memoryReservation`' : '', missingCpu ? '`cpu`' : '']
                .filter(Boolean)
                .join(' and '),
            },
            at: { file: attr.file, range: containerRange(attr, i, c, containers.length) ?? attr.valueRange },
            resource: task.address,
          });
        });
      }
    }
  },
});

function isSet(v: Value | undefined): boolean {
  return v !== undefined && v !== null && v !== '' && v !== 0;
}

/** The container list: an evaluated `jsonencode` / string of JSON, parsed; undefined when unknown or not JSON. */
function containerList(v: Value): Value[] | undefined {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string' || isUnknown(v)) return undefined;
  try {
    const parsed = JSON.parse(v) as unknown;
    return Array.isArray(parsed) ? (parsed as Value[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where container `i` is written: its `name = ...` item inside `jsonencode([{ ... }])`,
 * or its `"name": "..."` text inside a heredoc; undefined when it cannot be placed.
 */
function containerRange(attr: TfAttribute, i: number, c: ValueObject, count: number): Range | undefined {
  const list = jsonencodeList(attr.node.expr);
  if (list) {
    // Items map one to one only when the list is written out (no `for`, no splat into it).
    if (list.length !== count) return undefined;
    const item = list[i];
    if (item?.kind !== 'ObjectCons') return undefined;
    const nameItem = item.items.find(
      (it) =>
        it.bareKey === 'name' ||
        (it.key.kind === 'LiteralValue' && it.key.value === 'name') ||
        isQuotedKey(it.key, 'name'),
    );
    return nameItem?.range ?? item.range;
  }
  if (typeof c.name !== 'string') return undefined;
  const { start, end } = attr.valueRange;
  const text = attr.file.text.slice(start.offset, end.offset);
  const re = new RegExp(`"name"\\s*:\\s*${escapeRegExp(JSON.stringify(c.name))}`, 'g');
  const matches = [...text.matchAll(re)];
  if (matches.length !== 1) return undefined;
  const at = start.offset + matches[0].index;
  return attr.file.range(at, at + matches[0][0].length);
}

/** The items of `jsonencode([ ... ])`, when the list is written out literally. */
function jsonencodeList(expr: Expr): Expr[] | undefined {
  if (expr.kind !== 'FunctionCall' || expr.name !== 'jsonencode' || expr.args.length !== 1) return undefined;
  const arg = expr.args[0];
  return arg.kind === 'TupleCons' ? arg.items : undefined;
}

function isQuotedKey(key: Expr, name: string): boolean {
  const inner = key.kind === 'TemplateWrap' ? key.wrapped : key;
  return (
    inner.kind === 'Template' &&
    inner.parts.length === 1 &&
    inner.parts[0].kind === 'TemplateLiteral' &&
    inner.parts[0].value === name
  );
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
