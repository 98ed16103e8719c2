// Expressions: a Pratt loop over the precedence table (Precedence.swift) plus the atoms, trailers,
// displays, comprehensions, calls, lambdas and patterns. Left-associative chains (`a + b + …`,
// `x.a.b…`, `f()()…`) are loops, not recursion, so million-term chains parse in linear time with
// constant native stack. Recursion happens only for nesting, which `enter()` bounds.

extension Parser {
  // MARK: Expression levels

  /// star_expressions: star_expression (',' star_expression)* [',']  — a tuple when there is a comma.
  func parseStarExpressions() throws(SyntaxError) -> Expr {
    let start = Int(current.start)
    let first = try parseStarExpression()
    guard kind == .comma else { return first }
    let mark = exprStack.count
    exprStack.push(consume first)
    while accept(.comma) {
      if !startsExpression(kind) { break }
      let item = try parseStarExpression()
      exprStack.push(consume item)
    }
    return Expr(.tuple(exprStack.take(from: mark)), range(from: start))
  }

  /// yield_expr | star_expressions
  func parseStarExpressionsOrYield() throws(SyntaxError) -> Expr {
    if kind == .kwYield { return try parseYield() }
    return try parseStarExpressions()
  }

  /// star_expression: '*' bitwise_or | expression
  func parseStarExpression() throws(SyntaxError) -> Expr {
    if kind == .star {
      let start = Int(advance().start)
      let e = try parseBinary(.bitOr)
      return Expr(.starred(e), range(from: start))
    }
    return try parseExpression()
  }

  /// star_named_expression: '*' bitwise_or | named_expression
  func parseStarNamedExpression() throws(SyntaxError) -> Expr {
    if kind == .star {
      let start = Int(advance().start)
      let e = try parseBinary(.bitOr)
      return Expr(.starred(e), range(from: start))
    }
    return try parseNamedExpression()
  }

  /// named_expression: NAME ':=' expression | expression !':='
  func parseNamedExpression() throws(SyntaxError) -> Expr {
    let start = Int(current.start)
    let e = try parseExpression()
    if kind == .colonEqual {
      guard case .name = e.kind else {
        throw SyntaxError("cannot use assignment expressions with \(describe(e))", at: Int(e.range.start),
                          end: Int(e.range.end))
      }
      advance()
      let value = try parseExpression()
      return Expr(.namedExpr(target: e, value: value), range(from: start))
    }
    return e
  }

  /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  func parseExpression() throws(SyntaxError) -> Expr {
    if let atom = try parseLoneAtom() { return atom }
    if kind == .kwLambda { return try parseLambda() }
    let start = Int(current.start)
    let body = try parseBinary(.or)
    guard kind == .kwIf else { return body }
    advance()
    let test = try parseBinary(.or)
    guard accept(.kwElse) else {
      throw SyntaxError("expected 'else' after 'if' expression", at: Int(body.range.start), end: previousEnd)
    }
    try enter()
    defer { depth -= 1 }
    let orelse = try parseExpression()
    return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
  }

  /// A name or number followed by a token that ends every expression is the whole expression: the
  /// descent through the precedence levels would find no operator, trailer or `if` after it.
  /// Most operands are such (arguments, items, right-hand sides), so they take this shortcut.
  @inline(__always) func parseLoneAtom() throws(SyntaxError) -> Expr? {
    guard kind == .name || kind == .number else { return nil }
    switch peek(1) {
    case .comma, .rparen, .rbracket, .rbrace, .colon, .equal, .semicolon, .newline, .endOfFile:
      return try parseAtom()
    default:
      return nil
    }
  }

  /// Continues an expression whose first operand was already parsed (used to name a bad `del` target).
  func parseExpression(startingWith first: Expr?) throws(SyntaxError) -> Expr {
    guard let first else { return try parseExpression() }
    return try parseInfix(left: first, minLevel: .or)
  }

  /// The Pratt loop: parses operators binding at least as tightly as `minLevel`.
  /// disjunction … power (Grammar/monty.ebnf), one table for all of them.
  func parseBinary(_ minLevel: Precedence) throws(SyntaxError) -> Expr {
    if let atom = try parseLoneAtom() { return atom }
    let left = try parsePrefix(minLevel)
    // Most operands are not followed by an operator of this level: skip the loop's setup.
    guard let (level, _) = Precedence.infix(kind), level >= minLevel else { return left }
    return try parseInfix(left: left, minLevel: minLevel)
  }

