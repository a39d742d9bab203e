// The rule catalogue checks itself (ESLint's checkRuleFiles idea): every built-in rule has
// sound metadata, a docs page of the agreed structure whose examples really fail and
// pass, fixture cases that do what their folder says, a table test, and an honest
// `fixable` flag.

import { ENGINE_RULES } from '../../src/engine/config/effective.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import type { Rule } from '../../src/engine/rule.js';
import { CATEGORIES } from '../../src/findings/category.js';
import type { Finding } from '../../src/findings/finding.js';
import { builtinRules } from '../../rules/index.js';
import { REPO_DIR } from '../support/shared.js';
import { fixtureCases, fixtureDir, fixtureRuleIds, type FixtureCase } from './support/fixture-cases.js';
import { parseRuleDoc, type RuleDoc } from './support/rule-docs.js';
import { exampleFile, lintExample } from './support/run-example.js';
import { expectNoProblems } from './support/problems.js';

const PROVIDERS = ['aws', 'azure', 'gcp', 'kubernetes', 'terraform'];
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEVERITIES = ['error', 'warning', 'note'];
const REQUIRED_SECTIONS = ['What it checks', 'Why it matters', 'How to fix', 'Examples'];

const docPath = (id: string) => `docs/rules/${id}.md`;
const readRepo = (path: string) => readFileSync(join(REPO_DIR, path), 'utf8');

describe('rule catalogue', () => {
  it('has rules', () => {
    expect(builtinRules.length).toBeGreaterThan(0);
  });

  it('has unique rule ids', () => {
    const counts = new Map<string, number>();
    for (const r of builtinRules) counts.set(r.meta.id, (counts.get(r.meta.id) ?? 0) + 1);
    expectNoProblems(
      [...counts].filter(([, n]) => n > 1).map(([id]) => id),
      'rule ids registered more than once',
    );
  });

  it('has each rule in its own file, in the folder of its provider, registered once', () => {
    // rules/terraform holds state and backend rules only; a rule about a cloud's resources
    // lives with that cloud, kubernetes_* Terraform resources with Kubernetes.
    const folderOf = (id: string) =>
      /^(aws|azure|gcp)-/.exec(id)?.[1] ?? (/^(k8s|tf-kubernetes)-/.test(id) ? 'kubernetes' : 'terraform');
    const files = PROVIDERS.flatMap((p) =>
      readdirSync(join(REPO_DIR, 'rules', p))
        .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
        .map((f) => `${p}/${f.slice(0, -3)}`),
    );
    const registered = builtinRules.map((r) => `${folderOf(r.meta.id)}/${r.meta.id}`);
    expectNoProblems(
      [
        ...registered.filter((r) => !files.includes(r)).map((r) => `rule ${r} is not in rules/${r}.ts`),
        ...files
          .filter((f) => !registered.includes(f))
          .map((f) => `rules/${f}.ts is not a registered rule (run node scripts/rule-indexes.mjs)`),
      ],
      'rule files',
    );
  });

  it('has no docs page or fixture folder without a rule', () => {
    const ids = new Set([...builtinRules, ...ENGINE_RULES.map((meta) => ({ meta }))].map((r) => r.meta.id));
    const pages = existsSync(join(REPO_DIR, 'docs/rules'))
      ? readdirSync(join(REPO_DIR, 'docs/rules'))
          .filter((f) => f.endsWith('.md') && f !== 'README.md')
          .map((f) => f.slice(0, -3))
      : [];
    const orphans = [
      ...pages.filter((id) => !ids.has(id)).map((id) => `${docPath(id)} documents no registered rule`),
      ...fixtureRuleIds()
        .filter((id) => !ids.has(id))
        .map((id) => `fixtures/rules/${id} belongs to no registered rule`),
    ];
    expectNoProblems(orphans, 'orphaned docs pages or fixture folders');
  });
});

