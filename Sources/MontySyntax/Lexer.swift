// The tokenizer: UTF-8 bytes in, 12-byte tokens out, in one linear pass: all at once (`tokenize`),
// or a chunk at a time as the parser asks for them (`TokenStream`).
// It follows CPython 3.11's tokenizer: INDENT/DEDENT from a stack of columns (tabs to multiples of 8,
// with a second "tab = 1 column" measure to detect inconsistent tabs, as CPython does), implicit line
// joining inside brackets, backslash continuation, and CPython's messages for malformed literals.
// It does not decode literals: string escapes and numbers are converted by the parser (Literals.swift).
// An f-string is one `.string` token here; the parser tokenizes its replacement fields separately.

/// Bytes at or above this value start a multi-byte UTF-8 sequence.
private let asciiLimit: UInt8 = 0x80

public struct Lexer {
  /// CPython's MAXLEVEL: deeper bracket nesting is "too many nested parentheses".
  public static let maxBracketDepth = 200
  /// CPython's MAXINDENT: deeper block nesting is "too many levels of indentation".
  public static let maxIndentDepth = 100

  /// Result of tokenizing: the tokens, and the innermost bracket still open at end of input.
  /// An unclosed bracket is not thrown at once: CPython reports it only when the parser fails at
  /// end of input or on a line after the bracket (see `Parser.finalizeError`).
  public struct Output {
    public var tokens: [Token]
    public var unclosedBracket: (byte: UInt8, offset: Int)?
    /// Where each distinct name first occurs, by name number (`Token.nameID` - 1). Empty for an
    /// f-string field, whose names are not numbered.
    var names: [SourceRange] = []
  }

  /// Zero bytes appended after the source: the first is the end-of-input sentinel, the rest let the
  /// scanner look a few bytes ahead, and load a whole 8-byte word for keyword matching, without bounds checks.
  static let padding = 8

  /// Tokenizes a whole module.
  public static func tokenize(_ source: SourceFile) throws(SyntaxError) -> Output {
    try validate(source)
    var start = 0
    let b = source.bytes
    // A UTF-8 byte order mark is skipped, as CPython does.
    if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { start = 3 }
    return try scan(source.bytes[...], from: start, expressionMode: false)
  }

  /// Tokenizes the expression inside an f-string replacement field, `source.bytes[start..<end]`.
  /// Newlines are insignificant there (as inside brackets) and no INDENT/DEDENT is produced.
  /// `trailingEnds` extra copies of ENDMARKER follow it (the parser reads a few tokens ahead).
  public static func tokenizeExpression(_ source: SourceFile, start: Int, end: Int,
                                        trailingEnds: Int = 0) throws(SyntaxError) -> Output {
    // Only the field is scanned (a padded copy); offsets are shifted back to file offsets.
    do {
      var out = try scan(source.bytes[start..<end], from: 0, expressionMode: true, trailingEnds: trailingEnds)
      let base = UInt32(truncatingIfNeeded: start)
      for k in out.tokens.indices {
        out.tokens[k].start &+= base
        out.tokens[k].end &+= base
      }
      return out
    } catch {
      error.offset += start
      if let end = error.endOffset { error.endOffset = end + start }
      error.lineOverride = nil
      throw error
    }
  }