  func parseInfix(left start: consuming Expr, minLevel: Precedence) throws(SyntaxError) -> Expr {
    var left = consume start
    var links = 0
    while let (level, op) = Precedence.infix(kind), level >= minLevel {
      links += 1
      if links % SpineKeeper.interval == 0 { spines.nodes.append(left) }
      switch level {
      case .or, .and:
        // Flatten `a or b or c` into one BoolOp, as CPython does.
        let tokenKind = kind
        let mark = exprStack.count
        let range = left.range
        exprStack.push(left)
        while kind == tokenKind {
          advance()
          let item = try parseBinary(Precedence(rawValue: level.rawValue + 1) ?? .primary)
          exprStack.push(consume item)
        }
        let values = exprStack.take(from: mark)
        left = Expr(.boolOp(level == .or ? .or : .and, values), range.union(SourceRange(previousEnd, previousEnd)))
      case .comparison:
        if kind == .kwNot && peek(1) != .kwIn { return left }
        let opMark = compareOpStack.count
        let mark = exprStack.count
        while let cmp = comparisonOperator() {
          compareOpStack.push(cmp)
          let item = try parseBinary(.bitOr)
          exprStack.push(consume item)
        }
        let ops = compareOpStack.count == opMark + 1
          ? Parser.singleComparison(compareOpStack.pop()) : compareOpStack.take(from: opMark)
        let rights = exprStack.take(from: mark)
        left = Expr(.compare(left, ops, rights), left.range.union(SourceRange(previousEnd, previousEnd)))
      case .power:
        advance()
        try enter()
        let right = try parseBinary(.unary)
        depth -= 1
        left = Expr(.binOp(left, .pow, right), left.range.union(right.range))
      default:
        guard let op else { return left }
        advance()
        let right = try parseBinary(Precedence(rawValue: level.rawValue + 1) ?? .primary)
        left = Expr(.binOp(left, op, right), left.range.union(right.range))
      }
    }
    return left
  }

  /// The one-operator list of a comparison, shared: most comparisons have a single operator, and
  /// an array (a value, copied on write) can be shared instead of allocated for each.
  static func singleComparison(_ op: CompareOp) -> [CompareOp] {
    switch op {
    case .eq: return singleEq
    case .notEq: return singleNotEq
    case .lt: return singleLt
    case .ltE: return singleLtE
    case .gt: return singleGt
    case .gtE: return singleGtE
    case .is: return singleIs
    case .isNot: return singleIsNot
    case .in: return singleIn
    case .notIn: return singleNotIn
    }
  }
  private static let singleEq: [CompareOp] = [.eq], singleNotEq: [CompareOp] = [.notEq]
  private static let singleLt: [CompareOp] = [.lt], singleLtE: [CompareOp] = [.ltE]
  private static let singleGt: [CompareOp] = [.gt], singleGtE: [CompareOp] = [.gtE]
  private static let singleIs: [CompareOp] = [.is], singleIsNot: [CompareOp] = [.isNot]
  private static let singleIn: [CompareOp] = [.in], singleNotIn: [CompareOp] = [.notIn]

  /// Consumes a comparison operator (two tokens for `not in` and `is not`).
  func comparisonOperator() -> CompareOp? {
    switch kind {
    case .less: advance(); return .lt
    case .greater: advance(); return .gt
    case .lessEqual: advance(); return .ltE
    case .greaterEqual: advance(); return .gtE
    case .equalEqual: advance(); return .eq
    case .notEqual: advance(); return .notEq
    case .kwIn: advance(); return .in
    case .kwNot where peek(1) == .kwIn: advance(); advance(); return .notIn
    case .kwIs:
      advance()
      return accept(.kwNot) ? .isNot : .is
    default: return nil
    }
  }

