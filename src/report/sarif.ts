// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. Rule metadata carries
// what GitHub's ingestion requires (fullDescription, help); results carry a partial
// fingerprint so alerts survive line moves, and a fix when the finding has one.

import type * as Sarif from 'sarif';
import type { Finding, Severity, TextRange } from '../findings/finding.js';
import { ruleDocsUrl, type RuleMeta } from '../engine/rule.js';
import { jsonChunks, lazyList } from './json-chunks.js';
import { ruleTable } from './rule-table.js';
import { scopeJson } from './json.js';
import type { ReportContext, Reporter } from './types.js';

export const INFORMATION_URI = 'https://github.com/arch-lint/arch-lint';
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const FINGERPRINT_KEY = 'archLint/v1';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  note: 'note',
};

export const sarifReporter: Reporter = (findings, ctx) => JSON.stringify(sarifLog(findings, ctx), null, 2) + '\n';

/** The same bytes in chunks, for results too large for one string. */
export function* sarifReportChunks(findings: Finding[], ctx: ReportContext): Generator<string> {
  yield* jsonChunks(sarifLog(findings, ctx));
  yield '\n';
}

function sarifLog(findings: Finding[], ctx: ReportContext): Sarif.Log {
  const rules = ruleTable(ctx.rules, findings);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'arch-lint',
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules.map(descriptor),
          },
        },
        columnKind: 'utf16CodeUnits',
        // Only when some units were linted (changed-units mode, a shard): `arch-lint merge-sarif` reads it.
        ...(ctx.summary.scope ? { properties: { archLintScope: scopeJson(ctx.summary.scope) } } : {}),
        // Written one by one by sarifReportChunks; JSON.stringify sees the list through toJSON.
        results: lazyList(findings, (f) => result(f, index.get(f.ruleId)!)) as unknown as Sarif.Result[],
      },
    ],
  };
  return log;
}

function descriptor(r: RuleMeta): Sarif.ReportingDescriptor {
  const url = ruleDocsUrl(r);
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: url
      ? {
          text: `${r.description}\n\nDocumentation: ${url}`,
          markdown: `**${r.title}**\n\n${r.description}\n\n[Documentation](${url})`,
        }
      : { text: r.description, markdown: `**${r.title}**\n\n${r.description}` },
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [r.category] },
  };
}

function result(f: Finding, ruleIndex: number): Sarif.Result {
  const out: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: artifact(f.file), region: region(f) },
        ...(f.resource !== undefined
          ? { logicalLocations: [{ fullyQualifiedName: f.resource, kind: 'resource' }] }
          : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
  };
  if (f.unit !== undefined) out.properties = { unit: f.unit };
  if (f.related)
    out.relatedLocations = f.related.map((r, id) => ({
      id,
      physicalLocation: { artifactLocation: artifact(r.file), region: region(r) },
      message: { text: r.message },
    }));
  if (f.fix) {
    out.fixes = [
      {
        description: { text: f.fix.description },
        artifactChanges: fixFiles(f).map((file) => ({
          artifactLocation: artifact(file),
          replacements: f
            .fix!.replacements.filter((r) => (r.file ?? f.file) === file)
            .map((r) => ({ deletedRegion: region(r), insertedContent: { text: r.text } })),
        })),
      },
    ];
  }
  return out;
}

/** The files a fix edits: the finding's first when it edits it, then the others in order. */
function fixFiles(f: Finding): string[] {
  return [...new Set(f.fix!.replacements.map((r) => r.file ?? f.file))];
}

function artifact(file: string): Sarif.ArtifactLocation {
  return { uri: fileUri(file), uriBaseId: SRCROOT };
}

/** A relative URI reference: each path segment percent-encoded, '/' kept. */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function region(r: TextRange): Sarif.Region {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
