// A fake GitHub REST API on loopback for the Action's tests. Every request is matched to
// an operation of GitHub's own OpenAPI description (the subset in ./api), its path and query
// parameters and JSON body are validated with ajv, and violations are answered 400/422 and
// recorded so the test fails. GraphQL requests are validated against the slice of GitHub's
// schema the Action uses (fake-graphql.ts). It keeps a pull request's state (files and
// patches, review comments and their threads, issue comments by several users), refuses
// review comments outside the diff the way GitHub does, outdates comments, paginates with
// Link headers, and injects faults (rate limits, 5xx, a 5xx after the write took effect,
// requests that never answer, read-only tokens).

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import { hunkAt, parsePatch, type FileDiff } from '../../src/github/diff.js';
import { parseGraphqlRequest, type GraphqlOperation } from './fake-graphql.js';

export interface FakeFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  patch?: string;
  previous_filename?: string;
}

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface FakeReviewComment {
  id: number;
  body: string;
  path: string;
  /** Null once GitHub outdated the comment (its line left the diff). */
  line: number | null;
  original_line: number;
  position: number | null;
  start_line: number | null;
  side: 'RIGHT';
  commit_id: string;
  pull_request_review_id: number | null;
  user: FakeUser;
  in_reply_to_id?: number;
}

export interface FakeIssueComment {
  id: number;
  body: string;
  user: FakeUser;
  html_url: string;
}

export interface FakeReview {
  id: number;
  body: string;
  event: string;
  commit_id: string;
  comments: number;
}

export interface Fault {
  method?: string;
  /** Matched against the request path (no query). */
  path?: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Do the request's work first, then answer with the fault (a 502 after the review was created). */
  after?: boolean;
  /** Never answer (the connection stays open until the client gives up). */
  hang?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  operationId?: string;
  status: number;
}

export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };
export const HUMAN: FakeUser = { login: 'dev', type: 'User' };
const FILES_CAP = 3000;

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  pathNames: string[];
  operationId: string;
  params: { name: string; in: string; required: boolean; validate: ValidateFunction }[];
  body?: { required: boolean; validate: ValidateFunction };
}

export interface PullState {
  owner: string;
  repo: string;
  number: number;
  headSha: string;
  baseSha: string;
  files: FakeFile[];
  /** GitHub's `changed_files`; defaults to files.length. */
  changedFiles?: number;
}

export class FakeGitHub {
  pull: PullState;
  reviewComments: FakeReviewComment[] = [];
  issueComments: FakeIssueComment[] = [];
  reviews: FakeReview[] = [];
  requests: RecordedRequest[] = [];
  /** Schema violations and unknown endpoints: a test asserts this stays empty. */
  violations: string[] = [];
  faults: Fault[] = [];
  /** Every write answers 403 like a read-only GITHUB_TOKEN on a fork's pull request. */
  readOnly = false;
  /** Lines GitHub "cannot resolve" although our diff says they are in it (path:line). */
  unresolvableLines = new Set<string>();
  /** Who the token acts as: the author of what the Action posts, GraphQL's viewer. */
  actor: FakeUser = BOT;
  /** Top-level review comments whose thread is resolved. */
  resolvedThreads = new Set<number>();
  /** GraphQL mutations answer FORBIDDEN (a token GitHub will not let resolve threads). */
  graphqlForbidden = false;
  private nextId = 1000;
  private server?: Server;
  private readonly operations: Operation[];