  /// Prefix operators allowed at `minLevel`: `not` (inversion), unary `+ - ~` (factor), `await`.
  func parsePrefix(_ minLevel: Precedence) throws(SyntaxError) -> Expr {
    let start = Int(current.start)
    switch kind {
    case .kwNot where minLevel <= .not:
      advance()
      try enter()
      defer { depth -= 1 }
      let operand = try parseBinary(.not)
      return Expr(.unaryOp(.not, operand), range(from: start))
    case .minus, .plus, .tilde:
      let op: UnaryOp = kind == .minus ? .uSub : (kind == .plus ? .uAdd : .invert)
      advance()
      try enter()
      defer { depth -= 1 }
      let operand = try parseBinary(.unary)
      return Expr(.unaryOp(op, operand), range(from: start))
    case .kwAwait:
      advance()
      try enter()
      defer { depth -= 1 }
      let operand = try parsePrimary()
      return Expr(.await(operand), range(from: start))
    default:
      return try parsePrimary()
    }
  }

  /// primary: atom ('.' NAME | '(' [arguments] ')' | '[' slices ']')*
  func parsePrimary() throws(SyntaxError) -> Expr {
    let start = Int(current.start)
    var e = try parseAtom()
    var links = 0
    while true {
      switch kind {
      case .dot:
        advance()
        guard kind == .name else { throw invalidSyntax() }
        let name = advanceText()
        e = Expr(.attribute(e, name), range(from: start))
      case .lparen:
        advance()
        let (args, keywords) = try parseArguments()
        _ = try expect(.rparen)
        e = Expr(.call(function: e, args: args, keywords: keywords), range(from: start))
      case .lbracket:
        advance()
        let index = try parseSlices()
        _ = try expect(.rbracket)
        e = Expr(.subscript(e, index), range(from: start))
      default:
        return e
      }
      links += 1
      if links % SpineKeeper.interval == 0 { spines.nodes.append(e) }
    }
  }

  /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
  func parseSlices() throws(SyntaxError) -> Expr {
    let start = Int(current.start)
    let first = try parseSliceItem()
    guard kind == .comma else { return first }
    let mark = exprStack.count
    exprStack.push(consume first)
    while accept(.comma) {
      if kind == .rbracket { break }
      let item = try parseSliceItem()
      exprStack.push(consume item)
    }
    return Expr(.tuple(exprStack.take(from: mark)), range(from: start))
  }

  /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
  func parseSliceItem() throws(SyntaxError) -> Expr {
    let start = Int(current.start)
    if kind == .star {
      advance()
      let e = try parseBinary(.bitOr)
      return Expr(.starred(e), range(from: start))
    }
    var lower: Expr?
    if kind != .colon {
      let e = try parseNamedExpression()
      guard kind == .colon else { return e }
      lower = e
    }
    advance()  // ':'
    var upper: Expr?
    var step: Expr?
    if kind != .colon && kind != .comma && kind != .rbracket { upper = try parseExpression() }
    if accept(.colon) {
      if kind != .comma && kind != .rbracket { step = try parseExpression() }
    }
    return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
  }

  /// Whether a token can begin an expression (used to end tuple displays with a trailing comma).
  func startsExpression(_ k: TokenKind) -> Bool {
    switch k {
    case .name, .number, .string, .lparen, .lbracket, .lbrace, .minus, .plus, .tilde, .star, .ellipsis,
         .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .kwYield:
      return true
    default:
      return false
    }
  }

  // MARK: Atoms

  /// atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple | group | genexp | list | listcomp
  ///     | dict | set | dictcomp | setcomp | '...'
  func parseAtom() throws(SyntaxError) -> Expr {
    let t = current
    switch t.kind {
    case .name:
      advance()
      return Expr(.name(text(t)), t.range)
    case .number:
      advance()
      return Expr(.constant(try numberConstant(t)), t.range)
    case .string:
      return try parseStrings()
    case .kwNone: advance(); return Expr(.constant(.none), t.range)
    case .kwTrue: advance(); return Expr(.constant(.bool(true)), t.range)
    case .kwFalse: advance(); return Expr(.constant(.bool(false)), t.range)
    case .ellipsis: advance(); return Expr(.constant(.ellipsis), t.range)
    case .lparen: return try parseParenthesized()
    case .lbracket: return try parseListDisplay()
    case .lbrace: return try parseBraceDisplay()
    default:
      throw invalidSyntax()
    }
  }