  /// Scans `text` (offsets relative to its start) from `start`.
  ///
  /// A module's tokens are written straight into the result array's storage; its capacity is a
  /// generous estimate (real code has about one token per three bytes), and in the rare case that
  /// it is too small the scan is repeated with the proven bound: every token but NEWLINE at end of
  /// input, DEDENT and ENDMARKER consumes a byte, and there are no more DEDENTs than INDENTs, so a
  /// text of n bytes has at most 2n + 2 tokens. An f-string field (at most n + 1 tokens) is scanned
  /// into a temporary buffer and copied into an array of its size: `Array(unsafeUninitializedCapacity:)`
  /// costs more than a short field's whole scan.
  ///
  /// The padded copy of the text and the scanner's stacks are temporary allocations: on the stack
  /// for a short field (each kept under the 1 KB that Swift allocates there unconditionally), on
  /// the heap for a module.
  static func scan(_ text: ArraySlice<UInt8>, from start: Int, expressionMode: Bool,
                   trailingEnds: Int = 0) throws(SyntaxError) -> Output {
    let n = text.count
    var result: Result<Output, SyntaxError> = .failure(SyntaxError("empty", at: 0))
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + padding) { copy in
      text.withUnsafeBufferPointer { source in
        if let from = source.baseAddress, let to = copy.baseAddress { to.initialize(from: from, count: n) }
      }
      (copy.baseAddress! + n).initialize(repeating: 0, count: padding)
      let p = UnsafeBufferPointer(copy)
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Lexer.maxBracketDepth + 1) { brackets in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: Lexer.maxIndentDepth + 1) { indents in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: Lexer.maxIndentDepth + 1) { altIndents in
        /// Scans into `buffer`: the token count, whether the buffer overflowed, and the output.
        func run(into buffer: UnsafeMutableBufferPointer<Token>) -> (Int, Bool, Result<Output, SyntaxError>) {
          let scanner = Scanner(p: p, end: n, expressionMode: expressionMode, out: buffer, brackets: brackets,
                                indents: indents, altIndents: altIndents)
          defer { scanner.names.deallocate() }
          do throws(SyntaxError) {
            try scanner.scan(from: start)
          } catch {
            // Errors do not depend on the token buffer: this is the error a larger buffer would give.
            return (scanner.count, scanner.overflowed, .failure(error))
          }
          let out = Output(tokens: [], unclosedBracket: scanner.innermostBracket, names: scanner.names.ranges)
          return (scanner.count, scanner.overflowed, .success(out))
        }
        if expressionMode {
          withUnsafeTemporaryAllocation(of: Token.self, capacity: n + 2 + trailingEnds) { buffer in
            var (count, _, scanned) = run(into: buffer)
            if case .success = scanned, count > 0 {
              for k in count..<count + trailingEnds { buffer[k] = buffer[count - 1] }
              count += trailingEnds
            }
            result = scanned.map { out in
              var out = out
              out.tokens = Array(UnsafeBufferPointer(rebasing: buffer[0..<count]))
              return out
            }
          }
          return
        }
        var capacity = n / 2 + 64
        while true {
          var overflowed = false
          var scanned: Result<Output, SyntaxError> = .failure(SyntaxError("empty", at: 0))
          let tokens = [Token](unsafeUninitializedCapacity: capacity) { buffer, count in
            (count, overflowed, scanned) = run(into: buffer)
          }
          if !overflowed {
            result = scanned.map { out in
              var out = out
              out.tokens = tokens
              return out
            }
            return
          }
          if capacity >= 2 * n + 16 {
            result = .failure(SyntaxError("too many tokens", at: 0))  // unreachable by the bound above
            return
          }
          capacity = 2 * n + 16
        }
      }
      }
      }
    }
    return try result.get()
  }

  /// Rejects sources CPython rejects before tokenizing: NUL bytes and invalid UTF-8.
  static func validate(_ source: SourceFile) throws(SyntaxError) {
    let b = source.bytes
    if b.count > SourceFile.maxSize {
      throw SyntaxError("source too large", at: 0)
    }
    guard let bad = firstInvalidByte(b) else { return }
    if b[bad] == 0 { throw SyntaxError("source code cannot contain null bytes", at: bad) }
    let line = source.location(of: bad).line
    let hex = String(b[bad], radix: 16)
    let error = SyntaxError(
      "Non-UTF-8 code starting with '\\x\(hex)' in file \(source.name) on line \(line), but no encoding "
        + "declared; see https://peps.python.org/pep-0263/ for details", at: bad)
    error.showsLocation = false
    throw error
  }

  /// Offset of the first NUL byte or malformed UTF-8 sequence, or nil if there is none.
  /// ASCII text is checked eight bytes at a time.
  static func firstInvalidByte(_ b: [UInt8]) -> Int? {
    b.withUnsafeBufferPointer { p -> Int? in
      guard let base = p.baseAddress else { return nil }
      let n = p.count
      var i = 0
      while i < n {
        if i + 8 <= n {
          let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
          // A byte with its high bit set, or (the classic "has zero byte" test) a zero byte.
          let zero = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
          if (w & 0x8080_8080_8080_8080) | zero == 0 {
            i += 8
            continue
          }
        }
        let c = p[i]
        if c < asciiLimit {
          if c == 0 { return i }
          i += 1
          continue
        }
        let len = utf8SequenceLength(p, i)
        if len == 0 { return i }
        i += len
      }
      return nil
    }
  }

  /// Length of the well-formed UTF-8 sequence at `i`, or 0 if it is malformed.
  static func utf8SequenceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let c = b[i]
    let n = b.count
    func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
    switch c {
    case 0xC2...0xDF: return cont(1) ? 2 : 0
    case 0xE0:
      return i + 1 < n && b[i + 1] >= 0xA0 && b[i + 1] <= 0xBF && cont(2) ? 3 : 0
    case 0xED:
      return i + 1 < n && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F && cont(2) ? 3 : 0
    case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
    case 0xF0:
      return i + 1 < n && b[i + 1] >= 0x90 && b[i + 1] <= 0xBF && cont(2) && cont(3) ? 4 : 0
    case 0xF4:
      return i + 1 < n && b[i + 1] >= 0x80 && b[i + 1] <= 0x8F && cont(2) && cont(3) ? 4 : 0
    case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
    default: return 0
    }
  }
}

// MARK: - Streaming

/// A module's tokens, scanned a chunk at a time as the parser asks for them, so that they are never
/// all in memory at once (10 MB of source made 37 MB of tokens: mostly freshly faulted pages).
/// `Lexer.tokenize` makes the same tokens in one array.
final class TokenStream {
  /// Tokens per chunk, at most.
  static let chunkSize = 8192
  /// Tokens per chunk for this source: a short one (a REPL line, an agent's snippet) gets a chunk its
  /// size, not a 200 KB one (which malloc would map and unmap on every compile).
  private let chunkCapacity: Int

  private let text: UnsafeMutableBufferPointer<UInt8>
  private let brackets: UnsafeMutableBufferPointer<UInt32>
  private let indents: UnsafeMutableBufferPointer<Int>
  private let altIndents: UnsafeMutableBufferPointer<Int>
  private let chunk: UnsafeMutableBufferPointer<Token>
  private let scanner: Scanner
  /// The first tokenizer error, once met: no further tokens follow it.
  private(set) var error: SyntaxError?

