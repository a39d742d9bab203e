// The real-world corpus (../shared/corpus): every file is linted or reported with a
// reason, nothing crashes, no valid .tf yields a parse error, Helm findings land in
// the chart's templates, and output is deterministic.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { kindOf } from '../../src/read/kinds.js';
import { describeShared, sharedPath } from '../support/shared.js';

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

describeShared('the shared real-world corpus', () => {
  const cwd = sharedPath('corpus');

  it('lints or reports every file, without a crash or a parse error on valid Terraform', async () => {
    const result = await lint({ paths: ['.'], cwd });
    expect(result.internalErrors).toEqual([]);
    const parseErrors = result.findings.filter((f) => f.ruleId === 'parse-error');
    // Every .tf in the corpus is valid HCL (corpus README).
    expect(parseErrors.filter((f) => f.file.endsWith('.tf') || f.file.endsWith('.tfvars'))).toEqual([]);

    const chartDirs = result.skipped.filter((s) => s.file.endsWith('/templates/')).map((s) => s.file);
    const accounted = (file: string) =>
      result.sources.has(file) ||
      parseErrors.some((f) => f.file === file) ||
      result.skipped.some((s) => s.file === file) ||
      chartDirs.some((d) => file.startsWith(d));
    const files = walk(cwd)
      .map((p) => relative(cwd, p))
      .filter((p) => kindOf(p) !== 'other');
    expect(files.length).toBeGreaterThan(600);
    expect(files.filter((f) => !accounted(f))).toEqual([]);
  });

  it('maps findings in helm template output back to the chart templates', async () => {
    const result = await lint({ paths: ['helm/ingress-nginx'], cwd, onlyRules: ['k8s-container-resource-limits'] });
    const files = new Set(result.findings.map((f) => f.file));
    // The controller's resources come from values.yaml: the finding is there, the template line related.
    expect(files).toContain('helm/ingress-nginx/chart/values.yaml');
    const related = result.findings.flatMap((f) => f.related ?? []).map((r) => r.file);
    expect(related).toContain('helm/ingress-nginx/chart/templates/controller-deployment.yaml');
    expect([...files].some((f) => f.includes('/rendered/'))).toBe(false);
  });

  it('keeps the rendered file when the chart is not scanned, and works without Source comments', async () => {
    const rendered = await lint({
      paths: ['helm/ingress-nginx/rendered'],
      cwd,
      onlyRules: ['k8s-container-resource-limits'],
    });
    expect(rendered.findings.length).toBeGreaterThan(0);
    expect(rendered.findings.every((f) => f.file.startsWith('helm/ingress-nginx/rendered/'))).toBe(true);
    const kustomized = await lint({
      paths: ['helm/ingress-nginx-4.15.1-kustomized/rendered'],
      cwd,
      onlyRules: ['k8s-container-resource-limits'],
    });
    expect(kustomized.findings.length).toBeGreaterThan(0);
  });

  it('is deterministic: two runs give identical findings', async () => {
    const a = await lint({ paths: ['realworld/terraform-aws-rds', 'helm/calico'], cwd });
    const b = await lint({ paths: ['helm/calico', 'realworld/terraform-aws-rds'], cwd });
    expect(JSON.stringify(b.findings)).toBe(JSON.stringify(a.findings));
  });
});
