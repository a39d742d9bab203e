import { createRequire as __archLintCreateRequire } from 'node:module';
const require = __archLintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item2 = this._items[0];
        return item2 === "" || item2 === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str2(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str2;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str2`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix2) {
        return new code_1.Name(this._newName(prefix2));
      }
      _newName(prefix2) {
        const ng = this._names[prefix2] || this._nameGroup(prefix2);
        return `${prefix2}${ng.index++}`;
      }
      _nameGroup(prefix2) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix2)) || this._prefixes && !this._prefixes.has(prefix2)) {
          throw new Error(`CodeGen: prefix "${prefix2}" is not allowed in this scope`);
        }
        return this._names[prefix2] = { prefix: prefix2, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix2, nameStr) {
        super(nameStr);
        this.prefix = prefix2;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix2) {
        return new ValueScopeName(prefix2, this._newName(prefix2));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix: prefix2 } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix2];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix2] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix2] || (this._scope[prefix2] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix2, itemIndex });
        return name;
      }
      getValue(prefix2, keyOrRef) {
        const vs = this._values[prefix2];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix2 in values) {
          const vs = values[prefix2];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix2] = usedValues[prefix2] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode2 = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode2 {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode2 {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode2 {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode2 {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode2 {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode2 {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode2 {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix2) {
        return this._scope.name(prefix2);
      }
      // reserves unique name in the external scope
      scopeName(prefix2) {
        return this._extScope.name(prefix2);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix2, keyOrRef) {
        return this._extScope.getValue(prefix2, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj2, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj2})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj2), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash2 = {};
      for (const item2 of arr)
        hash2[item2] = true;
      return hash2;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules6 = self.RULES.keywords;
      for (const key in schema) {
        if (!rules6[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules6) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules6[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str2) {
      return unescapeJsonPointer(decodeURIComponent(str2));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str2) {
      return encodeURIComponent(escapeJsonPointer(str2));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str2) {
      if (typeof str2 == "number")
        return `${str2}`;
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str2) {
      return str2.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result2) {
      if (result2 === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result2 == "function" ? { ref: result2 } : { ref: result2, code: (0, codegen_1.stringify)(result2) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str2) {
      return str2.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules6 = it.self.RULES.all;
      for (const keyword in rules6) {
        const rule = rules6[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj2, assign) {
        if (assign)
          Object.assign(this.params, obj2);
        else
          this.params = obj2;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve5.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve5(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str2, token) {
      let ind = 0;
      for (let i = 0; i < str2.length; i++) {
        if (str2[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path2) {
      let input = path2;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path2) {
      if (path2 === "" || path2[0] === "/") {
        return removeDotSegments(path2);
      }
      const segments = path2.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path2 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path2 && path2 !== "/" ? path2 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve5(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative4, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative4 = parse2(serialize(relative4, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative4.scheme) {
        target.scheme = relative4.scheme;
        target.userinfo = relative4.userinfo;
        target.host = relative4.host;
        target.port = relative4.port;
        target.path = removeDotSegments(relative4.path || "");
        target.query = relative4.query;
      } else {
        if (relative4.userinfo !== void 0 || relative4.host !== void 0 || relative4.port !== void 0) {
          target.userinfo = relative4.userinfo;
          target.host = relative4.host;
          target.port = relative4.port;
          target.path = removeDotSegments(relative4.path || "");
          target.query = relative4.query;
        } else {
          if (!relative4.path) {
            target.path = base.path;
            if (relative4.query !== void 0) {
              target.query = relative4.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative4.path[0] === "/") {
              target.path = removeDotSegments(relative4.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative4.path;
              } else if (!base.path) {
                target.path = relative4.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative4.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative4.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative4.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region2 = introducerMatch[1];
        const normalizedRegion = region2.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region2.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve: resolve5,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str2, flags) => new RegExp(str2, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format2) {
        if (typeof format2 == "string")
          format2 = new RegExp(format2);
        this.formats[name] = format2;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules6 = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules6) {
            const rule = rules6[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format2 = this.opts.formats[name];
        if (format2)
          this.addFormat(name, format2);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item2 = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item2, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item2, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item2} == "string"`, (0, codegen_1._)`${item2} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item2}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item2}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item2}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format2 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format2, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format2, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format2}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format2}(${data}) : ${format2}(${data}))` : (0, codegen_1._)`${format2}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format2} == "function" ? ${callFormat} : ${format2}.test(${data}))`;
            return (0, codegen_1._)`${format2} && ${format2} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format2, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format2 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format2 = [format_1.default];
    exports.default = format2;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/cli.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/engine/rule.ts
var DOCS_BASE = "https://github.com/arch-lint/arch-lint/blob/main/docs/rules/";
function defineRule(rule) {
  return rule;
}
function docsUrl(ruleId) {
  return `${DOCS_BASE}${ruleId}.md`;
}
function formatMessage(template, data = {}) {
  return template.replace(/\{(\w+)\}/g, (m, k) => k in data ? String(data[k]) : m);
}

// rules/lib/terraform-fix.ts
function setAttributeEdits(block, name, valueText) {
  const existing = block.attr(name);
  if (existing) return [{ file: existing.file, range: existing.valueRange, text: valueText }];
  const open = block.node.openBraceRange;
  const close = block.node.closeBraceRange;
  const at = { start: open.end, end: open.end };
  const line = `${block.bodyIndent}${name} = ${valueText}`;
  const sameLine = open.end.line === close.start.line;
  return [{ file: block.file, range: at, text: sameLine ? `
${line}
${block.indent}` : `
${line}` }];
}
function setAttributeFix(block, name, valueText) {
  return { description: `Set ${name} = ${valueText}`, edits: setAttributeEdits(block, name, valueText) };
}

// rules/terraform/lib/origin.ts
var MAX_DEPTH = 8;
function rootCall(module) {
  let call = module?.call;
  while (call?.module.call) call = call.module.call;
  return call;
}
function written(attr, holder, depth = 0) {
  const expr = attr.node.expr;
  const step = expr.kind === "ScopeTraversal" && expr.root === "var" && expr.traversal.length === 1 ? expr.traversal[0] : void 0;
  const call = holder.module?.call;
  if (step?.kind === "Attr" && call && depth < MAX_DEPTH) {
    const argument = call.attr(step.name);
    if (argument) return written(argument, call, depth + 1);
    return { file: call.file, range: call.headerRange, fix: (v) => setAttributeFix(call, step.name, v) };
  }
  if (attr.references.length === 0) {
    return {
      file: attr.file,
      range: attr.range,
      fix: (v) => ({
        description: `Set ${attr.name} = ${v}`,
        edits: [{ file: attr.file, range: attr.valueRange, text: v }]
      })
    };
  }
  const root = rootCall(holder.module);
  if (root) return { file: root.file, range: root.headerRange, fix: () => void 0 };
  return { file: attr.file, range: attr.range, fix: () => void 0 };
}
function writtenAt(attr, holder) {
  const w = written(attr, holder);
  return { file: w.file, range: w.range };
}

// rules/aws/lib/zone-spread.ts
function subnetZones(stack, attr, from) {
  const nonResource = attr.references.some(
    (r) => r.startsWith("var.") || r.startsWith("module.") || r.startsWith("data.")
  );
  if (nonResource || attr.references.length === 0) return void 0;
  const targets = stack.referenced(attr, from);
  if (targets.length === 0 || targets.some((t) => t.resourceType !== "aws_subnet")) return void 0;
  const zones = /* @__PURE__ */ new Set();
  for (const t of targets) {
    const az = t.value("availability_zone");
    if (typeof az !== "string") return void 0;
    zones.add(az);
  }
  return zones;
}
function singleZoneList(stack, resource, name, noun) {
  const attr = resource.attr(name);
  const items = attr?.value;
  if (!attr || !Array.isArray(items)) return void 0;
  if (items.length === 1) {
    const only = items[0];
    return { detail: typeof only === "string" && noun === "availability zone" ? only : `one ${noun}` };
  }
  if (items.length < 2) return void 0;
  if (noun === "availability zone") {
    const known = items.filter((z) => typeof z === "string");
    return known.length === items.length && new Set(known).size === 1 ? { detail: known[0] } : void 0;
  }
  const zones = subnetZones(stack, attr, resource);
  return zones && zones.size === 1 ? { detail: `${items.length} subnets, all in ${[...zones][0]}` } : void 0;
}

// rules/aws/aws-asg-single-az.ts
var aws_asg_single_az_default = defineRule({
  meta: {
    id: "aws-asg-single-az",
    category: "availability",
    severity: "error",
    title: "Auto Scaling groups must span several availability zones",
    description: "Flags `aws_autoscaling_group` resources whose `vpc_zone_identifier` holds a single subnet (or subnets that all resolve to one zone), or whose `availability_zones` names a single zone. An Auto Scaling group can only replace instances inside the zones it is given: when that zone fails, the whole group goes down with it and cannot recover anywhere else. Lists that are not known before apply (such as `module.vpc.private_subnets`) are not judged.",
    messages: {
      singleAz: "Auto Scaling group {resource} is confined to {detail} ({attribute}): if that availability zone fails, every instance goes down and the group cannot replace them in another zone. Give it subnets in at least two zones."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const asg of stack.resourcesOfType("aws_autoscaling_group")) {
        for (const [name, noun] of [
          ["vpc_zone_identifier", "subnet"],
          ["availability_zones", "availability zone"]
        ]) {
          const single = singleZoneList(stack, asg, name, noun);
          const attr = asg.attr(name);
          if (!single || !attr) continue;
          context.report({
            messageId: "singleAz",
            data: { resource: asg.address, detail: single.detail, attribute: name },
            ...writtenAt(attr, asg),
            resource: asg.address
          });
          break;
        }
      }
    }
  }
});

// src/model/terraform/value.ts
var Unknown = class _Unknown {
  // A private member makes the class nominal: a plain object is never an Unknown, so
  // `isUnknown(v)` narrows objects correctly.
  unknownBrand = true;
  constructor() {
  }
  static instance = new _Unknown();
  toString() {
    return "(known after apply)";
  }
};
var UNKNOWN = Unknown.instance;
function isUnknown(v) {
  return v === UNKNOWN;
}
function isWhollyKnown(v) {
  if (v === UNKNOWN) return false;
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  if (v !== null && typeof v === "object") return Object.values(v).every(isWhollyKnown);
  return true;
}
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) && v !== UNKNOWN;
}
function asBool(v) {
  if (v === true || v === "true") return true;
  if (v === false || v === "false") return false;
  return void 0;
}
function asNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return void 0;
}
function asString(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}
var openObjects = /* @__PURE__ */ new WeakSet();
function markOpen(v) {
  if (isObject(v)) openObjects.add(v);
  return v;
}
function isOpen(v) {
  return openObjects.has(v);
}

// rules/aws/lib/expansion.ts
function expansionUnknown(r) {
  return r.key === void 0 && r.node.body.attributes.some((a) => a.name === "count" || a.name === "for_each");
}

// rules/aws/lib/cluster-instances.ts
function clusterInstances(stack, cluster, instanceType) {
  return stack.referrers(cluster, instanceType, "cluster_identifier");
}
function reportClustersWithOneInstance(stack, context, check) {
  for (const cluster of stack.resourcesOfType(check.clusterType)) {
    if (check.skip?.(cluster)) continue;
    const instances = clusterInstances(stack, cluster, check.instanceType);
    const count = instances.length;
    if (count >= 2 || instances.some(expansionUnknown)) continue;
    context.report({
      messageId: check.messageId,
      data: { resource: cluster.address, count, instanceType: check.instanceType },
      file: cluster.file,
      range: cluster.headerRange,
      resource: cluster.address
    });
  }
}

// rules/aws/lib/registry-module.ts
function registryModule(source) {
  const bare = source.trim().replace(/^git::/, "").replace(/\?.*$/, "").replace(/^[a-z+]+:\/\//, "");
  const cut = bare.indexOf("//");
  const base = (cut === -1 ? bare : bare.slice(0, cut)).replace(/\/+$/, "");
  const submodule = cut === -1 ? "" : bare.slice(cut + 2).replace(/\/+$/, "");
  const git = /(?:^|[@/.])github\.com[/:]([\w-]+)\/terraform-([a-z0-9]+)-([\w-]+?)(?:\.git)?$/.exec(base);
  if (git) return { name: `${git[1]}/${git[3]}/${git[2]}`, submodule };
  const registry = /^(?:[\w-]+(?:\.[\w-]+)+\/)?([\w-]+)\/([\w-]+)\/([\w-]+)$/.exec(base);
  if (registry) return { name: `${registry[1]}/${registry[2]}/${registry[3]}`, submodule };
  return void 0;
}
function callsOf(stack, name, submodule = "") {
  return stack.moduleCalls.filter((call) => {
    if (call.child) return false;
    const m = registryModule(call.source);
    return m !== void 0 && m.name === name && m.submodule === submodule;
  });
}

// rules/aws/lib/settings.ts
function boolSetting(block, name) {
  const attr = block.attr(name);
  if (!attr || attr.value === null) return "absent";
  if (isUnknown(attr.value)) return "unknown";
  const b = asBool(attr.value);
  return b === void 0 ? "unknown" : b ? "true" : "false";
}
function isSet(block, name) {
  const attr = block.attr(name);
  return attr !== void 0 && attr.value !== null;
}
function reportUnlessTrue(context, req) {
  const state = boolSetting(req.block, req.name);
  if (state === "true" || state === "unknown") return false;
  const attr = req.block.attr(req.name);
  const literal2 = !attr || attr.node.expr.kind === "LiteralValue";
  const fix = req.fixable === false || !literal2 ? void 0 : setAttributeFix(req.block, req.name, "true");
  context.report({
    messageId: req.messageId,
    data: { ...req.data, attribute: req.name, state: state === "absent" ? "not set, which means false" : "false" },
    file: attr ? attr.file : req.block.file,
    range: attr ? attr.range : req.block.headerRange,
    resource: req.resource,
    fix
  });
  return true;
}

// rules/aws/aws-aurora-multi-az.ts
function kindOf(block) {
  const engine = asString(block.value("engine"));
  if (engine === void 0 || !engine.startsWith("aurora")) return "not-applicable";
  return asString(block.value("engine_mode")) === "serverless" ? "serverless-v1" : "aurora";
}
var aws_aurora_multi_az_default = defineRule({
  meta: {
    id: "aws-aurora-multi-az",
    category: "single-az-database",
    severity: "error",
    title: "Aurora clusters need instances in at least two availability zones",
    description: "Flags Aurora `aws_rds_cluster` resources with fewer than two `aws_rds_cluster_instance` resources (after count / for_each), calls of `terraform-aws-modules/rds-aurora/aws` with fewer than two `instances`, and Aurora Serverless v1 clusters. Aurora storage spans three AZs, but its compute does not: with a single instance, losing that instance's zone leaves the cluster without a writer until a new instance is created elsewhere; a reader in a second AZ is promoted in about 30 seconds.",
    messages: {
      oneInstance: "Aurora cluster {resource} has {count} instance(s) in this configuration, so its compute lives in one availability zone: an AZ outage leaves it without a writer until a new instance is created. Add a second aws_rds_cluster_instance (a reader is promoted in about 30 seconds).",
      moduleOneInstance: "Aurora cluster {resource} declares {count} instance(s) in `instances`, so its compute lives in one availability zone: an AZ outage leaves it without a writer until a new instance is created. Add a second entry to `instances`.",
      serverlessV1: 'Aurora Serverless v1 cluster {resource} runs its capacity in one availability zone and recovers from an AZ outage only by being re-created in another zone, which takes minutes; v1 is also at end of life. Move to Serverless v2 (engine_mode = "provisioned" with serverlessv2_scaling_configuration) and two instances.'
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      const reportServerless = (block, resource) => {
        const mode = block.attr("engine_mode");
        context.report({
          messageId: "serverlessV1",
          data: { resource },
          file: mode ? mode.file : block.file,
          range: mode ? mode.range : block.headerRange,
          resource
        });
      };
      for (const cluster of stack.resourcesOfType("aws_rds_cluster")) {
        if (kindOf(cluster) === "serverless-v1") reportServerless(cluster, cluster.address);
      }
      reportClustersWithOneInstance(stack, context, {
        clusterType: "aws_rds_cluster",
        instanceType: "aws_rds_cluster_instance",
        messageId: "oneInstance",
        skip: (cluster) => kindOf(cluster) !== "aurora"
      });
      for (const call of callsOf(stack, "terraform-aws-modules/rds-aurora/aws")) {
        if (asBool(call.value("create")) === false) continue;
        const kind = kindOf(call);
        if (kind === "serverless-v1") reportServerless(call, call.address);
        if (kind !== "aurora" || isSet(call, "db_cluster_instance_class")) continue;
        const count = moduleInstanceCount(call);
        if (count === void 0 || count >= 2) continue;
        const instances = call.attr("instances");
        context.report({
          messageId: "moduleOneInstance",
          data: { resource: call.address, count },
          file: instances ? instances.file : call.file,
          range: instances ? instances.range : call.headerRange,
          resource: call.address
        });
      }
    }
  }
});
function moduleInstanceCount(call) {
  const instances = call.value("instances");
  let count;
  if (instances === void 0 || instances === null) count = 0;
  else if (isObject(instances)) count = Object.keys(instances).length;
  else if (Array.isArray(instances)) count = instances.length;
  else return void 0;
  const autoscaling = asBool(call.value("autoscaling_enabled"));
  if (autoscaling === true) {
    const min = call.value("autoscaling_min_capacity");
    if (min === void 0 || min === null) return count;
    const n = asNumber(min);
    if (n === void 0) return void 0;
    count += n;
  }
  return count;
}

// rules/terraform/lib/roots.ts
var DEFAULT_EXAMPLE_DIRS = ["examples", "example", "test", "tests"];
var exampleDirsSchema = {
  type: "array",
  items: { type: "string", minLength: 1 },
  description: "Folder names whose root modules are examples or tests of a reusable module, not deployments: they are not checked."
};
function isExample(module, exampleDirs = DEFAULT_EXAMPLE_DIRS) {
  const segments = module.dir.split("/");
  return segments.some((s) => exampleDirs.includes(s));
}
function looksReusable(module) {
  const required = [...module.variables.values()].some(
    (v) => !v.block.body.attributes.some((a) => a.name === "default")
  );
  return required && module.dir.split("/").includes("modules");
}
function isDeployableRoot(module) {
  if (!module.isRoot) return false;
  if (module.backend !== void 0) return true;
  return module.providers.length > 0 && !looksReusable(module);
}
function deployedStacks(project, exampleDirs = DEFAULT_EXAMPLE_DIRS) {
  return project.stacks.filter((s) => s.root.isRoot && !isExample(s.root, exampleDirs));
}

// rules/aws/lib/replicas.ts
function isReadReplica(block) {
  const cluster = block.type === "resource" && block.labels[0] === "aws_rds_cluster";
  return isSet(block, cluster ? "replication_source_identifier" : "replicate_source_db");
}

// rules/aws/aws-db-backups-disabled.ts
var aws_db_backups_disabled_default = defineRule({
  meta: {
    id: "aws-db-backups-disabled",
    category: "disaster-recovery",
    severity: "error",
    fixable: true,
    title: "RDS databases must keep automated backups",
    description: "Flags `aws_db_instance` and `aws_rds_cluster` resources (and `terraform-aws-modules/rds/aws` calls) with `backup_retention_period = 0`. Zero disables automated backups and point-in-time recovery: a dropped table, a bad migration or a corrupted volume can then only be recovered from manual snapshots, if there are any. Read replicas (their source keeps the backups) and the examples and tests of reusable modules are not flagged.",
    messages: {
      backupsDisabled: "Database {resource} has backup_retention_period = 0: automated backups and point-in-time recovery are off, so a bad migration, a dropped table or a lost volume cannot be undone. Keep at least 7 days of backups."
    },
    optionsSchema: { type: "object", properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS }
  },
  check(project, context) {
    const judge3 = (block, resource) => {
      if (isReadReplica(block)) return;
      const attr = block.attr("backup_retention_period");
      if (!attr || asNumber(attr.value) !== 0) return;
      const at = written(attr, block);
      context.report({
        messageId: "backupsDisabled",
        data: { resource },
        file: at.file,
        range: at.range,
        resource,
        fix: at.fix("7")
      });
    };
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const type of ["aws_db_instance", "aws_rds_cluster"])
        for (const db of stack.resourcesOfType(type)) judge3(db, db.address);
      for (const call of callsOf(stack, "terraform-aws-modules/rds/aws")) {
        if (asBool(call.value("create_db_instance")) !== false) judge3(call, call.address);
      }
    }
  }
});

// rules/aws/aws-db-deletion-protection.ts
function notApplicable(block) {
  if (isReadReplica(block)) return true;
  return block.type === "resource" && block.labels[0] === "aws_db_instance" && (asString(block.value("engine"))?.startsWith("aurora") ?? false);
}
function* databases(stack) {
  for (const type of ["aws_db_instance", "aws_rds_cluster"])
    for (const db of stack.resourcesOfType(type)) yield { block: db, resource: db.address };
  for (const call of callsOf(stack, "terraform-aws-modules/rds/aws")) {
    if (asBool(call.value("create_db_instance")) !== false) yield { block: call, resource: call.address };
  }
}
var aws_db_deletion_protection_default = defineRule({
  meta: {
    id: "aws-db-deletion-protection",
    category: "disaster-recovery",
    severity: "warning",
    fixable: true,
    title: "RDS databases should have deletion protection",
    description: "Flags `aws_db_instance` and `aws_rds_cluster` resources (and `terraform-aws-modules/rds/aws` calls) whose `deletion_protection` is missing or false. Without it, a `terraform destroy` in the wrong workspace, a renamed resource or a change that forces replacement deletes the database; with it, AWS refuses the delete until someone turns protection off on purpose. Read replicas, Aurora member instances, and the examples and tests of reusable modules (torn down on purpose) are not flagged.",
    messages: {
      unprotected: "Database {resource} can be deleted by any destroy or replacing plan (deletion_protection is {state}): one wrong apply removes the data and its automated backups. Set deletion_protection = true."
    },
    optionsSchema: { type: "object", properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS }
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const { block, resource } of databases(stack)) {
        if (notApplicable(block)) continue;
        const state = boolSetting(block, "deletion_protection");
        if (state === "true" || state === "unknown") continue;
        const attr = block.attr("deletion_protection");
        const at = attr ? written(attr, block) : void 0;
        context.report({
          messageId: "unprotected",
          data: { resource, state: state === "absent" ? "not set, which means false" : "false" },
          file: at ? at.file : block.file,
          range: at ? at.range : block.headerRange,
          resource,
          fix: at ? at.fix("true") : setAttributeFix(block, "deletion_protection", "true")
        });
      }
    }
  }
});

// rules/aws/aws-docdb-multi-az.ts
var aws_docdb_multi_az_default = defineRule({
  meta: {
    id: "aws-docdb-multi-az",
    category: "single-az-database",
    severity: "error",
    title: "DocumentDB clusters need instances in at least two availability zones",
    description: "Flags `aws_docdb_cluster` resources with fewer than two `aws_docdb_cluster_instance` resources (after count / for_each) referring to them. The cluster volume spans three AZs, but with one instance an AZ outage leaves the cluster without a primary until a new instance is created; with a replica in another AZ, DocumentDB fails over in about 30 seconds.",
    messages: {
      oneInstance: "DocumentDB cluster {resource} has {count} instance(s) in this configuration, so it has no replica to fail over to: an AZ outage takes it down until a new instance is created. Add a second aws_docdb_cluster_instance (count = 2 or more)."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      reportClustersWithOneInstance(stack, context, {
        clusterType: "aws_docdb_cluster",
        instanceType: "aws_docdb_cluster_instance",
        messageId: "oneInstance"
      });
    }
  }
});

// rules/lib/terraform.ts
function* resourcesOf(project, ...types) {
  for (const stack of project.terraform.stacks) {
    for (const type of types) for (const resource of stack.resourcesOfType(type)) yield { resource, stack };
  }
}
function firstBlock(block, type) {
  return block.blocks(type)[0];
}
function enumValue(block, name) {
  return asString(block?.value(name))?.toUpperCase();
}
function isFalse(block, name) {
  return asBool(block?.value(name)) === false;
}
function literalRange(expr, match2) {
  switch (expr.kind) {
    case "LiteralValue":
      return typeof expr.value === "string" && match2(expr.value) ? expr.range : void 0;
    case "Template": {
      const text = expr.parts.every((p) => p.kind === "TemplateLiteral") ? expr.parts.map((p) => p.kind === "TemplateLiteral" ? p.value : "").join("") : void 0;
      if (text !== void 0 && match2(text)) return expr.range;
      return void 0;
    }
    case "TemplateWrap":
      return literalRange(expr.wrapped, match2);
    case "Parentheses":
      return literalRange(expr.expr, match2);
    case "TupleCons":
      return firstOf(expr.items, match2);
    case "ObjectCons":
      return firstOf(
        expr.items.map((i) => i.value),
        match2
      );
    case "FunctionCall":
      return firstOf(expr.args, match2);
    case "Conditional":
      return firstOf([expr.trueResult, expr.falseResult], match2);
    default:
      return void 0;
  }
}
function firstOf(exprs, match2) {
  for (const e of exprs) {
    const r = literalRange(e, match2);
    if (r) return r;
  }
  return void 0;
}
function valueOrLiteralRange(attr, match2) {
  return literalRange(attr.node.expr, match2) ?? attr.valueRange;
}
function knownStrings(v) {
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) => typeof x === "string" ? [x] : []);
}
function hasDynamicBlock(block, type) {
  return block.node.body.blocks.some((b) => b.type === "dynamic" && b.labels[0]?.value === type);
}
function indentUnit(block) {
  const step = block.bodyIndent.slice(block.indent.length);
  return step.length > 0 ? step : "  ";
}
function insertBlockEdits(parent, type, attributes) {
  const inner = parent.bodyIndent + indentUnit(parent);
  const body = attributes.map(([n, v]) => `${inner}${n} = ${v}`).join("\n");
  const text = `${parent.bodyIndent}${type} {
${body}
${parent.bodyIndent}}`;
  const open = parent.node.openBraceRange;
  const close = parent.node.closeBraceRange;
  const at = { start: open.end, end: open.end };
  const sameLine = open.end.line === close.start.line;
  return [{ file: parent.file, range: at, text: sameLine ? `
${text}
${parent.indent}` : `
${text}` }];
}
function insertBlockFix(parent, type, attributes) {
  const summary = attributes.map(([n, v]) => `${n} = ${v}`).join(", ");
  return { description: `Add a ${type} block with ${summary}`, edits: insertBlockEdits(parent, type, attributes) };
}
function isLiteralAttr(attr) {
  return attr !== void 0 && attr.references.length === 0;
}
function literalFix(block, name, valueText) {
  const attr = block.attr(name);
  return attr === void 0 || isLiteralAttr(attr) ? setAttributeFix(block, name, valueText) : void 0;
}

// rules/aws/aws-dynamodb-pitr.ts
var aws_dynamodb_pitr_default = defineRule({
  meta: {
    id: "aws-dynamodb-pitr",
    category: "disaster-recovery",
    severity: "warning",
    fixable: true,
    title: "DynamoDB tables should have point-in-time recovery",
    description: "Flags `aws_dynamodb_table` resources without `point_in_time_recovery { enabled = true }`. Point-in-time recovery keeps continuous backups for up to 35 days, so a bad deploy that overwrites items or a script that deletes them can be undone to the second; without it, only on-demand backups exist, if someone took one. Terraform state lock tables (hash key `LockID`) hold nothing worth restoring and are not flagged.",
    messages: {
      noPitr: "DynamoDB table {resource} has no point-in-time recovery ({state}): items overwritten or deleted by a bad deploy or script cannot be restored. Add point_in_time_recovery { enabled = true }."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const table2 of stack.resourcesOfType("aws_dynamodb_table")) {
        if (asString(table2.value("hash_key")) === "LockID") continue;
        const pitr = table2.blocks("point_in_time_recovery")[0];
        const enabled = pitr?.attr("enabled");
        const data = { resource: table2.address };
        if (!pitr) {
          context.report({
            messageId: "noPitr",
            data: { ...data, state: "no point_in_time_recovery block" },
            file: table2.file,
            range: table2.headerRange,
            resource: table2.address,
            fix: insertBlockFix(table2, "point_in_time_recovery", [["enabled", "true"]])
          });
        } else if (enabled && asBool(enabled.value) === false) {
          context.report({
            messageId: "noPitr",
            data: { ...data, state: "enabled = false" },
            file: enabled.file,
            range: enabled.range,
            resource: table2.address,
            fix: literalFix(pitr, "enabled", "true")
          });
        }
      }
    }
  }
});

// rules/aws/aws-ecs-container-limits.ts
var aws_ecs_container_limits_default = defineRule({
  meta: {
    id: "aws-ecs-container-limits",
    category: "missing-resource-limits",
    severity: "error",
    title: "ECS container definitions must size memory and CPU",
    description: "Checks every container in an `aws_ecs_task_definition`'s `container_definitions` (in `jsonencode(...)`, a heredoc or a JSON string) for `memory` or `memoryReservation`, unless the task sets `memory`, and for `cpu` units unless the task sets `cpu`. An unsized container can use all the memory and CPU of its instance and starve or crash every other task placed there.",
    messages: {
      missing: "Container `{container}` of {resource} sets no {missing} and the task sets none either: it can take all of its instance's {resources} and starve every task placed next to it. Set {settings} on the container or the task."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const task of stack.resourcesOfType("aws_ecs_task_definition")) {
        const attr = task.attr("container_definitions");
        if (!attr) continue;
        const containers = containerList(attr.value);
        if (!containers) continue;
        const taskMemory = isSet2(task.value("memory"));
        const taskCpu = isSet2(task.value("cpu"));
        containers.forEach((c, i) => {
          if (!isObject(c)) return;
          const missingMemory = !taskMemory && !isSet2(c.memory) && !isSet2(c.memoryReservation);
          const missingCpu = !taskCpu && !isSet2(c.cpu);
          if (!missingMemory && !missingCpu) return;
          const name = typeof c.name === "string" ? c.name : `#${i + 1}`;
          context.report({
            messageId: "missing",
            data: {
              container: name,
              resource: task.address,
              missing: missingMemory && missingCpu ? "memory and no CPU units" : missingMemory ? "memory" : "CPU units",
              resources: missingMemory && missingCpu ? "memory and CPU" : missingMemory ? "memory" : "CPU",
              settings: [missingMemory ? "`memory` or `memoryReservation`" : "", missingCpu ? "`cpu`" : ""].filter(Boolean).join(" and ")
            },
            file: attr.file,
            range: containerRange(attr, i, c, containers.length) ?? attr.valueRange,
            resource: task.address
          });
        });
      }
    }
  }
});
function isSet2(v) {
  return v !== void 0 && v !== null && v !== "" && v !== 0;
}
function containerList(v) {
  if (Array.isArray(v)) return v;
  if (typeof v !== "string" || isUnknown(v)) return void 0;
  try {
    const parsed = JSON.parse(v);
    return Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function containerRange(attr, i, c, count) {
  const list3 = jsonencodeList(attr.node.expr);
  if (list3) {
    if (list3.length !== count) return void 0;
    const item2 = list3[i];
    if (item2?.kind !== "ObjectCons") return void 0;
    const nameItem = item2.items.find(
      (it) => it.bareKey === "name" || it.key.kind === "LiteralValue" && it.key.value === "name" || isQuotedKey(it.key, "name")
    );
    return nameItem?.range ?? item2.range;
  }
  if (typeof c.name !== "string") return void 0;
  const { start, end } = attr.valueRange;
  const text = attr.file.text.slice(start.offset, end.offset);
  const re = new RegExp(`"name"\\s*:\\s*${escapeRegExp(JSON.stringify(c.name))}`, "g");
  const matches = [...text.matchAll(re)];
  if (matches.length !== 1) return void 0;
  const at = start.offset + matches[0].index;
  return attr.file.range(at, at + matches[0][0].length);
}
function jsonencodeList(expr) {
  if (expr.kind !== "FunctionCall" || expr.name !== "jsonencode" || expr.args.length !== 1) return void 0;
  const arg = expr.args[0];
  return arg.kind === "TupleCons" ? arg.items : void 0;
}
function isQuotedKey(key, name) {
  const inner = key.kind === "TemplateWrap" ? key.wrapped : key;
  return inner.kind === "Template" && inner.parts.length === 1 && inner.parts[0].kind === "TemplateLiteral" && inner.parts[0].value === name;
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// rules/aws/aws-eks-nodegroup-single-az.ts
var aws_eks_nodegroup_single_az_default = defineRule({
  meta: {
    id: "aws-eks-nodegroup-single-az",
    category: "availability",
    severity: "error",
    title: "EKS node groups must span several availability zones",
    description: "Flags `aws_eks_node_group` resources whose `subnet_ids` holds a single subnet, or subnets that all resolve to `aws_subnet`s in one zone. Every node of the group, and every pod scheduled on it, then fails with that zone; the node group cannot replace them elsewhere. Subnet lists that are not known before apply are not judged.",
    messages: {
      singleAz: "EKS node group {resource} is confined to {detail} (subnet_ids): an outage of that availability zone takes down every node and the pods on them, with nowhere to reschedule. Give the node group subnets in at least two zones."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const group of stack.resourcesOfType("aws_eks_node_group")) {
        const single = singleZoneList(stack, group, "subnet_ids", "subnet");
        const attr = group.attr("subnet_ids");
        if (!single || !attr) continue;
        context.report({
          messageId: "singleAz",
          data: { resource: group.address, detail: single.detail },
          ...writtenAt(attr, group),
          resource: group.address
        });
      }
    }
  }
});

// rules/aws/aws-elasticache-cluster-standalone.ts
var REPLICABLE_ENGINES = /* @__PURE__ */ new Set(["redis", "valkey"]);
var aws_elasticache_cluster_standalone_default = defineRule({
  meta: {
    id: "aws-elasticache-cluster-standalone",
    category: "single-az-database",
    severity: "warning",
    title: "Redis and Valkey should run in a replication group, not a standalone cache cluster",
    description: "Flags `aws_elasticache_cluster` resources with engine `redis` or `valkey` that are not members of a replication group (`replication_group_id`). A standalone Redis cluster is a single node in a single AZ with no replica and no failover: an AZ outage or node failure loses the data it holds. Memcached clusters are not flagged: they hold no durable state and spread nodes with `az_mode`.",
    messages: {
      standalone: "Cache cluster {resource} runs {engine} as a single node outside any replication group: an AZ outage or node failure loses its data and there is nothing to fail over to. Use an aws_elasticache_replication_group with a replica in another AZ and automatic failover."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const cache3 of stack.resourcesOfType("aws_elasticache_cluster")) {
        if (isSet(cache3, "replication_group_id")) continue;
        const engine = cache3.attr("engine");
        const name = asString(engine?.value);
        if (!engine || name === void 0 || !REPLICABLE_ENGINES.has(name)) continue;
        context.report({
          messageId: "standalone",
          data: { resource: cache3.address, engine: name },
          file: engine.file,
          range: engine.range,
          resource: cache3.address
        });
      }
    }
  }
});

// rules/aws/aws-elasticache-multi-az.ts
function nodesPerShard(group) {
  for (const name of ["num_cache_clusters", "replicas_per_node_group"]) {
    const v = group.value(name);
    if (v === void 0 || v === null) continue;
    if (isUnknown(v)) return void 0;
    const n = asNumber(v);
    if (n === void 0) return void 0;
    return { nodes: name === "num_cache_clusters" ? n : n + 1, attribute: name };
  }
  return { nodes: 1 };
}
var aws_elasticache_multi_az_default = defineRule({
  meta: {
    id: "aws-elasticache-multi-az",
    category: "single-az-database",
    severity: "warning",
    fixable: true,
    title: "ElastiCache replication groups need replicas, automatic failover and Multi-AZ",
    description: "Flags `aws_elasticache_replication_group` resources with a single node per shard (`num_cache_clusters` below 2, or `replicas_per_node_group = 0`), or with `automatic_failover_enabled` / `multi_az_enabled` missing or false. Without a replica in another AZ and automatic failover, an AZ outage takes the primary down and the application loses its cache or session store until someone intervenes.",
    messages: {
      singleNode: "Replication group {resource} has one node per shard ({detail}), so there is no replica to fail over to and an AZ outage takes the cache down. Run at least two nodes per shard in different AZs, with automatic failover and Multi-AZ enabled.",
      settingOff: "Replication group {resource} has {attribute} {state}: when the primary's availability zone fails, no replica in another AZ is promoted automatically. Set {attribute} = true."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const group of stack.resourcesOfType("aws_elasticache_replication_group")) {
        const shard = nodesPerShard(group);
        if (shard === void 0) continue;
        if (shard.nodes < 2) {
          const attr = shard.attribute ? group.attr(shard.attribute) : void 0;
          context.report({
            messageId: "singleNode",
            data: {
              resource: group.address,
              detail: attr ? `${shard.attribute} = ${group.value(shard.attribute)}` : "num_cache_clusters is not set and defaults to 1"
            },
            file: attr ? attr.file : group.file,
            range: attr ? attr.range : group.headerRange,
            resource: group.address
          });
          continue;
        }
        for (const name of ["automatic_failover_enabled", "multi_az_enabled"]) {
          reportUnlessTrue(context, {
            block: group,
            name,
            messageId: "settingOff",
            data: { resource: group.address },
            resource: group.address
          });
        }
      }
    }
  }
});

// rules/aws/aws-lb-single-az.ts
function judge(stack, lb) {
  const classic = lb.resourceType === "aws_elb";
  const dynamicMapping = hasDynamicBlock(lb, "subnet_mapping");
  const mappings = classic ? [] : lb.blocks("subnet_mapping");
  if (!dynamicMapping && mappings.length === 1 && !lb.attr("subnets")) {
    return { detail: "one subnet_mapping", file: mappings[0].file, range: mappings[0].headerRange };
  }
  const candidates = [["subnets", "subnet"]];
  if (classic) candidates.push(["availability_zones", "availability zone"]);
  for (const [name, noun] of candidates) {
    const single = singleZoneList(stack, lb, name, noun);
    const attr = lb.attr(name);
    if (!single || !attr) continue;
    return { detail: `${single.detail} (${name})`, ...writtenAt(attr, lb) };
  }
  return void 0;
}
var aws_lb_single_az_default = defineRule({
  meta: {
    id: "aws-lb-single-az",
    category: "availability",
    severity: "error",
    title: "Load balancers must span several availability zones",
    description: "Flags `aws_lb`, `aws_alb` and `aws_elb` resources attached to a single subnet (one element in `subnets`, one `subnet_mapping` block, subnets that all resolve to one zone, or one entry in a Classic ELB's `availability_zones`). A load balancer only has nodes in the zones of its subnets: with one, the entry point of the service disappears with that zone even when the targets behind it survive. Lists that are not known before apply are not judged.",
    messages: {
      singleAz: "Load balancer {resource} is placed in {detail}: when that availability zone fails, the entry point of the service fails with it, even if the targets in other zones are healthy. Attach it to subnets in at least two zones."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const type of ["aws_lb", "aws_alb", "aws_elb"]) {
        for (const lb of stack.resourcesOfType(type)) {
          const verdict = judge(stack, lb);
          if (verdict)
            context.report({
              messageId: "singleAz",
              data: { resource: lb.address, detail: verdict.detail },
              file: verdict.file,
              range: verdict.range,
              resource: lb.address
            });
        }
      }
    }
  }
});

// rules/aws/aws-mq-single-instance.ts
var MULTI_AZ_MODE = { activemq: "ACTIVE_STANDBY_MULTI_AZ", rabbitmq: "CLUSTER_MULTI_AZ" };
var aws_mq_single_instance_default = defineRule({
  meta: {
    id: "aws-mq-single-instance",
    category: "single-az-database",
    severity: "warning",
    fixable: true,
    title: "Amazon MQ brokers should not be single-instance",
    description: "Flags `aws_mq_broker` resources whose `deployment_mode` is `SINGLE_INSTANCE` or missing (the default). A single-instance broker lives in one AZ: an AZ outage stops every producer and consumer, and for RabbitMQ the messages on its volume are unreachable. Use `ACTIVE_STANDBY_MULTI_AZ` (ActiveMQ) or `CLUSTER_MULTI_AZ` (RabbitMQ, three nodes).",
    messages: {
      singleInstance: 'MQ broker {resource} is a single instance ({state}): an AZ outage stops message delivery for every producer and consumer. Set deployment_mode = "{mode}" (with subnets in two or more AZs).'
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const broker of stack.resourcesOfType("aws_mq_broker")) {
        const attr = broker.attr("deployment_mode");
        const value = attr?.value;
        if (value !== void 0 && value !== null && (isUnknown(value) || asString(value) !== "SINGLE_INSTANCE"))
          continue;
        const engine = (asString(broker.value("engine_type")) ?? "").toLowerCase();
        const mode = MULTI_AZ_MODE[engine];
        const micro = (asString(broker.value("host_instance_type")) ?? "").endsWith(".micro");
        context.report({
          messageId: "singleInstance",
          data: {
            resource: broker.address,
            state: attr && value !== null ? 'deployment_mode = "SINGLE_INSTANCE"' : "deployment_mode is not set and defaults to SINGLE_INSTANCE",
            mode: mode ?? 'ACTIVE_STANDBY_MULTI_AZ" or "CLUSTER_MULTI_AZ'
          },
          file: attr ? attr.file : broker.file,
          range: attr ? attr.range : broker.headerRange,
          resource: broker.address,
          fix: mode && !micro ? setAttributeFix(broker, "deployment_mode", `"${mode}"`) : void 0
        });
      }
    }
  }
});

// rules/aws/aws-neptune-multi-az.ts
var aws_neptune_multi_az_default = defineRule({
  meta: {
    id: "aws-neptune-multi-az",
    category: "single-az-database",
    severity: "error",
    title: "Neptune clusters need instances in at least two availability zones",
    description: "Flags `aws_neptune_cluster` resources with fewer than two `aws_neptune_cluster_instance` resources (after count / for_each) referring to them. The cluster volume spans three AZs, but with one instance an AZ outage leaves the graph database without a writer until a new instance is created; with a read replica in another AZ, Neptune promotes it automatically.",
    messages: {
      oneInstance: "Neptune cluster {resource} has {count} instance(s) in this configuration, so it has no replica to fail over to: an AZ outage takes it down until a new instance is created. Add a second aws_neptune_cluster_instance (count = 2 or more)."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      reportClustersWithOneInstance(stack, context, {
        clusterType: "aws_neptune_cluster",
        instanceType: "aws_neptune_cluster_instance",
        messageId: "oneInstance"
      });
    }
  }
});

// rules/aws/aws-opensearch-zone-awareness.ts
var DOMAIN_TYPES = ["aws_opensearch_domain", "aws_elasticsearch_domain"];
var aws_opensearch_zone_awareness_default = defineRule({
  meta: {
    id: "aws-opensearch-zone-awareness",
    category: "single-az-database",
    severity: "warning",
    fixable: true,
    title: "OpenSearch domains need zone awareness and at least two data nodes",
    description: "Flags `aws_opensearch_domain` and `aws_elasticsearch_domain` resources without `cluster_config { zone_awareness_enabled = true }` or with fewer than two data nodes (`instance_count`, default 1). Without zone awareness, primaries and replicas of a shard can sit in the same AZ, so an AZ outage makes indices red and writes fail. Multi-AZ with standby satisfies the rule.",
    messages: {
      oneNode: "Domain {resource} has a single data node ({detail}), so an AZ outage takes the whole search cluster down. Run at least two data nodes (an even number, three with Multi-AZ with standby) with zone_awareness_enabled = true.",
      noZoneAwareness: "Domain {resource} has {attribute} {state}: shard replicas may share an availability zone with their primaries, and an AZ outage turns indices red. Set zone_awareness_enabled = true in cluster_config."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const domain of DOMAIN_TYPES.flatMap((t) => stack.resourcesOfType(t))) {
        const config = domain.blocks("cluster_config")[0];
        if (!config) {
          context.report({
            messageId: "oneNode",
            data: { resource: domain.address, detail: "no cluster_config: one instance by default" },
            file: domain.file,
            range: domain.headerRange,
            resource: domain.address
          });
          continue;
        }
        if (domain.resourceType === "aws_opensearch_domain" && boolSetting(config, "multi_az_with_standby_enabled") === "true")
          continue;
        const countAttr = config.attr("instance_count");
        const countValue = countAttr?.value;
        if (countValue !== void 0 && countValue !== null && isUnknown(countValue)) continue;
        const count = countValue === void 0 || countValue === null ? 1 : asNumber(countValue);
        if (count === void 0) continue;
        if (count < 2) {
          context.report({
            messageId: "oneNode",
            data: {
              resource: domain.address,
              detail: countAttr ? `instance_count = ${count}` : "instance_count is not set and defaults to 1"
            },
            file: countAttr ? countAttr.file : config.file,
            range: countAttr ? countAttr.range : config.headerRange,
            resource: domain.address
          });
          continue;
        }
        reportUnlessTrue(context, {
          block: config,
          name: "zone_awareness_enabled",
          messageId: "noZoneAwareness",
          data: { resource: domain.address },
          resource: domain.address
        });
      }
    }
  }
});

// rules/aws/aws-rds-multi-az.ts
var NO_MULTI_AZ_ENGINES = /* @__PURE__ */ new Set(["sqlserver-ex", "sqlserver-web"]);
function notApplicable2(block) {
  if (isSet(block, "replicate_source_db")) return true;
  const engine = asString(block.value("engine"));
  return engine !== void 0 && engine.startsWith("aurora");
}
var aws_rds_multi_az_default = defineRule({
  meta: {
    id: "aws-rds-multi-az",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "RDS DB instances must be Multi-AZ",
    description: "Flags `aws_db_instance` resources (and calls of the `terraform-aws-modules/rds/aws` module) whose `multi_az` is missing or false. A single-AZ instance goes down with its availability zone and is restored from backups, losing the writes since the last one; Multi-AZ keeps a synchronous standby in another zone and fails over in a minute or two. Read replicas are not flagged.",
    messages: {
      singleAz: "RDS instance {resource} runs in a single availability zone ({attribute} is {state}): an AZ outage takes the database down until it is restored from backup. Set multi_az = true for a synchronous standby in a second AZ.",
      editionWithoutMultiAz: "RDS instance {resource} uses {engine}, an edition RDS cannot run Multi-AZ, so it lives and dies with one availability zone. Use sqlserver-se or sqlserver-ee with multi_az = true for a database that must survive an AZ outage."
    }
  },
  check(project, context) {
    const judge3 = (block, resource) => {
      if (notApplicable2(block)) return;
      const engine = block.attr("engine");
      const edition = asString(engine?.value);
      if (engine && edition !== void 0 && NO_MULTI_AZ_ENGINES.has(edition)) {
        context.report({
          messageId: "editionWithoutMultiAz",
          data: { resource, engine: edition },
          file: engine.file,
          range: engine.range,
          resource
        });
        return;
      }
      reportUnlessTrue(context, { block, name: "multi_az", messageId: "singleAz", data: { resource }, resource });
    };
    for (const stack of project.terraform.stacks) {
      for (const db of stack.resourcesOfType("aws_db_instance")) judge3(db, db.address);
      for (const call of callsOf(stack, "terraform-aws-modules/rds/aws")) {
        if (asBool(call.value("create_db_instance")) !== false) judge3(call, call.address);
      }
      for (const call of callsOf(stack, "terraform-aws-modules/rds/aws", "modules/db_instance")) {
        if (asBool(call.value("create")) !== false) judge3(call, call.address);
      }
    }
  }
});

// rules/aws/aws-redshift-multi-az.ts
var aws_redshift_multi_az_default = defineRule({
  meta: {
    id: "aws-redshift-multi-az",
    category: "single-az-database",
    severity: "warning",
    fixable: true,
    title: "Redshift clusters should be Multi-AZ",
    description: 'Flags `aws_redshift_cluster` resources that are single-node (`cluster_type = "single-node"` or `number_of_nodes` 1, the default) or whose `multi_az` is missing or false. A single-AZ warehouse is unavailable for the whole of an AZ outage (relocation, where enabled, moves it only after the fact); Multi-AZ (RA3 node types, two or more nodes) keeps a second compute cluster in another AZ.',
    messages: {
      singleNode: "Redshift cluster {resource} is a single node ({detail}) in one availability zone: an AZ outage makes the warehouse unavailable. Use an RA3 multi-node cluster (number_of_nodes >= 2) with multi_az = true.",
      singleAz: "Redshift cluster {resource} has {attribute} {state}: all its compute is in one availability zone, and an AZ outage makes the warehouse unavailable. Set multi_az = true (RA3 node types)."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const cluster of stack.resourcesOfType("aws_redshift_cluster")) {
        const type = cluster.attr("cluster_type");
        const nodesAttr = cluster.attr("number_of_nodes");
        const nodesValue = nodesAttr?.value;
        if (type && isUnknown(type.value) || nodesValue !== void 0 && isUnknown(nodesValue)) continue;
        const nodes = nodesValue === void 0 || nodesValue === null ? 1 : asNumber(nodesValue);
        const singleByType = asString(type?.value) === "single-node";
        const singleByNodes = nodes === 1 && asString(type?.value) !== "multi-node";
        if (singleByType || singleByNodes) {
          const at = singleByType ? type : nodesAttr;
          context.report({
            messageId: "singleNode",
            data: {
              resource: cluster.address,
              detail: singleByType ? 'cluster_type = "single-node"' : nodesAttr ? "number_of_nodes = 1" : "number_of_nodes is not set and defaults to 1"
            },
            file: at ? at.file : cluster.file,
            range: at ? at.range : cluster.headerRange,
            resource: cluster.address
          });
          continue;
        }
        reportUnlessTrue(context, {
          block: cluster,
          name: "multi_az",
          messageId: "singleAz",
          data: { resource: cluster.address },
          resource: cluster.address
        });
      }
    }
  }
});

// rules/aws/lib/s3-buckets.ts
var PAB_SETTINGS = [
  "block_public_acls",
  "block_public_policy",
  "ignore_public_acls",
  "restrict_public_buckets"
];
var cache = /* @__PURE__ */ new WeakMap();
function attached(stack, bucket, type) {
  let byKey = cache.get(stack);
  if (!byKey) cache.set(stack, byKey = /* @__PURE__ */ new Map());
  const key = `${bucket.address}\0${type}`;
  let list3 = byKey.get(key);
  if (!list3) byKey.set(key, list3 = stack.referrers(bucket, type, "bucket"));
  return list3;
}
function bucketsOf(stack, res) {
  return stack.resourcesOfType("aws_s3_bucket").filter((b) => attached(stack, b, res.resourceType).includes(res));
}
function accountBlocks(stack, setting2) {
  return stack.resourcesOfType("aws_s3_account_public_access_block").some((a) => boolSetting(a, setting2) === "true");
}
function blocks(stack, bucket, setting2) {
  if (accountBlocks(stack, setting2)) return true;
  if (!bucket) return false;
  return attached(stack, bucket, "aws_s3_bucket_public_access_block").some((p) => boolSetting(p, setting2) === "true");
}
function aclsDisabled(stack, bucket) {
  if (!bucket) return false;
  return attached(stack, bucket, "aws_s3_bucket_ownership_controls").some(
    (o) => asString(o.get("rule.object_ownership")) === "BucketOwnerEnforced"
  );
}
function aclNeutralized(stack, bucket) {
  return blocks(stack, bucket, "block_public_acls") || blocks(stack, bucket, "ignore_public_acls") || aclsDisabled(stack, bucket);
}
function policyNeutralized(stack, bucket) {
  return blocks(stack, bucket, "block_public_policy") || blocks(stack, bucket, "restrict_public_buckets");
}
function neutralizedFor(stack, res, check) {
  const buckets = bucketsOf(stack, res);
  return buckets.length === 0 ? check(stack, void 0) : buckets.every((b) => check(stack, b));
}

// rules/aws/aws-s3-public-access-block.ts
var aws_s3_public_access_block_default = defineRule({
  meta: {
    id: "aws-s3-public-access-block",
    category: "public-bucket",
    severity: "warning",
    fixable: true,
    title: "S3 buckets need a public access block with all four settings on",
    description: "Flags `aws_s3_bucket` resources that no `aws_s3_bucket_public_access_block` refers to (by reference or bucket name), unless an `aws_s3_account_public_access_block` in the same stack turns on all four settings; and public access blocks with `block_public_acls`, `block_public_policy`, `ignore_public_acls` or `restrict_public_buckets` false or missing (the provider's default is false) where the account block does not already enforce that setting. The block is the guard rail that keeps one careless ACL or policy from publishing the bucket.",
    messages: {
      missing: "Bucket {resource} has no aws_s3_bucket_public_access_block, so nothing in this configuration stops an ACL or policy change from making it public. Add one with all four settings true.",
      settingOff: "Public access block {resource} has {attribute} {state}, so S3 will accept or honour a public ACL or policy on this bucket. Set {attribute} = true."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      const accountWide = PAB_SETTINGS.every((s) => accountBlocks(stack, s));
      if (!accountWide) {
        for (const bucket of stack.resourcesOfType("aws_s3_bucket")) {
          if (attached(stack, bucket, "aws_s3_bucket_public_access_block").length > 0) continue;
          const edits = addBlockEdits(bucket);
          context.report({
            messageId: "missing",
            data: { resource: bucket.address },
            file: bucket.file,
            range: bucket.headerRange,
            resource: bucket.address,
            fix: edits ? { description: "Add an aws_s3_bucket_public_access_block with all four settings true", edits } : void 0
          });
        }
      }
      for (const block of stack.resourcesOfType("aws_s3_bucket_public_access_block")) {
        for (const name of PAB_SETTINGS) {
          if (accountBlocks(stack, name)) continue;
          reportUnlessTrue(context, {
            block,
            name,
            messageId: "settingOff",
            data: { resource: block.address },
            resource: block.address
          });
        }
      }
    }
  }
});
function addBlockEdits(bucket) {
  if (bucket.key !== void 0 || expansionUnknown(bucket)) return void 0;
  const taken = bucket.module.resources.some(
    (r) => r.resourceType === "aws_s3_bucket_public_access_block" && r.name === bucket.name
  );
  if (taken) return void 0;
  const i = bucket.indent;
  const b = `${i}  `;
  const text = [
    "",
    "",
    `${i}resource "aws_s3_bucket_public_access_block" "${bucket.name}" {`,
    `${b}bucket = aws_s3_bucket.${bucket.name}.id`,
    "",
    `${b}block_public_acls       = true`,
    `${b}block_public_policy     = true`,
    `${b}ignore_public_acls      = true`,
    `${b}restrict_public_buckets = true`,
    `${i}}`
  ].join("\n");
  const end = bucket.node.closeBraceRange.end;
  return [{ file: bucket.file, range: { start: end, end }, text }];
}

// src/model/terraform/convert.ts
var EvalError = class extends Error {
};
function fail(message) {
  throw new EvalError(message);
}
function newObject() {
  return {};
}
function setKey(obj2, key, value) {
  if (key === "__proto__")
    Object.defineProperty(obj2, key, { value, enumerable: true, writable: true, configurable: true });
  else obj2[key] = value;
}
function hasKey(obj2, key) {
  return Object.prototype.hasOwnProperty.call(obj2, key);
}
function sortedKeys(obj2) {
  return Object.keys(obj2).sort(compareStrings);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isObj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) && v !== UNKNOWN;
}
function formatNumber(n) {
  if (!Number.isFinite(n)) fail("number is not finite");
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const s = String(n);
  if (!s.includes("e")) return s;
  const [mant, expStr] = s.split("e");
  const exp = Number(expStr);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  const intLen = mant.replace("-", "").split(".")[0].length + exp;
  const body = intLen <= 0 ? "0." + "0".repeat(-intLen) + digits : digits.slice(0, intLen) + "." + digits.slice(intLen);
  return (neg ? "-" : "") + body;
}
function toStr(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v === null) fail("null value cannot be converted to string");
  return fail("value cannot be converted to string");
}
function toNum(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string") {
    const t = v.trim();
    if (t !== "" && t === v && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
    fail(`cannot convert "${v}" to number`);
  }
  if (v === null) fail("null value cannot be used as a number");
  return fail("value cannot be converted to number");
}
function toBool(v) {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  if (v === null) fail("null value cannot be used as a bool");
  return fail("value cannot be converted to bool");
}
function equals(a, b) {
  if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    let unknown = false;
    for (let i = 0; i < a.length; i++) {
      const r = equals(a[i], b[i]);
      if (r === false) return false;
      if (r === UNKNOWN) unknown = true;
    }
    return unknown ? UNKNOWN : true;
  }
  if (typeof a === "object" || typeof b === "object") {
    if (!isObj(a) || !isObj(b)) return false;
    const ka = sortedKeys(a);
    const kb = sortedKeys(b);
    if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
    let unknown = false;
    for (const k of ka) {
      const r = equals(a[k], b[k]);
      if (r === false) return false;
      if (r === UNKNOWN) unknown = true;
    }
    return unknown ? UNKNOWN : true;
  }
  return a === b;
}
function sameValue(a, b) {
  return equals(a, b) === true;
}
function unifyPrimitives(values) {
  const kinds = new Set(values.filter((v) => v !== null && v !== UNKNOWN).map((v) => typeof v));
  if (kinds.size > 1 && kinds.has("string") && [...kinds].every((k) => k === "string" || k === "number" || k === "boolean")) {
    return values.map((v) => v === null || v === UNKNOWN ? v : toStr(v));
  }
  return values;
}
function sortSet(values) {
  const unified = unifyPrimitives(values);
  const out = [];
  for (const v of unified) if (!out.some((o) => sameValue(o, v))) out.push(v);
  if (out.every((v) => typeof v === "number")) return out.sort((a, b) => a - b);
  if (out.every((v) => typeof v === "string")) return out.sort(compareStrings);
  return out;
}

// src/model/terraform/format.ts
var VERB = /%(\[(\d+)\])?([-+# 0]*)(\d+)?(?:\.(\d*))?(\[(\d+)\])?([a-zA-Z%])/g;
function format(spec, args) {
  let next = 0;
  let used = 0;
  const out = spec.replace(
    VERB,
    (_m, _i1, idx1, flags, width, prec, _i2, idx2, verb) => {
      if (verb === "%") return "%";
      const idx = idx1 ?? idx2;
      if (idx !== void 0) next = Number(idx) - 1;
      if (next < 0 || next >= args.length) fail("not enough arguments for format");
      const arg = args[next++];
      used = Math.max(used, next);
      const body = formatOne(verb, flags, prec === void 0 ? void 0 : prec === "" ? 0 : Number(prec), arg);
      return pad(body, flags, width === void 0 ? 0 : Number(width), verb);
    }
  );
  if (used < args.length) fail("too many arguments for format");
  return out;
}
function pad(s, flags, width, verb) {
  const n = Array.from(s).length;
  if (n >= width) return s;
  if (flags.includes("-")) return s + " ".repeat(width - n);
  if (flags.includes("0") && "dfeExXobg".includes(verb)) {
    const sign = /^[-+ ]/.test(s) ? s[0] : "";
    return sign + "0".repeat(width - n) + s.slice(sign.length);
  }
  return " ".repeat(width - n) + s;
}
function signed(n, body, flags) {
  if (n < 0 || Object.is(n, -0)) return body;
  if (flags.includes("+")) return "+" + body;
  if (flags.includes(" ")) return " " + body;
  return body;
}
function goExponent(n, prec, upper) {
  const s = n.toExponential(prec).replace(/e([+-])(\d)$/, "e$10$2");
  return upper ? s.toUpperCase() : s;
}
function formatOne(verb, flags, prec, arg) {
  switch (verb) {
    case "v":
      if (arg === null) return "null";
      if (typeof arg === "object" || flags.includes("#")) return jsonEncode(arg);
      return toStr(arg);
    case "s": {
      const s = toStr(arg);
      return prec === void 0 ? s : Array.from(s).slice(0, prec).join("");
    }
    case "q":
      return JSON.stringify(toStr(arg));
    case "t":
      return toBool(arg) ? "true" : "false";
    case "d": {
      const n = toNum(arg);
      if (!Number.isInteger(n)) fail("%d needs a whole number");
      return signed(n, formatNumber(n), flags);
    }
    case "f":
    case "F": {
      const n = toNum(arg);
      return signed(n, n.toFixed(prec ?? 6), flags);
    }
    case "e":
    case "E": {
      const n = toNum(arg);
      return signed(n, goExponent(n, prec ?? 6, verb === "E"), flags);
    }
    case "g":
    case "G": {
      const n = toNum(arg);
      return signed(n, prec === void 0 ? formatNumber(n) : String(Number(n.toPrecision(prec))), flags);
    }
    case "x":
    case "X":
    case "o":
    case "b": {
      if (typeof arg === "string" && (verb === "x" || verb === "X") && !/^-?\d+$/.test(arg)) {
        const hex = Buffer.from(arg, "utf8").toString("hex");
        return verb === "X" ? hex.toUpperCase() : hex;
      }
      const n = toNum(arg);
      if (!Number.isInteger(n)) fail(`%${verb} needs a whole number`);
      const radix = verb === "o" ? 8 : verb === "b" ? 2 : 16;
      const body = Math.abs(n).toString(radix);
      const s = (n < 0 ? "-" : "") + (verb === "X" ? body.toUpperCase() : body);
      return signed(n, s, flags);
    }
  }
  return fail(`unsupported format verb %${verb}`);
}

// src/model/terraform/yaml-encode.ts
function yamlEncode(v) {
  return emit(v, 0) + "\n";
}
function scalar(v) {
  if (v === UNKNOWN) fail("unknown value");
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "string") return v.includes("\n") ? void 0 : quote(v);
  if (Array.isArray(v) && v.length === 0) return "[]";
  if (!Array.isArray(v) && Object.keys(v).length === 0) return "{}";
  return void 0;
}
function quote(s) {
  return JSON.stringify(s).replace(/[\u0080-\u009f]/g, (c) => "\\x" + c.charCodeAt(0).toString(16));
}
function literalBlock(s, indent) {
  const chomp = s.endsWith("\n") ? "" : "-";
  const body = s.endsWith("\n") ? s.slice(0, -1) : s;
  const pad2 = " ".repeat(indent);
  return `|${chomp}
` + body.split("\n").map((l) => l === "" ? "" : pad2 + l).join("\n");
}
function emit(v, indent) {
  const s = scalar(v);
  if (s !== void 0) return s;
  if (typeof v === "string") return literalBlock(v, indent + 2);
  const pad2 = " ".repeat(indent);
  if (Array.isArray(v)) {
    return v.map((el) => `${pad2}- ${inline(el, indent + 2)}`).join("\n");
  }
  if (!isObj(v)) return fail("value cannot be encoded");
  const o = v;
  return sortedKeys(o).map((k) => {
    const val = o[k];
    const sv = scalar(val);
    if (sv !== void 0) return `${pad2}${quote(k)}: ${sv}`;
    if (typeof val === "string") return `${pad2}${quote(k)}: ${literalBlock(val, indent + 2)}`;
    return `${pad2}${quote(k)}:
${emit(val, Array.isArray(val) ? indent : indent + 2)}`;
  }).join("\n");
}
function inline(v, indent) {
  const s = scalar(v);
  if (s !== void 0) return s;
  if (typeof v === "string") return literalBlock(v, indent);
  return emit(v, indent).slice(indent);
}

// src/model/terraform/functions.ts
function callFunction(name, args) {
  const def = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : void 0;
  if (!def) return UNKNOWN;
  if (!def.unknownAware) {
    if (def.partial ? args.some((a) => a === UNKNOWN) : !args.every(isWhollyKnown)) return UNKNOWN;
  }
  return def.fn(args);
}
function arity(args, min, max = min) {
  if (args.length < min || args.length > max) fail("wrong number of arguments");
}
function list(v) {
  if (Array.isArray(v)) return v;
  return fail("a list is required");
}
function obj(v) {
  if (isObj(v)) return v;
  return fail("a map or object is required");
}
function str(v) {
  if (v === null || typeof v === "object") fail("a string is required");
  return toStr(v);
}
function chars(s) {
  return Array.from(s);
}
var unicodeSpace = /^[\s\u0085]+|[\s\u0085]+$/g;
function regexFrom(pattern) {
  return new RegExp(pattern.replace(/\(\?P</g, "(?<"), "gu");
}
function goTitle(s) {
  let prevLetter = false;
  let out = "";
  for (const ch of s) {
    const isWordChar = /[\p{L}\p{N}_']/u.test(ch);
    out += !prevLetter && isWordChar ? ch.toUpperCase() : ch;
    prevLetter = isWordChar;
  }
  return out;
}
function jsonEncode(v) {
  if (v === UNKNOWN) fail("unknown value");
  if (v === null) return "null";
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "string") {
    return JSON.stringify(v).replace(
      /[<>&\u2028\u2029]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")
    );
  }
  if (Array.isArray(v)) return "[" + v.map(jsonEncode).join(",") + "]";
  if (!isObj(v)) return fail("value cannot be encoded");
  return "{" + sortedKeys(v).map((k) => jsonEncode(k) + ":" + jsonEncode(v[k])).join(",") + "}";
}
function fromJson(x) {
  if (x === null || typeof x === "string" || typeof x === "number" || typeof x === "boolean") return x;
  if (Array.isArray(x)) return x.map(fromJson);
  const o = newObject();
  for (const [k, v] of Object.entries(x)) setKey(o, k, fromJson(v));
  return o;
}
function flattenInto(v, out) {
  for (const el of v) {
    if (el === UNKNOWN) return false;
    if (Array.isArray(el)) {
      if (!flattenInto(el, out)) return false;
    } else out.push(el);
  }
  return true;
}
function mapValues(o) {
  return sortedKeys(o).map((k) => o[k]);
}
function numbers(args) {
  if (args.length === 0) fail("at least one argument is required");
  return args.map(toNum);
}
function ipv4ToInt(s) {
  const parts = s.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) fail("invalid IPv4 address");
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}
function intToIpv4(n) {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
}
function cidrsubnet(prefix2, newbits, netnum) {
  const m = /^([\d.]+)\/(\d+)$/.exec(prefix2);
  if (!m) fail("invalid CIDR (only IPv4 is supported)");
  const bits = Number(m[2]);
  const newLen = bits + newbits;
  if (bits > 32 || newLen > 32 || newbits < 0) fail("not enough address space");
  if (netnum < 0 || netnum >= 2 ** newbits || !Number.isInteger(netnum)) fail("netnum out of range");
  const size = 2 ** (32 - bits);
  const base = Math.floor(ipv4ToInt(m[1]) / size) * size;
  return `${intToIpv4(base + netnum * 2 ** (32 - newLen))}/${newLen}`;
}
var FUNCTIONS = {
  // Collections.
  merge: {
    partial: true,
    fn: (args) => {
      const out = newObject();
      for (const a of args) {
        if (a === null) continue;
        const o = obj(a);
        for (const k of Object.keys(o)) setKey(out, k, o[k]);
      }
      return out;
    }
  },
  lookup: {
    partial: true,
    fn: (args) => {
      arity(args, 2, 3);
      const o = obj(args[0]);
      const k = str(args[1]);
      if (hasKey(o, k)) return o[k];
      if (args.length === 3) return args[2];
      return fail(`no key "${k}"`);
    }
  },
  concat: { partial: true, fn: (args) => args.flatMap((a) => list(a)) },
  contains: {
    fn: (args) => {
      arity(args, 2);
      return list(args[0]).some((v) => sameValue(v, args[1]));
    }
  },
  coalesce: {
    fn: (args) => {
      const unified = unifyPrimitives(args);
      for (const v of unified) if (v !== null && v !== "") return v;
      return fail("no non-null, non-empty-string arguments");
    }
  },
  coalescelist: {
    partial: true,
    fn: (args) => {
      for (const a of args) if (list(a).length > 0) return a;
      return fail("no non-empty list arguments");
    }
  },
  length: {
    partial: true,
    fn: (args) => {
      arity(args, 1);
      const v = args[0];
      if (typeof v === "string") return chars(v).length;
      if (Array.isArray(v)) return v.length;
      if (isObj(v)) return Object.keys(v).length;
      return fail("length of a non-collection");
    }
  },
  keys: { partial: true, fn: (args) => (arity(args, 1), sortedKeys(obj(args[0]))) },
  values: { partial: true, fn: (args) => (arity(args, 1), mapValues(obj(args[0]))) },
  element: {
    partial: true,
    fn: (args) => {
      arity(args, 2);
      const l = list(args[0]);
      const i = toNum(args[1]);
      if (l.length === 0) fail("cannot use element function with an empty list");
      if (!Number.isInteger(i) || i < 0) fail("invalid index");
      return l[i % l.length];
    }
  },
  index: {
    fn: (args) => {
      arity(args, 2);
      const i = list(args[0]).findIndex((v) => sameValue(v, args[1]));
      if (i < 0) fail("item not found");
      return i;
    }
  },
  flatten: {
    partial: true,
    fn: (args) => {
      arity(args, 1);
      const out = [];
      return flattenInto(list(args[0]), out) ? out : UNKNOWN;
    }
  },
  distinct: {
    fn: (args) => {
      arity(args, 1);
      const out = [];
      for (const v of list(args[0])) if (!out.some((o) => sameValue(o, v))) out.push(v);
      return out;
    }
  },
  compact: {
    fn: (args) => (arity(args, 1), list(args[0]).filter((v) => v !== null && v !== "").map(str))
  },
  slice: {
    partial: true,
    fn: (args) => {
      arity(args, 3);
      const l = list(args[0]);
      const s = toNum(args[1]);
      const e = toNum(args[2]);
      if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e > l.length || s > e) fail("invalid slice indices");
      return l.slice(s, e);
    }
  },
  range: {
    fn: (args) => {
      arity(args, 1, 3);
      const n = args.map(toNum);
      const [start, limit, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? (n[0] <= n[1] ? 1 : -1)];
      if (step === 0) fail("step must not be zero");
      if (step > 0 && start > limit || step < 0 && start < limit) fail("step is in the wrong direction");
      const out = [];
      for (let v = start; step > 0 ? v < limit : v > limit; v += step) {
        out.push(v);
        if (out.length > 1024) fail("more than 1024 values");
      }
      return out;
    }
  },
  zipmap: {
    partial: true,
    fn: (args) => {
      arity(args, 2);
      const ks = list(args[0]);
      const vs = list(args[1]);
      if (ks.length !== vs.length) fail("number of keys and values differ");
      if (ks.some((k) => k === UNKNOWN)) return UNKNOWN;
      const out = newObject();
      ks.forEach((k, i) => setKey(out, str(k), vs[i]));
      return out;
    }
  },
  reverse: { partial: true, fn: (args) => (arity(args, 1), [...list(args[0])].reverse()) },
  sort: { fn: (args) => (arity(args, 1), list(args[0]).map(str).sort(compareStrings)) },
  one: {
    partial: true,
    fn: (args) => {
      arity(args, 1);
      const l = list(args[0]);
      if (l.length > 1) fail("must be a list with at most one element");
      return l.length === 0 ? null : l[0];
    }
  },
  alltrue: { fn: (args) => (arity(args, 1), list(args[0]).every((v) => toBool(v))) },
  anytrue: { fn: (args) => (arity(args, 1), list(args[0]).some((v) => toBool(v))) },
  setunion: { fn: (args) => sortSet(args.flatMap(list)) },
  setintersection: {
    fn: (args) => {
      if (args.length === 0) fail("at least one set is required");
      const [first, ...rest] = args.map(list);
      return sortSet(first.filter((v) => rest.every((r) => r.some((o) => sameValue(o, v)))));
    }
  },
  // Type conversions.
  tostring: {
    fn: (args) => {
      arity(args, 1);
      const v = args[0];
      if (v === null) return null;
      return str(v);
    }
  },
  tonumber: { fn: (args) => (arity(args, 1), args[0] === null ? null : toNum(args[0])) },
  tobool: { fn: (args) => (arity(args, 1), args[0] === null ? null : toBool(args[0])) },
  tolist: { partial: true, fn: (args) => (arity(args, 1), unifyPrimitives(list(args[0]))) },
  toset: { fn: (args) => (arity(args, 1), sortSet(list(args[0]))) },
  tomap: {
    partial: true,
    fn: (args) => {
      arity(args, 1);
      const o = obj(args[0]);
      const ks = Object.keys(o);
      const unified = unifyPrimitives(ks.map((k) => o[k]));
      const out = newObject();
      ks.forEach((k, i) => setKey(out, k, unified[i]));
      return out;
    }
  },
  sensitive: { unknownAware: true, fn: (args) => (arity(args, 1), args[0]) },
  nonsensitive: { unknownAware: true, fn: (args) => (arity(args, 1), args[0]) },
  // Encodings.
  jsonencode: { fn: (args) => (arity(args, 1), jsonEncode(args[0])) },
  jsondecode: { fn: (args) => (arity(args, 1), fromJson(JSON.parse(str(args[0])))) },
  yamlencode: { fn: (args) => (arity(args, 1), yamlEncode(args[0])) },
  base64encode: { fn: (args) => (arity(args, 1), Buffer.from(str(args[0]), "utf8").toString("base64")) },
  base64decode: { fn: (args) => (arity(args, 1), Buffer.from(str(args[0]), "base64").toString("utf8")) },
  // Strings.
  format: {
    fn: (args) => args.length === 0 ? fail("format needs a format string") : format(str(args[0]), args.slice(1))
  },
  formatlist: {
    fn: (args) => {
      if (args.length === 0) fail("formatlist needs a format string");
      const spec = str(args[0]);
      const rest = args.slice(1);
      const lens = rest.filter(Array.isArray).map((l) => l.length);
      if (lens.some((l) => l !== lens[0])) fail("lists must have the same length");
      const n = lens.length === 0 ? 1 : lens[0];
      const out = [];
      for (let i = 0; i < n; i++)
        out.push(
          format(
            spec,
            rest.map((a) => Array.isArray(a) ? a[i] : a)
          )
        );
      return out;
    }
  },
  join: {
    fn: (args) => {
      if (args.length < 2) fail("join needs a separator and a list");
      return args.slice(1).flatMap(list).map(str).join(str(args[0]));
    }
  },
  split: { fn: (args) => (arity(args, 2), str(args[1]).split(str(args[0]))) },
  lower: { fn: (args) => (arity(args, 1), str(args[0]).toLowerCase()) },
  upper: { fn: (args) => (arity(args, 1), str(args[0]).toUpperCase()) },
  title: { fn: (args) => (arity(args, 1), goTitle(str(args[0]))) },
  trimspace: { fn: (args) => (arity(args, 1), str(args[0]).replace(unicodeSpace, "")) },
  trim: {
    fn: (args) => {
      arity(args, 2);
      const cut = new Set(chars(str(args[1])));
      const cs = chars(str(args[0]));
      let s = 0;
      let e = cs.length;
      while (s < e && cut.has(cs[s])) s++;
      while (e > s && cut.has(cs[e - 1])) e--;
      return cs.slice(s, e).join("");
    }
  },
  trimprefix: {
    fn: (args) => {
      arity(args, 2);
      const s = str(args[0]);
      const p = str(args[1]);
      return s.startsWith(p) ? s.slice(p.length) : s;
    }
  },
  trimsuffix: {
    fn: (args) => {
      arity(args, 2);
      const s = str(args[0]);
      const p = str(args[1]);
      return p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
    }
  },
  replace: {
    fn: (args) => {
      arity(args, 3);
      const s = str(args[0]);
      const sub = str(args[1]);
      const rep = str(args[2]);
      if (sub.length > 1 && sub.startsWith("/") && sub.endsWith("/")) {
        return s.replace(
          regexFrom(sub.slice(1, -1)),
          rep.replace(/\$\{(\w+)\}/g, (_, g) => /^\d+$/.test(g) ? `$${g}` : `$<${g}>`)
        );
      }
      return s.split(sub).join(rep);
    }
  },
  substr: {
    fn: (args) => {
      arity(args, 3);
      const cs = chars(str(args[0]));
      let off = toNum(args[1]);
      let len = toNum(args[2]);
      if (off < 0) off = cs.length + off;
      if (off < 0 || off > cs.length) fail("offset out of range");
      if (len < 0 || off + len > cs.length) len = cs.length - off;
      return cs.slice(off, off + len).join("");
    }
  },
  startswith: { fn: (args) => (arity(args, 2), str(args[0]).startsWith(str(args[1]))) },
  endswith: { fn: (args) => (arity(args, 2), str(args[0]).endsWith(str(args[1]))) },
  strcontains: { fn: (args) => (arity(args, 2), str(args[0]).includes(str(args[1]))) },
  regex: {
    fn: (args) => {
      arity(args, 2);
      const re = new RegExp(str(args[0]).replace(/\(\?P</g, "(?<"), "u");
      const m = re.exec(str(args[1]));
      if (!m) fail("pattern did not match");
      if (m.groups) {
        const out = newObject();
        for (const [k, v] of Object.entries(m.groups)) setKey(out, k, v ?? null);
        return out;
      }
      return m.length === 1 ? m[0] : m.slice(1).map((g) => g ?? null);
    }
  },
  // Numbers.
  min: { fn: (args) => Math.min(...numbers(args)) },
  max: { fn: (args) => Math.max(...numbers(args)) },
  abs: { fn: (args) => (arity(args, 1), Math.abs(toNum(args[0]))) },
  ceil: { fn: (args) => (arity(args, 1), Math.ceil(toNum(args[0]))) },
  floor: { fn: (args) => (arity(args, 1), Math.floor(toNum(args[0]))) },
  sum: {
    fn: (args) => {
      arity(args, 1);
      const l = list(args[0]);
      if (l.length === 0) fail("cannot sum an empty list");
      return l.map(toNum).reduce((a, b) => a + b, 0);
    }
  },
  cidrsubnet: { fn: (args) => (arity(args, 3), cidrsubnet(str(args[0]), toNum(args[1]), toNum(args[2]))) }
};

// src/model/terraform/evaluate.ts
var EMPTY_SCOPE = { lookup: () => void 0 };
function bindScope(parent, names) {
  return {
    lookup(root, steps) {
      if (Object.prototype.hasOwnProperty.call(names, root)) return applySteps(names[root], steps);
      return parent.lookup(root, steps);
    }
  };
}
function evaluate(expr, scope) {
  try {
    return evalExpr(expr, { scope });
  } catch (e) {
    if (e instanceof EvalError || e instanceof RangeError || e instanceof SyntaxError) return UNKNOWN;
    return UNKNOWN;
  }
}
function applySteps(value, steps) {
  let v = value;
  for (const step of steps) {
    if (v === UNKNOWN) return UNKNOWN;
    v = step.kind === "Attr" ? getAttr(v, step.name) : getIndex(v, step.key);
  }
  return v;
}
function getAttr(v, name) {
  if (v === UNKNOWN) return UNKNOWN;
  if (isObj(v)) {
    if (!hasKey(v, name)) return isOpen(v) ? UNKNOWN : fail(`no attribute "${name}"`);
    return v[name];
  }
  return fail(`cannot access attribute "${name}" here`);
}
function getIndex(v, key) {
  if (v === UNKNOWN || key === UNKNOWN) return UNKNOWN;
  if (Array.isArray(v)) {
    const i = toNum(key);
    if (!Number.isInteger(i) || i < 0 || i >= v.length) fail("index out of range");
    return v[i];
  }
  if (isObj(v)) {
    const k = toStr(key);
    if (!hasKey(v, k)) fail(`no element "${k}"`);
    return v[k];
  }
  return fail("value cannot be indexed");
}
function evalExpr(expr, ctx) {
  switch (expr.kind) {
    case "LiteralValue":
      return expr.value;
    case "Template":
      return evalTemplate(expr, ctx);
    case "TemplateWrap":
      return evalExpr(expr.wrapped, ctx);
    case "TemplateIf":
    case "TemplateFor":
      return evalTemplate({ kind: "Template", parts: [expr], range: expr.range }, ctx);
    case "TupleCons":
      return expr.items.map((item2) => evalExpr(item2, ctx));
    case "ObjectCons": {
      const obj2 = newObject();
      for (const item2 of expr.items) {
        const key = item2.bareKey ?? evalExpr(item2.key, ctx);
        if (key === UNKNOWN) return UNKNOWN;
        setKey(obj2, toStr(key), evalExpr(item2.value, ctx));
      }
      return obj2;
    }
    case "ScopeTraversal": {
      const v = ctx.scope.lookup(expr.root, expr.traversal);
      if (v === void 0) fail(`reference to undeclared ${expr.root}`);
      return v;
    }
    case "RelativeTraversal":
      return applySteps(evalExpr(expr.source, ctx), expr.traversal);
    case "FunctionCall":
      return evalCall(expr, ctx);
    case "Index":
      return getIndex(evalExpr(expr.collection, ctx), evalExpr(expr.key, ctx));
    case "Splat":
      return evalSplat(expr.source, expr.each, ctx);
    case "AnonSymbol":
      if (ctx.anon === void 0) fail("splat symbol outside a splat");
      return ctx.anon;
    case "For":
      return evalFor(expr, ctx);
    case "Conditional":
      return evalConditional(expr.condition, expr.trueResult, expr.falseResult, ctx);
    case "UnaryOp": {
      const v = evalExpr(expr.operand, ctx);
      if (v === UNKNOWN) return UNKNOWN;
      return expr.op === "!" ? !toBool(v) : -toNum(v);
    }
    case "BinaryOp":
      return evalBinary(expr.op, expr.left, expr.right, ctx);
    case "Parentheses":
      return evalExpr(expr.expr, ctx);
    case "Invalid":
      return UNKNOWN;
  }
}
function evalTemplate(t, ctx) {
  let out = "";
  let unknown = false;
  for (const part of t.parts) {
    if (part.kind === "TemplateLiteral") {
      out += part.value;
    } else if (part.kind === "TemplateIf") {
      const c = evalExpr(part.condition, ctx);
      if (c === UNKNOWN) unknown = true;
      else {
        const branch = toBool(c) ? part.then : part.else;
        const v = branch ? evalTemplate(branch, ctx) : "";
        if (v === UNKNOWN) unknown = true;
        else out += v;
      }
    } else if (part.kind === "TemplateFor") {
      const coll = evalExpr(part.collection, ctx);
      if (coll === UNKNOWN) unknown = true;
      else {
        for (const [k, v] of iterate(coll)) {
          const inner = { ...ctx, scope: bindScope(ctx.scope, forNames(part.keyVar, part.valueVar, k, v)) };
          const s = evalTemplate(part.body, inner);
          if (s === UNKNOWN) unknown = true;
          else out += s;
        }
      }
    } else {
      const v = evalExpr(part, ctx);
      if (!isWhollyKnown(v)) unknown = true;
      else out += toStr(v);
    }
  }
  return unknown ? UNKNOWN : out;
}
function forNames(keyVar, valueVar, k, v) {
  const names = {};
  if (keyVar !== void 0) names[keyVar] = k;
  names[valueVar] = v;
  return names;
}
function iterate(coll) {
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (isObj(coll)) return sortedKeys(coll).map((k) => [k, coll[k]]);
  if (coll === null) fail("cannot iterate over null");
  return fail("value is not a collection");
}
function evalFor(expr, ctx) {
  const coll = evalExpr(expr.collection, ctx);
  if (coll === UNKNOWN) return UNKNOWN;
  const items = [];
  const obj2 = newObject();
  const groups = /* @__PURE__ */ new Map();
  for (const [k, v] of iterate(coll)) {
    const inner = { ...ctx, scope: bindScope(ctx.scope, forNames(expr.keyVar, expr.valueVar, k, v)) };
    if (expr.condition) {
      const c = evalExpr(expr.condition, inner);
      if (c === UNKNOWN) return UNKNOWN;
      if (!toBool(c)) continue;
    }
    if (!expr.keyExpr) {
      items.push(evalExpr(expr.valueExpr, inner));
      continue;
    }
    const key = evalExpr(expr.keyExpr, inner);
    if (key === UNKNOWN) return UNKNOWN;
    const ks = toStr(key);
    const value = evalExpr(expr.valueExpr, inner);
    if (expr.group) {
      const g = groups.get(ks) ?? [];
      g.push(value);
      groups.set(ks, g);
    } else {
      if (hasKey(obj2, ks)) fail(`duplicate key "${ks}" in for expression`);
      setKey(obj2, ks, value);
    }
  }
  if (!expr.keyExpr) return items;
  if (expr.group) for (const [k, g] of groups) setKey(obj2, k, g);
  return obj2;
}
function evalSplat(source, each, ctx) {
  const src = evalExpr(source, ctx);
  if (src === UNKNOWN) return UNKNOWN;
  if (src === null) return [];
  const list3 = Array.isArray(src) ? src : [src];
  return list3.map((el) => el === UNKNOWN ? UNKNOWN : evalExpr(each, { ...ctx, anon: el }));
}
function evalConditional(condition, t, f, ctx) {
  const c = evalExpr(condition, ctx);
  if (c === UNKNOWN) {
    const a = tryEval(t, ctx);
    const b = tryEval(f, ctx);
    if (a !== void 0 && b !== void 0 && isWhollyKnown(a) && equals(a, b) === true) return a;
    return UNKNOWN;
  }
  const taken = toBool(c) ? t : f;
  const other = toBool(c) ? f : t;
  const v = evalExpr(taken, ctx);
  if (v !== null && v !== UNKNOWN && (typeof v === "number" || typeof v === "boolean")) {
    const o = tryEval(other, ctx);
    if (typeof o === "string") return toStr(v);
  }
  return v;
}
function tryEval(expr, ctx) {
  try {
    return evalExpr(expr, ctx);
  } catch (e) {
    if (e instanceof EvalError) return void 0;
    throw e;
  }
}
function evalBinary(op, le, re, ctx) {
  const l = evalExpr(le, ctx);
  const r = evalExpr(re, ctx);
  if (op === "&&" || op === "||") {
    const lb = l === UNKNOWN ? UNKNOWN : toBool(l);
    const rb = r === UNKNOWN ? UNKNOWN : toBool(r);
    if (op === "&&") {
      if (lb === false || rb === false) return false;
      return lb === UNKNOWN || rb === UNKNOWN ? UNKNOWN : true;
    }
    if (lb === true || rb === true) return true;
    return lb === UNKNOWN || rb === UNKNOWN ? UNKNOWN : false;
  }
  if (op === "==" || op === "!=") {
    const eq = equals(l, r);
    if (eq === UNKNOWN) return UNKNOWN;
    return op === "==" ? eq : !eq;
  }
  if (l === UNKNOWN || r === UNKNOWN) return UNKNOWN;
  const a = toNum(l);
  const b = toNum(r);
  switch (op) {
    case "<":
      return a < b;
    case ">":
      return a > b;
    case "<=":
      return a <= b;
    case ">=":
      return a >= b;
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      if (b === 0) fail("divide by zero");
      return a / b;
    case "%": {
      if (b === 0) fail("divide by zero");
      return a % b;
    }
  }
  return fail(`unknown operator ${op}`);
}
function evalCall(expr, ctx) {
  const name = expr.name;
  if (name === "try") {
    for (const arg of expr.args) {
      const v = tryEval(arg, ctx);
      if (v === void 0) continue;
      return v === UNKNOWN ? UNKNOWN : v;
    }
    return fail("no expression succeeded");
  }
  if (name === "can") {
    if (expr.args.length !== 1) fail("can takes one argument");
    const v = tryEval(expr.args[0], ctx);
    if (v === void 0) return false;
    return isWhollyKnown(v) ? true : UNKNOWN;
  }
  let args = expr.args.map((a) => evalExpr(a, ctx));
  if (expr.expandFinal && args.length > 0) {
    const last = args[args.length - 1];
    if (last === UNKNOWN) return UNKNOWN;
    if (!Array.isArray(last)) fail("expanding argument must be a list");
    args = [...args.slice(0, -1), ...last];
  }
  return callFunction(name, args);
}

// rules/aws/lib/iam-policy.ts
var RESTRICTING_KEYS = new Set(
  [
    "aws:SourceIp",
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceArn",
    "aws:SourceAccount",
    "aws:SourceOwner",
    "aws:SourceOrgID",
    "aws:SourceOrgPaths",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:userid",
    "s3:DataAccessPointArn",
    "s3:DataAccessPointAccount"
  ].map((k) => k.toLowerCase())
);
var MATCHING_OPERATORS = /* @__PURE__ */ new Set([
  "stringequals",
  "stringequalsignorecase",
  "stringlike",
  "arnequals",
  "arnlike",
  "ipaddress"
]);
function restricts(c) {
  const op = c.operator.replace(/^for(any|all)value:/i, "").toLowerCase();
  if (!MATCHING_OPERATORS.has(op) || !RESTRICTING_KEYS.has(c.key.toLowerCase())) return false;
  const values = Array.isArray(c.values) ? c.values : [c.values];
  if (values.length === 0) return false;
  return values.every((v) => isUnknown(v) || typeof v === "string" && !["*", "0.0.0.0/0", "::/0"].includes(v.trim()));
}
function isPublicStatement(s) {
  if (s.effect !== "Allow") return false;
  if (s.principal !== "everyone" && !s.notPrincipal) return false;
  if (s.conditions === UNKNOWN) return false;
  return !s.conditions.some(restricts);
}
function policyStatements(stack, attr, owner) {
  const docs = stack.referenced(attr, owner).filter(isPolicyDocument);
  if (docs.length > 0) return docs.flatMap((d) => documentStatements(stack, d, /* @__PURE__ */ new Set()));
  return jsonAttributeStatements(attr);
}
function isPolicyDocument(r) {
  return r.mode === "data" && r.resourceType === "aws_iam_policy_document";
}
function documentStatements(stack, doc, seen) {
  if (seen.has(doc)) return [];
  seen.add(doc);
  const included = (name) => {
    const attr = doc.attr(name);
    if (!attr) return [];
    const refs = stack.referenced(attr, doc).filter(isPolicyDocument);
    if (refs.length > 0) return refs.flatMap((d) => documentStatements(stack, d, seen));
    return jsonAttributeStatements(attr);
  };
  let statements = [...included("source_policy_documents"), ...included("source_json")];
  statements = mergeBySid(statements, doc.blocks("statement").map(blockStatement));
  statements = mergeBySid(statements, [...included("override_policy_documents"), ...included("override_json")]);
  return statements;
}
function mergeBySid(base, over) {
  const sids = new Set(over.map((s) => s.sid).filter((s) => s));
  return [...base.filter((s) => !s.sid || !sids.has(s.sid)), ...over];
}
function blockStatement(st) {
  const effect = st.value("effect");
  const principals = st.blocks("principals");
  const notPrincipals = st.blocks("not_principals");
  let principal = "specific";
  let anchor;
  for (const p of principals) {
    const kind = principalsBlockKind(p);
    if (kind === "everyone") {
      principal = "everyone";
      anchor = p.attr("identifiers") ?? p.attr("type");
      break;
    }
    if (kind === "unknown") principal = "unknown";
  }
  const notPrincipal = notPrincipals.length > 0;
  if (notPrincipal && !anchor) anchor = notPrincipals[0].attr("identifiers");
  const conditions = [];
  let unknownCondition = false;
  for (const c of st.blocks("condition")) {
    const operator = c.value("test");
    const key = c.value("variable");
    if (typeof operator !== "string" || typeof key !== "string") unknownCondition = true;
    else conditions.push({ operator, key, values: c.value("values") ?? UNKNOWN });
  }
  return {
    sid: asString(st.value("sid")),
    effect: effect === void 0 || effect === null ? "Allow" : effect,
    principal,
    notPrincipal,
    conditions: unknownCondition ? UNKNOWN : conditions,
    file: anchor ? anchor.file : st.file,
    range: anchor ? anchor.range : st.headerRange
  };
}
function principalsBlockKind(p) {
  const type = p.value("type");
  const ids = p.value("identifiers");
  if (isUnknown(type) || type === void 0) return "unknown";
  const list3 = Array.isArray(ids) ? ids : [ids];
  if (type === "*") return "everyone";
  if (type !== "AWS") return "specific";
  if (list3.includes("*")) return "everyone";
  return list3.some(isUnknown) || isUnknown(ids) ? "unknown" : "specific";
}
var UNKNOWN_SCOPE = { lookup: () => UNKNOWN };
var HOLE = "\0arch-lint-unknown\0";
function jsonAttributeStatements(attr) {
  const docs = Array.isArray(attr.value) ? attr.value : [documentValue(attr)];
  const statements = [];
  for (const doc of docs) {
    const parsed = typeof doc === "string" ? parseJson(doc) : doc;
    if (!isObject(parsed)) continue;
    const raw = parsed.Statement;
    const list3 = Array.isArray(raw) ? raw : raw === void 0 ? [] : [raw];
    const anchors = docs.length === 1 ? statementAnchors(attr, list3.length) : [];
    list3.forEach((s, i) => {
      if (isObject(s)) statements.push(jsonStatement(s, attr.file, anchors[i] ?? attr.range));
    });
  }
  return statements;
}
function documentValue(attr) {
  if (typeof attr.value === "string" || isObject(attr.value)) return attr.value;
  const expr = unwrap(attr.node.expr);
  if (expr.kind === "FunctionCall" && expr.name === "jsonencode" && expr.args.length === 1)
    return evaluate(expr.args[0], UNKNOWN_SCOPE);
  if (expr.kind === "Template") {
    const text = expr.parts.map((p) => {
      if (p.kind === "TemplateLiteral") return p.value;
      const v = evaluate(p, UNKNOWN_SCOPE);
      return typeof v === "string" ? v : HOLE;
    }).join("");
    return parseJson(text);
  }
  return UNKNOWN;
}
function unwrap(e) {
  while (e.kind === "Parentheses" || e.kind === "TemplateWrap") e = e.kind === "Parentheses" ? e.expr : e.wrapped;
  return e;
}
function parseJson(text) {
  try {
    return fromJson2(JSON.parse(text));
  } catch {
    return UNKNOWN;
  }
}
function fromJson2(v) {
  if (typeof v === "string") return v.includes(HOLE) ? UNKNOWN : v;
  if (Array.isArray(v)) return v.map(fromJson2);
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromJson2(x)]));
  return v;
}
function jsonStatement(s, file, range2) {
  return {
    sid: asString(s.Sid),
    effect: s.Effect ?? null,
    principal: s.Principal === void 0 ? "specific" : jsonPrincipalKind(s.Principal),
    notPrincipal: s.NotPrincipal !== void 0,
    conditions: jsonConditions(s.Condition),
    file,
    range: range2
  };
}
function jsonPrincipalKind(p) {
  if (p === "*") return "everyone";
  if (p === UNKNOWN) return "unknown";
  if (!isObject(p)) return "specific";
  const aws = p.AWS;
  const list3 = Array.isArray(aws) ? aws : aws === void 0 ? [] : [aws];
  if (list3.includes("*")) return "everyone";
  return Object.values(p).some((v) => v === UNKNOWN || Array.isArray(v) && v.includes(UNKNOWN)) ? "unknown" : "specific";
}
function jsonConditions(c) {
  if (c === void 0 || c === null) return [];
  if (!isObject(c)) return UNKNOWN;
  const out = [];
  for (const [operator, body] of Object.entries(c)) {
    if (!isObject(body)) return UNKNOWN;
    for (const [key, values] of Object.entries(body)) out.push({ operator, key, values });
  }
  return out;
}
function statementAnchors(attr, count) {
  const expr = unwrap(attr.node.expr);
  if (expr.kind === "FunctionCall" && expr.name === "jsonencode" && expr.args.length === 1) {
    const doc = unwrap(expr.args[0]);
    if (doc.kind !== "ObjectCons") return [];
    const st = item(doc, "Statement");
    if (!st) return [];
    const value = unwrap(st.value);
    const objects = value.kind === "TupleCons" ? value.items.map(unwrap) : [value];
    if (objects.length !== count) return [];
    return objects.map(
      (o) => o.kind === "ObjectCons" ? (item(o, "Principal") ?? item(o, "NotPrincipal") ?? o).range : o.range
    );
  }
  if (expr.kind === "Template" || expr.kind === "LiteralValue" && typeof expr.value === "string")
    return jsonTextAnchors(attr, count);
  return [];
}
function item(obj2, name) {
  return obj2.items.find((i) => objectKey(i.key, i.bareKey) === name);
}
function objectKey(key, bare) {
  if (bare !== void 0) return bare;
  const k = unwrap(key);
  if (k.kind === "LiteralValue" && typeof k.value === "string") return k.value;
  if (k.kind === "Template" && k.parts.length === 1 && k.parts[0].kind === "TemplateLiteral") return k.parts[0].value;
  return void 0;
}
function jsonTextAnchors(attr, count) {
  const { file, valueRange } = attr;
  const text = file.text.slice(valueRange.start.offset, valueRange.end.offset);
  const keys = [...text.matchAll(/\\?"(?:Not)?Principal\\?"/g)];
  if (keys.length !== count) return [];
  return keys.map((m) => {
    const start = valueRange.start.offset + m.index;
    return file.range(start, start + m[0].length);
  });
}

// rules/aws/lib/s3-exposure.ts
var PUBLIC_CANNED_ACLS = /* @__PURE__ */ new Set(["public-read", "public-read-write", "authenticated-read"]);
var PUBLIC_GROUPS = {
  "http://acs.amazonaws.com/groups/global/AllUsers": "AllUsers",
  "http://acs.amazonaws.com/groups/global/AuthenticatedUsers": "AuthenticatedUsers"
};
function aclExposures(res) {
  const out = [];
  const acl = res.attr("acl");
  const canned = asString(acl?.value);
  if (acl && canned !== void 0 && PUBLIC_CANNED_ACLS.has(canned)) {
    out.push({ resource: res, file: acl.file, range: acl.range, what: `acl = "${canned}"` });
  }
  const grants = res.resourceType === "aws_s3_bucket" ? res.blocks("grant").map((g) => ({ grant: g, grantee: g })) : res.blocks("access_control_policy").flatMap(
    (p) => p.blocks("grant").flatMap((g) => g.blocks("grantee").map((grantee) => ({ grant: g, grantee })))
  );
  for (const { grant, grantee } of grants) {
    const uri = grantee.attr("uri");
    const group = PUBLIC_GROUPS[asString(uri?.value) ?? ""];
    if (!uri || !group) continue;
    const permission = res.resourceType === "aws_s3_bucket" ? grant.value("permissions")?.join(", ") : asString(grant.value("permission"));
    out.push({
      resource: res,
      file: uri.file,
      range: uri.range,
      what: `a grant of ${permission ?? "access"} to ${group}`
    });
  }
  return out;
}
function policyExposures(stack, res) {
  const attr = res.attr("policy");
  if (!attr) return [];
  return policyStatements(stack, attr, res).filter(isPublicStatement).map((s) => ({
    resource: res,
    file: s.file,
    range: s.range,
    what: `a policy statement that allows ${s.notPrincipal ? "every principal but those in NotPrincipal" : 'Principal "*"'}`
  }));
}
function effectiveExposures(stack, bucket) {
  const out = [];
  if (!aclNeutralized(stack, bucket)) {
    out.push(...aclExposures(bucket), ...attached(stack, bucket, "aws_s3_bucket_acl").flatMap(aclExposures));
  }
  if (!policyNeutralized(stack, bucket)) {
    out.push(
      ...policyExposures(stack, bucket),
      ...attached(stack, bucket, "aws_s3_bucket_policy").flatMap((p) => policyExposures(stack, p))
    );
  }
  return out;
}

// rules/aws/aws-s3-public-acl.ts
var aws_s3_public_acl_default = defineRule({
  meta: {
    id: "aws-s3-public-acl",
    category: "public-bucket",
    severity: "error",
    fixable: true,
    title: "S3 buckets must not be public through ACLs",
    description: "Flags the canned ACLs `public-read`, `public-read-write` and `authenticated-read` and ACL grants to the AllUsers or AuthenticatedUsers groups, on `aws_s3_bucket` (provider v3 `acl` / `grant`) and `aws_s3_bucket_acl` (`acl`, `access_control_policy`). Not flagged when S3 would reject or ignore the ACL: the bucket's or the account's public access block sets `block_public_acls` or `ignore_public_acls`, or Object Ownership is `BucketOwnerEnforced`. \"AuthenticatedUsers\" means any AWS account in the world, not yours.",
    messages: {
      publicAcl: 'Bucket ACL on {resource} sets {what}, which gives anyone on the internet (AuthenticatedUsers means any AWS account, not just yours) access to the bucket{write}. Use acl = "private" and grant access through a bucket policy to named principals or CloudFront.'
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      const candidates = [
        ...stack.resourcesOfType("aws_s3_bucket").filter((b) => !aclNeutralized(stack, b)),
        ...stack.resourcesOfType("aws_s3_bucket_acl").filter((a) => !neutralizedFor(stack, a, aclNeutralized))
      ];
      for (const res of candidates) {
        for (const e of aclExposures(res)) {
          const canned = e.what.startsWith("acl = ");
          context.report({
            messageId: "publicAcl",
            data: {
              resource: res.address,
              what: e.what,
              write: /write|WRITE|FULL_CONTROL/.test(e.what) ? ", including writing to it" : ""
            },
            file: e.file,
            range: e.range,
            resource: res.address,
            fix: canned && res.attr("acl").node.expr.kind === "LiteralValue" ? setAttributeFix(res, "acl", '"private"') : void 0
          });
        }
      }
    }
  }
});

// rules/aws/aws-s3-public-policy.ts
var aws_s3_public_policy_default = defineRule({
  meta: {
    id: "aws-s3-public-policy",
    category: "public-bucket",
    severity: "error",
    title: "S3 bucket policies must not allow everyone",
    description: 'Flags Allow statements whose principal is `*` or `{"AWS": "*"}` (or that use NotPrincipal) in `aws_s3_bucket_policy.policy` and the provider v3 inline `aws_s3_bucket.policy`, written with `jsonencode`, as JSON in a heredoc or string, or as a `data "aws_iam_policy_document"` (followed through references and source/override documents). A statement is not public when a condition pins fixed values of aws:SourceVpc, aws:SourceVpce, aws:SourceIp, aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID, aws:PrincipalAccount and similar keys; aws:SecureTransport alone restricts nothing. Not flagged when the bucket\'s or the account\'s public access block sets `block_public_policy` or `restrict_public_buckets`.',
    messages: {
      publicStatement: "The policy in {resource} has {what} with no condition limiting it to your accounts, organisation or network: anyone on the internet gets these permissions on the bucket. Name the principals, add a restricting condition (aws:SourceVpce, aws:PrincipalOrgID, aws:SourceArn), or serve public content through CloudFront with origin access control."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      const candidates = [
        ...stack.resourcesOfType("aws_s3_bucket").filter((b) => !policyNeutralized(stack, b)),
        ...stack.resourcesOfType("aws_s3_bucket_policy").filter((p) => !neutralizedFor(stack, p, policyNeutralized))
      ];
      for (const res of candidates) {
        for (const e of policyExposures(stack, res)) {
          context.report({
            messageId: "publicStatement",
            data: { resource: res.address, what: e.what },
            file: e.file,
            range: e.range,
            resource: res.address
          });
        }
      }
    }
  }
});

// rules/aws/aws-s3-public-website.ts
var aws_s3_public_website_default = defineRule({
  meta: {
    id: "aws-s3-public-website",
    category: "public-bucket",
    severity: "warning",
    title: "S3 website hosting should not be served from a public bucket",
    description: "Flags website hosting (`aws_s3_bucket_website_configuration`, or a provider v3 inline `website` block) on a bucket that is public through an ACL or a bucket policy (as `aws-s3-public-acl` and `aws-s3-public-policy` judge it). S3 website endpoints serve HTTP only, from one region, and require the bucket itself to be open to everyone; CloudFront with origin access control serves the same content over HTTPS from a private bucket.",
    messages: {
      publicWebsite: "Bucket {bucket} hosts a website and is public ({what}): anyone can reach its contents directly, over plain HTTP, from a single region. Keep the bucket private and serve the site through CloudFront with origin access control."
    }
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const bucket of stack.resourcesOfType("aws_s3_bucket")) {
        const sites = [
          ...bucket.blocks("website").map((block) => ({ block, resource: bucket.address })),
          ...attached(stack, bucket, "aws_s3_bucket_website_configuration").map((w) => ({
            block: w,
            resource: w.address
          }))
        ];
        if (sites.length === 0) continue;
        const exposures = effectiveExposures(stack, bucket);
        if (exposures.length === 0) continue;
        for (const site of sites) {
          context.report({
            messageId: "publicWebsite",
            data: { bucket: bucket.address, what: exposures.map((e) => e.what).join("; ") },
            file: site.block.file,
            range: site.block.headerRange,
            resource: site.resource
          });
        }
      }
    }
  }
});

// rules/aws/index.ts
var rules = [
  aws_asg_single_az_default,
  aws_aurora_multi_az_default,
  aws_db_backups_disabled_default,
  aws_db_deletion_protection_default,
  aws_docdb_multi_az_default,
  aws_dynamodb_pitr_default,
  aws_ecs_container_limits_default,
  aws_eks_nodegroup_single_az_default,
  aws_elasticache_cluster_standalone_default,
  aws_elasticache_multi_az_default,
  aws_lb_single_az_default,
  aws_mq_single_instance_default,
  aws_neptune_multi_az_default,
  aws_opensearch_zone_awareness_default,
  aws_rds_multi_az_default,
  aws_redshift_multi_az_default,
  aws_s3_public_access_block_default,
  aws_s3_public_acl_default,
  aws_s3_public_policy_default,
  aws_s3_public_website_default
];

// rules/azure/lib/zones.ts
function zoneSpread(block, name = "zones") {
  const attr = block.attr(name);
  if (!attr) return { kind: "none" };
  const v = attr.value;
  if (v === UNKNOWN) return { kind: "unknown" };
  if (v === null || Array.isArray(v) && v.length === 0) return { kind: "none", attr };
  if (typeof v === "string" || typeof v === "number") return { kind: "single", attr, zone: String(v) };
  if (Array.isArray(v)) {
    if (v.length > 1) return { kind: "spread" };
    const only = v[0];
    return { kind: "single", attr, zone: typeof only === "string" || typeof only === "number" ? String(only) : "?" };
  }
  return { kind: "unknown" };
}
var ALL_ZONES = '["1", "2", "3"]';
function allZonesFix(block, name = "zones") {
  return literalFix(block, name, ALL_ZONES);
}
function reportZoneSpread(context, resource, block, ids, data) {
  const spread = zoneSpread(block);
  if (spread.kind === "none") {
    const at = spread.attr;
    context.report({
      messageId: ids.none,
      data,
      file: at?.file ?? block.file,
      range: at?.valueRange ?? block.headerRange,
      resource: resource.address,
      fix: allZonesFix(block)
    });
  } else if (spread.kind === "single") {
    context.report({
      messageId: ids.single,
      data: { ...data, zone: spread.zone },
      file: spread.attr.file,
      range: spread.attr.valueRange,
      resource: resource.address,
      fix: allZonesFix(block)
    });
  }
}

// rules/azure/azure-aks-zones.ts
var azure_aks_zones_default = defineRule({
  meta: {
    id: "azure-aks-zones",
    category: "availability",
    severity: "warning",
    fixable: true,
    title: "AKS node pools should span availability zones",
    description: 'An AKS default_node_pool or azurerm_kubernetes_cluster_node_pool without zones (or with a single zone) places every node of the pool in one zone or in no particular zone: a zone outage can take all its pods down at once. zones = ["1", "2", "3"] spreads the nodes, so replicas and spread constraints can survive a zone.',
    messages: {
      noZones: 'AKS node pool {pool} of {resource} sets no zones: its nodes are not spread over availability zones, so one zone outage can take all its pods down. Set zones = ["1", "2", "3"] (this rebuilds the pool).',
      oneZone: 'AKS node pool {pool} of {resource} is pinned to zone {zone} only: a zone outage takes every node in it down. List at least two zones, e.g. zones = ["1", "2", "3"].'
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(
      project,
      "azurerm_kubernetes_cluster",
      "azurerm_kubernetes_cluster_node_pool"
    )) {
      const pool = resource.resourceType === "azurerm_kubernetes_cluster" ? firstBlock(resource, "default_node_pool") : resource;
      if (!pool) continue;
      const name = asString(pool.value("name")) ?? resource.name;
      reportZoneSpread(
        context,
        resource,
        pool,
        { none: "noZones", single: "oneZone" },
        { resource: resource.address, pool: name }
      );
    }
  }
});

// rules/azure/azure-cosmosdb-zone-redundant.ts
var azure_cosmosdb_zone_redundant_default = defineRule({
  meta: {
    id: "azure-cosmosdb-zone-redundant",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "Single-region Cosmos DB accounts must be zone-redundant",
    description: "An azurerm_cosmosdb_account with a single geo_location whose zone_redundant is not true keeps all its replicas in one availability zone: a zone outage makes the account unavailable, and with it every database in it. Accounts with several geo_location blocks can fail over to another region and are not checked here.",
    messages: {
      notZoneRedundant: "Cosmos DB account {resource} has one region ({location}) and is not zone-redundant: a zone outage makes the account unavailable. Set zone_redundant = true in its geo_location, or add a second region."
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "azurerm_cosmosdb_account")) {
      if (hasDynamicBlock(resource, "geo_location")) continue;
      const locations = resource.blocks("geo_location");
      if (locations.length !== 1) continue;
      const [geo] = locations;
      const attr = geo.attr("zone_redundant");
      const on = asBool(attr?.value);
      if (on === true || attr && on === void 0) continue;
      context.report({
        messageId: "notZoneRedundant",
        data: { resource: resource.address, location: asString(geo.value("location")) ?? "unknown" },
        file: attr?.file ?? geo.file,
        range: attr?.valueRange ?? geo.headerRange,
        resource: resource.address,
        fix: literalFix(geo, "zone_redundant", "true")
      });
    }
  }
});

// rules/azure/lib/flexible-server.ts
var FLEXIBLE_SERVERS = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"];
function isFlexibleReplica(server) {
  return asString(server.value("create_mode"))?.toLowerCase() === "replica";
}
function isBurstable(server) {
  return asString(server.value("sku_name"))?.toUpperCase().startsWith("B_") ?? false;
}
function engineName(server) {
  return server.resourceType === "azurerm_mysql_flexible_server" ? "MySQL" : "PostgreSQL";
}

// rules/azure/azure-flexible-server-backups.ts
var DEFAULT_RETENTION_DAYS = 7;
var azure_flexible_server_backups_default = defineRule({
  meta: {
    id: "azure-flexible-server-backups",
    category: "disaster-recovery",
    severity: "warning",
    fixable: true,
    title: "Flexible servers should keep at least a week of backups",
    description: "Azure Database for PostgreSQL and MySQL flexible servers keep automated backups for backup_retention_days (default 7). A shorter window (MySQL accepts 1) means a corruption noticed after a long weekend can no longer be undone. Optionally, geo-redundant backup can be required so a regional outage does not take the backups with it. Read replicas are not checked.",
    messages: {
      shortRetention: "{engine} flexible server {resource} keeps backups for {days} day(s): a problem noticed later than that cannot be restored. Keep at least {min} days (backup_retention_days = {min}).",
      noGeoBackup: "{engine} flexible server {resource} has no geo-redundant backup: a regional outage takes the backups down with the server. Set geo_redundant_backup_enabled = true (this recreates the server)."
    },
    optionsSchema: {
      type: "object",
      properties: {
        minRetentionDays: { type: "integer", minimum: 1, maximum: 35 },
        requireGeoRedundantBackup: { type: "boolean" }
      },
      additionalProperties: false
    },
    defaultOptions: { minRetentionDays: 7, requireGeoRedundantBackup: false }
  },
  check(project, context) {
    const min = context.options.minRetentionDays ?? 7;
    for (const { resource } of resourcesOf(project, ...FLEXIBLE_SERVERS)) {
      if (isFlexibleReplica(resource)) continue;
      const data = { resource: resource.address, engine: engineName(resource), min };
      const retention = resource.attr("backup_retention_days");
      const days = retention ? asNumber(retention.value) : DEFAULT_RETENTION_DAYS;
      if (days !== void 0 && days < min) {
        context.report({
          messageId: "shortRetention",
          data: { ...data, days },
          file: retention?.file ?? resource.file,
          range: retention?.valueRange ?? resource.headerRange,
          resource: resource.address,
          fix: literalFix(resource, "backup_retention_days", String(min))
        });
      }
      if (!context.options.requireGeoRedundantBackup) continue;
      const geo = resource.attr("geo_redundant_backup_enabled");
      const on = asBool(geo?.value);
      if (on === true || geo && on === void 0) continue;
      context.report({
        messageId: "noGeoBackup",
        data,
        file: geo?.file ?? resource.file,
        range: geo?.valueRange ?? resource.headerRange,
        resource: resource.address,
        fix: literalFix(resource, "geo_redundant_backup_enabled", "true")
      });
    }
  }
});

// rules/azure/azure-mssql-zone-redundant.ts
function tierWithoutZones(sku) {
  const s = sku.toUpperCase();
  return s === "BASIC" || s === "STANDARD" || /^S\d+$/.test(s) || s.startsWith("DW") || s === "FREE";
}
var azure_mssql_zone_redundant_default = defineRule({
  meta: {
    id: "azure-mssql-zone-redundant",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "Azure SQL databases and elastic pools must be zone-redundant",
    description: "An azurerm_mssql_database or azurerm_mssql_elastic_pool without zone_redundant = true keeps its replicas in one availability zone: a zone outage makes it unavailable until the zone returns. Basic and Standard (DTU) tiers cannot be zone-redundant at all; for them the finding recommends a tier that can. Databases inside an elastic pool follow the pool, and geo-secondaries are not checked.",
    messages: {
      notZoneRedundant: "{kind} {resource} is not zone-redundant: its replicas share one availability zone, so a zone outage takes it offline. Set zone_redundant = true.",
      tierWithoutZones: "{kind} {resource} uses the {sku} tier, which cannot be zone-redundant: a zone outage takes it offline. Move to General Purpose, Business Critical, Premium or Hyperscale and set zone_redundant = true."
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "azurerm_mssql_database", "azurerm_mssql_elastic_pool")) {
      const isPool = resource.resourceType === "azurerm_mssql_elastic_pool";
      if (!isPool && (inPool(resource) || isSecondary(resource))) continue;
      const attr = resource.attr("zone_redundant");
      const on = asBool(attr?.value);
      if (on === true || attr && on === void 0) continue;
      const kind = isPool ? "Elastic pool" : "Azure SQL database";
      const sku = isPool ? asString(firstBlock(resource, "sku")?.value("tier")) : asString(resource.value("sku_name"));
      if (sku !== void 0 && tierWithoutZones(sku)) {
        const skuAttr = isPool ? firstBlock(resource, "sku").attr("tier") : resource.attr("sku_name");
        context.report({
          messageId: "tierWithoutZones",
          data: { kind, resource: resource.address, sku },
          file: skuAttr.file,
          range: skuAttr.valueRange,
          resource: resource.address
        });
        continue;
      }
      context.report({
        messageId: "notZoneRedundant",
        data: { kind, resource: resource.address },
        file: attr?.file ?? resource.file,
        range: attr?.valueRange ?? resource.headerRange,
        resource: resource.address,
        fix: literalFix(resource, "zone_redundant", "true")
      });
    }
  }
});
function inPool(db) {
  const pool = db.value("elastic_pool_id");
  return pool !== void 0 && pool !== null && pool !== "";
}
function isSecondary(db) {
  const mode = asString(db.value("create_mode"))?.toLowerCase();
  return mode === "secondary" || mode === "onlinesecondary";
}

// rules/azure/lib/flexible-server-ha.ts
var FLEXIBLE_HA_MESSAGES = {
  noHa: '{engine} flexible server {resource} has no high_availability block: one server in one zone, so a zone outage takes the database down. Add high_availability { mode = "ZoneRedundant" } for a standby in another zone with automatic failover.',
  sameZone: '{engine} flexible server {resource} uses SameZone high availability: the standby sits in the same zone as the primary, so a zone outage takes both down. Use mode = "ZoneRedundant".',
  burstable: '{engine} flexible server {resource} runs on a Burstable SKU ({sku}), which supports no high availability: a zone outage takes the database down. Move to a General Purpose or Memory Optimized SKU with high_availability { mode = "ZoneRedundant" }.'
};
function checkFlexibleServerHa(project, resourceType, context) {
  for (const { resource } of resourcesOf(project, resourceType)) {
    if (isFlexibleReplica(resource)) continue;
    const data = {
      resource: resource.address,
      engine: engineName(resource),
      sku: String(resource.value("sku_name") ?? "")
    };
    const ha = firstBlock(resource, "high_availability");
    if (isBurstable(resource)) {
      const sku = resource.attr("sku_name");
      if (!ha || enumValue(ha, "mode") !== "ZONEREDUNDANT")
        context.report({
          messageId: "burstable",
          data,
          file: sku.file,
          range: sku.valueRange,
          resource: resource.address
        });
      continue;
    }
    if (!ha) {
      context.report({
        messageId: "noHa",
        data,
        file: resource.file,
        range: resource.headerRange,
        resource: resource.address,
        fix: insertBlockFix(resource, "high_availability", [["mode", '"ZoneRedundant"']])
      });
      continue;
    }
    const mode = ha.attr("mode");
    if (!mode || enumValue(ha, "mode") !== "SAMEZONE") continue;
    context.report({
      messageId: "sameZone",
      data,
      file: mode.file,
      range: mode.valueRange,
      resource: resource.address,
      fix: literalFix(ha, "mode", '"ZoneRedundant"')
    });
  }
}

// rules/azure/azure-mysql-flexible-zone-redundant.ts
var azure_mysql_flexible_zone_redundant_default = defineRule({
  meta: {
    id: "azure-mysql-flexible-zone-redundant",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "Azure Database for MySQL flexible servers must use zone-redundant high availability",
    description: 'An azurerm_mysql_flexible_server without high_availability { mode = "ZoneRedundant" } runs in a single availability zone: without HA there is no standby at all, and SameZone HA puts the standby next to the primary, so a zone outage takes the database down either way. Burstable SKUs support no HA and are reported too. Read replicas (create_mode = "Replica") are not checked.',
    messages: FLEXIBLE_HA_MESSAGES
  },
  check(project, context) {
    checkFlexibleServerHa(project, "azurerm_mysql_flexible_server", context);
  }
});

// rules/azure/azure-postgresql-flexible-zone-redundant.ts
var azure_postgresql_flexible_zone_redundant_default = defineRule({
  meta: {
    id: "azure-postgresql-flexible-zone-redundant",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "Azure Database for PostgreSQL flexible servers must use zone-redundant high availability",
    description: 'An azurerm_postgresql_flexible_server without high_availability { mode = "ZoneRedundant" } runs in a single availability zone: without HA there is no standby at all, and SameZone HA puts the standby next to the primary, so a zone outage takes the database down either way. Burstable SKUs support no HA and are reported too. Read replicas (create_mode = "Replica") are not checked.',
    messages: FLEXIBLE_HA_MESSAGES
  },
  check(project, context) {
    checkFlexibleServerHa(project, "azurerm_postgresql_flexible_server", context);
  }
});

// rules/azure/azure-redis-cache-zones.ts
var azure_redis_cache_zones_default = defineRule({
  meta: {
    id: "azure-redis-cache-zones",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "Azure Cache for Redis should be Premium and spread over availability zones",
    description: 'An azurerm_redis_cache on the Basic tier is one node with no replica and no SLA; on Standard its primary and replica cannot be pinned to zones from Terraform; on Premium, without zones = ["1", "2", "3"] (or with a single zone) the nodes share a zone. In each case a zone outage can take the cache, and whatever lives only in it, down. Only Premium accepts zones.',
    messages: {
      basic: 'Redis cache {resource} is on the Basic tier: one node, no replica, no SLA, so a node or zone failure loses the cache and its data. Use Premium with zones = ["1", "2", "3"].',
      standard: 'Redis cache {resource} is on the Standard tier, which cannot be placed in availability zones from Terraform: primary and replica may share a zone that fails. Use Premium with zones = ["1", "2", "3"].',
      noZones: 'Premium Redis cache {resource} sets no availability zones: its nodes may share one zone, so a zone outage can take the cache down. Set zones = ["1", "2", "3"] (this recreates the cache).',
      oneZone: 'Premium Redis cache {resource} is pinned to zone {zone} only: a zone outage takes every node down. List at least two zones, e.g. zones = ["1", "2", "3"].'
    },
    optionsSchema: {
      type: "object",
      properties: { checkStandard: { type: "boolean" } },
      additionalProperties: false
    },
    defaultOptions: { checkStandard: true }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "azurerm_redis_cache")) {
      const skuAttr = resource.attr("sku_name");
      const sku = asString(skuAttr?.value)?.toLowerCase();
      if (!skuAttr || sku === void 0) continue;
      const data = { resource: resource.address };
      if (sku === "basic" || sku === "standard" && context.options.checkStandard !== false) {
        context.report({
          messageId: sku,
          data,
          file: skuAttr.file,
          range: skuAttr.valueRange,
          resource: resource.address
        });
        continue;
      }
      if (sku !== "premium") continue;
      const spread = zoneSpread(resource);
      if (spread.kind === "none") {
        const at = spread.attr;
        context.report({
          messageId: "noZones",
          data,
          file: at?.file ?? resource.file,
          range: at?.valueRange ?? resource.headerRange,
          resource: resource.address,
          fix: allZonesFix(resource)
        });
      } else if (spread.kind === "single") {
        context.report({
          messageId: "oneZone",
          data: { ...data, zone: spread.zone },
          file: spread.attr.file,
          range: spread.attr.valueRange,
          resource: resource.address,
          fix: allZonesFix(resource)
        });
      }
    }
  }
});

// rules/azure/azure-storage-account-nested-public.ts
var azure_storage_account_nested_public_default = defineRule({
  meta: {
    id: "azure-storage-account-nested-public",
    category: "public-bucket",
    severity: "warning",
    fixable: true,
    title: "Storage accounts should not allow containers to be made public",
    description: "allow_nested_items_to_be_public defaults to true in the azurerm provider (3.x and 4.x), which lets any container of the account be switched to anonymous access by one setting, in Terraform or the portal. Setting it to false blocks anonymous access for the whole account.",
    messages: {
      missing: "Storage account {resource} does not set allow_nested_items_to_be_public, and the provider default is true: any container can be made anonymously readable with one change. Set allow_nested_items_to_be_public = false.",
      enabled: "Storage account {resource} sets allow_nested_items_to_be_public = true: any container can be made anonymously readable with one change. Set it to false."
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "azurerm_storage_account")) {
      const attr = resource.attr("allow_nested_items_to_be_public");
      const allowed = asBool(attr?.value);
      if (attr && allowed !== true) continue;
      const fix = literalFix(resource, "allow_nested_items_to_be_public", "false");
      context.report({
        messageId: attr ? "enabled" : "missing",
        data: { resource: resource.address },
        file: attr?.file ?? resource.file,
        range: attr?.valueRange ?? resource.headerRange,
        resource: resource.address,
        fix
      });
    }
  }
});

// rules/azure/azure-storage-container-public.ts
var azure_storage_container_public_default = defineRule({
  meta: {
    id: "azure-storage-container-public",
    category: "public-bucket",
    severity: "error",
    fixable: true,
    title: "Azure storage containers must not allow anonymous access",
    description: 'An azurerm_storage_container with container_access_type "blob" lets anyone on the internet read every blob whose name they know; "container" also lets them list the container. The default is "private".',
    messages: {
      public: 'Storage container {resource} allows anonymous {what}: anyone on the internet can download its data without credentials. Set container_access_type = "private" and hand out SAS tokens or use a CDN with private origin access.'
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "azurerm_storage_container")) {
      const attr = resource.attr("container_access_type");
      const type = asString(attr?.value)?.toLowerCase();
      if (!attr || type !== "blob" && type !== "container") continue;
      context.report({
        messageId: "public",
        data: {
          resource: resource.address,
          what: type === "container" ? "read and listing of every blob" : "read of every blob"
        },
        file: attr.file,
        range: attr.valueRange,
        resource: resource.address,
        fix: literalFix(resource, "container_access_type", '"private"')
      });
    }
  }
});

// rules/azure/azure-vmss-zones.ts
var SCALE_SETS = [
  "azurerm_linux_virtual_machine_scale_set",
  "azurerm_windows_virtual_machine_scale_set",
  "azurerm_orchestrated_virtual_machine_scale_set"
];
var azure_vmss_zones_default = defineRule({
  meta: {
    id: "azure-vmss-zones",
    category: "availability",
    severity: "warning",
    fixable: true,
    title: "Virtual machine scale sets should span availability zones",
    description: 'A Linux, Windows or orchestrated virtual machine scale set without zones (or with a single zone) keeps its instances in one zone or in no particular zone: a zone outage can take every instance behind the load balancer down at once. zones = ["1", "2", "3"] spreads them.',
    messages: {
      noZones: 'Scale set {resource} sets no zones: its instances are not spread over availability zones, so one zone outage can take them all down. Set zones = ["1", "2", "3"] (this recreates the scale set).',
      oneZone: 'Scale set {resource} is pinned to zone {zone} only: a zone outage takes every instance down. List at least two zones, e.g. zones = ["1", "2", "3"].'
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, ...SCALE_SETS)) {
      reportZoneSpread(
        context,
        resource,
        resource,
        { none: "noZones", single: "oneZone" },
        { resource: resource.address }
      );
    }
  }
});

// rules/azure/index.ts
var rules2 = [
  azure_postgresql_flexible_zone_redundant_default,
  azure_mysql_flexible_zone_redundant_default,
  azure_mssql_zone_redundant_default,
  azure_redis_cache_zones_default,
  azure_cosmosdb_zone_redundant_default,
  azure_storage_container_public_default,
  azure_storage_account_nested_public_default,
  azure_flexible_server_backups_default,
  azure_aks_zones_default,
  azure_vmss_zones_default
];

// rules/gcp/gcp-alloydb-regional.ts
var gcp_alloydb_regional_default = defineRule({
  meta: {
    id: "gcp-alloydb-regional",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "AlloyDB primary instances must be REGIONAL",
    description: 'An AlloyDB PRIMARY instance with availability_type = "ZONAL" (a basic instance) has one node in one zone: a zone outage stops all writes until the zone recovers. The default, REGIONAL, keeps a standby node in another zone with automatic failover. Read pools and secondaries are not checked.',
    messages: {
      zonal: 'AlloyDB primary {resource} is ZONAL: its only node runs in one zone, so a zone outage stops every write to the cluster. Use availability_type = "REGIONAL" (the default) for a standby in a second zone.'
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "google_alloydb_instance")) {
      if (enumValue(resource, "instance_type") !== "PRIMARY") continue;
      const attr = resource.attr("availability_type");
      if (!attr || enumValue(resource, "availability_type") !== "ZONAL") continue;
      context.report({
        messageId: "zonal",
        data: { resource: resource.address },
        file: attr.file,
        range: attr.valueRange,
        resource: resource.address,
        fix: literalFix(resource, "availability_type", '"REGIONAL"')
      });
    }
  }
});

// rules/gcp/lib/location.ts
var REGION = /^[a-z]+-[a-z]+[0-9]+$/;
var ZONE = /^([a-z]+-[a-z]+[0-9]+)-[a-z]$/;
function isGcpZone(location2) {
  return ZONE.test(location2);
}
function isGcpRegion(location2) {
  return REGION.test(location2);
}
function regionOfZone(zone) {
  return ZONE.exec(zone)?.[1];
}

// rules/gcp/gcp-gke-single-zone-nodes.ts
var gcp_gke_single_zone_nodes_default = defineRule({
  meta: {
    id: "gcp-gke-single-zone-nodes",
    category: "availability",
    severity: "warning",
    title: "GKE node pools should span more than one zone",
    description: "node_locations with a single zone on a regional google_container_cluster, or on a google_container_node_pool, puts every node of the pool in that zone: a zone outage takes all its pods down even though the control plane survives. (On a zonal cluster node_locations lists the extra zones, so one entry already means two zones; zonal clusters are reported by gcp-gke-zonal-cluster.)",
    messages: {
      singleZone: "{resource} pins its nodes to one zone ({zone}): a zone outage takes every pod on them down. List at least two zones of the region in node_locations, or omit it to use all zones of a regional cluster."
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "google_container_cluster", "google_container_node_pool")) {
      if (resource.resourceType === "google_container_cluster" && !isRegionalCluster(resource)) continue;
      const attr = resource.attr("node_locations");
      if (!attr || !Array.isArray(attr.value) || attr.value.length !== 1) continue;
      const [zone] = knownStrings(attr.value);
      if (zone === void 0) continue;
      context.report({
        messageId: "singleZone",
        data: { resource: resource.address, zone },
        file: attr.file,
        range: attr.valueRange,
        resource: resource.address
      });
    }
  }
});
function isRegionalCluster(cluster) {
  const location2 = asString(cluster.value("location"));
  return location2 !== void 0 && isGcpRegion(location2);
}

// rules/gcp/gcp-gke-zonal-cluster.ts
var gcp_gke_zonal_cluster_default = defineRule({
  meta: {
    id: "gcp-gke-zonal-cluster",
    category: "availability",
    severity: "warning",
    fixable: true,
    title: "GKE clusters should be regional, not zonal",
    description: "A google_container_cluster whose location is a zone (us-central1-a) has a single control plane in that zone, and its nodes default to the same zone: a zone outage stops deployments, autoscaling and kubectl, and, unless node_locations adds other zones, every workload. A regional cluster replicates the control plane across three zones.",
    messages: {
      zonal: "GKE cluster {resource} is zonal ({zone}): its control plane lives only in that zone, so a zone outage stops deployments, scaling and kubectl, and takes down the nodes there. Use the region ({region}) as location for a replicated control plane (this recreates the cluster)."
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "google_container_cluster")) {
      const attr = resource.attr("location");
      const zone = asString(attr?.value);
      if (!attr || zone === void 0 || !isGcpZone(zone)) continue;
      const region2 = regionOfZone(zone);
      context.report({
        messageId: "zonal",
        data: { resource: resource.address, zone, region: region2 },
        file: attr.file,
        range: attr.valueRange,
        resource: resource.address,
        // Replacing a variable with a literal would rewire the configuration: fix literals only.
        fix: isLiteralAttr(attr) ? {
          description: `Set location = "${region2}"`,
          edits: [{ file: attr.file, range: attr.valueRange, text: `"${region2}"` }]
        } : void 0
      });
    }
  }
});

// rules/gcp/gcp-lb-single-zone-backends.ts
var ZONAL_GROUPS = /* @__PURE__ */ new Set(["google_compute_instance_group_manager", "google_compute_instance_group"]);
var gcp_lb_single_zone_backends_default = defineRule({
  meta: {
    id: "gcp-lb-single-zone-backends",
    category: "availability",
    severity: "warning",
    title: "Load-balanced backend services should not depend on instance groups in one zone",
    description: "A backend service whose every backend is a zonal instance group (google_compute_instance_group_manager or an unmanaged group) in the same zone serves nothing when that zone fails, although the load balancer in front of it is regional or global. Only clear cases are reported: every backend must resolve to a zonal group and all must be in one zone.",
    messages: {
      singleZone: "Backend service {resource} is served only by zonal instance group {group} ({zone}): a zone outage leaves the load balancer with no healthy backend. Use google_compute_region_instance_group_manager, or add groups in other zones as backends."
    }
  },
  check(project, context) {
    for (const { resource, stack } of resourcesOf(
      project,
      "google_compute_backend_service",
      "google_compute_region_backend_service"
    )) {
      if (hasDynamicBlock(resource, "backend")) continue;
      const groups = resource.blocks("backend").map((backend) => {
        const attr = backend.attr("group");
        return { attr, group: attr ? singleZonalGroup(stack, attr, resource) : void 0 };
      });
      if (groups.length === 0 || groups.some((g) => !g.group)) continue;
      const zones = new Set(groups.map((g) => asString(g.group.value("zone")) ?? "?"));
      if (zones.size > 1 || zones.has("?") && groups.length > 1) continue;
      const first = groups[0];
      const zone = asString(first.group.value("zone"));
      context.report({
        messageId: "singleZone",
        data: { resource: resource.address, group: first.group.address, zone: zone ?? "the provider default zone" },
        file: first.attr.file,
        range: first.attr.valueRange,
        resource: resource.address
      });
    }
  }
});
function singleZonalGroup(stack, attr, from) {
  const targets = stack.referenced(attr, from).filter((r) => r.mode === "managed");
  return targets.length === 1 && ZONAL_GROUPS.has(targets[0].resourceType) ? targets[0] : void 0;
}

// rules/gcp/gcp-memorystore-cluster-replicas.ts
var gcp_memorystore_cluster_replicas_default = defineRule({
  meta: {
    id: "gcp-memorystore-cluster-replicas",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "Memorystore clusters need replicas spread over several zones",
    description: "A Memorystore for Redis Cluster (google_redis_cluster) or Memorystore for Valkey (google_memorystore_instance) without replicas (replica_count absent or 0) keeps each shard on one node: when that node's zone fails, the shards there are unavailable and their data is gone. zone_distribution_config mode SINGLE_ZONE puts every node in one zone, so one zone outage takes the whole cluster down.",
    messages: {
      noReplicas: "{resource} has no replicas: each shard lives on a single node, so a zone outage makes the shards in that zone unavailable and loses their data. Set replica_count = 1 (or 2) so every shard has a copy in another zone.",
      singleZone: '{resource} places every node in one zone (zone_distribution_config mode SINGLE_ZONE): one zone outage takes the whole cluster down. Use mode = "MULTI_ZONE" (the default) and drop the zone.'
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "google_redis_cluster", "google_memorystore_instance")) {
      const distribution = firstBlock(resource, "zone_distribution_config");
      const mode = distribution?.attr("mode");
      if (distribution && mode && enumValue(distribution, "mode") === "SINGLE_ZONE") {
        context.report({
          messageId: "singleZone",
          data: { resource: resource.address },
          file: mode.file,
          range: mode.valueRange,
          resource: resource.address
        });
      }
      const replicas = resource.attr("replica_count");
      const count = asNumber(resource.value("replica_count"));
      if (replicas && count !== 0) continue;
      context.report({
        messageId: "noReplicas",
        data: { resource: resource.address },
        file: replicas?.file ?? resource.file,
        range: replicas?.valueRange ?? resource.headerRange,
        resource: resource.address,
        fix: literalFix(resource, "replica_count", "1")
      });
    }
  }
});

// rules/gcp/gcp-redis-standard-ha.ts
var gcp_redis_standard_ha_default = defineRule({
  meta: {
    id: "gcp-redis-standard-ha",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "Memorystore for Redis instances must use the STANDARD_HA tier",
    description: "A google_redis_instance on the BASIC tier (the default) is a single node in a single zone with no replica: a zone outage or node failure makes the cache unavailable and loses its data. STANDARD_HA replicates to a replica in another zone and fails over automatically.",
    messages: {
      basic: 'Memorystore instance {resource} uses the BASIC tier: one node in one zone, no replica, so a zone or node failure takes it down and loses its data. Use tier = "STANDARD_HA" (this replaces the instance).',
      missing: 'Memorystore instance {resource} does not set tier, so it is BASIC: one node in one zone, no replica, so a zone or node failure takes it down and loses its data. Set tier = "STANDARD_HA".'
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, "google_redis_instance")) {
      const attr = resource.attr("tier");
      const fix = literalFix(resource, "tier", '"STANDARD_HA"');
      if (!attr) {
        context.report({
          messageId: "missing",
          data: { resource: resource.address },
          file: resource.file,
          range: resource.headerRange,
          resource: resource.address,
          fix
        });
      } else if (enumValue(resource, "tier") === "BASIC") {
        context.report({
          messageId: "basic",
          data: { resource: resource.address },
          file: attr.file,
          range: attr.valueRange,
          resource: resource.address,
          fix
        });
      }
    }
  }
});

// rules/gcp/lib/cloud-sql.ts
var SQL_INSTANCE = "google_sql_database_instance";
function isSqlReplica(instance) {
  const master = instance.value("master_instance_name");
  if (master !== void 0 && master !== null && master !== "") return true;
  const type = asString(instance.value("instance_type"))?.toUpperCase();
  return type === "READ_REPLICA_INSTANCE";
}
function sqlEngine(instance) {
  const version = asString(instance.value("database_version"))?.toUpperCase();
  if (!version) return void 0;
  for (const engine of ["POSTGRES", "MYSQL", "SQLSERVER"]) if (version.startsWith(engine)) return engine;
  return void 0;
}

// rules/gcp/gcp-sql-backups.ts
var PITR_ATTRIBUTE = {
  POSTGRES: "point_in_time_recovery_enabled",
  SQLSERVER: "point_in_time_recovery_enabled",
  MYSQL: "binary_log_enabled"
};
var gcp_sql_backups_default = defineRule({
  meta: {
    id: "gcp-sql-backups",
    category: "disaster-recovery",
    severity: "error",
    fixable: true,
    title: "Cloud SQL instances must have automated backups and point-in-time recovery",
    description: "A Cloud SQL primary without settings.backup_configuration { enabled = true } (backups are off by default in Terraform) has no automated backup: a bad migration, a deleted table or a corrupted disk cannot be undone. Without point-in-time recovery (point_in_time_recovery_enabled for PostgreSQL and SQL Server, binary_log_enabled for MySQL) you can only go back to last night. Read replicas are not checked.",
    messages: {
      noBlock: "Cloud SQL instance {resource} has no backup_configuration, so automated backups are off: a dropped table or corrupted disk cannot be restored. Add backup_configuration { enabled = true } with point-in-time recovery.",
      disabled: "Cloud SQL instance {resource} has automated backups disabled: a dropped table or corrupted disk cannot be restored. Set enabled = true in backup_configuration.",
      noPitr: "Cloud SQL instance {resource} backs up daily but has no point-in-time recovery ({attribute} is not true): after a bad write you lose up to a day of data. Set {attribute} = true."
    },
    optionsSchema: {
      type: "object",
      properties: { requirePointInTimeRecovery: { type: "boolean" } },
      additionalProperties: false
    },
    defaultOptions: { requirePointInTimeRecovery: true }
  },
  check(project, context) {
    const requirePitr = context.options.requirePointInTimeRecovery !== false;
    for (const { resource } of resourcesOf(project, SQL_INSTANCE)) {
      if (isSqlReplica(resource)) continue;
      const settings = firstBlock(resource, "settings");
      if (!settings) continue;
      const engine = sqlEngine(resource);
      const pitr = engine ? PITR_ATTRIBUTE[engine] : void 0;
      const backup = firstBlock(settings, "backup_configuration");
      const data = { resource: resource.address, attribute: pitr ?? "" };
      if (!backup) {
        const attrs = [["enabled", "true"]];
        if (pitr && requirePitr) attrs.push([pitr, "true"]);
        context.report({
          messageId: "noBlock",
          data,
          file: settings.file,
          range: settings.headerRange,
          resource: resource.address,
          fix: insertBlockFix(settings, "backup_configuration", attrs)
        });
        continue;
      }
      const enabled = asBool(backup.value("enabled"));
      if (enabled === void 0 && backup.attr("enabled")) continue;
      if (enabled !== true) {
        context.report({
          messageId: "disabled",
          data,
          file: backup.file,
          range: backup.attr("enabled")?.valueRange ?? backup.headerRange,
          resource: resource.address,
          fix: literalFix(backup, "enabled", "true")
        });
        continue;
      }
      if (!requirePitr || !pitr) continue;
      const flag = backup.attr(pitr);
      const on = asBool(backup.value(pitr));
      if (on === true || flag && on === void 0) continue;
      context.report({
        messageId: "noPitr",
        data,
        file: flag?.file ?? backup.file,
        range: flag?.valueRange ?? backup.headerRange,
        resource: resource.address,
        fix: literalFix(backup, pitr, "true")
      });
    }
  }
});

// rules/gcp/gcp-sql-deletion-protection.ts
var gcp_sql_deletion_protection_default = defineRule({
  meta: {
    id: "gcp-sql-deletion-protection",
    category: "disaster-recovery",
    severity: "warning",
    fixable: true,
    title: "Cloud SQL primaries must keep deletion_protection on",
    description: "The google provider protects Cloud SQL instances from `terraform destroy` and replacement by default (deletion_protection = true). Turning it off means a renamed resource, a changed force-new argument or a mistaken destroy deletes the database and, with it, its automated backups. Read replicas are not checked.",
    messages: {
      off: "Cloud SQL instance {resource} sets deletion_protection = false: a destroy or a force-new change deletes the database and its automated backups with it. Keep deletion_protection = true and turn it off only in the change that really removes the database."
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, SQL_INSTANCE)) {
      if (isSqlReplica(resource) || !isFalse(resource, "deletion_protection")) continue;
      const attr = resource.attr("deletion_protection");
      context.report({
        messageId: "off",
        data: { resource: resource.address },
        file: attr.file,
        range: attr.valueRange,
        resource: resource.address,
        fix: literalFix(resource, "deletion_protection", "true")
      });
    }
  }
});

// rules/gcp/gcp-sql-regional.ts
var gcp_sql_regional_default = defineRule({
  meta: {
    id: "gcp-sql-regional",
    category: "single-az-database",
    severity: "error",
    fixable: true,
    title: "Cloud SQL instances must be REGIONAL (high availability)",
    description: "A Cloud SQL primary whose settings.availability_type is ZONAL (the default) runs on one VM in one zone: a zone outage takes the database down until the zone returns. REGIONAL keeps a synchronous standby in a second zone and fails over automatically. Read replicas are not checked.",
    messages: {
      zonal: 'Cloud SQL instance {resource} is {availability}: its only copy lives in one zone, so a zone outage takes the database down. Set availability_type = "REGIONAL" for a standby in a second zone with automatic failover.',
      missing: 'Cloud SQL instance {resource} does not set availability_type, so it is ZONAL: its only copy lives in one zone, so a zone outage takes the database down. Set availability_type = "REGIONAL" in settings.',
      noSettings: 'Cloud SQL instance {resource} has no settings block, so it is ZONAL: a zone outage takes the database down. Add settings { availability_type = "REGIONAL" } with its tier.'
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, SQL_INSTANCE)) {
      if (isSqlReplica(resource)) continue;
      const settings = firstBlock(resource, "settings");
      if (!settings) {
        if (resource.blocks("clone").length > 0) continue;
        context.report({
          messageId: "noSettings",
          data: { resource: resource.address },
          file: resource.file,
          range: resource.headerRange,
          resource: resource.address
        });
        continue;
      }
      const attr = settings.attr("availability_type");
      const fix = literalFix(settings, "availability_type", '"REGIONAL"');
      if (!attr) {
        context.report({
          messageId: "missing",
          data: { resource: resource.address },
          file: settings.file,
          range: settings.headerRange,
          resource: resource.address,
          fix
        });
        continue;
      }
      const availability = enumValue(settings, "availability_type");
      if (availability === void 0 || availability === "REGIONAL") continue;
      context.report({
        messageId: "zonal",
        data: { resource: resource.address, availability },
        file: attr.file,
        range: attr.valueRange,
        resource: resource.address,
        fix
      });
    }
  }
});

// rules/gcp/lib/members.ts
var PUBLIC_MEMBERS = ["allUsers", "allAuthenticatedUsers"];
function isPublicMember(member) {
  return PUBLIC_MEMBERS.includes(member.trim());
}
function isPublicRoleEntity(roleEntity) {
  const colon = roleEntity.indexOf(":");
  return colon !== -1 && isPublicMember(roleEntity.slice(colon + 1));
}
function policyBindings(json) {
  let doc;
  try {
    doc = JSON.parse(json);
  } catch {
    return [];
  }
  if (doc === null || typeof doc !== "object") return [];
  const bindings = doc.bindings;
  if (!Array.isArray(bindings)) return [];
  return bindings.flatMap((b) => {
    if (b === null || typeof b !== "object") return [];
    const role = typeof b.role === "string" ? b.role : "";
    const members = b.members;
    return [{ role, members: Array.isArray(members) ? members.filter((m) => typeof m === "string") : [] }];
  });
}

// rules/gcp/lib/public-grants.ts
var IAM_MEMBER_TYPES = ["google_storage_bucket_iam_member", "google_storage_managed_folder_iam_member"];
var IAM_BINDING_TYPES = ["google_storage_bucket_iam_binding", "google_storage_managed_folder_iam_binding"];
var IAM_POLICY_TYPES = ["google_storage_bucket_iam_policy", "google_storage_managed_folder_iam_policy"];
var IAM_TYPES = [...IAM_MEMBER_TYPES, ...IAM_BINDING_TYPES, ...IAM_POLICY_TYPES];
var ACL_ENTITY_TYPES = [
  "google_storage_bucket_access_control",
  "google_storage_object_access_control",
  "google_storage_default_object_access_control"
];
var ACL_LIST_TYPES = [
  "google_storage_bucket_acl",
  "google_storage_object_acl",
  "google_storage_default_object_acl"
];
var PREDEFINED_ACL_ATTRS = {
  google_storage_bucket_acl: ["predefined_acl", "default_acl"],
  google_storage_object_acl: ["predefined_acl"],
  google_storage_bucket_object: ["predefined_acl"]
};
var ACL_TYPES = [.../* @__PURE__ */ new Set([...ACL_ENTITY_TYPES, ...ACL_LIST_TYPES, ...Object.keys(PREDEFINED_ACL_ATTRS)])];
var PUBLIC_PREDEFINED_ACLS = /* @__PURE__ */ new Set(["publicread", "publicreadwrite", "authenticatedread"]);
function isPublicPredefinedAcl(name) {
  return PUBLIC_PREDEFINED_ACLS.has(name.toLowerCase());
}
function publicIamGrants(stack, resource) {
  const role = asString(resource.value("role")) ?? "";
  if (IAM_MEMBER_TYPES.includes(resource.resourceType)) return memberGrants(resource, resource.attr("member"), role);
  if (IAM_BINDING_TYPES.includes(resource.resourceType)) return memberGrants(resource, resource.attr("members"), role);
  if (IAM_POLICY_TYPES.includes(resource.resourceType)) return policyGrants(stack, resource);
  return [];
}
function memberGrants(resource, attr, role) {
  if (!attr) return [];
  return knownStrings(attr.value).filter(isPublicMember).map((member) => ({
    resource,
    grantee: member.trim(),
    role,
    file: attr.file,
    range: valueOrLiteralRange(attr, (s) => s === member)
  }));
}
function policyGrants(stack, resource) {
  const attr = resource.attr("policy_data");
  if (!attr) return [];
  if (typeof attr.value === "string") {
    return policyBindings(attr.value).flatMap(
      (b) => b.members.filter(isPublicMember).map((member) => ({
        resource,
        grantee: member.trim(),
        role: b.role,
        file: attr.file,
        range: literalRange(attr.node.expr, (s) => s === member) ?? attr.valueRange
      }))
    );
  }
  return stack.referenced(attr, resource).filter((d) => d.mode === "data" && d.resourceType === "google_iam_policy").flatMap(
    (policy) => policy.blocks("binding").flatMap((binding) => {
      const members = binding.attr("members");
      const bindingRole = asString(binding.value("role")) ?? "";
      if (!members) return [];
      return memberGrants(resource, members, bindingRole);
    })
  );
}
function publicAclGrants(resource) {
  const grants = [];
  if (ACL_ENTITY_TYPES.includes(resource.resourceType)) {
    const entity = resource.attr("entity");
    const name = asString(entity?.value);
    if (entity && name !== void 0 && isPublicMember(name)) {
      grants.push({
        resource,
        grantee: name.trim(),
        role: asString(resource.value("role")) ?? "",
        file: entity.file,
        range: entity.valueRange
      });
    }
  }
  if (ACL_LIST_TYPES.includes(resource.resourceType)) {
    const list3 = resource.attr("role_entity");
    for (const entry of list3 ? knownStrings(list3.value) : []) {
      if (!list3 || !isPublicRoleEntity(entry)) continue;
      const [role, grantee] = entry.split(":", 2);
      grants.push({
        resource,
        grantee: grantee.trim(),
        role,
        file: list3.file,
        range: valueOrLiteralRange(list3, (s) => s === entry)
      });
    }
  }
  for (const name of PREDEFINED_ACL_ATTRS[resource.resourceType] ?? []) {
    const attr = resource.attr(name);
    const acl = asString(attr?.value);
    if (attr && acl !== void 0 && isPublicPredefinedAcl(acl)) {
      grants.push({ resource, grantee: acl, role: "", file: attr.file, range: attr.valueRange });
    }
  }
  return grants;
}

// rules/gcp/gcp-storage-public-access-prevention.ts
var gcp_storage_public_access_prevention_default = defineRule({
  meta: {
    id: "gcp-storage-public-access-prevention",
    category: "public-bucket",
    severity: "warning",
    fixable: true,
    title: "Cloud Storage buckets should enforce public access prevention",
    description: 'Without public_access_prevention = "enforced" (the default is "inherited" from the organization policy), one IAM binding or ACL to allUsers, from Terraform or a console click, publishes the bucket. Buckets configured as websites, and buckets the configuration itself makes public (reported by gcp-storage-public-iam / gcp-storage-public-acl), are not checked.',
    messages: {
      missing: 'Bucket {resource} does not set public_access_prevention, so it only inherits the organization policy: a single allUsers grant would publish it. Set public_access_prevention = "enforced".',
      notEnforced: 'Bucket {resource} sets public_access_prevention = "{value}": a single allUsers grant would publish it. Set public_access_prevention = "enforced".'
    }
  },
  check(project, context) {
    for (const { resource, stack } of resourcesOf(project, "google_storage_bucket")) {
      if (resource.blocks("website").length > 0 || isMadePublic(stack, resource)) continue;
      const attr = resource.attr("public_access_prevention");
      const fix = literalFix(resource, "public_access_prevention", '"enforced"');
      if (!attr) {
        context.report({
          messageId: "missing",
          data: { resource: resource.address },
          file: resource.file,
          range: resource.headerRange,
          resource: resource.address,
          fix
        });
        continue;
      }
      const value = asString(attr.value);
      if (value === void 0 || value.toLowerCase() === "enforced") continue;
      context.report({
        messageId: "notEnforced",
        data: { resource: resource.address, value },
        file: attr.file,
        range: attr.valueRange,
        resource: resource.address,
        fix
      });
    }
  }
});
function isMadePublic(stack, bucket) {
  const iam = IAM_TYPES.flatMap((type) => stack.referrers(bucket, type, "bucket"));
  if (iam.some((r) => publicIamGrants(stack, r).length > 0)) return true;
  const acl = ACL_TYPES.flatMap((type) => stack.referrers(bucket, type, "bucket"));
  return acl.some((r) => publicAclGrants(r).length > 0);
}

// rules/gcp/gcp-storage-public-acl.ts
var gcp_storage_public_acl_default = defineRule({
  meta: {
    id: "gcp-storage-public-acl",
    category: "public-bucket",
    severity: "error",
    title: "Cloud Storage ACLs must not grant allUsers or allAuthenticatedUsers",
    description: "Legacy ACL resources (bucket, object and default object access controls and ACLs) whose entity is allUsers or allAuthenticatedUsers, and predefined ACLs publicRead, publicReadWrite and authenticatedRead, expose a bucket or its objects to anyone on the internet.",
    messages: {
      entity: "{resource} gives {entity} {role} access: anyone on the internet can reach this bucket or its objects. Remove the entry, and prefer uniform bucket-level access with IAM granted to specific principals.",
      predefined: '{resource} applies the predefined ACL {acl}, which opens it to anyone on the internet. Use "private" or "projectPrivate", and prefer uniform bucket-level access.'
    }
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, ...ACL_TYPES)) {
      for (const grant of publicAclGrants(resource)) {
        const predefined = isPublicPredefinedAcl(grant.grantee);
        context.report({
          messageId: predefined ? "predefined" : "entity",
          data: { resource: resource.address, entity: grant.grantee, acl: grant.grantee, role: grant.role || "some" },
          file: grant.file,
          range: grant.range,
          resource: resource.address
        });
      }
    }
  }
});

// rules/gcp/gcp-storage-public-iam.ts
var gcp_storage_public_iam_default = defineRule({
  meta: {
    id: "gcp-storage-public-iam",
    category: "public-bucket",
    severity: "error",
    title: "Cloud Storage IAM must not grant allUsers or allAuthenticatedUsers",
    description: "A bucket (or managed folder) IAM member, binding or policy that grants any role to allUsers or allAuthenticatedUsers makes its objects readable, or writable, by anyone on the internet (allAuthenticatedUsers is any Google account, not your organisation). Policies are read from jsonencode, heredoc JSON and google_iam_policy data sources.",
    messages: {
      public: "{resource} grants {role} on {target} to {member}: anyone on the internet can use that role on its objects. Grant the role to specific principals, or serve public content through Cloud CDN or signed URLs."
    }
  },
  check(project, context) {
    for (const { resource, stack } of resourcesOf(project, ...IAM_TYPES)) {
      const target = asString(resource.value("bucket")) ?? resource.address;
      for (const grant of publicIamGrants(stack, resource)) {
        context.report({
          messageId: "public",
          data: { resource: resource.address, role: grant.role || "a role", target, member: grant.grantee },
          file: grant.file,
          range: grant.range,
          resource: resource.address
        });
      }
    }
  }
});

// rules/gcp/index.ts
var rules3 = [
  gcp_sql_regional_default,
  gcp_redis_standard_ha_default,
  gcp_alloydb_regional_default,
  gcp_memorystore_cluster_replicas_default,
  gcp_storage_public_iam_default,
  gcp_storage_public_acl_default,
  gcp_storage_public_access_prevention_default,
  gcp_sql_backups_default,
  gcp_sql_deletion_protection_default,
  gcp_gke_zonal_cluster_default,
  gcp_gke_single_zone_nodes_default,
  gcp_lb_single_zone_backends_default
];

// src/parse/yaml/ast.ts
function yget(node, key) {
  if (!node || node.kind !== "map") return void 0;
  for (const p of node.pairs) if (p.key.kind === "scalar" && String(p.key.value) === key) return p.value;
  return void 0;
}
function ypair(node, key) {
  if (!node || node.kind !== "map") return void 0;
  for (const p of node.pairs) if (p.key.kind === "scalar" && String(p.key.value) === key) return p;
  return void 0;
}
function ypath(node, ...path2) {
  let cur = node ?? void 0;
  for (const step of path2) {
    if (!cur) return void 0;
    if (typeof step === "number") cur = cur.kind === "seq" ? cur.items[step] : void 0;
    else cur = yget(cur, step);
  }
  return cur;
}
function toJS(node) {
  if (!node) return void 0;
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toJS);
    case "map": {
      const out = {};
      for (const p of node.pairs) if (p.key.kind === "scalar") out[String(p.key.value)] = toJS(p.value);
      return out;
    }
  }
}

// rules/kubernetes/lib/resources.ts
var RESOURCE_NAMES = ["cpu", "memory"];
var DEFAULT_FIX_VALUES = { cpu: "500m", memory: "2Gi" };
var defaultResourceOptions = {
  require: ["cpu", "memory"],
  requireRequests: true,
  requireLimits: true,
  fixValues: DEFAULT_FIX_VALUES
};
var resourceOptionsSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    require: { type: "array", items: { enum: ["cpu", "memory"] }, uniqueItems: true },
    requireRequests: { type: "boolean" },
    requireLimits: { type: "boolean" },
    fixValues: {
      type: "object",
      additionalProperties: false,
      properties: { cpu: { type: "string", minLength: 1 }, memory: { type: "string", minLength: 1 } }
    }
  }
};
function resolveResourceOptions(options) {
  const o = options ?? {};
  return {
    require: Array.isArray(o.require) ? o.require.filter((r) => r === "cpu" || r === "memory") : defaultResourceOptions.require,
    requireRequests: o.requireRequests ?? true,
    requireLimits: o.requireLimits ?? true,
    fixValues: { ...DEFAULT_FIX_VALUES, ...o.fixValues ?? {} }
  };
}
function requiredNeeds(options) {
  const needs = [];
  for (const r of RESOURCE_NAMES) {
    if (!options.require.includes(r)) continue;
    if (options.requireRequests) needs.push(`${r}-request`);
    if (options.requireLimits) needs.push(`${r}-limit`);
  }
  return needs;
}
function missingNeeds(required, declared, covered = /* @__PURE__ */ new Set()) {
  const missing = [];
  const defaulted = [];
  for (const need of required) {
    const [res, setting2] = need.split("-");
    const has = declared(need) || setting2 === "request" && declared(`${res}-limit`);
    if (has) continue;
    if (covered.has(need)) defaulted.push(need);
    else missing.push(need);
  }
  return { missing, defaulted };
}
var LABEL = {
  "cpu-request": "CPU request",
  "cpu-limit": "CPU limit",
  "memory-request": "memory request",
  "memory-limit": "memory limit"
};
function describeNeeds(needs) {
  const words = needs.map((n) => LABEL[n]);
  return words.length <= 1 ? words[0] ?? "" : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function consequenceOf(needs) {
  const requests = needs.some((n) => n.endsWith("-request"));
  const limits = needs.some((n) => n.endsWith("-limit"));
  if (requests && limits)
    return "the scheduler cannot place it by what it needs, and one leak can starve every pod on its node";
  if (requests)
    return "the scheduler places it as if it needed nothing, so its node can be overcommitted and pods evicted under pressure";
  return "nothing caps it, so one leak or runaway loop can starve every pod on its node";
}
function coveredByDefaults(defaultLimits, defaultRequests) {
  const covered = /* @__PURE__ */ new Set();
  for (const r of defaultLimits) if (r === "cpu" || r === "memory") covered.add(`${r}-limit`).add(`${r}-request`);
  for (const r of defaultRequests) if (r === "cpu" || r === "memory") covered.add(`${r}-request`);
  return covered;
}

// rules/kubernetes/lib/container-resources.ts
var SECTION = { request: "requests", limit: "limits" };
function resourceValue(container, need) {
  const [res, setting2] = need.split("-");
  const node = ypath(container.node, "resources", SECTION[setting2], res);
  if (!node) return void 0;
  if (node.kind === "scalar" && (node.value === null || node.value === "")) return void 0;
  return node;
}
function declares(container) {
  return (need) => resourceValue(container, need) !== void 0;
}
function limitRangeDefaults(project) {
  const byNs = /* @__PURE__ */ new Map();
  for (const obj2 of project.objects) {
    if (obj2.kind !== "LimitRange") continue;
    const limits = ypath(obj2.root, "spec", "limits");
    if (limits?.kind !== "seq") continue;
    let covered = /* @__PURE__ */ new Set();
    for (const item2 of limits.items) {
      const type = yget(item2, "type");
      if (type?.kind !== "scalar" || type.value !== "Container") continue;
      covered = /* @__PURE__ */ new Set([
        ...covered,
        ...coveredByDefaults(mapKeys(yget(item2, "default")), mapKeys(yget(item2, "defaultRequest")))
      ]);
    }
    if (covered.size === 0) continue;
    const entry = byNs.get(obj2.namespace) ?? { covered: /* @__PURE__ */ new Set(), names: [] };
    for (const n of covered) entry.covered.add(n);
    entry.names.push(obj2.name);
    byNs.set(obj2.namespace, entry);
  }
  return byNs;
}
function mapKeys(node) {
  if (node?.kind !== "map") return [];
  return node.pairs.filter((p) => p.key.kind === "scalar" && !(p.value.kind === "scalar" && p.value.value === null)).map((p) => String(p.key.value));
}
function allContainers(obj2) {
  if (!obj2.pod) return [];
  return [...obj2.pod.initContainers, ...obj2.pod.containers].sort(
    (a, b) => a.headerRange.start.offset - b.headerRange.start.offset
  );
}

// src/parse/source.ts
var SourceFile = class {
  constructor(path2, text) {
    this.path = path2;
    this.text = text;
    let n = 1;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
    const starts = new Uint32Array(n);
    n = 1;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts[n++] = i + 1;
    this.lineStarts = starts;
  }
  path;
  text;
  /** Offsets at which each line starts; lineStarts[0] === 0. A typed array: one per file, kept for the whole run. */
  lineStarts;
  /** Line (0-based) of the last answer: lookups come mostly in source order. */
  lastLine = 0;
  get lineCount() {
    return this.lineStarts.length;
  }
  pos(offset) {
    const o = offset < 0 ? 0 : offset > this.text.length ? this.text.length : offset;
    const starts = this.lineStarts;
    let line = this.lastLine;
    if (!(starts[line] <= o && (line + 1 === starts.length || starts[line + 1] > o))) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      line = this.lastLine = lo;
    }
    return { line: line + 1, column: o - starts[line] + 1, offset: o };
  }
  /**
   * The same range as `range()`, with its positions computed when read. Parsers give
   * every node one of these: most node ranges are never read, and three fields cost a
   * third of a range object and its two positions.
   */
  span(startOffset2, endOffset2) {
    return new Span(this, startOffset2, endOffset2);
  }
  range(startOffset2, endOffset2) {
    return { start: this.pos(startOffset2), end: this.pos(endOffset2) };
  }
  /** Offset of the first character of a 1-based line. */
  lineStart(line) {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }
  /** Text of a 1-based line without its line break. */
  lineText(line) {
    const start = this.lineStart(line);
    const next = line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
    let end = next;
    if (end > start && this.text[end - 1] === "\n") end--;
    if (end > start && this.text[end - 1] === "\r") end--;
    return this.text.slice(start, end);
  }
  /** Leading whitespace of a 1-based line. */
  indentOf(line) {
    return /^[ \t]*/.exec(this.lineText(line))[0];
  }
};
function pointRange(p) {
  return { start: p, end: p };
}
var Span = class {
  #file;
  #start;
  #end;
  constructor(file, start, end) {
    this.#file = file;
    this.#start = start;
    this.#end = end;
  }
  get start() {
    return this.#file.pos(this.#start);
  }
  get end() {
    return this.#file.pos(this.#end);
  }
  toJSON() {
    return { start: this.start, end: this.end };
  }
  /** Offsets without building positions (hot paths in parsers and models). */
  static startOffset(r) {
    return #start in r ? r.#start : r.start.offset;
  }
  static endOffset(r) {
    return #end in r ? r.#end : r.end.offset;
  }
};
var startOffset = Span.startOffset;
var endOffset = Span.endOffset;

// rules/kubernetes/lib/yaml-edit.ts
function indentStep(obj2) {
  const meta = obj2.metadata;
  const rootCol = obj2.root.pairs[0]?.key.range.start.column ?? 1;
  const first = meta && !meta.flow ? meta.pairs[0] : void 0;
  const step = first ? first.key.range.start.column - rootCol : 2;
  return " ".repeat(step > 0 && step <= 8 ? step : 2);
}
function eol(file) {
  return file.text.includes("\r\n") ? "\r\n" : "\n";
}
function renderTree(tree, indent, step) {
  const out = [];
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string") out.push(`${indent}${k}: ${v}`);
    else out.push(`${indent}${k}:`, ...renderTree(v, indent + step, step));
  }
  return out;
}
function keyIndent(file, map) {
  if (map.flow || map.pairs.length === 0) return void 0;
  const col = map.pairs[0].key.range.start.column;
  return " ".repeat(col - 1);
}
function insertBeforeFirstKey(file, map, lines) {
  const indent = keyIndent(file, map);
  if (indent === void 0) return void 0;
  const line = map.pairs[0].key.range.start.line;
  if (file.indentOf(line) !== indent) return void 0;
  return insertBeforeLine(file, line, lines);
}
function insertBeforeLine(file, line, lines) {
  const nl = eol(file);
  return { file, range: pointRange(file.pos(file.lineStart(line))), text: lines.map((l) => l + nl).join("") };
}
function insertAfterLine(file, line, lines) {
  const nl = eol(file);
  if (line < file.lineCount) return insertBeforeLine(file, line + 1, lines);
  return { file, range: pointRange(file.pos(file.text.length)), text: lines.map((l) => nl + l).join("") };
}
function replaceEmptyValue(file, pair2, lines) {
  if (!isEmptyValue(pair2.value)) return void 0;
  const nl = eol(file);
  const v = pair2.value.range;
  const keyEnd = pair2.key.range.end.offset;
  let end;
  if (v.end.offset > v.start.offset && v.end.line === pair2.key.range.end.line) end = v.end.offset;
  else {
    const colon = file.text.indexOf(":", keyEnd);
    if (colon === -1 || file.text.slice(keyEnd, colon).trim() !== "") return void 0;
    end = colon + 1;
  }
  return { file, range: file.range(keyEnd, end), text: ":" + lines.map((l) => nl + l).join("") };
}
function isEmptyValue(node) {
  if (node.kind === "scalar") return node.value === null && node.style === "plain";
  return node.flow && (node.kind === "map" ? node.pairs.length === 0 : node.items.length === 0);
}
function isSingleLineScalarPair(pair2) {
  return pair2.value.kind === "scalar" && pair2.value.style !== "literal" && pair2.value.style !== "folded" && pair2.key.range.start.line === pair2.value.range.end.line;
}
function scalarText(s) {
  if (s.style === "double") return JSON.stringify(s.source);
  if (s.style === "single") return `'${s.source.replace(/'/g, "''")}'`;
  return s.source;
}
function yamlString(s) {
  const plainSafe = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/.test(s) && !/^(true|false|yes|no|on|off|null|~|y|n)$/i.test(s) && !/^[-+.]?\d/.test(s);
  return plainSafe ? s : JSON.stringify(s);
}
function seqIndent(keyColumn, firstItemKeyColumn, step) {
  if (firstItemKeyColumn === void 0) return step;
  const dashColumn = firstItemKeyColumn - 2;
  return dashColumn >= keyColumn ? " ".repeat(dashColumn - keyColumn) : step;
}
function renderSeqItem(tree, dashIndent, step) {
  const inner = dashIndent + "  ";
  return renderTree(tree, inner, step).map((l, i) => i === 0 ? `${dashIndent}- ${l.slice(inner.length)}` : l);
}

// rules/kubernetes/lib/resources-fix.ts
var SECTION2 = { request: "requests", limit: "limits" };
function missingTree(container, missing, options) {
  const tree = { requests: {}, limits: {} };
  for (const setting2 of ["request", "limit"]) {
    for (const need of missing) {
      const [res, s] = need.split("-");
      if (s !== setting2) continue;
      const request = setting2 === "limit" ? resourceValue(container, `${res}-request`) : void 0;
      tree[SECTION2[setting2]][res] = request?.kind === "scalar" ? scalarText(request) : options.fixValues[res];
    }
  }
  return tree;
}
function resourcesEdits(obj2, container, missing, options) {
  const file = obj2.file;
  const step = indentStep(obj2);
  const want = missingTree(container, missing, options);
  const sections = ["requests", "limits"].filter((s) => Object.keys(want[s]).length > 0);
  const node = container.node;
  const indent = keyIndent(file, node);
  if (indent === void 0) return void 0;
  const resPair = ypair(node, "resources");
  if (!resPair) {
    const anchor = [ypair(node, "image"), ypair(node, "name"), ...node.pairs].find(
      (p) => p && isSingleLineScalarPair(p)
    );
    if (!anchor) return void 0;
    const tree = { resources: pick(want, sections) };
    return [insertAfterLine(file, anchor.value.range.end.line, renderTree(tree, indent, step))];
  }
  if (isEmptyValue(resPair.value)) {
    const edit = replaceEmptyValue(file, resPair, renderTree(pick(want, sections), indent + step, step));
    return edit && [edit];
  }
  const res = resPair.value;
  if (res.kind !== "map" || res.flow) return void 0;
  const resIndent = keyIndent(file, res);
  if (resIndent === void 0) return void 0;
  const edits = [];
  for (const section of sections) {
    const pair2 = ypair(res, section);
    let edit;
    if (!pair2) edit = insertBeforeFirstKey(file, res, renderTree({ [section]: want[section] }, resIndent, step));
    else if (isEmptyValue(pair2.value))
      edit = replaceEmptyValue(file, pair2, renderTree(want[section], resIndent + step, step));
    else if (pair2.value.kind === "map" && !pair2.value.flow) edit = insertIntoMap(file, pair2.value, want[section], step);
    if (!edit) return void 0;
    edits.push(edit);
  }
  return edits;
}
function insertIntoMap(file, map, entries, step) {
  const indent = keyIndent(file, map);
  if (indent === void 0 || Object.keys(entries).some((k) => ypair(map, k))) return void 0;
  return insertBeforeFirstKey(file, map, renderTree(entries, indent, step));
}
function pick(want, sections) {
  const out = {};
  for (const s of sections) out[s] = want[s];
  return out;
}

// rules/kubernetes/k8s-container-resource-limits.ts
var k8s_container_resource_limits_default = defineRule({
  meta: {
    id: "k8s-container-resource-limits",
    category: "missing-resource-limits",
    severity: "error",
    fixable: true,
    title: "Containers must set CPU and memory requests and limits",
    description: "Checks that every container and init container of every Kubernetes workload (plain manifests and Helm output) sets CPU and memory requests and limits, or gets them from a LimitRange in its namespace. Without requests the scheduler places pods blindly and overcommits nodes; without limits one leaking container can starve or OOM-kill its neighbours on the node.",
    messages: {
      missing: "{role} `{container}` of {kind} `{name}` has no {missing}: {consequence}. Set them under `resources:`.",
      missingPartlyDefaulted: "{role} `{container}` of {kind} `{name}` has no {missing}; LimitRange `{limitRanges}` only defaults its {defaulted}. Set the rest under `resources:` so one leak cannot starve the node."
    },
    optionsSchema: resourceOptionsSchema,
    defaultOptions: { require: ["cpu", "memory"], requireRequests: true, requireLimits: true }
  },
  check(project, context) {
    const options = resolveResourceOptions(context.options);
    const required = requiredNeeds(options);
    if (required.length === 0) return;
    const defaults2 = limitRangeDefaults(project.kubernetes);
    for (const obj2 of project.kubernetes.objects) {
      const nsDefaults = defaults2.get(obj2.namespace);
      for (const container of allContainers(obj2)) {
        const { missing, defaulted } = missingNeeds(required, declares(container), nsDefaults?.covered);
        if (missing.length === 0) continue;
        const edits = resourcesEdits(obj2, container, missing, options);
        context.report({
          messageId: defaulted.length > 0 ? "missingPartlyDefaulted" : "missing",
          data: {
            role: container.init ? "Init container" : "Container",
            container: container.name,
            kind: obj2.kind,
            name: obj2.name,
            missing: describeNeeds(missing),
            consequence: consequenceOf(missing),
            defaulted: describeNeeds(defaulted),
            limitRanges: nsDefaults?.names.join("`, `") ?? ""
          },
          file: obj2.file,
          range: container.headerRange,
          resource: obj2.id,
          fix: edits && { description: fixDescription(missing), edits }
        });
      }
    }
  }
});
function fixDescription(missing) {
  return `Add the container's ${describeNeeds(missing)} (sizes to review against its real usage)`;
}

// rules/kubernetes/lib/databases.ts
var ENGINES = {
  postgres: "PostgreSQL",
  postgresql: "PostgreSQL",
  "postgresql-repmgr": "PostgreSQL",
  postgis: "PostgreSQL",
  timescaledb: "PostgreSQL",
  "timescaledb-ha": "PostgreSQL",
  pgvector: "PostgreSQL",
  mysql: "MySQL",
  "mysql-server": "MySQL",
  "percona-server": "MySQL",
  mariadb: "MariaDB",
  "mariadb-galera": "MariaDB",
  mongo: "MongoDB",
  mongodb: "MongoDB",
  "mongodb-community-server": "MongoDB",
  "mongodb-enterprise-server": "MongoDB",
  "percona-server-mongodb": "MongoDB",
  redis: "Redis",
  "redis-stack": "Redis",
  "redis-stack-server": "Redis",
  "redis-cluster": "Redis",
  valkey: "Valkey",
  "valkey-cluster": "Valkey",
  keydb: "KeyDB",
  cassandra: "Cassandra",
  scylla: "ScyllaDB",
  elasticsearch: "Elasticsearch",
  opensearch: "OpenSearch",
  etcd: "etcd",
  zookeeper: "ZooKeeper",
  "cp-zookeeper": "ZooKeeper",
  kafka: "Kafka",
  "cp-kafka": "Kafka",
  "cp-server": "Kafka",
  rabbitmq: "RabbitMQ",
  cockroach: "CockroachDB",
  clickhouse: "ClickHouse",
  "clickhouse-server": "ClickHouse",
  neo4j: "Neo4j",
  couchdb: "CouchDB",
  "couchbase-server": "Couchbase",
  influxdb: "InfluxDB",
  minio: "MinIO"
};
var PATH_ENGINES = {
  "mssql/server": "SQL Server",
  "cockroachdb/cockroach": "CockroachDB"
};
function imageRepository(image) {
  const noDigest = image.split("@")[0];
  const lastSlash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  return (colon > lastSlash ? noDigest.slice(0, colon) : noDigest).trim().toLowerCase();
}
function databaseEngine(image) {
  if (!image) return void 0;
  const segments = imageRepository(image).split("/");
  const last = segments[segments.length - 1];
  const lastTwo = segments.slice(-2).join("/");
  return PATH_ENGINES[lastTwo] ?? (Object.hasOwn(ENGINES, last) ? ENGINES[last] : void 0);
}
function databaseContainer(obj2) {
  for (const c of obj2.pod?.containers ?? []) {
    const engine = databaseEngine(c.image);
    if (engine && c.image) return { engine, image: c.image, name: c.name };
  }
  return void 0;
}

// rules/kubernetes/lib/workloads.ts
var REPLICATED_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "ReplicaSet"]);
function replicasOf(obj2) {
  if (!REPLICATED_KINDS.has(obj2.kind) || !obj2.pod) return void 0;
  const node = ypath(obj2.root, "spec", "replicas");
  if (!node || node.kind === "scalar" && node.value === null) return { count: 1 };
  if (node.kind === "scalar" && typeof node.value === "number" && Number.isInteger(node.value))
    return { count: node.value, node };
  return void 0;
}
function selectorLabels(obj2) {
  const selector = ypath(obj2.root, "spec", "selector");
  if (selector?.kind === "map" && selector.pairs.length === 1) {
    const labels2 = toJS(ypath(selector, "matchLabels"));
    if (isStringRecord(labels2) && Object.keys(labels2).length > 0) return labels2;
  }
  const labels = obj2.pod?.labels;
  return labels && Object.keys(labels).length > 0 ? labels : void 0;
}
function isStringRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");
}
function specMap(obj2) {
  const spec = ypath(obj2.root, "spec");
  return spec?.kind === "map" ? spec : void 0;
}
function intValue(node) {
  const s = node;
  if (s?.kind !== "scalar" || typeof s.value !== "number" || !Number.isInteger(s.value)) return void 0;
  return s.value;
}

// rules/kubernetes/k8s-database-single-replica.ts
var k8s_database_single_replica_default = defineRule({
  meta: {
    id: "k8s-database-single-replica",
    category: "single-az-database",
    severity: "error",
    title: "Database workloads must not run a single replica",
    description: "Flags StatefulSets, Deployments and ReplicaSets whose containers run a database or other stateful data service (PostgreSQL, MySQL, MongoDB, Redis, Kafka, Elasticsearch, etcd, ... recognised by image repository name) with one replica. A single pod lives on one node in one zone, usually with a zonal volume: losing the node or the zone loses the service, and possibly the data.",
    messages: {
      single: "{kind} `{name}` runs {engine} (`{image}`) as a single replica: when its node or zone fails the database is down, and its zonal volume cannot follow it to another zone. Run a replicated topology across zones (an operator such as CloudNativePG, or the chart's replication mode) or a managed multi-AZ database."
    }
  },
  check(project, context) {
    for (const obj2 of project.kubernetes.objects) {
      const replicas = replicasOf(obj2);
      if (!replicas || replicas.count !== 1) continue;
      const db = databaseContainer(obj2);
      if (!db) continue;
      context.report({
        messageId: "single",
        data: { kind: obj2.kind, name: obj2.name, engine: db.engine, image: db.image },
        file: obj2.file,
        range: replicas.node?.range ?? obj2.headerRange,
        resource: obj2.id
      });
    }
  }
});

// rules/kubernetes/lib/autoscalers.ts
function targetKey(namespace, kind, name) {
  return `${namespace}/${kind}/${name}`;
}
function isHpa(obj2) {
  return obj2.kind === "HorizontalPodAutoscaler" && obj2.apiVersion.startsWith("autoscaling/");
}
function hpaTarget(hpa, project) {
  const kind = scalar2(ypath(hpa.root, "spec", "scaleTargetRef", "kind"));
  const name = scalar2(ypath(hpa.root, "spec", "scaleTargetRef", "name"));
  if (!kind || !name) return void 0;
  return project.objects.find((o) => o.kind === kind && o.name === name && o.namespace === hpa.namespace && o.pod);
}
function autoscalerIndex(project) {
  const index = /* @__PURE__ */ new Map();
  const add = (key, a) => index.set(key, [...index.get(key) ?? [], a]);
  for (const obj2 of project.objects) {
    const ref = ypath(obj2.root, "spec", "scaleTargetRef");
    if (isHpa(obj2)) {
      const kind = scalar2(ypath(ref, "kind"));
      const name = scalar2(ypath(ref, "name"));
      const min = ypath(obj2.root, "spec", "minReplicas");
      if (kind && name) add(targetKey(obj2.namespace, kind, name), { obj: obj2, minReplicas: min ? intValue(min) : 1 });
    } else if (obj2.kind === "ScaledObject" && obj2.apiVersion.startsWith("keda.sh/")) {
      const kind = scalar2(ypath(ref, "kind")) ?? "Deployment";
      const name = scalar2(ypath(ref, "name"));
      const min = ypath(obj2.root, "spec", "minReplicaCount");
      if (name) add(targetKey(obj2.namespace, kind, name), { obj: obj2, minReplicas: min ? intValue(min) : 0 });
    }
  }
  return (obj2) => index.get(targetKey(obj2.namespace, obj2.kind, obj2.name)) ?? [];
}
function scalar2(node) {
  return node?.kind === "scalar" && typeof node.value === "string" && node.value !== "" ? node.value : void 0;
}
function guaranteedReplicas(obj2, scalers) {
  if (scalers.length > 0) {
    const mins = scalers.map((s) => s.minReplicas);
    return mins.some((m) => m === void 0) ? void 0 : Math.min(...mins);
  }
  return replicasOf(obj2)?.count;
}

// rules/kubernetes/k8s-hpa-missing-cpu-request.ts
var k8s_hpa_missing_cpu_request_default = defineRule({
  meta: {
    id: "k8s-hpa-missing-cpu-request",
    category: "availability",
    severity: "error",
    title: "HPAs scaling on CPU utilization need CPU requests on their target",
    description: "Flags HorizontalPodAutoscalers that scale on CPU utilization (a v2 `Resource` or `ContainerResource` metric on `cpu` with a `Utilization` target, v1 `targetCPUUtilizationPercentage`, or no metric at all, which defaults to 80% CPU) when a container of the target workload has no CPU request (and no LimitRange default). Utilization is a percentage of the request: without it the HPA reports the metric as unavailable and never scales, so the workload cannot absorb a traffic spike.",
    messages: {
      noRequest: "HorizontalPodAutoscaler `{name}` scales {kind} `{target}` on CPU utilization, but {containers} {verb} no CPU request: utilization is a percentage of the request, so the HPA cannot compute it and never scales. Set `resources.requests.cpu` on {them}.",
      noRequestDefault: "HorizontalPodAutoscaler `{name}` has no metrics, so it scales {kind} `{target}` on the default 80% CPU utilization, but {containers} {verb} no CPU request: the HPA cannot compute utilization and never scales. Set `resources.requests.cpu` on {them}, or declare the metric you mean."
    }
  },
  check(project, context) {
    const defaults2 = limitRangeDefaults(project.kubernetes);
    for (const hpa of project.kubernetes.objects) {
      if (!isHpa(hpa)) continue;
      const target = hpaTarget(hpa, project.kubernetes);
      if (!target?.pod) continue;
      const covered = defaults2.get(target.namespace)?.covered;
      const lacking = (c) => missingNeeds(["cpu-request"], declares(c), covered).missing.length > 0;
      for (const metric of cpuMetrics(hpa)) {
        const measured = metric.container === void 0 ? target.pod.containers : target.pod.containers.filter((c) => c.name === metric.container);
        const without = measured.filter(lacking);
        if (without.length === 0) continue;
        const names = without.map((c) => `\`${c.name}\``);
        context.report({
          messageId: metric.implicit ? "noRequestDefault" : "noRequest",
          data: {
            name: hpa.name,
            kind: target.kind,
            target: target.name,
            containers: `${without.length === 1 ? "container" : "containers"} ${names.join(", ")}`,
            verb: without.length === 1 ? "has" : "have",
            them: without.length === 1 ? "it" : "each of them"
          },
          file: hpa.file,
          range: metric.range,
          resource: hpa.id
        });
      }
    }
  }
});
function scalarIs(node, value) {
  return node?.kind === "scalar" && node.value === value;
}
function cpuMetrics(hpa) {
  const spec = ypath(hpa.root, "spec");
  if (hpa.apiVersion === "autoscaling/v1") {
    const target = yget(spec, "targetCPUUtilizationPercentage");
    return [{ range: target?.range ?? hpa.headerRange, implicit: !target }];
  }
  const metrics = yget(spec, "metrics");
  if (!metrics || metrics.kind === "seq" && metrics.items.length === 0)
    return [{ range: hpa.headerRange, implicit: true }];
  if (metrics.kind !== "seq") return [];
  const out = [];
  for (const m of metrics.items) {
    const type = yget(m, "type");
    const source = scalarIs(type, "Resource") ? yget(m, "resource") : scalarIs(type, "ContainerResource") ? yget(m, "containerResource") : void 0;
    if (!source || !scalarIs(yget(source, "name"), "cpu")) continue;
    const utilization = scalarIs(ypath(source, "target", "type"), "Utilization") ? ypath(source, "target", "averageUtilization") ?? ypath(source, "target", "type") : yget(source, "targetAverageUtilization");
    if (!utilization) continue;
    const container = yget(source, "container");
    out.push({
      range: utilization.range,
      container: container?.kind === "scalar" ? String(container.value) : void 0,
      implicit: false
    });
  }
  return out;
}

// rules/kubernetes/lib/probes.ts
var CONTROLLED_KINDS = /* @__PURE__ */ new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController"
]);
function probeRule(spec) {
  return defineRule({
    meta: {
      id: spec.id,
      category: "availability",
      severity: "warning",
      title: spec.title,
      description: spec.description,
      messages: { missing: spec.message }
    },
    check(project, context) {
      for (const obj2 of project.kubernetes.objects) {
        if (!obj2.pod || !CONTROLLED_KINDS.has(obj2.kind)) continue;
        for (const container of obj2.pod.containers) {
          const probe = yget(container.node, spec.probe);
          if (probe && !(probe.kind === "scalar" && probe.value === null)) continue;
          context.report({
            messageId: "missing",
            data: { container: container.name, kind: obj2.kind, name: obj2.name },
            file: obj2.file,
            range: container.headerRange,
            resource: obj2.id
          });
        }
      }
    }
  });
}

// rules/kubernetes/k8s-missing-liveness-probe.ts
var k8s_missing_liveness_probe_default = probeRule({
  id: "k8s-missing-liveness-probe",
  probe: "livenessProbe",
  title: "Long-running containers should have a liveness probe",
  description: "Flags containers of long-running workloads (Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers; not Jobs, CronJobs, bare Pods or init containers) without a `livenessProbe`. A process that hangs without exiting (deadlock, exhausted pool, stuck event loop) is never restarted, and its replica is silently lost until someone notices.",
  message: "Container `{container}` of {kind} `{name}` has no liveness probe: if it hangs without exiting, Kubernetes never restarts it and the replica is silently lost. Add a `livenessProbe` on a cheap endpoint that fails only when the process is stuck."
});

// rules/kubernetes/lib/selectors.ts
function selects(selector, labels) {
  if (!selector) return false;
  if (selector.kind !== "map") return void 0;
  const matchLabels = toJS(yget(selector, "matchLabels"));
  if (matchLabels !== void 0 && matchLabels !== null) {
    if (typeof matchLabels !== "object" || Array.isArray(matchLabels)) return void 0;
    for (const [k, v] of Object.entries(matchLabels)) if (labels[k] !== String(v)) return false;
  }
  const exprs = toJS(yget(selector, "matchExpressions"));
  if (exprs !== void 0 && exprs !== null) {
    if (!Array.isArray(exprs)) return void 0;
    for (const e of exprs) {
      const r = matchesExpression(e, labels);
      if (r !== true) return r;
    }
  }
  return true;
}
function matchesExpression(e, labels) {
  if (typeof e !== "object" || e === null) return void 0;
  const { key, operator, values } = e;
  if (typeof key !== "string") return void 0;
  const vals = Array.isArray(values) ? values.map(String) : [];
  const has = Object.hasOwn(labels, key);
  switch (operator) {
    case "In":
      return has && vals.includes(labels[key]);
    case "NotIn":
      return !has || !vals.includes(labels[key]);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
    default:
      return void 0;
  }
}

// rules/kubernetes/k8s-missing-pdb.ts
var k8s_missing_pdb_default = defineRule({
  meta: {
    id: "k8s-missing-pdb",
    category: "availability",
    severity: "warning",
    fixable: true,
    title: "Multi-replica workloads should have a PodDisruptionBudget",
    description: "Flags Deployments, StatefulSets and ReplicaSets that run at least 2 replicas (or whose autoscaler keeps at least 2) when no PodDisruptionBudget in their namespace selects their pods. Voluntary disruptions (node drains, cluster upgrades, autoscaler scale-down) may then evict every replica at the same time, turning routine maintenance into an outage.",
    messages: {
      missing: "{kind} `{name}` runs {replicas} replicas but no PodDisruptionBudget selects its pods: a node drain or cluster upgrade can evict all of them at once. Add a PodDisruptionBudget with `maxUnavailable: 1` for its labels."
    }
  },
  check(project, context) {
    const autoscalers = autoscalerIndex(project.kubernetes);
    const pdbs = pdbsByNamespace(project.kubernetes);
    for (const obj2 of project.kubernetes.objects) {
      if (!REPLICATED_KINDS.has(obj2.kind) || !obj2.pod) continue;
      const replicas = guaranteedReplicas(obj2, autoscalers(obj2));
      if (replicas === void 0 || replicas < 2) continue;
      if (hasPdb(pdbs.get(obj2.namespace), obj2)) continue;
      const edits = pdbEdits(obj2);
      context.report({
        messageId: "missing",
        data: { kind: obj2.kind, name: obj2.name, replicas },
        file: obj2.file,
        range: obj2.headerRange,
        resource: obj2.id,
        fix: edits && { description: "Add a PodDisruptionBudget allowing one voluntary eviction at a time", edits }
      });
    }
  }
});
function pdbsByNamespace(project) {
  const out = /* @__PURE__ */ new Map();
  for (const obj2 of project.objects) {
    if (obj2.kind !== "PodDisruptionBudget") continue;
    const list3 = out.get(obj2.namespace);
    if (list3) list3.push(obj2);
    else out.set(obj2.namespace, [obj2]);
  }
  return out;
}
function hasPdb(pdbs, obj2) {
  return (pdbs ?? []).some((pdb) => selects(ypath(pdb.root, "spec", "selector"), obj2.pod.labels) !== false);
}
function pdbEdits(obj2) {
  const labels = selectorLabels(obj2);
  if (!labels || obj2.root.flow || obj2.doc.root !== obj2.root) return void 0;
  const step = indentStep(obj2);
  const metadata = { name: yamlString(obj2.name) };
  if (ypath(obj2.metadata, "namespace")) metadata.namespace = yamlString(obj2.namespace);
  const matchLabels = {};
  for (const [k, v] of Object.entries(labels)) matchLabels[yamlString(k)] = yamlString(v);
  const tree = {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata,
    spec: { maxUnavailable: "1", selector: { matchLabels } }
  };
  const lastLine = obj2.file.pos(Math.max(obj2.root.range.start.offset, obj2.root.range.end.offset - 1)).line;
  return [insertAfterLine(obj2.file, lastLine, ["---", ...renderTree(tree, "", step)])];
}

// rules/kubernetes/k8s-missing-readiness-probe.ts
var k8s_missing_readiness_probe_default = probeRule({
  id: "k8s-missing-readiness-probe",
  probe: "readinessProbe",
  title: "Long-running containers should have a readiness probe",
  description: "Flags containers of long-running workloads (Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers; not Jobs, CronJobs, bare Pods or init containers) without a `readinessProbe`. Kubernetes then counts a pod as ready the moment its process starts: Services send it traffic before it can serve, and a rolling update replaces healthy pods with broken ones without stopping.",
  message: "Container `{container}` of {kind} `{name}` has no readiness probe: it gets traffic as soon as it starts, and a rollout of a broken version replaces every healthy pod without pausing. Add a `readinessProbe` that checks it can actually serve."
});

// rules/kubernetes/k8s-missing-zone-spread.ts
var ZONE_KEYS = /* @__PURE__ */ new Set(["topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone"]);
var k8s_missing_zone_spread_default = defineRule({
  meta: {
    id: "k8s-missing-zone-spread",
    category: "availability",
    severity: "warning",
    fixable: true,
    title: "Multi-replica workloads should spread across zones",
    description: "Flags Deployments, StatefulSets and ReplicaSets that run at least 2 replicas (or whose autoscaler keeps at least 2) without a `topologySpreadConstraints` entry or pod anti-affinity term on `topology.kubernetes.io/zone` (or the deprecated `failure-domain.beta.kubernetes.io/zone`). The scheduler's default spreading is a soft preference with a large skew: without an explicit constraint all replicas can end up in one zone and fail with it.",
    messages: {
      missing: "{kind} `{name}` runs {replicas} replicas with no zone spreading: they can all be scheduled in one availability zone and go down with it. Add a `topologySpreadConstraints` entry on `topology.kubernetes.io/zone`."
    }
  },
  check(project, context) {
    const autoscalers = autoscalerIndex(project.kubernetes);
    for (const obj2 of project.kubernetes.objects) {
      if (!REPLICATED_KINDS.has(obj2.kind) || !obj2.pod) continue;
      const replicas = guaranteedReplicas(obj2, autoscalers(obj2));
      if (replicas === void 0 || replicas < 2 || spreadsAcrossZones(obj2.pod.spec)) continue;
      const edits = spreadEdits(obj2);
      context.report({
        messageId: "missing",
        data: { kind: obj2.kind, name: obj2.name, replicas },
        file: obj2.file,
        range: obj2.headerRange,
        resource: obj2.id,
        fix: edits && { description: "Spread the pods across zones (ScheduleAnyway: never blocks scheduling)", edits }
      });
    }
  }
});
function spreadsAcrossZones(podSpec) {
  const keys = [];
  const tsc = toJS(yget(podSpec, "topologySpreadConstraints"));
  if (Array.isArray(tsc)) for (const c of tsc) keys.push(c?.topologyKey);
  const anti = toJS(yget(yget(podSpec, "affinity"), "podAntiAffinity"));
  const required = anti?.requiredDuringSchedulingIgnoredDuringExecution;
  const preferred = anti?.preferredDuringSchedulingIgnoredDuringExecution;
  if (Array.isArray(required))
    for (const t of required) keys.push(t?.topologyKey);
  if (Array.isArray(preferred))
    for (const t of preferred)
      keys.push(t?.podAffinityTerm?.topologyKey);
  return keys.some((k) => typeof k === "string" && ZONE_KEYS.has(k));
}
function spreadEdits(obj2) {
  const pod = obj2.pod;
  const labels = selectorLabels(obj2);
  const indent = keyIndent(obj2.file, pod.spec);
  if (!labels || indent === void 0) return void 0;
  const step = indentStep(obj2);
  const matchLabels = {};
  for (const [k, v] of Object.entries(labels)) matchLabels[yamlString(k)] = yamlString(v);
  const item2 = {
    maxSkew: "1",
    topologyKey: "topology.kubernetes.io/zone",
    whenUnsatisfiable: "ScheduleAnyway",
    labelSelector: { matchLabels }
  };
  const sample = pod.containers[0] ?? pod.initContainers[0];
  const firstItemKey = sample && !sample.node.flow ? sample.node.pairs[0]?.key.range.start.column : void 0;
  const itemIndent = indent + seqIndent(indent.length + 1, firstItemKey, step);
  const itemLines = renderSeqItem(item2, itemIndent, step);
  const existing = ypair(pod.spec, "topologySpreadConstraints");
  if (!existing) {
    const edit = insertBeforeFirstKey(obj2.file, pod.spec, [`${indent}topologySpreadConstraints:`, ...itemLines]);
    return edit && [edit];
  }
  const seq = existing.value;
  if (seq.kind !== "seq" || seq.flow || seq.items.length === 0) return void 0;
  const line = seq.items[0].range.start.line;
  const text = obj2.file.lineText(line);
  const dash = obj2.file.indentOf(line);
  if (!text.slice(dash.length).startsWith("- ")) return void 0;
  return [insertBeforeLine(obj2.file, line, renderSeqItem(item2, dash, step))];
}

// rules/kubernetes/k8s-operator-database-single-instance.ts
function field(path2, dflt) {
  return (obj2) => {
    const node = ypath(obj2.root, ...path2);
    if (!node) return dflt === void 0 ? void 0 : { count: dflt };
    const count = intValue(node);
    return count === void 0 ? void 0 : { count, node };
  };
}
function sumOver(listPath, item2, dflt) {
  return (obj2) => {
    const list3 = ypath(obj2.root, ...listPath);
    if (list3?.kind !== "seq" || list3.items.length === 0) return void 0;
    let count = 0;
    for (const it of list3.items) {
      const node = ypath(it, item2);
      const n = node ? intValue(node) : dflt;
      if (n === void 0) return void 0;
      count += n;
    }
    return { count, node: list3.items.length === 1 ? ypath(list3.items[0], item2) : void 0 };
  };
}
var OPERATORS = [
  {
    group: "postgresql.cnpg.io",
    kind: "Cluster",
    engine: "PostgreSQL (CloudNativePG)",
    field: "spec.instances",
    count: field(["spec", "instances"], 1)
  },
  {
    group: "acid.zalan.do",
    kind: "postgresql",
    engine: "PostgreSQL (Zalando operator)",
    field: "spec.numberOfInstances",
    count: field(["spec", "numberOfInstances"], void 0)
  },
  {
    group: "postgres-operator.crunchydata.com",
    kind: "PostgresCluster",
    engine: "PostgreSQL (Crunchy PGO)",
    field: "spec.instances[].replicas",
    count: sumOver(["spec", "instances"], "replicas", 1)
  },
  {
    group: "mongodbcommunity.mongodb.com",
    kind: "MongoDBCommunity",
    engine: "MongoDB",
    field: "spec.members",
    count: field(["spec", "members"], void 0)
  },
  {
    group: "pxc.percona.com",
    kind: "PerconaXtraDBCluster",
    engine: "MySQL (Percona XtraDB Cluster)",
    field: "spec.pxc.size",
    count: field(["spec", "pxc", "size"], void 0)
  },
  {
    group: "rabbitmq.com",
    kind: "RabbitmqCluster",
    engine: "RabbitMQ",
    field: "spec.replicas",
    count: field(["spec", "replicas"], 1)
  },
  {
    group: "elasticsearch.k8s.elastic.co",
    kind: "Elasticsearch",
    engine: "Elasticsearch (ECK)",
    field: "spec.nodeSets[].count",
    count: sumOver(["spec", "nodeSets"], "count", Number.NaN)
  },
  {
    group: "kafka.strimzi.io",
    kind: "Kafka",
    engine: "Kafka (Strimzi)",
    field: "spec.kafka.replicas",
    count: strimziKafka
  }
];
function strimziKafka(obj2) {
  if (obj2.annotations["strimzi.io/node-pools"] === "enabled") return void 0;
  return field(["spec", "kafka", "replicas"], void 0)(obj2);
}
function operatorOf(obj2) {
  const group = obj2.apiVersion.split("/")[0];
  return OPERATORS.find((o) => o.group === group && o.kind === obj2.kind);
}
var k8s_operator_database_single_instance_default = defineRule({
  meta: {
    id: "k8s-operator-database-single-instance",
    category: "single-az-database",
    severity: "error",
    title: "Operator-managed databases must run more than one instance",
    description: "Flags database clusters declared through well-known operators with a single instance: CloudNativePG `Cluster` (`spec.instances`), Zalando `postgresql` (`spec.numberOfInstances`), Crunchy `PostgresCluster`, MongoDB Community, Percona XtraDB Cluster, RabbitMQ cluster operator, ECK Elasticsearch and Strimzi `Kafka`. The operator can only fail over to a replica that exists: with one instance a node or zone failure is an outage.",
    messages: {
      single: "{kind} `{name}` declares {engine} with {count} instance ({field}): the operator has no replica to fail over to, so a node or zone failure is an outage. Run at least 2 instances (3 for quorum-based engines), spread across zones."
    }
  },
  check(project, context) {
    for (const obj2 of project.kubernetes.objects) {
      const op = operatorOf(obj2);
      if (!op) continue;
      const n = op.count(obj2);
      if (!n || Number.isNaN(n.count) || n.count < 1 || n.count >= 2) continue;
      context.report({
        messageId: "single",
        data: { kind: obj2.kind, name: obj2.name, engine: op.engine, count: n.count, field: op.field },
        file: obj2.file,
        range: n.node?.range ?? obj2.headerRange,
        resource: obj2.id
      });
    }
  }
});

// rules/kubernetes/k8s-single-replica.ts
var k8s_single_replica_default = defineRule({
  meta: {
    id: "k8s-single-replica",
    category: "availability",
    severity: "warning",
    fixable: true,
    title: "Workloads should run more than one replica or be autoscaled",
    description: "Flags Deployments, StatefulSets and ReplicaSets with one replica (the default when `replicas` is absent) that no HorizontalPodAutoscaler or KEDA ScaledObject scales. With one pod, every node drain, eviction, rollout or crash is an outage. Databases are reported by k8s-database-single-replica instead.",
    messages: {
      single: "{kind} `{name}` runs a single replica and nothing autoscales it: every node drain, eviction or crash is an outage. Run at least 2 replicas spread across zones, or add a HorizontalPodAutoscaler with `minReplicas: 2`."
    }
  },
  check(project, context) {
    const autoscalers = autoscalerIndex(project.kubernetes);
    for (const obj2 of project.kubernetes.objects) {
      const replicas = replicasOf(obj2);
      if (!replicas || replicas.count !== 1) continue;
      if (autoscalers(obj2).length > 0 || databaseContainer(obj2)) continue;
      const edits = replicasEdits(obj2, replicas);
      context.report({
        messageId: "single",
        data: { kind: obj2.kind, name: obj2.name },
        file: obj2.file,
        range: replicas.node?.range ?? obj2.headerRange,
        resource: obj2.id,
        fix: edits && { description: "Run 2 replicas", edits }
      });
    }
  }
});
function replicasEdits(obj2, replicas) {
  if (obj2.kind === "StatefulSet") return void 0;
  if (replicas.node) return [{ file: obj2.file, range: replicas.node.range, text: "2" }];
  const spec = specMap(obj2);
  const indent = spec && keyIndent(obj2.file, spec);
  if (!spec || indent === void 0) return void 0;
  const edit = insertBeforeFirstKey(obj2.file, spec, [`${indent}replicas: 2`]);
  return edit && [edit];
}

// rules/kubernetes/lib/terraform-pods.ts
var POD_SPEC_PATHS = {};
for (const t of ["deployment", "stateful_set", "daemon_set", "job", "replication_controller"])
  POD_SPEC_PATHS[t] = ["spec", "template", "spec"];
POD_SPEC_PATHS.daemonset = ["spec", "template", "spec"];
POD_SPEC_PATHS.cron_job = ["spec", "job_template", "spec", "template", "spec"];
POD_SPEC_PATHS.pod = ["spec"];
function podSpecPath(resourceType) {
  const m = /^kubernetes_([a-z_]+?)(_v1)?$/.exec(resourceType);
  if (!m) return void 0;
  if (m[1] === "daemon_set" && !m[2]) return void 0;
  if (m[1] === "daemonset" && m[2]) return void 0;
  return POD_SPEC_PATHS[m[1]];
}
function isKubernetesWorkload(resource) {
  return resource.mode === "managed" && podSpecPath(resource.resourceType) !== void 0;
}
function tfContainers(resource) {
  const path2 = podSpecPath(resource.resourceType);
  if (!path2) return [];
  let blocks2 = [resource];
  for (const step of path2) blocks2 = blocks2.flatMap((b) => b.blocks(step).slice(0, 1));
  const spec = blocks2[0];
  if (!spec) return [];
  const out = [
    ...spec.blocks("init_container").map((block) => ({ block, init: true })),
    ...spec.blocks("container").map((block) => ({ block, init: false }))
  ];
  return out.sort((a, b) => a.block.range.start.offset - b.block.range.start.offset);
}
function tfNamespace(resource) {
  const ns = resource.get("metadata.namespace");
  return ns === void 0 || ns === null ? "default" : ns;
}
function tfDeclares(container) {
  const resources = container.blocks("resources")[0];
  return (need) => {
    if (!resources) return false;
    const [res, setting2] = need.split("-");
    const section = setting2 === "request" ? "requests" : "limits";
    const map = resources.value(section);
    if (map !== void 0 && map !== null) {
      if (isUnknown(map)) return true;
      if (!isObject(map)) return false;
      const v2 = map[res];
      return v2 !== void 0 && v2 !== null && v2 !== "";
    }
    const block = resources.blocks(section)[0];
    const v = block?.value(res);
    return v !== void 0 && v !== null && v !== "";
  };
}
function tfLimitRangeDefaults(stack) {
  const out = [];
  for (const r of stack.resources) {
    if (r.resourceType !== "kubernetes_limit_range" && r.resourceType !== "kubernetes_limit_range_v1") continue;
    const covered = /* @__PURE__ */ new Set();
    for (const limit of r.blocks("spec").flatMap((s) => s.blocks("limit"))) {
      if (limit.value("type") !== "Container") continue;
      for (const n of coveredByDefaults(keysOf(limit.value("default")), keysOf(limit.value("default_request"))))
        covered.add(n);
    }
    if (covered.size > 0) out.push({ namespace: tfNamespace(r), covered, address: r.address });
  }
  return out;
}
function keysOf(v) {
  if (isUnknown(v)) return ["cpu", "memory"];
  return isObject(v) ? Object.keys(v).filter((k) => v[k] !== null) : [];
}
function sameNamespace(a, b) {
  return isUnknown(a) || isUnknown(b) || a === b;
}

// rules/kubernetes/tf-kubernetes-resource-limits.ts
var tf_kubernetes_resource_limits_default = defineRule({
  meta: {
    id: "tf-kubernetes-resource-limits",
    category: "missing-resource-limits",
    severity: "error",
    fixable: true,
    title: "Terraform kubernetes_* containers must set CPU and memory requests and limits",
    description: "Checks the `container` and `init_container` blocks of Terraform kubernetes provider workloads (deployment, stateful set, daemon set, job, cron job, pod, replication controller, `_v1` variants included) for CPU and memory requests and limits, unless a `kubernetes_limit_range` in the same namespace defaults them. Unsized containers get scheduled blindly and one leak can starve a whole node.",
    messages: {
      missing: "{role} `{container}` of {resource} has no {missing}: {consequence}. Set them in its `resources` block.",
      missingPartlyDefaulted: "{role} `{container}` of {resource} has no {missing}; {limitRanges} only defaults its {defaulted}. Set the rest in its `resources` block."
    },
    optionsSchema: resourceOptionsSchema,
    defaultOptions: { require: ["cpu", "memory"], requireRequests: true, requireLimits: true }
  },
  check(project, context) {
    const options = resolveResourceOptions(context.options);
    const required = requiredNeeds(options);
    if (required.length === 0) return;
    for (const stack of project.terraform.stacks) {
      const limitRanges = tfLimitRangeDefaults(stack);
      for (const resource of stack.resources) {
        if (!isKubernetesWorkload(resource)) continue;
        const ns = tfNamespace(resource);
        const applicable = limitRanges.filter((lr) => sameNamespace(lr.namespace, ns));
        const covered = new Set(applicable.flatMap((lr) => [...lr.covered]));
        for (const { block, init } of tfContainers(resource)) {
          const { missing, defaulted } = missingNeeds(required, tfDeclares(block), covered);
          if (missing.length === 0) continue;
          const name = block.value("name");
          const edits = resourcesEdits2(block, missing, options);
          context.report({
            messageId: defaulted.length > 0 ? "missingPartlyDefaulted" : "missing",
            data: {
              role: init ? "Init container" : "Container",
              container: typeof name === "string" ? name : "(unnamed)",
              resource: resource.address,
              missing: describeNeeds(missing),
              consequence: consequenceOf(missing),
              defaulted: describeNeeds(defaulted),
              limitRanges: applicable.map((lr) => lr.address).join(", ")
            },
            file: block.file,
            range: block.headerRange,
            resource: resource.address,
            fix: edits && {
              description: `Add the container's ${describeNeeds(missing)} (sizes to review against its real usage)`,
              edits
            }
          });
        }
      }
    }
  }
});
function resourcesEdits2(container, missing, options) {
  const resources = container.blocks("resources")[0];
  const maps = { requests: [], limits: [] };
  for (const need of missing) {
    const [res, setting2] = need.split("-");
    const requests = resources?.value("requests");
    const own = setting2 === "limit" && isObject(requests) && typeof requests[res] === "string" ? requests[res] : void 0;
    maps[setting2 === "request" ? "requests" : "limits"].push([res, JSON.stringify(own ?? options.fixValues[res])]);
  }
  const sections = ["limits", "requests"].filter((s) => maps[s].length > 0);
  const step = container.bodyIndent.slice(container.indent.length) || "  ";
  if (!resources) {
    const inner = container.bodyIndent + step;
    const lines = [
      `${container.bodyIndent}resources {`,
      ...sections.map((s) => `${inner}${s} = ${objectText(maps[s])}`),
      `${container.bodyIndent}}`
    ];
    return [insertAfterOpenBrace(container, lines)];
  }
  const edits = [];
  const absent = sections.filter((s) => !resources.attr(s) && resources.blocks(s).length === 0);
  if (absent.length > 0)
    edits.push(
      insertAfterOpenBrace(
        resources,
        absent.map((s) => `${resources.bodyIndent}${s} = ${objectText(maps[s])}`)
      )
    );
  for (const section of sections.filter((s) => !absent.includes(s))) {
    const block = resources.blocks(section)[0];
    if (!block || resources.attr(section)) return void 0;
    for (const [name, value] of maps[section]) edits.push(...setAttributeEdits(block, name, value));
  }
  return edits;
}
function insertAfterOpenBrace(block, lines) {
  const open = block.node.openBraceRange;
  const sameLine = open.end.line === block.node.closeBraceRange.start.line;
  const text = lines.map((l) => `
${l}`).join("") + (sameLine ? `
${block.indent}` : "");
  return { file: block.file, range: { start: open.end, end: open.end }, text };
}
function objectText(entries) {
  return `{ ${entries.map(([k, v]) => `${k} = ${v}`).join(", ")} }`;
}

// rules/kubernetes/index.ts
var rules4 = [
  k8s_container_resource_limits_default,
  tf_kubernetes_resource_limits_default,
  k8s_database_single_replica_default,
  k8s_operator_database_single_instance_default,
  k8s_single_replica_default,
  k8s_missing_readiness_probe_default,
  k8s_missing_liveness_probe_default,
  k8s_missing_pdb_default,
  k8s_missing_zone_spread_default,
  k8s_hpa_missing_cpu_request_default
];

// src/model/terraform/references.ts
var NOT_ADDRESSES = /* @__PURE__ */ new Set(["count", "each", "path", "terraform", "self"]);
function collectReferences(expr, bound2 = /* @__PURE__ */ new Set()) {
  const out = [];
  walk(expr, bound2, out);
  const seen = /* @__PURE__ */ new Set();
  return out.filter((r) => {
    const id = `${r.address}#${r.key ?? ""}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
function referenceAddresses(expr, bound2) {
  return [...new Set(collectReferences(expr, bound2).map((r) => r.address))];
}
function attrName(t) {
  return t?.kind === "Attr" ? t.name : void 0;
}
function indexKey(t) {
  return t?.kind === "Index" ? t.key : void 0;
}
function traversalReference(root, steps) {
  if (NOT_ADDRESSES.has(root)) return void 0;
  const a = attrName(steps[0]);
  if (a === void 0) return void 0;
  if (root === "var" || root === "local") return { address: `${root}.${a}` };
  if (root === "module") return { address: `module.${a}`, key: indexKey(steps[1]) };
  if (root === "data") {
    const n = attrName(steps[1]);
    return n === void 0 ? void 0 : { address: `data.${a}.${n}`, key: indexKey(steps[2]) };
  }
  return { address: `${root}.${a}`, key: indexKey(steps[1]) };
}
function walk(e, bound2, out) {
  switch (e.kind) {
    case "ScopeTraversal": {
      if (bound2.has(e.root)) return;
      const r = traversalReference(e.root, e.traversal);
      if (r) out.push(r);
      return;
    }
    case "TemplateLiteral":
    case "LiteralValue":
    case "AnonSymbol":
    case "Invalid":
      return;
    case "Template":
      for (const p of e.parts) walk(p, bound2, out);
      return;
    case "TemplateWrap":
      return walk(e.wrapped, bound2, out);
    case "TemplateIf":
      walk(e.condition, bound2, out);
      walk(e.then, bound2, out);
      if (e.else) walk(e.else, bound2, out);
      return;
    case "TemplateFor": {
      walk(e.collection, bound2, out);
      walk(e.body, withNames(bound2, e.keyVar, e.valueVar), out);
      return;
    }
    case "TupleCons":
      for (const i of e.items) walk(i, bound2, out);
      return;
    case "ObjectCons":
      for (const i of e.items) {
        if (i.bareKey === void 0) walk(i.key, bound2, out);
        walk(i.value, bound2, out);
      }
      return;
    case "RelativeTraversal":
      return walk(e.source, bound2, out);
    case "FunctionCall":
      for (const a of e.args) walk(a, bound2, out);
      return;
    case "Index":
      walk(e.collection, bound2, out);
      walk(e.key, bound2, out);
      return;
    case "Splat":
      walk(e.source, bound2, out);
      walk(e.each, bound2, out);
      return;
    case "For": {
      walk(e.collection, bound2, out);
      const inner = withNames(bound2, e.keyVar, e.valueVar);
      if (e.keyExpr) walk(e.keyExpr, inner, out);
      walk(e.valueExpr, inner, out);
      if (e.condition) walk(e.condition, inner, out);
      return;
    }
    case "Conditional":
      walk(e.condition, bound2, out);
      walk(e.trueResult, bound2, out);
      walk(e.falseResult, bound2, out);
      return;
    case "UnaryOp":
      return walk(e.operand, bound2, out);
    case "BinaryOp":
      walk(e.left, bound2, out);
      walk(e.right, bound2, out);
      return;
    case "Parentheses":
      return walk(e.expr, bound2, out);
  }
}
function withNames(bound2, ...names) {
  const s = new Set(bound2);
  for (const n of names) if (n !== void 0) s.add(n);
  return s;
}

// rules/terraform/lib/follow.ts
var MAX_DEPTH2 = 8;
function traversals(expr, out = []) {
  if (expr === null || typeof expr !== "object") return out;
  if (Array.isArray(expr)) {
    for (const e of expr) traversals(e, out);
    return out;
  }
  const node = expr;
  if (node.kind === "ScopeTraversal") {
    const t = node;
    out.push({ root: t.root, steps: t.traversal.flatMap((s) => s.kind === "Attr" && s.name ? [s.name] : []) });
    return out;
  }
  for (const [key, value] of Object.entries(node))
    if (key !== "range" && value && typeof value === "object") traversals(value, out);
  return out;
}
function outputExpr(module, name) {
  const def = module.def;
  return def?.outputs?.get(name)?.node.body.attributes.find((a) => a.name === "value")?.expr;
}
function resourcesIn(module, expr) {
  const addresses = new Set(collectReferences(expr).map((r) => r.address));
  return [...module.resources, ...module.dataSources].filter(
    (r) => addresses.has(`${r.mode === "data" ? "data." : ""}${r.resourceType}.${r.name}`)
  );
}
function behindOutput(stack, module, callName, output, depth) {
  if (depth > MAX_DEPTH2) return [];
  const calls = stack.moduleCalls.filter((c) => c.module === module && c.name === callName);
  const out = [];
  for (const call of calls) {
    const child = call.child;
    const expr = child ? outputExpr(child, output) : void 0;
    if (!child || !expr) continue;
    out.push(...resourcesIn(child, expr));
    for (const t of traversals(expr)) {
      if (t.root === "module" && t.steps.length >= 2)
        out.push(...behindOutput(stack, child, t.steps[0], t.steps[1], depth + 1));
    }
  }
  return out;
}
function designated(stack, attr, from, depth = 0) {
  if (depth > MAX_DEPTH2) return [];
  const found = new Set(stack.referenced(attr, from));
  for (const t of traversals(attr.node.expr)) {
    if (t.root === "var" && t.steps[0] && from.module.call) {
      const call = from.module.call;
      const argument = call.attr(t.steps[0]);
      if (argument) for (const r of designated(stack, argument, call, depth + 1)) found.add(r);
    } else if (t.root === "module" && t.steps.length >= 2) {
      for (const r of behindOutput(stack, from.module, t.steps[0], t.steps[1], depth + 1)) found.add(r);
    }
  }
  return [...found];
}

// rules/terraform/lib/regions.ts
function knownRegion(r) {
  return typeof r.region === "string" && r.region !== "" ? r.region : void 0;
}
function remapsProviders(module) {
  for (let m = module; m?.call; m = m.call.module) if (m.call.attr("providers")) return true;
  return false;
}
function providerIdentity(r) {
  if (r.provider) return r.provider;
  const explicit = "resourceType" in r ? r.attr("provider") : r.attr("providers");
  if (explicit || remapsProviders(r.module)) return void 0;
  return "implicit";
}
function ownRegion(r) {
  if (!("resourceType" in r)) return false;
  if (r.resourceType.startsWith("azurerm_")) return true;
  return r.resourceType.startsWith("google_") && r.attr("region") !== void 0;
}
function sameRegion(a, b) {
  const ra = knownRegion(a);
  const rb = knownRegion(b);
  if (ra !== void 0 && rb !== void 0) return ra === rb;
  if (ownRegion(a) || ownRegion(b)) return void 0;
  const pa = providerIdentity(a);
  return pa !== void 0 && pa === providerIdentity(b) ? true : void 0;
}
function regionText(r) {
  return knownRegion(r) ?? "its provider's region";
}

// rules/terraform/lib/counterparts.ts
function copies(stack, type, attr) {
  return stack.resourcesOfType(type).flatMap((resource) => {
    const a = resource.attr(attr);
    return a && a.value !== null ? [{ resource, attr: a }] : [];
  });
}
function sourcesOf(stack, copy, candidates, nameAttributes) {
  const byRef = designated(stack, copy.attr, copy.resource).filter((r) => candidates.includes(r));
  if (byRef.length > 0) return byRef;
  const v = copy.attr.value;
  if (typeof v !== "string" || v === "") return [];
  return candidates.filter(
    (c) => c !== copy.resource && nameAttributes.some((n) => {
      const x = c.value(n);
      return typeof x === "string" && (x === v || v.endsWith(`:${x}`));
    })
  );
}
function coverage(primary, resolved) {
  let sameRegionCopy;
  for (const [copy, sources] of resolved) {
    if (copy === primary) continue;
    const mine = sources.includes(primary);
    if (!mine && sources.length > 0) continue;
    const same = sameRegion(primary, copy);
    if (same !== true) return { kind: "covered" };
    if (mine) sameRegionCopy ??= copy;
  }
  return sameRegionCopy ? { kind: "sameRegionOnly", copy: sameRegionCopy } : { kind: "none" };
}

// rules/terraform/lib/location.ts
function stackLocation(r, inRoot = { file: r.file, range: r.headerRange }) {
  let call = r.module.call;
  if (!call) return inRoot;
  while (call.module.call) call = call.module.call;
  return { file: call.file, range: call.headerRange };
}

// rules/terraform/aws-dynamodb-global-table.ts
var aws_dynamodb_global_table_default = defineRule({
  meta: {
    id: "aws-dynamodb-global-table",
    category: "missing-multi-region-failover",
    severity: "warning",
    title: "DynamoDB tables should be global tables",
    description: 'Flags `aws_dynamodb_table` resources with no replica in another region: no `replica { region_name = ... }` block (static or dynamic) and no `aws_dynamodb_table_replica` whose `global_table_arn` designates the table from a provider for another region (followed through module inputs and outputs). Terraform state lock tables (`hash_key = "LockID"`) are skipped, and so are examples and tests of reusable modules.',
    messages: {
      singleRegion: "DynamoDB table {resource} exists only in {region}: without a replica in another region, a regional outage makes it unavailable and a regional disaster can lose it. Make it a global table with a replica block (or an aws_dynamodb_table_replica) in a second region."
    },
    optionsSchema: { type: "object", properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS }
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const tables = stack.resourcesOfType("aws_dynamodb_table");
      const replicas = new Map(
        copies(stack, "aws_dynamodb_table_replica", "global_table_arn").map((c) => [
          c.resource,
          sourcesOf(stack, c, tables, ["name", "arn"])
        ])
      );
      for (const table2 of tables) {
        if (asString(table2.value("hash_key")) === "LockID") continue;
        if (table2.blocks("replica").length > 0 || hasDynamicBlock(table2, "replica")) continue;
        if (coverage(table2, replicas).kind === "covered") continue;
        context.report({
          messageId: "singleRegion",
          data: { resource: table2.address, region: regionText(table2) },
          ...stackLocation(table2),
          resource: table2.address
        });
      }
    }
  }
});

// rules/terraform/aws-rds-cross-region-replica.ts
var isAurora = (r) => asString(r.value("engine"))?.startsWith("aurora") ?? false;
function replicaMap(stack, type) {
  const attr = type === "aws_db_instance" ? "replicate_source_db" : "replication_source_identifier";
  const candidates = stack.resourcesOfType(type);
  const names = type === "aws_db_instance" ? ["identifier", "arn"] : ["cluster_identifier", "arn"];
  return new Map(copies(stack, type, attr).map((c) => [c.resource, sourcesOf(stack, c, candidates, names)]));
}
function globalPartner(stack, cluster) {
  const globals = stack.resourcesOfType("aws_rds_global_cluster");
  const groupOf = (c) => {
    const out = /* @__PURE__ */ new Set();
    const attr = c.attr("global_cluster_identifier");
    if (attr && attr.value !== null) {
      for (const g of designated(stack, attr, c)) if (g.resourceType === "aws_rds_global_cluster") out.add(g);
      if (typeof attr.value === "string") out.add(attr.value);
      if (out.size === 0) out.add("?");
    }
    for (const g of globals) {
      const src = g.attr("source_db_cluster_identifier");
      if (src && designated(stack, src, g).includes(c)) out.add(g);
    }
    for (const g of [...out])
      if (typeof g !== "string") {
        const id = g.value("global_cluster_identifier");
        if (typeof id === "string") out.add(id);
      }
    return out.size > 0 ? out : void 0;
  };
  const mine = groupOf(cluster);
  if (!mine) return "none";
  if (mine.has("?")) return "elsewhere";
  for (const other of stack.resourcesOfType("aws_rds_cluster")) {
    if (other === cluster) continue;
    const theirs = groupOf(other);
    if (!theirs) continue;
    if (!theirs.has("?") && ![...theirs].some((g) => mine.has(g))) continue;
    if (sameRegion(cluster, other) !== true) return "elsewhere";
  }
  return "sameRegionOnly";
}
var aws_rds_cross_region_replica_default = defineRule({
  meta: {
    id: "aws-rds-cross-region-replica",
    category: "missing-multi-region-failover",
    severity: "warning",
    title: "RDS databases should have a copy in another region",
    description: "Reasons over a whole stack (root module and the modules it calls, with their provider aliases): every `aws_db_instance` that is not itself a replica needs a cross-region read replica (`replicate_source_db` pointing at it from an instance whose provider targets another region), and every `aws_rds_cluster` that is not itself a replica needs either a replica cluster (`replication_source_identifier`) or another member of its `aws_rds_global_cluster` in another region. Copies that are certainly in the same region do not count; copies whose source or region is only known after apply do. Examples and tests of reusable modules are not checked.",
    messages: {
      noReplica: "Database {resource} exists only in {region}: there is no cross-region read replica or global cluster member, so a regional outage leaves the application without its data until the region recovers (or a snapshot copy is restored elsewhere). Add a read replica or an Aurora global cluster member on a provider for a second region.",
      sameRegionReplica: "Database {resource} is copied only to {copy}, in the same region ({region}): replicas protect reads and zones, not a regional outage. Put a replica on a provider for a second region.",
      globalSingleRegion: "Aurora cluster {resource} belongs to a global cluster with no member outside {region}: the global cluster has nothing to fail over to. Add a secondary cluster on a provider for another region."
    },
    optionsSchema: { type: "object", properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS }
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const instanceCopies = replicaMap(stack, "aws_db_instance");
      for (const db of stack.resourcesOfType("aws_db_instance")) {
        if (instanceCopies.has(db) || isAurora(db)) continue;
        const c = coverage(db, instanceCopies);
        if (c.kind === "covered") continue;
        const data = { resource: db.address, region: regionText(db) };
        if (c.kind === "sameRegionOnly")
          context.report({
            messageId: "sameRegionReplica",
            data: { ...data, copy: c.copy.address },
            ...stackLocation(db),
            resource: db.address
          });
        else context.report({ messageId: "noReplica", data, ...stackLocation(db), resource: db.address });
      }
      const clusterCopies = replicaMap(stack, "aws_rds_cluster");
      for (const cluster of stack.resourcesOfType("aws_rds_cluster")) {
        if (clusterCopies.has(cluster)) continue;
        const global = globalPartner(stack, cluster);
        if (global === "elsewhere") continue;
        const c = coverage(cluster, clusterCopies);
        if (c.kind === "covered") continue;
        const data = { resource: cluster.address, region: regionText(cluster) };
        if (global === "sameRegionOnly")
          context.report({
            messageId: "globalSingleRegion",
            data,
            ...stackLocation(cluster),
            resource: cluster.address
          });
        else if (c.kind === "sameRegionOnly")
          context.report({
            messageId: "sameRegionReplica",
            data: { ...data, copy: c.copy.address },
            ...stackLocation(cluster),
            resource: cluster.address
          });
        else context.report({ messageId: "noReplica", data, ...stackLocation(cluster), resource: cluster.address });
      }
    }
  }
});

// rules/terraform/aws-route53-failover.ts
function recordSet(r) {
  const zoneAttr = r.attr("zone_id");
  const zone = typeof zoneAttr?.value === "string" ? zoneAttr.value : zoneAttr && zoneAttr.references.length > 0 ? `${r.module.path}|${zoneAttr.references.join(",")}` : void 0;
  const name = asString(r.value("name"))?.toLowerCase().replace(/\.$/, "");
  const type = asString(r.value("type"))?.toUpperCase();
  return zone && name !== void 0 && type ? `${zone}|${name}|${type}` : void 0;
}
function healthChecked(r) {
  const check = r.attr("health_check_id");
  if (check && check.value !== null) return true;
  const alias = r.blocks("alias")[0];
  return alias !== void 0 && asBool(alias.value("evaluate_target_health")) !== false;
}
var aws_route53_failover_default = defineRule({
  meta: {
    id: "aws-route53-failover",
    category: "missing-multi-region-failover",
    severity: "warning",
    title: "Route 53 failover and latency routing must have somewhere to fail over to",
    description: "Checks the `aws_route53_record` sets of a stack (records with the same zone, name and type) that are meant to move traffic between regions: a `failover_routing_policy` PRIMARY with no SECONDARY in its set, a PRIMARY that Route 53 cannot see fail (no `health_check_id`, and not an alias with `evaluate_target_health = true`), and a `latency_routing_policy` set whose records all name the same region. Sets whose zone, name, type or regions are not known before apply are not judged. Examples and tests of reusable modules are not checked.",
    messages: {
      noSecondary: "Failover record {resource} ({name} {type}) is PRIMARY but its set has no SECONDARY record: when the primary endpoint fails, there is nothing to answer with. Add a SECONDARY record pointing at the standby region.",
      noHealthCheck: "Failover record {resource} ({name} {type}) is PRIMARY without a health check (no health_check_id, and not an alias evaluating its target health): Route 53 treats it as always healthy and never fails over. Attach an aws_route53_health_check, or set evaluate_target_health = true on the alias.",
      latencySingleRegion: "Latency records for {name} {type} all point at {region}: latency routing only fails over when records in other regions exist. Add a record for an endpoint in a second region, with a health check."
    },
    optionsSchema: { type: "object", properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS }
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const sets = /* @__PURE__ */ new Map();
      for (const r of stack.resourcesOfType("aws_route53_record")) {
        const key = recordSet(r);
        if (key !== void 0) sets.set(key, [...sets.get(key) ?? [], r]);
      }
      for (const records of sets.values()) {
        const role = (r) => asString(r.blocks("failover_routing_policy")[0]?.value("type"))?.toUpperCase();
        const roles = records.map(role);
        if (roles.some((x) => x === void 0 && records.some((r) => r.blocks("failover_routing_policy").length > 0)))
          continue;
        for (const r of records) {
          if (role(r) !== "PRIMARY") continue;
          const data = {
            resource: r.address,
            name: asString(r.value("name")) ?? "",
            type: asString(r.value("type")) ?? ""
          };
          const policy = r.blocks("failover_routing_policy")[0];
          if (!roles.includes("SECONDARY"))
            context.report({
              messageId: "noSecondary",
              data,
              ...stackLocation(r, { file: policy.file, range: policy.headerRange }),
              resource: r.address
            });
          else if (!healthChecked(r))
            context.report({ messageId: "noHealthCheck", data, ...stackLocation(r), resource: r.address });
        }
        const latency = records.filter((r) => r.blocks("latency_routing_policy").length > 0);
        if (latency.length === 0 || latency.length !== records.length) continue;
        const regions = latency.map((r) => asString(r.blocks("latency_routing_policy")[0].value("region")));
        if (regions.some((x) => x === void 0) || new Set(regions).size !== 1) continue;
        const first = latency[0];
        context.report({
          messageId: "latencySingleRegion",
          data: {
            resource: first.address,
            name: asString(first.value("name")) ?? "",
            type: asString(first.value("type")) ?? "",
            region: regions[0]
          },
          ...stackLocation(first),
          resource: first.address
        });
      }
    }
  }
});

// rules/terraform/lib/critical.ts
var DEFAULT_CRITICAL = {
  criticalNamePatterns: ["backup", "archive", "tfstate", "(^|[-_.])state([-_.]|$)", "(^|[-_.])data([-_.]|$)"],
  criticalTags: {
    criticality: ["high", "critical", "mission-critical", "tier-0", "tier-1", "tier0", "tier1"],
    "data-classification": ["confidential", "restricted", "critical", "sensitive"],
    backup: ["true", "yes", "required"]
  }
};
var criticalOptionsSchema = {
  criticalNamePatterns: {
    type: "array",
    items: { type: "string", minLength: 1 },
    description: "Regular expressions (case-insensitive) matched against the name; a match makes the store critical."
  },
  criticalTags: {
    type: "object",
    additionalProperties: { type: "array", items: { type: "string" } },
    description: "Tag keys whose listed values (case-insensitive; an empty list means any value) make the store critical."
  }
};
function compile(patterns) {
  const out = [];
  for (const p of patterns) {
    try {
      out.push(new RegExp(p, "i"));
    } catch {
    }
  }
  return out;
}
function criticalReason(resource, nameAttributes, options) {
  const patterns = compile(options.criticalNamePatterns ?? DEFAULT_CRITICAL.criticalNamePatterns);
  const tagRules = options.criticalTags ?? DEFAULT_CRITICAL.criticalTags;
  const tags = resource.value("tags");
  if (isObject(tags)) {
    for (const [key, value] of Object.entries(tags)) {
      const wanted = Object.entries(tagRules).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
      if (wanted === void 0 || typeof value !== "string") continue;
      if (wanted.length === 0 || wanted.some((w) => w.toLowerCase() === value.toLowerCase()))
        return `it is tagged ${key} = "${value}"`;
    }
  }
  for (const attr of nameAttributes) {
    const name = resource.value(attr);
    if (typeof name !== "string") continue;
    const match2 = patterns.map((p) => p.exec(name)).find((m) => m !== null);
    if (match2) return `its name "${name}" contains "${match2[0].replace(/^[-_.]+|[-_.]+$/g, "")}"`;
  }
  return void 0;
}
var criticalStoreOptions = {
  optionsSchema: {
    type: "object",
    properties: { ...criticalOptionsSchema, exampleDirs: exampleDirsSchema },
    additionalProperties: false
  },
  defaultOptions: { ...DEFAULT_CRITICAL, exampleDirs: DEFAULT_EXAMPLE_DIRS }
};

// rules/terraform/lib/s3-replication.ts
function replicationRules(stack, bucket) {
  const out = [];
  const collect = (owner, rules6) => {
    for (const rule of rules6) {
      const destination = rule.blocks("destination")[0]?.attr("bucket");
      const status = rule.value("status");
      if (destination) out.push({ destination, owner, status: typeof status === "string" ? status : void 0 });
    }
  };
  for (const config of stack.referrers(bucket, "aws_s3_bucket_replication_configuration", "bucket"))
    collect(config, config.blocks("rule"));
  for (const config of bucket.blocks("replication_configuration")) collect(bucket, config.blocks("rules"));
  return out;
}
function bucketName(value) {
  const m = /^arn:aws[\w-]*:s3:::([^/]+)/.exec(value);
  return m ? m[1] : value;
}
function destinationBuckets(project, stack, rule) {
  const referenced = designated(stack, rule.destination, rule.owner).filter(
    (r) => r.resourceType === "aws_s3_bucket" && r.mode === "managed"
  );
  if (referenced.length > 0) return referenced;
  const v = rule.destination.value;
  if (typeof v !== "string") return [];
  const name = bucketName(v);
  return project.stacks.flatMap((s) => s.resourcesOfType("aws_s3_bucket")).filter((b) => b.value("bucket") === name);
}

// rules/terraform/aws-s3-cross-region-replication.ts
var aws_s3_cross_region_replication_default = defineRule({
  meta: {
    id: "aws-s3-cross-region-replication",
    category: "missing-multi-region-failover",
    severity: "warning",
    title: "Critical S3 buckets should replicate to another region",
    description: "Flags S3 buckets that hold critical data (by tag or name, configurable) without a replication rule whose destination bucket is in another region: no `aws_s3_bucket_replication_configuration` (or v3 inline `replication_configuration`), or only destinations that resolve to a bucket on the same region. Destinations are resolved by reference or by name/ARN across the scanned tree, and their region comes from their provider (aliases included). S3 is regional: a regional outage makes the only copy unreachable, and a regional disaster can lose it.",
    messages: {
      noReplication: "S3 bucket {resource} in {region} holds critical data ({reason}) but replicates nowhere: if {region} is unavailable, so is every object in it. Add an aws_s3_bucket_replication_configuration to a versioned bucket in a second region.",
      sameRegionOnly: "S3 bucket {resource} ({reason}) replicates only to {destination}, which is in the same region ({region}): a regional outage takes both copies. Replicate to a bucket whose provider targets another region."
    },
    ...criticalStoreOptions
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const buckets = stack.resourcesOfType("aws_s3_bucket");
      const replicas = /* @__PURE__ */ new Set();
      for (const b of buckets)
        for (const rule of replicationRules(stack, b))
          for (const d of destinationBuckets(project.terraform, stack, rule)) replicas.add(d);
      for (const bucket of buckets) {
        if (replicas.has(bucket)) continue;
        const reason = criticalReason(bucket, ["bucket", "bucket_prefix"], context.options);
        if (!reason) continue;
        const rules6 = replicationRules(stack, bucket).filter((r) => r.status !== "Disabled");
        const data = { resource: bucket.address, reason, region: regionText(bucket) };
        if (rules6.length === 0) {
          context.report({ messageId: "noReplication", data, ...stackLocation(bucket), resource: bucket.address });
          continue;
        }
        let sameRegionDestination;
        let elsewhere = false;
        for (const rule of rules6) {
          const destinations = destinationBuckets(project.terraform, stack, rule);
          const same = destinations.length > 0 && destinations.every((d) => sameRegion(bucket, d) === true);
          if (!same) elsewhere = true;
          else sameRegionDestination ??= { rule, bucket: destinations[0] };
        }
        if (elsewhere || !sameRegionDestination) continue;
        const at = sameRegionDestination.rule.destination;
        context.report({
          messageId: "sameRegionOnly",
          data: { ...data, destination: sameRegionDestination.bucket.address },
          ...stackLocation(bucket, { file: at.file, range: at.range }),
          resource: bucket.address
        });
      }
    }
  }
});

// rules/terraform/azure-cosmosdb-multi-region.ts
var azure_cosmosdb_multi_region_default = defineRule({
  meta: {
    id: "azure-cosmosdb-multi-region",
    category: "missing-multi-region-failover",
    severity: "warning",
    title: "Cosmos DB accounts should replicate to a second region",
    description: "Flags `azurerm_cosmosdb_account` resources whose `geo_location` blocks all name the same known location. Zone redundancy (checked by `azure-cosmosdb-zone-redundant`) survives a zone outage; only a second region survives a regional one. `geo_location` blocks built by `dynamic`, and locations not known before apply, are not judged. Examples and tests of reusable modules are not checked.",
    messages: {
      singleRegion: "Cosmos DB account {resource} is replicated only within {location}: a regional outage makes every database in it unavailable. Add a second geo_location (failover_priority = 1) in another region, with automatic failover enabled."
    },
    optionsSchema: { type: "object", properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS }
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const account of stack.resourcesOfType("azurerm_cosmosdb_account")) {
        if (hasDynamicBlock(account, "geo_location")) continue;
        const locations = account.blocks("geo_location").map((g) => asString(g.value("location")));
        if (locations.length === 0 || locations.some((l) => l === void 0)) continue;
        const distinct = new Set(locations.map((l) => l.toLowerCase().replace(/\s+/g, "")));
        if (distinct.size !== 1) continue;
        context.report({
          messageId: "singleRegion",
          data: { resource: account.address, location: locations[0] },
          ...stackLocation(account),
          resource: account.address
        });
      }
    }
  }
});

// rules/terraform/azure-sql-failover-group.ts
function pointing(stack, type, path2, target) {
  const hits = [];
  const unresolved = [];
  for (const r of stack.resourcesOfType(type)) {
    const holder = path2.length === 2 ? r.blocks(path2[0])[0] : r;
    const attr = holder?.attr(path2[path2.length - 1]);
    if (!attr || attr.value === null) continue;
    const targets = designated(stack, attr, r);
    if (targets.includes(target)) hits.push(r);
    else if (targets.length === 0) unresolved.push(r);
  }
  return { hits, unresolved };
}
function serverOf(stack, r, attrPath) {
  const holder = attrPath.length === 2 ? r.blocks(attrPath[0])[0] : r;
  const attr = holder?.attr(attrPath[attrPath.length - 1]);
  return attr ? designated(stack, attr, r).find((s) => s.resourceType === "azurerm_mssql_server") : void 0;
}
function counterpart(stack, server, databases2) {
  let found = false;
  const elsewhere = (other) => {
    found = true;
    return other === void 0 || sameRegion(server, other) !== true;
  };
  const asPrimary = pointing(stack, "azurerm_mssql_failover_group", ["server_id"], server);
  for (const g of asPrimary.hits) if (elsewhere(serverOf(stack, g, ["partner_server", "id"]))) return "elsewhere";
  const asPartner = pointing(stack, "azurerm_mssql_failover_group", ["partner_server", "id"], server);
  for (const g of asPartner.hits) if (elsewhere(serverOf(stack, g, ["server_id"]))) return "elsewhere";
  if (asPrimary.unresolved.length > 0) return "elsewhere";
  for (const db of databases2) {
    const secondaries = pointing(stack, "azurerm_mssql_database", ["creation_source_database_id"], db);
    for (const s of secondaries.hits) {
      if (asString(s.value("create_mode"))?.toLowerCase() === "secondary" && elsewhere(serverOf(stack, s, ["server_id"])))
        return "elsewhere";
    }
  }
  return found ? "sameRegion" : "none";
}
var azure_sql_failover_group_default = defineRule({
  meta: {
    id: "azure-sql-failover-group",
    category: "missing-multi-region-failover",
    severity: "warning",
    title: "Azure SQL servers should fail over to another region",
    description: 'Flags `azurerm_mssql_server` resources that host databases in the stack but have no counterpart in another region: no `azurerm_mssql_failover_group` that has the server as `server_id` or `partner_server.id` with the other server in a different location, and no geo-secondary database (`create_mode = "Secondary"` with `creation_source_database_id` pointing at one of its databases) on a server elsewhere. A server that is itself the partner or secondary counts as covered. Examples and tests of reusable modules are not checked.',
    messages: {
      noFailover: "Azure SQL server {resource} in {region} has no failover group or geo-secondary in another region: a regional outage takes its databases ({databases}) offline until the region recovers, and a geo-restore loses up to an hour of writes. Add an azurerm_mssql_failover_group with a partner server in the paired region.",
      sameRegionFailover: "Azure SQL server {resource} fails over only to a server in the same region ({region}): a regional outage takes both, with its databases ({databases}). Move the failover partner or geo-secondary to the paired region."
    },
    optionsSchema: { type: "object", properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS }
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const server of stack.resourcesOfType("azurerm_mssql_server")) {
        const databases2 = pointing(stack, "azurerm_mssql_database", ["server_id"], server).hits;
        if (databases2.length === 0) continue;
        if (databases2.some((d) => asString(d.value("create_mode"))?.toLowerCase() === "secondary")) continue;
        const found = counterpart(stack, server, databases2);
        if (found === "elsewhere") continue;
        const names = databases2.map((d) => d.address).join(", ");
        context.report({
          messageId: found === "sameRegion" ? "sameRegionFailover" : "noFailover",
          data: { resource: server.address, region: regionText(server), databases: names },
          ...stackLocation(server),
          resource: server.address
        });
      }
    }
  }
});

// rules/terraform/azure-storage-geo-redundant.ts
var GEO = { LRS: "GRS", ZRS: "GZRS" };
var azure_storage_geo_redundant_default = defineRule({
  meta: {
    id: "azure-storage-geo-redundant",
    category: "missing-multi-region-failover",
    severity: "warning",
    fixable: true,
    title: "Storage accounts with critical data should be geo-redundant",
    description: "Flags `azurerm_storage_account` resources that hold critical data (by tag or name, configurable) with `account_replication_type` `LRS` or `ZRS`: all copies then live in one region. `GRS`, `RAGRS`, `GZRS` and `RAGZRS` keep an asynchronous copy in the paired region. Premium accounts, which offer no geo-redundancy, are not flagged, nor are examples and tests of reusable modules.",
    messages: {
      singleRegion: "Storage account {resource} holds critical data ({reason}) but is {type}: every copy lives in {location}, so a regional outage makes the data unavailable and a regional disaster can lose it. Use {geo} (or RA{geo} for read access during an outage)."
    },
    ...criticalStoreOptions
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const account of stack.resourcesOfType("azurerm_storage_account")) {
        const attr = account.attr("account_replication_type");
        const type = asString(attr?.value)?.toUpperCase();
        if (!attr || !type || !(type in GEO)) continue;
        if (asString(account.value("account_tier"))?.toLowerCase() === "premium") continue;
        const reason = criticalReason(account, ["name"], context.options);
        if (!reason) continue;
        const geo = GEO[type];
        const at = written(attr, account);
        context.report({
          messageId: "singleRegion",
          data: {
            resource: account.address,
            reason,
            type,
            geo,
            location: asString(account.value("location")) ?? "its region"
          },
          file: at.file,
          range: at.range,
          resource: account.address,
          fix: at.fix(`"${geo}"`)
        });
      }
    }
  }
});

// rules/terraform/gcp-sql-cross-region-replica.ts
var gcp_sql_cross_region_replica_default = defineRule({
  meta: {
    id: "gcp-sql-cross-region-replica",
    category: "missing-multi-region-failover",
    severity: "warning",
    title: "Cloud SQL instances should have a replica in another region",
    description: "Flags `google_sql_database_instance` primaries (no `master_instance_name`) without a replica in another region: no instance whose `master_instance_name` designates it (by reference, through module arguments and outputs, or by name) with a `region` (or provider region) that is not certainly the same. Replicas in the same region are named in the message. Examples and tests of reusable modules are not checked.",
    messages: {
      noReplica: "Cloud SQL instance {resource} exists only in {region}: even a REGIONAL (HA) instance fails with its region. Add a cross-region read replica (master_instance_name pointing at it, in a second region) that can be promoted in a regional outage.",
      sameRegionReplica: "Cloud SQL instance {resource} is replicated only to {copy}, in the same region ({region}): a regional outage takes both. Put a replica in a second region."
    },
    optionsSchema: { type: "object", properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS }
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const instances = stack.resourcesOfType("google_sql_database_instance");
      const replicas = new Map(
        copies(stack, "google_sql_database_instance", "master_instance_name").map((c) => [
          c.resource,
          sourcesOf(stack, c, instances, ["name"])
        ])
      );
      for (const db of instances) {
        if (replicas.has(db)) continue;
        const c = coverage(db, replicas);
        if (c.kind === "covered") continue;
        const data = { resource: db.address, region: regionText(db) };
        if (c.kind === "sameRegionOnly")
          context.report({
            messageId: "sameRegionReplica",
            data: { ...data, copy: c.copy.address },
            ...stackLocation(db),
            resource: db.address
          });
        else context.report({ messageId: "noReplica", data, ...stackLocation(db), resource: db.address });
      }
    }
  }
});

// rules/terraform/lib/backend.ts
function rootBackends(project, ...types) {
  const out = [];
  for (const stack of project.stacks) {
    const backend = stack.root.backend;
    if (stack.root.isRoot && backend && types.includes(backend.backendType)) out.push({ module: stack.root, backend });
  }
  return out;
}
function setting(backend, name) {
  const s = backend.config.get(name);
  return s && s.value !== null ? s : void 0;
}
function boolState(backend, name) {
  const s = setting(backend, name);
  if (!s) return "absent";
  if (isUnknown(s.value)) return "unknown";
  const b = asBool(s.value);
  return b === void 0 ? "unknown" : b ? "true" : "false";
}
function backendLocation(backend) {
  return `${backend.file.path}:${backend.headerRange.start.line}`;
}
function settingEdits(backend, name, valueText) {
  const s = backend.config.get(name);
  if (s) return [{ file: s.file, range: s.range, text: `${name} = ${valueText}` }];
  return setAttributeEdits(backend, name, valueText);
}
function settingFix(backend, name, valueText) {
  return {
    description: `Set ${name} = ${valueText} in the backend configuration`,
    edits: settingEdits(backend, name, valueText)
  };
}
function settingOrHeader(backend, name) {
  const s = backend.config.get(name);
  return s ? { file: s.file, range: s.range } : { file: backend.file, range: backend.headerRange };
}

// rules/terraform/tf-backend-s3-encryption.ts
var tf_backend_s3_encryption_default = defineRule({
  meta: {
    id: "tf-backend-s3-encryption",
    category: "unversioned-state",
    severity: "warning",
    fixable: true,
    title: "S3 backends must set encrypt = true",
    description: 'Flags `backend "s3"` configurations (with their partial configuration files, `*.tfbackend` and `backend.hcl`) whose `encrypt` is missing or false. Terraform state contains database passwords, private keys and tokens in plain text; `encrypt = true` makes the backend request server-side encryption for every state write, whatever the bucket default is, and is required for `kms_key_id` to take effect.',
    messages: {
      notEncrypted: "The S3 backend of {module} does not encrypt its state (encrypt is {state}): the state file holds every secret Terraform manages in plain text. Set encrypt = true (and kms_key_id for a customer-managed key)."
    }
  },
  check(project, context) {
    for (const { module, backend } of rootBackends(project.terraform, "s3")) {
      const state = boolState(backend, "encrypt");
      if (state === "true" || state === "unknown") continue;
      context.report({
        messageId: "notEncrypted",
        data: { module: module.dir, state: state === "absent" ? "not set" : "false" },
        ...settingOrHeader(backend, "encrypt"),
        resource: "terraform.backend.s3",
        fix: settingFix(backend, "encrypt", "true")
      });
    }
  }
});

// rules/terraform/tf-backend-s3-locking.ts
var tf_backend_s3_locking_default = defineRule({
  meta: {
    id: "tf-backend-s3-locking",
    category: "unversioned-state",
    severity: "error",
    fixable: true,
    title: "S3 backends must lock the state",
    description: 'Flags `backend "s3"` configurations (with their partial configuration files) that set neither `dynamodb_table` nor `use_lockfile = true`. Without a lock, two `terraform apply` runs (a pipeline and a laptop, two merged pull requests) read the same state and the last write wins: resources the other run created are forgotten, and the next plan tries to create them again or destroys them.',
    messages: {
      noLock: "The S3 backend of {module} has no state locking (no dynamodb_table, use_lockfile is {state}): two concurrent applies can overwrite each other's state and orphan or destroy resources. Set use_lockfile = true (Terraform 1.10+) or a dynamodb_table."
    }
  },
  check(project, context) {
    for (const { module, backend } of rootBackends(project.terraform, "s3")) {
      if (setting(backend, "dynamodb_table")) continue;
      const state = boolState(backend, "use_lockfile");
      if (state === "true" || state === "unknown") continue;
      context.report({
        messageId: "noLock",
        data: { module: module.dir, state: state === "absent" ? "not set" : "false" },
        ...settingOrHeader(backend, "use_lockfile"),
        resource: "terraform.backend.s3",
        fix: settingFix(backend, "use_lockfile", "true")
      });
    }
  }
});

// rules/terraform/tf-local-state.ts
function location(module) {
  const tf = module.terraformBlocks[0];
  if (tf) return { file: tf.file, range: tf.headerRange };
  const file = module.providers[0]?.file ?? module.files[0];
  if (!file) return void 0;
  const start = { line: 1, column: 1, offset: 0 };
  const text = file.lineText(1);
  return { file, range: { start, end: { line: 1, column: text.length + 1, offset: text.length } } };
}
var tf_local_state_default = defineRule({
  meta: {
    id: "tf-local-state",
    category: "unversioned-state",
    severity: "error",
    title: "Root modules must keep their state in a remote backend",
    description: 'Flags root modules (directories no scanned module calls that configure a provider or a backend) with `backend "local"` or with no backend at all. Local state lives on the laptop or CI runner that applied last: it is lost with that disk, is not locked against a second apply, and is invisible to the team. Reusable modules (no provider and no backend configuration) and the examples and tests of a module are not roots and are not flagged.',
    messages: {
      explicitLocal: 'Root module {module} keeps its state in a local file (backend "local"): the state is lost with the disk it is on, cannot be locked, and nobody else can apply safely. Use a remote backend with versioning and locking (s3, gcs, azurerm, or HCP Terraform).',
      noBackend: "Root module {module} configures providers but no backend, so its state is a local terraform.tfstate: lost with the disk it is on, not locked, and not shared with the team. Add a remote backend with versioning and locking (s3, gcs, azurerm, or HCP Terraform)."
    },
    optionsSchema: {
      type: "object",
      properties: { exampleDirs: exampleDirsSchema },
      additionalProperties: false
    },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS }
  },
  check(project, context) {
    const exampleDirs = context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS;
    for (const stack of project.terraform.stacks) {
      const root = stack.root;
      if (!isDeployableRoot(root) || isExample(root, exampleDirs)) continue;
      const backend = root.backend;
      if (backend && backend.backendType === "local") {
        context.report({
          messageId: "explicitLocal",
          data: { module: root.dir },
          file: backend.file,
          range: backend.headerRange,
          resource: "terraform.backend.local"
        });
        continue;
      }
      if (backend) continue;
      const at = location(root);
      if (at)
        context.report({
          messageId: "noBackend",
          data: { module: root.dir },
          ...at,
          resource: "terraform.backend.local"
        });
    }
  }
});

// rules/terraform/lib/state-buckets.ts
var STATE_STORES = [
  { backendType: "s3", resourceType: "aws_s3_bucket", nameAttribute: "bucket", backendSetting: "bucket" },
  { backendType: "gcs", resourceType: "google_storage_bucket", nameAttribute: "name", backendSetting: "bucket" },
  {
    backendType: "azurerm",
    resourceType: "azurerm_storage_account",
    nameAttribute: "name",
    backendSetting: "storage_account_name"
  }
];
function stateBuckets(project) {
  const out = [];
  for (const store of STATE_STORES) {
    const byName = /* @__PURE__ */ new Map();
    for (const { backend } of rootBackends(project, store.backendType)) {
      const v = setting(backend, store.backendSetting)?.value;
      if (typeof v === "string" && v !== "") byName.set(v, [...byName.get(v) ?? [], backend]);
    }
    if (byName.size === 0) continue;
    const seen = /* @__PURE__ */ new Set();
    for (const stack of project.stacks) {
      for (const resource of stack.resourcesOfType(store.resourceType)) {
        const name = resource.value(store.nameAttribute);
        const backends = typeof name === "string" ? byName.get(name) : void 0;
        if (!backends || typeof name !== "string") continue;
        const key = `${resource.file.path}:${resource.range.start.offset}:${resource.key ?? ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ store, resource, stack, name, backends });
      }
    }
  }
  return out;
}
function backendLocations(backends) {
  return backends.map(backendLocation).join(", ");
}
function referrersAnywhere(project, target, type, attr) {
  const seen = /* @__PURE__ */ new Set();
  for (const stack of project.stacks) for (const r of stack.referrers(target, type, attr)) seen.add(r);
  return [...seen];
}

// rules/terraform/tf-state-bucket-versioning.ts
var REMEDY = {
  aws_s3_bucket: 'Add an aws_s3_bucket_versioning resource with versioning_configuration { status = "Enabled" }.',
  google_storage_bucket: "Add versioning { enabled = true } to the bucket.",
  azurerm_storage_account: "Set blob_properties { versioning_enabled = true } on the storage account."
};
var KIND = {
  aws_s3_bucket: "S3 bucket",
  google_storage_bucket: "Cloud Storage bucket",
  azurerm_storage_account: "Storage account"
};
function addVersioningResource(bucket) {
  if (bucket.key !== void 0) return void 0;
  const i = bucket.indent;
  const step = bucket.bodyIndent.slice(i.length) || "  ";
  const text = `

${i}resource "aws_s3_bucket_versioning" "${bucket.name}" {
${i}${step}bucket = ${bucket.resourceType}.${bucket.name}.id
${i}${step}versioning_configuration {
${i}${step}${step}status = "Enabled"
${i}${step}}
${i}}`;
  const end = bucket.node.closeBraceRange.end;
  return {
    description: 'Add an aws_s3_bucket_versioning resource with status "Enabled"',
    edits: [{ file: bucket.file, range: { start: end, end }, text }]
  };
}
function judgeS3(project, bucket) {
  let off;
  for (const v of referrersAnywhere(project, bucket, "aws_s3_bucket_versioning", "bucket")) {
    const config = v.blocks("versioning_configuration")[0];
    const status = config?.attr("status");
    if (!config || !status) continue;
    const s = asString(status.value);
    if (s === void 0 || s === "Enabled") return void 0;
    off ??= {
      messageId: "versioningOff",
      state: `"${s}" in ${v.address}`,
      remedy: 'Set status = "Enabled".',
      file: status.file,
      range: status.range,
      fix: literalFix(config, "status", '"Enabled"')
    };
  }
  const inline2 = bucket.blocks("versioning")[0];
  const enabled = inline2?.attr("enabled");
  if (inline2 && enabled && asBool(enabled.value) !== false) return void 0;
  if (off) return off;
  if (inline2 && enabled) {
    return {
      messageId: "versioningOff",
      state: "disabled (versioning { enabled = false })",
      remedy: "Set enabled = true.",
      file: enabled.file,
      range: enabled.range,
      fix: literalFix(inline2, "enabled", "true")
    };
  }
  return { messageId: "unversioned", file: bucket.file, range: bucket.headerRange, fix: addVersioningResource(bucket) };
}
function judgeNested(resource, blockType, attribute) {
  const block = resource.blocks(blockType)[0];
  if (!block)
    return {
      messageId: "unversioned",
      file: resource.file,
      range: resource.headerRange,
      fix: insertBlockFix(resource, blockType, [[attribute, "true"]])
    };
  const attr = block.attr(attribute);
  if (attr && attr.value !== null && asBool(attr.value) !== false) return void 0;
  const fix = literalFix(block, attribute, "true");
  if (attr && attr.value !== null)
    return {
      messageId: "versioningOff",
      state: `disabled (${attribute} = false)`,
      remedy: `Set ${attribute} = true.`,
      file: attr.file,
      range: attr.range,
      fix
    };
  return { messageId: "unversioned", file: block.file, range: block.headerRange, fix };
}
function judge2(project, b) {
  switch (b.store.resourceType) {
    case "aws_s3_bucket":
      return judgeS3(project, b.resource);
    case "google_storage_bucket":
      return judgeNested(b.resource, "versioning", "enabled");
    default:
      return judgeNested(b.resource, "blob_properties", "versioning_enabled");
  }
}
var tf_state_bucket_versioning_default = defineRule({
  meta: {
    id: "tf-state-bucket-versioning",
    category: "unversioned-state",
    severity: "error",
    fixable: true,
    title: "Terraform state buckets must be versioned",
    description: "For every `s3`, `gcs` and `azurerm` backend, finds the bucket or storage account that holds the state wherever it is declared in the scanned tree (matched by the backend's `bucket` / `storage_account_name`, partial configuration files included) and requires object versioning: `aws_s3_bucket_versioning` with status `Enabled` (or the v3 inline `versioning { enabled = true }`), `versioning { enabled = true }` on a `google_storage_bucket`, `blob_properties { versioning_enabled = true }` on an `azurerm_storage_account`. Without versions, one corrupted or deleted state file cannot be rolled back and Terraform loses track of everything it manages.",
    messages: {
      unversioned: '{kind} {resource} ("{name}") holds the Terraform state of the backend at {backends} but keeps no versions: a corrupted write or an accidental delete loses the state for good, and Terraform no longer knows what it manages. {remedy}',
      versioningOff: '{kind} {resource} ("{name}") holds the Terraform state of the backend at {backends}, but its versioning is {state}: a corrupted write or an accidental delete cannot be rolled back. {remedy}'
    }
  },
  check(project, context) {
    for (const b of stateBuckets(project.terraform)) {
      const verdict = judge2(project.terraform, b);
      if (!verdict) continue;
      const type = b.store.resourceType;
      context.report({
        messageId: verdict.messageId,
        data: {
          kind: KIND[type],
          resource: b.resource.address,
          name: b.name,
          backends: backendLocations(b.backends),
          remedy: verdict.remedy ?? REMEDY[type],
          state: verdict.state ?? ""
        },
        file: verdict.file,
        range: verdict.range,
        resource: b.resource.address,
        fix: verdict.fix
      });
    }
  }
});

// rules/terraform/tf-state-file-committed.ts
var tf_state_file_committed_default = defineRule({
  meta: {
    id: "tf-state-file-committed",
    category: "unversioned-state",
    severity: "error",
    title: "Terraform state files must not be committed",
    description: "Flags `*.tfstate` and `*.tfstate.backup` files in the scanned tree (their contents are never read or printed). State holds every secret Terraform manages in plain text, and git history keeps it forever; a committed state also forks the moment two people apply from different checkouts, which leads to duplicated or destroyed resources.",
    messages: {
      committed: "Terraform state file {path} is committed: it stores secrets in plain text for everyone with read access to the repository, and copies of it diverge between checkouts. Move the state to a remote backend, delete the file from the repository (and its history), rotate the secrets it held, and add *.tfstate* to .gitignore."
    }
  },
  check(project, context) {
    for (const file of project.stateFiles) {
      const start = { line: 1, column: 1, offset: 0 };
      context.report({
        messageId: "committed",
        data: { path: file.path },
        file,
        range: { start, end: start },
        resource: `file:${file.path}`
      });
    }
  }
});

// rules/terraform/index.ts
var rules5 = [
  aws_dynamodb_global_table_default,
  aws_rds_cross_region_replica_default,
  aws_route53_failover_default,
  aws_s3_cross_region_replication_default,
  azure_cosmosdb_multi_region_default,
  azure_sql_failover_group_default,
  azure_storage_geo_redundant_default,
  gcp_sql_cross_region_replica_default,
  tf_backend_s3_encryption_default,
  tf_backend_s3_locking_default,
  tf_local_state_default,
  tf_state_bucket_versioning_default,
  tf_state_file_committed_default
];

// rules/index.ts
var builtinRules = [...rules, ...rules2, ...rules3, ...rules4, ...rules5].sort(
  (a, b) => a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0
);

// src/engine/lint.ts
import { resolve as resolve4 } from "node:path";

// src/findings/finding.ts
var SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || cmp(a.resource ?? "", b.resource ?? "");
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/read/discover.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

// src/read/kinds.ts
function kindOf2(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1).toLowerCase();
  if (name.endsWith(".tf")) return "terraform";
  if (name.endsWith(".tf.json")) return "terraform-json";
  if (name.endsWith(".tfvars")) return "tfvars";
  if (name.endsWith(".tfvars.json")) return "tfvars-json";
  if (name.endsWith(".tfbackend") || name === "backend.hcl") return "backend-config";
  if (name.endsWith(".tfstate") || name.endsWith(".tfstate.backup")) return "tfstate";
  if (name.endsWith(".yaml") || name.endsWith(".yml")) return "yaml";
  return "other";
}
function isAutoTfvars(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  return name === "terraform.tfvars" || name === "terraform.tfvars.json" || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
}
function tfvarsOrder(path2) {
  const name = path2.slice(path2.lastIndexOf("/") + 1);
  return (name.startsWith("terraform.tfvars") ? "0" : "1") + name;
}

// src/read/discover.ts
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform", ".terragrunt-cache", ".hg", ".svn"]);
function displayPath(cwd, abs) {
  const rel = relative(cwd, abs);
  return (rel === "" ? "." : rel).split(sep).join("/");
}
async function discover(paths, options) {
  const root = options.root ? tryRealpath(options.root) ?? resolve(options.root) : void 0;
  const seen = /* @__PURE__ */ new Set();
  const files = [];
  const problems = [];
  const inside = (real) => !root || real === root || real.startsWith(root + sep);
  function visit(abs, explicit) {
    const display = displayPath(options.cwd, abs);
    if (!explicit && options.isIgnored?.(display)) return;
    const real = tryRealpath(abs);
    if (real === void 0) {
      if (explicit) problems.push({ path: display, reason: "no such file or directory" });
      return;
    }
    if (!inside(real)) {
      problems.push({ path: display, reason: "outside the workspace: not read" });
      return;
    }
    let info;
    try {
      info = statSync(real);
    } catch {
      return;
    }
    if (info.isDirectory()) visitDir(abs, real);
    else if (info.isFile()) addFile(abs, real, display, explicit);
  }
  function visitDir(abs, real) {
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (SKIP_DIRS.has(entry.name)) continue;
      const childAbs = join(abs, entry.name);
      if (entry.isSymbolicLink()) {
        visit(childAbs, false);
        continue;
      }
      const isDir = entry.isDirectory();
      if (!isDir && !entry.isFile()) continue;
      const display = displayPath(options.cwd, childAbs);
      if (options.isIgnored?.(display)) continue;
      const childReal = join(real, entry.name);
      if (isDir) visitDir(childAbs, childReal);
      else addFile(childAbs, childReal, display, false);
    }
  }
  function addFile(abs, real, display, explicit) {
    if (seen.has(real)) return;
    const kind = kindOf2(display);
    if (kind === "other" && !explicit) return;
    seen.add(real);
    files.push({ abs, path: display, kind: kind === "other" ? "yaml" : kind, explicit });
  }
  for (const p of paths) visit(resolve(options.cwd, p), true);
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, problems };
}
function tryRealpath(path2) {
  try {
    return realpathSync.native(path2);
  } catch {
    return void 0;
  }
}

// src/read/load.ts
import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
var DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
function loadFileSync(abs, path2, maxBytes = DEFAULT_MAX_FILE_BYTES) {
  let fd;
  try {
    fd = openSync(abs, "r");
  } catch (e) {
    return { ok: false, reason: `cannot be read (${e.code ?? "error"})` };
  }
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes)
      return { ok: false, reason: `too large (${formatBytes(size)}, the limit is ${formatBytes(maxBytes)})` };
    return decode(readFileSync(fd), path2);
  } catch (e) {
    return { ok: false, reason: `cannot be read (${e.message})` };
  } finally {
    closeSync(fd);
  }
}
function decode(buf, path2) {
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, reason: "binary file" };
  let text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  return { ok: true, source: new SourceFile(path2, text) };
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

// src/engine/build-project.ts
import { dirname } from "node:path";

// src/model/kubernetes/classify.ts
var TOOLING_GROUPS = /* @__PURE__ */ new Set([
  "kustomize.config.k8s.io",
  "kind.x-k8s.io",
  "k3d.io",
  "kubeadm.k8s.io",
  "kubelet.config.k8s.io",
  "kubeproxy.config.k8s.io",
  "apiserver.config.k8s.io",
  "apiserver.k8s.io",
  "audit.k8s.io",
  "client.authentication.k8s.io",
  "ctlptl.dev",
  "kuttl.dev"
]);
function stringScalar(node) {
  return node && node.kind === "scalar" && typeof node.value === "string" && node.value !== "" ? node : void 0;
}
function isKubernetesObject(root) {
  if (!root || root.kind !== "map") return false;
  const apiVersion = stringScalar(yget(root, "apiVersion"));
  const kind = stringScalar(yget(root, "kind"));
  if (!apiVersion || !kind) return false;
  const version = apiVersion.value;
  const group = version.includes("/") ? version.slice(0, version.lastIndexOf("/")) : "";
  if (TOOLING_GROUPS.has(group) || version.startsWith("skaffold/")) return false;
  if (version === "v1" && kind.value === "Config") return false;
  return true;
}
function isListKind(kind) {
  return kind === "List" || kind.endsWith("List") && kind.length > 4;
}

// src/model/kubernetes/values.ts
function stringMap(node) {
  const out = {};
  if (!node || node.kind !== "map") return out;
  for (const p of node.pairs) {
    if (p.key.kind !== "scalar" || p.value.kind !== "scalar") continue;
    out[String(p.key.value)] = p.value.value === null ? "" : String(p.value.value);
  }
  return out;
}

// src/model/kubernetes/pod.ts
var WORKLOAD_KINDS = /* @__PURE__ */ new Set([
  "Deployment",
  "StatefulSet",
  "DaemonSet",
  "ReplicaSet",
  "ReplicationController",
  "Job",
  "DeploymentConfig",
  "Rollout"
]);
function asMap(node) {
  return node && node.kind === "map" ? node : void 0;
}
function findPodTemplate(kind, root) {
  if (kind === "Pod") return podTemplate(asMap(yget(root, "spec")), asMap(yget(root, "metadata")), true);
  if (kind === "PodTemplate") {
    const template2 = asMap(yget(root, "template"));
    return podTemplate(asMap(yget(template2, "spec")), asMap(yget(template2, "metadata")), true);
  }
  const template = kind === "CronJob" ? asMap(ypath(root, "spec", "jobTemplate", "spec", "template")) : asMap(ypath(root, "spec", "template"));
  const known = kind === "CronJob" || WORKLOAD_KINDS.has(kind);
  return podTemplate(asMap(yget(template, "spec")), asMap(yget(template, "metadata")), known);
}
function podTemplate(spec, metadata, known) {
  if (!spec) return void 0;
  const containers = yget(spec, "containers");
  if (!known && containers?.kind !== "seq") return void 0;
  return {
    spec,
    labels: stringMap(yget(metadata, "labels")),
    containers: containerList2(spec, "containers", false),
    initContainers: containerList2(spec, "initContainers", true)
  };
}
function containerList2(spec, key, init) {
  const list3 = yget(spec, key);
  if (!list3 || list3.kind !== "seq") return [];
  const out = [];
  for (const item2 of list3.items) {
    if (item2.kind !== "map") continue;
    const name = yget(item2, "name");
    const image = yget(item2, "image");
    const c = {
      name: name && name.kind === "scalar" && name.value !== null ? String(name.value) : "",
      init,
      node: item2,
      list: list3,
      headerRange: name && name.kind === "scalar" ? name.range : pointRange(item2.range.start)
    };
    if (image && image.kind === "scalar" && image.value !== null) c.image = String(image.value);
    out.push(c);
  }
  return out.slice();
}

// src/model/kubernetes/build.ts
function buildKubernetesModel(inputs) {
  const objects = [];
  const notKubernetes = [];
  for (const input of inputs) {
    const before = objects.length;
    for (const doc of input.stream.documents) {
      const root = doc.root;
      if (!isKubernetesObject(root)) continue;
      const helmSource = input.helmSources?.[doc.index];
      const kind = stringScalar(yget(root, "kind")).value;
      const items = yget(root, "items");
      if (isListKind(kind) && items?.kind === "seq") {
        for (const item2 of items.items)
          if (isKubernetesObject(item2)) objects.push(toObject(input.file, doc, item2, helmSource));
      } else objects.push(toObject(input.file, doc, root, helmSource));
    }
    if (objects.length === before && input.stream.errors.length === 0) notKubernetes.push(input.file);
  }
  return { project: { objects }, notKubernetes };
}
function toObject(file, doc, root, helmSource) {
  const kindNode = stringScalar(yget(root, "kind"));
  const kind = kindNode.value;
  const apiVersion = stringScalar(yget(root, "apiVersion")).value;
  const metadataNode = yget(root, "metadata");
  const metadata = metadataNode?.kind === "map" ? metadataNode : void 0;
  const nameNode = yget(metadata, "name") ?? yget(metadata, "generateName");
  const name = nameNode?.kind === "scalar" && nameNode.value !== null ? String(nameNode.value) : "";
  const nsNode = yget(metadata, "namespace");
  const namespace = nsNode?.kind === "scalar" && nsNode.value !== null && String(nsNode.value) !== "" ? String(nsNode.value) : "default";
  const obj2 = {
    apiVersion,
    kind,
    name,
    namespace,
    // join() builds a flat string (a template keeps a tree of pieces for the whole run).
    id: [kind, namespace, name].join("/"),
    file,
    doc,
    root,
    labels: stringMap(yget(metadata, "labels")),
    annotations: stringMap(yget(metadata, "annotations")),
    headerRange: kindNode.range
  };
  if (metadata) obj2.metadata = metadata;
  const pod = findPodTemplate(kind, root);
  if (pod) obj2.pod = pod;
  if (helmSource !== void 0) obj2.helmSource = helmSource;
  return obj2;
}

// src/model/terraform/module-def.ts
import { posix } from "node:path";
function defineModule(input) {
  const def = {
    dir: input.dir,
    input,
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    resources: /* @__PURE__ */ new Map(),
    calls: /* @__PURE__ */ new Map(),
    providers: [],
    terraformBlocks: []
  };
  const addOnce = (map, key, v) => {
    if (!map.has(key)) map.set(key, v);
  };
  for (const { file, hcl } of input.files) {
    for (const b of hcl.body.blocks) {
      const l = b.labels.map((x) => x.value);
      switch (b.type) {
        case "variable":
          if (l[0] !== void 0) addOnce(def.variables, l[0], { node: b, file });
          break;
        case "locals":
          for (const a of b.body.attributes) addOnce(def.locals, a.name, { node: a, file });
          break;
        case "output":
          if (l[0] !== void 0) addOnce(def.outputs, l[0], { node: b, file });
          break;
        case "resource":
        case "data":
          if (l.length >= 2) {
            const mode = b.type === "data" ? "data" : "managed";
            const key = `${mode === "data" ? "data." : ""}${l[0]}.${l[1]}`;
            addOnce(def.resources, key, { node: b, file, mode, resourceType: l[0], name: l[1] });
          }
          break;
        case "module":
          if (l[0] !== void 0) addOnce(def.calls, l[0], { node: b, file });
          break;
        case "provider":
          if (l[0] !== void 0) def.providers.push({ node: b, file });
          break;
        case "terraform":
          def.terraformBlocks.push({ node: b, file });
          break;
      }
    }
  }
  return def;
}
function blockAttr(b, name) {
  return b.body.attributes.find((a) => a.name === name);
}
function callSource(b) {
  const a = blockAttr(b, "source");
  const v = a ? evaluate(a.expr, EMPTY_SCOPE) : void 0;
  return typeof v === "string" ? v : "";
}
function isLocalSource(source) {
  return source.startsWith("./") || source.startsWith("../") || source === "." || source === "..";
}
function resolveLocalSource(callerDir, source) {
  const joined = posix.normalize(posix.join(callerDir.replace(/\\/g, "/"), source));
  const trimmed = joined.replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}

// src/engine/access-recorder.ts
var accessRecorder;

// src/model/terraform/json-blocks.ts
function isTfJson(file) {
  return file.path.endsWith(".tf.json");
}
function jsonAttributeBlocks(body, type, file) {
  const attr = body.attributes.find((a) => a.name === type);
  if (!attr) return [];
  const expr = attr.expr;
  if (expr.kind === "ObjectCons") return [objectBlock(attr, expr, startOffset(attr.range), file)];
  if (expr.kind === "TupleCons" && expr.items.length > 0 && expr.items.every((i) => i.kind === "ObjectCons")) {
    return expr.items.map((item2) => objectBlock(attr, item2, startOffset(item2.range), file));
  }
  return [];
}
function objectBlock(attr, obj2, start, file) {
  const open = startOffset(obj2.range);
  const end = endOffset(obj2.range);
  return {
    kind: "Block",
    type: attr.name,
    typeRange: attr.nameRange,
    labels: [],
    body: objectBody(obj2),
    openBraceRange: file.span(open, open + 1),
    closeBraceRange: file.span(Math.max(open, end - 1), end),
    range: file.span(start, end)
  };
}
function objectBody(obj2) {
  const attributes = [];
  for (const item2 of obj2.items) {
    const name = literalKey(item2.key, item2.bareKey);
    if (name === void 0 || name === "//") continue;
    attributes.push({ kind: "Attribute", name, nameRange: item2.key.range, expr: item2.value, range: item2.range });
  }
  return { kind: "Body", attributes, blocks: [], range: obj2.range };
}
function literalKey(key, bareKey) {
  if (bareKey !== void 0) return bareKey;
  if (key.kind === "LiteralValue" && typeof key.value === "string") return key.value;
  return void 0;
}

// src/model/terraform/block.ts
var NO_NAMES = /* @__PURE__ */ new Set();
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
var AttributeView = class {
  constructor(node, file, scope, bound2) {
    this.node = node;
    this.file = file;
    this.scope = scope;
    this.bound = bound2;
  }
  node;
  file;
  scope;
  bound;
  cached;
  refs;
  // Read through from the node rather than copied: one view per attribute lives for the whole run.
  get name() {
    return this.node.name;
  }
  get range() {
    return this.node.range;
  }
  get nameRange() {
    return this.node.nameRange;
  }
  get valueRange() {
    return this.node.expr.range;
  }
  get value() {
    const cached = this.cached;
    if (cached === EVALUATING) return UNKNOWN;
    if (cached !== void 0) return cached;
    this.cached = EVALUATING;
    let v;
    try {
      v = evaluate(this.node.expr, this.scope);
    } finally {
      this.cached = v;
    }
    return v;
  }
  get references() {
    return this.refs ??= referenceAddresses(this.node.expr, this.bound);
  }
};
var BlockView = class _BlockView {
  constructor(node, file, scope, options = {}) {
    this.node = node;
    this.file = file;
    this.scope = scope;
    this.header = options.header;
    this.type = options.typeName ?? node.type;
    this.bound = options.bound ?? NO_NAMES;
    this.parent = options.parent;
  }
  node;
  file;
  scope;
  type;
  bound;
  /** For `dynamic` content: the dynamic block (header and range come from it). */
  header;
  parent;
  // Built on first use: many blocks are never asked for some of these, and all live for the whole run.
  /** Views of `node.body.attributes`, by index; a Map per block cost more than the views. */
  views;
  nested;
  get range() {
    return (this.header ?? this.node).range;
  }
  get headerRange() {
    const header = this.header ?? this.node;
    const lastLabel = header.labels[header.labels.length - 1];
    return lastLabel ? this.file.span(startOffset(header.typeRange), endOffset(lastLabel.range)) : header.typeRange;
  }
  /** Every attribute by name (the first of duplicates, which the parser reports). */
  get attributes() {
    const out = /* @__PURE__ */ new Map();
    const list3 = this.node.body.attributes;
    for (let i = 0; i < list3.length; i++) if (!out.has(list3[i].name)) out.set(list3[i].name, this.view(i));
    return out;
  }
  /** The view of the first attribute called `name`. */
  find(name) {
    const list3 = this.node.body.attributes;
    for (let i = 0; i < list3.length; i++) if (list3[i].name === name) return this.view(i);
    return void 0;
  }
  view(i) {
    const views = this.views ??= new Array(this.node.body.attributes.length);
    return views[i] ??= new AttributeView(this.node.body.attributes[i], this.file, this.scope, this.bound);
  }
  /** Label values (none for dynamic content). Computed on read, like the indents: rarely asked, kept for no one. */
  get labels() {
    return this.header ? [] : this.node.labels.map((l) => l.value);
  }
  get indent() {
    return this.file.indentOf(this.range.start.line);
  }
  get bodyIndent() {
    return bodyIndentOf(this.node, this.file, this.indent);
  }
  attr(name) {
    if (accessRecorder) this.recordRead(name);
    return this.find(name);
  }
  value(name) {
    if (accessRecorder) this.recordRead(name);
    return this.find(name)?.value;
  }
  blocks(type) {
    if (accessRecorder) this.recordRead(type);
    const nested = this.nested ??= /* @__PURE__ */ new Map();
    let list3 = nested.get(type);
    if (!list3) {
      list3 = [];
      for (const b of this.node.body.blocks) {
        if (b.type === type) list3.push(new _BlockView(b, this.file, this.scope, { bound: this.bound, parent: this }));
        else if (b.type === "dynamic" && b.labels[0]?.value === type) list3.push(...this.dynamicContents(b, type));
      }
      if (isTfJson(this.file)) {
        for (const b of jsonAttributeBlocks(this.node.body, type, this.file)) {
          list3.push(new _BlockView(b, this.file, this.scope, { bound: this.bound, parent: this }));
        }
      }
      nested.set(type, list3);
    }
    return list3;
  }
  /** The blocks a `dynamic "type"` block generates; one with an UNKNOWN iterator when for_each is unknown. */
  dynamicContents(dyn, type) {
    const content = dyn.body.blocks.find((b) => b.type === "content");
    if (!content) return [];
    const iteratorAttr = dyn.body.attributes.find((a) => a.name === "iterator");
    const iterName = (iteratorAttr && traversalRoot(iteratorAttr.expr)) ?? type;
    const bound2 = new Set(this.bound).add(iterName);
    const forEachAttr = dyn.body.attributes.find((a) => a.name === "for_each");
    const coll = forEachAttr ? evaluate(forEachAttr.expr, this.scope) : UNKNOWN;
    let pairs;
    if (coll !== UNKNOWN) {
      try {
        pairs = iterate(coll);
      } catch {
        pairs = void 0;
      }
    }
    const make = (iter) => new _BlockView(content, this.file, bindScope(this.scope, { [iterName]: iter }), {
      header: dyn,
      typeName: type,
      bound: bound2,
      parent: this
    });
    if (!pairs) return [make(UNKNOWN)];
    return pairs.map(([k, v]) => {
      const iter = newObject();
      setKey(iter, "key", k);
      setKey(iter, "value", v);
      return make(iter);
    });
  }
  get(path2) {
    let cur = this;
    for (const step of path2.split(".")) {
      if (cur instanceof _BlockView) {
        const a = cur.attr(step);
        if (a) {
          cur = a.value;
          continue;
        }
        const bs = cur.blocks(step);
        if (bs.length === 0) return void 0;
        cur = bs[0];
        continue;
      }
      let v = cur;
      if (v === UNKNOWN) return UNKNOWN;
      if (Array.isArray(v)) {
        if (v.length === 0) return void 0;
        v = v[0];
        if (v === UNKNOWN) return UNKNOWN;
      }
      if (!isObj(v) || !hasKey(v, step)) return void 0;
      cur = v[step];
    }
    return cur instanceof _BlockView ? cur.toValue() : cur;
  }
  /** Reports a read to the access recorder, with the owning resource type and the nested block path. */
  recordRead(name) {
    const blockPath = [];
    let root = this;
    for (; root.parent; root = root.parent) blockPath.unshift(root.type);
    const owner = root;
    if (owner.mode && owner.resourceType)
      accessRecorder?.({ mode: owner.mode, resourceType: owner.resourceType, blockPath, name });
  }
  /** The block as an object: attributes, and nested blocks as lists of objects. */
  toValue() {
    const obj2 = newObject();
    for (const [k, a] of this.attributes) setKey(obj2, k, a.value);
    const types = new Set(
      this.node.body.blocks.map((b) => b.type === "dynamic" ? b.labels[0]?.value ?? "" : b.type)
    );
    for (const t of types)
      if (t !== "" && !hasKey(obj2, t))
        setKey(
          obj2,
          t,
          this.blocks(t).map((b) => b.toValue())
        );
    return obj2;
  }
};
function traversalRoot(e) {
  return e.kind === "ScopeTraversal" && e.traversal.length === 0 ? e.root : void 0;
}
function bodyIndentOf(node, file, indent) {
  const headerLine = node.range.start.line;
  const firstLines = [
    ...node.body.attributes.map((a) => a.range.start.line),
    ...node.body.blocks.map((b) => b.range.start.line)
  ].filter((l) => l > headerLine).sort((a, b) => a - b);
  if (firstLines.length > 0) return file.indentOf(firstLines[0]);
  return indent + "  ";
}

// src/model/terraform/lazy.ts
var LazyMap = class {
  done = /* @__PURE__ */ new Map();
  busy = /* @__PURE__ */ new Set();
  get(key, compute, onCycle) {
    if (this.done.has(key)) return this.done.get(key);
    if (this.busy.has(key)) return onCycle;
    this.busy.add(key);
    try {
      const v = compute();
      this.done.set(key, v);
      return v;
    } finally {
      this.busy.delete(key);
    }
  }
};

// src/model/terraform/var-types.ts
function convertToType(value, type) {
  if (!type) return value;
  try {
    return convert(value, type);
  } catch {
    return value;
  }
}
function convert(v, t) {
  if (v === UNKNOWN || v === null) return v;
  if (t.kind === "ScopeTraversal" && t.traversal.length === 0) {
    switch (t.root) {
      case "string":
        return toStr(v);
      case "number":
        return toNum(v);
      case "bool":
        return toBool(v);
      default:
        return v;
    }
  }
  if (t.kind !== "FunctionCall") return v;
  const arg = t.args[0];
  switch (t.name) {
    case "list":
    case "set": {
      if (!Array.isArray(v)) return v;
      const items = v.map((el) => arg ? convert(el, arg) : el);
      return t.name === "set" && items.every((x) => x !== UNKNOWN) ? sortSet(items) : items;
    }
    case "map": {
      if (!isObj(v)) return v;
      const out = newObject();
      for (const k of Object.keys(v)) setKey(out, k, arg ? convert(v[k], arg) : v[k]);
      return out;
    }
    case "tuple": {
      if (!Array.isArray(v) || arg?.kind !== "TupleCons") return v;
      return v.map((el, i) => arg.items[i] ? convert(el, arg.items[i]) : el);
    }
    case "object": {
      if (!isObj(v) || arg?.kind !== "ObjectCons") return v;
      const out = newObject();
      for (const k of Object.keys(v)) setKey(out, k, v[k]);
      for (const item2 of arg.items) {
        const name = item2.bareKey ?? (item2.key.kind === "LiteralValue" ? String(item2.key.value) : void 0);
        if (name === void 0) continue;
        const attrType = item2.value;
        const optional = attrType.kind === "FunctionCall" && attrType.name === "optional";
        if (hasKey(out, name)) {
          const inner = optional ? attrType.args[0] : attrType;
          let x = inner ? convert(out[name], inner) : out[name];
          if (x === null && optional && attrType.args[1])
            x = convert(evaluate(attrType.args[1], EMPTY_SCOPE), attrType.args[0]);
          setKey(out, name, x);
        } else if (optional) {
          const d = attrType.args[1] ? evaluate(attrType.args[1], EMPTY_SCOPE) : null;
          setKey(out, name, attrType.args[0] && d !== null ? convert(d, attrType.args[0]) : d);
        }
      }
      return out;
    }
    case "optional":
      return arg ? convert(v, arg) : v;
    default:
      return v;
  }
}

// src/model/terraform/module-instance.ts
function keySuffix(key) {
  if (key === void 0) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
var ResourceView = class extends BlockView {
  constructor(decl, scope, module, key) {
    super(decl.node, decl.file, scope);
    this.module = module;
    this.key = key;
    this.mode = decl.mode;
    this.resourceType = decl.resourceType;
    this.name = decl.name;
    this.configAddress = [module.prefix, decl.mode === "data" ? "data." : "", decl.resourceType, ".", decl.name].join(
      ""
    );
    this.address = key === void 0 ? this.configAddress : [this.configAddress, keySuffix(key)].join("");
  }
  module;
  key;
  mode;
  resourceType;
  name;
  address;
  configAddress;
  providerResolved = false;
  providerCache;
  get provider() {
    if (!this.providerResolved) {
      this.providerResolved = true;
      const explicit = blockAttr(this.node, "provider");
      const ref = explicit ? exprRef(explicit.expr) : this.resourceType.split("_")[0];
      this.providerCache = ref ? this.module.resolveProvider(ref) : void 0;
    }
    return this.providerCache;
  }
  get region() {
    const family = this.provider?.providerName ?? this.resourceType.split("_")[0];
    if (family === "azurerm") return this.value("location");
    if (family === "google" || family === "google-beta") {
      const own = this.value("region");
      if (own !== void 0) return own;
    }
    return this.provider?.region;
  }
  /** Value of one attribute of this instance as another expression sees it. */
  attributeForReference(name) {
    const a = this.attr(name);
    if (a) return a.value;
    if (this.node.body.blocks.some((b) => b.type === name || b.type === "dynamic" && b.labels[0]?.value === name)) {
      return this.blocks(name).map((b) => b.toValue());
    }
    return UNKNOWN;
  }
};
var ProviderView = class extends BlockView {
  providerName;
  alias;
  ref;
  constructor(decl, scope) {
    super(decl.node, decl.file, scope);
    this.providerName = decl.node.labels[0]?.value ?? "";
    const alias = blockAttr(decl.node, "alias");
    const aliasValue = alias ? evaluate(alias.expr, EMPTY_SCOPE) : void 0;
    if (typeof aliasValue === "string") this.alias = aliasValue;
    this.ref = this.alias ? `${this.providerName}.${this.alias}` : this.providerName;
  }
  get region() {
    return this.value("region");
  }
};
var ModuleCallView = class extends BlockView {
  constructor(decl, scope, module, key, defs) {
    super(decl.node, decl.file, scope);
    this.module = module;
    this.key = key;
    this.name = decl.node.labels[0]?.value ?? "";
    this.address = `${module.prefix}module.${this.name}${keySuffix(key)}`;
    this.source = callSource(decl.node);
    const dir = isLocalSource(this.source) ? resolveLocalSource(module.dir, this.source) : void 0;
    this.local = dir !== void 0 && defs.has(dir);
    if (this.local) this.childDir = dir;
    const version = this.value("version");
    if (typeof version === "string") this.version = version;
  }
  module;
  key;
  name;
  address;
  source;
  local;
  version;
  child;
  /** Directory of a local source when it was scanned. */
  childDir;
  /** The provider this call passes for its source's provider family (registry `ns/name/aws`). */
  get provider() {
    const family = providerFamilyOfSource(this.source);
    if (!family) return void 0;
    const mapped = providersMap(this.node).get(family);
    return this.module.resolveProvider(mapped ?? family);
  }
  get region() {
    return this.provider?.region;
  }
  /** Arguments passed to the child's variables. */
  argument(name) {
    if (META_ARGS.has(name)) return void 0;
    return this.attr(name)?.value;
  }
};
var META_ARGS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
function providerFamilyOfSource(source) {
  const registry = /^(?:[\w.-]+\/)?[\w-]+\/[\w-]+\/([a-z0-9-]+)(?:\/\/.*)?$/.exec(source);
  if (registry && !isLocalSource(source)) return registry[1];
  const named = /terraform-(aws|google|azurerm|kubernetes|helm)-/.exec(source);
  return named?.[1];
}
function providersMap(call) {
  const out = /* @__PURE__ */ new Map();
  const a = blockAttr(call, "providers");
  if (a?.expr.kind !== "ObjectCons") return out;
  for (const item2 of a.expr.items) {
    const k = item2.bareKey ?? exprRef(item2.key);
    const v = exprRef(item2.value);
    if (k && v) out.set(k, v);
  }
  return out;
}
function exprRef(e) {
  if (e.kind === "ScopeTraversal") {
    if (e.traversal.some((t) => t.kind !== "Attr")) return void 0;
    return [e.root, ...e.traversal.map((t) => t.name)].join(".");
  }
  if (e.kind === "TemplateWrap") return exprRef(e.wrapped);
  if (e.kind === "LiteralValue" && typeof e.value === "string") return e.value;
  if (e.kind === "Template" && e.parts.length === 1 && e.parts[0].kind === "TemplateLiteral") return e.parts[0].value;
  return void 0;
}
var BackendView = class extends BlockView {
  backendType;
  config = /* @__PURE__ */ new Map();
  partialFiles = [];
  constructor(node, file, partials) {
    super(node, file, EMPTY_SCOPE);
    this.backendType = node.type === "cloud" ? "cloud" : node.labels[0]?.value ?? "";
    for (const [name, a] of this.attributes) this.config.set(name, { value: a.value, range: a.range, file });
    for (const p of partials) {
      this.partialFiles.push(p.file);
      for (const a of p.hcl.body.attributes) {
        this.config.set(a.name, { value: evaluate(a.expr, EMPTY_SCOPE), range: a.range, file: p.file });
      }
    }
  }
};
var ModuleInstance = class _ModuleInstance {
  constructor(def, ctx, path2, isRoot, call, rootDir, chain) {
    this.def = def;
    this.ctx = ctx;
    this.path = path2;
    this.isRoot = isRoot;
    this.call = call;
    this.rootDir = rootDir;
    this.chain = chain;
    this.dir = def.dir;
    this.files = def.input.files.map((f) => f.file);
    this.prefix = path2 === "" ? "" : `${path2}.`;
    this.scope = { lookup: (root, steps) => this.lookup(root, steps) };
    for (const [name, d] of def.variables) this.variables.set(name, new VariableView(name, d.node, d.file, this));
    this.providers = def.providers.map((p) => new ProviderView(p, this.scope));
    this.terraformBlocks = def.terraformBlocks.map((t) => new BlockView(t.node, t.file, this.scope));
    for (const t of def.terraformBlocks) {
      const b = t.node.body.blocks.find((x) => x.type === "backend" || x.type === "cloud");
      if (b && !this.backend) this.backend = new BackendView(b, t.file, def.input.backendConfigs);
    }
  }
  def;
  ctx;
  path;
  isRoot;
  call;
  rootDir;
  chain;
  dir;
  files;
  variables = /* @__PURE__ */ new Map();
  providers;
  terraformBlocks;
  backend;
  /** `module.x.` inside a child, '' at the root: prefix of addresses. */
  prefix;
  resources = [];
  dataSources = [];
  moduleCalls = [];
  scope;
  localValues = new LazyMap();
  varValues = new LazyMap();
  outputValues = new LazyMap();
  resourceExp = new LazyMap();
  callExp = new LazyMap();
  finished = false;
  get locals() {
    const m = /* @__PURE__ */ new Map();
    for (const name of this.def.locals.keys()) m.set(name, this.local(name));
    return m;
  }
  variable(name) {
    return this.varValues.get(name, () => this.computeVariable(name), UNKNOWN);
  }
  computeVariable(name) {
    const decl = this.def.variables.get(name);
    if (!decl) return UNKNOWN;
    const typeExpr = blockAttr(decl.node, "type")?.expr;
    const defaultAttr = blockAttr(decl.node, "default");
    const dflt = defaultAttr ? evaluate(defaultAttr.expr, EMPTY_SCOPE) : void 0;
    let given;
    if (this.isRoot) given = this.ctx.rootVars(this.def).get(name);
    else if (this.call) given = this.call.argument(name);
    const nullableAttr = blockAttr(decl.node, "nullable");
    const nullable = nullableAttr ? evaluate(nullableAttr.expr, EMPTY_SCOPE) !== false : true;
    let v;
    if (given !== void 0 && !(given === null && !nullable && dflt !== void 0)) v = given;
    else if (dflt !== void 0) v = dflt;
    else return UNKNOWN;
    return convertToType(v, typeExpr);
  }
  local(name) {
    const decl = this.def.locals.get(name);
    if (!decl) return UNKNOWN;
    return this.localValues.get(name, () => evaluate(decl.node.expr, this.scope), UNKNOWN);
  }
  output(name) {
    const decl = this.def.outputs.get(name);
    if (!decl) return UNKNOWN;
    const a = blockAttr(decl.node, "value");
    return this.outputValues.get(name, () => a ? evaluate(a.expr, this.scope) : UNKNOWN, UNKNOWN);
  }
  /** All outputs as an object (what `module.x` is as a value). */
  outputsObject() {
    const o = newObject();
    for (const name of this.def.outputs.keys()) setKey(o, name, this.output(name));
    return o;
  }
  lookup(root, steps) {
    const first = steps[0]?.kind === "Attr" ? steps[0].name : void 0;
    switch (root) {
      case "var":
        if (first === void 0 || !this.def.variables.has(first)) return void 0;
        return applySteps(this.variable(first), steps.slice(1));
      case "local":
        if (first === void 0 || !this.def.locals.has(first)) return void 0;
        return applySteps(this.local(first), steps.slice(1));
      case "path": {
        const o = newObject();
        setKey(o, "module", this.dir);
        setKey(o, "root", this.rootDir);
        setKey(o, "cwd", ".");
        return applySteps(o, steps);
      }
      case "terraform": {
        const o = newObject();
        setKey(o, "workspace", "default");
        return applySteps(o, steps);
      }
      case "module":
        if (first === void 0 || !this.def.calls.has(first)) return void 0;
        return this.lookupCall(first, steps.slice(1));
      case "data": {
        const n = steps[1]?.kind === "Attr" ? steps[1].name : void 0;
        const key = `data.${first}.${n}`;
        if (first === void 0 || n === void 0 || !this.def.resources.has(key)) return void 0;
        return this.lookupResource(key, steps.slice(2));
      }
      case "count":
      case "each":
      case "self":
        return void 0;
      default: {
        const key = `${root}.${first}`;
        if (first === void 0 || !this.def.resources.has(key)) return void 0;
        return this.lookupResource(key, steps.slice(1));
      }
    }
  }
  lookupResource(key, steps) {
    const exp = this.expandResource(key);
    return pickInstance(exp, steps, (inst, rest) => {
      if (rest.length === 0) return markOpen(inst.toValue());
      const [step, ...more] = rest;
      if (step.kind !== "Attr") return UNKNOWN;
      return applySteps(inst.attributeForReference(step.name), more);
    });
  }
  lookupCall(name, steps) {
    const exp = this.expandCall(name);
    return pickInstance(exp, steps, (inst, rest) => {
      const child = inst.child;
      if (!child) return UNKNOWN;
      if (rest.length === 0) return child.outputsObject();
      const [step, ...more] = rest;
      if (step.kind !== "Attr" || !child.def.outputs.has(step.name)) return UNKNOWN;
      return applySteps(child.output(step.name), more);
    });
  }
  /** Evaluates count / for_each of a block in this module's scope. */
  expansionKeys(node) {
    const count = blockAttr(node, "count");
    const forEach = blockAttr(node, "for_each");
    if (count) {
      const v = evaluate(count.expr, this.scope);
      if (typeof v !== "number" && !(typeof v === "string" && /^\d+$/.test(v)))
        return { mode: "unknown", keys: [{ key: void 0 }] };
      const n = Math.max(0, Math.floor(Number(v)));
      return { mode: "count", keys: Array.from({ length: Math.min(n, 1e4) }, (_, i) => ({ key: i })) };
    }
    if (forEach) {
      const v = evaluate(forEach.expr, this.scope);
      if (v === UNKNOWN || v === null) return { mode: "unknown", keys: [{ key: void 0 }] };
      try {
        const pairs = iterate(v);
        const keys = pairs.map(([k, val]) => {
          const key = typeof k === "number" ? typeof val === "number" ? formatNumber(val) : val : k;
          return { key: typeof key === "string" ? key : void 0, each: val };
        });
        if (keys.some((k) => k.key === void 0)) return { mode: "unknown", keys: [{ key: void 0 }] };
        return { mode: "for_each", keys };
      } catch {
        return { mode: "unknown", keys: [{ key: void 0 }] };
      }
    }
    return { mode: "single", keys: [{ key: void 0 }] };
  }
  /** Scope of every instance without count / for_each: the same for all of them. */
  singleScope;
  instanceScope(mode, key, each) {
    if (mode === "single") return this.singleScope ??= this.makeInstanceScope(mode, void 0, void 0);
    return this.makeInstanceScope(mode, key, each);
  }
  makeInstanceScope(mode, key, each) {
    return {
      lookup: (root, steps) => {
        if (root === "self") return UNKNOWN;
        if (root === "count") {
          if (mode === "unknown") return UNKNOWN;
          if (mode !== "count") return void 0;
          const o = newObject();
          setKey(o, "index", key);
          return applySteps(o, steps);
        }
        if (root === "each") {
          if (mode === "unknown") return UNKNOWN;
          if (mode !== "for_each") return void 0;
          const o = newObject();
          setKey(o, "key", key);
          setKey(o, "value", each ?? null);
          return applySteps(o, steps);
        }
        return this.scope.lookup(root, steps);
      }
    };
  }
  expandResource(key) {
    const decl = this.def.resources.get(key);
    return this.resourceExp.get(
      key,
      () => {
        const { mode, keys } = this.expansionKeys(decl.node);
        return {
          mode,
          instances: keys.map((k) => new ResourceView(decl, this.instanceScope(mode, k.key, k.each), this, k.key))
        };
      },
      { mode: "unknown", instances: [] }
    );
  }
  expandCall(name) {
    const decl = this.def.calls.get(name);
    return this.callExp.get(
      name,
      () => {
        const { mode, keys } = this.expansionKeys(decl.node);
        const instances = keys.map((k) => {
          const view = new ModuleCallView(decl, this.instanceScope(mode, k.key, k.each), this, k.key, this.ctx.defs);
          const childDef = view.childDir !== void 0 ? this.ctx.defs.get(view.childDir) : void 0;
          if (childDef && !this.chain.includes(childDef.dir) && this.chain.length < this.ctx.maxDepth) {
            const childPath = `${this.prefix}module.${view.name}${keySuffix(k.key)}`;
            view.child = new _ModuleInstance(childDef, this.ctx, childPath, false, view, this.rootDir, [
              ...this.chain,
              childDef.dir
            ]);
          }
          return view;
        });
        return { mode, instances };
      },
      { mode: "unknown", instances: [] }
    );
  }
  /** Provider configuration for a ref (`aws`, `aws.west`), following `providers` maps and inheritance. */
  resolveProvider(ref) {
    const own = this.providers.find((p) => p.ref === ref);
    if (own) return own;
    if (!this.call) return void 0;
    const parent = this.call.module;
    const map = providersMap(this.call.node);
    if (map.size > 0) {
      const mapped = map.get(ref);
      return mapped ? parent.resolveProvider(mapped) : void 0;
    }
    return ref.includes(".") ? void 0 : parent.resolveProvider(ref);
  }
  /** Expands every resource and call, depth first; returns this module and its descendants in call order. */
  finish() {
    const out = [this];
    if (this.finished) return out;
    this.finished = true;
    for (const [key, decl] of this.def.resources) {
      const list3 = this.expandResource(key).instances;
      if (decl.mode === "managed") this.resources.push(...list3);
      else this.dataSources.push(...list3);
    }
    for (const name of this.def.calls.keys()) {
      for (const call of this.expandCall(name).instances) {
        this.moduleCalls.push(call);
        if (call.child) out.push(...call.child.finish());
      }
    }
    return out;
  }
};
function pickInstance(exp, steps, use) {
  if (exp.mode === "unknown") return UNKNOWN;
  if (exp.mode === "single") return exp.instances[0] ? use(exp.instances[0], steps) : UNKNOWN;
  const keyed = exp.instances;
  const step = steps[0];
  if (step?.kind === "Index") {
    const wanted = exp.mode === "count" ? Number(step.key) : String(step.key);
    const inst = keyed.find((i) => i.key === wanted);
    if (!inst) return UNKNOWN;
    return use(inst, steps.slice(1));
  }
  if (exp.mode === "count")
    return applySteps(
      keyed.map((i) => use(i, [])),
      steps
    );
  const o = newObject();
  for (const i of keyed) setKey(o, String(i.key), use(i, []));
  return applySteps(o, steps);
}
var VariableView = class {
  constructor(name, block, file, module) {
    this.name = name;
    this.block = block;
    this.file = file;
    this.#module = module;
  }
  name;
  block;
  file;
  #module;
  get value() {
    return this.#module.variable(this.name);
  }
};

// src/model/terraform/stack.ts
var IDENTIFYING_ATTRIBUTES = [
  "bucket",
  "name",
  "id",
  "identifier",
  "cluster_identifier",
  "function_name",
  "table_name",
  "arn"
];
var Stack = class {
  constructor(root, modules) {
    this.root = root;
    this.modules = modules;
    this.resources = modules.flatMap((m) => m.resources);
    this.dataSources = modules.flatMap((m) => m.dataSources);
    this.moduleCalls = modules.flatMap((m) => m.moduleCalls);
    this.providers = modules.flatMap((m) => m.providers);
    for (const r of this.resources) {
      const list3 = this.byType.get(r.resourceType) ?? [];
      list3.push(r);
      this.byType.set(r.resourceType, list3);
    }
  }
  root;
  modules;
  resources;
  dataSources;
  moduleCalls;
  providers;
  byType = /* @__PURE__ */ new Map();
  resourcesOfType(type) {
    return this.byType.get(type) ?? [];
  }
  referrers(target, type, attr) {
    const targetAddr = localAddress(target);
    const ids = /* @__PURE__ */ new Set();
    for (const name of IDENTIFYING_ATTRIBUTES) {
      const v = target.value(name);
      if (typeof v === "string" && v !== "") ids.add(v);
    }
    const candidates = [...this.resourcesOfType(type), ...this.dataSources.filter((d) => d.resourceType === type)];
    return candidates.filter((r) => {
      const a = r.attr(attr);
      if (!a || r === target) return false;
      if (r.module === target.module && refersTo(a, r.module, targetAddr, target.key)) return true;
      const v = a.value;
      return typeof v === "string" && ids.has(v);
    });
  }
  referenced(attr, from) {
    const module = from.module;
    const addresses = new Set(attr.references);
    for (const ref of attr.references) {
      if (!ref.startsWith("local.")) continue;
      const decl = module.def.locals.get(ref.slice("local.".length));
      if (decl) for (const inner of referenceAddresses(decl.node.expr)) addresses.add(inner);
    }
    return [...module.resources, ...module.dataSources].filter((r) => addresses.has(localAddress(r)));
  }
};
function localAddress(r) {
  return `${r.mode === "data" ? "data." : ""}${r.resourceType}.${r.name}`;
}
function refersTo(a, module, targetAddr, targetKey2) {
  const matches = (refs) => refs.some(
    (ref) => ref.address === targetAddr && (ref.key === void 0 || targetKey2 === void 0 || String(ref.key) === String(targetKey2))
  );
  const direct = collectReferences(a.node.expr);
  if (matches(direct)) return true;
  for (const ref of direct) {
    if (!ref.address.startsWith("local.")) continue;
    const decl = module.def.locals.get(ref.address.slice("local.".length));
    if (decl && matches(collectReferences(decl.node.expr))) return true;
  }
  return false;
}

// src/model/terraform/build.ts
function assignments(files, into) {
  for (const f of files) for (const a of f.hcl.body.attributes) into.set(a.name, evaluate(a.expr, EMPTY_SCOPE));
}
function buildTerraformProject(dirs, options = {}) {
  const defs = /* @__PURE__ */ new Map();
  for (const d of [...dirs].sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)) {
    const dir = resolveLocalSource(d.dir, ".");
    if (!defs.has(dir)) defs.set(dir, defineModule({ ...d, dir }));
  }
  const varFileValues = /* @__PURE__ */ new Map();
  assignments(options.varFiles ?? [], varFileValues);
  const rootVarCache = /* @__PURE__ */ new Map();
  const ctx = {
    defs,
    maxDepth: options.maxDepth ?? 16,
    rootVars(def) {
      let m = rootVarCache.get(def);
      if (!m) {
        m = /* @__PURE__ */ new Map();
        assignments(def.input.tfvars, m);
        for (const [k, v] of varFileValues) m.set(k, v);
        rootVarCache.set(def, m);
      }
      return m;
    }
  };
  const stacks = findRoots(defs).map((def) => {
    const root = new ModuleInstance(def, ctx, "", true, void 0, def.dir, [def.dir]);
    return new Stack(root, root.finish());
  });
  const modules = stacks.flatMap((s) => s.modules);
  const seen = new Set(modules.map((m) => m.dir));
  for (const def of defs.values()) {
    if (seen.has(def.dir) || def.input.files.length === 0) continue;
    modules.push(...new ModuleInstance(def, ctx, "", false, void 0, def.dir, [def.dir]).finish());
    seen.add(def.dir);
  }
  return { stacks, modules };
}
function findRoots(defs) {
  const edges = /* @__PURE__ */ new Map();
  const called = /* @__PURE__ */ new Set();
  for (const def of defs.values()) {
    const targets = [];
    for (const call of def.calls.values()) {
      const source = callSource(call.node);
      if (!isLocalSource(source)) continue;
      const dir = resolveLocalSource(def.dir, source);
      if (dir !== def.dir && defs.has(dir)) {
        targets.push(dir);
        called.add(dir);
      }
    }
    edges.set(def.dir, targets);
  }
  const withFiles = [...defs.values()].filter((d) => d.input.files.length > 0);
  const roots = withFiles.filter((d) => !called.has(d.dir));
  const reached = /* @__PURE__ */ new Set();
  const reach = (dir) => {
    if (reached.has(dir)) return;
    reached.add(dir);
    for (const t of edges.get(dir) ?? []) reach(t);
  };
  roots.forEach((r) => reach(r.dir));
  for (const d of withFiles) {
    if (reached.has(d.dir)) continue;
    roots.push(d);
    reach(d.dir);
  }
  return roots;
}

// src/engine/build-project.ts
function dirOf(path2) {
  const d = dirname(path2);
  return d === "" ? "." : d;
}
function buildProject(files, varFiles) {
  const dirs = /* @__PURE__ */ new Map();
  const dirInput = (dir) => {
    let d = dirs.get(dir);
    if (!d) dirs.set(dir, d = { dir, files: [], tfvars: [], backendConfigs: [] });
    return d;
  };
  const yamlInputs = [];
  const stateFiles = [];
  for (const f of files) {
    if (f.kind === "tfstate") {
      stateFiles.push(f.source);
      continue;
    }
    if (f.kind === "yaml") {
      yamlInputs.push({ file: f.source, stream: f.stream, helmSources: f.helm });
      continue;
    }
    const input = { file: f.source, hcl: f.hcl };
    const kind = f.candidate.kind;
    if (kind === "terraform" || kind === "terraform-json") dirInput(dirOf(f.source.path)).files.push(input);
    else if (kind === "backend-config") dirInput(dirOf(f.source.path)).backendConfigs.push(input);
    else if (isAutoTfvars(f.source.path)) dirInput(dirOf(f.source.path)).tfvars.push(input);
  }
  for (const d of dirs.values())
    d.tfvars.sort((a, b) => tfvarsOrder(a.file.path) < tfvarsOrder(b.file.path) ? -1 : 1);
  const modules = [...dirs.values()].filter((d) => d.files.length > 0);
  const terraform = buildTerraformProject(modules, { varFiles });
  const k8s = buildKubernetesModel(yamlInputs);
  return {
    project: { terraform, kubernetes: k8s.project, stateFiles },
    notKubernetes: k8s.notKubernetes
  };
}

// src/engine/effective-config.ts
import { relative as relative3, resolve as resolve3 } from "node:path";

// src/engine/config.ts
var import_ajv = __toESM(require_ajv(), 1);
import { existsSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { dirname as dirname2, isAbsolute, join as join2, relative as relative2, resolve as resolve2, sep as sep3 } from "node:path";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str2) => {
  let begs, beg, left, right = void 0, result2;
  let ai = str2.indexOf(a);
  let bi = str2.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str2.length;
    while (i >= 0 && !result2) {
      if (i === ai) {
        begs.push(i);
        ai = str2.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result2 = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str2.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result2 = [left, right];
    }
  }
  return result2;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str2) {
  return !isNaN(str2) ? parseInt(str2, 10) : str2.charCodeAt(0);
}
function escapeBraces(str2) {
  return str2.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str2) {
  return str2.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str2, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str2.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str2.slice(0, r[0]),
    body: str2.slice(r[0] + 1, r[1]),
    post: str2.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str2, budget) {
  budget.remaining -= str2.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str2.length - 1; i >= 0; i--) {
    const c = str2.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str2.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str2, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str2, str2, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str2.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str2 = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str2, options = {}) {
  if (!str2) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str2.slice(0, 2) === "{}") {
    str2 = "\\{\\}" + str2.slice(2);
  }
  return expand_(escapeBraces(str2), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str2) {
  return "{" + str2 + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad2 = n.some(isPadded);
  const cost = pad2 ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad2) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str2, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str2];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str2;
  for (; ; ) {
    const m = balancedWithBudget(str2, masked, budget);
    if (!m) {
      return combine(acc, str2, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str2 = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str2 = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str2 = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str2 = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code2 = c.charCodeAt(0);
  if (code2 >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code2] ||= l.re.test(c) ? 1 : 2;
  return ascii[code2] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile2 = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item2(it, next2), next);
  const item2 = (it, next) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk2 = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk2(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk2(n.sub, indent + "  ");
        return walk2(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk2(n.next, indent);
  };
  walk2(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code2 = c.charCodeAt(0);
    const found = code2 < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code2 < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code2] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars2, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars2[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars2, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars2[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile2(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars2) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars2 === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars2 = codePoints(s);
    }
    if (chars2 !== void 0 && (chars2.length < min || chars2.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars2 ??= codePoints(s);
        const end = chars2.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars2, 0) || !hasAffix(this.#suffix, chars2, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars2 ??= codePoints(s);
      const end = chars2.length - this.#suffix.length;
      return testLinear(this.#linear, chars2, prefix2, end);
    }
    chars2 ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars2.length; i++) {
        state = sim.step(state, chars2[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str2 = chars2 === s;
    for (let i = 0; i < chars2.length; i++) {
      if (d.dead)
        return false;
      const code2 = str2 ? s.charCodeAt(i) : chars2[i].charCodeAt(0);
      d = d.ascii?.[code2] ?? dfa.next(d, chars2[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape2 = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache2 = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache2.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache2;
    cache2 = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache2.get(key);
  if (!byPattern)
    cache2.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep2 = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep2;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list3, pattern, options = {}) => orig.match(list3, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list3, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list3 = list3.filter((f) => mm.match(f));
  if (mm.options.nonull && !list3.length) {
    list3.push(pattern);
  }
  return list3;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep4) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep4))
        return true;
    }
    const s = nextSep(f, k, sep4);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep4))
      k++;
  }
  return false;
};
var isSep = (c, sep4) => sep4 === "/" ? c === 47 : sep4 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep4) => {
  if (sep4 !== "both")
    return f.indexOf(sep4, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep4) => sep4 !== "both" ? f.lastIndexOf(sep4, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row2) => this.#rootIndex(row2));
    this.#endRows = this.set.map((row2, r) => this.#endCheck && row2.length - 1 > drives[r]);
    this.#literals = this.set.map((row2, r) => {
      const end = this.#endRows[r] ? row2.length - 1 : row2.length;
      const lits = row2.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row2, r) => {
      const [p0, p1, p2] = row2;
      if (this.#endRows[r] && row2.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row2.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row2.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row2.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row2) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row2[0]))
      return 0;
    const uncDrive = row2[0] === "" && row2[1] === "" && row2[2] === "?" && isDrive(row2[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row2);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row2, i) => {
      for (let k = 0; k < row2.length; k++) {
        if (row2[k] === PENDING) {
          row2[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row2, i) => {
          if (!(row2[k] instanceof Matcher || row2[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep4 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row2 = this.set[r];
      const p = row2[row2.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep4);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep4))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep4) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep4)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep4))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row2, shape === "head", dot, sep4);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row2, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row2[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row2[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row2, head, dot, sep4) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep4))
      return "maybe";
    const x = row2[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep4); e !== -1; e = nextSep(f, s, sep4)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep4))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep4))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep4))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code2 = 57344;
    while (pattern.includes(String.fromCharCode(code2))) {
      if (++code2 > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code2);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape2;
minimatch.unescape = unescape;

// schema/arch-lint.schema.json
var arch_lint_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/arch-lint/arch-lint/blob/main/schema/arch-lint.schema.json",
  title: "arch-lint configuration (.arch-lint.yml)",
  description: "Configuration for arch-lint, the architecture-resilience linter for Terraform, Kubernetes and Helm output. Paths are relative to the directory of the configuration file.",
  type: "object",
  additionalProperties: false,
  properties: {
    failOn: {
      description: "Lowest severity that makes arch-lint exit with code 1; `none` never fails. The --fail-on option overrides it.",
      enum: ["error", "warning", "note", "none"],
      default: "error"
    },
    ignore: {
      description: "Files not to lint: minimatch globs relative to the configuration file's directory, for example `legacy/**` or `**/examples/**`.",
      type: "array",
      items: { type: "string", minLength: 1 },
      default: []
    },
    rules: {
      description: "Per-rule settings by rule id: a severity (`off` disables the rule), or an object with a severity and rule options.",
      type: "object",
      propertyNames: { pattern: "^[a-z0-9][a-z0-9-]*$" },
      additionalProperties: { $ref: "#/definitions/ruleSetting" },
      default: {}
    },
    rulesDir: {
      description: "A folder of your own declarative rules (YAML files), relative to the configuration file.",
      type: "string",
      minLength: 1
    },
    varFiles: {
      description: "Terraform variable files (`*.tfvars`, `*.tfvars.json`) used to evaluate expressions, relative to the configuration file.",
      type: "array",
      items: { type: "string", minLength: 1 },
      default: []
    },
    limits: {
      description: "Safety limits for untrusted input.",
      type: "object",
      additionalProperties: false,
      properties: {
        maxFileBytes: {
          description: "Files larger than this many bytes are skipped (reported as skipped, not linted).",
          type: "integer",
          minimum: 1,
          default: 5242880
        },
        yamlMaxAliases: {
          description: "Maximum YAML alias dereferences per document (guards against billion-laughs documents).",
          type: "integer",
          minimum: 0,
          default: 100
        },
        yamlMaxDepth: {
          description: "Maximum nesting depth of a YAML document.",
          type: "integer",
          minimum: 1,
          default: 100
        }
      }
    }
  },
  definitions: {
    severitySetting: {
      description: "`off` disables the rule; otherwise the severity its findings are reported with.",
      enum: ["off", "note", "warning", "error"]
    },
    ruleSetting: {
      if: { type: "string" },
      then: { $ref: "#/definitions/severitySetting" },
      else: {
        type: "object",
        additionalProperties: false,
        properties: {
          severity: { $ref: "#/definitions/severitySetting" },
          options: {
            description: "Options of the rule; each rule documents and validates its own.",
            type: "object"
          }
        }
      }
    }
  }
};

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger$2(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger$1(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result2 = 0;
    for (const part of value.split(":")) result2 = result2 * 60 + Number(part);
    return sign * result2;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = parseYamlInteger(source);
  return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result2 = sign * parseFloat(value);
  if (Number.isFinite(result2) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result3 = sign * parseFloat(value);
    return Number.isFinite(result3) ? result3 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result2 = Number(source);
  if (Number.isFinite(result2)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result2 = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result2 = result2 * 60 + Number(part);
    result2 *= sign;
  } else result2 = sign * parseFloat(value);
  if (Number.isFinite(result2) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result2;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result2 = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result2) ? result2.replace("e", ".e") : result2;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result2 = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result2[index] = binary.charCodeAt(index);
  return result2;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match2 = YAML_DATE_REGEXP.exec(source);
  if (match2 === null) match2 = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match2 === null) return NOT_RESOLVED;
  const year = +match2[1];
  const month = +match2[2] - 1;
  const day = +match2[3];
  if (!match2[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match2[4];
  const minute = +match2[5];
  const second = +match2[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match2[7]) {
    let value = match2[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match2[9]) {
    const offsetHour = +match2[10];
    const offsetMinute = +(match2[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match2[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item2) => {
    container.push(item2);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item2) => {
    let key;
    if (item2 instanceof Map) {
      if (item2.size !== 1) return "cannot resolve an ordered map item";
      key = item2.keys().next().value;
    } else if (isPlainObject(item2)) {
      const itemKeys = Object.keys(item2);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item2);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item2) => {
    if (item2 instanceof Map) {
      if (item2.size !== 1) return "cannot resolve a pairs item";
      container.push(item2.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item2) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item2;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result2 = [];
  for (const tag of tags) {
    let index = result2.length;
    for (let previousIndex = 0; previousIndex < result2.length; previousIndex++) {
      const previous = result2[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result2[index] = tag;
  }
  return result2;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact3 = createTagDefinitionMap();
    const prefix2 = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix2.scalar.push(tag);
          else exact3.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix2.sequence.push(tag);
          else exact3.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix2.mapping.push(tag);
          else exact3.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact3.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact3.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact3.mapping["tag:yaml.org,2002:map"];
    this.exact = exact3;
    this.prefix = prefix2;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result2 = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result2 === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result2;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result2 = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result2 === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result2;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj2 = data;
    for (const key of Object.keys(obj2)) map.set(key, obj2[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match2;
  let foundLineNo = -1;
  while (match2 = re.exec(mark.buffer)) {
    lineEnds.push(match2.index);
    lineStarts.push(match2.index + match2[0].length);
    if (mark.position <= match2.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result2 = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result2 = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result2}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result2 += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result2 += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result2 += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result2.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result2 = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result2 = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result2 += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result2 = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result2 += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result2 += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit2 = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit2;
        }
        result2 += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result2 += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result2 += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result2 + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region2 = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region2 === "" ? [] : (region2.endsWith("\n") ? region2.slice(0, -1) : region2).split("\n");
  let result2 = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result2 += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result2 += " ";
      } else result2 += "\n".repeat(emptyLines);
    } else result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result2 += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result2 += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result2 += "\n";
  }
  return result2;
}
function getScalarValue(input, scalar3) {
  if (scalar3.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar3;
  if (scalar3.fast) return input.slice(valueStart, valueEnd);
  switch (scalar3.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar3.indent, scalar3.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar3.indent, scalar3.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result2 = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result2;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match2 = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match2 !== null) {
    state.position = start + match2.index + match2[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit2 = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit2 >= 0) {
      if (digit2 === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit2 - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match2 === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match2[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix2] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix2)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix2;
    state.directives.push({
      kind: "tag",
      handle,
      prefix: prefix2
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/parse/intern.ts
var MAX_LENGTH = 32;
var MAX_ENTRIES = 5e4;
var table = /* @__PURE__ */ new Map();
function intern(s) {
  if (s.length > MAX_LENGTH) return s;
  const known = table.get(s);
  if (known !== void 0) return known;
  if (table.size < MAX_ENTRIES) table.set(s, s);
  return s;
}

// src/parse/yaml/nodes.ts
function writtenText(text, style, start, end) {
  if (style === "single" || style === "double") return end - start >= 2 ? text.slice(start + 1, end - 1) : "";
  return text.slice(start, end);
}
var STYLES = ["plain", "single", "double", "literal", "folded"];
var ScalarNode = class {
  /** A scalar whose `source` is the text of its range (see `scalarNode` for the others). */
  constructor(value, style, file, start, end) {
    this.value = value;
    this.#file = file;
    this.#start = start;
    this.#endStyle = end * 8 + STYLES.indexOf(style);
  }
  value;
  #file;
  #start;
  /** end * 8 + index of the style in STYLES: one field for two. */
  #endStyle;
  get style() {
    return STYLES[this.#endStyle & 7];
  }
  /** As written, without quotes: read back from the file rather than kept per node. */
  get source() {
    return writtenText(this.#file.text, this.style, this.#start, this.#end());
  }
  get range() {
    return this.#file.span(this.#start, this.#end());
  }
  #end() {
    const v = this.#endStyle;
    return (v - (v & 7)) / 8;
  }
  static fileOf(node) {
    return node.#file;
  }
};
var KeptSourceScalarNode = class extends ScalarNode {
  #source;
  constructor(value, source, style, file, start, end) {
    super(value, style, file, start, end);
    this.#source = source;
  }
  get source() {
    return this.#source;
  }
};
function scalarNode(value, source, style, file, start, end) {
  const derivable = style !== "literal" && style !== "folded" && writtenText(file.text, style, start, end) === source;
  return derivable ? new ScalarNode(value, style, file, start, end) : new KeptSourceScalarNode(value, source, style, file, start, end);
}
var PairNode = class {
  /** The file is the key's: one field fewer per pair. */
  constructor(key, value, start, end) {
    this.key = key;
    this.value = value;
    this.#start = start;
    this.#end = end;
  }
  key;
  value;
  #start;
  #end;
  /** From the key to the end of the value. */
  get range() {
    const key = this.key;
    const file = key instanceof ScalarNode ? ScalarNode.fileOf(key) : CollectionNode.fileOf(key);
    return file.span(this.#start, this.#end);
  }
};
var CollectionNode = class {
  #file;
  /** start * 2 + (1 for flow style): one field for two. */
  #startFlow;
  #end;
  constructor(flow, file, start) {
    this.#file = file;
    this.#startFlow = start * 2 + (flow ? 1 : 0);
    this.#end = start;
  }
  get flow() {
    return (this.#startFlow & 1) === 1;
  }
  get range() {
    const v = this.#startFlow;
    return this.#file.span((v - (v & 1)) / 2, this.#end);
  }
  close(end) {
    this.#end = end;
  }
  static fileOf(node) {
    return node.#file;
  }
};
var MapNode = class extends CollectionNode {
  pairs = [];
  constructor(flow, file, start) {
    super(flow, file, start);
  }
};
var SeqNode = class extends CollectionNode {
  items = [];
  constructor(flow, file, start) {
    super(flow, file, start);
  }
};
Object.defineProperty(ScalarNode.prototype, "kind", { value: "scalar", enumerable: true });
Object.defineProperty(MapNode.prototype, "kind", { value: "map", enumerable: true });
Object.defineProperty(SeqNode.prototype, "kind", { value: "seq", enumerable: true });
var NONE = Object.freeze([]);
function exact(items) {
  return items.length === 0 ? NONE : items.slice();
}

// src/parse/yaml/scalar.ts
var CORE = "tag:yaml.org,2002:";
var EXPLICIT = {
  int: intCoreTag,
  float: floatCoreTag,
  bool: boolCoreTag,
  null: nullCoreTag
};
function resolvePlain(text) {
  const c = text.charCodeAt(0);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) {
    if (c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return text;
  }
  return asScalar(CORE_SCHEMA.resolveImplicitScalarTag(text).value, text);
}
function resolveTagged(text, tag) {
  const name = coreTagName(tag);
  const def = name === void 0 ? void 0 : EXPLICIT[name];
  if (!def) return text;
  const v = def.resolve(text, true, CORE + name);
  return v === NOT_RESOLVED ? text : asScalar(v, text);
}
function coreTagName(tag) {
  if (tag.startsWith("!!")) return tag.slice(2);
  if (tag.startsWith("!<" + CORE) && tag.endsWith(">")) return tag.slice(2 + CORE.length, -1);
  return void 0;
}
function asScalar(v, text) {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return text;
}

// src/parse/yaml/build.ts
var AliasLimit = class extends Error {
};
var STYLES2 = {
  [SCALAR_STYLE.PLAIN]: "plain",
  [SCALAR_STYLE.SINGLE_QUOTED]: "single",
  [SCALAR_STYLE.DOUBLE_QUOTED]: "double",
  [SCALAR_STYLE.LITERAL_BLOCK]: "literal",
  [SCALAR_STYLE.FOLDED_BLOCK]: "folded"
};
function isWs(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function buildDocuments(file, events, maxAliases, covered) {
  const text = file.text;
  const documents = [];
  const stack = [];
  let anchors = /* @__PURE__ */ new Map();
  let cost = 0;
  let prevEnd = 0;
  let prevDocEnd = 0;
  let doc;
  const fail2 = (message, start, end, reason) => ({
    documents,
    error: { message, range: file.range(start, end), reason },
    stoppedAt: prevDocEnd
  });
  const attach = (node, start, end, isMergeKey) => {
    prevEnd = end;
    const top = stack.length > 0 ? stack[stack.length - 1] : void 0;
    if (!top) {
      if (doc) {
        doc.root = node;
        doc.rootStart = start;
        doc.rootEnd = end;
      }
      return;
    }
    if (top.node.kind === "seq") {
      top.node.items.push(node);
      return;
    }
    if (!top.haveKey) {
      top.key = node;
      top.keyStart = start;
      top.haveKey = true;
      top.keyIsMerge = isMergeKey;
      return;
    }
    const key = top.key;
    const pair2 = new PairNode(key, node, top.keyStart, end);
    if (top.keyIsMerge) (top.merges ??= []).push({ at: top.node.pairs.length, pair: pair2 });
    else top.node.pairs.push(pair2);
    top.haveKey = false;
    top.key = void 0;
  };
  const emptyAt = () => {
    const top = stack.length > 0 ? stack[stack.length - 1] : void 0;
    if (!top) return prevEnd;
    let p = prevEnd;
    const want = top.node.kind === "seq" ? 45 : top.haveKey ? 58 : -1;
    if (want === -1) return prevEnd;
    for (; ; ) {
      while (p < text.length && isWs(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) === 35) {
        const eol2 = text.indexOf("\n", p);
        if (eol2 === -1) return prevEnd;
        p = eol2;
        continue;
      }
      break;
    }
    return text.charCodeAt(p) === want ? p + 1 : prevEnd;
  };
  let propsStart = -1;
  let propsEnd = -1;
  const props = (e) => {
    propsStart = -1;
    propsEnd = -1;
    if (e.anchorStart >= 0) {
      propsStart = e.anchorStart - 1;
      propsEnd = e.anchorEnd;
    }
    if (e.tagStart >= 0) {
      propsStart = propsStart === -1 ? e.tagStart : Math.min(propsStart, e.tagStart);
      propsEnd = Math.max(propsEnd, e.tagEnd);
    }
  };
  const scalar3 = (e) => {
    props(e);
    const tag = e.tagStart >= 0 ? intern(text.slice(e.tagStart, e.tagEnd)) : void 0;
    const style = STYLES2[e.style] ?? "plain";
    let start;
    let end;
    let source;
    let decoded;
    if (e.valueStart < 0) {
      if (propsStart >= 0) {
        start = propsStart;
        end = propsEnd;
      } else {
        start = end = emptyAt();
      }
      source = decoded = "";
    } else {
      source = intern(text.slice(e.valueStart, e.valueEnd));
      decoded = e.fast ? source : getScalarValue(text, e);
      if (style === "single" || style === "double") {
        start = e.valueStart - 1;
        end = e.valueEnd + 1;
        covered.add(start, end);
      } else if (style === "literal" || style === "folded") {
        [start, end] = blockScalarSpan(e, propsEnd);
        covered.add(start, end);
      } else {
        start = e.valueStart;
        end = e.valueEnd;
      }
    }
    if (e.anchorStart < 0 && e.tagStart < 0 && style === "plain" && e.valueStart < 0 && stack.length === 0) {
      prevEnd = Math.max(prevEnd, start);
      return;
    }
    const value = tag !== void 0 ? resolveTagged(decoded, tag) : style === "plain" ? resolvePlain(decoded) : decoded;
    const node = scalarNode(value, source, style, file, start, end);
    if (tag !== void 0) node.tag = tag;
    if (e.anchorStart >= 0) anchors.set(text.slice(e.anchorStart, e.anchorEnd), { node, weight: 0 });
    const isMergeKey = style === "plain" && tag === void 0 && source === "<<";
    attach(node, start, end, isMergeKey);
  };
  const blockScalarSpan = (e, propsEnd2) => {
    const vs = e.valueStart;
    const nl = vs > 0 && text[vs - 1] === "\n" ? vs - 1 : vs;
    const headerStart = nl > 0 ? text.lastIndexOf("\n", nl - 1) + 1 : 0;
    let p = Math.max(headerStart, propsEnd2, prevEnd);
    const limit = Math.max(vs, p);
    while (p < limit && text[p] !== "|" && text[p] !== ">") p++;
    const indicator = p < limit ? p : vs;
    let headerEnd = indicator + 1;
    while (headerEnd < text.length && /[-+0-9]/.test(text[headerEnd])) headerEnd++;
    if (indicator === vs) headerEnd = vs;
    else covered.add(indicator, headerEnd);
    let end = e.valueEnd;
    while (end > vs && isWs(text.charCodeAt(end - 1))) end--;
    return [indicator, end > vs ? end : headerEnd];
  };
  const closeCollection = () => {
    const f = stack.pop();
    let end = prevEnd;
    if (f.node.flow) {
      const close = f.node.kind === "map" ? "}" : "]";
      let p = prevEnd;
      while (p < text.length) {
        const ch = text[p];
        if (ch === close) {
          end = p + 1;
          break;
        }
        if (ch === "#") {
          const eol2 = text.indexOf("\n", p);
          p = eol2 === -1 ? text.length : eol2;
        } else if (ch === "," || isWs(text.charCodeAt(p))) p++;
        else break;
      }
    }
    if (f.haveKey && f.node.kind === "map") {
      const nullNode = scalarNode(null, "", "plain", file, prevEnd, prevEnd);
      stack.push(f);
      attach(nullNode, prevEnd, prevEnd, false);
      stack.pop();
    }
    if (f.merges && f.node.kind === "map") f.node.pairs = applyMerges(f.node.pairs, f.merges);
    if (f.node.kind === "map") f.node.pairs = exact(f.node.pairs);
    else f.node.items = exact(f.node.items);
    f.node.close(end);
    if (f.anchor !== void 0) anchors.set(f.anchor, { node: f.node, weight: cost - f.costAtStart });
    attach(f.node, f.start, end, false);
  };
  const finishDocument = (d) => {
    let start;
    if (d.explicitStart) {
      const m = d.root ? markerBefore(text, d.rootStart, prevDocEnd) : markerAfter(text, "---", prevDocEnd);
      start = m >= 0 ? m : d.root ? d.rootStart : prevDocEnd;
    } else start = d.root ? d.rootStart : prevDocEnd;
    let end = d.root ? d.rootEnd : d.explicitStart ? Math.min(start + 3, text.length) : start;
    if (d.explicitEnd) {
      const m = markerAfter(text, "...", end);
      if (m >= 0) end = m + 3;
    }
    documents.push({ root: d.root, range: file.span(start, end), index: documents.length });
    prevDocEnd = end;
    prevEnd = end;
  };
  try {
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      switch (e.type) {
        case EVENT_ID.DOCUMENT:
          doc = { explicitStart: e.explicitStart, explicitEnd: e.explicitEnd, root: null, rootStart: -1, rootEnd: -1 };
          anchors = /* @__PURE__ */ new Map();
          cost = 0;
          break;
        case EVENT_ID.SCALAR:
          scalar3(e);
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          props(e);
          const flow = e.style === COLLECTION_STYLE.FLOW;
          const node = e.type === EVENT_ID.MAPPING ? new MapNode(flow, file, e.start) : new SeqNode(flow, file, e.start);
          if (e.tagStart >= 0) node.tag = text.slice(e.tagStart, e.tagEnd);
          stack.push({
            node,
            start: e.start,
            anchor: e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : void 0,
            costAtStart: cost,
            key: void 0,
            keyStart: -1,
            haveKey: false,
            keyIsMerge: false,
            merges: void 0
          });
          prevEnd = flow ? e.start + 1 : e.start;
          break;
        }
        case EVENT_ID.ALIAS: {
          const start = e.anchorStart - 1;
          const name = text.slice(e.anchorStart, e.anchorEnd);
          const target = anchors.get(name);
          if (!target) return fail2(`unknown anchor "${name}"`, start, e.anchorEnd, "syntax");
          cost += 1 + target.weight;
          if (cost > maxAliases) throw new AliasLimit(`${start}:${e.anchorEnd}`);
          attach(target.node, start, e.anchorEnd, false);
          break;
        }
        case EVENT_ID.POP:
          if (stack.length > 0) closeCollection();
          else if (doc) {
            finishDocument(doc);
            doc = void 0;
          }
          break;
      }
    }
  } catch (err) {
    if (!(err instanceof AliasLimit)) throw err;
    const [s, en] = err.message.split(":").map(Number);
    return fail2(
      `too many aliases: expanding this document dereferences more than ${maxAliases} aliases`,
      s,
      en,
      "aliases"
    );
  }
  return { documents, stoppedAt: text.length };
}
function applyMerges(pairs, merges) {
  const seen = /* @__PURE__ */ new Set();
  for (const p of pairs) if (p.key.kind === "scalar") seen.add(String(p.key.value));
  const out = [];
  let mi = 0;
  const emitMerge = (m) => {
    const v = m.pair.value;
    const sources = v.kind === "map" ? [v] : v.kind === "seq" && v.items.every((x) => x.kind === "map") ? v.items : void 0;
    if (!sources) {
      out.push(m.pair);
      return;
    }
    for (const src of sources)
      for (const p of src.pairs) {
        const k = p.key.kind === "scalar" ? String(p.key.value) : void 0;
        if (k !== void 0) {
          if (seen.has(k)) continue;
          seen.add(k);
        }
        out.push(p);
      }
  };
  for (let i = 0; i <= pairs.length; i++) {
    while (mi < merges.length && merges[mi].at === i) emitMerge(merges[mi++]);
    if (i < pairs.length) out.push(pairs[i]);
  }
  return out;
}
function isMarkerAt(text, i, marker) {
  if (i > 0 && text[i - 1] !== "\n") return false;
  if (!text.startsWith(marker, i)) return false;
  const c = text.charCodeAt(i + 3);
  return i + 3 >= text.length || isWs(c);
}
function markerBefore(text, from, lowerBound) {
  let ls = text.lastIndexOf("\n", from - 1) + 1;
  while (ls >= lowerBound) {
    if (isMarkerAt(text, ls, "---")) return ls;
    if (ls === 0) break;
    ls = ls >= 2 ? text.lastIndexOf("\n", ls - 2) + 1 : 0;
  }
  return -1;
}
function markerAfter(text, marker, from) {
  for (let i = text.indexOf(marker, from); i !== -1; i = text.indexOf(marker, i + 1))
    if (isMarkerAt(text, i, marker)) return i;
  return -1;
}

// src/parse/yaml/comments.ts
var Covered = class {
  starts = [];
  ends = [];
  sorted = true;
  add(start, end) {
    if (end <= start) return;
    const n = this.starts.length;
    if (n > 0 && start < this.starts[n - 1]) this.sorted = false;
    this.starts.push(start);
    this.ends.push(end);
  }
  finish() {
    if (this.sorted) return;
    const idx = this.starts.map((_, i) => i).sort((a, b) => this.starts[a] - this.starts[b]);
    this.starts = idx.map((i) => this.starts[i]);
    this.ends = idx.map((i) => this.ends[i]);
    this.sorted = true;
  }
};
function isBlank(ch) {
  return ch === " " || ch === "	" || ch === "\n" || ch === "\r" || ch === "\uFEFF";
}
function scanComments(file, covered, from, to, out) {
  covered.finish();
  const text = file.text;
  const { starts, ends } = covered;
  let k = 0;
  let pos = from;
  while (pos < to) {
    const h = text.indexOf("#", pos);
    if (h === -1 || h >= to) return;
    while (k < starts.length && ends[k] <= h) k++;
    if (k < starts.length && starts[k] <= h) {
      pos = ends[k];
      continue;
    }
    if (h > 0 && !isBlank(text[h - 1])) {
      pos = h + 1;
      continue;
    }
    pos = pushComment(file, h, out);
  }
}
function scanCommentsLoose(file, from, out) {
  const text = file.text;
  let pos = from;
  while (pos < text.length) {
    let eol2 = text.indexOf("\n", pos);
    if (eol2 === -1) eol2 = text.length;
    let quote2 = "";
    for (let i = pos; i < eol2; i++) {
      const ch = text[i];
      if (quote2) {
        if (ch === quote2) quote2 = "";
      } else if (ch === '"' || ch === "'") {
        if (i === pos || isBlank(text[i - 1]) || "[{,:-".includes(text[i - 1])) quote2 = ch;
      } else if (ch === "#" && (i === 0 || isBlank(text[i - 1]))) {
        pushComment(file, i, out);
        break;
      }
    }
    pos = eol2 + 1;
  }
}
function pushComment(file, start, out) {
  const text = file.text;
  let eol2 = text.indexOf("\n", start);
  if (eol2 === -1) eol2 = text.length;
  let end = eol2;
  while (end > start && (text[end - 1] === "\r" || text[end - 1] === " " || text[end - 1] === "	")) end--;
  out.push({ text: text.slice(start, end), range: file.span(start, end) });
  return eol2;
}

// src/parse/yaml/parse.ts
var DEFAULT_YAML_LIMITS = Object.freeze({
  maxAliases: 100,
  maxDepth: 100,
  maxBytes: 5 * 1024 * 1024
});
function parseYamlStream(file, limits) {
  const lim = { ...DEFAULT_YAML_LIMITS, ...limits };
  try {
    return parseStream(file, lim);
  } catch (err) {
    const message = `internal YAML parser error: ${err instanceof Error ? err.message : String(err)}`;
    return { documents: [], errors: [{ message, range: file.range(0, 0), reason: "syntax" }], comments: [] };
  }
}
function parseStream(file, lim) {
  const text = file.text;
  const bytes = text.length > lim.maxBytes ? text.length : Buffer.byteLength(text, "utf8");
  if (bytes > lim.maxBytes) {
    const message = `file is ${bytes} bytes, over the ${lim.maxBytes}-byte limit for YAML; not parsed`;
    return { documents: [], errors: [{ message, range: file.range(0, 0), reason: "size" }], comments: [] };
  }
  const errors = [];
  let parsed = parse(file, text, lim);
  let cut = text.length;
  if ("error" in parsed) {
    errors.push(parsed.error);
    let at = parsed.position;
    for (; ; ) {
      let next = boundaryBefore(text, at);
      if (next >= cut) next = boundaryBefore(text, cut - 1);
      if (next <= 0 || next >= cut) {
        cut = 0;
        parsed = { events: [] };
        break;
      }
      cut = next;
      parsed = parse(file, text.slice(0, cut), lim);
      if ("events" in parsed) break;
      at = parsed.position;
    }
  }
  const covered = new Covered();
  const built = buildDocuments(file, parsed.events, lim.maxAliases, covered);
  const comments = [];
  const stop = Math.min(cut, built.stoppedAt);
  scanComments(file, covered, 0, stop, comments);
  if (stop < text.length) scanCommentsLoose(file, stop, comments);
  if (built.error) errors.unshift(built.error);
  const documents = built.documents;
  if (documents.length === 0 && errors.length === 0) {
    documents.push({ root: null, range: file.span(0, text.length), index: 0 });
  }
  return { documents: exact(documents), errors: exact(errors), comments: exact(comments) };
}
function parse(file, text, lim) {
  try {
    return { events: parseEvents(text, { maxDepth: lim.maxDepth }) };
  } catch (err) {
    if (err instanceof YAMLException) {
      const position = Math.max(0, Math.min(err.mark?.position ?? 0, text.length));
      const reason = /maxDepth/.test(err.reason) ? "depth" : "syntax";
      return { error: { message: err.reason, range: errorRange(file, position), reason }, position };
    }
    const message = err instanceof Error ? err.message : String(err);
    return { error: { message, range: errorRange(file, 0), reason: "syntax" }, position: 0 };
  }
}
function errorRange(file, position) {
  const ch = file.text[position];
  return file.range(position, ch === void 0 || ch === "\n" || ch === "\r" ? position : position + 1);
}
function boundaryBefore(text, at) {
  const dashes = markerBefore(text, at, 0);
  let dots = -1;
  const atLine = text.lastIndexOf("\n", at - 1) + 1;
  for (let ls = atLine >= 2 ? text.lastIndexOf("\n", atLine - 2) + 1 : atLine === 1 ? 0 : -1; ls > dashes; ls = ls >= 2 ? text.lastIndexOf("\n", ls - 2) + 1 : 0) {
    if (text.startsWith("...", ls) && (ls + 3 >= text.length || /\s/.test(text[ls + 3]))) {
      const eol2 = text.indexOf("\n", ls);
      dots = eol2 === -1 ? text.length : eol2 + 1;
      break;
    }
    if (ls === 0) break;
  }
  return Math.max(dashes, dots, 0);
}

// src/engine/config.ts
var CONFIG_FILE_NAMES = [".arch-lint.yml", ".arch-lint.yaml"];
function formatConfigError(e) {
  const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
  return `${where}: ${e.key ? `${e.key}: ` : ""}${e.message}`;
}
function findConfig(startDir) {
  let dir = resolve2(startDir);
  try {
    if (!statSync2(dir).isDirectory()) dir = dirname2(dir);
  } catch {
  }
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join2(dir, name);
      try {
        if (statSync2(candidate).isFile()) return candidate;
      } catch {
      }
    }
    const parent = dirname2(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function loadConfig(path2) {
  let text;
  try {
    text = readFileSync2(path2, "utf8");
  } catch (err) {
    const reason = existsSync(path2) ? err instanceof Error ? err.message : String(err) : "no such file";
    return { errors: [{ file: path2, line: 0, column: 0, key: "", message: `cannot read the config file: ${reason}` }] };
  }
  return parseConfig(path2, text);
}
function parseConfig(path2, text) {
  const file = new SourceFile(path2, text.replace(/^\uFEFF/, ""));
  const errorAt = (range2, key, message) => ({
    file: path2,
    line: range2.start.line,
    column: range2.start.column,
    key,
    message,
    range: range2
  });
  const stream = parseYamlStream(file, { maxBytes: 1024 * 1024, maxAliases: 100, maxDepth: 50 });
  if (stream.errors.length > 0) {
    return { errors: stream.errors.map((e) => errorAt(e.range, "", `invalid YAML: ${e.message}`)) };
  }
  if (stream.documents.length > 1) {
    return { errors: [errorAt(stream.documents[1].range, "", "the config must be a single YAML document")] };
  }
  const root = stream.documents[0]?.root ?? null;
  const duplicates = duplicateKeys(root, []).map((d) => errorAt(d.pair.key.range, d.key, "duplicate key"));
  if (duplicates.length > 0) return { errors: duplicates };
  const data = root === null ? {} : plain(root);
  const validate2 = configValidator();
  if (!validate2(data)) {
    return {
      errors: byPosition(schemaErrors(validate2.errors ?? [], root, file, "").map((e) => ({ ...e, file: path2 })))
    };
  }
  return { config: buildConfig(path2, data, file, root), errors: [] };
}
function buildConfig(path2, raw, file, root) {
  const dir = dirname2(resolve2(path2));
  const rules6 = {};
  for (const [id, setting2] of Object.entries(raw.rules ?? {})) {
    rules6[id] = typeof setting2 === "string" ? { severity: setting2 } : { ...setting2 };
  }
  return {
    file: path2,
    dir,
    ...raw.failOn !== void 0 ? { failOn: raw.failOn } : {},
    ignore: raw.ignore ?? [],
    rules: rules6,
    ...raw.rulesDir !== void 0 ? { rulesDir: resolve2(dir, raw.rulesDir) } : {},
    varFiles: (raw.varFiles ?? []).map((p) => resolve2(dir, p)),
    limits: { ...raw.limits },
    source: { file, root }
  };
}
function defaultConfig(dir) {
  return { file: "", dir: resolve2(dir), ignore: [], rules: {}, varFiles: [], limits: {} };
}
function validateRuleSettings(config, rules6) {
  const byId = new Map(rules6.map((r) => [r.id, r]));
  const root = config.source?.root ?? null;
  const file = config.source?.file;
  const errors = [];
  const at = (path2, key, message) => {
    const loc = file ? locate(root, path2) : void 0;
    return {
      file: config.file,
      line: loc?.start.line ?? 0,
      column: loc?.start.column ?? 0,
      key,
      message,
      ...loc ? { range: loc } : {}
    };
  };
  for (const [id, setting2] of Object.entries(config.rules)) {
    const meta = byId.get(id);
    if (!meta) {
      const suggestion = closest(id, [...byId.keys()]);
      errors.push(
        at(["rules", id], `rules.${id}`, `unknown rule${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`)
      );
      continue;
    }
    if (setting2.options === void 0) continue;
    if (!meta.optionsSchema) {
      errors.push(at(["rules", id, "options"], `rules.${id}.options`, `rule ${id} takes no options`));
      continue;
    }
    const validate2 = optionsValidator(meta.optionsSchema);
    if (!validate2) {
      errors.push(at(["rules", id, "options"], `rules.${id}.options`, `rule ${id} has an invalid options schema`));
      continue;
    }
    if (!validate2(setting2.options)) {
      const optionsNode = locateNode(root, ["rules", id, "options"]);
      for (const e of schemaErrors(validate2.errors ?? [], optionsNode?.node ?? null, file, `rules.${id}.options`)) {
        errors.push({ ...e, file: config.file });
      }
    }
  }
  return byPosition(errors);
}
function byPosition(errors) {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}
function resolveRuleSetting(config, meta) {
  const setting2 = config.rules[meta.id] ?? {};
  const severity = setting2.severity ?? meta.severity;
  return {
    enabled: severity !== "off",
    severity: severity === "off" ? meta.severity : severity,
    options: { ...meta.defaultOptions, ...setting2.options }
  };
}
function createIgnoreMatcher(config) {
  const globs = config.ignore.flatMap((g) => {
    const full = g.endsWith("/") ? `${g}**` : g;
    return full.endsWith("/**") && full.length > 3 ? [full, full.slice(0, -3)] : [full];
  });
  const patterns = globs.map((g) => new Minimatch(g, { dot: true }));
  return (absPath) => {
    if (patterns.length === 0) return false;
    const rel = relative2(config.dir, resolve2(absPath));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return false;
    const parts = rel.split(sep3);
    for (let i = parts.length; i >= 1; i--) {
      const candidate = parts.slice(0, i).join("/");
      if (patterns.some((p) => p.match(candidate))) return true;
    }
    return false;
  };
}
var compiledConfigValidator;
function configValidator() {
  compiledConfigValidator ??= new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true }).compile(arch_lint_schema_default);
  return compiledConfigValidator;
}
var optionsAjv = new import_ajv.Ajv({ allErrors: true, verbose: true, strict: false });
var optionsValidators = /* @__PURE__ */ new WeakMap();
function optionsValidator(optionsSchema) {
  if (!optionsValidators.has(optionsSchema)) {
    try {
      optionsValidators.set(optionsSchema, optionsAjv.compile(optionsSchema));
    } catch {
      optionsValidators.set(optionsSchema, null);
    }
  }
  return optionsValidators.get(optionsSchema) ?? void 0;
}
function schemaErrors(errors, root, file, prefix2) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of errors) {
    const described = describe(e);
    if (!described) continue;
    const path2 = [...pointer(e.instancePath), ...described.extra];
    const key = joinKey(prefix2, path2);
    const loc = locate(root, path2) ?? file?.range(0, 0);
    const line = loc?.start.line ?? 0;
    const column = loc?.start.column ?? 0;
    const id = `${line}:${column}:${key}:${described.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ file: file?.path ?? "", line, column, key, message: described.message, ...loc ? { range: loc } : {} });
  }
  return out;
}
var SETTING_TYPE_MESSAGE = "must be a severity (off, note, warning, error) or a mapping with severity and options";
function describe(e) {
  const got = e.data;
  switch (e.keyword) {
    case "if":
      return void 0;
    // the branch's own error says what is wrong
    case "enum": {
      const allowed = e.params.allowedValues.map(String);
      const hint = typeof got === "string" ? closest(got, allowed) : void 0;
      return {
        message: `must be one of ${allowed.join(", ")}${typeof got === "string" || typeof got === "number" ? ` (got ${JSON.stringify(got)}${hint ? `; did you mean "${hint}"?` : ""})` : ` (got ${typeName(got)})`}`,
        extra: []
      };
    }
    case "type": {
      if (/^\/rules\/[^/]+$/.test(e.instancePath) && e.schemaPath.endsWith("else/type"))
        return { message: `${SETTING_TYPE_MESSAGE} (got ${typeName(got)})`, extra: [] };
      const expected = String(e.params.type).split(",").map(article).join(" or ");
      return { message: `must be ${expected} (got ${typeName(got)})`, extra: [] };
    }
    case "additionalProperties": {
      const name = e.params.additionalProperty;
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const hint = closest(name, known);
      const allowed = known.length > 0 ? `; allowed: ${known.join(", ")}` : "";
      return { message: `unknown key${hint ? ` (did you mean "${hint}"?)` : allowed}`, extra: [name] };
    }
    case "propertyNames": {
      const name = e.params.propertyName;
      return { message: 'rule ids are kebab-case: lowercase letters, digits and "-"', extra: [name] };
    }
    case "pattern":
      if (e.schemaPath.includes("/propertyNames/")) return void 0;
      return { message: `must match ${e.params.pattern}`, extra: [] };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const p = e.params;
      return { message: `must be ${p.comparison} ${p.limit} (got ${JSON.stringify(got)})`, extra: [] };
    }
    case "minLength":
      if (e.params.limit === 1) return { message: "must not be empty", extra: [] };
      return { message: e.message ?? "is invalid", extra: [] };
    case "required":
      return {
        message: `missing required key "${e.params.missingProperty}"`,
        extra: []
      };
    default:
      return { message: e.message ?? `fails ${e.keyword}`, extra: [] };
  }
}
function article(type) {
  const names = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "a boolean",
    null: "null"
  };
  return names[type] ?? type;
}
function typeName(v) {
  if (v === null || v === void 0) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "number") return Number.isInteger(v) ? "an integer" : "a number";
  return `a ${typeof v}`;
}
function pointer(p) {
  if (p === "") return [];
  return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function joinKey(prefix2, path2) {
  let out = prefix2;
  for (const step of path2) {
    if (typeof step === "number" || /^\d+$/.test(step)) out += `[${step}]`;
    else out += out ? `.${step}` : step;
  }
  return out;
}
function locateNode(root, path2) {
  let node = root;
  let pair2;
  for (const step of path2) {
    if (!node) return void 0;
    if (node.kind === "map") {
      pair2 = node.pairs.find((p) => p.key.kind === "scalar" && String(p.key.value) === String(step));
      if (!pair2) return void 0;
      node = pair2.value;
    } else if (node.kind === "seq") {
      pair2 = void 0;
      node = node.items[Number(step)] ?? null;
    } else return void 0;
  }
  return node ? { node, ...pair2 ? { pair: pair2 } : {} } : void 0;
}
function locate(root, path2) {
  for (let n = path2.length; n >= 0; n--) {
    const found = locateNode(root, path2.slice(0, n));
    if (found) return found.pair && n > 0 ? found.pair.key.range : found.node.range;
  }
  return void 0;
}
function plain(node) {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(plain);
    case "map": {
      const out = {};
      for (const p of node.pairs) {
        const key = p.key.kind === "scalar" ? String(p.key.value) : JSON.stringify(plain(p.key));
        Object.defineProperty(out, key, {
          value: plain(p.value),
          enumerable: true,
          writable: true,
          configurable: true
        });
      }
      return out;
    }
  }
}
function duplicateKeys(node, path2) {
  if (!node || node.kind === "scalar") return [];
  const out = [];
  if (node.kind === "seq") {
    node.items.forEach((item2, i) => out.push(...duplicateKeys(item2, [...path2, String(i)])));
    return out;
  }
  const seen = /* @__PURE__ */ new Set();
  for (const p of node.pairs) {
    const key = p.key.kind === "scalar" ? String(p.key.value) : "";
    if (p.key.kind === "scalar" && seen.has(key)) out.push({ pair: p, key: joinKey("", [...path2, key]) });
    seen.add(key);
    out.push(...duplicateKeys(p.value, [...path2, key]));
  }
  return out;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of [...candidates].sort()) {
    const cl = c.toLowerCase();
    const d = lower.length >= 3 && (cl.startsWith(lower) || lower.startsWith(cl)) ? 1 : editDistance(lower, cl);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

// src/engine/lint-api.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/engine/fingerprint.ts
import { hash } from "node:crypto";
function fingerprint(input) {
  const text = [
    input.ruleId,
    input.file,
    input.resource ?? "",
    input.message,
    input.snippet.replace(/\s+/g, " ").trim()
  ].join("\0");
  return hash("sha256", text, "buffer").toString("hex", 0, 16);
}
function disambiguate(items, fileOf) {
  const count = /* @__PURE__ */ new Map();
  let file;
  for (const item2 of items) {
    if (fileOf && fileOf(item2) !== file) {
      file = fileOf(item2);
      count.clear();
    }
    const n = (count.get(item2.fingerprint) ?? 0) + 1;
    count.set(item2.fingerprint, n);
    if (n > 1) item2.fingerprint = `${item2.fingerprint}:${n}`;
  }
}

// src/engine/suppressions.ts
var UNUSED_SUPPRESSION_RULE = {
  id: "unused-suppression",
  category: "suppression",
  severity: "note",
  title: "Suppressions match a finding",
  description: "An arch-lint-ignore comment, arch-lint-ignore-file comment or arch-lint.io/ignore annotation that suppresses nothing is stale: the problem it hid is gone, or the rule id is misspelled. Remove it or fix the id.",
  messages: {
    unused: "{directive} for {ruleIds} matches no finding{where}{unknown}",
    noRuleIds: "{directive} names no rule id: write {directive} <rule-id>[,<rule-id>]"
  }
};
var PARSE_ERROR_RULE = {
  id: "parse-error",
  category: "parse-error",
  severity: "error",
  title: "Files parse",
  description: "A file that cannot be parsed is not linted at all, so its problems go unreported. The finding points at the line and column where parsing failed; every other file is still linted.",
  messages: { failed: "{message}" }
};
var DIRECTIVE = /^arch-lint-ignore(-file)?(?=\s|$|\*\/)([\s\S]*)$/;
function commentBody(text) {
  let body = text.trim();
  if (body.startsWith("#")) body = body.slice(1);
  else if (body.startsWith("//")) body = body.slice(2);
  else if (body.startsWith("/*")) body = body.slice(2).replace(/\*\/\s*$/, "");
  return body.replace(/^[\s*]+/, "").trimEnd();
}
function splitRuleIds(list3) {
  return list3.split(/[\s,]+/).filter(Boolean);
}
function collectSuppressions(file, comments) {
  const out = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(commentBody(c.text));
    if (!m) continue;
    const rest = m[2];
    const sep4 = rest.search(/(^|\s)--(\s|$)/);
    const idPart = sep4 === -1 ? rest : rest.slice(0, sep4);
    const reason = sep4 === -1 ? "" : rest.slice(sep4).replace(/^\s*--/, "").trim();
    const isFile = m[1] !== void 0;
    const trailing = /\s*$/.exec(c.text)[0].length;
    const range2 = trailing > 0 && c.range.end.offset - trailing >= c.range.start.offset ? file.range(c.range.start.offset, c.range.end.offset - trailing) : c.range;
    out.push({
      kind: isFile ? "file" : "line",
      ruleIds: splitRuleIds(idPart),
      ...reason ? { reason } : {},
      file,
      range: range2,
      fromLine: isFile ? 1 : range2.start.line,
      toLine: isFile ? file.lineCount : range2.end.line + 1
    });
  }
  return out;
}
function parseIgnoreAnnotation(value) {
  return splitRuleIds(value);
}
function applySuppressions(findings, suppressions, objectIgnores) {
  const all = [...suppressions];
  for (const [resource, ig] of objectIgnores) {
    all.push({
      kind: "annotation",
      ruleIds: ig.ruleIds,
      file: ig.file,
      range: ig.range,
      fromLine: 1,
      toLine: ig.file.lineCount,
      resource
    });
  }
  const byFile = /* @__PURE__ */ new Map();
  const byResource = /* @__PURE__ */ new Map();
  for (const s of all) {
    if (s.kind === "annotation") push(byResource, s.resource, s);
    else push(byFile, s.file.path, s);
  }
  const used = /* @__PURE__ */ new Map();
  const kept = [];
  const suppressed = [];
  for (const f of findings) {
    let hit = false;
    const candidates = [
      ...byFile.get(f.file) ?? [],
      ...f.resource !== void 0 ? byResource.get(f.resource) ?? [] : []
    ];
    for (const s of candidates) {
      if (!s.ruleIds.includes(f.ruleId)) continue;
      if (s.kind === "line" && (f.line < s.fromLine || f.line > s.toLine)) continue;
      hit = true;
      let set = used.get(s);
      if (!set) used.set(s, set = /* @__PURE__ */ new Set());
      set.add(f.ruleId);
    }
    (hit ? suppressed : kept).push(f);
  }
  const unused = [];
  for (const s of all) {
    const set = used.get(s);
    const stale = s.ruleIds.filter((id) => !set?.has(id));
    if (stale.length > 0 || s.ruleIds.length === 0) unused.push({ ...s, ruleIds: stale });
  }
  return { kept, suppressed, unused };
}
function push(map, key, value) {
  const list3 = map.get(key);
  if (list3) list3.push(value);
  else map.set(key, [value]);
}
var DIRECTIVE_NAME = {
  line: "arch-lint-ignore",
  file: "arch-lint-ignore-file",
  annotation: "arch-lint.io/ignore"
};
var WHERE = {
  line: " on this line or the next",
  file: " in this file",
  annotation: " on this object"
};
function unusedSuppressionFindings(unused, knownRuleIds) {
  const findings = unused.map((s) => {
    const directive = DIRECTIVE_NAME[s.kind];
    const unknown = knownRuleIds ? s.ruleIds.filter((id) => !knownRuleIds.has(id)) : [];
    const { messages } = UNUSED_SUPPRESSION_RULE;
    const message = s.ruleIds.length === 0 ? formatMessage(messages.noRuleIds, { directive }) : formatMessage(messages.unused, {
      directive,
      ruleIds: s.ruleIds.join(", "),
      where: WHERE[s.kind],
      unknown: unknown.length > 0 ? ` (unknown rule id${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")})` : ""
    });
    return {
      ruleId: UNUSED_SUPPRESSION_RULE.id,
      category: UNUSED_SUPPRESSION_RULE.category,
      severity: UNUSED_SUPPRESSION_RULE.severity,
      message,
      file: s.file.path,
      line: s.range.start.line,
      column: s.range.start.column,
      endLine: s.range.end.line,
      endColumn: s.range.end.column,
      ...s.resource !== void 0 ? { resource: s.resource } : {},
      // Stable across line moves: the comment's own text and what it names, not its position.
      fingerprint: fingerprint({
        ruleId: UNUSED_SUPPRESSION_RULE.id,
        file: s.file.path,
        resource: s.resource,
        message,
        snippet: s.file.text.slice(s.range.start.offset, s.range.end.offset)
      }),
      docsUrl: docsUrl(UNUSED_SUPPRESSION_RULE.id)
    };
  });
  disambiguate(findings);
  return findings;
}

// src/engine/effective-config.ts
var ENGINE_RULES = [PARSE_ERROR_RULE, UNUSED_SUPPRESSION_RULE];
async function loadEffectiveConfig(options, cwd, paths) {
  const configPath = options.configPath ? resolve3(cwd, options.configPath) : findConfig(resolve3(cwd, paths.find((p) => p !== "-") ?? "."));
  let config = defaultConfig(cwd);
  if (configPath) {
    const loaded = loadConfig(configPath);
    if (!loaded.config)
      throw new UsageError(`invalid configuration:
${loaded.errors.map(formatConfigError).join("\n")}`);
    config = loaded.config;
  }
  return makeEffectiveConfig(config, cwd, options);
}
function makeEffectiveConfig(config, cwd, options) {
  const ignored = createIgnoreMatcher(config);
  const known = new Set(ENGINE_RULES.map((m) => m.id));
  const ran = /* @__PURE__ */ new Set();
  const engineSeverity = (id) => {
    const meta = ENGINE_RULES.find((m) => m.id === id);
    if (!meta) return void 0;
    const s = resolveRuleSetting(config, meta);
    return s.enabled ? s.severity : void 0;
  };
  return {
    failOn: config.failOn ?? "error",
    isIgnored: (path2) => ignored(resolve3(cwd, path2)),
    rulesDir: config.rulesDir,
    varFiles: [...config.varFiles.map((f) => relative3(cwd, f)), ...options.varFiles ?? []],
    limits: { maxFileBytes: config.limits.maxFileBytes },
    yamlLimits: {
      ...config.limits.yamlMaxAliases !== void 0 ? { maxAliases: config.limits.yamlMaxAliases } : {},
      ...config.limits.yamlMaxDepth !== void 0 ? { maxDepth: config.limits.yamlMaxDepth } : {}
    },
    severityOf: engineSeverity,
    enabledRules(all, only) {
      for (const r of all) {
        if (known.has(r.meta.id)) throw new UsageError(`two rules have the id ${r.meta.id}`);
        known.add(r.meta.id);
      }
      const errors = validateRuleSettings(config, [...all.map((r) => r.meta), ...ENGINE_RULES]);
      if (errors.length > 0)
        throw new UsageError(`invalid configuration:
${errors.map(formatConfigError).join("\n")}`);
      const enabled = [];
      for (const rule of all) {
        if (only && !only.includes(rule.meta.id)) continue;
        const setting2 = resolveRuleSetting(config, rule.meta);
        if (!setting2.enabled) continue;
        ran.add(rule.meta.id);
        enabled.push({
          rule,
          severity: setting2.severity,
          options: { ...setting2.options, ...options.ruleOptions?.[rule.meta.id] }
        });
      }
      return enabled;
    },
    extraMetas: () => ENGINE_RULES.filter((m) => engineSeverity(m.id) !== void 0),
    known,
    ran
  };
}

// src/engine/helm-charts.ts
import { readFile } from "node:fs/promises";
import { dirname as dirname3 } from "node:path";

// src/parse/yaml/helm.ts
var SOURCE_RE = /^#\s*Source:\s*(\S(?:.*\S)?)\s*$/;
function helmSources(stream, file) {
  void file;
  const out = new Array(stream.documents.length);
  const comments = stream.comments;
  let ci = 0;
  let prevEnd = 0;
  const docs = stream.documents;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    const contentStart = doc.root ? doc.root.range.start.offset : d + 1 < docs.length ? docs[d + 1].range.start.offset : Infinity;
    const limit = Math.max(contentStart, prevEnd);
    let found;
    while (ci < comments.length && comments[ci].range.start.offset < prevEnd) ci++;
    while (ci < comments.length && comments[ci].range.start.offset < limit) {
      const m = SOURCE_RE.exec(comments[ci].text);
      if (m) found = m[1];
      ci++;
    }
    out[d] = found;
    prevEnd = Math.max(prevEnd, doc.range.end.offset);
  }
  return out;
}
var HelmTemplateIndex = class {
  bySource = /* @__PURE__ */ new Map();
  constructor(charts) {
    const named = charts.map((c) => ({ ...c, dir: trimDir(c.dir), name: chartName(c.chartYaml, c.dir) }));
    const prefixOf = (c, seen) => {
      const parent = named.filter((p) => p !== c && c.dir.startsWith(p.dir === "." ? "charts/" : `${p.dir}/charts/`)).sort((a, b) => b.dir.length - a.dir.length)[0];
      if (!parent || seen.has(parent.dir)) return c.name;
      seen.add(c.dir);
      return `${prefixOf(parent, seen)}/charts/${c.name}`;
    };
    for (const c of named) {
      const prefix2 = prefixOf(c, /* @__PURE__ */ new Set());
      for (const t of c.templates) {
        const rel = c.dir === "." ? t.path : t.path.startsWith(c.dir + "/") ? t.path.slice(c.dir.length + 1) : void 0;
        if (rel === void 0) continue;
        this.bySource.set(`${prefix2}/${rel}`, t);
        if (!this.bySource.has(`${c.name}/${rel}`)) this.bySource.set(`${c.name}/${rel}`, t);
      }
    }
  }
  /** The template a `# Source:` path names. */
  resolve(source) {
    const exact3 = this.bySource.get(source);
    if (exact3) return exact3;
    const i = source.lastIndexOf("/charts/");
    return i >= 0 ? this.bySource.get(source.slice(i + "/charts/".length)) : void 0;
  }
  /** The best range in `template` for the node of `doc` at `target`. */
  locate(doc, target, template) {
    return locateInTemplate(keyPath(doc.root, target), template);
  }
};
function keyPath(root, target) {
  const path2 = [];
  const t = target.start.offset;
  const te = target.end.offset;
  const inside = (r) => r.start.offset <= t && te <= r.end.offset;
  let cur = root;
  for (let depth = 0; cur && depth < 200; depth++) {
    let next;
    if (cur.kind === "map") {
      for (const p of cur.pairs) {
        if (p.key.kind !== "scalar") continue;
        if (inside(p.key.range)) {
          path2.push(String(p.key.value));
          return path2;
        }
        if (inside(p.value.range) || inside(p.range)) {
          path2.push(String(p.key.value));
          next = p.value;
          break;
        }
      }
    } else if (cur.kind === "seq") {
      const i = cur.items.findIndex((x) => inside(x.range));
      if (i >= 0) {
        path2.push(i);
        next = cur.items[i];
      }
    }
    if (!next) break;
    cur = next;
  }
  return path2;
}
function structuralLines(template) {
  const out = [];
  for (let n = 1; n <= template.lineCount; n++) {
    const text = template.lineText(n);
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (/^(\{\{.*?\}\}\s*)+$/.test(trimmed)) continue;
    out.push({ n, text, indent: text.length - text.trimStart().length });
  }
  return out;
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function locateInTemplate(path2, template) {
  const lines = structuralLines(template);
  let best;
  let from = 0;
  let parentCol = -1;
  let parentIsItem = false;
  for (const step of path2) {
    const end = blockEnd(lines, from, parentCol, parentIsItem);
    if (typeof step === "number") {
      const items = [];
      for (let i = from; i < end; i++) {
        const col = lines[i].text.search(/\S/);
        if (/^\s*-(\s|$)/.test(lines[i].text) && (items.length === 0 || col === items[0].col)) items.push({ i, col });
      }
      if (items.length === 0) break;
      const item2 = items[step] ?? items[0];
      from = item2.i;
      parentCol = item2.col;
      parentIsItem = true;
      const r = template.range(
        template.lineStart(lines[item2.i].n) + item2.col,
        template.lineStart(lines[item2.i].n) + item2.col + 1
      );
      best = r;
      continue;
    }
    const re = new RegExp(`^(\\s*(?:-\\s+)*)(["']?)${escapeRe(step)}\\2\\s*:(\\s|$)`);
    let hit;
    for (let i = from; i < end; i++) {
      const m = re.exec(lines[i].text);
      if (m && m[1].length > parentCol) {
        hit = { i, col: m[1].length };
        break;
      }
    }
    if (!hit) break;
    const line = lines[hit.i];
    const start = template.lineStart(line.n) + hit.col;
    const quoted = /["']/.test(line.text[hit.col]) ? 2 : 0;
    best = template.range(start, start + step.length + quoted);
    from = hit.i + 1;
    parentCol = hit.col;
    parentIsItem = false;
  }
  if (best) return best;
  return template.range(0, template.lineText(1).length);
}
function blockEnd(lines, from, parentCol, parentIsItem) {
  if (parentCol < 0) return lines.length;
  for (let i = parentIsItem ? from + 1 : from; i < lines.length; i++) {
    const l = lines[i];
    if (l.indent < parentCol) return i;
    if (l.indent === parentCol && (parentIsItem || !/^\s*-(\s|$)/.test(l.text))) return i;
  }
  return lines.length;
}
function trimDir(dir) {
  const d = dir.replace(/\\/g, "/").replace(/\/+$/, "");
  return d === "" ? "." : d;
}
function chartName(chartYaml, dir) {
  const name = yget(parseYamlStream(chartYaml).documents[0]?.root, "name");
  if (name && name.kind === "scalar" && name.value !== null && String(name.value) !== "") return String(name.value);
  const d = trimDir(dir);
  return d.slice(d.lastIndexOf("/") + 1);
}

// src/engine/helm-charts.ts
function chartTemplateSkips(candidates) {
  const chartDirs = /* @__PURE__ */ new Map();
  for (const c of candidates) if (/(^|\/)Chart\.ya?ml$/.test(c.path)) chartDirs.set(dirOf2(c.path), c);
  const lintable = [];
  const chartSkips = [];
  for (const c of candidates) {
    const chart = c.kind === "yaml" && !c.explicit ? owningChart(c.path, chartDirs) : void 0;
    if (chart !== void 0) chartSkips.push({ file: c.path, chart, candidate: c });
    else lintable.push(c);
  }
  return { lintable, chartDirs, chartSkips };
}
function owningChart(path2, chartDirs) {
  for (let i = path2.indexOf("/templates/"); i !== -1; i = path2.indexOf("/templates/", i + 1)) {
    const dir = path2.slice(0, i);
    if (chartDirs.has(dir)) return dir;
  }
  if (path2.startsWith("templates/") && chartDirs.has(".")) return ".";
  return void 0;
}
function dirOf2(path2) {
  const d = dirname3(path2);
  return d === "" ? "." : d;
}
async function helmRelocator(parsed, scan) {
  const rendered = parsed.filter(
    (f) => f.kind === "yaml" && f.helm.some((s) => s !== void 0)
  );
  if (rendered.length === 0 || scan.chartDirs.size === 0) return { relocate: () => void 0, templates: [] };
  const templates = [];
  const charts = [];
  for (const [dir, chartYaml] of scan.chartDirs) {
    const chartSource = await readSource(chartYaml.abs, chartYaml.path);
    if (chartSource) charts.push({ dir, chartYaml: chartSource, templates: [] });
  }
  const chartByDir = new Map(charts.map((c) => [c.dir, c]));
  for (const skip of scan.chartSkips) {
    const source = await readSource(skip.candidate.abs, skip.file);
    const chart = chartByDir.get(skip.chart);
    if (source && chart) {
      chart.templates.push(source);
      templates.push(source);
    }
  }
  const index = new HelmTemplateIndex(charts);
  const byFile = new Map(rendered.map((f) => [f.source, f]));
  const relocate = (file, range2) => {
    const f = byFile.get(file);
    if (!f) return void 0;
    const doc = f.stream.documents.find(
      (d) => d.range.start.offset <= range2.start.offset && range2.start.offset <= d.range.end.offset
    );
    const source = doc ? f.helm[doc.index] : void 0;
    if (!doc || !source) return void 0;
    const template = index.resolve(source);
    if (!template) return void 0;
    const moved = index.locate(doc, range2, template);
    return { file: template, range: moved };
  };
  return { relocate, templates };
}
async function readSource(abs, path2) {
  try {
    return new SourceFile(path2, await readFile(abs, "utf8"));
  } catch {
    return void 0;
  }
}

// src/parse/hcl/json-scanner.ts
var MAX_JSON_DEPTH = 256;
var Stop = class extends Error {
};
function scanJson(text) {
  const s = new Scanner(text);
  let root = null;
  try {
    s.ws();
    root = s.value(0);
    s.ws();
    if (s.p < text.length) s.fail("unexpected text after the JSON value", s.p, s.p + 1);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  if (s.error && s.partial) dropUnfinished(s.partial);
  return { root: root ?? s.partial, error: s.error };
}
function dropUnfinished(v) {
  if (v.kind === "object") {
    v.members = v.members.filter((m) => m.value !== void 0);
    for (const m of v.members) dropUnfinished(m.value);
  } else if (v.kind === "array") {
    v.items = v.items.filter((i) => i !== void 0);
    for (const i of v.items) dropUnfinished(i);
  }
}
var ESC = {
  34: '"',
  92: "\\",
  47: "/",
  98: "\b",
  102: "\f",
  110: "\n",
  114: "\r",
  116: "	"
};
function decodeJsonString(text, start, end) {
  let value = "";
  const map = [];
  let p = start + 1;
  const stop = end - 1;
  while (p < stop) {
    const c = text.charCodeAt(p);
    if (c === 92) {
      const n = text.charCodeAt(p + 1);
      if (n === 117) {
        value += String.fromCharCode(parseInt(text.slice(p + 2, p + 6), 16) || 0);
        map.push(p);
        p += 6;
      } else {
        value += ESC[n] ?? "";
        map.push(p);
        p += 2;
      }
    } else {
      value += text[p];
      map.push(p);
      p++;
    }
  }
  map.push(Math.min(p, stop));
  return { value, map };
}
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  p = 0;
  error = null;
  /** The outermost container, kept so a failed scan still returns what it saw. */
  partial = null;
  fail(message, start, end) {
    this.error = { message, start, end: Math.min(Math.max(end, start), this.text.length) };
    throw new Stop();
  }
  ws() {
    const t = this.text;
    for (; ; ) {
      const c = t.charCodeAt(this.p);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 65279 && this.p === 0) this.p++;
      else return;
    }
  }
  describe() {
    if (this.p >= this.text.length) return "end of file";
    return `'${this.text[this.p]}'`;
  }
  /** Set by a container just before it scans a child value. */
  attach = null;
  value(depth) {
    const attach = this.attach;
    this.attach = null;
    if (depth > MAX_JSON_DEPTH) this.fail(`JSON is nested more than ${MAX_JSON_DEPTH} levels deep`, this.p, this.p + 1);
    const t = this.text;
    const c = t.charCodeAt(this.p);
    const start = this.p;
    switch (c) {
      case 123:
        return this.object(depth, attach);
      case 91:
        return this.array(depth, attach);
      case 34: {
        const end = this.string();
        return { kind: "string", value: decodeJsonString(t, start, end).value, start, end };
      }
      case 116:
      case 102:
      case 110: {
        for (const [word, v] of [
          ["true", true],
          ["false", false],
          ["null", null]
        ]) {
          if (t.startsWith(word, start)) {
            this.p += word.length;
            return v === null ? { kind: "null", start, end: this.p } : { kind: "bool", value: v, start, end: this.p };
          }
        }
        break;
      }
      default:
        if (c === 45 || c >= 48 && c <= 57) return this.number();
    }
    return this.fail(`expected a JSON value, found ${this.describe()}`, start, start + 1);
  }
  number() {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = this.p;
    const r = m.exec(this.text);
    if (!r || r[0] === "-") this.fail("invalid number", this.p, this.p + 1);
    const start = this.p;
    this.p += r[0].length;
    return { kind: "number", value: Number(r[0]), start, end: this.p };
  }
  /** Scans a string at the current quote; returns the offset after the closing quote. */
  string() {
    const t = this.text;
    const start = this.p;
    let p = start + 1;
    for (; ; ) {
      if (p >= t.length) this.fail("unterminated string", start, p);
      const c = t.charCodeAt(p);
      if (c === 34) break;
      if (c < 32) this.fail("control character in string: escape it (for example \\n)", p, p + 1);
      if (c === 92) {
        const n = t.charCodeAt(p + 1);
        if (n === 117) {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(p + 2, p + 6)))
            this.fail("invalid escape: '\\u' needs 4 hex digits", p, p + 6);
          p += 6;
          continue;
        }
        if (ESC[n] === void 0) this.fail(`invalid escape sequence '\\${t[p + 1] ?? ""}' in string`, p, p + 2);
        p += 2;
        continue;
      }
      p++;
    }
    this.p = p + 1;
    return this.p;
  }
  object(depth, attach) {
    const t = this.text;
    const node = { kind: "object", members: [], start: this.p, end: this.p };
    this.partial ??= node;
    attach?.(node);
    this.p++;
    this.ws();
    if (t.charCodeAt(this.p) === 125) {
      this.p++;
      node.end = this.p;
      return node;
    }
    for (; ; ) {
      this.ws();
      if (t.charCodeAt(this.p) !== 34)
        this.fail(`expected a string key in the object, found ${this.describe()}`, this.p, this.p + 1);
      const keyStart = this.p;
      const keyEnd = this.string();
      this.ws();
      if (t.charCodeAt(this.p) !== 58)
        this.fail(`expected ':' after the object key, found ${this.describe()}`, this.p, this.p + 1);
      this.p++;
      this.ws();
      const member = { key: decodeJsonString(t, keyStart, keyEnd).value, keyStart, keyEnd };
      node.members.push(member);
      this.attach = (v) => member.value = v;
      member.value = this.value(depth + 1);
      this.ws();
      const c = t.charCodeAt(this.p);
      if (c === 44) {
        this.p++;
        continue;
      }
      if (c === 125) {
        this.p++;
        node.end = this.p;
        return node;
      }
      this.fail(`expected ',' or '}' after the object member, found ${this.describe()}`, this.p, this.p + 1);
    }
  }
  array(depth, attach) {
    const t = this.text;
    const node = { kind: "array", items: [], start: this.p, end: this.p };
    this.partial ??= node;
    attach?.(node);
    this.p++;
    this.ws();
    if (t.charCodeAt(this.p) === 93) {
      this.p++;
      node.end = this.p;
      return node;
    }
    for (; ; ) {
      this.ws();
      const i = node.items.length;
      node.items.push(void 0);
      this.attach = (v) => node.items[i] = v;
      node.items[i] = this.value(depth + 1);
      this.ws();
      const c = t.charCodeAt(this.p);
      if (c === 44) {
        this.p++;
        continue;
      }
      if (c === 93) {
        this.p++;
        node.end = this.p;
        return node;
      }
      this.fail(`expected ',' or ']' after the array element, found ${this.describe()}`, this.p, this.p + 1);
    }
  }
};

// src/parse/hcl/lexer.ts
var TOKEN_NAMES = {
  [0 /* EOF */]: "end of file",
  [1 /* Newline */]: "newline",
  [2 /* Ident */]: "identifier",
  [3 /* Number */]: "number",
  [4 /* OQuote */]: "string",
  [5 /* OHeredoc */]: "heredoc",
  [6 /* LBrace */]: "'{'",
  [7 /* RBrace */]: "'}'",
  [8 /* LBrack */]: "'['",
  [9 /* RBrack */]: "']'",
  [10 /* LParen */]: "'('",
  [11 /* RParen */]: "')'",
  [12 /* Comma */]: "','",
  [13 /* Dot */]: "'.'",
  [14 /* Ellipsis */]: "'...'",
  [15 /* Eq */]: "'='",
  [16 /* Colon */]: "':'",
  [17 /* DoubleColon */]: "'::'",
  [18 /* Question */]: "'?'",
  [19 /* FatArrow */]: "'=>'",
  [20 /* Bang */]: "'!'",
  [21 /* Minus */]: "'-'",
  [22 /* Plus */]: "'+'",
  [23 /* Star */]: "'*'",
  [24 /* Slash */]: "'/'",
  [25 /* Percent */]: "'%'",
  [26 /* EqEq */]: "'=='",
  [27 /* NotEq */]: "'!='",
  [28 /* Lt */]: "'<'",
  [29 /* Gt */]: "'>'",
  [30 /* Le */]: "'<='",
  [31 /* Ge */]: "'>='",
  [32 /* And */]: "'&&'",
  [33 /* Or */]: "'||'",
  [34 /* Tilde */]: "'~'",
  [35 /* Invalid */]: "invalid character"
};
var ID_START = new RegExp("\\p{ID_Start}", "u");
var ID_CONTINUE = new RegExp("\\p{ID_Continue}", "u");
function isIdentStart(c) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
  return ID_START.test(String.fromCharCode(c));
}
function isIdentPart(c) {
  if (c < 128) return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45;
  return ID_CONTINUE.test(String.fromCharCode(c));
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
var Lexer = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Next unread offset. */
  pos = 0;
  /** The token most recently produced by `next()`. */
  type = 0 /* EOF */;
  start = 0;
  end = 0;
  /** For OHeredoc: the marker and whether it is the indented (`<<-`) form. */
  heredocMarker = "";
  heredocIndented = false;
  /** Comment spans [start, end) in file order. */
  comments = [];
  /** Offsets of unterminated block comments, reported by the parser. */
  unterminatedComments = [];
  /** Scans the next token into `type`/`start`/`end`. */
  next() {
    const text = this.text;
    const len = text.length;
    let p = this.pos;
    for (; ; ) {
      if (p >= len) {
        this.start = this.end = this.pos = len;
        return this.type = 0 /* EOF */;
      }
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 13) {
        p++;
        continue;
      }
      if (c === 65279 && p === 0) {
        p++;
        continue;
      }
      if (c === 10) return this.tok(1 /* Newline */, p, p + 1);
      if (c === 35 || c === 47 && text.charCodeAt(p + 1) === 47) {
        let e = text.indexOf("\n", p);
        if (e === -1) e = len;
        let ce = e;
        if (ce > p && text.charCodeAt(ce - 1) === 13) ce--;
        this.comments.push(p, ce);
        if (e === len) {
          p = len;
          continue;
        }
        return this.tok(1 /* Newline */, e, e + 1);
      }
      if (c === 47 && text.charCodeAt(p + 1) === 42) {
        const e = text.indexOf("*/", p + 2);
        if (e === -1) {
          this.comments.push(p, len);
          this.unterminatedComments.push(p);
          p = len;
        } else {
          this.comments.push(p, e + 2);
          p = e + 2;
        }
        continue;
      }
      return this.scanToken(c, p);
    }
  }
  tok(type, start, end) {
    this.start = start;
    this.end = end;
    this.pos = end;
    return this.type = type;
  }
  scanToken(c, p) {
    const text = this.text;
    const n = text.charCodeAt(p + 1);
    if (isIdentStart(c)) {
      let e = p + 1;
      while (e < text.length && isIdentPart(text.charCodeAt(e))) e++;
      return this.tok(2 /* Ident */, p, e);
    }
    if (isDigit(c)) return this.tok(3 /* Number */, p, this.scanNumber(p));
    switch (c) {
      case 34:
        return this.tok(4 /* OQuote */, p, p + 1);
      case 123:
        return this.tok(6 /* LBrace */, p, p + 1);
      case 125:
        return this.tok(7 /* RBrace */, p, p + 1);
      case 91:
        return this.tok(8 /* LBrack */, p, p + 1);
      case 93:
        return this.tok(9 /* RBrack */, p, p + 1);
      case 40:
        return this.tok(10 /* LParen */, p, p + 1);
      case 41:
        return this.tok(11 /* RParen */, p, p + 1);
      case 44:
        return this.tok(12 /* Comma */, p, p + 1);
      case 63:
        return this.tok(18 /* Question */, p, p + 1);
      case 43:
        return this.tok(22 /* Plus */, p, p + 1);
      case 45:
        return this.tok(21 /* Minus */, p, p + 1);
      case 42:
        return this.tok(23 /* Star */, p, p + 1);
      case 47:
        return this.tok(24 /* Slash */, p, p + 1);
      case 37:
        return this.tok(25 /* Percent */, p, p + 1);
      case 126:
        return this.tok(34 /* Tilde */, p, p + 1);
      case 46:
        if (n === 46 && text.charCodeAt(p + 2) === 46) return this.tok(14 /* Ellipsis */, p, p + 3);
        return this.tok(13 /* Dot */, p, p + 1);
      case 61:
        if (n === 61) return this.tok(26 /* EqEq */, p, p + 2);
        if (n === 62) return this.tok(19 /* FatArrow */, p, p + 2);
        return this.tok(15 /* Eq */, p, p + 1);
      case 58:
        if (n === 58) return this.tok(17 /* DoubleColon */, p, p + 2);
        return this.tok(16 /* Colon */, p, p + 1);
      case 33:
        if (n === 61) return this.tok(27 /* NotEq */, p, p + 2);
        return this.tok(20 /* Bang */, p, p + 1);
      case 60:
        if (n === 61) return this.tok(30 /* Le */, p, p + 2);
        if (n === 60) {
          const h = this.scanHeredocStart(p);
          if (h !== -1) return this.tok(5 /* OHeredoc */, p, h);
        }
        return this.tok(28 /* Lt */, p, p + 1);
      case 62:
        if (n === 61) return this.tok(31 /* Ge */, p, p + 2);
        return this.tok(29 /* Gt */, p, p + 1);
      case 38:
        if (n === 38) return this.tok(32 /* And */, p, p + 2);
        break;
      case 124:
        if (n === 124) return this.tok(33 /* Or */, p, p + 2);
        break;
    }
    const w = c >= 55296 && c <= 56319 && p + 1 < text.length ? 2 : 1;
    return this.tok(35 /* Invalid */, p, p + w);
  }
  scanNumber(p) {
    const text = this.text;
    let e = p;
    while (isDigit(text.charCodeAt(e))) e++;
    if (text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1))) {
      e += 2;
      while (isDigit(text.charCodeAt(e))) e++;
    } else if (text.charCodeAt(e) === 46 && this.exponentEnd(e + 1) !== -1) {
      return this.exponentEnd(e + 1);
    }
    const x = this.exponentEnd(e);
    return x === -1 ? e : x;
  }
  /** End of an exponent (`e+3`) starting at `p`, or -1. */
  exponentEnd(p) {
    const text = this.text;
    const x = text.charCodeAt(p);
    if (x !== 101 && x !== 69) return -1;
    let f = p + 1;
    const s = text.charCodeAt(f);
    if (s === 43 || s === 45) f++;
    if (!isDigit(text.charCodeAt(f))) return -1;
    while (isDigit(text.charCodeAt(f))) f++;
    return f;
  }
  /** `<<MARKER\n` or `<<-MARKER\n`: returns the offset just after the newline, or -1. */
  scanHeredocStart(p) {
    const text = this.text;
    let q = p + 2;
    let indented = false;
    if (text.charCodeAt(q) === 45) {
      indented = true;
      q++;
    }
    if (!isIdentStart(text.charCodeAt(q))) return -1;
    const ms = q;
    while (q < text.length && isIdentPart(text.charCodeAt(q))) q++;
    const me = q;
    if (text.charCodeAt(q) === 13) q++;
    if (text.charCodeAt(q) !== 10) return -1;
    this.heredocMarker = text.slice(ms, me);
    this.heredocIndented = indented;
    return q + 1;
  }
};

// src/parse/hcl/nodes.ts
var SpanNode = class {
  #file;
  #start;
  #end;
  constructor(file, start, end) {
    this.#file = file;
    this.#start = start;
    this.#end = end;
  }
  get range() {
    return this.#file.span(this.#start, this.#end);
  }
};
var LabelNode = class extends SpanNode {
  constructor(value, file, start, end) {
    super(file, start, end);
    this.value = value;
  }
  value;
};
var AttributeNode = class {
  constructor(name, expr, file, nameStart, nameEnd, end) {
    this.name = name;
    this.expr = expr;
    this.#file = file;
    this.#nameStart = nameStart;
    this.#nameEnd = nameEnd;
    this.#end = end;
  }
  name;
  expr;
  kind = "Attribute";
  #file;
  #nameStart;
  #nameEnd;
  #end;
  get nameRange() {
    return this.#file.span(this.#nameStart, this.#nameEnd);
  }
  /** From the name to the end of the expression. */
  get range() {
    return this.#file.span(this.#nameStart, this.#end);
  }
};
var BlockNode = class {
  constructor(type, labels, body, file, offsets) {
    this.type = type;
    this.labels = labels;
    this.body = body;
    this.#file = file;
    this.#typeStart = offsets.typeStart;
    this.#typeEnd = offsets.typeEnd;
    this.#open = offsets.open;
    this.#close = offsets.close;
    this.#closeEnd = offsets.closeEnd;
  }
  type;
  labels;
  body;
  kind = "Block";
  #file;
  #typeStart;
  #typeEnd;
  #open;
  #close;
  #closeEnd;
  get typeRange() {
    return this.#file.span(this.#typeStart, this.#typeEnd);
  }
  /** Range of the opening `{`. */
  get openBraceRange() {
    return this.#file.span(this.#open, this.#open + 1);
  }
  /** Range of the closing `}` (empty at end of file when missing). */
  get closeBraceRange() {
    return this.#file.span(this.#close, this.#closeEnd);
  }
  /** From the type keyword to the closing brace, inclusive. */
  get range() {
    return this.#file.span(this.#typeStart, this.#closeEnd);
  }
};
var LiteralNode = class extends SpanNode {
  constructor(value, file, start, end) {
    super(file, start, end);
    this.value = value;
  }
  value;
};
var AttrStepNode = class extends SpanNode {
  constructor(name, file, start, end) {
    super(file, start, end);
    this.name = name;
  }
  name;
};
var IndexStepNode = class extends SpanNode {
  constructor(key, file, start, end) {
    super(file, start, end);
    this.key = key;
  }
  key;
};
Object.defineProperty(LiteralNode.prototype, "kind", { value: "LiteralValue", enumerable: true });
Object.defineProperty(AttrStepNode.prototype, "kind", { value: "Attr", enumerable: true });
Object.defineProperty(IndexStepNode.prototype, "kind", { value: "Index", enumerable: true });
var BodyNode = class {
  constructor(attributes, blocks2, file) {
    this.attributes = attributes;
    this.blocks = blocks2;
    this.#file = file;
  }
  attributes;
  blocks;
  #file;
  #start = 0;
  #end = 0;
  get range() {
    return this.#file.span(this.#start, this.#end);
  }
  place(start, end) {
    this.#start = start;
    this.#end = end;
    return this;
  }
};
Object.defineProperty(BodyNode.prototype, "kind", { value: "Body", enumerable: true });
var ScopeTraversalNode = class {
  constructor(root, traversal, file, start, rootEnd) {
    this.root = root;
    this.traversal = traversal;
    this.#file = file;
    this.#start = start;
    this.#rootEnd = rootEnd;
    this.#end = rootEnd;
  }
  root;
  traversal;
  #file;
  #start;
  #rootEnd;
  #end;
  get rootRange() {
    return this.#file.span(this.#start, this.#rootEnd);
  }
  get range() {
    return this.#file.span(this.#start, this.#end);
  }
  /** Appends a step, extending the range to its end. */
  addStep(step, end) {
    const steps = this.traversal;
    const out = new Array(steps.length + 1);
    for (let i = 0; i < steps.length; i++) out[i] = steps[i];
    out[steps.length] = step;
    this.traversal = out;
    this.#end = end;
  }
};
Object.defineProperty(ScopeTraversalNode.prototype, "kind", { value: "ScopeTraversal", enumerable: true });

// src/parse/hcl/template.ts
var MAX_DIRECTIVE_DEPTH = 256;
function applyStripMarkers(pieces) {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.t === "lit") continue;
    if (p.stripL && i > 0) {
      const prev = pieces[i - 1];
      if (prev.t === "lit") prev.value = prev.value.replace(/\s+$/u, "");
    }
    if (p.stripR && i + 1 < pieces.length) {
      const next = pieces[i + 1];
      if (next.t === "lit") next.value = next.value.replace(/^\s+/u, "");
    }
  }
}
function dedentHeredoc(pieces) {
  let min = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust = [];
  for (const p of pieces) {
    if (newline) {
      newline = false;
      let spaces;
      if (p.t === "lit") {
        const trimmed = p.value.replace(/^\s+/u, "");
        if (trimmed.length === 0 && p.value.endsWith("\n")) {
          spaces = Number.MAX_SAFE_INTEGER;
        } else {
          spaces = [...p.value.slice(0, p.value.length - trimmed.length)].length;
          adjust.push(p);
        }
      } else {
        spaces = 0;
      }
      if (spaces < min) min = spaces;
    }
    if (p.t === "lit" && p.value.endsWith("\n")) newline = true;
  }
  if (min === 0 || min === Number.MAX_SAFE_INTEGER) return;
  for (const p of adjust) {
    const chars2 = [...p.value];
    const cut = chars2.slice(0, min).join("").length;
    p.value = p.value.slice(cut);
    p.start += Math.min(cut, p.end - p.start);
  }
}
function mergeLiterals(pieces) {
  const out = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (p.t === "lit" && last !== void 0 && last.t === "lit") {
      out[out.length - 1] = { t: "lit", value: last.value + p.value, start: last.start, end: p.end };
    } else {
      out.push(p.t === "lit" ? { ...p } : p);
    }
  }
  return out;
}
function buildTemplateParts(file, pieces, report) {
  const state = { i: 0 };
  const { parts } = buildSeq(file, pieces, state, null, report, 0);
  return parts;
}
function buildSeq(file, pieces, state, closers, report, depth) {
  const parts = [];
  while (state.i < pieces.length) {
    const p = pieces[state.i++];
    switch (p.t) {
      case "lit": {
        const lit2 = { kind: "TemplateLiteral", value: p.value, range: file.range(p.start, p.end) };
        parts.push(lit2);
        break;
      }
      case "interp":
        parts.push(p.expr);
        break;
      case "if":
      case "for": {
        if (depth >= MAX_DIRECTIVE_DEPTH) {
          report("template directives are nested more than 256 levels deep", p.start, p.end);
          state.i = pieces.length;
          return { parts: parts.slice() };
        }
        parts.push(
          p.t === "if" ? buildIf(file, pieces, state, p, report, depth) : buildFor(file, pieces, state, p, report, depth)
        );
        break;
      }
      default:
        if (closers !== null && closers.includes(p.t)) return { parts: parts.slice(), stop: p };
        report(`unexpected %{${p.t}} with no matching %{${p.t === "endfor" ? "for" : "if"}}`, p.start, p.end);
    }
  }
  return { parts: parts.slice() };
}
function templateOf(file, parts, start, end) {
  return { kind: "Template", parts, range: file.range(start, end) };
}
function buildIf(file, pieces, state, p, report, depth) {
  const thenSeq = buildSeq(file, pieces, state, ["else", "endif"], report, depth + 1);
  const thenEnd = thenSeq.stop ? thenSeq.stop.start : file.textLength;
  const then = templateOf(file, thenSeq.parts, p.end, thenEnd);
  let elseT;
  let stop = thenSeq.stop;
  if (stop?.t === "else") {
    const elseStart = stop.end;
    const elseSeq = buildSeq(file, pieces, state, ["endif"], report, depth + 1);
    stop = elseSeq.stop;
    elseT = templateOf(file, elseSeq.parts, elseStart, stop ? stop.start : file.textLength);
  }
  if (!stop) report("%{if} has no matching %{endif}", p.start, p.end);
  const end = stop ? stop.end : p.end;
  const out = { kind: "TemplateIf", condition: p.cond, then, range: file.range(p.start, end) };
  if (elseT) out.else = elseT;
  return out;
}
function buildFor(file, pieces, state, p, report, depth) {
  const seq = buildSeq(file, pieces, state, ["endfor"], report, depth + 1);
  if (!seq.stop) report("%{for} has no matching %{endfor}", p.start, p.end);
  const bodyEnd = seq.stop ? seq.stop.start : file.textLength;
  const out = {
    kind: "TemplateFor",
    valueVar: p.valueVar,
    collection: p.coll,
    body: templateOf(file, seq.parts, p.end, bodyEnd),
    range: file.range(p.start, seq.stop ? seq.stop.end : p.end)
  };
  if (p.keyVar !== void 0) out.keyVar = p.keyVar;
  return out;
}

// src/parse/hcl/parser.ts
function parseHcl(file) {
  return new Parser(file, true).parseFile();
}
var MAX_NESTING = 256;
var BINARY_LEVELS = [
  [33 /* Or */],
  [32 /* And */],
  [26 /* EqEq */, 27 /* NotEq */],
  [28 /* Lt */, 29 /* Gt */, 30 /* Le */, 31 /* Ge */],
  [22 /* Plus */, 21 /* Minus */],
  [23 /* Star */, 24 /* Slash */, 25 /* Percent */]
];
var BINARY_OPS = {
  [33 /* Or */]: "||",
  [32 /* And */]: "&&",
  [26 /* EqEq */]: "==",
  [27 /* NotEq */]: "!=",
  [28 /* Lt */]: "<",
  [29 /* Gt */]: ">",
  [30 /* Le */]: "<=",
  [31 /* Ge */]: ">=",
  [22 /* Plus */]: "+",
  [21 /* Minus */]: "-",
  [23 /* Star */]: "*",
  [24 /* Slash */]: "/",
  [25 /* Percent */]: "%"
};
var ESCAPES = { 110: "\n", 116: "	", 114: "\r", 34: '"', 92: "\\" };
var Parser = class {
  constructor(file, compact = false) {
    this.file = file;
    this.compact = compact;
    this.text = file.text;
    this.lx = new Lexer(file.text);
    this.spans = { range: (start, end) => file.span(start, end), textLength: file.text.length };
  }
  file;
  compact;
  lx;
  text;
  diagnostics = [];
  /** Set after an error in the current body item: later errors in it are consequences. */
  panic = false;
  depth = 0;
  /**
   * Open brackets and template sequences, innermost last (Mode bits): whether newlines
   * are insignificant there, and what kind of opener it is (for error recovery).
   */
  modes = [0];
  /** Token brackets left open by the current item's first error: recovery skips past their closers. */
  panicDepth = 0;
  /** Ranges for template parts: lazily positioned, like every node range. */
  spans;
  parseFile() {
    this.lx.next();
    const body = this.parseBody(null);
    body.place(0, this.text.length);
    for (const at of this.lx.unterminatedComments) {
      this.diagnostics.push(this.diag("unterminated comment: '/*' has no matching '*/'", at, at + 2));
    }
    const c = this.lx.comments;
    const comments = [];
    for (let i = 0; i < c.length; i += 2)
      comments.push({ text: this.text.slice(c[i], c[i + 1]), range: this.r(c[i], c[i + 1]) });
    this.diagnostics.sort((a, b) => startOffset(a.range) - startOffset(b.range));
    return { body, diagnostics: exact2(this.diagnostics), comments: exact2(comments) };
  }
  /** Parses the whole text as one expression (JSON strings that Terraform reads as references). */
  parseStandaloneExpression() {
    this.modes.push(1 /* SkipNewlines */);
    this.lx.next();
    const expr = this.parseExpression();
    if (!this.panic && this.peek() !== 0 /* EOF */) this.errorAtToken("expected the end of the expression");
    return { expr, diagnostics: this.diagnostics };
  }
  /** Parses the whole text as a template (strings in Terraform JSON). */
  parseStandaloneTemplate(start, end) {
    this.lx.pos = start;
    const expr = this.scanTemplate(start, start, "json", end);
    return { expr, diagnostics: this.diagnostics };
  }
  // ---- helpers -------------------------------------------------------------
  r(start, end) {
    return this.file.span(start, end);
  }
  literal(value, start, end) {
    return this.compact ? new LiteralNode(value, this.file, start, end) : { kind: "LiteralValue", value, range: this.r(start, end) };
  }
  attrStep(name, start, end) {
    return this.compact ? new AttrStepNode(name, this.file, start, end) : { kind: "Attr", name, range: this.r(start, end) };
  }
  indexStep(key, start, end) {
    return this.compact ? new IndexStepNode(key, this.file, start, end) : { kind: "Index", key, range: this.r(start, end) };
  }
  diag(message, start, end) {
    return { severity: "error", message, range: this.file.range(start, end) };
  }
  error(message, start, end) {
    if (this.panic) return;
    this.panic = true;
    let depth = 0;
    for (let i = this.modes.length - 1; i > 0 && !(this.modes[i] & 4 /* Template */); i--)
      if (this.modes[i] & 2 /* Bracket */) depth++;
    this.panicDepth = depth;
    this.diagnostics.push(this.diag(message, start, end));
  }
  errorAtToken(message) {
    this.error(`${message}, found ${this.describeToken()}`, this.lx.start, this.lx.end);
  }
  describeToken() {
    const lx = this.lx;
    if (this.cur() === 2 /* Ident */) return `'${this.text.slice(lx.start, lx.end)}'`;
    if (this.cur() === 35 /* Invalid */) return `invalid character '${this.text.slice(lx.start, lx.end)}'`;
    return TOKEN_NAMES[this.cur()];
  }
  /** The current token (a call, so TypeScript does not narrow it across `next()`). */
  cur() {
    return this.lx.type;
  }
  /** Current token, skipping newlines where they are insignificant. */
  peek() {
    if (this.modes[this.modes.length - 1] & 1 /* SkipNewlines */) while (this.lx.type === 1 /* Newline */) this.lx.next();
    return this.lx.type;
  }
  isKeyword(word) {
    const lx = this.lx;
    return this.cur() === 2 /* Ident */ && lx.end - lx.start === word.length && this.text.startsWith(word, lx.start);
  }
  /** Consumes the expected closing token and pops the newline mode; returns the end offset. */
  close(tok, what) {
    if (!this.panic && this.peek() === tok) {
      const end = this.lx.end;
      this.modes.pop();
      this.lx.next();
      return end;
    }
    this.errorAtToken(`expected ${TOKEN_NAMES[tok]} to close ${what}`);
    this.modes.pop();
    return this.lx.start;
  }
  invalid(at) {
    return { kind: "Invalid", range: this.r(at, at) };
  }
  // ---- bodies --------------------------------------------------------------
  /** Parses items until EOF (top level) or the `}` closing `openBrace`. Leaves the `}` unconsumed. */
  parseBody(openBrace) {
    const attributes = [];
    const blocks2 = [];
    const seen = /* @__PURE__ */ new Map();
    const lx = this.lx;
    const diagnosticsBefore = this.diagnostics.length;
    for (; ; ) {
      const t = this.cur();
      if (t === 1 /* Newline */) {
        lx.next();
        continue;
      }
      if (t === 0 /* EOF */) {
        if (openBrace !== null && this.diagnostics.length === diagnosticsBefore && this.lx.unterminatedComments.length === 0) {
          this.error("expected '}' to close the block, found end of file", openBrace, openBrace + 1);
        }
        this.panic = false;
        break;
      }
      if (t === 7 /* RBrace */) {
        if (openBrace !== null) break;
        this.error("unexpected '}': there is no block to close", lx.start, lx.end);
        this.panic = false;
        lx.next();
        continue;
      }
      this.panic = false;
      if (t !== 2 /* Ident */) {
        this.errorAtToken("expected an attribute name or block type");
      } else {
        const item2 = this.parseBodyItem();
        if (item2?.kind === "Attribute") {
          const prev = seen.get(item2.name);
          if (prev) {
            this.error(
              `attribute "${item2.name}" is already defined at line ${prev.nameRange.start.line}`,
              startOffset(item2.nameRange),
              endOffset(item2.nameRange)
            );
          } else {
            seen.set(item2.name, item2);
          }
          attributes.push(item2);
        } else if (item2) {
          blocks2.push(item2);
        }
      }
      if (this.panic) this.recoverLine(this.panicDepth, openBrace !== null);
      this.panic = false;
      this.panicDepth = 0;
    }
    return new BodyNode(exact2(attributes), exact2(blocks2), this.file);
  }
  /**
   * Skips to the start of the next line, or to a `}` that closes the enclosing block
   * (when `inBlock`), after first closing `openBrackets` brackets the failed item left open.
   */
  recoverLine(openBrackets, inBlock) {
    const lx = this.lx;
    const savedModes = this.modes.length;
    let depth = openBrackets;
    for (; ; ) {
      switch (this.cur()) {
        case 0 /* EOF */:
          return;
        case 1 /* Newline */:
          if (depth === 0) {
            lx.next();
            return;
          }
          break;
        case 6 /* LBrace */:
        case 8 /* LBrack */:
        case 10 /* LParen */:
          depth++;
          break;
        case 7 /* RBrace */:
          if (depth === 0 && inBlock) return;
          if (depth > 0) depth--;
          break;
        case 9 /* RBrack */:
        case 11 /* RParen */:
          if (depth > 0) depth--;
          break;
        case 4 /* OQuote */:
        case 5 /* OHeredoc */:
          this.modes.push(0);
          this.parsePrimary();
          this.modes.length = savedModes;
          continue;
      }
      lx.next();
    }
  }
  parseBodyItem() {
    const lx = this.lx;
    const nameStart = lx.start;
    const nameEnd = lx.end;
    const name = intern(this.text.slice(nameStart, nameEnd));
    lx.next();
    if (this.cur() === 15 /* Eq */) {
      const attr = this.parseAttributeRest(name, nameStart, nameEnd);
      if (!this.panic && this.cur() !== 1 /* Newline */ && this.cur() !== 0 /* EOF */) {
        this.errorAtToken("expected a newline after the attribute value");
      }
      return attr;
    }
    const labels = [];
    for (; ; ) {
      if (this.cur() === 2 /* Ident */) {
        labels.push(new LabelNode(intern(this.text.slice(lx.start, lx.end)), this.file, lx.start, lx.end));
        lx.next();
      } else if (this.cur() === 4 /* OQuote */) {
        const start = lx.start;
        const e = this.parsePrimary();
        if (e.kind === "LiteralValue" && typeof e.value === "string") {
          labels.push(new LabelNode(intern(e.value), this.file, startOffset(e.range), endOffset(e.range)));
        } else {
          this.error("block labels must be literal strings, without interpolation", start, endOffset(e.range));
          return null;
        }
      } else {
        break;
      }
    }
    if (this.cur() !== 6 /* LBrace */) {
      if (labels.length === 0) this.errorAtToken(`expected '=' or '{' after "${name}"`);
      else this.errorAtToken(`expected '{' to open block "${name}" (or '=' if "${name}" is an attribute)`);
      return null;
    }
    return this.parseBlockRest(name, nameStart, nameEnd, labels);
  }
  parseAttributeRest(name, nameStart, nameEnd) {
    this.lx.next();
    const expr = this.parseExpression();
    return new AttributeNode(name, expr, this.file, nameStart, nameEnd, Math.max(endOffset(expr.range), nameEnd));
  }
  parseBlockRest(type, typeStart, typeEnd, labels) {
    const lx = this.lx;
    const open = lx.start;
    lx.next();
    let body;
    if (++this.depth > MAX_NESTING) {
      this.error(`blocks are nested more than ${MAX_NESTING} levels deep`, open, open + 1);
      this.skipBalanced();
      body = new BodyNode(exact2([]), exact2([]), this.file).place(open, lx.start);
    } else if (this.cur() === 1 /* Newline */) {
      body = this.parseBody(open);
    } else {
      body = this.parseSingleLineBody();
    }
    this.depth--;
    let close;
    let closeEnd;
    if (this.cur() === 7 /* RBrace */) {
      close = lx.start;
      closeEnd = lx.end;
      lx.next();
      if (!this.panic && this.cur() !== 1 /* Newline */ && this.cur() !== 0 /* EOF */) {
        this.errorAtToken("expected a newline after the block's closing '}'");
      }
    } else {
      close = closeEnd = lx.start;
    }
    body.place(open, closeEnd);
    return new BlockNode(type, exact2(labels), body, this.file, { typeStart, typeEnd, open, close, closeEnd });
  }
  /** `name "label" { attr = value }`: at most one attribute, no nested blocks. */
  parseSingleLineBody() {
    const lx = this.lx;
    const attributes = [];
    if (this.cur() === 2 /* Ident */) {
      const s = lx.start;
      const e = lx.end;
      const name = intern(this.text.slice(s, e));
      lx.next();
      if (this.cur() !== 15 /* Eq */) {
        this.error("a single-line block can contain only one attribute; put a nested block on its own line", s, e);
      } else {
        attributes.push(this.parseAttributeRest(name, s, e));
        if (!this.panic && this.cur() !== 7 /* RBrace */) {
          this.errorAtToken("expected '}' after the attribute of a single-line block (it can hold only one)");
        }
      }
    } else if (this.cur() !== 7 /* RBrace */) {
      this.errorAtToken("expected a newline, an attribute or '}' after '{'");
    }
    if (this.panic && this.cur() !== 7 /* RBrace */) this.recoverLine(this.panicDepth, true);
    this.panicDepth = 0;
    return new BodyNode(exact2(attributes), exact2([]), this.file);
  }
  /** After `{` of an over-deep block: skip to its matching `}` without recursion. */
  skipBalanced() {
    const lx = this.lx;
    let depth = 0;
    for (; ; ) {
      if (this.cur() === 0 /* EOF */) return;
      if (this.cur() === 6 /* LBrace */) depth++;
      else if (this.cur() === 7 /* RBrace */) {
        if (depth === 0) return;
        depth--;
      }
      lx.next();
    }
  }
  // ---- expressions ---------------------------------------------------------
  parseExpression() {
    if (++this.depth > MAX_NESTING) {
      this.error(`expression is nested more than ${MAX_NESTING} levels deep`, this.lx.start, this.lx.end);
      this.depth--;
      return this.invalid(this.lx.start);
    }
    const e = this.parseConditional();
    this.depth--;
    return e;
  }
  parseConditional() {
    const cond = this.parseBinary(0);
    if (this.panic || this.peek() !== 18 /* Question */) return cond;
    this.lx.next();
    const t = this.parseExpression();
    if (this.panic) return t;
    if (this.peek() !== 16 /* Colon */) {
      this.errorAtToken("expected ':' in the conditional expression");
      return this.invalid(this.lx.start);
    }
    this.lx.next();
    const f = this.parseExpression();
    return {
      kind: "Conditional",
      condition: cond,
      trueResult: t,
      falseResult: f,
      range: this.r(startOffset(cond.range), endOffset(f.range))
    };
  }
  parseBinary(level) {
    if (level === BINARY_LEVELS.length) return this.parseUnary();
    const ops = BINARY_LEVELS[level];
    let left = this.parseBinary(level + 1);
    while (!this.panic) {
      const t = this.peek();
      if (!ops.includes(t)) break;
      this.lx.next();
      const right = this.parseBinary(level + 1);
      left = {
        kind: "BinaryOp",
        op: BINARY_OPS[t],
        left,
        right,
        range: this.r(startOffset(left.range), endOffset(right.range))
      };
    }
    return left;
  }
  parseUnary() {
    const t = this.peek();
    if (t === 20 /* Bang */ || t === 21 /* Minus */) {
      const start = this.lx.start;
      this.lx.next();
      if (++this.depth > MAX_NESTING) {
        this.error(`expression is nested more than ${MAX_NESTING} levels deep`, start, start + 1);
        this.depth--;
        return this.invalid(start);
      }
      const operand = this.parseUnary();
      this.depth--;
      return {
        kind: "UnaryOp",
        op: t === 20 /* Bang */ ? "!" : "-",
        operand,
        range: this.r(start, endOffset(operand.range))
      };
    }
    const e = this.parsePrimary();
    return this.panic ? e : this.parsePostfix(e);
  }
  parsePrimary() {
    const lx = this.lx;
    const t = this.peek();
    const start = lx.start;
    switch (t) {
      case 3 /* Number */: {
        const value = Number(this.text.slice(start, lx.end));
        const end = lx.end;
        lx.next();
        return this.literal(value, start, end);
      }
      case 2 /* Ident */:
        return this.parseIdentExpr();
      case 4 /* OQuote */:
        return this.scanTemplate(start, lx.end, "quoted");
      case 5 /* OHeredoc */:
        return this.scanTemplate(start, lx.end, "heredoc");
      case 10 /* LParen */: {
        this.modes.push(2 /* Bracket */ | 1 /* SkipNewlines */);
        lx.next();
        const inner = this.parseExpression();
        const end = this.close(11 /* RParen */, "the parenthesised expression opened with '('");
        return { kind: "Parentheses", expr: inner, range: this.r(start, end) };
      }
      case 8 /* LBrack */:
        return this.parseTuple();
      case 6 /* LBrace */:
        return this.parseObject();
      default:
        this.errorAtToken("expected an expression");
        return this.invalid(start);
    }
  }
  parseIdentExpr() {
    const lx = this.lx;
    const start = lx.start;
    const end = lx.end;
    const name = intern(this.text.slice(start, end));
    lx.next();
    if (this.cur() === 10 /* LParen */ || this.cur() === 17 /* DoubleColon */) return this.parseCall(start, end);
    switch (name) {
      case "true":
        return this.literal(true, start, end);
      case "false":
        return this.literal(false, start, end);
      case "null":
        return this.literal(null, start, end);
    }
    if (this.compact) return new ScopeTraversalNode(name, exact2([]), this.file, start, end);
    const range2 = this.r(start, end);
    return { kind: "ScopeTraversal", root: name, rootRange: range2, traversal: exact2([]), range: range2 };
  }
  /** `name(args)` or `provider::ns::name(args)`; the first identifier is consumed. */
  parseCall(start, firstEnd) {
    const lx = this.lx;
    let nameEnd = firstEnd;
    while (this.cur() === 17 /* DoubleColon */) {
      lx.next();
      if (this.cur() !== 2 /* Ident */) {
        this.errorAtToken("expected a function name after '::'");
        return this.invalid(start);
      }
      nameEnd = lx.end;
      lx.next();
    }
    if (this.cur() !== 10 /* LParen */) {
      this.errorAtToken("expected '(' after the provider function name");
      return this.invalid(start);
    }
    const parenEnd = lx.end;
    this.modes.push(2 /* Bracket */ | 1 /* SkipNewlines */);
    lx.next();
    const args = [];
    let expandFinal = false;
    const unterminated = () => {
      if (this.peek() !== 0 /* EOF */) return false;
      this.error("unterminated function call: no ')' before the end of the file", start, parenEnd);
      return true;
    };
    while (!this.panic && this.peek() !== 11 /* RParen */) {
      args.push(this.parseExpression());
      if (this.panic || unterminated()) break;
      const t = this.peek();
      if (t === 14 /* Ellipsis */) {
        expandFinal = true;
        lx.next();
        if (this.peek() !== 11 /* RParen */)
          this.errorAtToken("expected ')' after '...': only the last argument can be expanded");
        break;
      }
      if (t === 12 /* Comma */) {
        lx.next();
        continue;
      }
      if (t !== 11 /* RParen */) this.errorAtToken("expected ',' or ')' after a function argument");
      break;
    }
    const end = this.close(11 /* RParen */, "the function call");
    return {
      kind: "FunctionCall",
      name: this.text.slice(start, nameEnd).replace(/\s+/g, ""),
      nameRange: this.r(start, nameEnd),
      args: exact2(args),
      expandFinal,
      range: this.r(start, end)
    };
  }
  parseTuple() {
    const lx = this.lx;
    const start = lx.start;
    this.modes.push(2 /* Bracket */ | 1 /* SkipNewlines */);
    lx.next();
    if (this.peek() === 2 /* Ident */ && this.isKeyword("for")) return this.parseFor(start, false);
    const items = [];
    while (!this.panic && this.peek() !== 9 /* RBrack */) {
      items.push(this.parseExpression());
      if (this.panic) break;
      const t = this.peek();
      if (t === 12 /* Comma */) {
        lx.next();
        continue;
      }
      if (t !== 9 /* RBrack */) this.errorAtToken("expected ',' or ']' after a tuple element");
      break;
    }
    const end = this.close(9 /* RBrack */, "the tuple opened with '['");
    return { kind: "TupleCons", items: exact2(items), range: this.r(start, end) };
  }
  parseObject() {
    const lx = this.lx;
    const start = lx.start;
    this.modes.push(2 /* Bracket */);
    lx.next();
    while (this.cur() === 1 /* Newline */) lx.next();
    if (this.isKeyword("for")) {
      this.modes[this.modes.length - 1] = 2 /* Bracket */ | 1 /* SkipNewlines */;
      return this.parseFor(start, true);
    }
    const items = [];
    while (!this.panic) {
      while (this.cur() === 1 /* Newline */) lx.next();
      if (this.cur() === 7 /* RBrace */) break;
      let key = this.parseExpression();
      if (this.panic) break;
      let bareKey;
      if (key.kind === "ScopeTraversal" && key.traversal.length === 0) {
        bareKey = key.root;
        key = { kind: "LiteralValue", value: key.root, range: key.range };
      }
      const sep4 = this.cur();
      if (sep4 !== 15 /* Eq */ && sep4 !== 16 /* Colon */) {
        this.errorAtToken("expected '=' or ':' after the object key");
        break;
      }
      lx.next();
      const value = this.parseExpression();
      const item2 = { key, value, range: this.r(startOffset(key.range), endOffset(value.range)) };
      if (bareKey !== void 0) item2.bareKey = bareKey;
      items.push(item2);
      if (this.panic) break;
      const t = this.cur();
      if (t === 12 /* Comma */ || t === 1 /* Newline */) {
        lx.next();
        continue;
      }
      if (t !== 7 /* RBrace */) this.errorAtToken("expected a newline or ',' after an object item");
      break;
    }
    const end = this.close(7 /* RBrace */, "the object opened with '{'");
    return { kind: "ObjectCons", items: exact2(items), range: this.r(start, end) };
  }
  /** After `[` or `{` with the `for` keyword current; the newline mode is already pushed. */
  parseFor(start, isObject2) {
    const lx = this.lx;
    const closeTok = isObject2 ? 7 /* RBrace */ : 9 /* RBrack */;
    const what = isObject2 ? "the 'for' expression opened with '{'" : "the 'for' expression opened with '['";
    const fail2 = () => {
      this.modes.pop();
      return this.invalid(start);
    };
    lx.next();
    if (this.peek() !== 2 /* Ident */) {
      this.errorAtToken("expected a variable name after 'for'");
      return fail2();
    }
    let valueVar = this.text.slice(lx.start, lx.end);
    let keyVar;
    lx.next();
    if (this.peek() === 12 /* Comma */) {
      lx.next();
      if (this.peek() !== 2 /* Ident */) {
        this.errorAtToken("expected a second variable name after ','");
        return fail2();
      }
      keyVar = valueVar;
      valueVar = this.text.slice(lx.start, lx.end);
      lx.next();
    }
    if (this.peek() !== 2 /* Ident */ || !this.isKeyword("in")) {
      this.errorAtToken("expected 'in' after the 'for' variables");
      return fail2();
    }
    lx.next();
    const collection = this.parseExpression();
    if (this.panic) return fail2();
    if (this.peek() !== 16 /* Colon */) {
      this.errorAtToken("expected ':' after the 'for' collection");
      return fail2();
    }
    lx.next();
    let keyExpr;
    if (isObject2) {
      keyExpr = this.parseExpression();
      if (this.panic) return fail2();
      if (this.peek() !== 19 /* FatArrow */) {
        this.errorAtToken("expected '=>' after the key of an object 'for' expression");
        return fail2();
      }
      lx.next();
    }
    const valueExpr = this.parseExpression();
    if (this.panic) return fail2();
    let group = false;
    if (this.peek() === 14 /* Ellipsis */) {
      if (!isObject2) {
        this.errorAtToken("'...' grouping is only allowed in an object 'for' expression");
        return fail2();
      }
      group = true;
      lx.next();
    }
    let condition;
    if (this.peek() === 2 /* Ident */ && this.isKeyword("if")) {
      lx.next();
      condition = this.parseExpression();
      if (this.panic) return fail2();
    }
    const end = this.close(closeTok, what);
    const out = { kind: "For", valueVar, collection, valueExpr, group, range: this.r(start, end) };
    if (keyVar !== void 0) out.keyVar = keyVar;
    if (keyExpr !== void 0) out.keyExpr = keyExpr;
    if (condition !== void 0) out.condition = condition;
    return out;
  }
  // ---- traversals, index, splat -------------------------------------------
  /** First non-blank char code at or after `p`. */
  nextCharAfterSpace(p) {
    const text = this.text;
    for (; ; ) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13) p++;
      else return c;
    }
  }
  parsePostfix(e) {
    const lx = this.lx;
    for (; ; ) {
      if (this.panic) return e;
      const t = this.peek();
      if (t === 13 /* Dot */) {
        if (this.nextCharAfterSpace(lx.end) === 42) {
          e = this.parseSplat(e, true);
          continue;
        }
        const step = this.parseDotStep();
        if (!step) return e;
        e = this.addStep(e, step);
      } else if (t === 8 /* LBrack */) {
        if (this.nextCharAfterSpace(lx.end) === 42) {
          e = this.parseSplat(e, false);
          continue;
        }
        const open = lx.start;
        const key = this.parseIndexKey();
        if (this.panic) return e;
        const step = this.literalIndex(key.expr, open, key.end);
        e = step ? this.addStep(e, step) : { kind: "Index", collection: e, key: key.expr, range: this.r(startOffset(e.range), key.end) };
      } else {
        return e;
      }
    }
  }
  /** `.name` or legacy `.0`; the `.` is current. */
  parseDotStep() {
    const lx = this.lx;
    const dot = lx.start;
    lx.next();
    if (this.peek() === 2 /* Ident */) {
      const step = this.attrStep(intern(this.text.slice(lx.start, lx.end)), dot, lx.end);
      lx.next();
      return step;
    }
    if (this.cur() === 3 /* Number */) {
      let e = lx.start;
      while (isDigit(this.text.charCodeAt(e))) e++;
      if (e !== lx.end) {
        this.error("legacy index syntax cannot be chained (`.0.1`); use `[0][1]` instead", dot, lx.end);
        return null;
      }
      const step = this.indexStep(Number(this.text.slice(lx.start, e)), dot, e);
      lx.next();
      return step;
    }
    this.errorAtToken("expected an attribute name after '.'");
    return null;
  }
  /** `[expr]`; the `[` is current. */
  parseIndexKey() {
    this.modes.push(2 /* Bracket */ | 1 /* SkipNewlines */);
    this.lx.next();
    const expr = this.parseExpression();
    const end = this.close(9 /* RBrack */, "the index opened with '['");
    return { expr, end };
  }
  literalIndex(key, open, end) {
    if (key.kind !== "LiteralValue") return null;
    const v = key.value;
    if (typeof v !== "string" && typeof v !== "number") return null;
    return this.indexStep(v, open, end);
  }
  addStep(e, step) {
    if (e instanceof ScopeTraversalNode) {
      e.addStep(step, endOffset(step.range));
      return e;
    }
    if (e.kind === "ScopeTraversal" || e.kind === "RelativeTraversal") {
      e.traversal = appended(e.traversal, step);
      e.range = this.r(startOffset(e.range), endOffset(step.range));
      return e;
    }
    return {
      kind: "RelativeTraversal",
      source: e,
      traversal: [step],
      range: this.r(startOffset(e.range), endOffset(step.range))
    };
  }
  /** `src[*]...` (full) or `src.*...` (attribute-only); the `[` or `.` is current. */
  parseSplat(source, attrOnly) {
    const lx = this.lx;
    const opStart = lx.start;
    let opEnd;
    if (attrOnly) {
      lx.next();
      opEnd = lx.end;
      lx.next();
    } else {
      this.modes.push(2 /* Bracket */ | 1 /* SkipNewlines */);
      lx.next();
      this.peek();
      lx.next();
      opEnd = this.close(9 /* RBrack */, "the splat '[*]'");
    }
    const anon = { kind: "AnonSymbol", range: this.r(opStart, opEnd) };
    const steps = [];
    let trailingIndex = null;
    for (; ; ) {
      if (this.panic) break;
      const t = this.peek();
      if (t === 13 /* Dot */ && this.nextCharAfterSpace(lx.end) !== 42) {
        const step = this.parseDotStep();
        if (!step) break;
        steps.push(step);
      } else if (!attrOnly && t === 8 /* LBrack */ && this.nextCharAfterSpace(lx.end) !== 42) {
        const open = lx.start;
        const key = this.parseIndexKey();
        const step = this.literalIndex(key.expr, open, key.end);
        if (!step) {
          trailingIndex = { key: key.expr, end: key.end };
          break;
        }
        steps.push(step);
      } else {
        if (attrOnly && t === 13 /* Dot */) {
          this.error(
            "a splat (.*) cannot be nested inside an attribute-only splat; use [*] instead",
            lx.start,
            lx.end + 1
          );
        }
        break;
      }
    }
    let each = anon;
    let end = opEnd;
    if (steps.length > 0) {
      end = endOffset(steps[steps.length - 1].range);
      each = {
        kind: "RelativeTraversal",
        source: anon,
        traversal: steps,
        range: this.r(startOffset(steps[0].range), end)
      };
    }
    const splat = {
      kind: "Splat",
      source,
      each,
      legacy: attrOnly,
      range: this.r(startOffset(source.range), end)
    };
    if (trailingIndex) {
      return {
        kind: "Index",
        collection: splat,
        key: trailingIndex.key,
        range: this.r(startOffset(source.range), trailingIndex.end)
      };
    }
    return splat;
  }
  // ---- templates -----------------------------------------------------------
  /**
   * Scans a quoted string (`start` at the `"`), a heredoc (`start` at `<<`), or the
   * content of a JSON string (`start`..`stop` is the raw content, already unescaped
   * by the caller into the same offsets). Leaves the lexer on the token after it.
   */
  scanTemplate(start, contentStart, mode, stop = this.text.length) {
    const lx = this.lx;
    const text = this.text;
    const heredoc = mode === "heredoc";
    const marker = heredoc ? lx.heredocMarker : "";
    const indented = heredoc && lx.heredocIndented;
    const pieces = [];
    let p = contentStart;
    let end = -1;
    let litStart = p;
    let buf = "";
    let chunk = p;
    const flush = (at) => {
      if (at > litStart) pieces.push({ t: "lit", value: buf + text.slice(chunk, at), start: litStart, end: at });
      buf = "";
    };
    const markerLineEnd = (q) => {
      while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
      if (!text.startsWith(marker, q)) return -1;
      const m = q + marker.length;
      let e = m;
      while (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9 || text.charCodeAt(e) === 13) e++;
      return text.charCodeAt(e) === 10 ? m : -1;
    };
    let lineStart = heredoc;
    while (end === -1) {
      if (lineStart) {
        lineStart = false;
        const m = markerLineEnd(p);
        if (m !== -1) {
          flush(p);
          end = m;
          lx.pos = m;
          break;
        }
      }
      if (p >= stop) {
        flush(p);
        if (mode === "json") {
          end = p;
        } else {
          if (heredoc) {
            const line = this.file.pos(start).line;
            this.error(
              `unterminated heredoc: no line with only "${marker}" closes the heredoc opened at line ${line}`,
              p,
              p
            );
          } else {
            this.error(`unterminated string: it has no closing '"'`, start, contentStart);
          }
          end = p;
          lx.pos = p;
        }
        break;
      }
      const c = text.charCodeAt(p);
      if (c === 34 && mode === "quoted") {
        flush(p);
        end = p + 1;
        lx.pos = end;
        break;
      }
      if (c === 10) {
        if (mode === "quoted") {
          flush(p);
          this.error(
            'unterminated string: a quoted string cannot contain a line break (use a heredoc or "\\n")',
            start,
            p
          );
          end = p;
          lx.pos = p;
          break;
        }
        p++;
        if (heredoc) {
          flush(p);
          litStart = chunk = p;
          lineStart = true;
        }
        continue;
      }
      if (c === 92 && mode === "quoted") {
        buf += text.slice(chunk, p);
        const esc = this.decodeEscape(p);
        buf += esc.value;
        p = chunk = esc.end;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === 123) {
        buf += text.slice(chunk, p) + (c === 36 ? "${" : "%{");
        p = chunk = p + 3;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123) {
        flush(p);
        const piece = c === 36 ? this.scanInterpolation(p, stop) : this.scanDirective(p, stop);
        pieces.push(piece);
        p = litStart = chunk = piece.end;
        continue;
      }
      p++;
    }
    if (mode !== "json") lx.next();
    return this.assembleTemplate(pieces, start, end, heredoc ? { marker, indented } : void 0);
  }
  assembleTemplate(pieces, start, end, heredoc) {
    if (pieces.length === 1 && pieces[0].t === "interp" && !heredoc) {
      return { kind: "TemplateWrap", wrapped: pieces[0].expr, range: this.r(start, end) };
    }
    applyStripMarkers(pieces);
    if (heredoc?.indented) dedentHeredoc(pieces);
    const merged = mergeLiterals(pieces);
    if (merged.length === 0) return this.literal("", start, end);
    if (merged.length === 1 && merged[0].t === "lit") return this.literal(merged[0].value, start, end);
    const range2 = this.r(start, end);
    const parts = buildTemplateParts(this.spans, merged, (m, s, e) => this.error(m, s, e));
    const out = { kind: "Template", parts, range: range2 };
    if (heredoc) out.heredoc = heredoc;
    return out;
  }
  decodeEscape(p) {
    const text = this.text;
    const n = text.charCodeAt(p + 1);
    const simple = ESCAPES[n];
    if (simple !== void 0) return { value: simple, end: p + 2 };
    if (n === 117 || n === 85) {
      const digits = n === 117 ? 4 : 8;
      const hex = text.slice(p + 2, p + 2 + digits);
      if (hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
        const cp = parseInt(hex, 16);
        if (cp <= 1114111 && !(cp >= 55296 && cp <= 57343))
          return { value: String.fromCodePoint(cp), end: p + 2 + digits };
      }
      this.error(
        `invalid escape: '\\${String.fromCharCode(n)}' needs ${digits} hex digits of a valid Unicode code point`,
        p,
        Math.min(p + 2 + digits, text.length)
      );
      return { value: "", end: p + 2 };
    }
    const w = n >= 55296 && n <= 56319 ? 2 : 1;
    const bad = Number.isNaN(n) ? "" : text.slice(p + 1, p + 1 + w);
    this.error(
      `invalid escape sequence '\\${bad}' in string; valid ones are \\n \\r \\t \\" \\\\ \\uNNNN \\UNNNNNNNN`,
      p,
      Math.min(p + 1 + w, text.length)
    );
    return { value: "", end: Number.isNaN(n) ? p + 1 : p + 1 + w };
  }
  /** Opens `${`/`%{` at `p` (with `~`), lexing from there in expression mode. */
  openSequence(p) {
    let q = p + 2;
    const stripL = this.text.charCodeAt(q) === 126;
    if (stripL) q++;
    this.modes.push(4 /* Template */ | 1 /* SkipNewlines */);
    this.lx.pos = q;
    this.lx.next();
    return { stripL };
  }
  /** Expects `}` or `~}`; returns the offset after it (recovering to the next `}` or line end). */
  closeSequence(stop, what) {
    const lx = this.lx;
    let stripR = false;
    if (this.peek() === 34 /* Tilde */) {
      stripR = true;
      lx.next();
    }
    this.modes.pop();
    if (this.cur() === 7 /* RBrace */) return { end: lx.end, stripR };
    this.errorAtToken(`expected '}' to close the ${what}`);
    let q = lx.start;
    const text = this.text;
    while (q < stop && text.charCodeAt(q) !== 125 && text.charCodeAt(q) !== 10) q++;
    return { end: q < stop && text.charCodeAt(q) === 125 ? q + 1 : Math.min(q, stop), stripR };
  }
  scanInterpolation(p, stop) {
    const { stripL } = this.openSequence(p);
    const expr = this.parseExpression();
    const { end, stripR } = this.closeSequence(stop, "interpolation opened with '${'");
    return { t: "interp", expr, start: p, end, stripL, stripR };
  }
  scanDirective(p, stop) {
    const lx = this.lx;
    const { stripL } = this.openSequence(p);
    const kwStart = lx.start;
    const word = this.peek() === 2 /* Ident */ ? this.text.slice(lx.start, lx.end) : "";
    const finish = (piece) => {
      const { end, stripR } = this.closeSequence(stop, "template directive opened with '%{'");
      return { ...piece, start: p, end, stripL, stripR };
    };
    switch (word) {
      case "if": {
        lx.next();
        const cond = this.parseExpression();
        return finish({ t: "if", cond });
      }
      case "for": {
        lx.next();
        const names = [];
        while (this.peek() === 2 /* Ident */ && !this.isKeyword("in") && names.length < 2) {
          names.push(this.text.slice(lx.start, lx.end));
          lx.next();
          if (this.peek() === 12 /* Comma */) lx.next();
        }
        if (names.length === 0) this.errorAtToken("expected a variable name after 'for'");
        else if (!this.isKeyword("in")) this.errorAtToken("expected 'in' after the 'for' variables");
        else lx.next();
        const coll = this.panic ? this.invalid(lx.start) : this.parseExpression();
        const piece = names.length === 2 ? { t: "for", keyVar: names[0], valueVar: names[1], coll } : { t: "for", valueVar: names[0] ?? "", coll };
        return finish(piece);
      }
      case "else":
      case "endif":
      case "endfor":
        lx.next();
        return finish({ t: word });
      default:
        this.error(
          "expected 'if', 'for', 'else', 'endif' or 'endfor' after '%{'",
          kwStart,
          Math.max(lx.end, kwStart + 1)
        );
        return finish({ t: "else" });
    }
  }
};
function appended(items, item2) {
  const out = new Array(items.length + 1);
  for (let i = 0; i < items.length; i++) out[i] = items[i];
  out[items.length] = item2;
  return out;
}
var NONE2 = Object.freeze([]);
function exact2(items) {
  return items.length === 0 ? NONE2 : items.slice();
}

// src/parse/hcl/json.ts
var leaf = (labels, refs) => ({ labels, blocks: {}, refs: refs && new Set(refs) });
var CONDITIONS = { precondition: leaf(0), postcondition: leaf(0) };
var LIFECYCLE = {
  labels: 0,
  blocks: CONDITIONS,
  refs: /* @__PURE__ */ new Set(["ignore_changes", "replace_triggered_by"])
};
var CONNECTION = leaf(0);
var PROVISIONER = { labels: 1, blocks: { connection: CONNECTION } };
var DYNAMIC = { labels: 1, blocks: {} };
var DYNAMIC_CONTENT = { labels: 0, blocks: { dynamic: DYNAMIC } };
DYNAMIC.blocks.content = DYNAMIC_CONTENT;
var RESOURCE_BODY = {
  lifecycle: LIFECYCLE,
  provisioner: PROVISIONER,
  connection: CONNECTION,
  dynamic: DYNAMIC
};
var RESOURCE_REFS = /* @__PURE__ */ new Set(["depends_on", "provider"]);
var CONFIG = {
  resource: { labels: 2, blocks: RESOURCE_BODY, refs: RESOURCE_REFS },
  data: { labels: 2, blocks: { lifecycle: LIFECYCLE, dynamic: DYNAMIC }, refs: RESOURCE_REFS },
  ephemeral: { labels: 2, blocks: { lifecycle: LIFECYCLE, dynamic: DYNAMIC }, refs: RESOURCE_REFS },
  module: leaf(1, ["depends_on", "providers"]),
  provider: { labels: 1, blocks: { dynamic: DYNAMIC } },
  variable: { labels: 1, blocks: { validation: leaf(0) }, refs: /* @__PURE__ */ new Set(["type"]) },
  output: { labels: 1, blocks: CONDITIONS, refs: /* @__PURE__ */ new Set(["depends_on"]) },
  locals: leaf(0),
  terraform: {
    labels: 0,
    blocks: {
      backend: leaf(1),
      required_providers: leaf(0),
      cloud: { labels: 0, blocks: { workspaces: leaf(0) } },
      provider_meta: leaf(1)
    }
  },
  moved: leaf(0, ["from", "to"]),
  import: leaf(0, ["to", "provider"]),
  removed: {
    labels: 0,
    blocks: { lifecycle: LIFECYCLE, provisioner: PROVISIONER, connection: CONNECTION },
    refs: /* @__PURE__ */ new Set(["from"])
  },
  check: { labels: 1, blocks: { data: { labels: 2, blocks: {}, refs: RESOURCE_REFS }, assert: leaf(0) } }
};
function parseTfJson(file) {
  return new JsonConverter(file).run();
}
var JsonConverter = class {
  constructor(file) {
    this.file = file;
    this.text = file.text;
    this.errorAt = file.text.length;
  }
  file;
  diagnostics = [];
  text;
  /** Where the scan stopped on a syntax error: containers left open end there. */
  errorAt;
  run() {
    const { root, error } = scanJson(this.text);
    if (error) {
      this.errorAt = error.start;
      this.diagnostics.push({
        severity: "error",
        message: error.message,
        range: this.file.range(error.start, error.end)
      });
    }
    const vars = /\.tfvars\.json$/i.test(this.file.path);
    let body;
    if (root && root.kind === "object") {
      body = this.body(root, vars ? {} : CONFIG);
    } else {
      if (root && !error)
        this.error("a Terraform JSON file must hold an object at the top level", root.start, root.end);
      body = { kind: "Body", attributes: [], blocks: [], range: this.r(0, 0) };
    }
    body.range = this.r(0, this.text.length);
    this.diagnostics.sort((a, b) => startOffset(a.range) - startOffset(b.range));
    return { body, diagnostics: this.diagnostics, comments: [] };
  }
  r(start, end) {
    return this.file.span(start, end);
  }
  end(v) {
    return v.end > v.start ? v.end : Math.max(this.errorAt, v.start);
  }
  error(message, start, end) {
    this.diagnostics.push({ severity: "error", message, range: this.file.range(start, end) });
  }
  body(obj2, spec, refs) {
    const attributes = [];
    const blocks2 = [];
    for (const m of obj2.members) {
      if (m.key === "//") continue;
      const blockSpec = Object.hasOwn(spec, m.key) ? spec[m.key] : void 0;
      if (blockSpec) {
        this.blocks(m, blockSpec, [], m.value, blocks2);
        continue;
      }
      const expr = refs?.has(m.key) ? this.referenceExpr(m.value) : this.expr(m.value);
      attributes.push({
        kind: "Attribute",
        name: m.key,
        nameRange: this.r(m.keyStart, m.keyEnd),
        expr,
        range: this.r(m.keyStart, endOffset(expr.range))
      });
    }
    return { kind: "Body", attributes, blocks: blocks2, range: this.r(obj2.start, this.end(obj2)) };
  }
  /** Expands `value` into blocks of type `typeMember.key`, consuming `spec.labels - labels.length` label levels. */
  blocks(typeMember, spec, labels, value, out) {
    if (value.kind === "array") {
      for (const item2 of value.items) this.blocks(typeMember, spec, labels, item2, out);
      return;
    }
    if (value.kind !== "object") {
      const want = labels.length < spec.labels ? "an object keyed by block label" : "an object (the block body)";
      this.error(
        `"${typeMember.key}" must be ${want} in Terraform JSON, found ${value.kind}`,
        value.start,
        this.end(value)
      );
      return;
    }
    if (labels.length < spec.labels) {
      for (const m of value.members) {
        if (m.key === "//") continue;
        const label = { value: m.key, range: this.r(m.keyStart, m.keyEnd) };
        this.blocks(typeMember, spec, [...labels, label], m.value, out);
      }
      return;
    }
    const body = this.body(value, spec.blocks, spec.refs);
    const end = this.end(value);
    out.push({
      kind: "Block",
      type: typeMember.key,
      typeRange: this.r(typeMember.keyStart, typeMember.keyEnd),
      labels,
      body,
      openBraceRange: this.r(value.start, value.start + 1),
      closeBraceRange: this.r(Math.max(value.start, end - 1), end),
      range: this.r(typeMember.keyStart, end)
    });
  }
  expr(v) {
    const range2 = this.r(v.start, this.end(v));
    switch (v.kind) {
      case "string":
        return this.template(v.start, v.end, v.value);
      case "number":
      case "bool":
        return { kind: "LiteralValue", value: v.value, range: range2 };
      case "null":
        return { kind: "LiteralValue", value: null, range: range2 };
      case "array":
        return { kind: "TupleCons", items: v.items.map((i) => this.expr(i)), range: range2 };
      case "object": {
        const items = v.members.map((m) => {
          const key = this.template(m.keyStart, m.keyEnd, m.key);
          const value = this.expr(m.value);
          return { key, value, range: this.r(m.keyStart, endOffset(value.range)) };
        });
        return { kind: "ObjectCons", items, range: range2 };
      }
    }
  }
  /** Like `expr`, but strings (also inside arrays and object values) are native expressions. */
  referenceExpr(v) {
    switch (v.kind) {
      case "string":
        return this.nativeExpression(v.start, v.end, v.value);
      case "array":
        return {
          kind: "TupleCons",
          items: v.items.map((i) => this.referenceExpr(i)),
          range: this.r(v.start, this.end(v))
        };
      case "object": {
        const items = v.members.map((m) => {
          const key = { kind: "LiteralValue", value: m.key, range: this.r(m.keyStart, m.keyEnd) };
          const value = this.referenceExpr(m.value);
          return { key, value, range: this.r(m.keyStart, endOffset(value.range)) };
        });
        return { kind: "ObjectCons", items, range: this.r(v.start, this.end(v)) };
      }
      default:
        return this.expr(v);
    }
  }
  nativeExpression(start, end, value) {
    const { map } = decodeJsonString(this.text, start, end);
    const { expr, diagnostics } = new Parser(new SourceFile(this.file.path, value)).parseStandaloneExpression();
    for (const d of diagnostics) this.diagnostics.push(remapRanges(d, map, this.file));
    return remapRanges(expr, map, this.file);
  }
  /** A JSON string as an HCL template; positions map back into the JSON source. */
  template(start, end, value) {
    const range2 = this.r(start, end);
    if (!value.includes("${") && !value.includes("%{")) return { kind: "LiteralValue", value, range: range2 };
    const { map } = decodeJsonString(this.text, start, end);
    const inner = new SourceFile(this.file.path, value);
    const { expr, diagnostics } = new Parser(inner).parseStandaloneTemplate(0, value.length);
    const mapped = remapRanges(expr, map, this.file);
    mapped.range = range2;
    for (const d of diagnostics) this.diagnostics.push(remapRanges(d, map, this.file));
    return mapped;
  }
};
function isRange(v) {
  if (typeof v !== "object" || v === null) return false;
  const r = v;
  return typeof r.start?.offset === "number" && typeof r.end?.offset === "number";
}
function remapRanges(node, map, file) {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = remapRanges(node[i], map, file);
    return node;
  }
  if (typeof node !== "object" || node === null) return node;
  if (isRange(node)) {
    const at = (o) => map[Math.max(0, Math.min(o, map.length - 1))];
    return file.span(at(startOffset(node)), at(endOffset(node)));
  }
  const obj2 = node;
  for (const k of Object.keys(obj2)) obj2[k] = remapRanges(obj2[k], map, file);
  return node;
}

// src/engine/parse-files.ts
async function parseFiles(candidates, limits, stdin) {
  const parsed = [];
  const problems = [];
  for (const candidate of candidates) {
    const r = parseOne(candidate, limits, stdin);
    if (r.parsed) parsed.push(r.parsed);
    if (r.problem) problems.push(r.problem);
  }
  return { parsed, problems };
}
function parseOne(candidate, limits, stdin) {
  if (candidate.kind === "tfstate")
    return { parsed: { kind: "tfstate", candidate, source: new SourceFile(candidate.path, "") } };
  const loaded = candidate.abs === "-" ? decode(Buffer.from(stdin ?? "", "utf8"), candidate.path) : loadFileSync(candidate.abs, candidate.path, limits.maxFileBytes);
  if (!loaded.ok) {
    const source2 = new SourceFile(candidate.path, "");
    return { problem: { source: source2, message: `File not linted: ${loaded.reason}.`, range: source2.range(0, 0) } };
  }
  const source = loaded.source;
  switch (candidate.kind) {
    case "terraform":
    case "tfvars":
    case "backend-config":
      return { parsed: { kind: "hcl", candidate, source, hcl: parseHcl(source) } };
    case "terraform-json":
    case "tfvars-json":
      return { parsed: { kind: "hcl", candidate, source, hcl: parseTfJson(source) } };
    default: {
      const stream = parseYamlStream(source, { ...limits.yaml, maxBytes: limits.maxFileBytes });
      return { parsed: { kind: "yaml", candidate, source, stream, helm: helmSources(stream, source) } };
    }
  }
}
function parseProblems(file) {
  if (file.kind === "hcl")
    return file.hcl.diagnostics.filter((d) => d.severity === "error").map((d) => ({ source: file.source, message: d.message, range: d.range }));
  if (file.kind === "yaml")
    return file.stream.errors.map((e) => ({ source: file.source, message: e.message, range: e.range }));
  return [];
}

// src/engine/run-rules.ts
function runRules(project, rules6, relocate) {
  const findings = [];
  const crashes = [];
  for (const { rule, severity, options } of rules6) {
    const meta = rule.meta;
    const url = docsUrl(meta.id);
    const report = (r) => {
      const template = meta.messages[r.messageId];
      const message = template === void 0 ? r.messageId : formatMessage(template, r.data);
      const moved = relocate(r.file, r.range);
      const file = moved?.file ?? r.file;
      const range2 = moved?.range ?? r.range;
      const resource = r.resource;
      const fp = fingerprint({ ruleId: meta.id, file: file.path, resource, message, snippet: snippet(file, range2) });
      const fix = r.fix && !moved ? toFix(
        r.fix.description,
        r.fix.edits.filter((e) => e.file === r.file)
      ) : void 0;
      findings.push(toFinding(meta.id, meta.category, severity, message, file.path, range2, resource, fp, url, fix));
    };
    try {
      rule.check(project, { options, report });
    } catch (error) {
      crashes.push({ ruleId: meta.id, error });
    }
  }
  return { findings, crashes };
}
function toTextRange(range2) {
  return { line: range2.start.line, column: range2.start.column, endLine: range2.end.line, endColumn: range2.end.column };
}
function toFinding(ruleId, category, severity, message, file, range2, resource, fingerprint2, docsUrl2, fix) {
  const { line, column } = range2.start;
  const { line: endLine, column: endColumn } = range2.end;
  if (resource !== void 0) {
    return fix ? {
      ruleId,
      category,
      severity,
      message,
      file,
      line,
      column,
      endLine,
      endColumn,
      resource,
      fingerprint: fingerprint2,
      docsUrl: docsUrl2,
      fix
    } : { ruleId, category, severity, message, file, line, column, endLine, endColumn, resource, fingerprint: fingerprint2, docsUrl: docsUrl2 };
  }
  return fix ? { ruleId, category, severity, message, file, line, column, endLine, endColumn, fingerprint: fingerprint2, docsUrl: docsUrl2, fix } : { ruleId, category, severity, message, file, line, column, endLine, endColumn, fingerprint: fingerprint2, docsUrl: docsUrl2 };
}
function toFix(description, edits) {
  return {
    description,
    replacements: edits.map((e) => {
      const { start, end } = e.range;
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: e.text };
    })
  };
}
function snippet(file, range2) {
  const end = Math.min(range2.end.offset, range2.start.offset + 200);
  const text = file.text.slice(range2.start.offset, end);
  return text || file.lineText(range2.start.line);
}

// src/engine/problems.ts
function problemFinding(p, severity) {
  const range2 = toTextRange(p.range);
  return {
    ruleId: PARSE_ERROR_RULE.id,
    category: PARSE_ERROR_RULE.category,
    severity,
    message: p.message,
    file: p.source.path,
    ...range2,
    fingerprint: fingerprint({
      ruleId: PARSE_ERROR_RULE.id,
      file: p.source.path,
      message: p.message,
      snippet: p.source.lineText(range2.line)
    }),
    docsUrl: docsUrl(PARSE_ERROR_RULE.id)
  };
}

// src/engine/suppress.ts
var ANNOTATION = "arch-lint.io/ignore";
function applyFileSuppressions(findings, parsed, project, config) {
  const suppressions = parsed.flatMap((f) => {
    if (f.kind === "hcl") return collectSuppressions(f.source, f.hcl.comments);
    if (f.kind === "yaml") return collectSuppressions(f.source, f.stream.comments);
    return [];
  });
  const objectIgnores = /* @__PURE__ */ new Map();
  for (const obj2 of project.kubernetes.objects) {
    const value = obj2.annotations[ANNOTATION];
    if (value === void 0) continue;
    const range2 = ypair(yget(obj2.metadata, "annotations"), ANNOTATION)?.range ?? obj2.headerRange;
    objectIgnores.set(obj2.id, { ruleIds: parseIgnoreAnnotation(value), file: obj2.file, range: range2 });
  }
  const { kept, unused } = applySuppressions(findings, suppressions, objectIgnores);
  const severity = config.severityOf(UNUSED_SUPPRESSION_RULE.id);
  if (!severity) return kept;
  const relevant = unused.map((s) => ({ ...s, ruleIds: s.ruleIds.filter((id) => config.ran.has(id) || !config.known.has(id)) })).filter((s, i) => s.ruleIds.length > 0 || unused[i].ruleIds.length === 0);
  const stale = unusedSuppressionFindings(relevant, config.known).map((f) => ({ ...f, severity }));
  return [...kept, ...stale];
}

// src/engine/user-rules.ts
var import_ajv2 = __toESM(require_ajv(), 1);
import { readdir, readFile as readFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";

// schema/declarative-rule.schema.json
var declarative_rule_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/arch-lint/arch-lint/blob/main/schema/declarative-rule.schema.json",
  title: "arch-lint declarative rule",
  description: "A per-resource check written as data: which resources it targets, which value it reads, and what that value must be. A finding is reported when the value is known and breaks the assertion.",
  type: "object",
  additionalProperties: false,
  required: ["id", "category", "severity", "title", "message", "target", "assert"],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$", description: "Stable kebab-case rule id." },
    category: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" },
    severity: { enum: ["error", "warning", "note"] },
    title: { type: "string", minLength: 1 },
    description: { type: "string" },
    message: { type: "string", minLength: 1, description: "Finding message; {resource} and {path} are filled in." },
    target: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        terraform: {
          description: "Terraform resource type(s), e.g. aws_db_instance.",
          oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }]
        },
        kubernetes: {
          description: "Kubernetes kind(s), e.g. Deployment.",
          oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, minItems: 1 }]
        }
      }
    },
    assert: {
      type: "object",
      additionalProperties: false,
      required: ["path"],
      minProperties: 2,
      properties: {
        path: { type: "string", minLength: 1, description: "Dotted path: nested blocks and attributes (Terraform) or keys (Kubernetes)." },
        equals: { description: "The value must equal this." },
        in: { type: "array", description: "The value must be one of these." },
        notIn: { type: "array", description: "The value must not be one of these." },
        present: { type: "boolean", description: "true: the path must be set; false: it must not be." },
        matches: { type: "string", description: "The value, as a string, must match this regular expression." },
        min: { type: "number", description: "The value must be a number at least this." }
      }
    },
    fix: {
      type: "object",
      additionalProperties: false,
      required: ["value"],
      properties: { value: { type: "string", description: "Terraform expression text set at the path's attribute (top-level attributes only)." } }
    }
  }
};

// src/engine/declarative.ts
var list2 = (v) => v === void 0 ? [] : Array.isArray(v) ? v : [v];
function satisfies(a, value, present) {
  if (a.present !== void 0 && a.present !== present) return false;
  if (a.equals !== void 0 && !(present && deepEqual(value, a.equals))) return false;
  if (a.in !== void 0 && !(present && a.in.some((x) => deepEqual(value, x)))) return false;
  if (a.notIn !== void 0 && present && a.notIn.some((x) => deepEqual(value, x))) return false;
  if (a.matches !== void 0 && !(present && new RegExp(a.matches).test(String(value)))) return false;
  if (a.min !== void 0 && !(present && typeof value === "number" && value >= a.min)) return false;
  return true;
}
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function compileDeclarative(spec) {
  const tfTypes = new Set(list2(spec.target.terraform));
  const kinds = new Set(list2(spec.target.kubernetes));
  const steps = spec.assert.path.split(".");
  return defineRule({
    meta: {
      id: spec.id,
      category: spec.category,
      severity: spec.severity,
      title: spec.title,
      description: spec.description ?? spec.title,
      messages: { violation: spec.message }
    },
    check(project, context) {
      for (const stack of project.terraform.stacks) {
        for (const resource of stack.resources) {
          if (!tfTypes.has(resource.resourceType)) continue;
          const value = resource.get(spec.assert.path);
          if (value !== void 0 && isUnknown(value)) continue;
          if (satisfies(spec.assert, value, value !== void 0)) continue;
          const attr = steps.length === 1 ? resource.attr(steps[0]) : void 0;
          context.report({
            messageId: "violation",
            data: { resource: resource.address, path: spec.assert.path },
            file: attr?.file ?? resource.file,
            range: attr?.range ?? resource.headerRange,
            resource: resource.address,
            ...spec.fix && steps.length === 1 ? { fix: setAttributeFix(resource, steps[0], spec.fix.value) } : {}
          });
        }
      }
      for (const obj2 of project.kubernetes.objects) {
        if (!kinds.has(obj2.kind)) continue;
        const node = ypath(obj2.root, ...steps.map((s) => /^\d+$/.test(s) ? Number(s) : s));
        if (satisfies(spec.assert, toJS(node), node !== void 0)) continue;
        const range2 = node?.range ?? obj2.headerRange;
        context.report({
          messageId: "violation",
          data: { resource: obj2.id, path: spec.assert.path },
          file: obj2.file,
          range: range2,
          resource: obj2.id
        });
      }
    }
  });
}

// src/engine/user-rules.ts
var validate = new import_ajv2.Ajv({ allErrors: true, strict: false }).compile(declarative_rule_schema_default);
async function loadUserRules(dir, cwd) {
  let names;
  try {
    names = (await readdir(dir)).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  } catch {
    throw new UsageError(`${displayPath(cwd, dir)}: rulesDir cannot be read`);
  }
  const rules6 = [];
  const errors = [];
  for (const name of names) {
    const abs = join3(dir, name);
    const source = new SourceFile(displayPath(cwd, abs), await readFile2(abs, "utf8"));
    const stream = parseYamlStream(source);
    for (const e of stream.errors)
      errors.push(`${source.path}:${e.range.start.line}:${e.range.start.column}: ${e.message}`);
    for (const doc of stream.documents) {
      const root = doc.root;
      const items = root && ypath(root, "rules")?.kind === "seq" ? ypath(root, "rules").items : root ? [root] : [];
      for (const item2 of items) {
        const spec = toJS(item2);
        if (validate(spec)) {
          rules6.push(compileDeclarative(spec));
          continue;
        }
        for (const err of validate.errors ?? []) {
          const at = nodeAt(item2, err.instancePath) ?? item2;
          const where = `${source.path}:${at.range.start.line}:${at.range.start.column}`;
          errors.push(
            `${where}: ${err.instancePath.slice(1).replace(/\//g, ".") || "rule"} ${err.message ?? "is invalid"}`
          );
        }
      }
    }
  }
  if (errors.length > 0) throw new UsageError(`invalid rule files:
${errors.join("\n")}`);
  return rules6;
}
function nodeAt(root, pointer2) {
  if (!pointer2) return root;
  const steps = pointer2.slice(1).split("/").map((s) => /^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~"));
  return ypath(root, ...steps);
}

// src/engine/lint.ts
async function lint(options) {
  const timing = phaseTimer(process.env.ARCH_LINT_TIMING === "1");
  const cwd = resolve4(options.cwd);
  const paths = options.paths.length > 0 ? options.paths : ["."];
  const config = await loadEffectiveConfig(options, cwd, paths);
  const userRules = config.rulesDir ? await loadUserRules(config.rulesDir, cwd) : [];
  const enabled = config.enabledRules([...builtinRules, ...userRules], options.onlyRules);
  const onDisk = paths.filter((p) => p !== "-");
  const discovery = await discover(onDisk, { cwd, root: options.root, isIgnored: config.isIgnored });
  const candidates = [...discovery.files];
  if (paths.includes("-")) candidates.push({ abs: "-", path: "<stdin>", kind: "yaml", explicit: true });
  const charts = chartTemplateSkips(candidates);
  const { chartSkips, lintable } = charts;
  timing("read");
  const limits = { maxFileBytes: config.limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, yaml: config.yamlLimits };
  const outcome = await parseFiles(lintable, limits, options.stdin);
  const varFileOutcome = await parseFiles(await discoverVarFiles(config.varFiles, cwd, options.root), limits);
  const problems = [
    ...outcome.problems,
    ...outcome.parsed.flatMap(parseProblems),
    ...varFileOutcome.problems,
    ...varFileOutcome.parsed.flatMap(parseProblems)
  ];
  timing("parse");
  const varFiles = varFileOutcome.parsed.flatMap((f) => f.kind === "hcl" ? [{ file: f.source, hcl: f.hcl }] : []);
  const { project, notKubernetes } = buildProject(outcome.parsed, varFiles);
  timing("model");
  const relocate = await helmRelocator(outcome.parsed, charts);
  const run = runRules(project, enabled, relocate.relocate);
  const parseSeverity = config.severityOf(PARSE_ERROR_RULE.id);
  const raw = [
    ...run.findings,
    ...parseSeverity ? problems.map((p) => problemFinding(p, parseSeverity)) : []
  ];
  const findings = applyFileSuppressions(dedupe(raw), outcome.parsed, project, config);
  findings.sort(compareFindings);
  disambiguate(findings, (f) => f.file);
  timing("rules");
  const failOn = options.failOn ?? config.failOn;
  const threshold = failOn === "none" ? Infinity : SEVERITY_RANK[failOn];
  const exitCode = findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  const notKube = new Set(notKubernetes.map((src) => src.path));
  const skipped = [
    ...discovery.problems.map((p) => ({ file: p.path, reason: p.reason })),
    ...chartSkipLines(chartSkips)
  ].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const sources = /* @__PURE__ */ new Map();
  for (const f of outcome.parsed) sources.set(f.source.path, f.source);
  for (const s of relocate.templates) sources.set(s.path, s);
  const unreadable = outcome.problems.length;
  return {
    findings,
    rules: [...enabled.map((e) => e.rule.meta), ...config.extraMetas()].sort((a, b) => a.id < b.id ? -1 : 1),
    summary: {
      filesScanned: outcome.parsed.length - notKube.size + unreadable,
      filesSkipped: discovery.problems.length + chartSkips.length + notKube.size
    },
    skipped,
    notes: [],
    failOn,
    exitCode,
    internalErrors: run.crashes.map((c) => `rule ${c.ruleId} failed: ${c.error?.stack ?? String(c.error)}`),
    sources
  };
}
function dedupe(findings) {
  const byFile = /* @__PURE__ */ new Map();
  const same = (a, b) => a.ruleId === b.ruleId && a.message === b.message;
  return findings.filter((f) => {
    let atFile = byFile.get(f.file);
    if (!atFile) byFile.set(f.file, atFile = /* @__PURE__ */ new Map());
    const at = `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    const seen = atFile.get(at);
    if (seen === void 0) atFile.set(at, f);
    else if (Array.isArray(seen)) {
      if (seen.some((g) => same(g, f))) return false;
      seen.push(f);
    } else {
      if (same(seen, f)) return false;
      atFile.set(at, [seen, f]);
    }
    return true;
  });
}
async function discoverVarFiles(varFiles, cwd, root) {
  if (varFiles.length === 0) return [];
  const found = await discover(varFiles, { cwd, root });
  return found.files;
}
function chartSkipLines(skips) {
  const byChart = /* @__PURE__ */ new Map();
  for (const s of skips) byChart.set(s.chart, (byChart.get(s.chart) ?? 0) + 1);
  return [...byChart].map(([chart, n]) => ({
    file: chart === "." ? "templates/" : `${chart}/templates/`,
    reason: `Helm chart templates are not YAML until rendered (${n} file${n === 1 ? "" : "s"}); lint \`helm template\` output instead`
  }));
}
function phaseTimer(on) {
  let last = performance.now();
  return (phase) => {
    if (!on) return;
    const now = performance.now();
    process.stderr.write(`arch-lint timing: ${phase} ${(now - last).toFixed(1)} ms
`);
    last = now;
  };
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var githubReporter = (findings) => findings.map((f) => annotation(f) + "\n").join("");
function annotation(f) {
  const props = [
    ["file", f.file],
    ["line", f.line],
    ["col", f.column],
    ["endLine", f.endLine],
    ["endColumn", f.endColumn],
    ["title", f.ruleId]
  ];
  const rendered = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[f.severity]} ${rendered}::${escapeData(f.message)}`;
}

// src/report/summary.ts
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryLine(findings, filesScanned) {
  if (findings.length === 0) return `No problems found in ${plural(filesScanned, "file")}.`;
  const c = countBySeverity(findings);
  return `${plural(findings.length, "problem")} (${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${plural(c.note, "note")}) in ${plural(filesScanned, "file")}`;
}

// src/report/json.ts
var jsonReporter = (findings, ctx) => {
  const report = {
    version: 1,
    tool: { name: "arch-lint", version: ctx.toolVersion },
    findings: findings.map(jsonFinding),
    summary: {
      filesScanned: ctx.summary.filesScanned,
      filesSkipped: ctx.summary.filesSkipped,
      findings: findings.length,
      bySeverity: countBySeverity(findings)
    }
  };
  return JSON.stringify(report, null, 2) + "\n";
};
function jsonFinding(f) {
  const out = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn
  };
  if (f.resource !== void 0) out.resource = f.resource;
  out.fingerprint = f.fingerprint;
  out.docsUrl = f.docsUrl;
  if (f.fix) {
    out.fix = {
      description: f.fix.description,
      replacements: f.fix.replacements.map((r) => ({
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        text: r.text
      }))
    };
  }
  return out;
}

// src/report/markdown.ts
var SEVERITY_LABEL = { error: "\u{1F534} error", warning: "\u{1F7E1} warning", note: "\u{1F535} note" };
function escapeMarkdown(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~#!]/g, (ch) => `\\${ch}`).replace(/\r\n|\r|\n/g, "<br>");
}
function codeSpan(text) {
  const oneLine = text.replace(/\r\n|\r|\n/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad2 = longest > 0 || oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${fence}${pad2}${oneLine}${pad2}${fence}`;
}
var MAX_MARKDOWN_LENGTH = 6e4;
var markdownReporter = (findings, ctx) => {
  const title = `### arch-lint: ${summaryLine(findings, ctx.summary.filesScanned)}`;
  if (findings.length === 0) return `${title}
`;
  const head = [title, "", "| Severity | Location | Rule | Message |", "| --- | --- | --- | --- |"].join("\n") + "\n";
  let out = head;
  for (let i = 0; i < findings.length; i++) {
    const line = row(findings[i]) + "\n";
    if (out.length + line.length > MAX_MARKDOWN_LENGTH) {
      const rest = findings.length - i;
      return `${out}
_\u2026 and ${rest} more ${rest === 1 ? "finding" : "findings"} not shown: see the full report._
`;
    }
    out += line;
  }
  return out;
};
function row(f) {
  const rule = `[${escapeMarkdown(f.ruleId)}](${f.docsUrl.replace(/[()\s|]/g, encodeURIComponent)})`;
  return `| ${SEVERITY_LABEL[f.severity]} | ${codeSpan(`${f.file}:${f.line}`)} | ${rule} | ${escapeMarkdown(f.message)} |`;
}

// src/report/sarif.ts
var INFORMATION_URI = "https://github.com/arch-lint/arch-lint";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "archLint/v1";
var SRCROOT = "%SRCROOT%";
var LEVEL = {
  error: "error",
  warning: "warning",
  note: "note"
};
var sarifReporter = (findings, ctx) => {
  const rules6 = ruleTable(ctx.rules, findings);
  const index = new Map(rules6.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "arch-lint",
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: INFORMATION_URI,
            rules: rules6.map(descriptor)
          }
        },
        columnKind: "utf16CodeUnits",
        results: findings.map((f) => result(f, index.get(f.ruleId)))
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
};
function ruleTable(rules6, findings) {
  const byId = /* @__PURE__ */ new Map();
  for (const r of rules6) if (!byId.has(r.id)) byId.set(r.id, r);
  for (const f of findings) {
    if (byId.has(f.ruleId)) continue;
    byId.set(f.ruleId, {
      id: f.ruleId,
      category: f.category,
      severity: f.severity,
      title: f.ruleId,
      description: `Findings of rule ${f.ruleId}.`,
      messages: {}
    });
  }
  return [...byId.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function descriptor(r) {
  const url = docsUrl(r.id);
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: {
      text: `${r.description}

Documentation: ${url}`,
      markdown: `**${r.title}**

${r.description}

[Documentation](${url})`
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [r.category] }
  };
}
function result(f, ruleIndex) {
  const out = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: artifact(f.file), region: region(f) },
        ...f.resource !== void 0 ? { logicalLocations: [{ fullyQualifiedName: f.resource, kind: "resource" }] } : {}
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint }
  };
  if (f.fix) {
    out.fixes = [
      {
        description: { text: f.fix.description },
        artifactChanges: [
          {
            artifactLocation: artifact(f.file),
            replacements: f.fix.replacements.map((r) => ({
              deletedRegion: region(r),
              insertedContent: { text: r.text }
            }))
          }
        ]
      }
    ];
  }
  return out;
}
function artifact(file) {
  return { uri: fileUri(file), uriBaseId: SRCROOT };
}
function fileUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}
function region(r) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

// src/report/terminal.ts
function visible(text) {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 32) return String.fromCharCode(9216 + c);
    if (c === 127) return "\u2421";
    return "\uFFFD";
  });
}
function charWidth(ch) {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 768 && c <= 879 || c >= 8203 && c <= 8207 || c >= 65024 && c <= 65039) return 0;
  if (c >= 4352 && c <= 4447 || c >= 11904 && c <= 42191 || c >= 44032 && c <= 55203 || c >= 63744 && c <= 64255 || c >= 65072 && c <= 65103 || c >= 65280 && c <= 65376 || c >= 65504 && c <= 65510 || c >= 127744 && c <= 129791 || c >= 131072 && c <= 262141)
    return 2;
  return 1;
}
function textWidth(text) {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}
var CODES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1 };
function painter(color) {
  return color ? (style, text) => `\x1B[${CODES[style]}m${text}\x1B[${style === "bold" ? 22 : 39}m` : (_style, text) => text;
}

// src/report/text.ts
var SEVERITY_STYLE = { error: "red", warning: "yellow", note: "cyan" };
var textReporter = (findings, ctx) => {
  const paint = painter(ctx.color);
  const blocks2 = findings.map((f) => renderFinding(f, ctx.source(f.file), paint));
  const out = [];
  if (blocks2.length > 0) out.push(blocks2.join("\n\n"), "");
  for (const s of ctx.skipped ?? [])
    out.push(`${paint("bold", visible(s.file))}: ${paint("gray", "info")} skipped: ${visible(s.reason)}`);
  if ((ctx.skipped ?? []).length > 0) out.push("");
  out.push(renderSummary(findings, ctx.summary.filesScanned, paint));
  return out.join("\n") + "\n";
};
function renderFinding(f, source, paint) {
  const style = SEVERITY_STYLE[f.severity];
  const header = `${paint("bold", `${visible(f.file)}:${f.line}:${f.column}`)} ${paint(style, f.severity)} ${visible(f.message)} ${paint("gray", `[${f.ruleId}]`)}`;
  const lines = [header];
  const gutterWidth = String(f.line).length;
  const pad2 = " ".repeat(gutterWidth);
  const bar = paint("gray", "|");
  if (source && f.line >= 1 && f.line <= source.lineCount) {
    const text = source.lineText(f.line);
    lines.push(`${paint("gray", String(f.line))} ${bar} ${visible(text)}`);
    lines.push(`${pad2} ${bar} ${underline(text, f).replace(/[\^~]+/, (m) => paint(style, m))}`.trimEnd());
  }
  if (f.fix) lines.push(`${pad2} ${paint("gray", "=")} fix: ${visible(f.fix.description)}`);
  lines.push(`${pad2} ${paint("gray", "=")} docs: ${f.docsUrl}`);
  return lines.join("\n");
}
function underline(lineText, f) {
  const start = Math.min(Math.max(f.column - 1, 0), lineText.length);
  const end = f.endLine === f.line ? Math.min(Math.max(f.endColumn - 1, start), lineText.length) : lineText.length;
  let prefix2 = "";
  for (const ch of lineText.slice(0, start)) prefix2 += ch === "	" ? "	" : " ".repeat(charWidth(ch));
  const width = Math.max(1, textWidth(lineText.slice(start, end)));
  return prefix2 + "^" + "~".repeat(width - 1);
}
function renderSummary(findings, filesScanned, paint) {
  if (findings.length === 0) return summaryLine(findings, filesScanned);
  const c = countBySeverity(findings);
  const style = c.error > 0 ? "red" : c.warning > 0 ? "yellow" : "cyan";
  return paint(style, paint("bold", `\u2716 ${summaryLine(findings, filesScanned)}`));
}

// src/report/index.ts
var REPORTERS = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter
};
var FORMAT_NAMES = Object.keys(REPORTERS);
function isFormatName(name) {
  return Object.hasOwn(REPORTERS, name);
}
function getReporter(name) {
  return isFormatName(name) ? REPORTERS[name] : void 0;
}

// package.json
var package_default = {
  name: "arch-lint",
  version: "0.1.0",
  description: "Reviews Terraform, Kubernetes and Helm changes for architecture-resilience mistakes: single-AZ databases, missing resource limits, public buckets, no multi-region failover, unsafe Terraform state.",
  license: "Apache-2.0",
  type: "module",
  bin: {
    "arch-lint": "bin/arch-lint.js"
  },
  files: [
    "bin/",
    "dist/cli.js",
    "docs/",
    "schema/",
    "README.md",
    "LICENSE"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    build: "node scripts/bundle.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    test: "npm run typecheck && npm run build && node scripts/run-tests.mjs",
    "test:node24": `ARCH_LINT_E2E_NODE="$(npx -y node@24 -p process.execPath)" node scripts/run-tests.mjs --label 'node 24' test/github/action.e2e.test.ts`,
    bench: "node scripts/bench.mjs",
    demo: "node bin/arch-lint.js fixtures/demo",
    docs: "node scripts/gen-rule-docs.mjs",
    format: 'prettier --write "{src,rules,test,scripts}/**/*.{ts,mjs}" vitest.config.ts',
    "format:check": 'prettier --check "{src,rules,test,scripts}/**/*.{ts,mjs}" vitest.config.ts'
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    ajv: "^8.20.0",
    "js-yaml": "^5.5.0",
    minimatch: "^11.0.9"
  },
  devDependencies: {
    "@cdktf/hcl2json": "^0.21.0",
    "@microsoft/sarif-multitool": "^5.7.0",
    "@types/node": "^20.19.43",
    "@types/sarif": "^2.1.7",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    prettier: "^3.10.1",
    re2js: "^2.10.0",
    typescript: "^6.0.3",
    vitest: "4.1"
  },
  allowScripts: {
    esbuild: true,
    "@microsoft/sarif-multitool-linux": true
  }
};

// src/version.ts
var VERSION = package_default.version;

// src/cli.ts
var FAIL_ON = ["error", "warning", "note", "none"];
var HELP = `Usage: arch-lint [options] [path ...]
       arch-lint -            read a YAML stream (e.g. \`helm template\` output) from stdin

Reviews Terraform, Kubernetes manifests and Helm output for architecture-resilience problems.

Options:
  --format <name>      ${FORMAT_NAMES.join("|")} (default: text)
  --output <file>      write the report to a file instead of stdout
  --fail-on <level>    error|warning|note|none: lowest severity that exits 1 (default: error)
  --config <file>      config file (default: .arch-lint.yml found upward from the first path)
  --var-file <file>    Terraform variables file applied to every root module (repeatable)
  --list-rules         print every rule: id, category, default severity, title
  --version            print the version
  --help               print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error.`;
async function runCli(io) {
  let args;
  try {
    args = parseArgs({
      args: io.argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        output: { type: "string" },
        "fail-on": { type: "string" },
        config: { type: "string" },
        "var-file": { type: "string", multiple: true },
        "list-rules": { type: "boolean" },
        version: { type: "boolean" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    io.stderr(`arch-lint: ${e.message}

${HELP}
`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) return io.stdout(`${HELP}
`), 0;
  if (values.version) return io.stdout(`${VERSION}
`), 0;
  if (values["list-rules"]) return io.stdout(listRules()), 0;
  const reporter = getReporter(values.format);
  if (!reporter) return usage(io, `unknown --format '${values.format}' (expected ${FORMAT_NAMES.join(", ")})`);
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn))
    return usage(io, `unknown --fail-on '${failOn}' (expected ${FAIL_ON.join(", ")})`);
  try {
    const paths = positionals.length > 0 ? positionals : ["."];
    const result2 = await lint({
      paths,
      cwd: io.cwd,
      configPath: values.config,
      failOn,
      varFiles: values["var-file"],
      stdin: paths.includes("-") ? await io.readStdin() : void 0
    });
    const color = values.output === void 0 && values.format === "text" && wantsColor(io);
    const report = reporter(result2.findings, {
      toolVersion: VERSION,
      rules: result2.rules,
      summary: result2.summary,
      source: (p) => result2.sources.get(p),
      color,
      skipped: result2.skipped
    });
    if (values.output) await writeFile(values.output, report);
    else io.stdout(report);
    for (const note of result2.notes) io.stderr(`arch-lint: ${note}
`);
    if (result2.internalErrors.length > 0) {
      for (const e of result2.internalErrors) io.stderr(`arch-lint: internal error: ${e}
`);
      return 2;
    }
    return result2.exitCode;
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    io.stderr(`arch-lint: internal error: ${e?.stack ?? e}
`);
    return 2;
  }
}
function usage(io, message) {
  io.stderr(`arch-lint: ${message}
`);
  return 2;
}
function wantsColor(io) {
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.isTTY;
}
function listRules() {
  const rows = builtinRules.map((r) => r.meta).sort((a, b) => a.id < b.id ? -1 : 1).map((m) => [m.id, m.category, m.severity, m.title]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => i < 3 ? c.padEnd(widths[i]) : c).join("  ")).join("\n") + "\n";
}

// src/main.ts
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
var code = await runCli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
});
process.exitCode = code;
