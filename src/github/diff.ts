// Unified-diff parsing: which new-side (RIGHT) lines of a file a pull request's diff shows.
// GitHub accepts a review comment only on a line inside a hunk, and a multi-line comment
// only when both ends are in the same hunk, so hunks are kept, not just a set of lines.

export interface Hunk {
  /** First new-side line of the hunk (1-based). */
  newStart: number;
  /** Number of new-side lines (context + added). */
  newCount: number;
  /** New-side line numbers that the hunk adds. */
  added: Set<number>;
}

export interface FileDiff {
  /** New path, '/' separators, relative to the repository root. */
  path: string;
  previousPath?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** False when GitHub (or git) gave no patch: binary or too large, lines unknown. */
  hasPatch: boolean;
  hunks: Hunk[];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Parses the hunks of one file's patch (as GitHub's list-files `patch` field gives it). */
export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  let line = 0;
  let remainingNew = 0;
  let remainingOld = 0;
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      const newStart = Number(header[3]);
      const newCount = header[4] === undefined ? 1 : Number(header[4]);
      current = { newStart, newCount, added: new Set() };
      hunks.push(current);
      line = newStart;
      remainingNew = newCount;
      remainingOld = header[2] === undefined ? 1 : Number(header[2]);
      continue;
    }
    if (!current || (remainingNew <= 0 && remainingOld <= 0)) continue;
    const mark = text[0];
    if (mark === '+') {
      current.added.add(line);
      line++;
      remainingNew--;
    } else if (mark === '-') {
      remainingOld--;
    } else if (mark === ' ' || text === '') {
      // An empty line inside a hunk is a context line whose leading space was trimmed.
      line++;
      remainingNew--;
      remainingOld--;
    }
    // '\ No newline at end of file' and anything else: not a line of either side.
  }
  return hunks.filter((h) => h.newCount > 0);
}

/** The hunk whose new side contains `line`, if any. */
export function hunkAt(file: FileDiff, line: number): Hunk | undefined {
  return file.hunks.find((h) => line >= h.newStart && line < h.newStart + h.newCount);
}

export function isAddedLine(file: FileDiff, line: number): boolean {
  return hunkAt(file, line)?.added.has(line) ?? false;
}

/**
 * Splits the output of `git diff` (several files) into FileDiffs. Used when GitHub's file
 * list is truncated (3,000 files) or a file's patch is missing.
 */
export function parseGitDiff(output: string): FileDiff[] {
  const files: FileDiff[] = [];
  const sections = output.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
  for (const section of sections) {
    const headerEnd = section.search(/^@@ /m);
    const header = headerEnd === -1 ? section : section.slice(0, headerEnd);
    const body = headerEnd === -1 ? '' : section.slice(headerEnd);
    const newPath = headerPath(header, /^\+\+\+ (?:b\/)?(.*)$/m) ?? headerPath(header, /^rename to (.*)$/m);
    const oldPath = headerPath(header, /^--- (?:a\/)?(.*)$/m) ?? headerPath(header, /^rename from (.*)$/m);
    const fallback = gitHeaderPaths(section.slice(0, section.indexOf('\n')));
    const path = newPath && newPath !== '/dev/null' ? newPath : (fallback?.[1] ?? oldPath);
    if (!path) continue;
    let status: FileDiff['status'] = 'modified';
    if (/^new file mode/m.test(header)) status = 'added';
    else if (/^deleted file mode/m.test(header)) status = 'removed';
    else if (/^rename from /m.test(header)) status = 'renamed';
    const previous = status === 'renamed' ? (oldPath ?? fallback?.[0]) : undefined;
    const binary = /^Binary files /m.test(header);
    files.push({
      path,
      ...(previous && previous !== path ? { previousPath: previous } : {}),
      status,
      hasPatch: !binary,
      hunks: parsePatch(body),
    });
  }
  return files;
}

function headerPath(header: string, re: RegExp): string | undefined {
  const m = re.exec(header);
  if (!m) return undefined;
  return unquoteGitPath(m[1].replace(/\t$/, ''));
}

/** `diff --git a/x b/x` for files without ---/+++ lines (mode changes, empty files). */
function gitHeaderPaths(line: string): [string, string] | undefined {
  const m = /^diff --git a\/(.*) b\/(.*)$/.exec(line);
  return m ? [m[1], m[2]] : undefined;
}

/** git quotes paths with special characters C-style ("a/t\303\251st.tf"); decode them. */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"') || !raw.endsWith('"')) return raw;
  const inner = raw.slice(1, -1).replace(/^[ab]\//, '');
  const bytes: number[] = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = inner[++i];
    if (next >= '0' && next <= '7') {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else {
      const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
      bytes.push(escapes[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
