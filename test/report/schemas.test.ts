// junit and rdjson reports validated against their published schemas: JUnit XML against
// the Ant / Jenkins junit-10.xsd with libxml2 (xmllint-wasm), rdjson against reviewdog's
// DiagnosticResult JSON Schema (see the $comment in schemas/DiagnosticResult.jsonschema).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { utf8Column } from '../../src/report/rdjson.js';
import { REPORTERS } from '../../src/report/index.js';
import { SourceFile } from '../../src/parse/source.js';
import { runCliCaptured } from '../support/cli.js';
import { REPO_DIR } from '../support/shared.js';
import { goldenPath } from './golden.test.js';
import { FINDINGS, sampleContext } from './sample.js';

const SCHEMAS = join(REPO_DIR, 'test/report/schemas');
const XSD = readFileSync(join(SCHEMAS, 'junit-10.xsd'), 'utf8');

type Schema = { definitions: Record<string, Record<string, unknown>> } & Record<string, unknown>;
function rdfSchema(): Schema {
  const schema = JSON.parse(readFileSync(join(SCHEMAS, 'DiagnosticResult.jsonschema'), 'utf8')) as Schema;
  delete schema.$schema; // draft-04; the keywords it uses mean the same to ajv's default draft
  return schema;
}

/** The published schema closed: no unknown keys, and the fields the proto calls Required. */
function strictSchema(): Schema {
  const schema = rdfSchema();
  const required: Record<string, string[]> = {
    DiagnosticResult: ['diagnostics'],
    'reviewdog.rdf.Diagnostic': ['message', 'location'],
    'reviewdog.rdf.Location': ['path'],
    'reviewdog.rdf.Range': ['start'],
    'reviewdog.rdf.Position': ['line', 'column'],
    'reviewdog.rdf.Code': ['value'],
    'reviewdog.rdf.Suggestion': ['range', 'text'],
    'reviewdog.rdf.RelatedLocation': ['location'],
    'reviewdog.rdf.Source': ['name'],
  };
  for (const [name, def] of Object.entries(schema.definitions)) {
    if (def.properties) def.additionalProperties = false;
    if (required[name]) def.required = required[name];
  }
  return schema;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const published = ajv.compile(rdfSchema());
const strict = ajv.compile(strictSchema());

function expectValidRdjson(text: string) {
  const doc = JSON.parse(text);
  expect(published(doc), JSON.stringify(published.errors)).toBe(true);
  expect(strict(doc), JSON.stringify(strict.errors)).toBe(true);
  return doc;
}

async function expectValidJunit(xml: string) {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: XSD });
  expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

async function cliReport(format: string): Promise<string> {
  const { out } = await runCliCaptured(
    ['--no-config', '-f', format, 'fixtures/demo', 'fixtures/rules/aws-rds-multi-az'],
    REPO_DIR,
  );
  return out;
}

describe('rdjson against reviewdog DiagnosticResult', () => {
  it('the golden files are valid, with one diagnostic per finding', () => {
    const doc = expectValidRdjson(readFileSync(goldenPath('rdjson'), 'utf8'));
    expect(doc.diagnostics).toHaveLength(FINDINGS.length);
    expect(doc.source).toEqual({ name: 'arch-lint', url: 'https://github.com/arch-lint/arch-lint' });
    expectValidRdjson(readFileSync(goldenPath('rdjson', 'clean'), 'utf8'));
  });

  it('a real run over the fixtures is valid and carries every finding, suggestion and code', async () => {
    const doc = expectValidRdjson(await cliReport('rdjson'));
    const json = JSON.parse(await cliReport('json'));
    expect(doc.diagnostics.length).toBe(json.findings.length);
    expect(doc.diagnostics.length).toBeGreaterThan(10);
    expect(doc.diagnostics.map((d: { code: { value: string } }) => d.code.value)).toEqual(
      json.findings.map((f: { ruleId: string }) => f.ruleId),
    );
    expect(doc.diagnostics.some((d: { suggestions?: unknown[] }) => d.suggestions?.length)).toBe(true);
  });

  it('the validators reject what reviewdog would not read', () => {
    const good = JSON.parse(REPORTERS.rdjson(FINDINGS, sampleContext()));
    const bad = structuredClone(good);
    bad.diagnostics[0].severity = 'FATAL';
    expect(published(bad)).toBe(false);
    const noLocation = structuredClone(good);
    delete noLocation.diagnostics[1].location;
    expect(strict(noLocation)).toBe(false);
    const typo = structuredClone(good);
    typo.diagnostics[0].relatedLocations = typo.diagnostics[0].related_locations;
    expect(strict(typo)).toBe(false);
  });

  it('columns are UTF-8 byte counts (the proto example a𐐀b: b is column 6)', () => {
    const src = new SourceFile('x', 'a𐐀b\n');
    expect([1, 2, 4, 5].map((c) => utf8Column(src, 1, c))).toEqual([1, 2, 6, 7]);
    expect(utf8Column(undefined, 1, 4)).toBe(4);
    expect(utf8Column(src, 9, 3)).toBe(3);
  });
});

describe('junit against junit-10.xsd', () => {
  it('the golden files are valid', async () => {
    await expectValidJunit(readFileSync(goldenPath('junit'), 'utf8'));
    await expectValidJunit(readFileSync(goldenPath('junit', 'clean'), 'utf8'));
  });

  it('a real run over the fixtures is valid: one failed testcase per rule and file, the counts add up', async () => {
    const xml = await cliReport('junit');
    await expectValidJunit(xml);
    const json = JSON.parse(await cliReport('json'));
    const pairs = new Set(json.findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`));
    const failed = [...xml.matchAll(/<testcase name="([^"]*)" classname="([^"]*)" time="0">\n\s*<failure /g)];
    expect(new Set(failed.map((m) => `${m[2]} ${m[1]}`))).toEqual(pairs);
    const top = /<testsuites name="arch-lint" tests="(\d+)" failures="(\d+)"/.exec(xml)!;
    expect(Number(top[2])).toBe(pairs.size);
    expect(Number(top[1])).toBe((xml.match(/<testcase /g) ?? []).length);
    for (const f of json.findings) expect(xml).toContain(`${f.file}:${f.line}:${f.column}: ${f.severity}: `);
  });

  it('control characters and markup in messages stay well-formed', async () => {
    const odd = FINDINGS.map((f) => ({ ...f, message: `${f.message} \u0001 ]]> <x a="b"> & \ud800` }));
    await expectValidJunit(REPORTERS.junit(odd, sampleContext()));
  });

  it('the validator rejects a testcase without a name', async () => {
    const xml = REPORTERS.junit(FINDINGS, sampleContext()).replace('<testcase name="infra/db/main.tf"', '<testcase');
    const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: XSD });
    expect(result.valid).toBe(false);
  });
});
