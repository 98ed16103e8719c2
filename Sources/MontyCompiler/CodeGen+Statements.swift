// Statements: assignment, control flow, exceptions, with, definitions, imports.
import MontySyntax

extension FunctionBuilder {
  func statement(_ s: Stmt) throws(SyntaxError) {
    setLine(s.range.start)
    let mark = nextRegister
    defer { nextRegister = mark }
    switch s.kind {
    case .expr(let e):
      _ = try expression(e)
    case .assign(let targets, let value):
      if targets.count == 1, case .name(let n) = targets[0].kind, let r = localRegister(n) {
        try expression(value, into: r)
        return
      }
      let v = try expression(value)
      for t in targets { try store(t, from: v) }
    case .augAssign(let target, let op, let value):
      try augmentedAssign(target, op, value)
    case .annAssign(let target, let annotation, let value, let simple):
      if let value {
        let v = try expression(value)
        try store(target, from: v)
      }
      if simple, case .name(let n) = target.kind, code.kind == .module || code.kind == .classBody {
        // `__annotations__[n] = annotation` in the module or class namespace.
        let table = try temp()
        let key = try temp()
        let ann = try temp()
        try annotationValue(annotation, into: ann)
        emit(code.kind == .module ? .loadGlobal : .loadName, a: table, b: name("__annotations__"))
        emit(.loadConst, a: key, b: try constant(.string(n)))
        emit(.setItem, a: table, b: key, c: ann)
      }
      if value == nil {
        // `obj.attr: int` and `obj[key]: int` evaluate `obj` (and `key`) but neither read nor store.
        switch target.kind {
        case .attribute(let object, _): _ = try expression(object)
        case .subscript(let object, let index):
          _ = try expression(object)
          _ = try expression(index)
        default: break
        }
      }
      if !simple, !unit.postponedAnnotations, code.kind == .module || code.kind == .classBody {
        // The annotation of a complex target is evaluated last and dropped.
        _ = try expression(annotation)
      }
    case .return(let value):
      guard inFunction else { throw error("'return' outside function", s.range) }
      if code.isGenerator, value != nil, scope.isCoroutine {
        throw error("'return' with value in async generator", s.range)
      }
      let r: Int
      if let value {
        r = try expression(value)
      } else {
        r = try temp()
        emit(.loadNone, a: r)
      }
      // A returned local could be changed by a `finally`: copy it first when one intervenes.
      var result = r
      if blocks.contains(where: { if case .finally = $0 { return true }; if case .with = $0 { return true }; return false }) {
        result = try temp()
        emit(.move, a: result, b: r)
      }
      try unwindBlocks(upTo: 0)
      emit(.return, a: result)
    case .delete(let targets):
      for t in targets { try delete(t) }
    case .pass:
      break
    case .break:
      guard let loop = innermostLoop() else { throw error("'break' outside loop", s.range) }
      try unwindBlocks(upTo: loop + 1)
      let j = emitJump(.jump)
      if case .loop(let c, var breaks, let it) = blocks[loop] {
        breaks.append(j)
        blocks[loop] = .loop(continueTarget: c, breaks: breaks, iteratorRegister: it)
      }
    case .continue:
      guard let loop = innermostLoop() else { throw error("'continue' not properly in loop", s.range) }
      try unwindBlocks(upTo: loop + 1)
      if case .loop(let c, _, _) = blocks[loop] { emitJump(.jump, to: c) }
    case .raise(let exc, let cause):
      guard let exc else {
        emit(.raiseCurrent)
        return
      }
      let e = try expression(exc)
      var flags = 1
      var c = 0
      if let cause {
        c = try expression(cause)
        flags |= 2
      }
      emit(.raise, a: e, b: c, d: flags)
    case .global, .nonlocal:
      break
    case .assert(let test, let message):
      let t = try expression(test)
      let j = emitJump(.jumpIfTrue, a: t)
      if let message {
        let m = try expression(message)
        emit(.assertFail, b: m, d: 1)
      } else {
        emit(.assertFail)
      }
      patch(j, to: pc)
    case .import(let aliases):
      for a in aliases {
        let r = try temp()
        emit(.importName, a: r, b: name(a.name))
        if let asname = a.asname {
          // `import a.b as c` binds the submodule itself.
          var m = r
          for part in a.name.split(separator: ".").dropFirst() {
            let t = try temp()
            emit(.importFrom, a: t, b: m, c: name(String(part)))
            m = t
          }
          try storeName(asname, from: m)
        } else {
          let top = String(a.name.split(separator: ".").first ?? Substring(a.name))
          try storeName(top, from: r)
        }
      }
    case .importFrom(let module, let aliases, let level):
      if module == "__future__" && level == 0 {
        // Compile-time directives (checked in `checkFutureImports`); nothing happens at run time.
        if line > unit.futureLine {
          throw SyntaxError("from __future__ imports must occur at the beginning of the file", at: Int(s.range.start))
        }
        return
      }
      if level > 0 {
        throw SyntaxError("attempted relative import with no known parent package", at: Int(s.range.start))
      }
      let m = try temp()
      emit(.importName, a: m, b: name(module ?? ""), d: 1)
      for a in aliases {
        if a.name == "*" && scope.kind != .module {
          throw SyntaxError("import * only allowed at module level", at: Int(s.range.start))
        }
        if a.name == "*" {
          throw SyntaxError(.notImplemented, "'from … import *' is not supported", at: Int(s.range.start))
        }
        let t = try temp()
        emit(.importFrom, a: t, b: m, c: name(a.name))
        try storeName(a.asname ?? a.name, from: t)
      }
    case .if(let test, let body, let orelse):
      let t = try expression(test)
      let jf = emitJump(.jumpIfFalse, a: t)
      for b in body { try statement(b) }
      if orelse.isEmpty {
        patch(jf, to: pc)
      } else {
        let jend = emitJump(.jump)
        patch(jf, to: pc)
        for b in orelse { try statement(b) }
        patch(jend, to: pc)
      }
    case .while(let test, let body, let orelse):
      let top = pc
      let t = try expression(test)
      let exit = emitJump(.jumpIfFalse, a: t)
      try loopBody(top: top, exit: exit, iteratorRegister: nil, body, orelse, at: s.range)
    case .for(let target, let iter, let body, let orelse, let isAsync):
      if isAsync {
        // Only reachable inside an `async def`, whose body is compiled for its errors only.
        guard scope.isCoroutine else { throw error("'async for' outside async function", s.range) }
      }
      try forLoop(target, iter, body, orelse, at: s.range)
    case .with(let items, let body, let isAsync):
      if isAsync {
        guard scope.isCoroutine else { throw error("'async with' outside async function", s.range) }
      }
      try withStatement(items, body, s.range)
    case .try(let body, let handlers, let orelse, let finalbody, let isStar):
      if isStar { return try notImplemented("'except*'", s.range) }
      try tryStatement(body, handlers, orelse, finalbody, s.range)
    case .functionDef(let f):
      if f.isAsync {
        try checkAsyncFunctionBody(f, s.range)
        return try notImplemented("'async def'", s.range)
      }
      var decorators: [Int] = []
      for d in f.decorators { decorators.append(try expression(d)) }
      let fn = try function(f.name, f.parameters, body: .statements(f.body), at: s.range, kind: .function,
                            returns: f.returns)
      try storeName(f.name, from: try applyDecorators(decorators, to: fn))
    case .classDef(let c):
      try classDefinition(c, s.range)
    case .match(let subject, let cases):
      try matchStatement(subject, cases, s.range)
    }
  }