  /// Checks the source (NUL bytes, UTF-8) as `Lexer.tokenize` does, and prepares to scan it.
  init(_ source: SourceFile) throws(SyntaxError) {
    try Lexer.validate(source)
    let b = source.bytes
    let n = b.count
    let text = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: n + Lexer.padding)
    b.withUnsafeBufferPointer { from in
      if let from = from.baseAddress, let to = text.baseAddress { to.initialize(from: from, count: n) }
    }
    (text.baseAddress.map { $0 + n })?.initialize(repeating: 0, count: Lexer.padding)
    self.text = text
    brackets = .allocate(capacity: Lexer.maxBracketDepth + 1)
    indents = .allocate(capacity: Lexer.maxIndentDepth + 1)
    altIndents = .allocate(capacity: Lexer.maxIndentDepth + 1)
    chunkCapacity = min(TokenStream.chunkSize, n + 16)
    chunk = .allocate(capacity: chunkCapacity + Lexer.maxIndentDepth + 8)
    scanner = Scanner(p: UnsafeBufferPointer(text), end: n, expressionMode: false, out: chunk, brackets: brackets,
                      indents: indents, altIndents: altIndents)
    // A UTF-8 byte order mark is skipped, as CPython does.
    scanner.resumeAt = n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
  }

  deinit {
    scanner.names.deallocate()
    text.deallocate()
    brackets.deallocate()
    indents.deallocate()
    altIndents.deallocate()
    chunk.deallocate()
  }

  /// True once ENDMARKER has been delivered, or an error met.
  var isAtEnd: Bool { scanner.finished || error != nil }

  /// Where each distinct name delivered so far first occurs (see `Lexer.Output.names`).
  var names: [SourceRange] { scanner.names.ranges }

  /// The innermost bracket still open; at the end of the input, the one `Lexer.Output` reports.
  var unclosedBracket: (byte: UInt8, offset: Int)? { scanner.innermostBracket }

  /// Appends the next chunk of tokens to `tokens`; nothing once at the end. A tokenizer error ends
  /// the stream and is kept in `error`.
  func next(into tokens: inout [Token]) {
    guard !isAtEnd else { return }
    scanner.count = 0
    do {
      try scanner.scanMore(until: chunkCapacity)
    } catch {
      self.error = error
    }
    tokens.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<scanner.count]))
  }

  /// Scans the rest of the input, dropping its tokens, and returns the first tokenizer error of the
  /// whole input, if any: one is reported in preference to any parser error, as it would be if the
  /// whole input were tokenized before parsing.
  func finishScanning() -> SyntaxError? {
    var dropped: [Token] = []
    while !isAtEnd {
      dropped.removeAll(keepingCapacity: true)
      next(into: &dropped)
    }
    return error
  }
}

// MARK: - Character classes

@inline(__always) private func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
@inline(__always) private func isIdentStart(_ c: UInt8) -> Bool {
  (c | 0x20) &- 0x61 < 26 || c == 0x5F || c >= asciiLimit
}
/// Letters, digits, `_`, and every byte >= 0x80 (a non-ASCII character is checked separately),
/// as a bitmap lookup: one shift and one test instead of a chain of range comparisons.
@inline(__always) private func isIdentContinue(_ c: UInt8) -> Bool {
  let bit = UInt64(1) &<< UInt64(c & 63)
  switch c >> 6 {
  case 0: return 0x03FF_0000_0000_0000 & bit != 0  // '0'...'9'
  case 1: return 0x07FF_FFFE_87FF_FFFE & bit != 0  // 'A'...'Z', '_', 'a'...'z'
  default: return true
  }
}
@inline(__always) private func isHexDigit(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20) &- 0x61 < 6 }

/// The scanning state of one tokenizer run. Reads from an unsafe buffer whose byte at `end` is 0,
/// followed by `Lexer.padding - 1` more zero bytes; writes tokens into `out` (see `Lexer.scan`).
/// A class: as a struct (22 words) it was copied whole before calls from its mutating methods to
/// its non-mutating ones.
private final class Scanner {
  let p: UnsafeBufferPointer<UInt8>
  let end: Int
  let expressionMode: Bool
  /// The token buffer and how much of it is filled. When it is full, further tokens are dropped
  /// and `overflowed` is set; the caller scans again with a larger buffer.
  let out: UnsafeMutableBufferPointer<Token>
  var count = 0
  var overflowed = false
  /// The kind of the last token emitted (`finish` looks at it).
  var lastKind: TokenKind?
  /// Offsets of the open brackets (the bracket byte is `p[offset]`); at most `Lexer.maxBracketDepth`.
  let brackets: UnsafeMutableBufferPointer<UInt32>
  var bracketCount = 0
  /// Indentation columns (tab stops of 8) and "alternate" columns (tab = 1) of the open blocks,
  /// `indentCount` of each (at most `Lexer.maxIndentDepth`); the first is the module's, column 0.
  let indents: UnsafeMutableBufferPointer<Int>
  let altIndents: UnsafeMutableBufferPointer<Int>
  var indentCount = 1
  /// The names seen so far (a module's only; the caller deallocates the table).
  var names: NameInterner
  /// Where a paused scan resumes (see `scanMore`), and whether the input is all scanned.
  var resumeAt = 0
  var resumeAtLineStart = true
  var finished = false

  init(p: UnsafeBufferPointer<UInt8>, end: Int, expressionMode: Bool, out: UnsafeMutableBufferPointer<Token>,
       brackets: UnsafeMutableBufferPointer<UInt32>, indents: UnsafeMutableBufferPointer<Int>,
       altIndents: UnsafeMutableBufferPointer<Int>) {
    self.p = p
    self.end = end
    self.expressionMode = expressionMode
    self.out = out
    self.brackets = brackets
    self.indents = indents
    self.altIndents = altIndents
    indents[0] = 0
    altIndents[0] = 0
    names = NameInterner(capacity: expressionMode ? 0 : 1024)
  }

  /// Emits a `.name` token numbered by the interner (f-string fields leave names unnumbered).
  /// `firstWord` is `NameInterner.word(p, start, stop - start)`.
  @inline(__always) func emitName(_ start: Int, _ stop: Int, firstWord: UInt64) {
    emit(.name, start, stop)
    if !expressionMode && !overflowed, let base = p.baseAddress {
      out[count - 1].nameID = names.intern(base, start, stop - start, firstWord: firstWord)
    }
  }

  /// The keyword table (see `scanNameOrPrefixedString`).
  let keywordSlots = KeywordTable.slots

  @inline(__always) func at(_ i: Int) -> UInt8 { i < end ? p[i] : 0 }

