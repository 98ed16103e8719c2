// Expressions and assignment targets. `expression(e)` returns a register holding the value (a local's
// own register when the expression is just that local); `expression(e, into:)` puts it in a given one.
import MontySyntax

extension FunctionBuilder {
  /// The register of a plain local (not a cell or free variable), if `n` is one here.
  func localRegister(_ n: String) -> Int? {
    guard inFunction, scope.resolve(n) == .local else { return nil }
    return registers[n]
  }

  @discardableResult
  func expression(_ e: Expr) throws(SyntaxError) -> Int {
    // A parameter is always bound, so its register is used directly; other locals are read through
    // `loadLocalChecked` (UnboundLocalError before assignment). Flow analysis could spare that copy.
    if case .name(let n) = e.kind, let r = localRegister(n), scope.parameters.contains(n) {
      return r
    }
    let r = try temp()
    try expression(e, into: r)
    return r
  }

  func expression(_ e: Expr, into r: Int) throws(SyntaxError) {
    switch e.kind {
    case .name(let n):
      try loadName(n, into: r)
    case .constant(let c):
      switch c {
      case .none: emit(.loadNone, a: r)
      case .bool(let b): emit(.loadBool, a: r, b: b ? 1 : 0)
      case .int(let v) where v >= -32768 && v <= 32767:
        let bits = UInt32(bitPattern: Int32(v))
        emit(.loadInt, a: r, b: Int(bits & 0xFFFF), c: Int(bits >> 16))
      default: emit(.loadConst, a: r, b: try constant(codeConstant(c)))
      }
    case .joinedStr(let parts):
      try fstring(parts, into: r)
    case .formattedValue:
      try fstring([e], into: r)
    case .boolOp(let op, let values):
      // Result in a fresh register, so that `x = a and x` reads the old x.
      let t = try temp()
      var ends: [Int] = []
      for (i, v) in values.enumerated() {
        try expression(v, into: t)
        if i < values.count - 1 { ends.append(emitJump(op == .and ? .jumpIfFalse : .jumpIfTrue, a: t)) }
      }
      for j in ends { patch(j, to: pc) }
      emit(.move, a: r, b: t)
    case .namedExpr(let target, let value):
      let t = try temp()
      try expression(value, into: t)
      try store(target, from: t)
      emit(.move, a: r, b: t)
    case .binOp:
      try binaryChain(e, into: r)
    case .unaryOp(let op, let operand):
      setLine(e.range.start)
      let v = try expression(operand)
      switch op {
      case .uSub: emit(.neg, a: r, b: v)
      case .uAdd: emit(.pos, a: r, b: v)
      case .invert: emit(.invert, a: r, b: v)
      case .not: emit(.not, a: r, b: v)
      }
    case .lambda(let params, let body):
      let f = try function("<lambda>", params, body: .expression(body), at: e.range, kind: .lambda)
      emit(.move, a: r, b: f)
    case .ifExp(let test, let body, let orelse):
      let t = try temp()
      let c = try expression(test)
      let jf = emitJump(.jumpIfFalse, a: c)
      try expression(body, into: t)
      let jend = emitJump(.jump)
      patch(jf, to: pc)
      try expression(orelse, into: t)
      patch(jend, to: pc)
      emit(.move, a: r, b: t)
    case .dict(let keys, let values):
      try dictDisplay(keys, values, into: r)
    case .set(let items):
      try sequenceDisplay(items, kind: .buildSet, into: r)
    case .list(let items):
      try sequenceDisplay(items, kind: .buildList, into: r)
    case .tuple(let items):
      try sequenceDisplay(items, kind: .buildTuple, into: r)
    case .listComp, .setComp, .dictComp, .generatorExp:
      try comprehension(e, into: r)
    case .await:
      // CPython's checks; an `await` that passes them is inside an `async def`, which does not run yet.
      if scope.kind == .module || scope.kind == .classBody { throw error("'await' outside function", e.range) }
      if scope.kind == .function && !scope.isCoroutine { throw error("'await' outside async function", e.range) }
      try notImplemented("'await'", e.range)
      emit(.loadNone, a: r)
    case .yield(let v):
      guard inFunction else { throw error("'yield' outside function", e.range) }
      if scope.kind == .comprehension {
        throw error("'yield' inside \(code.name == "<genexpr>" ? "generator expression" : code.name == "<listcomp>" ? "list comprehension" : code.name == "<setcomp>" ? "set comprehension" : "dict comprehension")", e.range)
      }
      let value: Int
      if let v { value = try expression(v) } else {
        value = try temp()
        emit(.loadNone, a: value)
      }
      setLine(e.range.start)
      emit(.yield, a: r, b: value)
    case .yieldFrom(let v):
      guard inFunction else { throw error("'yield' outside function", e.range) }
      let src = try expression(v)
      let it = try temp()
      emit(.getIter, a: it, b: src)
      setLine(e.range.start)
      // R[it] is the delegate; the instruction re-executes until it is exhausted. R[r] holds the value
      // sent in, None for the first pull.
      emit(.loadNone, a: r)
      emit(.yieldFrom, a: r, b: it)
    case .compare(let left, let ops, let rights):
      try comparison(left, ops, rights, into: r)
    case .call(let function, let args, let keywords):
      try call(function, args, keywords, at: e.range, into: r)
    case .attribute(let value, let attr):
      let v = try expression(value)
      setLine(e.range.start)
      emit(.loadAttr, a: r, b: v, c: name(attr))
    case .subscript(let value, let index):
      let v = try expression(value)
      let i = try expression(index)
      setLine(e.range.start)
      emit(.getItem, a: r, b: v, c: i)
    case .starred:
      throw error("can't use starred expression here", e.range)
    case .slice(let lower, let upper, let step):
      let base = try temps(3)
      for (k, part) in [lower, upper, step].enumerated() {
        if let part { try expression(part, into: base + k) } else { emit(.loadNone, a: base + k) }
      }
      emit(.buildSlice, a: r, b: base)
    }
  }

