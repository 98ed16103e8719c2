// Scope analysis (CPython's symtable): which names are local, global, free (closure), cell (captured
// by an inner function) or class-namespace names, per function/class/comprehension scope. It also
// reports the compile-time SyntaxErrors that depend on scopes (nonlocal/global conflicts).
// Scopes are keyed by the byte offset where their node starts, so the code generator finds them.
import MontySyntax

final class Scope {
  enum Kind { case module, function, classBody, comprehension }

  let kind: Kind
  let name: String
  weak var parent: Scope?
  var children: [Scope] = []
  /// Parameter names in order.
  var parameters: [String] = []
  /// Names bound in this scope (assignment, def, class, import, for/with/except targets, parameters).
  var bound: Set<String> = []
  var boundOrder: [String] = []
  var used: Set<String> = []
  var declaredGlobal: Set<String> = []
  var declaredNonlocal: Set<String> = []
  /// Where each `nonlocal` name was declared (for "no binding for nonlocal" errors).
  var nonlocalOffsets: [String: Int] = [:]
  /// Where the first `global`/`nonlocal` directive for each name is (CPython reports conflicts there).
  var directiveOffsets: [String: Int] = [:]
  /// Inside a comprehension's iterable expression (CPython's `ste_comp_iter_expr`): no walrus allowed.
  var compIterExpr = 0
  /// A comprehension's iteration variables, which a walrus in it may not rebind.
  var compIterTargets: Set<String> = []
  /// A comprehension with `async for` or `await` (CPython's `ste_coroutine` on a comprehension).
  var isAsyncComprehension = false
  /// Names of this scope captured by inner scopes (they live in cells).
  var cells: Set<String> = []
  /// Names this scope takes from enclosing function scopes.
  var frees: Set<String> = []
  var freeOrder: [String] = []
  var isGenerator = false
  var isCoroutine = false
  /// Whether a nested scope reads free names through this class body (CPython's `__class__` cell is not supported).
  let startOffset: UInt32

  init(kind: Kind, name: String, parent: Scope?, startOffset: UInt32) {
    self.kind = kind
    self.name = name
    self.parent = parent
    self.startOffset = startOffset
  }

  func bind(_ n: String) {
    if bound.insert(n).inserted { boundOrder.append(n) }
  }

  /// How a name is reached from code in this scope.
  enum Resolution: Equatable {
    case local
    case cell
    case free
    case global
    /// Module-level or class-body name looked up by name (namespace, then globals, then builtins).
    case name
  }

  func resolve(_ n: String) -> Resolution {
    if declaredGlobal.contains(n) { return .global }
    switch kind {
    case .module: return .name
    case .classBody:
      if frees.contains(n) && !bound.contains(n) { return .free }
      return .name
    case .function, .comprehension:
      if cells.contains(n) { return .cell }
      if frees.contains(n) { return .free }
      if bound.contains(n) { return .local }
      return .global
    }
  }
}

struct Resolver {
  var scopes: [UInt32: Scope] = [:]
  var current: Scope
  let source: SourceFile

  init(source: SourceFile) {
    self.source = source
    current = Scope(kind: .module, name: "<module>", parent: nil, startOffset: UInt32.max)
  }

  static func resolve(_ module: Module, source: SourceFile) throws(SyntaxError) -> (Scope, [UInt32: Scope]) {
    var r = Resolver(source: source)
    let root = r.current
    for s in module.body { try r.visit(s) }
    try r.finish(root)
    return (root, r.scopes)
  }

  mutating func push(_ kind: Scope.Kind, _ name: String, at offset: UInt32) -> Scope {
    let s = Scope(kind: kind, name: name, parent: current, startOffset: offset)
    current.children.append(s)
    scopes[offset] = s
    current = s
    return s
  }

  mutating func pop(_ previous: Scope) { current = previous }

  // MARK: Collecting bindings and uses

  mutating func bindTarget(_ e: Expr) throws(SyntaxError) {
    switch e.kind {
    case .name(let n):
      try checkDeclaredBefore(n, e)
      current.bind(n)
    case .tuple(let items), .list(let items): for i in items { try bindTarget(i) }
    case .starred(let inner): try bindTarget(inner)
    case .attribute(_, "__debug__"):
      throw SyntaxError("cannot assign to __debug__", at: Int(e.range.start), end: Int(e.range.end))
    default: try visit(e)
    }
  }

  func checkDeclaredBefore(_ n: String, _ e: Expr) throws(SyntaxError) {
    if n == "__debug__" {
      throw SyntaxError("cannot assign to __debug__", at: Int(e.range.start), end: Int(e.range.end))
    }
  }