  @inline(__always) func emit(_ kind: TokenKind, _ start: Int, _ stop: Int) {
    lastKind = kind
    guard count < out.count else {
      overflowed = true
      return
    }
    out[count] = Token(kind: kind, start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: stop))
    count += 1
  }

  /// The innermost bracket still open, if any.
  var innermostBracket: (byte: UInt8, offset: Int)? {
    guard bracketCount > 0 else { return nil }
    let offset = Int(brackets[bracketCount - 1])
    return (p[offset], offset)
  }

  /// The 1-based line of an offset, counted on demand (only for messages).
  func line(of offset: Int) -> Int {
    var line = 1
    var i = 0
    while i < offset && i < end {
      if p[i] == 0x0A || (p[i] == 0x0D && at(i + 1) != 0x0A) { line += 1 }
      i += 1
    }
    return line
  }

  func scan(from start: Int) throws(SyntaxError) {
    resumeAt = start
    resumeAtLineStart = !expressionMode
    try scanMore(until: Int.max)
  }

  /// Scans until at least `limit` tokens are in `out` (the caller leaves room for the up to
  /// `Lexer.maxIndentDepth + 2` tokens one step can add: dedents, a NEWLINE and ENDMARKER), or to
  /// the end of the input; `finished` tells which. The position is kept for the next call.
  func scanMore(until limit: Int) throws(SyntaxError) {
    var i = resumeAt
    var atLineStart = resumeAtLineStart
    while true {
      if count >= limit {
        resumeAt = i
        resumeAtLineStart = atLineStart
        return
      }
      if atLineStart {
        atLineStart = false
        // Measure indentation.
        var col = 0
        var alt = 0
        var j = i
        while true {
          // Eight spaces at a time first (indentation is mostly spaces; the padding makes the load safe).
          if UnsafeRawPointer(p.baseAddress! + j).loadUnaligned(as: UInt64.self) == 0x2020_2020_2020_2020 {
            col += 8
            alt += 8
            j += 8
            continue
          }
          let c = at(j)
          if c == 0x20 { col += 1; alt += 1 } else if c == 0x09 {
            col = (col / 8 + 1) * 8
            alt += 1
          } else if c == 0x0C { col = 0; alt = 0 } else { break }
          j += 1
        }
        let c = at(j)
        if c == 0x23 || c == 0x0A || c == 0x0D || (c == 0x5C && isLineEnd(j + 1)) {
          // Blank line, comment-only line, or a lone continuation: no tokens, no indentation change.
          if c == 0x5C {
            i = skipNewline(j + 1)
            atLineStart = true
            continue
          }
          i = j
          if c == 0x23 { i = skipComment(i) }
          if at(i) == 0 && i >= end { continue }  // end of input: the main switch finishes
          i = skipNewline(i)
          atLineStart = true
          continue
        }
        if c == 0 && j >= end { i = j; continue }
        if c == 0x5C && at(j + 1) == 0 && j + 1 >= end {
          throw SyntaxError("unexpected EOF while parsing", at: j)
        }
        let top = indents[indentCount - 1]
        if col == top {
          if alt != altIndents[indentCount - 1] { throw tabError(j) }
        } else if col > top {
          if indentCount >= Lexer.maxIndentDepth {
            throw SyntaxError(.indentationError, "too many levels of indentation", at: j)
          }
          if alt <= altIndents[indentCount - 1] { throw tabError(j) }
          indents[indentCount] = col
          altIndents[indentCount] = alt
          indentCount += 1
          emit(.indent, i, j)
        } else {
          while indentCount > 1 && col < indents[indentCount - 1] {
            indentCount -= 1
            emit(.dedent, j, j)
          }
          if col != indents[indentCount - 1] {
            throw SyntaxError(.indentationError, "unindent does not match any outer indentation level", at: j)
          }
          if alt != altIndents[indentCount - 1] { throw tabError(j) }
        }
        i = j
      }

      // Skip whitespace between tokens (every token handler stops at or before the sentinel).
      var c = p[i]
      while c == 0x20 || c == 0x09 || c == 0x0C {
        i += 1
        c = p[i]
      }
      let start = i
      switch c {
      case 0:
        if i >= end {
          finish(at: i)
          resumeAt = i
          finished = true
          return
        }
        throw SyntaxError("source code cannot contain null bytes", at: i)
      case 0x23:  // '#' comment
        i = skipComment(i)
      case 0x0A, 0x0D:
        let next = skipNewline(i)
        if bracketCount == 0 && !expressionMode {
          emit(.newline, i, next)
          atLineStart = true
        }
        i = next
      case 0x5C:  // '\' line continuation
        if isLineEnd(i + 1) {
          i = skipNewline(i + 1)
          if at(i) == 0 && i >= end {
            throw SyntaxError("unexpected EOF while parsing", at: i)
          }
        } else if at(i + 1) == 0 && i + 1 >= end {
          throw SyntaxError("unexpected EOF while parsing", at: i + 1)
        } else {
          throw SyntaxError("unexpected character after line continuation character", at: i + 1)
        }
      case 0x22, 0x27:  // quotes
        i = try scanString(prefixStart: i, quoteAt: i)
      case 0x30...0x39:
        i = try scanNumber(i)
      case 0x2E:  // '.'
        if isDigit(at(i + 1)) {
          i = try scanNumber(i)
        } else if at(i + 1) == 0x2E && at(i + 2) == 0x2E {
          i += 3
          emit(.ellipsis, start, i)
        } else {
          i += 1
          emit(.dot, start, i)
        }
      // The cases cover every byte, so the switch is one jump through a 256-entry table; the most
      // common tokens get their own cases, the rest go through `scanOperator`.
      case 0x41...0x5A, 0x5F, 0x61...0x7A, 0x80...0xFF:  // letters, '_', and non-ASCII (checked there)
        i = try scanNameOrPrefixedString(i)
      case 0x2C:
        i += 1
        emit(.comma, start, i)
      case 0x28, 0x5B, 0x7B:
        try openBracket(c, at: i)
        i += 1
      case 0x29, 0x5D, 0x7D:
        try closeBracket(c, at: i)
        i += 1
      default:
        i = try scanOperator(i)
      }
    }
  }

  func tabError(_ at: Int) -> SyntaxError {
    SyntaxError(.tabError, "inconsistent use of tabs and spaces in indentation", at: at)
  }

  @inline(__always) func isLineEnd(_ i: Int) -> Bool { let c = at(i); return c == 0x0A || c == 0x0D }
  @inline(__always) func isLineEndOrEOF(_ i: Int) -> Bool {
    let c = at(i)
    return c == 0x0A || c == 0x0D || (c == 0 && i >= end)
  }
  /// Offset of the line end (or end of input) that ends the comment starting at `i`.
  @inline(__always) func skipComment(_ start: Int) -> Int {
    var i = start
    while true {
      let c = p[i]
      // Every byte above '\r' is comment text; the few below it need a closer look.
      if c > 0x0D || (c != 0x0A && c != 0x0D && !(c == 0 && i >= end)) {
        i += 1
      } else {
        return i
      }
    }
  }

  /// Offset after the line terminator at `i` ("\n", "\r\n" or "\r").
  @inline(__always) func skipNewline(_ i: Int) -> Int {
    if at(i) == 0x0D && at(i + 1) == 0x0A { return i + 2 }
    return i + 1
  }

  /// End of input: a final NEWLINE if the last line had tokens, then DEDENTs and ENDMARKER.
  func finish(at i: Int) {
    if !expressionMode {
      if let last = lastKind, last != .newline, last != .dedent, last != .indent {
        emit(.newline, i, i)
      }
      while indentCount > 1 {
        indentCount -= 1
        emit(.dedent, i, i)
      }
    }
    emit(.endOfFile, i, i)
  }

  // MARK: Names

  /// Inlined into the main loop: names are the most common tokens.
  @inline(__always) func scanNameOrPrefixedString(_ start: Int) throws(SyntaxError) -> Int {
    // ASCII letters, digits and `_` (the sentinel 0 stops the loop); the rest of a name with
    // non-ASCII characters is scanned out of line.
    var i = start
    var c = p[i]
    while c < asciiLimit && isIdentContinue(c) {
      i += 1
      c = p[i]
    }
    var ascii = true
    if c >= asciiLimit && i < end {
      ascii = false
      i = try scanNonASCIIName(start, from: i)
    }
    let len = i - start
    let q = at(i)
    if ascii && (q == 0x22 || q == 0x27) && len <= 2 && isStringPrefix(start, len) {
      return try scanString(prefixStart: start, quoteAt: i)
    }
    // The name's first (up to) 8 bytes as one little-endian word (the padding after the input
    // makes the load safe) serve both tables. Keywords are 2 to 8 ASCII bytes: a perfect hash of
    // the word finds the only keyword it can be (one multiply, load and compare; a switch over the
    // words compiled to a binary search, a chain of unpredictable branches per name).
    let word = NameInterner.word(p.baseAddress!, start, len)
    if ascii && len >= 2 && len <= 8 {
      let slot = keywordSlots[Int(truncatingIfNeeded: (word &* KeywordTable.multiplier) >> 58)]
      if slot.word == word {
        emit(slot.kind, start, i)
        return i
      }
    }
    emitName(start, i, firstWord: word)
    return i
  }

  /// The end of a name that has a non-ASCII character at `i` (`start` is the name's start).
  func scanNonASCIIName(_ start: Int, from at: Int) throws(SyntaxError) -> Int {
    var i = at
    while true {
      var c = p[i]
      while c < asciiLimit && isIdentContinue(c) {
        i += 1
        c = p[i]
      }
      if c < asciiLimit || i >= end { return i }
      let (scalar, len) = decodeScalar(i)
      let ok = i == start ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue
      if !ok {
        // Not part of a name: CPython reports the character itself.
        if i == start { throw invalidCharacter(scalar, at: i) }
        return i
      }
      i += len
    }
  }

  func invalidCharacter(_ s: Unicode.Scalar, at i: Int) -> SyntaxError {
    var hex = String(s.value, radix: 16, uppercase: true)
    while hex.count < 4 { hex = "0" + hex }
    if !PyRepr.isPrintable(s) { return SyntaxError("invalid non-printable character U+\(hex)", at: i) }
    return SyntaxError("invalid character '\(Character(s))' (U+\(hex))", at: i)
  }

  func decodeScalar(_ i: Int) -> (Unicode.Scalar, Int) {
    let c = UInt32(at(i))
    var value: UInt32
    var len: Int
    if c < 0xE0 {
      value = c & 0x1F; len = 2
    } else if c < 0xF0 {
      value = c & 0x0F; len = 3
    } else {
      value = c & 0x07; len = 4
    }
    for k in 1..<len { value = value << 6 | UInt32(at(i + k) & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", len)
  }

  @inline(__always) func isStringPrefix(_ start: Int, _ len: Int) -> Bool {
    let a = at(start) | 0x20
    if len == 1 { return a == 0x72 || a == 0x75 || a == 0x62 || a == 0x66 }  // r u b f
    let b = at(start + 1) | 0x20
    // br rb fr rf
    return (a == 0x62 && b == 0x72) || (a == 0x72 && b == 0x62) || (a == 0x66 && b == 0x72) || (a == 0x72 && b == 0x66)
  }

  // MARK: Operators

  /// `(`, `[` or `{` at `start`.
  @inline(__always) func openBracket(_ c: UInt8, at start: Int) throws(SyntaxError) {
    if bracketCount >= Lexer.maxBracketDepth {
      throw SyntaxError("too many nested parentheses", at: start)
    }
    brackets[bracketCount] = UInt32(truncatingIfNeeded: start)
    bracketCount += 1
    emit(c == 0x28 ? .lparen : (c == 0x5B ? .lbracket : .lbrace), start, start + 1)
  }

  /// `)`, `]` or `}` at `start`, which must match the innermost open bracket.
  @inline(__always) func closeBracket(_ c: UInt8, at start: Int) throws(SyntaxError) {
    guard bracketCount > 0 else {
      if expressionMode && c == 0x7D {
        throw SyntaxError("f-string: single '}' is not allowed", at: start)
      }
      throw SyntaxError("unmatched '\(Character(Unicode.Scalar(c)))'", at: start)
    }
    bracketCount -= 1
    let offset = Int(brackets[bracketCount])
    let opening = p[offset]
    if c != (opening == 0x28 ? 0x29 : opening + 2) { throw mismatchedBracket(c, at: start, opening: offset) }
    emit(c == 0x29 ? .rparen : (c == 0x5D ? .rbracket : .rbrace), start, start + 1)
  }

  func mismatchedBracket(_ c: UInt8, at start: Int, opening offset: Int) -> SyntaxError {
    let closing = Character(Unicode.Scalar(c))
    let opening = Character(Unicode.Scalar(p[offset]))
    let openLine = line(of: offset)
    let hereLine = line(of: start)
    let suffix = openLine == hereLine ? "" : " on line \(openLine)"
    return SyntaxError("closing parenthesis '\(closing)' does not match opening parenthesis '\(opening)'\(suffix)",
                       at: start)
  }

  func scanOperator(_ start: Int) throws(SyntaxError) -> Int {
    let c = at(start)
    let c1 = at(start + 1)
    let c2 = at(start + 2)
    var kind: TokenKind
    var len = 1
    switch c {
    case 0x28, 0x5B, 0x7B:  // ( [ {
      try openBracket(c, at: start)
      return start + 1
    case 0x29, 0x5D, 0x7D:  // ) ] }
      try closeBracket(c, at: start)
      return start + 1
    case 0x3A: if c1 == 0x3D { kind = .colonEqual; len = 2 } else { kind = .colon }
    case 0x2C: kind = .comma
    case 0x3B: kind = .semicolon
    case 0x2B: if c1 == 0x3D { kind = .plusEqual; len = 2 } else { kind = .plus }
    case 0x2D:
      if c1 == 0x3D { kind = .minusEqual; len = 2 } else if c1 == 0x3E { kind = .arrow; len = 2 } else { kind = .minus }
    case 0x2A:
      if c1 == 0x2A {
        if c2 == 0x3D { kind = .doubleStarEqual; len = 3 } else { kind = .doubleStar; len = 2 }
      } else if c1 == 0x3D { kind = .starEqual; len = 2 } else { kind = .star }
    case 0x2F:
      if c1 == 0x2F {
        if c2 == 0x3D { kind = .doubleSlashEqual; len = 3 } else { kind = .doubleSlash; len = 2 }
      } else if c1 == 0x3D { kind = .slashEqual; len = 2 } else { kind = .slash }
    case 0x25: if c1 == 0x3D { kind = .percentEqual; len = 2 } else { kind = .percent }
    case 0x7E: kind = .tilde
    case 0x26: if c1 == 0x3D { kind = .amperEqual; len = 2 } else { kind = .amper }
    case 0x7C: if c1 == 0x3D { kind = .vbarEqual; len = 2 } else { kind = .vbar }
    case 0x5E: if c1 == 0x3D { kind = .circumflexEqual; len = 2 } else { kind = .circumflex }
    case 0x40: if c1 == 0x3D { kind = .atEqual; len = 2 } else { kind = .at }
    case 0x3D: if c1 == 0x3D { kind = .equalEqual; len = 2 } else { kind = .equal }
    case 0x21:
      if c1 == 0x3D { kind = .notEqual; len = 2 } else { kind = .errorToken }
    case 0x3C:
      if c1 == 0x3C {
        if c2 == 0x3D { kind = .leftShiftEqual; len = 3 } else { kind = .leftShift; len = 2 }
      } else if c1 == 0x3D { kind = .lessEqual; len = 2 } else if c1 == 0x3E {
        kind = .errorToken  // `<>` is only valid under `from __future__ import barry_as_FLUFL`
        len = 2
      } else { kind = .less }
    case 0x3E:
      if c1 == 0x3E {
        if c2 == 0x3D { kind = .rightShiftEqual; len = 3 } else { kind = .rightShift; len = 2 }
      } else if c1 == 0x3D { kind = .greaterEqual; len = 2 } else { kind = .greater }
    default:
      // `$`, `?`, backtick and control characters: CPython's tokenizer yields an error token and the
      // parser reports "invalid syntax" there. Other bytes cannot reach here (names take >= 0x80).
      kind = .errorToken
    }
    emit(kind, start, start + len)
    return start + len
  }

  // MARK: Numbers

  /// Scans a number literal. Validation follows CPython's tokenizer, including its messages.
  func scanNumber(_ start: Int) throws(SyntaxError) -> Int {
    var i = start
    let c = at(i)
    if c == 0x30 && (at(i + 1) | 0x20 == 0x78 || at(i + 1) | 0x20 == 0x6F || at(i + 1) | 0x20 == 0x62) {
      let kindByte = at(i + 1) | 0x20
      let name = kindByte == 0x78 ? "hexadecimal" : (kindByte == 0x6F ? "octal" : "binary")
      i += 2
      var digits = 0
      while true {
        var ch = at(i)
        if ch == 0x5F {
          i += 1
          ch = at(i)
          if !isRadixDigit(ch, kindByte) {
            throw SyntaxError("invalid \(name) literal", at: i)
          }
        }
        if isRadixDigit(ch, kindByte) {
          digits += 1
          i += 1
          continue
        }
        if isDigit(ch) && kindByte != 0x78 {
          throw SyntaxError("invalid digit '\(Character(Unicode.Scalar(ch)))' in \(name) literal", at: i)
        }
        break
      }
      if digits == 0 { throw SyntaxError("invalid \(name) literal", at: i) }
      try verifyEndOfNumber(i, name)
      emit(.number, start, i)
      return i
    }

    // Decimal integer, float or imaginary.
    var isFloat = false
    if c != 0x2E {
      i = try scanDigits(i)
      if c == 0x30 {
        // Leading zeros are allowed only for zero itself ("00", "0_0") or floats ("012.5", "0e1").
        var k = start
        var nonzero = false
        while k < i { if at(k) != 0x30 && at(k) != 0x5F { nonzero = true }; k += 1 }
        let next = at(i)
        if nonzero && next != 0x2E && next | 0x20 != 0x65 && next | 0x20 != 0x6A {
          throw SyntaxError(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            at: start, end: i)
        }
      }
    }
    if at(i) == 0x2E {
      isFloat = true
      i += 1
      if isDigit(at(i)) { i = try scanDigits(i) }
    }
    if at(i) | 0x20 == 0x65 {  // exponent
      var k = i + 1
      if at(k) == 0x2B || at(k) == 0x2D { k += 1 }
      if isDigit(at(k)) {
        i = try scanDigits(k)
        isFloat = true
      } else {
        // "1e" / "1e+": CPython says invalid decimal literal.
        throw SyntaxError("invalid decimal literal", at: start)
      }
    }
    if at(i) | 0x20 == 0x6A {  // imaginary
      i += 1
      try verifyEndOfNumber(i, "imaginary")
    } else {
      try verifyEndOfNumber(i, "decimal")
    }
    _ = isFloat
    emit(.number, start, i)
    return i
  }

  @inline(__always) func isRadixDigit(_ ch: UInt8, _ kind: UInt8) -> Bool {
    switch kind {
    case 0x78: return isHexDigit(ch)
    case 0x6F: return ch &- 0x30 < 8
    default: return ch == 0x30 || ch == 0x31
    }
  }

  /// Digits with single underscores between them ("1_000"); a trailing or doubled underscore is an error.
  @inline(__always) func scanDigits(_ start: Int) throws(SyntaxError) -> Int {
    var i = start
    while true {
      while isDigit(at(i)) { i += 1 }
      if at(i) != 0x5F { return i }
      i += 1
      if !isDigit(at(i)) { throw SyntaxError("invalid decimal literal", at: i - 1) }
    }
  }

  /// CPython's `verify_end_of_number`: a number directly followed by a name is an error, except for
  /// keywords that may follow a number (`1if x else y`, `0x1for`), which CPython accepts with a warning.
  @inline(__always) func verifyEndOfNumber(_ i: Int, _ kind: String) throws(SyntaxError) {
    let c = at(i)
    guard c < asciiLimit ? isIdentContinue(c) : true else { return }
    try verifyNameAfterNumber(i, kind)
  }

  /// The rare case of `verifyEndOfNumber`: a number directly followed by a name character.
  func verifyNameAfterNumber(_ i: Int, _ kind: String) throws(SyntaxError) {
    let c = at(i)
    if c >= asciiLimit {
      // A non-ASCII character after a number is reported as an invalid literal only if it could
      // continue a name; otherwise the next scan reports the character.
      let (s, _) = decodeScalar(i)
      if !s.properties.isXIDContinue { return }
      throw SyntaxError("invalid \(kind) literal", at: i)
    }
    for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
      var match = true
      for (k, b) in kw.utf8.enumerated() where at(i + k) != b { match = false; break }
      if match { return }
    }
    throw SyntaxError("invalid \(kind) literal", at: i)
  }

  // MARK: Strings

  /// Scans a string literal whose prefix starts at `prefixStart` and whose opening quote is at `quoteAt`.
  /// Escapes are skipped, not decoded. Emits one `.string` token covering prefix and quotes.
  func scanString(prefixStart: Int, quoteAt: Int) throws(SyntaxError) -> Int {
    let q = at(quoteAt)
    var i = quoteAt + 1
    let triple = at(i) == q && at(i + 1) == q
    if triple { i += 2 }
    while true {
      var c = p[i]
      // Skip ordinary characters: anything but the quote, a backslash, and bytes up to '\r'
      // (line ends and the sentinel are among those).
      while c != q && c != 0x5C && c > 0x0D {
        i += 1
        c = p[i]
      }
      if c == q {
        if !triple {
          i += 1
          break
        }
        if at(i + 1) == q && at(i + 2) == q {
          i += 3
          break
        }
        i += 1
      } else if c == 0x5C {  // backslash: skip the escaped byte (even in raw strings)
        if at(i + 1) == 0 && i + 1 >= end { i += 1; continue }
        i = isLineEnd(i + 1) ? skipNewline(i + 1) : i + 2
      } else if c == 0 && i >= end {
        throw unterminated(prefixStart, triple: triple, detectedAt: i)
      } else if !triple && (c == 0x0A || c == 0x0D) {
        throw unterminated(prefixStart, triple: false, detectedAt: i)
      } else {
        i += 1
      }
    }
    emit(.string, prefixStart, i)
    return i
  }

  func unterminated(_ start: Int, triple: Bool, detectedAt: Int) -> SyntaxError {
    // At end of input CPython reports the last line of the file, not the empty line after it.
    var at = min(detectedAt, end)
    if at == end && at > 0 && (p[at - 1] == 0x0A || p[at - 1] == 0x0D) { at -= 1 }
    let detected = line(of: at)
    if expressionMode {
      return SyntaxError("f-string: unterminated string", at: start)
    }
    let what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
    return SyntaxError("\(what) (detected at line \(detected))", at: start)
  }
}

