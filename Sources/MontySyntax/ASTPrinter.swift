// Prints a tree in exactly the format of CPython 3.11's `ast.dump(tree)` (optional fields that are
// None omitted, lists always shown, expression contexts Load/Store/Del derived from position).
// `monty ast FILE` uses it, and the conformance tests compare it with the dump recorded from CPython.

public struct ASTPrinter {
  private var out = ""

  enum Context: String { case load = "Load()", store = "Store()", del = "Del()" }

  public static func dump(_ module: Module) -> String {
    var p = ASTPrinter()
    p.out += "Module(body="
    p.stmts(module.body)
    p.out += ", type_ignores=[])"
    return p.out
  }

  // MARK: Helpers

  private mutating func list<T>(_ items: [T], _ each: (inout ASTPrinter, T) -> Void) {
    out += "["
    for (i, item) in items.enumerated() {
      if i > 0 { out += ", " }
      each(&self, item)
    }
    out += "]"
  }

  private mutating func stmts(_ body: [Stmt]) { list(body) { $0.stmt($1) } }
  private mutating func exprs(_ items: [Expr], _ ctx: Context = .load) { list(items) { $0.expr($1, ctx) } }
  private mutating func names(_ items: [String]) { list(items) { $0.out += PyRepr.string($1) } }

  /// `, field=value` for an optional expression; nothing when nil.
  private mutating func optional(_ field: String, _ e: Expr?, _ ctx: Context = .load) {
    guard let e else { return }
    out += ", \(field)="
    expr(e, ctx)
  }

  private mutating func optionalName(_ field: String, _ s: String?, first: Bool = false) {
    guard let s else { return }
    out += (first ? "" : ", ") + "\(field)=" + PyRepr.string(s)
  }

  // MARK: Statements

  private mutating func stmt(_ s: Stmt) {
    switch s.kind {
    case .expr(let e):
      out += "Expr(value="; expr(e); out += ")"
    case .assign(let targets, let value):
      out += "Assign(targets="; exprs(targets, .store); out += ", value="; expr(value); out += ")"
    case .augAssign(let target, let op, let value):
      out += "AugAssign(target="; expr(target, .store); out += ", op=\(binaryOpName(op))(), value="; expr(value); out += ")"
    case .annAssign(let target, let annotation, let value, let simple):
      out += "AnnAssign(target="; expr(target, .store); out += ", annotation="; expr(annotation)
      optional("value", value)
      out += ", simple=\(simple ? 1 : 0))"
    case .return(let value):
      out += "Return("
      if let value { out += "value="; expr(value) }
      out += ")"
    case .delete(let targets):
      out += "Delete(targets="; exprs(targets, .del); out += ")"
    case .pass: out += "Pass()"
    case .break: out += "Break()"
    case .continue: out += "Continue()"
    case .raise(let exc, let cause):
      out += "Raise("
      if let exc { out += "exc="; expr(exc) }
      if let cause { out += exc == nil ? "cause=" : ", cause="; expr(cause) }
      out += ")"
    case .global(let n): out += "Global(names="; names(n); out += ")"
    case .nonlocal(let n): out += "Nonlocal(names="; names(n); out += ")"
    case .assert(let test, let message):
      out += "Assert(test="; expr(test); optional("msg", message); out += ")"
    case .import(let aliases):
      out += "Import(names="; list(aliases) { $0.alias($1) }; out += ")"
    case .importFrom(let module, let aliases, let level):
      out += "ImportFrom("
      optionalName("module", module, first: true)
      out += module == nil ? "names=" : ", names="
      list(aliases) { $0.alias($1) }
      out += ", level=\(level))"
    case .if(let test, let body, let orelse):
      out += "If(test="; expr(test); out += ", body="; stmts(body); out += ", orelse="; stmts(orelse); out += ")"
    case .while(let test, let body, let orelse):
      out += "While(test="; expr(test); out += ", body="; stmts(body); out += ", orelse="; stmts(orelse); out += ")"
    case .for(let target, let iter, let body, let orelse, let isAsync):
      out += isAsync ? "AsyncFor(target=" : "For(target="
      expr(target, .store); out += ", iter="; expr(iter); out += ", body="; stmts(body)
      out += ", orelse="; stmts(orelse); out += ")"
    case .with(let items, let body, let isAsync):
      out += isAsync ? "AsyncWith(items=" : "With(items="
      list(items) { p, item in
        p.out += "withitem(context_expr="; p.expr(item.contextExpr); p.optional("optional_vars", item.optionalVars, .store)
        p.out += ")"
      }
      out += ", body="; stmts(body); out += ")"
    case .try(let body, let handlers, let orelse, let finalbody, let isStar):
      out += isStar ? "TryStar(body=" : "Try(body="
      stmts(body)
      out += ", handlers="
      list(handlers) { p, h in
        p.out += "ExceptHandler("
        var first = true
        if let t = h.type { p.out += "type="; p.expr(t); first = false }
        p.optionalName("name", h.name, first: first)
        if h.name != nil { first = false }
        p.out += first ? "body=" : ", body="
        p.stmts(h.body)
        p.out += ")"
      }
      out += ", orelse="; stmts(orelse); out += ", finalbody="; stmts(finalbody); out += ")"
    case .functionDef(let f):
      out += f.isAsync ? "AsyncFunctionDef(name=" : "FunctionDef(name="
      out += PyRepr.string(f.name) + ", args="
      parameters(f.parameters)
      out += ", body="; stmts(f.body); out += ", decorator_list="; exprs(f.decorators)
      optional("returns", f.returns)
      out += ")"
    case .classDef(let c):
      out += "ClassDef(name=" + PyRepr.string(c.name) + ", bases="; exprs(c.bases)
      out += ", keywords="; list(c.keywords) { $0.keyword($1) }
      out += ", body="; stmts(c.body); out += ", decorator_list="; exprs(c.decorators); out += ")"
    case .match(let subject, let cases):
      out += "Match(subject="; expr(subject); out += ", cases="
      list(cases) { p, c in
        p.out += "match_case(pattern="; p.pattern(c.pattern); p.optional("guard", c.guardExpr)
        p.out += ", body="; p.stmts(c.body); p.out += ")"
      }
      out += ")"
    }
  }

