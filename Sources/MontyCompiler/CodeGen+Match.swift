// The `match` statement. The subject is evaluated once into a register; each case tests its pattern
// against it with ordinary instructions plus the MATCH_* style tests (matchSequence, matchMapping,
// matchKey, matchClass), jumping to the next case on the first failed test. Captured values are
// gathered in temporaries and bound only once the whole pattern has matched (then the guard runs),
// as in CPython: a failed pattern binds nothing, a failed guard keeps the bindings.
import MontySyntax

extension FunctionBuilder {
  /// Names a pattern captures, in order, each with the register holding its value.
  typealias Captures = [(name: String, register: Int)]

  func matchStatement(_ subject: Expr, _ cases: [MatchCase], _ range: SourceRange) throws(SyntaxError) {
    let subj = try temp()
    try expression(subject, into: subj)
    var ends: [Int] = []
    for (i, c) in cases.enumerated() {
      if i < cases.count - 1, c.guardExpr == nil, let what = irrefutable(c.pattern) {
        throw error("\(what) makes remaining patterns unreachable", c.pattern.range)
      }
      let mark = nextRegister
      setLine(c.pattern.range.start)
      var fails: [Int] = []
      var captures: Captures = []
      try pattern(c.pattern, subj, &fails, &captures)
      for (n, r) in captures { try storeName(n, from: r) }
      if let g = c.guardExpr {
        setLine(g.range.start)
        let t = try expression(g)
        fails.append(emitJump(.jumpIfFalse, a: t))
      }
      nextRegister = mark
      for b in c.body { try statement(b) }
      if i < cases.count - 1 { ends.append(emitJump(.jump)) }
      for j in fails { patch(j, to: pc) }
    }
    for j in ends { patch(j, to: pc) }
  }

  /// CPython's name for a pattern that always matches ("name capture 'x'", "wildcard"), or nil.
  func irrefutable(_ p: Pattern) -> String? {
    switch p.kind {
    case .as(nil, let n?): return "name capture '\(n)'"
    case .as(nil, nil): return "wildcard"
    case .as(let inner?, _): return irrefutable(inner)
    case .or(let alts): return alts.lazy.compactMap { self.irrefutable($0) }.first
    default: return nil
    }
  }

  /// Emits the tests of `p` against the value in register `v`: each failed test jumps to an
  /// instruction collected in `fails`; captures are appended to `captures`.
  func pattern(_ p: Pattern, _ v: Int, _ fails: inout [Int], _ captures: inout Captures) throws(SyntaxError) {
    switch p.kind {
    case .as(let inner, let n):
      if let inner { try pattern(inner, v, &fails, &captures) }
      if let n { try capture(n, v, p.range, &captures) }
    case .value(let e):
      let k = try expression(e)
      let t = try temp()
      setLine(p.range.start)
      emit(.eq, a: t, b: v, c: k)
      fails.append(emitJump(.jumpIfFalse, a: t))
    case .singleton(let c):
      let k = try temp()
      switch c {
      case .bool(let b): emit(.loadBool, a: k, b: b ? 1 : 0)
      default: emit(.loadNone, a: k)
      }
      let t = try temp()
      emit(.is, a: t, b: v, c: k)
      fails.append(emitJump(.jumpIfFalse, a: t))
    case .sequence(let items):
      try sequencePattern(items, v, p.range, &fails, &captures)
    case .mapping(let keys, let patterns, let rest):
      try mappingPattern(keys, patterns, rest, v, p.range, &fails, &captures)
    case .class(let cls, let positional, let names, let keywordPatterns):
      try classPattern(cls, positional, names, keywordPatterns, v, p.range, &fails, &captures)
    case .star:
      throw error("can't use starred name here", p.range)
    case .or(let alternatives):
      try orPattern(alternatives, v, p.range, &fails, &captures)
    }
  }

  func capture(_ n: String, _ v: Int, _ range: SourceRange, _ captures: inout Captures) throws(SyntaxError) {
    if captures.contains(where: { $0.name == n }) {
      throw error("multiple assignments to name '\(n)' in pattern", range)
    }
    // A copy: the value's register may be reused by later tests of the same pattern.
    let r = try temp()
    emit(.move, a: r, b: v)
    captures.append((n, r))
  }

  /// `[p, *rest, q]`: a sequence of the right length, then its items (the starred part as a list).
  func sequencePattern(_ items: [Pattern], _ v: Int, _ range: SourceRange, _ fails: inout [Int],
                       _ captures: inout Captures) throws(SyntaxError) {
    let stars = items.indices.filter { if case .star = items[$0].kind { return true }; return false }
    if stars.count > 1 { throw error("multiple starred names in sequence pattern", range) }
    let star = stars.first
    let t = try temp()
    setLine(range.start)
    emit(.matchSequence, a: t, b: v, c: items.count - (star == nil ? 0 : 1), d: star == nil ? 0 : 1)
    fails.append(emitJump(.jumpIfFalse, a: t))
    if items.isEmpty { return }
    let base = try temps(items.count)
    if let star {
      emit(.unpackStarred, a: v, b: base, c: items.count, d: star)
    } else {
      emit(.unpackSequence, a: v, b: base, c: items.count)
    }
    for (i, item) in items.enumerated() {
      if case .star(let n) = item.kind {
        if let n { try capture(n, base + i, item.range, &captures) }
      } else {
        try pattern(item, base + i, &fails, &captures)
      }
    }
  }