for (const rule of builtinRules) {
  const id = rule.meta.id;
  describe(`rule ${id}`, () => {
    it('has sound metadata', () => {
      expectNoProblems(metadataProblems(rule), `${id}: metadata`);
    });

    it(`has a docs page of the agreed structure (${docPath(id)})`, () => {
      expectNoProblems(docsProblems(rule), `${id}: ${docPath(id)}`);
    });

    // What each case must produce is the table test's business (it knows the options a
    // case needs); here every case must at least parse and not crash the rule.
    it('has passing and failing fixtures that parse, and a table test', async () => {
      const problems: string[] = [];
      for (const kind of ['pass', 'fail'] as const) {
        if (fixtureCases(id, kind).length === 0) problems.push(`${fixtureDir(id, kind)} is missing or empty`);
      }
      const testFile = `test/rules/${id}.test.ts`;
      if (!existsSync(join(REPO_DIR, testFile))) problems.push(`${testFile} is missing`);
      else if (!["'", '"', '`'].some((q) => readRepo(testFile).includes(`${q}${id}${q}`)))
        problems.push(`${testFile} does not name the rule '${id}'`);
      for (const c of [...fixtureCases(id, 'pass'), ...fixtureCases(id, 'fail')])
        problems.push(...(await lintCase(id, c)).problems);
      expectNoProblems(problems, `${id}: fixtures and table test`);
    });

    it('has docs examples that fail and pass as they claim', async () => {
      const path = docPath(id);
      expect(existsSync(join(REPO_DIR, path)), `${path} is missing`).toBe(true);
      const doc = parseRuleDoc(readRepo(path));
      const problems: string[] = [];
      for (const example of doc.examples) {
        const where = `${path}:${example.line} (${example.lang} ${example.expect}, linted as ${exampleFile(example)})`;
        const outcome = await lintExample(id, example);
        problems.push(...outcome.problems.map((p) => `${where}: ${p}`));
        const own = outcome.findings.filter((f) => f.ruleId === id);
        if (example.expect === 'fail' && own.length === 0) problems.push(`${where}: produces no finding`);
        if (example.expect === 'pass')
          for (const f of own) problems.push(`${where}: produces a finding at ${f.line}:${f.column}: ${f.message}`);
      }
      expectNoProblems(problems, `${id}: docs examples`);
    });

    it(`declares fixable: ${rule.meta.fixable === true} truthfully`, async () => {
      const fixed = await fixedCases(rule);
      if (rule.meta.fixable === true) {
        expect(fixed, `${id} declares fixable: true, but no failing fixture or docs example gets a fix`).not.toEqual(
          [],
        );
      } else {
        expectNoProblems(fixed, `${id} reports fixes but does not declare fixable: true in its meta; fixed cases`);
      }
    });
  });
}

function metadataProblems(rule: Rule<string, any>): string[] {
  const m = rule.meta;
  const problems: string[] = [];
  if (!KEBAB.test(m.id)) problems.push(`id ${JSON.stringify(m.id)} is not kebab-case`);
  if (!(CATEGORIES as readonly string[]).includes(m.category)) {
    problems.push(`category ${JSON.stringify(m.category)} is not one of src/findings/category.ts`);
  }
  if (!SEVERITIES.includes(m.severity))
    problems.push(`severity ${JSON.stringify(m.severity)} is not one of ${SEVERITIES.join(', ')}`);
  if (typeof m.title !== 'string' || m.title.trim() === '') problems.push('title is empty');
  if (typeof m.description !== 'string' || m.description.trim() === '') problems.push('description is empty');
  const messages = Object.entries(m.messages ?? {});
  if (messages.length === 0) problems.push('meta.messages is empty');
  for (const [key, text] of messages)
    if (typeof text !== 'string' || text.trim() === '') problems.push(`message ${key} is empty`);
  return problems;
}

function docsProblems(rule: Rule<string, any>): string[] {
  const { id, category, severity, title, fixable, optionsSchema } = rule.meta;
  const path = docPath(id);
  if (!existsSync(join(REPO_DIR, path))) return [`${path} is missing`];
  const text = readRepo(path);
  const doc = parseRuleDoc(text);
  const problems: string[] = [];
  // `npm run new-rule` marks what the author must write with TODO.
  if (/\bTODO\b/.test(text)) problems.push(`${path} still has a TODO from the scaffold`);
  if (/\bTODO\b/.test(JSON.stringify(rule.meta))) problems.push('the rule metadata still has a TODO from the scaffold');
  if (doc.heading !== `# ${id}`) problems.push(`first line is ${JSON.stringify(doc.heading)}, expected "# ${id}"`);
  if (doc.title.trim() !== title.trim())
    problems.push(`title line is ${JSON.stringify(doc.title)}, expected the rule's title ${JSON.stringify(title)}`);
  problems.push(...tableProblems(doc, { category, severity, fixable: fixable === true }));

  const names = doc.sections.map((s) => s.name);
  const present = REQUIRED_SECTIONS.filter((s) => names.includes(s));
  for (const s of REQUIRED_SECTIONS) if (!names.includes(s)) problems.push(`section "## ${s}" is missing`);
  const order = names.filter((n) => REQUIRED_SECTIONS.includes(n));
  if (present.length === REQUIRED_SECTIONS.length && order.join('|') !== REQUIRED_SECTIONS.join('|')) {
    problems.push(`sections are in the order ${order.join(', ')}; expected ${REQUIRED_SECTIONS.join(', ')}`);
  }
  for (const s of doc.sections)
    if (REQUIRED_SECTIONS.includes(s.name) && s.body.trim() === '') problems.push(`section "## ${s.name}" is empty`);

  if (!doc.examples.some((e) => e.expect === 'fail'))
    problems.push(
      'no ```hcl fail``` / ```yaml fail``` example (```json fail <file>``` for files a main.tf cannot show)',
    );
  if (!doc.examples.some((e) => e.expect === 'pass')) problems.push('no ```hcl pass``` / ```yaml pass``` example');
  for (const f of doc.unknownFences) {
    problems.push(
      `line ${f.line}: fence "${f.info}" is not one of hcl fail, hcl pass, yaml fail, yaml pass (optionally followed by a file name), json fail <file>, json pass <file>`,
    );
  }

  const options = doc.sections.find((s) => s.name === 'Options');
  const optionNames = Object.keys((optionsSchema as { properties?: object } | undefined)?.properties ?? {});
  if (optionNames.length > 0 && !options)
    problems.push(`the rule has options (${optionNames.join(', ')}) but no "## Options" section`);
  if (options)
    for (const name of optionNames)
      if (!options.body.includes(name)) problems.push(`"## Options" does not describe option ${name}`);
  if (options && optionNames.length === 0)
    problems.push('"## Options" is present but the rule has no optionsSchema properties');
  return problems;
}