  func codeConstant(_ c: Constant) -> CodeConstant {
    switch c {
    case .none: return .none
    case .bool(let b): return .bool(b)
    case .int(let v): return .int(v)
    case .bigInt(let s, let radix): return .bigInt(s, radix: radix)
    case .float(let d): return .float(d)
    case .imaginary(let d): return .imaginary(d)
    case .string(let s, _): return .string(s)
    case .bytes(let b): return .bytes(b)
    case .ellipsis: return .ellipsis
    }
  }

  // MARK: Names

  func loadName(_ n: String, into r: Int) throws(SyntaxError) {
    switch scope.resolve(n) {
    case .local:
      guard let reg = registers[n] else {
        emit(.loadGlobal, a: r, b: name(n))
        return
      }
      if scope.parameters.contains(n) {
        if reg != r { emit(.move, a: r, b: reg) }
      } else {
        emit(.loadLocalChecked, a: r, b: reg, c: name(n))
      }
    case .cell, .free:
      guard let reg = registers[n] else {
        emit(.loadGlobal, a: r, b: name(n))
        return
      }
      emit(.loadDeref, a: r, b: reg, c: name(n), d: scope.resolve(n) == .free ? 1 : 0)
    case .global:
      emit(.loadGlobal, a: r, b: name(n))
    case .name:
      emit(scope.kind == .module ? .loadGlobal : .loadName, a: r, b: name(n))
    }
  }

  func storeName(_ n: String, from r: Int) throws(SyntaxError) {
    switch scope.resolve(n) {
    case .local:
      if let reg = registers[n], reg != r { emit(.move, a: reg, b: r) }
    case .cell, .free:
      if let reg = registers[n] { emit(.storeDeref, a: r, b: reg) }
    case .global:
      emit(.storeGlobal, a: r, b: name(n))
    case .name:
      emit(scope.kind == .module ? .storeGlobal : .storeName, a: r, b: name(n))
    }
  }

  func deleteName(_ n: String, quiet: Bool = false) throws(SyntaxError) {
    switch scope.resolve(n) {
    case .local:
      guard let reg = registers[n] else { return }
      if !quiet {
        let t = try temp()
        emit(.loadLocalChecked, a: t, b: reg, c: name(n))
      }
      emit(.clear, a: reg)
    case .cell, .free:
      if let reg = registers[n] { emit(.deleteDeref, a: reg, b: reg, c: name(n), d: quiet ? 1 : 0) }
    case .global:
      emit(.deleteGlobal, b: name(n), d: quiet ? 1 : 0)
    case .name:
      emit(scope.kind == .module ? .deleteGlobal : .deleteName, b: name(n), d: quiet ? 1 : 0)
    }
  }