// MARK: - Keywords

/// A perfect hash table of the keywords, keyed by their bytes as a little-endian word.
private enum KeywordTable {
  struct Slot {
    var word: UInt64
    var kind: TokenKind
  }

  /// Maps the 35 keywords' words to distinct slots of 64 through the top 6 bits of the product
  /// (found by search; `slots` checks it, and LexerTests checks every keyword and near miss).
  static let multiplier: UInt64 = 0xB57C_8E05_E3C9_B0E1

  /// 64 slots, allocated once for the life of the process and never written after (hence
  /// `nonisolated(unsafe)`); an empty slot's word is 0, which no name's word can be.
  nonisolated(unsafe) static let slots: UnsafePointer<Slot> = {
    let table = UnsafeMutablePointer<Slot>.allocate(capacity: 64)
    table.initialize(repeating: Slot(word: 0, kind: .name), count: 64)
    for (spelling, kind) in TokenKind.keywords {
      var word: UInt64 = 0
      for (k, byte) in spelling.utf8.enumerated() { word |= UInt64(byte) << UInt64(8 * k) }
      let index = Int(truncatingIfNeeded: (word &* multiplier) >> 58)
      precondition(table[index].word == 0, "keyword hash collision: choose another multiplier")
      table[index] = Slot(word: word, kind: kind)
    }
    return UnsafePointer(table)
  }()
}

