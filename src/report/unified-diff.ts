// A unified diff (`--- a/path`, `+++ b/path`, hunks with 3 lines of context), as `diff -u`
// and `git diff` print it and `git apply` / `patch -p1` read it. Lines are compared with
// their line breaks, so a changed CRLF or a missing final newline shows.

export const CONTEXT_LINES = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** The diff of one file; '' when the texts are equal. */
export function unifiedDiff(path: string, before: string, after: string, context = CONTEXT_LINES): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const out = [`--- a/${path}\n`, `+++ b/${path}\n`];
  for (const hunk of hunks(ops, context)) out.push(...hunk);
  return out.join('');
}

/** Lines with their terminators; the last one may have none. */
function splitLines(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g);
  return lines ?? [];
}

/** Myers' O((N+M)D) shortest edit script, after the common head and tail are set aside. */
function diffLines(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle = myers(x, y);
  return [
    ...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })),
  ];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] });
    }
    if (d > 0) {
      if (down) ops.push({ kind: '+', line: b[--y] });
      else ops.push({ kind: '-', line: a[--x] });
    }
  }
  return ops.reverse();
}

/** Hunks of changed lines with `context` lines around them; hunks closer than 2×context merge. */
function hunks(ops: Op[], context: number): string[][] {
  const changed: number[] = [];
  ops.forEach((op, i) => op.kind !== ' ' && changed.push(i));
  const groups: [number, number][] = [];
  for (const i of changed) {
    const last = groups[groups.length - 1];
    if (last && i - last[1] <= 2 * context + 1) last[1] = i;
    else groups.push([i, i]);
  }
  // Line numbers before each op, in the old and the new text.
  const oldLine: number[] = [];
  const newLine: number[] = [];
  let o = 1;
  let n = 1;
  for (const op of ops) {
    oldLine.push(o);
    newLine.push(n);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') n++;
  }
  const oldCount = o - 1;
  const newCount = n - 1;
  return groups.map(([first, last]) => {
    const from = Math.max(0, first - context);
    const to = Math.min(ops.length - 1, last + context);
    const slice = ops.slice(from, to + 1);
    const oldLen = slice.filter((op) => op.kind !== '+').length;
    const newLen = slice.filter((op) => op.kind !== '-').length;
    const lines = [`@@ -${range(oldLine[from], oldLen)} +${range(newLine[from], newLen)} @@\n`];
    slice.forEach((op, j) => {
      const i = from + j;
      const isLastOld = op.kind !== '+' && oldLine[i] === oldCount;
      const isLastNew = op.kind !== '-' && newLine[i] === newCount;
      lines.push(op.kind + op.line.replace(/\n$/, '') + '\n');
      if (!op.line.endsWith('\n') && (isLastOld || isLastNew)) lines.push('\\ No newline at end of file\n');
    });
    return lines;
  });
}

/** `start,count` as diff prints it: the count is left out when 1; an empty range names the line before it. */
function range(start: number, count: number): string {
  if (count === 0) return `${start - 1},0`;
  return count === 1 ? `${start}` : `${start},${count}`;
}