  /// Binds a comprehension's loop target, remembering its names as iteration variables.
  mutating func bindComprehensionTarget(_ e: Expr) throws(SyntaxError) {
    switch e.kind {
    case .name(let n): current.compIterTargets.insert(n)
    case .tuple(let items), .list(let items): for i in items { try bindComprehensionTarget(i) }
    case .starred(let inner): try bindComprehensionTarget(inner)
    default: break
    }
  }

  mutating func visit(_ s: Stmt) throws(SyntaxError) {
    switch s.kind {
    case .functionDef(let f):
      for d in f.decorators { try visit(d) }
      try visitParameterDefaults(f.parameters)
      if let r = f.returns { try visit(r) }
      current.bind(f.name)
      let saved = current
      let scope = push(.function, f.name, at: s.range.start)
      scope.isCoroutine = f.isAsync
      try declareParameters(f.parameters, in: scope, at: s.range)
      for b in f.body { try visit(b) }
      pop(saved)
    case .classDef(let c):
      for d in c.decorators { try visit(d) }
      for b in c.bases { try visit(b) }
      for k in c.keywords { try visit(k.value) }
      current.bind(c.name)
      let saved = current
      _ = push(.classBody, c.name, at: s.range.start)
      for b in c.body { try visit(b) }
      pop(saved)
    case .global(let names):
      for n in names where current.kind != .module {
        try checkDeclaration(n, "global", conflictsWith: current.declaredNonlocal, at: s)
        current.declaredGlobal.insert(n)
        if current.directiveOffsets[n] == nil { current.directiveOffsets[n] = Int(s.range.start) }
      }
    case .nonlocal(let names):
      for n in names {
        if current.kind == .module {
          throw SyntaxError("nonlocal declaration not allowed at module level", at: Int(s.range.start))
        }
        try checkDeclaration(n, "nonlocal", conflictsWith: current.declaredGlobal, at: s)
        current.declaredNonlocal.insert(n)
        current.nonlocalOffsets[n] = Int(s.range.start)
        if current.directiveOffsets[n] == nil { current.directiveOffsets[n] = Int(s.range.start) }
      }
    case .assign(let targets, let value):
      try visit(value)
      for t in targets { try bindTarget(t) }
    case .augAssign(let target, _, let value):
      try visit(value)
      if case .name(let n) = target.kind { current.used.insert(n) }
      try bindTarget(target)
    case .annAssign(let target, let annotation, let value, _):
      if let value { try visit(value) }
      if current.kind != .function { try visit(annotation) }
      if case .name(let n) = target.kind {
        if current.declaredGlobal.contains(n) || current.declaredNonlocal.contains(n) {
          let what = current.declaredGlobal.contains(n) ? "global" : "nonlocal"
          throw SyntaxError("annotated name '\(n)' can't be \(what)", at: Int(target.range.start))
        }
        current.bind(n)
      } else {
        try visit(target)
      }
    case .for(let target, let iter, let body, let orelse, _):
      try visit(iter)
      try bindTarget(target)
      for b in body + orelse { try visit(b) }
    case .with(let items, let body, _):
      for i in items {
        try visit(i.contextExpr)
        if let v = i.optionalVars { try bindTarget(v) }
      }
      for b in body { try visit(b) }
    case .try(let body, let handlers, let orelse, let finalbody, _):
      for b in body { try visit(b) }
      for h in handlers {
        if let t = h.type { try visit(t) }
        if let n = h.name { current.bind(n) }
        for b in h.body { try visit(b) }
      }
      for b in orelse + finalbody { try visit(b) }
    case .import(let aliases):
      for a in aliases {
        let n = a.asname ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
        current.bind(n)
      }
    case .importFrom(_, let aliases, _):
      for a in aliases where a.name != "*" { current.bind(a.asname ?? a.name) }
    case .delete(let targets):
      for t in targets {
        if case .name(let n) = t.kind {
          if n == "__debug__" { throw SyntaxError("cannot delete __debug__", at: Int(t.range.start)) }
          current.bind(n)
        } else {
          try visit(t)
        }
      }
    case .match(let subject, let cases):
      try visit(subject)
      for c in cases {
        try bindPattern(c.pattern)
        if let g = c.guardExpr { try visit(g) }
        for b in c.body { try visit(b) }
      }
    default:
      let (exprs, stmts) = TreeWalk.children(of: s)
      for e in exprs { try visit(e) }
      for b in stmts { try visit(b) }
    }
  }