  // MARK: Assignment targets

  func store(_ target: Expr, from r: Int) throws(SyntaxError) {
    switch target.kind {
    case .name(let n):
      try storeName(n, from: r)
    case .attribute(let value, let attr):
      let v = try expression(value)
      setLine(target.range.start)
      emit(.storeAttr, a: v, b: r, c: name(attr))
    case .subscript(let value, let index):
      let v = try expression(value)
      let i = try expression(index)
      setLine(target.range.start)
      emit(.setItem, a: v, b: i, c: r)
    case .tuple(let items), .list(let items):
      let starIndex = items.firstIndex { if case .starred = $0.kind { return true }; return false }
      if let s = starIndex, items[(s + 1)...].contains(where: { if case .starred = $0.kind { return true }; return false }) {
        throw error("multiple starred expressions in assignment", target.range)
      }
      let base = try temps(items.count)
      setLine(target.range.start)
      if let s = starIndex {
        emit(.unpackStarred, a: r, b: base, c: items.count, d: s)
      } else {
        emit(.unpackSequence, a: r, b: base, c: items.count)
      }
      for (i, item) in items.enumerated() {
        if case .starred(let inner) = item.kind {
          try store(inner, from: base + i)
        } else {
          try store(item, from: base + i)
        }
      }
    case .starred:
      throw error("starred assignment target must be in a list or tuple", target.range)
    default:
      throw error("cannot assign to expression", target.range)
    }
  }

  func delete(_ target: Expr) throws(SyntaxError) {
    switch target.kind {
    case .name(let n):
      try deleteName(n)
    case .attribute(let value, let attr):
      let v = try expression(value)
      setLine(target.range.start)
      emit(.deleteAttr, a: v, c: name(attr))
    case .subscript(let value, let index):
      let v = try expression(value)
      let i = try expression(index)
      setLine(target.range.start)
      emit(.deleteItem, a: v, b: i)
    case .tuple(let items), .list(let items):
      for i in items { try delete(i) }
    default:
      throw error("cannot delete expression", target.range)
    }
  }

  func augmentedAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws(SyntaxError) {
    let opcode = binaryOpcode(op)
    switch target.kind {
    case .name(let n):
      if let reg = localRegister(n) {
        let current = try temp()
        try loadName(n, into: current)
        let v = try expression(value)
        setLine(target.range.start)
        emit(opcode, a: reg, b: current, c: v, d: 1)
        return
      }
      let current = try temp()
      try loadName(n, into: current)
      let v = try expression(value)
      setLine(target.range.start)
      emit(opcode, a: current, b: current, c: v, d: 1)
      try storeName(n, from: current)
    case .attribute(let obj, let attr):
      let o = try expression(obj)
      let current = try temp()
      setLine(target.range.start)
      emit(.loadAttr, a: current, b: o, c: name(attr))
      let v = try expression(value)
      setLine(target.range.start)
      emit(opcode, a: current, b: current, c: v, d: 1)
      emit(.storeAttr, a: o, b: current, c: name(attr))
    case .subscript(let obj, let index):
      let o = try expression(obj)
      let i = try expression(index)
      let current = try temp()
      setLine(target.range.start)
      emit(.getItem, a: current, b: o, c: i)
      let v = try expression(value)
      setLine(target.range.start)
      emit(opcode, a: current, b: current, c: v, d: 1)
      emit(.setItem, a: o, b: i, c: current)
    default:
      throw error("illegal expression for augmented assignment", target.range)
    }
  }

  func binaryOpcode(_ op: BinaryOp) -> Opcode {
    switch op {
    case .add: return .add
    case .sub: return .sub
    case .mult: return .mul
    case .matMult: return .matMul
    case .div: return .trueDiv
    case .mod: return .mod
    case .pow: return .pow
    case .lShift: return .lshift
    case .rShift: return .rshift
    case .bitOr: return .bitOr
    case .bitXor: return .bitXor
    case .bitAnd: return .bitAnd
    case .floorDiv: return .floorDiv
    }
  }

