// Evaluation budgets: hostile expressions and expansions become UNKNOWN with one
// positioned hit, quickly, and never an exception.
import { describe, expect, it } from 'vitest';
import schema from '../../../schema/arch-lint.schema.json' with { type: 'json' };
import { buildTerraformProject } from '../../../src/model/terraform/build.js';
import {
  DEFAULT_EVAL_LIMITS,
  EvalBudget,
  HARD_MAX_EVAL_LIMITS,
  LimitSink,
  effectiveLimits,
  type EvalLimits,
} from '../../../src/model/terraform/budget.js';
import { EMPTY_SCOPE, bindScope, evaluate } from '../../../src/model/terraform/evaluate.js';
import { UNKNOWN, type Value } from '../../../src/model/terraform/value.js';
import { parseExpr, parseText } from './helpers.js';

function withBudget(limits: Partial<EvalLimits> = {}) {
  const sink = new LimitSink();
  const budget = new EvalBudget(effectiveLimits(limits), sink);
  const scope = { ...bindScope(EMPTY_SCOPE, {}), budget };
  return { sink, ev: (text: string): Value => evaluate(parseExpr(text), scope) };
}

describe('element and string budgets', () => {
  it.each<[string, string, string]>([
    ['nested for over 1,000,000 elements', '[for x in range(1000) : [for y in range(1000) : y]]', 'elements'],
    ['flatten of a large product', 'flatten([for x in range(1000) : [for y in range(200) : y]])', 'elements'],
    ['three-level nested for', '[for a in range(100) : [for b in range(100) : [for c in range(100) : c]]]', 'elements'],
    [
      'join over a large for',
      'join(",", [for x in range(1000) : join(",", [for y in range(1000) : "${x}${y}"])])',
      'elements',
    ],
    ['format with a huge width', 'format("%999999999d", 1)', 'stringLength'],
    [
      'replace growing a string',
      'replace(join("", [for x in range(1000) : "aaaaaaaaaa"]), "a", join("", [for x in range(200) : "bbbbbbbbbb"]))',
      'stringLength',
    ],
  ])('%s: UNKNOWN with one hit', (_name, text, limit) => {
    const { sink, ev } = withBudget();
    const started = performance.now();
    expect(ev(text)).toBe(UNKNOWN);
    expect(sink.hits.map((h) => h.limit)).toEqual([limit]);
    expect(sink.hits[0].file.path).toBe('expr.tf');
    // Safety bound against blow-ups, not a benchmark.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('points at the innermost function call or for expression that went over', () => {
    const { sink, ev } = withBudget({ maxElements: 50 });
    ev('concat([1], [for x in range(100) : x])');
    const r = sink.hits[0].range;
    // range(100) itself produces 100 elements: the innermost call is named.
    expect([r.start.line, r.start.column]).toEqual([1, 27]);
    expect(sink.hits[0].message).toBe('This expression produces more than 50 elements (limits.terraformMaxElements).');
  });

  it('does not let try() or can() turn a budget hit into a known fallback', () => {
    const { ev } = withBudget({ maxElements: 10 });
    expect(ev('try([for x in range(100) : x], "fallback")')).toBe(UNKNOWN);
    expect(ev('can([for x in range(100) : x])')).toBe(UNKNOWN);
  });

  it('keeps values within the limits exact', () => {
    const { sink, ev } = withBudget({ maxElements: 1000 });
    expect(ev('length(flatten([for x in range(10) : [for y in range(10) : y]]))')).toBe(100);
    expect(sink.hits).toEqual([]);
  });

  it('string growth by repeated doubling stops at the string limit', () => {
    const file = parseText(
      'main.tf',
      'locals {\n' +
        Array.from({ length: 40 }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"\n`).join('') +
        '  s0 = "ab"\n}\nresource "null_resource" "r" {\n  triggers = { v = local.s40 }\n}\n',
    );
    const project = buildTerraformProject([{ dir: '.', files: [file], tfvars: [], backendConfigs: [] }]);
    expect(project.stacks[0].resources[0].get('triggers.v')).toBe(UNKNOWN);
    expect(project.limitHits.map((h) => [h.limit, h.range.start.line])).toEqual([['stringLength', 21]]);
  });
});

describe('regular expressions run in linear time (RE2)', () => {
  const hostile = 'a'.repeat(5000) + 'b';
  it.each<[string, string, Value]>([
    ['catastrophic backtracking in regex', `regex("(a+)+$", "${hostile}")`, UNKNOWN], // no match: an error in Terraform
    ['catastrophic backtracking in replace', `length(replace("${hostile}", "/(a|aa)+$/", "x"))`, 5001],
    ['regexall with a group', 'regexall("(a+)+b", "aab-ab")', [['aa'], ['a']]],
    ['regexall without groups', 'regexall("[0-9]+", "a1b22c333")', ['1', '22', '333']],
    ['regex with named groups', 'regex("(?P<k>[a-z]+)=(?P<v>\\\\d+)", "x=12")', { k: 'x', v: '12' }],
    ['replace with a named group', 'replace("a-b-c", "/-(?P<c>\\\\w)/", "_$${c}")', 'a_b_c'],
    ['replace ignores an empty match after a match (Go)', 'replace("abc", "/b*/", "-")', '-a-c-'],
  ])('%s', (_name, text, expected) => {
    const { ev } = withBudget();
    const started = performance.now();
    expect(ev(text)).toEqual(expected);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('an invalid or non-RE2 pattern is an evaluation error (UNKNOWN), not a crash', () => {
    const { ev, sink } = withBudget();
    expect(ev('regex("((", "a")')).toBe(UNKNOWN);
    expect(ev('regex("(?=a)", "a")')).toBe(UNKNOWN);
    expect(sink.hits).toEqual([]);
  });
});

describe('instance budgets', () => {
  const build = (text: string, limits: Partial<EvalLimits> = {}, child?: string) => {
    const dirs = [{ dir: '.', files: [parseText('main.tf', text)], tfvars: [], backendConfigs: [] }];
    if (child) dirs.push({ dir: 'mod', files: [parseText('mod/main.tf', child)], tfvars: [], backendConfigs: [] });
    return buildTerraformProject(dirs, { limits });
  };

  it('a resource over the per-resource limit has unknown instances and one hit at its count', () => {
    const p = build('resource "aws_instance" "x" {\n  count = 100000000\n}\n');
    const rs = p.stacks[0].resources;
    expect(rs.map((r) => [r.address, r.key])).toEqual([['aws_instance.x', undefined]]);
    expect(p.limitHits.map((h) => [h.limit, h.range.start.line, h.range.start.column])).toEqual([['instances', 2, 11]]);
    expect(p.limitHits[0].message).toContain('aws_instance.x has 100000000 instances, more than the limit of 10000');
  });

  it('module fan-out stops at the stack total, with one hit', () => {
    const p = build(
      'module "m" {\n  source = "./mod"\n  count  = 100\n}\n',
      { maxTotalInstances: 1000 },
      'resource "aws_instance" "r" {\n  count = 50\n}\n',
    );
    expect(p.stacks[0].resources.length).toBeLessThanOrEqual(1000);
    expect(p.limitHits.map((h) => [h.limit, h.file.path])).toEqual([['totalInstances', 'mod/main.tf']]);
  });

  it('within the limits, expansion is exact and silent', () => {
    const p = build('resource "aws_instance" "x" {\n  for_each = toset(["a", "b"])\n}\n');
    expect(p.stacks[0].resources.map((r) => r.address)).toEqual(['aws_instance.x["a"]', 'aws_instance.x["b"]']);
    expect(p.limitHits).toEqual([]);
  });
});

describe('limits', () => {
  it('configured values are clamped to the hard maxima', () => {
    expect(effectiveLimits({ maxInstances: 1e12, maxElements: 0 })).toEqual({
      ...DEFAULT_EVAL_LIMITS,
      maxInstances: HARD_MAX_EVAL_LIMITS.maxInstances,
      maxElements: 1,
    });
  });

  it('the config schema publishes the same defaults and maxima', () => {
    const props = schema.properties.limits.properties as unknown as Record<
      string,
      { default: number; maximum: number }
    >;
    const keys: Record<keyof EvalLimits, string> = {
      maxInstances: 'terraformMaxInstances',
      maxTotalInstances: 'terraformMaxTotalInstances',
      maxElements: 'terraformMaxElements',
      maxStringLength: 'terraformMaxStringLength',
      timeBudgetMs: 'terraformTimeBudgetMs',
    };
    for (const [k, name] of Object.entries(keys) as [keyof EvalLimits, string][]) {
      expect([name, props[name].default, props[name].maximum]).toEqual([
        name,
        DEFAULT_EVAL_LIMITS[k],
        HARD_MAX_EVAL_LIMITS[k],
      ]);
    }
  });

  it('the time budget makes the rest of the stack unknown, reported once', () => {
    const { sink, ev } = withBudget({ timeBudgetMs: 1 });
    // Long enough to cross the clock check several times.
    expect(ev('[for x in range(1000) : [for y in range(90) : y]]')).toBe(UNKNOWN);
    expect(ev('1 + 1')).toBe(UNKNOWN);
    expect(sink.hits.map((h) => h.limit)).toEqual(['time']);
  });
});

describe('errors that are not evaluation errors', () => {
  it('propagate (a bug is an internal error, not a silent UNKNOWN)', () => {
    const scope = {
      lookup: () => {
        throw new TypeError('bug');
      },
    };
    expect(() => evaluate(parseExpr('var.x'), scope)).toThrow(TypeError);
  });

  it('too deep recursion is a nesting hit, not a crash', () => {
    const n = 20000;
    const text =
      'locals {\n' +
      Array.from({ length: n }, (_, i) => `  l${i} = local.l${i + 1} + 1\n`).join('') +
      `  l${n} = 1\n}\nresource "null_resource" "r" {\n  triggers = { v = local.l0 }\n}\n`;
    const project = buildTerraformProject([
      { dir: '.', files: [parseText('main.tf', text)], tfvars: [], backendConfigs: [] },
    ]);
    expect(project.stacks[0].resources[0].get('triggers.v')).toBe(UNKNOWN);
    expect(project.limitHits.map((h) => h.limit)).toContain('nesting');
  });
});
