// read → parse for `*.json` files: a Terraform plan (`terraform show -json`) is recognised
// by its content; any other JSON file is left alone.

import { readPlan, type PlanDocument } from '../parse/plan-json/document.js';
import type { Range, SourceFile } from '../parse/source.js';

/** The parsed plan, or the syntax error of a broken one; undefined when the file is not a plan. */
export function planOutcome(
  source: SourceFile,
): { plan: PlanDocument } | { problem: { source: SourceFile; message: string; range: Range } } | undefined {
  const read = readPlan(source);
  if (read.kind === 'not-plan') return undefined;
  if (read.kind === 'invalid') {
    const range = source.range(read.start, Math.min(read.end, source.text.length));
    return { problem: { source, message: `Terraform plan JSON: ${read.message}`, range } };
  }
  return { plan: read.plan };
}
