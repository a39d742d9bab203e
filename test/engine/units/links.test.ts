// The planner looks for module calls and file reads in the bytes of each Terraform file
// before decoding it: the links it finds are those of reading every file as text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanLinks } from '../../../src/engine/units/links.js';
import { diskSource } from '../../../src/read/file-source.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../../src/read/load.js';
import { describeShared, REPO_DIR, sharedPath } from '../../support/shared.js';

const limits = { maxFileBytes: DEFAULT_MAX_FILE_BYTES, yaml: {} };
const tmp = mkdtempSync(join(tmpdir(), 'arch-lint-links-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const bom = Buffer.from([0xef, 0xbb, 0xbf]);
const files: Record<string, string | Buffer> = {
  'live/main.tf': 'module "net" {\n  source = "../modules/net"\n}\n',
  'live/bom.tf': Buffer.concat([bom, Buffer.from('module "db" {\n  source = "../modules/db"\n}\n')]),
  'live/reads.tf': 'locals {\n  policy = templatefile("${path.module}/policy.json.tpl", {})\n}\n',
  'live/policy.json.tpl': '{}\n',
  'live/other.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "profile-files"\n}\n',
  'live/latin1.tf': Buffer.from('module "x" {\n  source = "../modules/x"\n  name = "caf\xe9"\n}\n', 'latin1'),
  'live/utf16.tf': Buffer.from('\ufeffmodule "y" { source = "../modules/y" }\n', 'utf16le'),
  'live/big.tf': `module "big" {\n  source = "../modules/big"\n}\n${'# padding\n'.repeat(8000)}`,
  'modules/net/main.tf': 'variable "cidr" {}\n',
  'modules/big/main.tf': 'variable "big" {}\n',
  'modules/db/main.tf': 'variable "size" {}\n',
  'modules/x/main.tf': 'variable "x" {}\n',
  'modules/y/main.tf': 'variable "y" {}\n',
  'k8s/base/kustomization.yaml': 'resources:\n  - deploy.yaml\n',
  'k8s/prod/kustomization.yaml': 'resources:\n  - ../base\n',
};
for (const [rel, content] of Object.entries(files)) {
  mkdirSync(dirname(join(tmp, rel)), { recursive: true });
  writeFileSync(join(tmp, rel), content);
}

async function links(root: string, bytes: boolean, maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
  const disk = diskSource();
  const { readBytes: _r, ...textOnly } = disk;
  const source = bytes ? disk : textOnly;
  const { files } = await source.discover([root], { cwd: REPO_DIR, isIgnored: () => false });
  const { calls, kustomize, templates } = await scanLinks(files, { ...limits, maxFileBytes }, source);
  return { calls, kustomize, templates };
}

describe('scanLinks', () => {
  it('finds calls and reads in the bytes (a BOM, not UTF-8 or UTF-16: as the text read finds them)', async () => {
    const found = await links(tmp, true);
    expect(found).toEqual(await links(tmp, false));
    const live = [...found.calls].find(([dir]) => dir.endsWith('live'));
    // big.tf is larger than one read: looked at as text, as before.
    expect(live?.[1].map((d) => d.slice(d.lastIndexOf('modules')))).toEqual([
      'modules/big',
      'modules/db',
      'modules/net',
    ]);
    expect([...found.templates].map((t) => t.slice(t.lastIndexOf('live')))).toEqual(['live/policy.json.tpl']);
  });

  it('refuses what load() refuses: files over the size limit hold no links', async () => {
    const found = await links(tmp, true, 60);
    expect(found).toEqual(await links(tmp, false, 60));
    const live = [...found.calls].find(([dir]) => dir.endsWith('live'));
    expect(live?.[1].map((d) => d.slice(d.lastIndexOf('modules')))).toEqual(['modules/db', 'modules/net']);
  });

  it.each(['fixtures/engine/units', 'fixtures'])('the same links from bytes as from text: %s', async (root) => {
    expect(await links(root, true)).toEqual(await links(root, false));
  });
});

describeShared('scanLinks on the shared corpus', () => {
  it('the same links from bytes as from text', async () => {
    expect(await links(sharedPath('corpus'), true)).toEqual(await links(sharedPath('corpus'), false));
  });
});