  /// CPython's checks on `global n` / `nonlocal n` inside a function.
  func checkDeclaration(_ n: String, _ what: String, conflictsWith other: Set<String>, at s: Stmt) throws(SyntaxError) {
    let at = Int(s.range.start)
    if current.parameters.contains(n) { throw SyntaxError("name '\(n)' is parameter and \(what)", at: at) }
    if other.contains(n) {
      throw SyntaxError("name '\(n)' is nonlocal and global", at: current.directiveOffsets[n] ?? at)
    }
    if current.bound.contains(n) { throw SyntaxError("name '\(n)' is assigned to before \(what) declaration", at: at) }
    if current.used.contains(n) { throw SyntaxError("name '\(n)' is used prior to \(what) declaration", at: at) }
  }

  mutating func bindPattern(_ p: Pattern) throws(SyntaxError) {
    switch p.kind {
    case .value(let e): try visit(e)
    case .singleton: break
    case .sequence(let items), .or(let items): for i in items { try bindPattern(i) }
    case .mapping(let keys, let patterns, let rest):
      for k in keys { try visit(k) }
      for q in patterns { try bindPattern(q) }
      if let rest { current.bind(rest) }
    case .class(let cls, let patterns, _, let kwd):
      try visit(cls)
      for q in patterns + kwd { try bindPattern(q) }
    case .star(let n): if let n { current.bind(n) }
    case .as(let inner, let n):
      if let inner { try bindPattern(inner) }
      if let n { current.bind(n) }
    }
  }

  mutating func visitParameterDefaults(_ p: Parameters) throws(SyntaxError) {
    for d in p.defaults { try visit(d) }
    for d in p.kwDefaults { if let d { try visit(d) } }
    for a in p.posonly + p.args + p.kwonly + [p.vararg, p.kwarg].compactMap({ $0 }) {
      if let ann = a.annotation { try visit(ann) }
    }
  }

  mutating func declareParameters(_ p: Parameters, in scope: Scope, at range: SourceRange) throws(SyntaxError) {
    var all = (p.posonly + p.args + p.kwonly).map(\.name)
    if let v = p.vararg { all.append(v.name) }
    if let k = p.kwarg { all.append(k.name) }
    var seen: Set<String> = []
    for (i, n) in all.enumerated() {
      if !seen.insert(n).inserted {
        let param = (p.posonly + p.args + p.kwonly + [p.vararg, p.kwarg].compactMap { $0 })[i]
        throw SyntaxError("duplicate argument '\(n)' in function definition", at: Int(param.range.start))
      }
      if n == "__debug__" {
        throw SyntaxError("cannot assign to __debug__", at: Int(range.start))
      }
      scope.parameters.append(n)
      scope.bind(n)
    }
  }

  mutating func visit(_ e: Expr) throws(SyntaxError) {
    // Deep left spines (see Module) are walked with an explicit stack.
    var stack = [e]
    while let e = stack.popLast() {
      switch e.kind {
      case .name(let n):
        current.used.insert(n)
      case .lambda(let params, let body):
        try visitParameterDefaults(params)
        let saved = current
        let scope = push(.function, "<lambda>", at: e.range.start)
        try declareParameters(params, in: scope, at: e.range)
        try visit(body)
        pop(saved)
      case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
        let name: String
        switch e.kind {
        case .listComp: name = "<listcomp>"
        case .setComp: name = "<setcomp>"
        default: name = "<genexpr>"
        }
        try visitComprehension(e, name: name, elements: [elt], gens, isGenerator: name == "<genexpr>")
      case .dictComp(let k, let v, let gens):
        try visitComprehension(e, name: "<dictcomp>", elements: [k, v], gens, isGenerator: false)
      case .namedExpr(let target, let value):
        if current.compIterExpr > 0 {
          throw SyntaxError("assignment expression cannot be used in a comprehension iterable expression",
                            at: Int(e.range.start))
        }
        if case .name(let n) = target.kind {
          var s: Scope? = current
          while let c = s, c.kind == .comprehension {
            if c.compIterTargets.contains(n) {
              throw SyntaxError("assignment expression cannot rebind comprehension iteration variable '\(n)'",
                                at: Int(e.range.start))
            }
            s = c.parent
          }
        }
        try visit(value)
        guard case .name(let n) = target.kind else { break }
        // In a comprehension, the walrus binds in the nearest enclosing non-comprehension scope.
        var scope: Scope = current
        while scope.kind == .comprehension, let p = scope.parent { scope = p }
        if scope !== current {
          if scope.kind == .classBody {
            throw SyntaxError("assignment expression within a comprehension cannot be used in a class body",
                              at: Int(e.range.start))
          }
          scope.bind(n)
          var s: Scope? = current
          while let c = s, c !== scope {
            if c.kind == .comprehension { c.declaredNonlocal.insert(n) }
            s = c.parent
          }
          if scope.kind == .module { markGlobalInComprehensions(n, from: current, to: scope) }
        } else {
          current.bind(n)
        }
      case .yield, .yieldFrom:
        if current.kind == .function || current.kind == .comprehension { current.isGenerator = true }
        stack.append(contentsOf: TreeWalk.children(of: e).reversed())
      case .await:
        if current.kind == .comprehension { current.isAsyncComprehension = true }
        stack.append(contentsOf: TreeWalk.children(of: e).reversed())
      default:
        stack.append(contentsOf: TreeWalk.children(of: e).reversed())
      }
    }
  }