  constructor(openapiPath: string, pull: PullState) {
    this.pull = pull;
    this.operations = loadOperations(openapiPath);
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('fake GitHub is not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    for (const res of this.hung.splice(0)) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** A comment by someone else, replying to one of ours. */
  addReply(to: number, body: string, user: FakeUser = HUMAN): FakeReviewComment {
    const parent = this.reviewComments.find((c) => c.id === to)!;
    const reply: FakeReviewComment = {
      ...parent,
      id: this.nextId++,
      body,
      user,
      in_reply_to_id: to,
      pull_request_review_id: null,
    };
    this.reviewComments.push(reply);
    return reply;
  }

  /** A top-level review comment by someone (another bot, a person) on a diff line. */
  addReviewComment(path: string, line: number, body: string, user: FakeUser): FakeReviewComment {
    const comment: FakeReviewComment = {
      id: this.nextId++,
      body,
      path,
      line,
      original_line: line,
      position: line,
      start_line: null,
      side: 'RIGHT',
      commit_id: this.pull.headSha,
      pull_request_review_id: this.nextId++,
      user,
    };
    this.reviewComments.push(comment);
    return comment;
  }

  addIssueComment(body: string, user: FakeUser): FakeIssueComment {
    const comment = this.issueCommentOf(body, user);
    this.issueComments.push(comment);
    return comment;
  }

  /** What GitHub does to a comment (and its replies) whose line a push took out of the diff. */
  outdate(commentId: number): void {
    for (const c of this.reviewComments) {
      if (c.id !== commentId && c.in_reply_to_id !== commentId) continue;
      c.line = null;
      c.position = null;
      c.start_line = null;
    }
  }

  /** Requests that change something: every non-GET but GraphQL queries. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !r.operationId?.startsWith('graphql/query'));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    const record: RecordedRequest = { method, path: url.pathname, query, body: undefined, status: 0 };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };

    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
        return send(400, { message: 'Problems parsing JSON' });
      }
    }
    record.body = body;

    if (method === 'POST' && url.pathname === '/graphql') return this.graphql(record, body, send, res);
    const op = this.operations.find((o) => o.method === method && o.regex.test(url.pathname));
    if (!op) {
      this.violations.push(`${method} ${url.pathname}: no such operation in the OpenAPI subset`);
      return send(404, { message: 'Not Found' });
    }
    record.operationId = op.operationId;
    const errors = validate(op, url, body);
    if (errors.length > 0) {
      this.violations.push(`${op.operationId}: ${errors.join('; ')}`);
      return send(422, { message: 'Invalid request.', errors });
    }

    const fault = this.takeFault(method, url.pathname);
    if (fault?.hang) return void this.hung.push(res);
    if (fault && !fault.after) return send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
    if (this.readOnly && method !== 'GET') {
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      });
    }

    const params = op.regex.exec(url.pathname)!.groups ?? {};
    const [status, payload, headers] = this.route(
      op.operationId,
      params,
      query,
      body as Record<string, unknown> | undefined,
    );
    if (fault) return send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
    return send(status, payload, headers);
  }

  /** Responses held open by `hang` faults (closed by stop()). */
  private readonly hung: ServerResponse[] = [];

  private takeFault(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) => (!f.method || f.method === method) && (!f.path || f.path.test(path)) && (f.times ?? 1) > 0,
    );
    if (fault) fault.times = (fault.times ?? 1) - 1;
    return fault;
  }

  private issueCommentOf(body: string, user: FakeUser): FakeIssueComment {
    const id = this.nextId++;
    const p = this.pull;
    return { id, body, user, html_url: `https://github.com/${p.owner}/${p.repo}/pull/${p.number}#issuecomment-${id}` };
  }

  /** POST /graphql: the three documents the Action sends, validated, answered from the PR's state. */
  private graphql(
    record: RecordedRequest,
    body: unknown,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
    res: ServerResponse,
  ): void {
    const parsed = parseGraphqlRequest(body);
    if (Array.isArray(parsed)) {
      record.operationId = 'graphql/invalid';
      this.violations.push(`graphql: ${parsed.join('; ')}`);
      return send(200, { errors: parsed.map((message) => ({ message })) });
    }
    record.operationId = `graphql/${parsed.kind}/${parsed.name}`;
    const fault = this.takeFault('POST', '/graphql');
    if (fault?.hang) return void this.hung.push(res);
    if (fault && !fault.after) return send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
    const answer = this.graphqlAnswer(parsed);
    if (fault) return send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
    return send(200, answer);
  }

