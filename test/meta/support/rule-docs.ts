// Reads a rule's docs page (docs/rules/<id>.md) into the parts the meta-test checks:
// title lines, the metadata table, the sections in order, and the example blocks the
// meta-test executes.

export interface DocExample {
  lang: 'hcl' | 'yaml' | 'json';
  expect: 'fail' | 'pass';
  /**
   * File the example is written to: `main.tf` / `manifest.yaml` by default, or the name
   * after the kind (```` ```json fail terraform.tfstate ````) for cases a main.tf cannot
   * show. Relative, no `..`.
   */
  file?: string;
  code: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}

export interface RuleDoc {
  /** First line, expected `# <id>`. */
  heading: string;
  /** First non-empty line after the heading, expected to be the rule's title. */
  title: string;
  /** Cells of the metadata table's first row, backticks removed; undefined when there is no table. */
  table?: { header: string[]; row: string[] };
  /** `## ` sections in order, with their body text (fenced code included). */
  sections: { name: string; body: string }[];
  examples: DocExample[];
  /** Fences with an info string the meta-test does not know (`hcl failing`, `tf fail`, ...). */
  unknownFences: { info: string; line: number }[];
}

const EXAMPLE_INFO = /^(hcl|yaml|json) (fail|pass)(?: ((?!\.\.)[\w.-]+(?:\/(?!\.\.)[\w.-]+)*))?$/;

export function parseRuleDoc(text: string): RuleDoc {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const heading = lines[0] ?? '';
  let i = 1;
  while (i < lines.length && lines[i].trim() === '') i++;
  const title = lines[i] ?? '';

  const sections: RuleDoc['sections'] = [];
  const examples: DocExample[] = [];
  const unknownFences: RuleDoc['unknownFences'] = [];
  let table: RuleDoc['table'];
  let fence: { info: string; line: number; body: string[] } | undefined;

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (fence) {
      if (/^```\s*$/.test(line)) {
        const m = EXAMPLE_INFO.exec(fence.info);
        if (m && (m[1] !== 'json' || m[3])) {
          examples.push({
            lang: m[1] as DocExample['lang'],
            expect: m[2] as DocExample['expect'],
            ...(m[3] ? { file: m[3] } : {}),
            code: fence.body.join('\n') + '\n',
            line: fence.line,
          });
        } else if (m) unknownFences.push({ info: fence.info, line: fence.line });
        fence = undefined;
      } else fence.body.push(line);
      if (sections.length > 0) sections[sections.length - 1].body += line + '\n';
      continue;
    }
    const open = /^```(.*)$/.exec(line);
    if (open) {
      const info = open[1].trim().replace(/\s+/g, ' ');
      fence = { info, line: n + 1, body: [] };
      if (info !== '' && !EXAMPLE_INFO.test(info) && /\b(fail|pass|failing|passing)\b/.test(info))
        unknownFences.push({ info, line: n + 1 });
      if (sections.length > 0) sections[sections.length - 1].body += line + '\n';
      continue;
    }
    const section = /^## (.+?)\s*$/.exec(line);
    if (section) {
      sections.push({ name: section[1], body: '' });
      continue;
    }
    if (
      !table &&
      sections.length === 0 &&
      line.startsWith('|') &&
      lines[n + 1]?.startsWith('|') &&
      lines[n + 2]?.startsWith('|')
    ) {
      table = { header: cells(line), row: cells(lines[n + 2]) };
    }
    if (sections.length > 0) sections[sections.length - 1].body += line + '\n';
  }
  return { heading, title, table, sections, examples, unknownFences };
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim().replace(/^`(.*)`$/, '$1'));
}
