// GitHub Actions workflow commands: each finding becomes a check annotation on the
// exact range. Escaping follows @actions/core's command.ts: data escapes %, CR, LF;
// property values also escape ':' and ','.

import type { Finding, Severity } from '../findings/finding.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const githubReporter: Reporter = (findings) => findings.map((f) => annotation(f) + '\n').join('');

function annotation(f: Finding): string {
  const props: [string, string | number][] = [
    ['file', f.file],
    ['line', f.line],
    ['col', f.column],
    ['endLine', f.endLine],
    ['endColumn', f.endColumn],
    ['title', f.ruleId],
  ];
  const rendered = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.severity]} ${rendered}::${escapeData(f.message)}`;
}