  /// tuple | group | genexp:
  /// '(' [star_named_expression ',' [star_named_expressions]] ')' | '(' (yield_expr | named_expression) ')'
  /// | '(' named_expression for_if_clauses ')'
  func parseParenthesized() throws(SyntaxError) -> Expr {
    let start = Int(advance().start)
    try enter()
    defer { depth -= 1 }
    if accept(.rparen) { return Expr(.tuple([]), range(from: start)) }
    if kind == .kwYield {
      let y = try parseYield()
      _ = try expect(.rparen)
      return y
    }
    let first = try parseStarNamedExpression()
    if kind == .kwFor || (kind == .kwAsync && peek(1) == .kwFor) {
      let generators = try parseComprehensionClauses()
      try expectClosing(.rparen)
      return Expr(.generatorExp(first, generators), range(from: start))
    }
    if accept(.rparen) {
      if case .starred = first.kind {
        throw SyntaxError("cannot use starred expression here", at: Int(first.range.start), end: Int(first.range.end))
      }
      return first
    }
    guard kind == .comma else { throw missingCommaOrInvalid(after: first) }
    let mark = exprStack.count
    exprStack.push(consume first)
    while accept(.comma) {
      if kind == .rparen { break }
      let item = try parseStarNamedExpression()
      exprStack.push(consume item)
    }
    try expectClosing(.rparen)
    return Expr(.tuple(exprStack.take(from: mark)), range(from: start))
  }

  func expectClosing(_ k: TokenKind) throws(SyntaxError) {
    if accept(k) { return }
    throw invalidSyntax()
  }

  /// Inside brackets, two expressions side by side: CPython suggests a missing comma.
  func missingCommaOrInvalid(after e: Expr) -> SyntaxError {
    if startsExpression(kind) && kind != .star && kind != .minus && kind != .plus && kind != .kwNot
      && kind != .kwYield && kind != .kwLambda {
      return SyntaxError("invalid syntax. Perhaps you forgot a comma?", at: Int(e.range.start), end: Int(current.end))
    }
    return invalidSyntax()
  }

  /// list: '[' [star_named_expressions] ']' | listcomp: '[' named_expression for_if_clauses ']'
  func parseListDisplay() throws(SyntaxError) -> Expr {
    let start = Int(advance().start)
    try enter()
    defer { depth -= 1 }
    if accept(.rbracket) { return Expr(.list([]), range(from: start)) }
    let first = try parseStarNamedExpression()
    if kind == .kwFor || (kind == .kwAsync && peek(1) == .kwFor) {
      try checkComprehensionElement(first)
      let generators = try parseComprehensionClauses()
      try expectClosing(.rbracket)
      return Expr(.listComp(first, generators), range(from: start))
    }
    let mark = exprStack.count
    exprStack.push(consume first)
    while accept(.comma) {
      if kind == .rbracket { break }
      let item = try parseStarNamedExpression()
      exprStack.push(consume item)
    }
    let items = exprStack.take(from: mark)
    if kind == .kwFor { throw unparenthesizedComprehensionTarget(items) }
    if kind != .rbracket { throw missingCommaOrInvalid(after: items[items.count - 1]) }
    advance()
    return Expr(.list(items), range(from: start))
  }