  private graphqlAnswer(op: GraphqlOperation): unknown {
    const v = op.variables;
    const forbidden = { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] };
    if (op.name === 'ArchLintThreads') {
      const p = this.pull;
      if (v.owner !== p.owner || v.repo !== p.repo || v.number !== p.number)
        return { data: { repository: null }, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve' }] };
      const threads = this.reviewComments.filter((c) => c.in_reply_to_id === undefined);
      const start = typeof v.cursor === 'string' ? Number(v.cursor) : 0;
      const page = threads.slice(start, start + 100);
      const next = start + page.length;
      return {
        data: {
          viewer: { login: this.actor.login },
          repository: {
            pullRequest: {
              reviewThreads: {
                pageInfo: { hasNextPage: next < threads.length, endCursor: page.length > 0 ? String(next) : null },
                nodes: page.map((c) => ({
                  id: `PRRT_${c.id}`,
                  isResolved: this.resolvedThreads.has(c.id),
                  comments: { nodes: [{ databaseId: c.id }] },
                })),
              },
            },
          },
        },
      };
    }
    if (op.name === 'ArchLintResolve' || op.name === 'ArchLintUnresolve') {
      const field = op.name === 'ArchLintResolve' ? 'resolveReviewThread' : 'unresolveReviewThread';
      if (this.readOnly || this.graphqlForbidden) return { data: { [field]: null }, ...forbidden };
      const id = Number(/^PRRT_(\d+)$/.exec(String(v.threadId))?.[1]);
      if (!this.reviewComments.some((c) => c.id === id && c.in_reply_to_id === undefined))
        return { data: { [field]: null }, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve' }] };
      if (op.name === 'ArchLintResolve') this.resolvedThreads.add(id);
      else this.resolvedThreads.delete(id);
      return { data: { [field]: { thread: { id: v.threadId, isResolved: this.resolvedThreads.has(id) } } } };
    }
    this.violations.push(`graphql: the Action is not expected to send ${op.kind} ${op.name}`);
    return { errors: [{ message: `unknown operation ${op.name}` }] };
  }

  private route(
    operationId: string,
    params: Record<string, string>,
    query: Record<string, string>,
    body: Record<string, unknown> | undefined,
  ): [number, unknown, Record<string, string>?] {
    const p = this.pull;
    if (params.owner !== p.owner || params.repo !== p.repo) return [404, { message: 'Not Found' }];
    const number = Number(params.pull_number ?? params.issue_number ?? p.number);
    if ((params.pull_number || params.issue_number) && number !== p.number) return [404, { message: 'Not Found' }];
    switch (operationId) {
      case 'pulls/get':
        return [200, this.pullJson()];
      case 'pulls/list-files':
        return this.page(p.files.slice(0, FILES_CAP).map(fileJson), query);
      case 'pulls/list-review-comments':
        return this.page(this.reviewComments, query);
      case 'issues/list-comments':
        return this.page(this.issueComments, query);
      case 'pulls/create-review':
        return this.createReview(body ?? {});
      case 'pulls/update-review-comment': {
        const c = this.reviewComments.find((x) => x.id === Number(params.comment_id));
        if (!c) return [404, { message: 'Not Found' }];
        if (c.user.login !== this.actor.login) return [403, { message: 'You can only edit your own comments' }];
        c.body = String(body!.body);
        return [200, c];
      }
      case 'pulls/delete-review-comment': {
        const i = this.reviewComments.findIndex((x) => x.id === Number(params.comment_id));
        if (i === -1) return [404, { message: 'Not Found' }];
        this.reviewComments.splice(i, 1);
        return [204, undefined];
      }
      case 'issues/create-comment': {
        if (String(body!.body).length > 65536)
          return [422, { message: 'Body is too long (maximum is 65536 characters)' }];
        const c = this.issueCommentOf(String(body!.body), this.actor);
        this.issueComments.push(c);
        return [201, c];
      }
      case 'issues/delete-comment': {
        const i = this.issueComments.findIndex((x) => x.id === Number(params.comment_id));
        if (i === -1) return [404, { message: 'Not Found' }];
        this.issueComments.splice(i, 1);
        return [204, undefined];
      }
      case 'issues/update-comment': {
        const c = this.issueComments.find((x) => x.id === Number(params.comment_id));
        if (!c) return [404, { message: 'Not Found' }];
        if (c.user.login !== this.actor.login) return [403, { message: 'You can only edit your own comments' }];
        c.body = String(body!.body);
        return [200, c];
      }
      default:
        this.violations.push(`${operationId}: the Action is not expected to call it`);
        return [501, { message: 'Not implemented by the fake' }];
    }
  }

  private pullJson(): unknown {
    const p = this.pull;
    const repo = { full_name: `${p.owner}/${p.repo}` };
    return {
      number: p.number,
      state: 'open',
      changed_files: p.changedFiles ?? p.files.length,
      head: { sha: p.headSha, ref: 'feature', repo },
      base: { sha: p.baseSha, ref: 'main', repo },
    };
  }

  /** GitHub's review creation: every comment must resolve on the diff or the whole review is refused. */
  private createReview(body: Record<string, unknown>): [number, unknown] {
    const commitId = body.commit_id as string | undefined;
    if (commitId !== undefined && commitId !== this.pull.headSha) {
      return [
        422,
        { message: 'Unprocessable Entity', errors: ['Commit is not part of the pull request'], status: '422' },
      ];
    }
    const comments = (body.comments as Record<string, unknown>[] | undefined) ?? [];
    const event = (body.event as string | undefined) ?? 'PENDING';
    if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && !body.body && comments.length === 0) {
      return [422, { message: 'Unprocessable Entity', errors: ['Body is required'], status: '422' }];
    }
    for (const c of comments) {
      if (String(c.body).length > 65536) return [422, { message: 'Body is too long (maximum is 65536 characters)' }];
      if (!this.resolves(c))
        return [422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'], status: '422' }];
    }
    const review: FakeReview = {
      id: this.nextId++,
      body: String(body.body ?? ''),
      event,
      commit_id: commitId ?? this.pull.headSha,
      comments: comments.length,
    };
    this.reviews.push(review);
    for (const c of comments) {
      this.reviewComments.push({
        id: this.nextId++,
        body: String(c.body),
        path: String(c.path),
        line: Number(c.line),
        original_line: Number(c.line),
        position: Number(c.line),
        start_line: c.start_line === undefined ? null : Number(c.start_line),
        side: 'RIGHT',
        commit_id: review.commit_id,
        pull_request_review_id: review.id,
        user: this.actor,
      });
    }
    return [
      200,
      {
        id: review.id,
        body: review.body,
        state: event === 'COMMENT' ? 'COMMENTED' : event,
        commit_id: review.commit_id,
        user: this.actor,
      },
    ];
  }

  private resolves(c: Record<string, unknown>): boolean {
    const file = this.pull.files.find((f) => f.filename === c.path);
    if (!file?.patch || typeof c.line !== 'number' || c.position !== undefined) return false;
    if ((c.side ?? 'RIGHT') !== 'RIGHT' || (c.start_side ?? 'RIGHT') !== 'RIGHT') return false;
    if (this.unresolvableLines.has(`${c.path}:${c.line}`)) return false;
    const diff: FileDiff = { path: file.filename, status: 'modified', hasPatch: true, hunks: parsePatch(file.patch) };
    const hunk = hunkAt(diff, c.line);
    if (!hunk) return false;
    if (c.start_line === undefined) return true;
    return typeof c.start_line === 'number' && c.start_line < c.line && hunkAt(diff, c.start_line) === hunk;
  }

  private page(items: unknown[], query: Record<string, string>): [number, unknown, Record<string, string>] {
    const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30)));
    const page = Math.max(1, Number(query.page ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (n: number, rel: string) => {
      const u = new URL(this.currentPath, this.url);
      for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      links.push(`<${u.toString()}>; rel="${rel}"`);
    };
    if (page < last) {
      link(page + 1, 'next');
      link(last, 'last');
    }
    if (page > 1) {
      link(1, 'first');
      link(page - 1, 'prev');
    }
    return [200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {}];
  }

  private get currentPath(): string {
    return this.requests[this.requests.length - 1].path;
  }
}

