// A compact, readable rendering of expression trees for table-driven tests. Each
// node prints as `kind(children)@start-end` (0-based offsets, end exclusive).

import type { Expr, TemplatePart, Traverser } from '../../../src/parse/hcl/ast.js';
import type { Range } from '../../../src/parse/source.js';

const at = (r: Range): string => `@${r.start.offset}-${r.end.offset}`;

function steps(t: Traverser[]): string {
  return t.map((s) => (s.kind === 'Attr' ? `.${s.name}` : `[${JSON.stringify(s.key)}]`) + at(s.range)).join('');
}

function part(p: TemplatePart): string {
  return p.kind === 'TemplateLiteral' ? `${JSON.stringify(p.value)}${at(p.range)}` : show(p);
}

export function show(e: Expr): string {
  switch (e.kind) {
    case 'LiteralValue':
      return `${JSON.stringify(e.value)}${at(e.range)}`;
    case 'Template':
      return `tmpl(${e.parts.map(part).join(' ')})${at(e.range)}`;
    case 'TemplateWrap':
      return `wrap(${show(e.wrapped)})${at(e.range)}`;
    case 'TemplateIf':
      return `if(${show(e.condition)} ${show(e.then)}${e.else ? ' ' + show(e.else) : ''})${at(e.range)}`;
    case 'TemplateFor':
      return `tfor(${e.keyVar ? e.keyVar + ',' : ''}${e.valueVar} ${show(e.collection)} ${show(e.body)})${at(e.range)}`;
    case 'TupleCons':
      return `[${e.items.map(show).join(' ')}]${at(e.range)}`;
    case 'ObjectCons':
      return `{${e.items.map((i) => `${i.bareKey !== undefined ? 'bare:' : ''}${show(i.key)}=${show(i.value)}${at(i.range)}`).join(' ')}}${at(e.range)}`;
    case 'ScopeTraversal':
      return `${e.root}${at(e.rootRange)}${steps(e.traversal)}${at(e.range)}`;
    case 'RelativeTraversal':
      return `rel(${show(e.source)}${steps(e.traversal)})${at(e.range)}`;
    case 'FunctionCall':
      return `${e.name}${at(e.nameRange)}(${e.args.map(show).join(' ')}${e.expandFinal ? '...' : ''})${at(e.range)}`;
    case 'Index':
      return `index(${show(e.collection)} ${show(e.key)})${at(e.range)}`;
    case 'Splat':
      return `splat${e.legacy ? '.' : '[]'}(${show(e.source)} ${show(e.each)})${at(e.range)}`;
    case 'AnonSymbol':
      return `anon${at(e.range)}`;
    case 'For':
      return (
        `for(${e.keyVar ? e.keyVar + ',' : ''}${e.valueVar} ${show(e.collection)}` +
        `${e.keyExpr ? ' ' + show(e.keyExpr) + ' =>' : ''} ${show(e.valueExpr)}${e.group ? '...' : ''}` +
        `${e.condition ? ' if ' + show(e.condition) : ''})${at(e.range)}`
      );
    case 'Conditional':
      return `cond(${show(e.condition)} ${show(e.trueResult)} ${show(e.falseResult)})${at(e.range)}`;
    case 'UnaryOp':
      return `(${e.op}${show(e.operand)})${at(e.range)}`;
    case 'BinaryOp':
      return `(${show(e.left)} ${e.op} ${show(e.right)})${at(e.range)}`;
    case 'Parentheses':
      return `paren(${show(e.expr)})${at(e.range)}`;
    case 'Invalid':
      return `invalid${at(e.range)}`;
  }
}

/** `line:column-line:column` of a range. */
export function lc(r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
}