  /// dict | set | dictcomp | setcomp:
  /// '{' [double_starred_kvpairs] '}' | '{' star_named_expressions '}' | '{' kvpair for_if_clauses '}'
  /// | '{' named_expression for_if_clauses '}'
  func parseBraceDisplay() throws(SyntaxError) -> Expr {
    let start = Int(advance().start)
    try enter()
    defer { depth -= 1 }
    if accept(.rbrace) { return Expr(.dict(keys: [], values: []), range(from: start)) }
    // First item decides between dict and set.
    if kind == .doubleStar {
      return try parseDictRest(start: start, keyMark: optionalExprStack.count, valueMark: exprStack.count)
    }
    let first = try parseStarNamedExpression()
    if accept(.colon) {
      if case .starred = first.kind { throw invalidSyntax() }
      if kind == .rbrace || kind == .comma {
        throw SyntaxError("expression expected after dictionary key and ':'", at: Int(token(pos - 1).start))
      }
      if kind == .star {
        throw SyntaxError("cannot use a starred expression in a dictionary value", at: Int(current.start))
      }
      let value = try parseExpression()
      if kind == .kwFor || (kind == .kwAsync && peek(1) == .kwFor) {
        let generators = try parseComprehensionClauses()
        try expectClosing(.rbrace)
        return Expr(.dictComp(key: first, value: value, generators), range(from: start))
      }
      let keyMark = optionalExprStack.count
      let valueMark = exprStack.count
      optionalExprStack.push(consume first)
      exprStack.push(consume value)
      return try parseDictRest(start: start, keyMark: keyMark, valueMark: valueMark)
    }
    if kind == .kwFor || (kind == .kwAsync && peek(1) == .kwFor) {
      try checkComprehensionElement(first)
      let generators = try parseComprehensionClauses()
      try expectClosing(.rbrace)
      return Expr(.setComp(first, generators), range(from: start))
    }
    let mark = exprStack.count
    exprStack.push(consume first)
    while accept(.comma) {
      if kind == .rbrace { break }
      let item = try parseStarNamedExpression()
      exprStack.push(consume item)
    }
    let items = exprStack.take(from: mark)
    if kind == .kwFor { throw unparenthesizedComprehensionTarget(items) }
    if kind != .rbrace {
      if kind == .colon || items.count == 1 { throw invalidSyntax() }
      throw missingCommaOrInvalid(after: items[items.count - 1])
    }
    advance()
    return Expr(.set(items), range(from: start))
  }

  /// The rest of a dict display after its first item(s): (',' (kvpair | '**' bitwise_or))* [','] '}'
  /// The keys and values so far are on `optionalExprStack` and `exprStack` above the marks.
  func parseDictRest(start: Int, keyMark: Int, valueMark: Int) throws(SyntaxError) -> Expr {
    var needComma = exprStack.count > valueMark
    while true {
      if needComma {
        if accept(.rbrace) { break }
        guard accept(.comma) else {
          if kind == .kwFor, optionalExprStack.count > keyMark, optionalExprStack[optionalExprStack.count - 1] == nil {
            throw SyntaxError("dict unpacking cannot be used in dict comprehension", at: Int(current.start))
          }
          if exprStack.count > valueMark { throw missingCommaOrInvalid(after: exprStack[exprStack.count - 1]) }
          throw invalidSyntax()
        }
      }
      needComma = true
      if accept(.rbrace) { break }
      if accept(.doubleStar) {
        let value = try parseBinary(.bitOr)
        if kind == .kwFor {
          throw SyntaxError("dict unpacking cannot be used in dict comprehension", at: Int(value.range.start))
        }
        optionalExprStack.push(nil)
        exprStack.push(consume value)
        continue
      }
      let k = try parseExpression()
      guard accept(.colon) else {
        throw SyntaxError("':' expected after dictionary key", at: Int(k.range.start), end: Int(k.range.end))
      }
      if kind == .rbrace || kind == .comma {
        throw SyntaxError("expression expected after dictionary key and ':'", at: Int(token(pos - 1).start))
      }
      if kind == .star {
        throw SyntaxError("cannot use a starred expression in a dictionary value", at: Int(current.start))
      }
      let value = try parseExpression()
      optionalExprStack.push(k)
      exprStack.push(consume value)
    }
    let keys = optionalExprStack.take(from: keyMark)
    return Expr(.dict(keys: keys, values: exprStack.take(from: valueMark)), range(from: start))
  }

  /// `[x, y for …]`
  func unparenthesizedComprehensionTarget(_ items: [Expr]) -> SyntaxError {
    SyntaxError("did you forget parentheses around the comprehension target?", at: Int(items[0].range.start),
                end: Int(items[items.count - 1].range.end))
  }

  func checkComprehensionElement(_ e: Expr) throws(SyntaxError) {
    if case .starred = e.kind {
      throw SyntaxError("iterable unpacking cannot be used in comprehension", at: Int(e.range.start), end: Int(e.range.end))
    }
  }