  private mutating func alias(_ a: Alias) {
    out += "alias(name=" + PyRepr.string(a.name)
    optionalName("asname", a.asname)
    out += ")"
  }

  private mutating func keyword(_ k: Keyword) {
    out += "keyword("
    if let name = k.name { out += "arg=" + PyRepr.string(name) + ", " }
    out += "value="; expr(k.value); out += ")"
  }

  private mutating func parameters(_ p: Parameters) {
    out += "arguments(posonlyargs="; list(p.posonly) { $0.arg($1) }
    out += ", args="; list(p.args) { $0.arg($1) }
    if let v = p.vararg { out += ", vararg="; arg(v) }
    out += ", kwonlyargs="; list(p.kwonly) { $0.arg($1) }
    out += ", kw_defaults="
    list(p.kwDefaults) { pr, d in
      if let d { pr.expr(d) } else { pr.out += "None" }
    }
    if let k = p.kwarg { out += ", kwarg="; arg(k) }
    out += ", defaults="; exprs(p.defaults); out += ")"
  }

  private mutating func arg(_ a: Parameter) {
    out += "arg(arg=" + PyRepr.string(a.name)
    optional("annotation", a.annotation)
    out += ")"
  }

  // MARK: Expressions

  private mutating func expr(_ e: Expr, _ ctx: Context = .load) {
    switch e.kind {
    case .name(let id): out += "Name(id=\(PyRepr.string(id)), ctx=\(ctx.rawValue))"
    case .constant(let c): constant(c)
    case .joinedStr(let parts): out += "JoinedStr(values="; exprs(parts); out += ")"
    case .formattedValue(let value, let conversion, let spec):
      out += "FormattedValue(value="; expr(value)
      out += ", conversion=\(conversion.map { Int($0) } ?? -1)"
      optional("format_spec", spec)
      out += ")"
    case .boolOp(let op, let values):
      out += "BoolOp(op=\(op == .and ? "And" : "Or")(), values="; exprs(values); out += ")"
    case .namedExpr(let target, let value):
      out += "NamedExpr(target="; expr(target, .store); out += ", value="; expr(value); out += ")"
    case .binOp, .attribute, .subscript, .call: spine(e, ctx)
    case .unaryOp(let op, let operand):
      let name: String
      switch op {
      case .invert: name = "Invert"
      case .not: name = "Not"
      case .uAdd: name = "UAdd"
      case .uSub: name = "USub"
      }
      out += "UnaryOp(op=\(name)(), operand="; expr(operand); out += ")"
    case .lambda(let params, let body):
      out += "Lambda(args="; parameters(params); out += ", body="; expr(body); out += ")"
    case .ifExp(let test, let body, let orelse):
      out += "IfExp(test="; expr(test); out += ", body="; expr(body); out += ", orelse="; expr(orelse); out += ")"
    case .dict(let keys, let values):
      out += "Dict(keys="
      list(keys) { p, k in
        if let k { p.expr(k) } else { p.out += "None" }
      }
      out += ", values="; exprs(values); out += ")"
    case .set(let items): out += "Set(elts="; exprs(items); out += ")"
    case .list(let items): out += "List(elts="; exprs(items, ctx); out += ", ctx=\(ctx.rawValue))"
    case .tuple(let items): out += "Tuple(elts="; exprs(items, ctx); out += ", ctx=\(ctx.rawValue))"
    case .listComp(let elt, let gens):
      out += "ListComp(elt="; expr(elt); out += ", generators="; comprehensions(gens); out += ")"
    case .setComp(let elt, let gens):
      out += "SetComp(elt="; expr(elt); out += ", generators="; comprehensions(gens); out += ")"
    case .generatorExp(let elt, let gens):
      out += "GeneratorExp(elt="; expr(elt); out += ", generators="; comprehensions(gens); out += ")"
    case .dictComp(let key, let value, let gens):
      out += "DictComp(key="; expr(key); out += ", value="; expr(value); out += ", generators="
      comprehensions(gens); out += ")"
    case .await(let v): out += "Await(value="; expr(v); out += ")"
    case .yield(let v):
      out += "Yield("
      if let v { out += "value="; expr(v) }
      out += ")"
    case .yieldFrom(let v): out += "YieldFrom(value="; expr(v); out += ")"
    case .compare(let left, let ops, let rights):
      out += "Compare(left="; expr(left); out += ", ops="
      list(ops) { p, op in p.out += compareOpName(op) + "()" }
      out += ", comparators="; exprs(rights); out += ")"
    case .starred(let value):
      out += "Starred(value="; expr(value, ctx); out += ", ctx=\(ctx.rawValue))"
    case .slice(let lower, let upper, let step):
      out += "Slice("
      var first = true
      for (name, part) in [("lower", lower), ("upper", upper), ("step", step)] {
        guard let part else { continue }
        out += first ? "\(name)=" : ", \(name)="
        expr(part)
        first = false
      }
      out += ")"
    }
  }