  /// `{k: p, **rest}`: a dict holding every key (looked up without `__missing__`), then the values.
  func mappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?, _ v: Int, _ range: SourceRange,
                      _ fails: inout [Int], _ captures: inout Captures) throws(SyntaxError) {
    let t = try temp()
    setLine(range.start)
    emit(.matchMapping, a: t, b: v)
    fails.append(emitJump(.jumpIfFalse, a: t))
    try checkDuplicateKeys(keys)
    let keyBase = try temps(keys.count)
    for (i, k) in keys.enumerated() { try expression(k, into: keyBase + i) }
    let valueBase = try temps(keys.count * 2)
    setLine(range.start)
    for i in keys.indices {
      emit(.matchKey, a: valueBase + 2 * i, b: v, c: keyBase + i)
      fails.append(emitJump(.jumpIfFalse, a: valueBase + 2 * i + 1))
    }
    for (i, q) in patterns.enumerated() { try pattern(q, valueBase + 2 * i, &fails, &captures) }
    if let rest {
      if keys.count > 255 {
        throw SyntaxError(.notImplemented, "too many keys in a mapping pattern", at: Int(range.start))
      }
      let r = try temp()
      emit(.dictWithout, a: r, b: v, c: keyBase, d: keys.count)
      try capture(rest, r, range, &captures)
    }
  }

  /// CPython rejects a mapping pattern naming the same literal key twice (keys compare as in a dict,
  /// so `1`, `1.0` and `True` are the same key).
  func checkDuplicateKeys(_ keys: [Expr]) throws(SyntaxError) {
    var seen: Set<String> = []
    for k in keys {
      var e = k
      var sign = ""
      if case .unaryOp(.uSub, let inner) = k.kind { e = inner; sign = "-" }
      guard case .constant(let c) = e.kind else { continue }
      let identity: String
      let repr: String
      switch c {
      case .none: (identity, repr) = ("None", "None")
      case .bool(let b): (identity, repr) = ("n\(b ? 1.0 : 0.0)", b ? "True" : "False")
      case .int(let v): (identity, repr) = ("n\(sign)\(Double(v))", "\(sign)\(v)")
      case .float(let d): (identity, repr) = ("n\(sign)\(d)", sign + PyRepr.float(d))
      case .string(let s, _): (identity, repr) = ("s" + s, PyRepr.string(s))
      case .bytes(let b): (identity, repr) = ("b" + PyRepr.bytes(b), PyRepr.bytes(b))
      default: continue
      }
      if !seen.insert(identity).inserted {
        throw error("mapping pattern checks duplicate key (\(repr))", k.range)
      }
    }
  }

  /// `C(p, q, name=r)`: an instance of C whose attributes (positional ones named by `__match_args__`)
  /// match the sub-patterns.
  func classPattern(_ cls: Expr, _ positional: [Pattern], _ names: [String], _ keywordPatterns: [Pattern],
                    _ v: Int, _ range: SourceRange, _ fails: inout [Int],
                    _ captures: inout Captures) throws(SyntaxError) {
    if positional.count > 255 {
      throw SyntaxError(.notImplemented, "too many positional sub-patterns", at: Int(range.start))
    }
    let c = try expression(cls)
    let out = try temps(2)
    setLine(range.start)
    emit(.matchClass, a: out, b: v, c: c, d: positional.count)
    emit(.extra, b: try constant(.tuple(names.map { .string($0) })))
    fails.append(emitJump(.jumpIfFalse, a: out))
    let subpatterns = positional + keywordPatterns
    if subpatterns.isEmpty { return }
    let base = try temps(subpatterns.count)
    emit(.unpackSequence, a: out + 1, b: base, c: subpatterns.count)
    for (i, q) in subpatterns.enumerated() { try pattern(q, base + i, &fails, &captures) }
  }

  /// `p | q | r`: the first alternative that matches; all must capture the same names, which end up
  /// in the same registers whichever alternative matched.
  func orPattern(_ alternatives: [Pattern], _ v: Int, _ range: SourceRange, _ fails: inout [Int],
                 _ captures: inout Captures) throws(SyntaxError) {
    var shared: Captures = []
    var matched: [Int] = []
    for (i, alt) in alternatives.enumerated() {
      if i < alternatives.count - 1, let what = irrefutable(alt) {
        throw error("\(what) makes remaining patterns unreachable", alt.range)
      }
      var altFails: [Int] = []
      var altCaptures = captures
      try pattern(alt, v, &altFails, &altCaptures)
      let new = Array(altCaptures[captures.count...])
      if i == 0 {
        shared = new
      } else {
        guard Set(new.map(\.name)) == Set(shared.map(\.name)) else {
          throw error("alternative patterns bind different names", alt.range)
        }
        for (n, r) in new {
          if let target = shared.first(where: { $0.name == n })?.register { emit(.move, a: target, b: r) }
        }
      }
      if i < alternatives.count - 1 {
        matched.append(emitJump(.jump))
        for j in altFails { patch(j, to: pc) }
      } else {
        fails.append(contentsOf: altFails)
      }
    }
    for j in matched { patch(j, to: pc) }
    for (n, r) in shared {
      if captures.contains(where: { $0.name == n }) {
        throw error("multiple assignments to name '\(n)' in pattern", range)
      }
      captures.append((n, r))
    }
  }
}
