// The parser: recursive descent for statements (this file), a Pratt loop for expressions
// (Parser+Expressions.swift), target checks (Parser+Targets.swift) and literals (Parser+Strings.swift).
// Each parse function carries the grammar rule it implements, as written in Grammar/monty.ebnf.
// Errors follow CPython 3.11: the same line, and the same message for the common mistakes.

/// A class rather than a struct: the parse functions call each other on `self` constantly, and a
/// struct parser (17 words) was copied whole for calls from mutating to non-mutating methods.
public final class Parser {
  let source: SourceFile
  /// The tokens in hand: `tokens[k]` is token `base + k` of the module, or of an f-string field
  /// while it is parsed (see `parseFieldExpression`). Positions (`pos`, saved positions) count
  /// from the start of the input. At least `lookahead` tokens past `pos` are always in hand: as
  /// `pos` advances, more are taken from `stream`, and those before `pos - 1` and before any pinned
  /// position (see `pinned`) are dropped. After ENDMARKER come `lookahead` copies of it.
  var tokens: [Token]
  var base = 0
  /// Where the module's tokens come from (nil while parsing a field: all its tokens are in hand).
  var stream: TokenStream?
  /// The lowest position the parser may return to (it backtracks in `with (`…, `match`).
  var pinned = Int.max
  /// The position of the current token. (A computed property over `position` rather than an
  /// observer: observers are not inlined, and this is set for every token.)
  var pos: Int {
    @inline(__always) get { position }
    @inline(__always) set {
      position = newValue
      if newValue &- base > tokens.count &- Parser.lookahead { takeMoreTokens() }
      kind = tokens[newValue &- base].kind
    }
  }
  private var position = 0
  /// How many tokens past `pos` can be read with `token(_:)` (see `tokenAhead` for more).
  static let lookahead = 8
  /// The kind of the current token, kept in step with `pos`: parse decisions read it constantly.
  private(set) var kind: TokenKind
  /// Current nesting of recursive parse calls; bounded so hostile input cannot exhaust the native stack.
  var depth = 0
  /// Keeps long expression spines releasable without deep recursion (see `Module`).
  let spines: SpineKeeper
  /// Where the items of lists under construction collect (see ScratchStack).
  let exprStack: ScratchStack<Expr>
  let stmtStack: ScratchStack<Stmt>
  let keywordStack: ScratchStack<Keyword>
  let optionalExprStack: ScratchStack<Expr?>
  let compareOpStack: ScratchStack<CompareOp>
  let parameterStack: ScratchStack<Parameter>
  /// The furthest token reached (for CPython's choice between a parser error and an open bracket).
  var furthestPos = 0
  /// The decoded names of the module, by name number (`Token.nameID` - 1); extended as the stream
  /// delivers tokens with new names.
  var names: [String] = []
  /// Character names for `\N{…}` escapes, read as far as needed.
  let unicodeNames: UnicodeNames

  /// Recursion bound of the parser. Bracket nesting stops at 200 in the lexer (as in CPython);
  /// this bounds the other recursive forms (`not not …`, `- - …`, `a ** b ** …`, nested lambdas).
  public static let maxDepth = 1000

  /// Parses a module. Throws the first syntax error, located as CPython locates it.
  /// The tokens are scanned as the parse proceeds, but errors come out as if the whole module were
  /// tokenized first: a tokenizer error anywhere wins over a parser error.
  public static func parse(_ source: SourceFile) throws(SyntaxError) -> Module {
    let stream = try TokenStream(source)
    let parser = Parser(source: source, stream: stream)
    do throws(SyntaxError) {
      let module = try parser.parseFile()
      // The parse ended at a tokenizer error (a made-up end of input, see `takeMoreTokens`).
      if let error = stream.error { throw error }
      return module
    } catch {
      // The tokens finalizeError looks at are taken before the rest of the input is scanned.
      _ = parser.tokenAhead(max(parser.pos + 1, parser.furthestPos))
      if let tokenizerError = stream.finishScanning() { throw tokenizerError }
      throw parser.finalizeError(error, unclosedBracket: stream.unclosedBracket)
    }
  }

  init(source: SourceFile, stream: TokenStream) {
    self.source = source
    self.stream = stream
    tokens = []
    kind = .endOfFile
    spines = SpineKeeper()
    exprStack = ScratchStack()
    stmtStack = ScratchStack()
    keywordStack = ScratchStack()
    optionalExprStack = ScratchStack()
    compareOpStack = ScratchStack()
    parameterStack = ScratchStack()
    unicodeNames = UnicodeNames()
    takeMoreTokens()
    kind = tokens[0].kind
  }

  deinit {
    // After a syntax error the stacks may still hold partial trees, long chains among them: release
    // those while `spines` still holds every 64th link (see `Module`).
    restore(ScratchMarks(exprs: 0, stmts: 0, keywords: 0, optionalExprs: 0, compareOps: 0, parameters: 0))
  }

  /// The heights of the scratch stacks, saved before a parse attempt the parser may backtrack from.
  struct ScratchMarks {
    var exprs, stmts, keywords, optionalExprs, compareOps, parameters: Int
  }