  /// Left spines (operands of `a + b + …`, the object of `x.a[i](…)`) can be a million nodes deep,
  /// so they are printed with a loop: all openings outermost first, the innermost operand, then the
  /// closings innermost first. Only the outermost node carries `ctx`; the rest are loads.
  private mutating func spine(_ e: Expr, _ ctx: Context) {
    var chain: [Expr] = []
    var cur = e
    walk: while true {
      switch cur.kind {
      case .binOp(let l, _, _): out += "BinOp(left="; chain.append(cur); cur = l
      case .attribute(let v, _): out += "Attribute(value="; chain.append(cur); cur = v
      case .subscript(let v, _): out += "Subscript(value="; chain.append(cur); cur = v
      case .call(let f, _, _): out += "Call(func="; chain.append(cur); cur = f
      default: break walk
      }
    }
    expr(cur)
    for (k, node) in chain.enumerated().reversed() {
      let c = k == 0 ? ctx : .load
      switch node.kind {
      case .binOp(_, let op, let r): out += ", op=\(binaryOpName(op))(), right="; expr(r); out += ")"
      case .attribute(_, let attr): out += ", attr=\(PyRepr.string(attr)), ctx=\(c.rawValue))"
      case .subscript(_, let index): out += ", slice="; expr(index); out += ", ctx=\(c.rawValue))"
      case .call(_, let args, let keywords):
        out += ", args="; exprs(args); out += ", keywords="; list(keywords) { $0.keyword($1) }; out += ")"
      default: break
      }
    }
  }