  /// `a + b - c …`: the left spine is walked with a loop (it may be a million nodes deep).
  func binaryChain(_ e: Expr, into r: Int) throws(SyntaxError) {
    var spine: [Expr] = []
    var cur = e
    while case .binOp(let l, _, _) = cur.kind {
      spine.append(cur)
      cur = l
    }
    let acc = try temp()
    try expression(cur, into: acc)
    for node in spine.reversed() {
      guard case .binOp(_, let op, let right) = node.kind else { continue }
      let mark = nextRegister
      let rv = try expression(right)
      setLine(node.range.start)
      emit(binaryOpcode(op), a: acc, b: acc, c: rv)
      nextRegister = mark
    }
    if acc != r { emit(.move, a: r, b: acc) }
  }

  func comparison(_ left: Expr, _ ops: [CompareOp], _ rights: [Expr], into r: Int) throws(SyntaxError) {
    let t = try temp()
    var lhs = try expression(left)
    var ends: [Int] = []
    for (i, (op, right)) in zip(ops, rights).enumerated() {
      let rhs = try expression(right)
      setLine(left.range.start)
      let opcode: Opcode
      switch op {
      case .eq: opcode = .eq
      case .notEq: opcode = .ne
      case .lt: opcode = .lt
      case .ltE: opcode = .le
      case .gt: opcode = .gt
      case .gtE: opcode = .ge
      case .is: opcode = .is
      case .isNot: opcode = .isNot
      case .in: opcode = .in
      case .notIn: opcode = .notIn
      }
      emit(opcode, a: t, b: lhs, c: rhs)
      if i < ops.count - 1 {
        ends.append(emitJump(.jumpIfFalse, a: t))
        // Keep the middle operand: it is the next comparison's left side.
        let keep = try temp()
        emit(.move, a: keep, b: rhs)
        lhs = keep
      }
    }
    for j in ends { patch(j, to: pc) }
    emit(.move, a: r, b: t)
  }

  // MARK: Displays

  func hasStar(_ items: [Expr]) -> Bool {
    items.contains { if case .starred = $0.kind { return true }; return false }
  }

  func sequenceDisplay(_ items: [Expr], kind: Opcode, into r: Int) throws(SyntaxError) {
    if !hasStar(items) {
      let base = try temps(items.count)
      for (i, item) in items.enumerated() { try expression(item, into: base + i) }
      emit(kind, a: r, b: base, c: items.count)
      return
    }
    // With `*x`: build a list (or set) incrementally, then convert.
    let acc = try temp()
    emit(kind == .buildSet ? .buildSet : .buildList, a: acc, b: acc, c: 0)
    for item in items {
      let mark = nextRegister
      if case .starred(let inner) = item.kind {
        let v = try expression(inner)
        emit(kind == .buildSet ? .setUpdate : .listExtend, a: acc, b: v)
      } else {
        let v = try expression(item)
        emit(kind == .buildSet ? .setAdd : .listAppend, a: acc, b: v)
      }
      nextRegister = mark
    }
    if kind == .buildTuple { emit(.listToTuple, a: r, b: acc) } else { emit(.move, a: r, b: acc) }
  }

  func dictDisplay(_ keys: [Expr?], _ values: [Expr], into r: Int) throws(SyntaxError) {
    if !keys.contains(where: { $0 == nil }) {
      let base = try temps(keys.count * 2)
      for (i, (k, v)) in zip(keys, values).enumerated() {
        if let k { try expression(k, into: base + 2 * i) }
        try expression(v, into: base + 2 * i + 1)
      }
      emit(.buildDict, a: r, b: base, c: keys.count)
      return
    }
    let acc = try temp()
    emit(.buildDict, a: acc, b: acc, c: 0)
    for (k, v) in zip(keys, values) {
      let mark = nextRegister
      if let k {
        let kr = try expression(k)
        let vr = try expression(v)
        emit(.dictSet, a: acc, b: kr, c: vr)
      } else {
        let m = try expression(v)
        emit(.dictUpdate, a: acc, b: m)
      }
      nextRegister = mark
    }
    emit(.move, a: r, b: acc)
  }

  // MARK: f-strings