  var scratchMarks: ScratchMarks {
    ScratchMarks(exprs: exprStack.count, stmts: stmtStack.count, keywords: keywordStack.count,
                 optionalExprs: optionalExprStack.count, compareOps: compareOpStack.count,
                 parameters: parameterStack.count)
  }

  /// Drops what a failed attempt left on the scratch stacks.
  func restore(_ marks: ScratchMarks) {
    exprStack.truncate(to: marks.exprs)
    stmtStack.truncate(to: marks.stmts)
    keywordStack.truncate(to: marks.keywords)
    optionalExprStack.truncate(to: marks.optionalExprs)
    compareOpStack.truncate(to: marks.compareOps)
    parameterStack.truncate(to: marks.parameters)
  }

  /// CPython reports a bracket left open at end of input instead of the parser's own error when the
  /// parser failed at end of input or on a later line than the bracket.
  func finalizeError(_ error: SyntaxError, unclosedBracket: (byte: UInt8, offset: Int)?) -> SyntaxError {
    guard let open = unclosedBracket else { return error }
    let atEnd = kind == .endOfFile || (kind == .newline && token(pos + 1).kind == .endOfFile)
    // CPython compares with the line of the last token the parser read, not the caret's line.
    let furthest = tokenAhead(max(pos, furthestPos))
    let errorLine = max(error.line(in: source), source.location(of: Int(furthest.start)).line)
    let openLine = source.location(of: open.offset).line
    if atEnd || openLine < errorLine {
      return SyntaxError("'\(Character(Unicode.Scalar(open.byte)))' was never closed", at: open.offset)
    }
    return error
  }

  // MARK: Token access

  /// Token `i`, for `i` up to `pos + lookahead` (and not before `pos - 1` or a pinned position).
  @inline(__always) func token(_ i: Int) -> Token { tokens[i &- base] }

  /// Token `i` at any distance ahead (`parseMatchIfPresent` looks to the end of the line).
  func tokenAhead(_ i: Int) -> Token {
    while i &- base > tokens.count &- Parser.lookahead && stream != nil { takeMoreTokens(through: i) }
    return tokens[min(i &- base, tokens.count - 1)]
  }

  /// Takes chunks from the stream until `lookahead` tokens past position `i` are in hand, dropping
  /// the tokens the parser is done with; at the end of the stream, pads the tokens in hand with
  /// copies of ENDMARKER and lets go of the stream.
  @inline(never)
  func takeMoreTokens(through i: Int? = nil) {
    let target = i ?? pos
    while target &- base > tokens.count &- Parser.lookahead, let stream {
      if stream.isAtEnd {
        // ENDMARKER was the last token taken, or an error stopped the stream: then an end of input
        // there winds the parse up (`parse` reports the tokenizer error).
        let last = tokens.last ?? Token(kind: .endOfFile, start: 0, end: 0)
        let end = last.kind == .endOfFile ? last : Token(kind: .endOfFile, start: last.end, end: last.end)
        tokens.append(contentsOf: repeatElement(end, count: Parser.lookahead + 1))
        self.stream = nil
        return
      }
      let keep = max(base, min(pinned, pos - 1))
      tokens.removeFirst(keep - base)
      base = keep
      stream.next(into: &tokens)
      decodeNewNames()
    }
  }

  /// Decodes the names the stream has numbered since the last call.
  func decodeNewNames() {
    guard let ranges = stream?.names, ranges.count > names.count else { return }
    for range in ranges[names.count...] { names.append(Parser.decodeName(source, range)) }
  }

  @inline(__always) var current: Token { token(pos) }
  @inline(__always) func peek(_ ahead: Int) -> TokenKind { token(pos + ahead).kind }
  @inline(__always) var previousEnd: Int { pos > 0 ? Int(token(pos - 1).end) : 0 }

  @discardableResult
  @inline(__always) func advance() -> Token {
    let t = token(pos)
    if t.kind != .endOfFile {
      pos += 1
    }
    if pos > furthestPos { furthestPos = pos }
    return t
  }

  @inline(__always) func accept(_ k: TokenKind) -> Bool {
    if kind == k {
      pos += 1
      return true
    }
    return false
  }

  func expect(_ k: TokenKind) throws(SyntaxError) -> Token {
    if kind == k { return advance() }
    throw invalidSyntax()
  }

  /// `expected ':'` when the line ends where the colon should be, `invalid syntax` otherwise (CPython).
  func expectColon() throws(SyntaxError) {
    if accept(.colon) { return }
    if kind == .newline || kind == .endOfFile {
      throw SyntaxError("expected ':'", at: previousEnd)
    }
    throw invalidSyntax()
  }

  /// Consumes the current token and returns its text. (Not `text(advance())`: that reads `self`
  /// for the call before `advance()` mutates it, which makes Swift copy the whole parser.)
  func advanceText() -> String {
    let t = advance()
    return text(t)
  }

  /// The text of a token; a non-ASCII name is normalized as CPython does (NFKC, see `normalizeName`).
  func text(_ t: Token) -> String {
    guard t.kind == .name else { return source.text(t.range) }
    let id = t.nameID
    if id > 0 && id <= names.count { return names[id - 1] }
    return Parser.decodeName(source, t.range)
  }

