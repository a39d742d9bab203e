// One `git cat-file --batch` kept open for a repository's reads. A run reads blobs several
// times (the plan's texts, a unit's links, then its files, on each side of a change), and
// starting a process costs more than a small read: Node forks itself to start one (5-25 ms
// of the main thread each, measured on a 2-core machine). Requests are answered in order.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { GitError, gitEnv, SAFE_CONFIG } from './exec.js';

/** An idle process is ended after this long (a long-lived host keeps no git process around). */
const IDLE_MS = 2000;

export class CatFileBatch {
  private current?: BatchProcess;

  constructor(private readonly cwd: string) {}

  /** Contents of the blobs among `oids` (full object ids, no duplicates); missing ones are absent. */
  read(oids: readonly string[]): Promise<Map<string, Buffer>> {
    if (oids.length === 0) return Promise.resolve(new Map());
    if (!this.current?.open) this.current = new BatchProcess(this.cwd);
    return this.current.read(oids);
  }

  /** Ends the process once it has answered what was asked (a later read starts another). */
  close(): void {
    this.current?.close();
    this.current = undefined;
  }
}

interface Request {
  /** Answers still expected. */
  left: number;
  blobs: Map<string, Buffer>;
  resolve(blobs: Map<string, Buffer>): void;
  reject(e: Error): void;
}

/** The object being received: its header read, its bytes (then a newline) still arriving. */
interface Body {
  oid: string;
  blob: boolean;
  bytes: Buffer;
  filled: number;
}

class BatchProcess {
  /** False once it is closing or has ended: new reads go to a new process. */
  open = true;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly queue: Request[] = [];
  private header: Buffer[] = [];
  private body?: Body;
  /** The newline after an object's bytes is still to be skipped. */
  private newline = false;
  private readonly stderr: Buffer[] = [];
  private idle?: NodeJS.Timeout;

  constructor(cwd: string) {
    const child = spawn('git', [...SAFE_CONFIG, 'cat-file', '--batch'], {
      cwd,
      env: gitEnv(),
      shell: false,
      windowsHide: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.stderr.on('data', (c: Buffer) => this.stderr.push(c));
    child.on('error', (e) => this.fail(new GitError(`git could not be run: ${e.message}`, null, '')));
    child.on('close', (code) => {
      const stderr = Buffer.concat(this.stderr).toString('utf8').trim();
      this.fail(new GitError(`git cat-file failed: ${stderr.split('\n')[0] || `exit ${code}`}`, code, stderr));
    });
    // EPIPE when git exits early: the close handler reports it.
    child.stdin.on('error', () => {});
  }

  read(oids: readonly string[]): Promise<Map<string, Buffer>> {
    return new Promise((resolve, reject) => {
      clearTimeout(this.idle);
      this.queue.push({ left: oids.length, blobs: new Map(), resolve, reject });
      this.keepAlive(true);
      this.child.stdin.write(oids.join('\n') + '\n');
    });
  }

  close(): void {
    this.open = false;
    clearTimeout(this.idle);
    // git answers what it was sent, then ends at the end of its input.
    this.child.stdin.end();
  }

  /** Whether the process and its pipes keep Node running: only while an answer is awaited. */
  private keepAlive(on: boolean): void {
    const c = this.child;
    for (const handle of [c, c.stdin as unknown as Socket, c.stdout as Socket, c.stderr as Socket])
      if (on) handle.ref();
      else handle.unref();
  }

  private receive(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.newline) {
        this.newline = false;
        at++;
        this.answered();
        continue;
      }
      const body = this.body;
      if (body) {
        const n = Math.min(body.bytes.length - body.filled, chunk.length - at);
        chunk.copy(body.bytes, body.filled, at, at + n);
        body.filled += n;
        at += n;
        if (body.filled === body.bytes.length) this.received(body);
        continue;
      }
      const eol = chunk.indexOf(0x0a, at);
      if (eol === -1) {
        this.header.push(chunk.subarray(at));
        return;
      }
      let line: string;
      if (this.header.length === 0) line = chunk.toString('latin1', at, eol);
      else {
        this.header.push(chunk.subarray(at, eol));
        line = Buffer.concat(this.header).toString('latin1');
        this.header = [];
      }
      at = eol + 1;
      // `<oid> <type> <size>`, then the bytes and a newline; or `<oid> missing` alone.
      const s1 = line.indexOf(' ');
      const s2 = line.indexOf(' ', s1 + 1);
      if (s2 === -1) this.answered();
      else {
        const bytes = Buffer.allocUnsafe(Number(line.slice(s2 + 1)));
        const next: Body = { oid: line.slice(0, s1), blob: line.slice(s1 + 1, s2) === 'blob', bytes, filled: 0 };
        if (bytes.length === 0) this.received(next);
        else this.body = next;
      }
    }
  }

  private received(body: Body): void {
    if (body.blob) this.queue[0]?.blobs.set(body.oid, body.bytes);
    this.body = undefined;
    this.newline = true;
  }

  /** One object answered: the oldest request is done when all of its objects are. */
  private answered(): void {
    const request = this.queue[0];
    if (!request || --request.left > 0) return;
    this.queue.shift();
    request.resolve(request.blobs);
    if (this.queue.length > 0) return;
    this.keepAlive(false);
    if (this.open) this.idle = setTimeout(() => this.close(), IDLE_MS).unref();
  }

  /** The process ended or could not start: what was asked of it fails. */
  private fail(e: GitError): void {
    this.open = false;
    clearTimeout(this.idle);
    for (const r of this.queue.splice(0)) r.reject(e);
  }
}