  func fstring(_ parts: [Expr], into r: Int) throws(SyntaxError) {
    let base = try temps(max(parts.count, 1))
    for (i, p) in parts.enumerated() {
      switch p.kind {
      case .formattedValue(let value, let conversion, let spec):
        let v = try expression(value)
        var specReg = 0
        var flags = 0
        if let spec {
          specReg = try expression(spec)
          flags = 1
        }
        let conv: Int
        switch conversion {
        case 0x73: conv = 1  // s
        case 0x72: conv = 2  // r
        case 0x61: conv = 3  // a
        default: conv = 0
        }
        emit(.formatValue, a: base + i, b: v, c: specReg, d: conv | flags << 2)
      default:
        try expression(p, into: base + i)
      }
    }
    if parts.count == 1, case .constant = parts[0].kind {
      emit(.move, a: r, b: base)
    } else {
      emit(.buildString, a: r, b: base, c: parts.count)
    }
  }

  // MARK: Calls

  func call(_ function: Expr, _ args: [Expr], _ keywords: [Keyword], at range: SourceRange, into r: Int) throws(SyntaxError) {
    let hasStarArgs = hasStar(args) || keywords.contains { $0.name == nil }
    // `obj.method(args)`: fetch the method and its receiver without building a bound method.
    if !hasStarArgs, keywords.isEmpty, case .attribute(let obj, let attr) = function.kind {
      let base = try temps(2 + args.count)
      let o = try expression(obj)
      setLine(function.range.start)
      emit(.loadMethod, a: base, b: o, c: name(attr))
      for (i, a) in args.enumerated() { try expression(a, into: base + 2 + i) }
      setLine(range.start)
      emit(.callMethod, a: r, b: base, c: args.count)
      return
    }
    if hasStarArgs {
      let f = try temp()
      try expression(function, into: f)
      let argv = try temps(2)
      let acc = try temp()
      emit(.buildList, a: acc, b: acc, c: 0)
      for a in args {
        let mark = nextRegister
        if case .starred(let inner) = a.kind {
          let v = try expression(inner)
          emit(.listExtend, a: acc, b: v)
        } else {
          let v = try expression(a)
          emit(.listAppend, a: acc, b: v)
        }
        nextRegister = mark
      }
      emit(.listToTuple, a: argv, b: acc)
      if keywords.isEmpty {
        emit(.loadNone, a: argv + 1)
      } else {
        emit(.buildDict, a: argv + 1, b: argv + 1, c: 0)
        for k in keywords {
          let mark = nextRegister
          if let n = k.name {
            let kr = try temp()
            emit(.loadConst, a: kr, b: try constant(.string(n)))
            let vr = try expression(k.value)
            emit(.dictSet, a: argv + 1, b: kr, c: vr)
          } else {
            let m = try expression(k.value)
            emit(.dictUpdate, a: argv + 1, b: m, c: f, d: 1)
          }
          nextRegister = mark
        }
      }
      setLine(range.start)
      emit(.callEx, a: r, b: f, c: argv)
      return
    }
    let base = try temps(1 + args.count + keywords.count)
    try expression(function, into: base)
    for (i, a) in args.enumerated() { try expression(a, into: base + 1 + i) }
    for (i, k) in keywords.enumerated() { try expression(k.value, into: base + 1 + args.count + i) }
    setLine(range.start)
    if keywords.isEmpty {
      emit(.call, a: r, b: base, c: args.count)
    } else {
      var seen: Set<String> = []
      for k in keywords {
        if let n = k.name, !seen.insert(n).inserted {
          throw SyntaxError("keyword argument repeated: \(n)", at: Int(k.range.start))
        }
      }
      let names = try constant(.tuple(keywords.map { .string($0.name ?? "") }))
      emit(.callKw, a: r, b: base, c: args.count)
      emit(.extra, a: keywords.count, b: names)
    }
  }

  // MARK: Comprehensions