  /// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  func parseComprehensionClauses() throws(SyntaxError) -> [Comprehension] {
    var clauses: [Comprehension] = []
    while kind == .kwFor || (kind == .kwAsync && peek(1) == .kwFor) {
      let isAsync = accept(.kwAsync)
      advance()
      let target = try parseTargetList()
      guard accept(.kwIn) else {
        try checkTarget(target, .forLoop)
        throw invalidSyntax()
      }
      try checkTarget(target, .forLoop)
      let iter = try parseBinary(.or)
      var ifs: [Expr] = []
      while accept(.kwIf) { ifs.append(try parseBinary(.or)) }
      clauses.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
    }
    return clauses
  }

  /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  func parseYield() throws(SyntaxError) -> Expr {
    let start = Int(advance().start)
    if accept(.kwFrom) {
      let e = try parseExpression()
      return Expr(.yieldFrom(e), range(from: start))
    }
    switch kind {
    case .rparen, .rbracket, .rbrace, .newline, .semicolon, .endOfFile, .equal, .colon:
      return Expr(.yield(nil), range(from: start))
    default:
      let e = try parseStarExpressions()
      return Expr(.yield(e), range(from: start))
    }
  }

  /// lambdef: 'lambda' [lambda_params] ':' expression
  func parseLambda() throws(SyntaxError) -> Expr {
    let start = Int(advance().start)
    try enter()
    defer { depth -= 1 }
    let params = try parseParameters(closing: .colon, allowAnnotations: false)
    _ = try expect(.colon)
    let body = try parseExpression()
    return Expr(.lambda(params, body), range(from: start))
  }

  // MARK: Calls

  /// arguments: args [','] &')'
  /// args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
  func parseArguments() throws(SyntaxError) -> ([Expr], [Keyword]) {
    try enter()
    defer { depth -= 1 }
    let args = exprStack.count  // marks of the positional and keyword arguments
    let keywords = keywordStack.count
    var sawKeyword = false
    var sawDoubleStar = false
    var count = 0
    while kind != .rparen {
      let start = Int(current.start)
      if kind == .star {
        advance()
        let e = try parseExpression()
        if kind == .kwFor {
          throw SyntaxError("iterable unpacking cannot be used in comprehension", at: start, end: Int(e.range.end))
        }
        if sawDoubleStar {
          throw SyntaxError("iterable argument unpacking follows keyword argument unpacking", at: start, end: previousEnd)
        }
        exprStack.push(Expr(.starred(e), range(from: start)))
      } else if kind == .doubleStar {
        advance()
        let e = try parseExpression()
        keywordStack.push(Keyword(name: nil, value: e, range: range(from: start)))
        sawDoubleStar = true
      } else if kind == .name && peek(1) == .equal {
        let name = advanceText()
        advance()
        let value = try parseExpression()
        keywordStack.push(Keyword(name: name, value: value, range: range(from: start)))
        sawKeyword = true
      } else {
        let e = try parseNamedExpression()
        if kind == .equal {
          switch e.kind {
          case .constant(.bool(let b)):
            throw SyntaxError("cannot assign to \(b ? "True" : "False")", at: Int(e.range.start), end: Int(e.range.end))
          case .constant(.none):
            throw SyntaxError("cannot assign to None", at: Int(e.range.start), end: Int(e.range.end))
          default:
            throw SyntaxError("expression cannot contain assignment, perhaps you meant \"==\"?", at: Int(e.range.start),
                              end: Int(current.end))
          }
        }
        if kind == .kwFor || (kind == .kwAsync && peek(1) == .kwFor) {
          let generators = try parseComprehensionClauses()
          let gen = Expr(.generatorExp(e, generators), range(from: start))
          if count > 0 || kind == .comma && peek(1) != .rparen {
            throw SyntaxError("Generator expression must be parenthesized", at: Int(e.range.start), end: previousEnd)
          }
          exprStack.push(gen)
        } else {
          if sawDoubleStar {
            throw SyntaxError("positional argument follows keyword argument unpacking", at: start, end: previousEnd)
          }
          if sawKeyword {
            throw SyntaxError("positional argument follows keyword argument", at: start, end: previousEnd)
          }
          exprStack.push(e)
        }
      }
      count += 1
      if !accept(.comma) {
        if kind != .rparen {
          if exprStack.count > args, Int(exprStack[exprStack.count - 1].range.start) == start {
            throw missingCommaOrInvalid(after: exprStack[exprStack.count - 1])
          }
          throw invalidSyntax()
        }
        break
      }
    }
    if kind != .rparen { throw invalidSyntax() }
    let keywordList = keywordStack.take(from: keywords)
    return (exprStack.take(from: args), keywordList)
  }
}