function fileJson(f: FakeFile): unknown {
  const lines = (f.patch ?? '').split('\n');
  const additions = lines.filter((l) => l.startsWith('+')).length;
  const deletions = lines.filter((l) => l.startsWith('-')).length;
  return {
    sha: '0'.repeat(40),
    filename: f.filename,
    status: f.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `https://github.com/o/r/blob/x/${f.filename}`,
    raw_url: `https://github.com/o/r/raw/x/${f.filename}`,
    contents_url: `https://api.github.com/repos/o/r/contents/${f.filename}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function validate(op: Operation, url: URL, body: unknown): string[] {
  const errors: string[] = [];
  const pathValues = op.regex.exec(url.pathname)!.groups ?? {};
  const known = new Set(op.params.filter((p) => p.in === 'query').map((p) => p.name));
  for (const key of url.searchParams.keys()) if (!known.has(key)) errors.push(`unknown query parameter ${key}`);
  for (const p of op.params) {
    const raw =
      p.in === 'path' ? pathValues[p.name] : p.in === 'query' ? (url.searchParams.get(p.name) ?? undefined) : undefined;
    if (raw === undefined) {
      if (p.required) errors.push(`missing ${p.in} parameter ${p.name}`);
      continue;
    }
    const value = coerce(decodeURIComponent(raw));
    if (!p.validate(value) && !p.validate(raw))
      errors.push(`${p.in} parameter ${p.name}=${raw}: ${describe(p.validate)}`);
  }
  if (op.body) {
    if (body === undefined) {
      if (op.body.required) errors.push('missing request body');
    } else if (!op.body.validate(body)) {
      errors.push(`body: ${describe(op.body.validate)}`);
    }
  } else if (body !== undefined && op.method !== 'GET' && op.method !== 'DELETE') {
    errors.push('unexpected request body');
  }
  return errors;
}

function coerce(raw: string): unknown {
  return /^-?\d+$/.test(raw) ? Number(raw) : raw;
}

function describe(v: ValidateFunction): string {
  return (v.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
    .join(', ');
}

function loadOperations(path: string): Operation[] {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as {
    paths: Record<string, Record<string, { operationId: string; parameters?: unknown[]; requestBody?: unknown }>>;
    components: Record<string, Record<string, unknown>>;
  };
  // ajv knows OpenAPI 3.0's `nullable`; `strict: false` lets `example` & co. through.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const resolveRef = <T>(value: T): T => {
    const ref = (value as { $ref?: string } | undefined)?.$ref;
    if (!ref) return value;
    const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref)!;
    return doc.components[section][name] as T;
  };
  // Schemas may $ref components: compile each with the components at its root.
  const compile = (schema: object) => ajv.compile({ ...schema, components: doc.components });
  const ops: Operation[] = [];
  for (const [template, methods] of Object.entries(doc.paths)) {
    const pathNames: string[] = [];
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_m, name: string) => {
      pathNames.push(name);
      return `(?<${name}>[^/]+)`;
    });
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params = (op.parameters ?? []).map((raw) => {
        const p = resolveRef(raw) as { name: string; in: string; required?: boolean; schema: object };
        return { name: p.name, in: p.in, required: p.required ?? false, validate: compile(p.schema) };
      });
      const rb = resolveRef(op.requestBody) as
        { required?: boolean; content?: Record<string, { schema: object }> } | undefined;
      const schema = rb?.content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        template,
        regex: new RegExp(`^${pattern}$`),
        pathNames,
        operationId: op.operationId,
        params,
        ...(schema ? { body: { required: rb?.required ?? false, validate: compile(schema) } } : {}),
      });
    }
  }
  return ops;
}
