// Validation of the GraphQL requests the Action sends to the fake GitHub. GitHub's REST
// description does not cover GraphQL, so this checks the request the way GitHub's server
// would, against the slice of GitHub's schema the Action uses: the body shape, the
// operation header and its variable definitions, every field and argument, selection sets
// on objects and none on scalars, and the variables' values against their declared types.

/** Field → [type, arguments (name → type)]. A type ending in `!` is required; `[T]` a list. */
type Fields = Record<string, [string, Record<string, string>?]>;

const SCHEMA: Record<string, Fields> = {
  Query: {
    viewer: ['User!'],
    repository: ['Repository', { owner: 'String!', name: 'String!' }],
  },
  Mutation: {
    resolveReviewThread: ['ResolveReviewThreadPayload', { input: 'ResolveReviewThreadInput!' }],
    unresolveReviewThread: ['UnresolveReviewThreadPayload', { input: 'UnresolveReviewThreadInput!' }],
  },
  User: { login: ['String!'], id: ['ID!'] },
  Repository: { pullRequest: ['PullRequest', { number: 'Int!' }] },
  PullRequest: {
    number: ['Int!'],
    reviewThreads: ['PullRequestReviewThreadConnection!', { first: 'Int', after: 'String' }],
  },
  PullRequestReviewThreadConnection: { pageInfo: ['PageInfo!'], nodes: ['[PullRequestReviewThread]'] },
  PageInfo: { hasNextPage: ['Boolean!'], endCursor: ['String'] },
  PullRequestReviewThread: {
    id: ['ID!'],
    isResolved: ['Boolean!'],
    isOutdated: ['Boolean!'],
    comments: ['PullRequestReviewCommentConnection!', { first: 'Int', after: 'String' }],
  },
  PullRequestReviewCommentConnection: { nodes: ['[PullRequestReviewComment]'] },
  PullRequestReviewComment: { databaseId: ['Int'], id: ['ID!'] },
  ResolveReviewThreadPayload: { thread: ['PullRequestReviewThread'] },
  UnresolveReviewThreadPayload: { thread: ['PullRequestReviewThread'] },
};
const INPUTS: Record<string, Record<string, string>> = {
  ResolveReviewThreadInput: { threadId: 'ID!', clientMutationId: 'String' },
  UnresolveReviewThreadInput: { threadId: 'ID!', clientMutationId: 'String' },
};
const SCALARS = new Set(['String', 'Int', 'ID', 'Boolean']);

export interface GraphqlOperation {
  kind: 'query' | 'mutation';
  name: string;
  variables: Record<string, unknown>;
}