  /// `async def` does not run yet, but its body is compiled (and the code dropped) so that CPython's
  /// compile-time errors inside it are still reported.
  func checkAsyncFunctionBody(_ f: FunctionDef, _ range: SourceRange) throws(SyntaxError) {
    guard let childScope = unit.scopes[range.start] else { return }
    let child = FunctionBuilder(unit: unit, scope: childScope, name: f.name, qualifiedName: qualifiedName(for: f.name),
                                kind: .function, firstLine: Int(unit.line(range.start)))
    for s in f.body { try child.statement(s) }
  }

  func notImplemented(_ what: String, _ range: SourceRange) throws(SyntaxError) {
    let k = try constant(.string(what))
    emit(.notImplemented, b: k)
  }

  func innermostLoop() -> Int? {
    for i in stride(from: blocks.count - 1, through: 0, by: -1) {
      if case .loop = blocks[i] { return i }
    }
    return nil
  }

  /// Emits the exit actions of every block from the innermost down to `level` (finally bodies,
  /// handler exits, `__exit__` calls) before a jump or return leaves them.
  func unwindBlocks(upTo level: Int) throws(SyntaxError) {
    let saved = blocks
    defer { blocks = saved }
    var i = blocks.count - 1
    while i >= level {
      switch blocks[i] {
      case .loop(_, _, _):
        break
      case .handler(let n):
        emit(.exitHandler)
        if let n { try deleteName(n, quiet: true) }
      case .finally(let body, let tryIndex):
        closeRegion(tryIndex)
        blocks = Array(saved[0..<i])
        for b in body { try statement(b) }
        blocks = saved
        reopenRegion(tryIndex)
      case .with(let exitRegister, let tryIndex):
        closeRegion(tryIndex)
        let t = try temp()
        let none = try temp()
        emit(.loadNone, a: none)
        emit(.withExit, a: t, b: exitRegister, c: none)
        reopenRegion(tryIndex)
      }
      i -= 1
    }
  }