  /// The text at `range`, normalized as a name if it is not ASCII.
  static func decodeName(_ source: SourceFile, _ range: SourceRange) -> String {
    let bytes = source.bytes[Int(range.start)..<Int(range.end)]
    let s = String(decoding: bytes, as: UTF8.self)
    if bytes.contains(where: { $0 >= 0x80 }) { return Parser.normalizeName(s) }
    return s
  }

  /// CPython normalizes identifiers to NFKC. The standard library has no NFKC, so this applies the
  /// compatibility mappings that occur in practice (fullwidth forms, Latin ligatures) on top of NFC;
  /// other compatibility characters stay distinct (Grammar/DIFFERENCES.md).
  static func normalizeName(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 0xFF01...0xFF5E: out.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF01 + 0x21) ?? scalar)
      case 0xFB00: out += "ff"
      case 0xFB01: out += "fi"
      case 0xFB02: out += "fl"
      case 0xFB03: out += "ffi"
      case 0xFB04: out += "ffl"
      case 0xFB05, 0xFB06: out += "st"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Whether a name token spells `word` (compared as bytes: this runs for every statement).
  func isSoftKeyword(_ t: Token, _ word: StaticString) -> Bool {
    guard t.kind == .name, Int(t.end - t.start) == word.utf8CodeUnitCount else { return false }
    let base = Int(t.start)
    for k in 0..<word.utf8CodeUnitCount where source.bytes[base + k] != word.utf8Start[k] { return false }
    return true
  }

  /// The generic error at the current token, with CPython's special cases for tokens that cannot
  /// start anything here.
  func invalidSyntax(at t: Token? = nil) -> SyntaxError {
    let t = t ?? current
    switch t.kind {
    case .indent: return SyntaxError(.indentationError, "unexpected indent", at: Int(t.end))
    case .dedent: return SyntaxError(.indentationError, "unexpected unindent", at: Int(t.start))
    case .endOfFile:
      return SyntaxError("invalid syntax", at: Int(t.start))
    default:
      return SyntaxError("invalid syntax", at: Int(t.start), end: Int(t.end))
    }
  }

  @inline(__always) func range(from start: Int) -> SourceRange { SourceRange(start, max(start, previousEnd)) }

  func enter() throws(SyntaxError) {
    depth += 1
    if depth > Parser.maxDepth {
      throw SyntaxError("too many nested parentheses", at: Int(current.start))
    }
  }

  // MARK: Statements

  /// file: [statements] ENDMARKER
  func parseFile() throws(SyntaxError) -> Module {
    let mark = stmtStack.count
    while kind != .endOfFile {
      if kind == .newline { advance(); continue }
      try parseStatement()
    }
    return Module(body: stmtStack.take(from: mark), spines: spines)
  }

  /// statement: compound_stmt | simple_stmts
  /// The statements parsed are pushed on `stmtStack`.
  func parseStatement() throws(SyntaxError) {
    let compound: Stmt
    switch kind {
    case .kwIf: compound = try parseIf()
    case .kwWhile: compound = try parseWhile()
    case .kwFor: compound = try parseFor(isAsync: false, start: Int(current.start))
    case .kwTry: compound = try parseTry()
    case .kwWith: compound = try parseWith(isAsync: false, start: Int(current.start))
    case .kwDef: compound = try parseFunctionDef(decorators: [], isAsync: false, start: Int(current.start))
    case .kwClass: compound = try parseClassDef(decorators: [], start: Int(current.start))
    case .at: compound = try parseDecorated()
    case .kwAsync:
      let start = Int(current.start)
      switch peek(1) {
      case .kwDef: advance(); compound = try parseFunctionDef(decorators: [], isAsync: true, start: start)
      case .kwFor: advance(); compound = try parseFor(isAsync: true, start: start)
      case .kwWith: advance(); compound = try parseWith(isAsync: true, start: start)
      default: throw invalidSyntax(at: token(pos + 1))
      }
    case .name where isSoftKeyword(current, "match"):
      if let m = try parseMatchIfPresent() {
        compound = m
        break
      }
      let save = pos
      let outerPin = pinned
      pinned = min(pinned, save)
      do {
        try parseSimpleStatements()
        pinned = outerPin
      } catch {
        // `match x` + NEWLINE: CPython's second pass reports the missing colon of a match statement.
        let failure = error
        pos = save + 1
        pinned = outerPin
        if (try? parseSubject()) != nil && kind == .newline {
          throw SyntaxError("expected ':'", at: previousEnd)
        }
        throw failure
      }
      return
    case .indent: throw invalidSyntax()
    case .kwElse, .kwElif, .kwExcept, .kwFinally: throw invalidSyntax()
    default:
      try parseSimpleStatements()
      return
    }
    stmtStack.push(consume compound)
  }

  /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
  /// The statements parsed are pushed on `stmtStack`.
  func parseSimpleStatements() throws(SyntaxError) {
    while true {
      let item = try parseSimpleStatement()
      stmtStack.push(consume item)
      if accept(.semicolon) {
        if kind == .newline || kind == .endOfFile { break }
        continue
      }
      break
    }
    if !accept(.newline) {
      if kind == .endOfFile { return }
      throw invalidSyntax()
    }
  }

  /// block: NEWLINE INDENT statements DEDENT | simple_stmts
  /// `what` names the statement for CPython's "expected an indented block after …" message.
  /// The message is "expected an indented block after `what` on line N", N the line of `offset`.
  func parseBlock(after what: StaticString, at offset: Int) throws(SyntaxError) -> [Stmt] {
    try enter()
    defer { depth -= 1 }
    let mark = stmtStack.count
    if accept(.newline) {
      guard accept(.indent) else {
        let t = current
        throw SyntaxError(.indentationError, "expected an indented block after \(what) on line \(lineOf(offset))",
                          at: Int(t.start))
      }
      while kind != .dedent && kind != .endOfFile {
        try parseStatement()
      }
      _ = accept(.dedent)
    } else {
      if kind == .endOfFile { throw invalidSyntax() }
      try parseSimpleStatements()
    }
    return stmtStack.take(from: mark)
  }

  func lineOf(_ offset: Int) -> Int { source.location(of: offset).line }

  /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
  func parseIf() throws(SyntaxError) -> Stmt {
    let start = Int(advance().start)
    let test = try parseNamedExpression()
    try checkStrayEquals(test)
    try expectColon()
    let body = try parseBlock(after: "'if' statement", at: start)
    let orelse = try parseElifOrElse()
    return Stmt(.if(test: test, body: body, orelse: orelse), range(from: start))
  }

  /// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
  func parseElifOrElse() throws(SyntaxError) -> [Stmt] {
    if kind == .kwElif {
      let start = Int(advance().start)
      let test = try parseNamedExpression()
      try checkStrayEquals(test)
      try expectColon()
      let body = try parseBlock(after: "'elif' statement", at: start)
      let orelse = try parseElifOrElse()
      return [Stmt(.if(test: test, body: body, orelse: orelse), range(from: start))]
    }
    return try parseElseBlock()
  }

  /// else_block: 'else' ':' block
  func parseElseBlock() throws(SyntaxError) -> [Stmt] {
    guard kind == .kwElse else { return [] }
    let start = Int(advance().start)
    try expectColon()
    return try parseBlock(after: "'else' statement", at: start)
  }

  /// while_stmt: 'while' named_expression ':' block [else_block]
  func parseWhile() throws(SyntaxError) -> Stmt {
    let start = Int(advance().start)
    let test = try parseNamedExpression()
    try checkStrayEquals(test)
    try expectColon()
    let body = try parseBlock(after: "'while' statement", at: start)
    let orelse = try parseElseBlock()
    return Stmt(.while(test: test, body: body, orelse: orelse), range(from: start))
  }

  /// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
  func parseFor(isAsync: Bool, start: Int) throws(SyntaxError) -> Stmt {
    let forToken = advance()
    let target = try parseTargetList()
    guard accept(.kwIn) else {
      try checkTarget(target, .forLoop)
      throw invalidSyntax()
    }
    try checkTarget(target, .forLoop)
    let iter = try parseStarExpressions()
    try expectColon()
    let body = try parseBlock(after: "'for' statement", at: Int(forToken.start))
    let orelse = try parseElseBlock()
    return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync), range(from: start))
  }

  /// star_targets in `for` and comprehensions: ['*'] bitwise_or (',' ['*'] bitwise_or)* [',']
  /// (parsed at `|` level so that `in` is left for the loop).
  func parseTargetList() throws(SyntaxError) -> Expr {
    let start = Int(current.start)
    let mark = exprStack.count
    var trailingComma = false
    repeat {
      if kind == .kwIn { break }
      if kind == .star {
        let s = Int(advance().start)
        let e = try parseBinary(.bitOr)
        exprStack.push(Expr(.starred(e), range(from: s)))
      } else {
        let item = try parseBinary(.bitOr)
        exprStack.push(consume item)
      }
      trailingComma = kind == .comma
    } while accept(.comma)
    let count = exprStack.count - mark
    if count == 0 { throw invalidSyntax() }
    if count == 1 && !trailingComma { return exprStack.pop() }
    return Expr(.tuple(exprStack.take(from: mark)), range(from: start))
  }

  /// try_stmt: 'try' ':' block finally_block
  ///         | 'try' ':' block except_block+ [else_block] [finally_block]
  ///         | 'try' ':' block except_star_block+ [else_block] [finally_block]
  func parseTry() throws(SyntaxError) -> Stmt {
    let start = Int(advance().start)
    try expectColon()
    let body = try parseBlock(after: "'try' statement", at: start)
    var handlers: [ExceptHandler] = []
    var isStar = false
    var sawPlain = false
    while kind == .kwExcept {
      let hStart = Int(advance().start)
      let star = accept(.star)
      if star { isStar = true } else { sawPlain = true }
      if isStar && sawPlain {
        throw SyntaxError("cannot have both 'except' and 'except*' on the same 'try'", at: hStart)
      }
      var type: Expr?
      var name: String?
      if kind != .colon && kind != .newline {
        let tStart = Int(current.start)
        let first = try parseExpression()
        if kind == .comma {
          // `except A, B:` is Python 2.
          var items = [first]
          while accept(.comma) {
            if kind == .colon || kind == .kwAs { break }
            items.append(try parseExpression())
          }
          if kind == .colon || kind == .kwAs {
            throw SyntaxError("multiple exception types must be parenthesized", at: tStart, end: previousEnd)
          }
          throw invalidSyntax()
        }
        type = first
        if accept(.kwAs) {
          guard kind == .name else {
            throw invalidSyntax()
          }
          name = advanceText()
        }
      } else if star {
        throw SyntaxError("expected one or more exception types", at: Int(current.start))
      }
      try expectColon()
      let hBody = star ? try parseBlock(after: "'except*' statement", at: hStart)
        : try parseBlock(after: "'except' statement", at: hStart)
      handlers.append(ExceptHandler(type: type, name: name, body: hBody, range: range(from: hStart)))
    }
    let orelse = handlers.isEmpty ? [] : try parseElseBlock()
    var finalbody: [Stmt] = []
    if kind == .kwFinally {
      let fStart = Int(advance().start)
      try expectColon()
      finalbody = try parseBlock(after: "'finally' statement", at: fStart)
    }
    if handlers.isEmpty && finalbody.isEmpty {
      throw SyntaxError("expected 'except' or 'finally' block", at: Int(current.start))
    }
    return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody, isStar: isStar),
                range(from: start))
  }

  /// with_stmt: ['async'] 'with' '(' with_item (',' with_item)* [','] ')' ':' block
  ///          | ['async'] 'with' with_item (',' with_item)* ':' block
  /// with_item: expression ['as' star_target]
  func parseWith(isAsync: Bool, start: Int) throws(SyntaxError) -> Stmt {
    let withToken = advance()
    var items: [WithItem] = []
    // The parenthesized form is tried first and abandoned if the parentheses belong to an expression.
    if kind == .lparen {
      let save = pos
      let marks = scratchMarks
      let outerPin = pinned
      pinned = min(pinned, save)
      if let parsed = try? parseParenthesizedWithItems() {
        items = parsed
      } else {
        pos = save
        restore(marks)
      }
      pinned = outerPin
    }
    if items.isEmpty {
      repeat {
        items.append(try parseWithItem())
      } while accept(.comma)
    }
    try expectColon()
    let body = try parseBlock(after: "'with' statement", at: Int(withToken.start))
    return Stmt(.with(items: items, body: body, isAsync: isAsync), range(from: start))
  }

  func parseParenthesizedWithItems() throws(SyntaxError) -> [WithItem] {
    _ = try expect(.lparen)
    var items: [WithItem] = []
    repeat {
      if kind == .rparen { break }
      items.append(try parseWithItem())
    } while accept(.comma)
    _ = try expect(.rparen)
    guard kind == .colon, !items.isEmpty else { throw invalidSyntax() }
    return items
  }

  func parseWithItem() throws(SyntaxError) -> WithItem {
    let e = try parseExpression()
    var vars: Expr?
    if accept(.kwAs) {
      let t = try parseStarTarget()
      try checkTarget(t, .withItem)
      vars = t
    }
    return WithItem(contextExpr: e, optionalVars: vars)
  }

  /// star_target for `with … as`: a single target, or a parenthesized/bracketed target list.
  func parseStarTarget() throws(SyntaxError) -> Expr {
    if kind == .star {
      let s = Int(advance().start)
      let e = try parseBinary(.bitOr)
      return Expr(.starred(e), range(from: s))
    }
    return try parseBinary(.bitOr)
  }

  /// decorators: ('@' named_expression NEWLINE)+ (function_def | class_def)
  func parseDecorated() throws(SyntaxError) -> Stmt {
    var decorators: [Expr] = []
    let start = Int(current.start)
    while accept(.at) {
      let d = try parseNamedExpression()
      try checkStrayEquals(d)
      decorators.append(d)
      guard accept(.newline) else { throw invalidSyntax() }
    }
    switch kind {
    case .kwDef: return try parseFunctionDef(decorators: decorators, isAsync: false, start: start)
    case .kwClass: return try parseClassDef(decorators: decorators, start: start)
    case .kwAsync where peek(1) == .kwDef:
      advance()
      return try parseFunctionDef(decorators: decorators, isAsync: true, start: start)
    default: throw invalidSyntax()
    }
  }

  /// function_def: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
  func parseFunctionDef(decorators: [Expr], isAsync: Bool, start: Int) throws(SyntaxError) -> Stmt {
    let defToken = advance()
    guard kind == .name else { throw invalidSyntax() }
    let name = advanceText()
    guard accept(.lparen) else {
      throw SyntaxError("expected '('", at: Int(current.start))
    }
    let params = try parseParameters(closing: .rparen, allowAnnotations: true)
    _ = try expect(.rparen)
    var returns: Expr?
    if accept(.arrow) { returns = try parseExpression() }
    try expectColon()
    let body = try parseBlock(after: "function definition", at: Int(defToken.start))
    let def = FunctionDef(name: name, parameters: params, body: body, decorators: decorators, returns: returns,
                          isAsync: isAsync)
    return Stmt(.functionDef(def), range(from: start))
  }

  /// class_def: 'class' NAME ['(' [arguments] ')'] ':' block
  func parseClassDef(decorators: [Expr], start: Int) throws(SyntaxError) -> Stmt {
    let classToken = advance()
    guard kind == .name else { throw invalidSyntax() }
    let name = advanceText()
    var bases: [Expr] = []
    var keywords: [Keyword] = []
    if accept(.lparen) {
      (bases, keywords) = try parseArguments()
      _ = try expect(.rparen)
    }
    try expectColon()
    let body = try parseBlock(after: "class definition", at: Int(classToken.start))
    let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
    return Stmt(.classDef(def), range(from: start))
  }

  /// params: parameter list of `def` (annotations allowed) or `lambda` (no annotations), up to `closing`.
  /// parameters: slash_no_default [param_no_default*] [param_with_default*] [star_etc] | … (Grammar/monty.ebnf)
  func parseParameters(closing: TokenKind, allowAnnotations: Bool) throws(SyntaxError) -> Parameters {
    var p = Parameters()
    let positional = parameterStack.count  // the mark of the positional parameters
    var sawSlash = false
    var sawStar = false
    var sawDefault = false
    var sawKwarg = false
    while kind != closing {
      let t = current
      if sawKwarg {
        throw SyntaxError("arguments cannot follow var-keyword argument", at: Int(t.start))
      }
      switch t.kind {
      case .slash:
        if sawSlash { throw SyntaxError("/ may appear only once", at: Int(t.start)) }
        if sawStar { throw SyntaxError("/ must be ahead of *", at: Int(t.start)) }
        if parameterStack.count == positional {
          throw SyntaxError("at least one argument must precede /", at: Int(t.start))
        }
        advance()
        sawSlash = true
        p.posonly = parameterStack.take(from: positional)
      case .star:
        if sawStar { throw SyntaxError("* argument may appear only once", at: Int(t.start)) }
        advance()
        sawStar = true
        if kind == .name {
          p.vararg = try parseParameter(allowAnnotations: allowAnnotations, allowStarAnnotation: true)
          if kind == .equal { throw SyntaxError("var-positional argument cannot have default value", at: Int(current.start)) }
        } else if kind == .comma && (peek(1) == closing || peek(1) == .doubleStar) || kind == closing {
          throw SyntaxError("named arguments must follow bare *", at: Int(t.start))
        }
      case .doubleStar:
        advance()
        p.kwarg = try parseParameter(allowAnnotations: allowAnnotations, allowStarAnnotation: false)
        if kind == .equal { throw SyntaxError("var-keyword argument cannot have default value", at: Int(current.start)) }
        sawKwarg = true
      case .name:
        let param = try parseParameter(allowAnnotations: allowAnnotations, allowStarAnnotation: false)
        var def: Expr?
        if accept(.equal) { def = try parseExpression() }
        if sawStar {
          p.kwonly.append(param)
          p.kwDefaults.append(def)
        } else {
          if let def {
            sawDefault = true
            p.defaults.append(def)
          } else if sawDefault {
            throw SyntaxError("non-default argument follows default argument", at: Int(param.range.start),
                              end: Int(param.range.end))
          }
          parameterStack.push(consume param)
        }
      case .lparen:
        throw SyntaxError(allowAnnotations ? "Function parameters cannot be parenthesized"
                            : "Lambda expression parameters cannot be parenthesized", at: Int(t.start))
      default:
        throw invalidSyntax()
      }
      if !accept(.comma) { break }
    }
    if kind != closing { throw invalidSyntax() }
    p.args = parameterStack.take(from: positional)
    return p
  }

  func parseParameter(allowAnnotations: Bool, allowStarAnnotation: Bool) throws(SyntaxError) -> Parameter {
    guard kind == .name else { throw invalidSyntax() }
    let t = advance()
    var annotation: Expr?
    if allowAnnotations && accept(.colon) {
      if allowStarAnnotation && kind == .star {
        let s = Int(advance().start)
        let e = try parseBinary(.bitOr)
        annotation = Expr(.starred(e), range(from: s))
      } else {
        annotation = try parseExpression()
      }
    }
    return Parameter(name: text(t), annotation: annotation, range: range(from: Int(t.start)))
  }

  // MARK: Simple statements

  /// simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
  ///            | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
  func parseSimpleStatement() throws(SyntaxError) -> Stmt {
    let start = Int(current.start)
    switch kind {
    case .kwPass: advance(); return Stmt(.pass, range(from: start))
    case .kwBreak: advance(); return Stmt(.break, range(from: start))
    case .kwContinue: advance(); return Stmt(.continue, range(from: start))
    case .kwReturn:
      advance()
      let value = isEndOfSimpleStatement ? nil : try parseStarExpressions()
      return Stmt(.return(value), range(from: start))
    case .kwRaise:
      advance()
      var exc: Expr?
      var cause: Expr?
      if !isEndOfSimpleStatement {
        exc = try parseExpression()
        if accept(.kwFrom) { cause = try parseExpression() }
      }
      return Stmt(.raise(exception: exc, cause: cause), range(from: start))
    case .kwGlobal, .kwNonlocal:
      let isGlobal = advance().kind == .kwGlobal
      var names: [String] = []
      repeat {
        guard kind == .name else { throw invalidSyntax() }
        names.append(advanceText())
      } while accept(.comma)
      return Stmt(isGlobal ? .global(names) : .nonlocal(names), range(from: start))
    case .kwDel:
      advance()
      var targets: [Expr] = []
      repeat {
        if isEndOfSimpleStatement { break }
        let t = try parseStarTarget()
        try checkTarget(t, .delete)
        targets.append(t)
      } while accept(.comma)
      if targets.isEmpty || !isEndOfSimpleStatement {
        if !isEndOfSimpleStatement, let last = targets.last, kind != .comma {
          // `del f() + 1`: CPython names the expression it cannot delete.
          _ = last
        }
        if !isEndOfSimpleStatement {
          let e = try parseExpression(startingWith: targets.last)
          try checkTarget(e, .delete)
        }
        throw invalidSyntax()
      }
      return Stmt(.delete(targets), range(from: start))
    case .kwAssert:
      advance()
      let test = try parseExpression()
      let msg = accept(.comma) ? try parseExpression() : nil
      return Stmt(.assert(test: test, message: msg), range(from: start))
    case .kwImport: return try parseImport()
    case .kwFrom: return try parseFromImport()
    default: return try parseExpressionStatement()
    }
  }

  var isEndOfSimpleStatement: Bool { kind == .newline || kind == .semicolon || kind == .endOfFile }

  /// import_name: 'import' dotted_as_names
  func parseImport() throws(SyntaxError) -> Stmt {
    let start = Int(advance().start)
    var names: [Alias] = []
    repeat {
      let aStart = Int(current.start)
      let name = try parseDottedName()
      var asname: String?
      if accept(.kwAs) {
        guard kind == .name else { throw invalidSyntax() }
        asname = advanceText()
      }
      names.append(Alias(name: name, asname: asname, range: range(from: aStart)))
    } while accept(.comma)
    return Stmt(.import(names), range(from: start))
  }

  /// dotted_name: NAME ('.' NAME)*
  func parseDottedName() throws(SyntaxError) -> String {
    guard kind == .name else { throw invalidSyntax() }
    var name = advanceText()
    while accept(.dot) {
      guard kind == .name else { throw invalidSyntax() }
      name += "." + advanceText()
    }
    return name
  }

  /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  ///            | 'from' ('.' | '...')+ 'import' import_from_targets
  /// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names | '*'
  func parseFromImport() throws(SyntaxError) -> Stmt {
    let start = Int(advance().start)
    var level = 0
    while kind == .dot || kind == .ellipsis {
      level += advance().kind == .dot ? 1 : 3
    }
    var module: String?
    if kind == .name { module = try parseDottedName() }
    if module == nil && level == 0 { throw invalidSyntax() }
    guard accept(.kwImport) else { throw invalidSyntax() }
    var names: [Alias] = []
    if kind == .star {
      let t = advance()
      names.append(Alias(name: "*", asname: nil, range: t.range))
    } else {
      let paren = accept(.lparen)
      repeat {
        if paren && kind == .rparen { break }
        if !paren && !names.isEmpty && (kind == .newline || kind == .semicolon || kind == .endOfFile) { break }
        guard kind == .name else { throw invalidSyntax() }
        let t = advance()
        var asname: String?
        if accept(.kwAs) {
          guard kind == .name else { throw invalidSyntax() }
          asname = advanceText()
        }
        names.append(Alias(name: text(t), asname: asname, range: range(from: Int(t.start))))
      } while accept(.comma)
      if paren {
        _ = try expect(.rparen)
      } else if token(pos - 1).kind == .comma {
        throw SyntaxError("trailing comma not allowed without surrounding parentheses", at: Int(token(pos - 1).start))
      }
      if names.isEmpty { throw invalidSyntax() }
    }
    return Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
  }

  /// assignment: NAME ':' expression ['=' annotated_rhs]
  ///           | (star_targets '=')+ (yield_expr | star_expressions)
  ///           | single_target augassign (yield_expr | star_expressions)
  /// star_expressions
  func parseExpressionStatement() throws(SyntaxError) -> Stmt {
    let start = Int(current.start)
    let startsWithParen = kind == .lparen
    let first = try parseStarExpressionsOrYield()
    switch kind {
    case .equal:
      let mark = exprStack.count
      exprStack.push(consume first)
      while accept(.equal) {
        if kind == .newline || kind == .endOfFile || kind == .semicolon { throw invalidSyntax() }
        let item = try parseStarExpressionsOrYield()
        exprStack.push(consume item)
      }
      let value = exprStack.pop()
      let targets = exprStack.take(from: mark)
      for (i, target) in targets.enumerated() {
        try checkAssignmentTarget(target, value: i + 1 < targets.count ? targets[i + 1] : value,
                                  isFirst: i == 0, parenthesized: i == 0 && startsWithParen,
                                  chained: targets.count > 1)
      }
      return Stmt(.assign(targets: targets, value: value), range(from: start))
    case .colon:
      advance()
      try checkAnnotationTarget(first)
      let annotation = try parseExpression()
      var value: Expr?
      if accept(.equal) { value = try parseStarExpressionsOrYield() }
      var simple = false
      if case .name = first.kind, !startsWithParen { simple = true }
      return Stmt(.annAssign(target: first, annotation: annotation, value: value, simple: simple), range(from: start))
    default:
      if let op = augmentedOperator(kind) {
        try checkTarget(first, .augmented)
        advance()
        let value = try parseStarExpressionsOrYield()
        return Stmt(.augAssign(target: first, op: op, value: value), range(from: start))
      }
      if !isEndOfSimpleStatement {
        try diagnoseJuxtaposition(after: first)
      }
      return Stmt(.expr(first), range(from: start))
    }
  }

  func augmentedOperator(_ k: TokenKind) -> BinaryOp? {
    switch k {
    case .plusEqual: return .add
    case .minusEqual: return .sub
    case .starEqual: return .mult
    case .atEqual: return .matMult
    case .slashEqual: return .div
    case .percentEqual: return .mod
    case .doubleStarEqual: return .pow
    case .leftShiftEqual: return .lShift
    case .rightShiftEqual: return .rShift
    case .vbarEqual: return .bitOr
    case .circumflexEqual: return .bitXor
    case .amperEqual: return .bitAnd
    case .doubleSlashEqual: return .floorDiv
    default: return nil
    }
  }

  /// An expression statement followed by something that cannot continue it: CPython's special
  /// messages for `print "x"` and for a missing comma; otherwise "invalid syntax" at the token.
  func diagnoseJuxtaposition(after e: Expr) throws(SyntaxError) {
    if case .name(let n) = e.kind, n == "print" || n == "exec" {
      switch kind {
      case .name, .number, .string, .lbracket, .lbrace, .minus, .plus, .tilde:
        throw SyntaxError("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", at: Int(e.range.start),
                          end: Int(current.end))
      default: break
      }
    }
    throw invalidSyntax()
  }

  // MARK: match

  /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  /// Returns nil when `match` is used as an ordinary name (it is a soft keyword).
  func parseMatchIfPresent() throws(SyntaxError) -> Stmt? {
    // Decide by scanning to the end of the logical line: a match statement ends in ':' NEWLINE.
    let save = pos
    var i = pos + 1
    let next = tokenAhead(i).kind
    switch next {
    case .newline, .endOfFile, .equal, .dot, .comma, .rparen, .colon, .semicolon: return nil
    default: break
    }
    if let (_, _) = Precedence.infix(next), next != .star, next != .minus, next != .kwNot {
      return nil
    }
    if augmentedOperator(next) != nil { return nil }
    var lastBeforeNewline = TokenKind.endOfFile
    while tokenAhead(i).kind != .newline && tokenAhead(i).kind != .endOfFile {
      lastBeforeNewline = tokenAhead(i).kind
      i += 1
    }
    guard lastBeforeNewline == .colon else { return nil }
    // Until the subject and its colon are parsed, the parser may return to `save`.
    let outerPin = pinned
    pinned = min(pinned, save)
    let start = Int(advance().start)
    let subject: Expr
    let marks = scratchMarks
    do {
      subject = try parseSubject()
    } catch {
      pos = save
      restore(marks)
      pinned = outerPin
      return nil
    }
    guard kind == .colon else {
      pos = save
      pinned = outerPin
      return nil
    }
    pinned = outerPin
    advance()
    guard accept(.newline) else { throw invalidSyntax() }
    guard accept(.indent) else {
      throw SyntaxError(.indentationError, "expected an indented block after 'match' statement on line \(lineOf(start))",
                        at: Int(current.start))
    }
    var cases: [MatchCase] = []
    while kind != .dedent && kind != .endOfFile {
      guard isSoftKeyword(current, "case") else { throw invalidSyntax() }
      cases.append(try parseCaseBlock())
    }
    _ = accept(.dedent)
    return Stmt(.match(subject: subject, cases: cases), range(from: start))
  }

  /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  func parseSubject() throws(SyntaxError) -> Expr {
    let start = Int(current.start)
    let first = try parseStarNamedExpression()
    guard kind == .comma else { return first }
    let mark = exprStack.count
    exprStack.push(consume first)
    while accept(.comma) {
      if kind == .colon { break }
      let item = try parseStarNamedExpression()
      exprStack.push(consume item)
    }
    return Expr(.tuple(exprStack.take(from: mark)), range(from: start))
  }

  /// case_block: "case" patterns [guard] ':' block
  func parseCaseBlock() throws(SyntaxError) -> MatchCase {
    let start = Int(advance().start)
    let pattern = try parsePatterns()
    var guardExpr: Expr?
    if accept(.kwIf) { guardExpr = try parseNamedExpression() }
    try expectColon()
    let body = try parseBlock(after: "'case' statement", at: start)
    return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body)
  }
}