  private mutating func comprehensions(_ gens: [Comprehension]) {
    list(gens) { p, g in
      p.out += "comprehension(target="; p.expr(g.target, .store); p.out += ", iter="; p.expr(g.iter)
      p.out += ", ifs="; p.exprs(g.ifs); p.out += ", is_async=\(g.isAsync ? 1 : 0))"
    }
  }

  private mutating func constant(_ c: Constant) {
    out += "Constant(value=" + ASTPrinter.constantRepr(c)
    if case .string(_, true) = c { out += ", kind='u'" }
    out += ")"
  }

  /// Python's repr of a literal constant.
  public static func constantRepr(_ c: Constant) -> String {
    switch c {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let v): return String(v)
    case .bigInt(let digits, let radix): return PyRepr.decimalDigits(digits, radix: radix)
    case .float(let d): return PyRepr.float(d)
    case .imaginary(let d): return PyRepr.imaginary(d)
    case .string(let s, _): return PyRepr.string(s)
    case .bytes(let b): return PyRepr.bytes(b)
    case .ellipsis: return "Ellipsis"
    }
  }

  // MARK: Patterns

  private mutating func pattern(_ p: Pattern) {
    switch p.kind {
    case .value(let e): out += "MatchValue(value="; expr(e); out += ")"
    case .singleton(let c): out += "MatchSingleton(value=\(ASTPrinter.constantRepr(c)))"
    case .sequence(let items): out += "MatchSequence(patterns="; list(items) { $0.pattern($1) }; out += ")"
    case .mapping(let keys, let patterns, let rest):
      out += "MatchMapping(keys="; exprs(keys); out += ", patterns="; list(patterns) { $0.pattern($1) }
      optionalName("rest", rest)
      out += ")"
    case .class(let cls, let patterns, let kwdAttrs, let kwdPatterns):
      out += "MatchClass(cls="; expr(cls); out += ", patterns="; list(patterns) { $0.pattern($1) }
      out += ", kwd_attrs="; names(kwdAttrs); out += ", kwd_patterns="; list(kwdPatterns) { $0.pattern($1) }
      out += ")"
    case .star(let name):
      out += "MatchStar("; optionalName("name", name, first: true); out += ")"
    case .as(let inner, let name):
      out += "MatchAs("
      if let inner { out += "pattern="; pattern(inner) }
      optionalName("name", name, first: inner == nil)
      out += ")"
    case .or(let items): out += "MatchOr(patterns="; list(items) { $0.pattern($1) }; out += ")"
    }
  }
}

func binaryOpName(_ op: BinaryOp) -> String {
  switch op {
  case .add: return "Add"
  case .sub: return "Sub"
  case .mult: return "Mult"
  case .matMult: return "MatMult"
  case .div: return "Div"
  case .mod: return "Mod"
  case .pow: return "Pow"
  case .lShift: return "LShift"
  case .rShift: return "RShift"
  case .bitOr: return "BitOr"
  case .bitXor: return "BitXor"
  case .bitAnd: return "BitAnd"
  case .floorDiv: return "FloorDiv"
  }
}

func compareOpName(_ op: CompareOp) -> String {
  switch op {
  case .eq: return "Eq"
  case .notEq: return "NotEq"
  case .lt: return "Lt"
  case .ltE: return "LtE"
  case .gt: return "Gt"
  case .gtE: return "GtE"
  case .is: return "Is"
  case .isNot: return "IsNot"
  case .in: return "In"
  case .notIn: return "NotIn"
  }
}