  // MARK: Protected regions

  func openRegion() -> Int {
    let depth = blocks.filter { if case .handler = $0 { return true }; return false }.count
    regions.append(TryRegion(ranges: [], openStart: pc, handlerDepth: depth))
    return regions.count - 1
  }

  func closeRegion(_ i: Int) {
    if let s = regions[i].openStart {
      regions[i].ranges.append((s, pc))
      regions[i].openStart = nil
    }
  }

  /// Reopens a region after copied exit code; the copy ends with a jump, so protection resumes after it.
  func reopenRegion(_ i: Int) { regions[i].openStart = pc + 1 }

  func finishRegion(_ i: Int, handler: Int, register: Int) {
    closeRegion(i)
    regions[i].handler = handler
    regions[i].register = register
    finishedRegions.append(i)
  }

  // MARK: Loops

  func forLoop(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt],
               at range: SourceRange) throws(SyntaxError) {
    // `for x in range(...)` with a plain local target gets the specialized counter loop.
    if case .call(let f, let args, let kws) = iter.kind, case .name("range") = f.kind, kws.isEmpty,
      (1...3).contains(args.count), !args.contains(where: { if case .starred = $0.kind { return true }; return false }),
      scope.resolve("range") == .global || scope.resolve("range") == .name,
      !scopeBinds("range")
    {
      return try rangeLoop(target, args, body, orelse, rangeCall: iter, at: range)
    }
    let it = try temp()
    let value = try temp()
    let src = try expression(iter)
    emit(.getIter, a: it, b: src)
    let top = pc
    let exit = emitJump(.forIter, a: it)
    try store(target, from: value)
    try loopBody(top: top, exit: exit, iteratorRegister: it, body, orelse, at: range)
  }

  /// The shared tail of every loop: body (with break/continue targets), back jump, exit, `else`.
  func loopBody(top: Int, exit: Int, iteratorRegister: Int?, _ body: [Stmt], _ orelse: [Stmt],
                at range: SourceRange) throws(SyntaxError) {
    blocks.append(.loop(continueTarget: top, breaks: [], iteratorRegister: iteratorRegister))
    try nested(at: range) { () throws(SyntaxError) in for b in body { try statement(b) } }
    emitJump(.jump, to: top)
    guard case .loop(_, let breaks, _) = blocks.removeLast() else { return }
    patch(exit, to: pc)
    for b in orelse { try statement(b) }
    for j in breaks { patch(j, to: pc) }
  }

  func scopeBinds(_ n: String) -> Bool {
    var s: Scope? = scope
    while let c = s {
      if c.bound.contains(n) { return true }
      s = c.parent
    }
    return false
  }

  /// `for i in range(a, b, c)`: R[base] counter, R[base+1] stop, R[base+2] step, R[base+3] value.
  /// The VM checks that the three values are ints (else falls back to a generic range iterator).
  func rangeLoop(_ target: Expr, _ args: [Expr], _ body: [Stmt], _ orelse: [Stmt], rangeCall: Expr,
                 at range: SourceRange) throws(SyntaxError) {
    let base = try temps(4)
    if args.count == 1 {
      emit(.loadInt, a: base, b: 0)
      try expression(args[0], into: base + 1)
      emit(.loadInt, a: base + 2, b: 1)
    } else {
      try expression(args[0], into: base)
      try expression(args[1], into: base + 1)
      if args.count == 3 { try expression(args[2], into: base + 2) } else { emit(.loadInt, a: base + 2, b: 1) }
    }
    setLine(rangeCall.range.start)
    let top = pc
    let exit = emitJump(.forRange, a: base)
    try store(target, from: base + 3)
    try loopBody(top: top, exit: exit, iteratorRegister: nil, body, orelse, at: range)
  }

  // MARK: try / with

  func tryStatement(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt],
                    _ range: SourceRange) throws(SyntaxError) {
    if !finalbody.isEmpty {
      // try: <inner> finally: F   →   protected <inner>; F; jump end; handler: F; reraise
      let excReg = try temp()
      let region = openRegion()
      blocks.append(.finally(body: finalbody, tryIndex: region))
      try nested(at: range) { () throws(SyntaxError) in
        if handlers.isEmpty {
          for b in body { try statement(b) }
        } else {
          try tryExcept(body, handlers, orelse, range)
        }
      }
      blocks.removeLast()
      closeRegion(region)
      for b in finalbody { try statement(b) }
      let jend = emitJump(.jump)
      let handlerPC = pc
      finishRegion(region, handler: handlerPC, register: excReg)
      // The finally body runs with the exception as the one being handled (for context chaining).
      emit(.enterHandler, a: excReg)
      blocks.append(.handler(nameToClear: nil))
      try nested(at: range) { () throws(SyntaxError) in for b in finalbody { try statement(b) } }
      blocks.removeLast()
      emit(.exitHandler)
      emit(.reraise, a: excReg)
      patch(jend, to: pc)
      return
    }
    try tryExcept(body, handlers, orelse, range)
  }

  func tryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                 _ range: SourceRange) throws(SyntaxError) {
    let excReg = try temp()
    let region = openRegion()
    try nested(at: range) { () throws(SyntaxError) in for b in body { try statement(b) } }
    closeRegion(region)
    for b in orelse { try statement(b) }
    var ends = [emitJump(.jump)]
    let handlerPC = pc
    finishRegion(region, handler: handlerPC, register: excReg)
    emit(.enterHandler, a: excReg)
    // Exceptions raised inside an except clause propagate with this one as their context; the
    // handler is left on every way out (exitHandler), including re-raising an unmatched exception.
    let inner = openRegion()
    regions[inner].handlerDepth += 1  // the handled exception was pushed by enterHandler above
    for (i, h) in handlers.enumerated() {
      if h.type == nil && i != handlers.count - 1 {
        throw SyntaxError("default 'except:' must be last", at: Int(h.range.start))
      }
      setLine(h.range.start)
      var next: Int?
      let mark = nextRegister
      if let t = h.type {
        let cls = try expression(t)
        let m = try temp()
        emit(.matchException, a: m, b: excReg, c: cls)
        next = emitJump(.jumpIfFalse, a: m)
      }
      nextRegister = mark
      if let n = h.name { try storeName(n, from: excReg) }
      blocks.append(.handler(nameToClear: h.name))
      try nested(2, at: h.range) { () throws(SyntaxError) in for b in h.body { try statement(b) } }
      blocks.removeLast()
      emit(.exitHandler)
      if let n = h.name { try deleteName(n, quiet: true) }
      ends.append(emitJump(.jump))
      if let next { patch(next, to: pc) }
    }
    closeRegion(inner)
    emit(.exitHandler)
    emit(.reraise, a: excReg)
    // An exception escaping a handler body: leave the handler, then propagate.
    let innerReg = try temp()
    let innerHandler = pc
    finishRegion(inner, handler: innerHandler, register: innerReg)
    emit(.exitHandler)
    emit(.reraise, a: innerReg)
    for j in ends { patch(j, to: pc) }
  }

  func withStatement(_ items: [WithItem], _ body: [Stmt], _ range: SourceRange) throws(SyntaxError) {
    guard let item = items.first else {
      for b in body { try statement(b) }
      return
    }
    let rest = Array(items.dropFirst())
    let manager = try expression(item.contextExpr)
    let exitReg = try temps(2)  // exitReg: bound __exit__, exitReg+1: value of __enter__()
    emit(.withEnter, a: exitReg, b: manager)
    let excReg = try temp()
    let region = openRegion()
    blocks.append(.with(exitRegister: exitReg, tryIndex: region))
    if let v = item.optionalVars { try store(v, from: exitReg + 1) }
    try nested(at: range) { () throws(SyntaxError) in
      if rest.isEmpty {
        for b in body { try statement(b) }
      } else {
        try withStatement(rest, body, range)
      }
    }
    blocks.removeLast()
    closeRegion(region)
    let none = try temp()
    emit(.loadNone, a: none)
    let ignored = try temp()
    emit(.withExit, a: ignored, b: exitReg, c: none)
    let jend = emitJump(.jump)
    let handlerPC = pc
    finishRegion(region, handler: handlerPC, register: excReg)
    emit(.enterHandler, a: excReg)
    let suppressed = try temp()
    emit(.withExit, a: suppressed, b: exitReg, c: excReg)
    let jsup = emitJump(.jumpIfTrue, a: suppressed)
    emit(.exitHandler)
    emit(.reraise, a: excReg)
    patch(jsup, to: pc)
    emit(.exitHandler)
    patch(jend, to: pc)
  }

  // MARK: Definitions

  enum FunctionBody {
    case statements([Stmt])
    case expression(Expr)
  }

  /// Compiles a nested function and emits `makeFunction`; returns the register holding it.
  func function(_ fname: String, _ params: Parameters, body: FunctionBody, at range: SourceRange,
                kind: CodeObject.Kind, returns: Expr? = nil) throws(SyntaxError) -> Int {
    guard let childScope = unit.scopes[range.start] else {
      throw SyntaxError("internal error: no scope for function", at: Int(range.start))
    }
    // Defaults are evaluated now, in the defining scope.
    let base = try temps(3)
    if params.defaults.isEmpty {
      emit(.loadNone, a: base)
    } else {
      let start = try temps(params.defaults.count)
      for (i, d) in params.defaults.enumerated() { try expression(d, into: start + i) }
      emit(.buildTuple, a: base, b: start, c: params.defaults.count)
    }
    let kwDefaults = params.kwonly.indices.compactMap { i in params.kwDefaults[i].map { (params.kwonly[i].name, $0) } }
    if kwDefaults.isEmpty {
      emit(.loadNone, a: base + 1)
    } else {
      let start = try temps(kwDefaults.count * 2)
      for (i, (n, d)) in kwDefaults.enumerated() {
        emit(.loadConst, a: start + 2 * i, b: try constant(.string(n)))
        try expression(d, into: start + 2 * i + 1)
      }
      emit(.buildDict, a: base + 1, b: start, c: kwDefaults.count)
    }
    let annotations = try annotationDict(params, returns: returns)
    let child = FunctionBuilder(unit: unit, scope: childScope, name: fname,
                                qualifiedName: qualifiedName(for: fname), kind: kind, firstLine: Int(unit.line(range.start)))
    child.code.positionalOnlyCount = params.posonly.count
    child.code.positionalCount = params.posonly.count + params.args.count
    child.code.keywordOnlyCount = params.kwonly.count
    child.code.hasVarargs = params.vararg != nil
    child.code.hasVarkw = params.kwarg != nil
    // Cell parameters are wrapped into cells once arguments are bound.
    for r in child.code.cellParameters { child.emit(.makeCell, a: r) }
    for r in child.code.cellRegisters { child.emit(.makeCell, a: r, d: 1) }
    switch body {
    case .statements(let stmts):
      if case .expr(let e)? = stmts.first?.kind, case .constant(.string(let doc, _)) = e.kind { child.code.docstring = doc }
      for s in stmts { try child.statement(s) }
      let t = try child.temp()
      child.emit(.loadNone, a: t)
      child.emit(.return, a: t)
    case .expression(let e):
      child.setLine(e.range.start)
      let r = try child.expression(e)
      child.emit(.return, a: r)
    }
    let codeObject = child.finish()
    try closureTuple(for: childScope, into: base + 2)
    let k = try constant(.code(codeObject))
    let out = try temp()
    emit(.makeFunction, a: out, b: k, c: base)
    if let annotations { emit(.storeAttr, a: out, b: annotations, c: name("__annotations__")) }
    return out
  }

  /// The annotations of a `def` built as a dict (in the defining scope, after the defaults, as CPython
  /// does), or nil when it has none. Order: positional parameters, `*args`, keyword-only, `**kwargs`, 'return'.
  func annotationDict(_ params: Parameters, returns: Expr?) throws(SyntaxError) -> Int? {
    var entries: [(name: String, annotation: Expr)] = []
    let all = params.posonly + params.args + [params.vararg].compactMap { $0 } + params.kwonly
      + [params.kwarg].compactMap { $0 }
    for p in all { if let a = p.annotation { entries.append((p.name, a)) } }
    if let returns { entries.append(("return", returns)) }
    if entries.isEmpty { return nil }
    let out = try temp()
    let start = try temps(entries.count * 2)
    for (i, e) in entries.enumerated() {
      emit(.loadConst, a: start + 2 * i, b: try constant(.string(e.name)))
      try annotationValue(e.annotation, into: start + 2 * i + 1)
    }
    emit(.buildDict, a: out, b: start, c: entries.count)
    return out
  }

  /// An annotation's value: evaluated, or under `from __future__ import annotations` its source text
  /// (a string literal as its repr, as CPython's unparser writes it).
  func annotationValue(_ annotation: Expr, into r: Int) throws(SyntaxError) {
    guard unit.postponedAnnotations else { return try expression(annotation, into: r) }
    if case .constant(.string(let text, _)) = annotation.kind {
      emit(.loadConst, a: r, b: try constant(.string(PyRepr.string(text))))
      return
    }
    let bytes = unit.source.bytes
    let start = min(Int(annotation.range.start), bytes.count)
    let end = max(start, min(Int(annotation.range.end), bytes.count))
    emit(.loadConst, a: r, b: try constant(.string(String(decoding: bytes[start..<end], as: UTF8.self))))
  }

  /// Builds the tuple of cells the child closes over (from this function's cell/free registers).
  func closureTuple(for child: Scope, into r: Int) throws(SyntaxError) {
    if child.freeOrder.isEmpty {
      emit(.loadNone, a: r)
      return
    }
    let start = try temps(child.freeOrder.count)
    for (i, n) in child.freeOrder.enumerated() {
      guard let src = registers[n] else {
        throw SyntaxError("internal error: free variable '\(n)' has no cell", at: 0)
      }
      emit(.move, a: start + i, b: src)
    }
    emit(.buildTuple, a: r, b: start, c: child.freeOrder.count)
  }

  func qualifiedName(for child: String) -> String {
    switch code.kind {
    case .module: return child
    case .classBody: return code.qualifiedName + "." + child
    default: return code.qualifiedName + ".<locals>." + child
    }
  }

  func classDefinition(_ c: ClassDef, _ range: SourceRange) throws(SyntaxError) {
    guard let childScope = unit.scopes[range.start] else {
      throw SyntaxError("internal error: no scope for class", at: Int(range.start))
    }
    var decorators: [Int] = []
    for d in c.decorators { decorators.append(try expression(d)) }
    let child = FunctionBuilder(unit: unit, scope: childScope, name: c.name, qualifiedName: qualifiedName(for: c.name),
                                kind: .classBody, firstLine: Int(unit.line(range.start)))
    if Compiler.containsAnnotatedName(c.body) { child.emit(.setupAnnotations) }
    for s in c.body { try child.statement(s) }
    let t = try child.temp()
    child.emit(.loadNone, a: t)
    child.emit(.return, a: t)
    let bodyCode = child.finish()
    // R[base] body function, R[base+1…] bases; keywords as a dict in the extra word's register.
    let fnBase = try temps(3)
    emit(.loadNone, a: fnBase)
    emit(.loadNone, a: fnBase + 1)
    try closureTuple(for: childScope, into: fnBase + 2)
    let body = try temp()
    emit(.makeFunction, a: body, b: try constant(.code(bodyCode)), c: fnBase)
    let base = try temps(c.bases.count + 1)
    emit(.move, a: base, b: body)
    for (i, b) in c.bases.enumerated() {
      if case .starred = b.kind { return try notImplemented("starred base classes", range) }
      try expression(b, into: base + 1 + i)
    }
    var kw = 0
    if !c.keywords.isEmpty {
      kw = try temp()
      let start = try temps(c.keywords.count * 2)
      for (i, k) in c.keywords.enumerated() {
        guard let n = k.name else { return try notImplemented("'**' in class keywords", range) }
        emit(.loadConst, a: start + 2 * i, b: try constant(.string(n)))
        try expression(k.value, into: start + 2 * i + 1)
      }
      emit(.buildDict, a: kw, b: start, c: c.keywords.count)
    }
    let out = try temp()
    emit(.makeClass, a: out, b: base, c: c.bases.count)
    emit(.extra, a: kw, b: c.keywords.isEmpty ? 0 : 1, c: try constant(.string(c.name)))
    try storeName(c.name, from: try applyDecorators(decorators, to: out))
  }

  /// Calls the (already evaluated) decorators innermost first; returns the register of the result.
  func applyDecorators(_ decorators: [Int], to value: Int) throws(SyntaxError) -> Int {
    var v = value
    for d in decorators.reversed() {
      let base = try temps(2)
      emit(.move, a: base, b: d)
      emit(.move, a: base + 1, b: v)
      emit(.call, a: base, b: base, c: 1)
      v = base
    }
    return v
  }
}