function tableProblems(doc: RuleDoc, expected: { category: string; severity: string; fixable: boolean }): string[] {
  if (!doc.table) return ['the metadata table (| Category | Default severity | Fixable |) is missing'];
  const { header, row } = doc.table;
  if (header.join('|') !== 'Category|Default severity|Fixable')
    return [`table header is | ${header.join(' | ')} |, expected | Category | Default severity | Fixable |`];
  const problems: string[] = [];
  if (row[0] !== expected.category)
    problems.push(`table category is ${JSON.stringify(row[0])}, the rule's is ${JSON.stringify(expected.category)}`);
  if (row[1] !== expected.severity)
    problems.push(`table severity is ${JSON.stringify(row[1])}, the rule's is ${JSON.stringify(expected.severity)}`);
  const fixable = expected.fixable ? 'yes' : 'no';
  if (row[2] !== fixable)
    problems.push(
      `table Fixable is ${JSON.stringify(row[2])}, expected ${fixable} (meta.fixable is ${expected.fixable})`,
    );
  return problems;
}

async function lintCase(ruleId: string, c: FixtureCase): Promise<{ findings: Finding[]; problems: string[] }> {
  const result = await lint({ paths: [c.path], cwd: REPO_DIR, onlyRules: [ruleId] });
  const problems = [
    ...result.findings
      .filter((f) => f.ruleId === 'parse-error')
      .map((f) => `${c.path}: parse error at ${f.file}:${f.line}:${f.column}: ${f.message}`),
    ...result.internalErrors.map((e) => `${c.path}: ${e.split('\n')[0]}`),
  ];
  return { findings: result.findings.filter((f) => f.ruleId === ruleId), problems };
}

/** Failing fixtures and failing docs examples on which the rule reports at least one fix. */
async function fixedCases(rule: Rule<string, any>): Promise<string[]> {
  const id = rule.meta.id;
  const fixed: string[] = [];
  for (const c of fixtureCases(id, 'fail')) {
    const { findings } = await lintCase(id, c);
    if (findings.some((f) => f.fix && f.fix.replacements.length > 0)) fixed.push(c.path);
  }
  const path = docPath(id);
  if (existsSync(join(REPO_DIR, path))) {
    for (const example of parseRuleDoc(readRepo(path)).examples.filter((e) => e.expect === 'fail')) {
      const { findings } = await lintExample(id, example);
      if (findings.some((f) => f.ruleId === id && f.fix && f.fix.replacements.length > 0))
        fixed.push(`${path}:${example.line}`);
    }
  }
  return fixed;
}

describe('engine ids', () => {
  it('every id a finding can carry that is not a rule has a docs page (findings link to it)', () => {
    for (const meta of ENGINE_RULES) {
      const path = docPath(meta.id);
      expect(existsSync(join(REPO_DIR, path)), `${path} is missing`).toBe(true);
      const text = readRepo(path);
      expect(text.startsWith(`# ${meta.id}\n\n${meta.title}\n`), `${path} starts with its id and title`).toBe(true);
      expect(text).toContain(`| \`${meta.category}\` | \`${meta.severity}\` |`);
    }
  });
});