  /// A comprehension is a nested function taking the first iterator; list/set/dict comprehensions
  /// return the built collection, generator expressions are generators.
  func comprehension(_ e: Expr, into r: Int) throws(SyntaxError) {
    guard let childScope = unit.scopes[e.range.start] else {
      throw SyntaxError("internal error: no scope for comprehension", at: Int(e.range.start))
    }
    let gens: [Comprehension]
    let kind: CodeObject.Kind
    let fname: String
    switch e.kind {
    case .listComp(_, let g): gens = g; kind = .comprehension; fname = "<listcomp>"
    case .setComp(_, let g): gens = g; kind = .comprehension; fname = "<setcomp>"
    case .dictComp(_, _, let g): gens = g; kind = .comprehension; fname = "<dictcomp>"
    case .generatorExp(_, let g): gens = g; kind = .generatorExpression; fname = "<genexpr>"
    default: return
    }
    guard let first = gens.first else { return }
    if childScope.isAsyncComprehension, kind != .generatorExpression, !scope.isCoroutine, scope.kind != .comprehension {
      throw error("asynchronous comprehension outside of an asynchronous function", e.range)
    }
    if gens.contains(where: \.isAsync) { return try notImplemented("asynchronous comprehensions", e.range) }
    let child = FunctionBuilder(unit: unit, scope: childScope, name: fname, qualifiedName: qualifiedName(for: fname),
                                kind: kind, firstLine: Int(unit.line(e.range.start)))
    child.code.positionalCount = 1
    for reg in child.code.cellRegisters { child.emit(.makeCell, a: reg, d: 1) }
    try child.comprehensionBody(e, gens)
    let codeObject = child.finish()
    let fnBase = try temps(3)
    emit(.loadNone, a: fnBase)
    emit(.loadNone, a: fnBase + 1)
    try closureTuple(for: childScope, into: fnBase + 2)
    let callBase = try temps(2)
    emit(.makeFunction, a: callBase, b: try constant(.code(codeObject)), c: fnBase)
    let src = try expression(first.iter)
    setLine(e.range.start)
    emit(.getIter, a: callBase + 1, b: src)
    emit(.call, a: r, b: callBase, c: 1)
  }

  func comprehensionBody(_ e: Expr, _ gens: [Comprehension]) throws(SyntaxError) {
    setLine(e.range.start)
    var acc = 0
    switch e.kind {
    case .listComp: acc = try temp(); emit(.buildList, a: acc, b: acc, c: 0)
    case .setComp: acc = try temp(); emit(.buildSet, a: acc, b: acc, c: 0)
    case .dictComp: acc = try temp(); emit(.buildDict, a: acc, b: acc, c: 0)
    default: break
    }
    var loops: [(top: Int, exit: Int)] = []
    for (i, g) in gens.enumerated() {
      // forIter reads R[A] and writes R[A+1]: the iterator goes into a fresh pair of registers.
      // The first clause's iterator is the parameter `.0`; later ones are made here.
      let pair = try temps(2)
      if i == 0 {
        emit(.move, a: pair, b: 0)
      } else {
        let src = try expression(g.iter)
        emit(.getIter, a: pair, b: src)
      }
      let top = pc
      let exit = emitJump(.forIter, a: pair)
      try store(g.target, from: pair + 1)
      loops.append((top, exit))
      for cond in g.ifs {
        let c = try expression(cond)
        let skip = emitJump(.jumpIfFalse, a: c)
        // Jumps back to this loop's header when the condition fails.
        patchLater.append((skip, loops.count - 1))
      }
    }
    switch e.kind {
    case .listComp(let elt, _):
      let v = try expression(elt)
      emit(.listAppend, a: acc, b: v)
    case .setComp(let elt, _):
      let v = try expression(elt)
      emit(.setAdd, a: acc, b: v)
    case .dictComp(let k, let v, _):
      let kr = try expression(k)
      let vr = try expression(v)
      emit(.dictSet, a: acc, b: kr, c: vr)
    case .generatorExp(let elt, _):
      let v = try expression(elt)
      let t = try temp()
      emit(.yield, a: t, b: v)
    default: break
    }
    for (k, loop) in loops.enumerated().reversed() {
      for (j, target) in patchLater where target == k { patch(j, to: loop.top) }
      emitJump(.jump, to: loop.top)
      patch(loop.exit, to: pc)
    }
    patchLater = []
    if case .generatorExp = e.kind {
      let t = try temp()
      emit(.loadNone, a: t)
      emit(.return, a: t)
    } else {
      emit(.return, a: acc)
    }
  }
}
