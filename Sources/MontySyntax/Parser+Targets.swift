// Assignment, deletion and loop targets are parsed as expressions and then checked here, producing
// CPython's messages ("cannot assign to function call", "cannot delete literal", …).
// Also the `match` patterns, which have a grammar of their own.

extension Parser {
  enum TargetContext {
    case assign, forLoop, withItem, delete, augmented
  }

  /// CPython's `_PyPegen_get_expr_name`: how an expression is named in target errors.
  func describe(_ e: Expr) -> String {
    switch e.kind {
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .name: return "name"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolOp, .binOp, .unaryOp: return "expression"
    case .generatorExp: return "generator expression"
    case .yield, .yieldFrom: return "yield expression"
    case .await: return "await expression"
    case .listComp: return "list comprehension"
    case .setComp: return "set comprehension"
    case .dictComp: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .joinedStr, .formattedValue: return "f-string expression"
    case .constant(let c):
      switch c {
      case .none: return "None"
      case .bool(let b): return b ? "True" : "False"
      case .ellipsis: return "ellipsis"
      default: return "literal"
      }
    case .compare: return "comparison"
    case .ifExp: return "conditional expression"
    case .namedExpr: return "named expression"
    case .slice: return "slice"
    }
  }

  /// The first sub-expression that cannot be a target in `context`, or nil if `e` is a valid target.
  func invalidTarget(_ e: Expr, _ context: TargetContext) -> Expr? {
    switch e.kind {
    case .name, .attribute, .subscript: return nil
    case .starred(let inner):
      if context == .delete || context == .augmented { return e }
      return invalidTarget(inner, context)
    case .tuple(let items), .list(let items):
      if context == .augmented { return e }
      for item in items {
        if let bad = invalidTarget(item, context) { return bad }
      }
      return nil
    default:
      return e
    }
  }

  func checkTarget(_ e: Expr, _ context: TargetContext) throws(SyntaxError) {
    guard let bad = invalidTarget(e, context) else { return }
    let start = Int(bad.range.start)
    let end = Int(bad.range.end)
    switch context {
    case .delete: throw SyntaxError("cannot delete \(describe(bad))", at: start, end: end)
    case .augmented:
      throw SyntaxError("'\(describe(e))' is an illegal expression for augmented assignment", at: Int(e.range.start),
                        end: Int(e.range.end))
    default: throw SyntaxError("cannot assign to \(describe(bad))", at: start, end: end)
    }
  }

  /// `target = value`: CPython adds "Maybe you meant '==' …" when the target is a plain
  /// (bitwise-or level) expression and the value is one too, as in `f() = 1`.
  func checkAssignmentTarget(_ target: Expr, value: Expr, isFirst: Bool, parenthesized: Bool,
                             chained: Bool) throws(SyntaxError) {
    if case .yield = target.kind {
      throw SyntaxError("assignment to yield expression not possible", at: Int(target.range.start), end: Int(target.range.end))
    }
    if case .yieldFrom = target.kind {
      throw SyntaxError("assignment to yield expression not possible", at: Int(target.range.start), end: Int(target.range.end))
    }
    guard let bad = invalidTarget(target, .assign) else { return }
    var plainTarget = parenthesized || isPlainOperand(target)
    if case .tuple = target.kind { plainTarget = false }
    if isFirst && !chained && plainTarget && isPlainOperand(value) {
      throw SyntaxError("cannot assign to \(describe(target)) here. Maybe you meant '==' instead of '='?",
                        at: Int(target.range.start), end: Int(target.range.end))
    }
    throw SyntaxError("cannot assign to \(describe(bad))", at: Int(bad.range.start), end: Int(bad.range.end))
  }

  /// An expression of CPython's `bitwise_or` level that is not a display excluded by `invalid_named_expression`.
  func isPlainOperand(_ e: Expr) -> Bool {
    switch e.kind {
    case .compare, .boolOp, .ifExp, .lambda, .starred, .yield, .yieldFrom, .namedExpr, .list, .tuple, .generatorExp:
      return false
    case .unaryOp(.not, _): return false
    case .constant(.bool), .constant(.none): return false
    default: return true
    }
  }