// MARK: - Names

/// Numbers the distinct names of a module as the scanner meets them, so that the parser decodes
/// each name once (and long names share one String) however often it occurs. An open-addressing
/// hash table over the names' bytes, read in place: a name is hashed as 8-byte words (the padding
/// after the input makes the last load safe), and compared by hash, length and, past 8 bytes, bytes.
private struct NameInterner {
  struct Slot {
    /// 0 marks an empty slot.
    var id: UInt32
    var start: UInt32
    var length: UInt32
    var hash: UInt64
  }

  private var slots: UnsafeMutablePointer<Slot>?
  private var mask = 0
  /// Where each numbered name first occurs; name `k` is `ranges[k - 1]`.
  private(set) var ranges: [SourceRange] = []

  /// A table for `capacity` slots (a power of two), or none for 0: then every name is unnumbered.
  init(capacity: Int) {
    guard capacity > 0 else { return }
    let table = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
    table.initialize(repeating: Slot(id: 0, start: 0, length: 0, hash: 0), count: capacity)
    slots = table
    mask = capacity - 1
  }

  mutating func deallocate() {
    slots?.deallocate()
    slots = nil
  }

  @inline(__always) static func word(_ p: UnsafePointer<UInt8>, _ at: Int, _ length: Int) -> UInt64 {
    let raw = UInt64(littleEndian: UnsafeRawPointer(p + at).loadUnaligned(as: UInt64.self))
    return length >= 8 ? raw : raw & ((1 &<< UInt64(length * 8)) &- 1)
  }