/** The operation, or the list of what is wrong with the request. */
export function parseGraphqlRequest(body: unknown): GraphqlOperation | string[] {
  const errors: string[] = [];
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return ['body is not a JSON object'];
  const { query, variables = {}, operationName, ...rest } = body as Record<string, unknown>;
  for (const key of Object.keys(rest)) errors.push(`unknown body key ${key}`);
  if (typeof query !== 'string') return [...errors, 'query is not a string'];
  if (variables === null || typeof variables !== 'object' || Array.isArray(variables))
    return [...errors, 'variables is not an object'];
  const header = /^\s*(query|mutation)\s+([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?\s*\{/.exec(query);
  if (!header) return [...errors, 'the document must be one named query or mutation'];
  const [, kind, name, defs = ''] = header;
  if (operationName !== undefined && operationName !== name) errors.push(`operationName ${String(operationName)}`);
  const declared = new Map<string, string>();
  for (const def of defs
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)) {
    const m = /^\$([A-Za-z_]\w*)\s*:\s*(\w+!?)$/.exec(def);
    if (!m || !SCALARS.has(m[2].replace('!', ''))) errors.push(`bad variable definition ${def}`);
    else declared.set(m[1], m[2]);
  }
  const vars = variables as Record<string, unknown>;
  for (const [v, type] of declared) checkValue(vars[v], type, `$${v}`, errors);
  for (const v of Object.keys(vars)) if (!declared.has(v)) errors.push(`variable $${v} is not declared`);
  const parser = new Parser(query.slice(header[0].length - 1), declared, errors);
  parser.selectionSet(kind === 'query' ? 'Query' : 'Mutation');
  parser.end();
  return errors.length > 0 ? errors : { kind: kind as 'query' | 'mutation', name, variables: vars };
}

function checkValue(value: unknown, type: string, where: string, errors: string[]): void {
  const required = type.endsWith('!');
  const base = type.replace('!', '');
  if (value === undefined || value === null) {
    if (required) errors.push(`${where} is required (${type})`);
    return;
  }
  const ok =
    base === 'Int'
      ? Number.isInteger(value)
      : base === 'Boolean'
        ? typeof value === 'boolean'
        : typeof value === 'string';
  if (!ok) errors.push(`${where} is not a ${base}`);
}

class Parser {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly declared: Map<string, string>,
    private readonly errors: string[],
  ) {}

  selectionSet(type: string): void {
    this.expect('{');
    const fields = SCHEMA[type];
    let count = 0;
    while (!this.peek('}')) {
      if (this.atEnd()) return void this.errors.push('unbalanced braces');
      const name = this.name();
      count++;
      const field = fields[name];
      if (!field) this.errors.push(`${type} has no field ${name}`);
      if (this.peek('(')) this.args(field?.[1] ?? {}, `${type}.${name}`);
      const fieldType = field ? field[0].replace(/[[\]!]/g, '') : undefined;
      if (this.peek('{')) {
        if (!fieldType || SCALARS.has(fieldType)) this.errors.push(`${type}.${name} takes no selection`);
        this.selectionSet(fieldType && !SCALARS.has(fieldType) ? fieldType : 'Query');
      } else if (fieldType && !SCALARS.has(fieldType)) {
        this.errors.push(`${type}.${name} needs a selection`);
      }
    }
    this.expect('}');
    if (count === 0) this.errors.push(`empty selection on ${type}`);
  }

  end(): void {
    this.skip();
    if (!this.atEnd()) this.errors.push('text after the operation');
  }

  private args(known: Record<string, string>, where: string): void {
    this.expect('(');
    const given = new Set<string>();
    while (!this.peek(')')) {
      if (this.atEnd()) return void this.errors.push(`unclosed arguments of ${where}`);
      const arg = this.name();
      this.expect(':');
      given.add(arg);
      const type = known[arg];
      if (!type) this.errors.push(`${where} has no argument ${arg}`);
      this.value(type, `${where}(${arg})`);
      this.skipComma();
    }
    this.expect(')');
    for (const [arg, type] of Object.entries(known))
      if (type.endsWith('!') && !given.has(arg)) this.errors.push(`${where} needs ${arg}`);
  }

  private value(type: string | undefined, where: string): void {
    this.skip();
    const base = type?.replace('!', '');
    if (this.text[this.pos] === '$') {
      this.pos++;
      const v = this.name();
      const declared = this.declared.get(v);
      if (!declared) this.errors.push(`${where} uses undeclared $${v}`);
      else if (base && declared.replace('!', '') !== base)
        this.errors.push(`${where}: $${v} is ${declared}, not ${type}`);
      else if (type?.endsWith('!') && !declared.endsWith('!')) this.errors.push(`${where}: $${v} may be null`);
      return;
    }
    if (this.peek('{')) {
      const fields = base ? INPUTS[base] : undefined;
      if (!fields) this.errors.push(`${where} is not an input object`);
      this.inputObject(fields ?? {}, where);
      return;
    }
    const literal = /^(-?\d+|"(?:[^"\\]|\\.)*"|true|false|null)/.exec(this.text.slice(this.pos));
    if (!literal) return void this.errors.push(`${where}: bad value`);
    this.pos += literal[0].length;
    const isInt = /^-?\d+$/.test(literal[0]);
    if (base === 'Int' && !isInt) this.errors.push(`${where} is not an Int`);
    if ((base === 'String' || base === 'ID') && !literal[0].startsWith('"'))
      this.errors.push(`${where} is not a ${base}`);
  }

  /** An input object literal `{ key: value }`. */
  private inputObject(known: Record<string, string>, where: string): void {
    this.expect('{');
    const given = new Set<string>();
    while (!this.peek('}')) {
      if (this.atEnd()) return void this.errors.push(`unclosed input of ${where}`);
      const key = this.name();
      this.expect(':');
      given.add(key);
      if (!known[key]) this.errors.push(`${where} has no input field ${key}`);
      this.value(known[key], `${where}.${key}`);
      this.skipComma();
    }
    this.expect('}');
    for (const [key, type] of Object.entries(known))
      if (type.endsWith('!') && !given.has(key)) this.errors.push(`${where} needs ${key}`);
  }

  private name(): string {
    this.skip();
    const m = /^[A-Za-z_]\w*/.exec(this.text.slice(this.pos));
    if (!m) {
      this.errors.push(`expected a name at ${JSON.stringify(this.text.slice(this.pos, this.pos + 20))}`);
      this.pos = this.text.length;
      return '';
    }
    this.pos += m[0].length;
    return m[0];
  }

  private expect(ch: string): void {
    this.skip();
    if (this.text[this.pos] === ch) this.pos++;
    else {
      this.errors.push(`expected ${ch} at ${JSON.stringify(this.text.slice(this.pos, this.pos + 20))}`);
      this.pos = this.text.length;
    }
  }

  private peek(ch: string): boolean {
    this.skip();
    return this.text[this.pos] === ch;
  }

  private skipComma(): void {
    this.skip();
    if (this.text[this.pos] === ',') this.pos++;
  }

  private skip(): void {
    while (this.pos < this.text.length && /[\s]/.test(this.text[this.pos])) this.pos++;
  }

  private atEnd(): boolean {
    this.skip();
    return this.pos >= this.text.length;
  }
}