  /// `if x = 1:` — CPython's invalid_named_expression suggestions for a stray `=`.
  func checkStrayEquals(_ e: Expr) throws(SyntaxError) {
    guard kind == .equal else { return }
    if case .name = e.kind {
      throw SyntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: Int(e.range.start),
                        end: Int(current.end))
    }
    if isPlainOperand(e) {
      throw SyntaxError("cannot assign to \(describe(e)) here. Maybe you meant '==' instead of '='?",
                        at: Int(e.range.start), end: Int(e.range.end))
    }
  }

  /// annotated assignment: a single name, attribute or subscript.
  func checkAnnotationTarget(_ e: Expr) throws(SyntaxError) {
    switch e.kind {
    case .name, .attribute, .subscript: return
    case .tuple: throw SyntaxError("only single target (not tuple) can be annotated", at: Int(e.range.start), end: Int(e.range.end))
    case .list: throw SyntaxError("only single target (not list) can be annotated", at: Int(e.range.start), end: Int(e.range.end))
    default: throw SyntaxError("illegal target for annotation", at: Int(e.range.start), end: Int(e.range.end))
    }
  }

  // MARK: Patterns

  /// patterns: open_sequence_pattern | pattern
  func parsePatterns() throws(SyntaxError) -> Pattern {
    let start = Int(current.start)
    let first = try parsePattern()
    guard kind == .comma else {
      return first
    }
    var items = [first]
    while accept(.comma) {
      if kind == .colon || kind == .kwIf { break }
      items.append(try parsePattern())
    }
    return Pattern(kind: .sequence(items), range: range(from: start))
  }

  /// pattern: or_pattern ['as' NAME]
  func parsePattern() throws(SyntaxError) -> Pattern {
    try enter()
    defer { depth -= 1 }
    let start = Int(current.start)
    let p = try parseOrPattern()
    if accept(.kwAs) {
      guard kind == .name else { throw SyntaxError("invalid pattern target", at: Int(current.start)) }
      let t = advance()
      let name = text(t)
      if name == "_" { throw SyntaxError("cannot use '_' as a target", at: Int(t.start), end: Int(t.end)) }
      return Pattern(kind: .as(pattern: p, name: name), range: range(from: start))
    }
    return p
  }

  /// or_pattern: closed_pattern ('|' closed_pattern)*
  func parseOrPattern() throws(SyntaxError) -> Pattern {
    let start = Int(current.start)
    let first = try parseClosedPattern()
    guard kind == .vbar else { return first }
    var items = [first]
    while accept(.vbar) { items.append(try parseClosedPattern()) }
    return Pattern(kind: .or(items), range: range(from: start))
  }

  /// closed_pattern: literal_pattern | capture_pattern | wildcard_pattern | value_pattern | group_pattern
  ///               | sequence_pattern | mapping_pattern | class_pattern
  func parseClosedPattern() throws(SyntaxError) -> Pattern {
    let start = Int(current.start)
    switch kind {
    case .star:
      advance()
      guard kind == .name else { throw invalidSyntax() }
      let name = advanceText()
      return Pattern(kind: .star(name == "_" ? nil : name), range: range(from: start))
    case .kwNone: advance(); return Pattern(kind: .singleton(.none), range: range(from: start))
    case .kwTrue: advance(); return Pattern(kind: .singleton(.bool(true)), range: range(from: start))
    case .kwFalse: advance(); return Pattern(kind: .singleton(.bool(false)), range: range(from: start))
    case .number, .minus, .string:
      let e = try parseLiteralPatternExpr()
      return Pattern(kind: .value(e), range: range(from: start))
    case .lparen, .lbracket:
      let close: TokenKind = kind == .lparen ? .rparen : .rbracket
      let isParen = kind == .lparen
      advance()
      if accept(close) { return Pattern(kind: .sequence([]), range: range(from: start)) }
      let first = try parsePattern()
      if isParen && accept(.rparen) { return first }  // group pattern
      var items = [first]
      while accept(.comma) {
        if kind == close { break }
        items.append(try parsePattern())
      }
      _ = try expect(close)
      return Pattern(kind: .sequence(items), range: range(from: start))
    case .lbrace:
      return try parseMappingPattern()
    case .name:
      let t = advance()
      let name = text(t)
      if kind != .dot && kind != .lparen {
        return Pattern(kind: .as(pattern: nil, name: name == "_" ? nil : name), range: range(from: start))
      }
      var e = Expr(.name(name), t.range)
      while accept(.dot) {
        guard kind == .name else { throw invalidSyntax() }
        e = Expr(.attribute(e, advanceText()), range(from: start))
      }
      if kind == .lparen { return try parseClassPattern(cls: e, start: start) }
      return Pattern(kind: .value(e), range: range(from: start))
    default:
      throw invalidSyntax()
    }
  }

  /// literal_pattern: signed_number ['+' | '-' NUMBER(imaginary)] | strings
  func parseLiteralPatternExpr() throws(SyntaxError) -> Expr {
    let start = Int(current.start)
    if kind == .string { return try parseStrings() }
    var e: Expr
    if accept(.minus) {
      guard kind == .number else { throw invalidSyntax() }
      let t = advance()
      e = Expr(.unaryOp(.uSub, Expr(.constant(try numberConstant(t)), t.range)), range(from: start))
    } else {
      let t = try expect(.number)
      e = Expr(.constant(try numberConstant(t)), t.range)
    }
    if kind == .plus || kind == .minus {
      let op: BinaryOp = kind == .plus ? .add : .sub
      advance()
      let t = try expect(.number)
      let c = try numberConstant(t)
      guard case .imaginary = c else {
        throw SyntaxError("imaginary number required in complex literal", at: Int(t.start), end: Int(t.end))
      }
      e = Expr(.binOp(e, op, Expr(.constant(c), t.range)), range(from: start))
    }
    return e
  }

  /// mapping_pattern: '{' [items_pattern] [',' '**' NAME] [','] '}'
  func parseMappingPattern() throws(SyntaxError) -> Pattern {
    let start = Int(advance().start)
    var keys: [Expr] = []
    var patterns: [Pattern] = []
    var rest: String?
    while kind != .rbrace {
      if accept(.doubleStar) {
        guard kind == .name else { throw invalidSyntax() }
        rest = advanceText()
        _ = accept(.comma)
        break
      }
      let key: Expr
      switch kind {
      case .kwNone: key = Expr(.constant(.none), advance().range)
      case .kwTrue: key = Expr(.constant(.bool(true)), advance().range)
      case .kwFalse: key = Expr(.constant(.bool(false)), advance().range)
      case .name:
        let t = advance()
        var e = Expr(.name(text(t)), t.range)
        while accept(.dot) {
          guard kind == .name else { throw invalidSyntax() }
          e = Expr(.attribute(e, advanceText()), range(from: Int(t.start)))
        }
        key = e
      default: key = try parseLiteralPatternExpr()
      }
      _ = try expect(.colon)
      keys.append(key)
      patterns.append(try parsePattern())
      if !accept(.comma) { break }
    }
    _ = try expect(.rbrace)
    return Pattern(kind: .mapping(keys: keys, patterns: patterns, rest: rest), range: range(from: start))
  }

  /// class_pattern: name_or_attr '(' [pattern (',' pattern)*] [NAME '=' pattern (',' NAME '=' pattern)*] [','] ')'
  func parseClassPattern(cls: Expr, start: Int) throws(SyntaxError) -> Pattern {
    advance()
    var patterns: [Pattern] = []
    var kwdAttrs: [String] = []
    var kwdPatterns: [Pattern] = []
    while kind != .rparen {
      if kind == .name && peek(1) == .equal {
        kwdAttrs.append(advanceText())
        advance()
        kwdPatterns.append(try parsePattern())
      } else {
        let p = try parsePattern()
        if !kwdAttrs.isEmpty {
          throw SyntaxError("positional patterns follow keyword patterns", at: Int(p.range.start), end: Int(p.range.end))
        }
        patterns.append(p)
      }
      if !accept(.comma) { break }
    }
    _ = try expect(.rparen)
    return Pattern(kind: .class(cls: cls, patterns: patterns, kwdAttrs: kwdAttrs, kwdPatterns: kwdPatterns),
                   range: range(from: start))
  }
}