  func markGlobalInComprehensions(_ n: String, from: Scope, to: Scope) {
    var s: Scope? = from
    while let c = s, c !== to {
      c.declaredNonlocal.remove(n)
      c.declaredGlobal.insert(n)
      s = c.parent
    }
  }

  mutating func visitComprehension(_ e: Expr, name: String, elements: [Expr], _ gens: [Comprehension],
                                   isGenerator: Bool) throws(SyntaxError) {
    // The first iterable is evaluated in the enclosing scope; the rest runs in the comprehension's own.
    guard let first = gens.first else { return }
    current.compIterExpr += 1
    try visit(first.iter)
    current.compIterExpr -= 1
    let saved = current
    let scope = push(.comprehension, name, at: e.range.start)
    scope.isGenerator = isGenerator
    scope.isAsyncComprehension = gens.contains(where: \.isAsync)
    scope.parameters = [".0"]
    scope.bind(".0")
    for (i, g) in gens.enumerated() {
      if i > 0 {
        scope.compIterExpr += 1
        try visit(g.iter)
        scope.compIterExpr -= 1
      }
      try bindComprehensionTarget(g.target)
      try bindTarget(g.target)
      for c in g.ifs { try visit(c) }
    }
    for el in elements { try visit(el) }
    pop(saved)
  }

  // MARK: Resolution of free variables

  /// Decides cells and frees bottom-up: a name used (not bound) in a function scope that an enclosing
  /// function scope binds becomes free here, free in every scope in between, and a cell there.
  func finish(_ root: Scope) throws(SyntaxError) {
    var order: [Scope] = []
    var stack = [root]
    while let s = stack.popLast() {
      order.append(s)
      stack.append(contentsOf: s.children)
    }
    for s in order where s.kind != .module {
      for n in s.declaredNonlocal.sorted() {
        guard let owner = enclosingBinder(of: n, from: s.parent, includeClass: false) else {
          if s.kind == .comprehension { continue }
          throw SyntaxError("no binding for nonlocal '\(n)' found", at: s.nonlocalOffsets[n] ?? 0)
        }
        link(n, from: s, to: owner)
      }
    }
    for s in order where s.kind == .function || s.kind == .comprehension || s.kind == .classBody {
      for n in s.used.sorted() where !s.bound.contains(n) && !s.declaredGlobal.contains(n) {
        if s.declaredNonlocal.contains(n) { continue }
        if let owner = enclosingBinder(of: n, from: s.parent, includeClass: false) {
          link(n, from: s, to: owner)
        }
      }
      // Names bound by nonlocal in comprehensions (walrus) are free in the comprehension.
      for n in s.declaredNonlocal.sorted() where s.kind == .comprehension {
        if let owner = enclosingBinder(of: n, from: s.parent, includeClass: false) { link(n, from: s, to: owner) }
      }
    }
  }

  /// The nearest enclosing function scope binding `n` (class bodies are skipped, as in Python).
  func enclosingBinder(of n: String, from start: Scope?, includeClass: Bool) -> Scope? {
    var s = start
    while let c = s {
      switch c.kind {
      case .module: return nil
      case .classBody: break
      case .function, .comprehension:
        if c.declaredGlobal.contains(n) { return nil }
        if c.bound.contains(n) && !c.declaredNonlocal.contains(n) { return c }
        if c.declaredNonlocal.contains(n) {
          // Keep walking: the binding is further out.
        }
      }
      s = c.parent
    }
    return nil
  }

  func link(_ n: String, from s: Scope, to owner: Scope) {
    owner.cells.insert(n)
    var c: Scope? = s
    while let cur = c, cur !== owner {
      if !cur.frees.contains(n) {
        cur.frees.insert(n)
        cur.freeOrder.append(n)
      }
      c = cur.parent
    }
  }
}
