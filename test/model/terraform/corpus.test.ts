// Robustness: every real-world Terraform directory of the shared corpus builds.
import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildTerraformProject } from '../../../src/model/terraform/build.js';
import { describeShared, sharedPath } from '../../support/shared.js';
import { readDirs } from './helpers.js';

describeShared('real-world Terraform corpus', () => {
  const repos = readdirSync(sharedPath('corpus/realworld')).filter((n) => n.startsWith('terraform-'));

  it.each(repos)('%s builds without throwing', (repo) => {
    const root = sharedPath('corpus/realworld', repo);
    const dirs = readDirs(root);
    const project = buildTerraformProject(dirs);
    expect(project.stacks.length).toBeGreaterThan(0);
    // Touch everything lazily evaluated: values, nested blocks, providers, regions.
    for (const stack of project.stacks) {
      for (const r of [...stack.resources, ...stack.dataSources]) {
        for (const a of r.attributes.values()) (void a.value, void a.references);
        for (const b of r.node.body.blocks)
          r.blocks(b.type === 'dynamic' ? (b.labels[0]?.value ?? '') : b.type).forEach((x) =>
            x.attributes.forEach((a) => void a.value),
          );
        void r.region;
        expect(r.address).toMatch(/^(module\.[\w-]+(\[[^\]]+\])?\.)*(data\.)?[\w-]+\.[\w-]+(\[[^\]]+\])?$/);
      }
      for (const m of stack.modules) void [...m.locals.values()];
      for (const c of stack.moduleCalls) void c.region;
    }
    // Module directories called by examples are not roots of their own.
    expect(project.modules.length).toBeGreaterThanOrEqual(project.stacks.length);
  });
});