  /// Whether the `length` bytes at `a` and at `b` are equal, compared a word at a time.
  static func equal(_ p: UnsafePointer<UInt8>, _ a: Int, _ b: Int, _ length: Int) -> Bool {
    var k = 0
    while k < length {
      if word(p, a + k, length - k) != word(p, b + k, length - k) { return false }
      k += 8
    }
    return true
  }

  /// The number of the name `p[start..<start + length]` (numbering it if new), or 0 without a table.
  /// `firstWord` is `word(p, start, length)`, which the scanner has already loaded.
  mutating func intern(_ p: UnsafePointer<UInt8>, _ start: Int, _ length: Int, firstWord: UInt64) -> Int {
    guard let slots else { return 0 }
    // Multiplying by an odd constant is a bijection, so for names of up to 8 bytes equal hashes
    // (and lengths) mean equal names; longer names are also compared byte for byte.
    var h = firstWord
    var k = 8
    while k < length {
      h = (h &* 0x9E37_79B9_7F4A_7C15) ^ NameInterner.word(p, start + k, length - k)
      k += 8
    }
    h = (h ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15
    var i = Int(truncatingIfNeeded: h >> 32) & mask
    while true {
      let slot = slots[i]
      if slot.id == 0 { break }
      if slot.hash == h && Int(slot.length) == length
        && (length <= 8 || NameInterner.equal(p, Int(slot.start), start, length)) {
        return Int(slot.id)
      }
      i = (i + 1) & mask
    }
    guard ranges.count < Token.maxNameID else { return 0 }
    ranges.append(SourceRange(start, start + length))
    let id = ranges.count
    slots[i] = Slot(id: UInt32(id), start: UInt32(truncatingIfNeeded: start), length: UInt32(length), hash: h)
    if id * 2 > mask + 1 { grow() }
    return id
  }

  /// Doubles the table (kept at most half full, so probes stay short).
  private mutating func grow() {
    guard let old = slots else { return }
    let oldCapacity = mask + 1
    let capacity = oldCapacity * 2
    let table = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
    table.initialize(repeating: Slot(id: 0, start: 0, length: 0, hash: 0), count: capacity)
    let newMask = capacity - 1
    for k in 0..<oldCapacity where old[k].id != 0 {
      var i = Int(truncatingIfNeeded: old[k].hash >> 32) & newMask
      while table[i].id != 0 { i = (i + 1) & newMask }
      table[i] = old[k]
    }
    old.deallocate()
    slots = table
    mask = newMask
  }
}
