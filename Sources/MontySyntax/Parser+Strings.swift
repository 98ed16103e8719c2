// Literals: numbers, adjacent string concatenation, escape decoding, and f-strings.
// f-strings follow CPython 3.11: the lexer returns one string token; here its body is split into
// literal text and replacement fields, and each field's expression is tokenized and parsed on its own
// (with its true byte offsets, so errors point into the file).

extension Parser {
  // MARK: Numbers

  /// CPython's limit on decimal digits converted to int (sys.get_int_max_str_digits()).
  static let maxIntDigits = 4300

  func numberConstant(_ t: Token) throws(SyntaxError) -> Constant {
    // The common case first: a plain decimal integer short enough for Int64 (18 digits), converted
    // straight from the source bytes.
    let start = Int(t.start)
    let end = Int(t.end)
    if end - start <= 18 {
      let b = source.bytes
      var value: Int64 = 0
      var i = start
      while i < end {
        let d = b[i] &- 0x30
        if d >= 10 { break }
        value = value &* 10 &+ Int64(d)
        i += 1
      }
      if i == end { return .int(value) }
    }
    var digits: [UInt8] = []
    digits.reserveCapacity(Int(t.end - t.start))
    for b in source.bytes[Int(t.start)..<Int(t.end)] where b != 0x5F { digits.append(b) }
    guard let last = digits.last else { return .int(0) }
    if last | 0x20 == 0x6A {  // 'j'
      let text = String(decoding: digits.dropLast(), as: UTF8.self)
      return .imaginary(Double(text) ?? .infinity)
    }
    if digits.count > 1 && digits[0] == 0x30 && [0x78, 0x6F, 0x62].contains(digits[1] | 0x20) {
      let radix = digits[1] | 0x20 == 0x78 ? 16 : (digits[1] | 0x20 == 0x6F ? 8 : 2)
      let body = String(decoding: digits.dropFirst(2), as: UTF8.self)
      if let v = Int64(body, radix: radix) { return .int(v) }
      return .bigInt(body.lowercased(), radix: radix)
    }
    let isFloat = digits.contains { $0 == 0x2E || $0 | 0x20 == 0x65 }
    let text = String(decoding: digits, as: UTF8.self)
    if isFloat { return .float(Double(text) ?? .infinity) }
    if let v = Int64(text) { return .int(v) }
    // Strip leading zeros ("000") are only valid for zero, handled above by Int64.
    if digits.count > Parser.maxIntDigits {
      throw SyntaxError(
        "Exceeds the limit (\(Parser.maxIntDigits) digits) for integer string conversion: value has \(digits.count) "
          + "digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
          + "literals to avoid decimal conversion limits.", at: Int(t.start))
    }
    return .bigInt(text, radix: 10)
  }

  // MARK: Strings

  struct StringPrefix {
    var raw = false
    var bytes = false
    var formatted = false
    var unicode = false
    /// Offsets of the body (between the quotes) in the source.
    var bodyStart = 0
    var bodyEnd = 0
  }

  func stringPrefix(_ t: Token) -> StringPrefix {
    var p = StringPrefix()
    let b = source.bytes
    var i = Int(t.start)
    while b[i] != 0x22 && b[i] != 0x27 {
      switch b[i] | 0x20 {
      case 0x72: p.raw = true
      case 0x62: p.bytes = true
      case 0x66: p.formatted = true
      case 0x75: p.unicode = true
      default: break
      }
      i += 1
    }
    let q = b[i]
    let triple = i + 2 < Int(t.end) && b[i + 1] == q && b[i + 2] == q && Int(t.end) - i >= 6
    let quoteLength = triple ? 3 : 1
    p.bodyStart = i + quoteLength
    p.bodyEnd = Int(t.end) - quoteLength
    return p
  }

  /// strings: STRING+ — adjacent literals concatenate; any f-string part makes the result a JoinedStr.
  func parseStrings() throws(SyntaxError) -> Expr {
    let first = current
    let firstPrefix = stringPrefix(first)
    var text = ""
    var bytes: [UInt8] = []
    var parts: [Expr] = []
    var sawFString = false
    var literalStart = Int(first.start)
    while kind == .string {
      let t = advance()
      let p = stringPrefix(t)
      if p.bytes != firstPrefix.bytes {
        throw SyntaxError("cannot mix bytes and nonbytes literals", at: Int(first.start), end: Int(t.end))
      }
      if p.bytes {
        try decodeBytes(p.bodyStart, p.bodyEnd, raw: p.raw, into: &bytes)
      } else if p.formatted {
        sawFString = true
        try parseFStringBody(p.bodyStart, p.bodyEnd, raw: p.raw, level: 0, text: &text, parts: &parts,
                             literalStart: &literalStart, unicodeKind: firstPrefix.unicode)
      } else {
        try decodeString(p.bodyStart, p.bodyEnd, raw: p.raw, into: &text)
      }
    }
    let range = SourceRange(Int(first.start), previousEnd)
    if firstPrefix.bytes { return Expr(.constant(.bytes(bytes)), range) }
    if !sawFString { return Expr(.constant(.string(text, unicodeKind: firstPrefix.unicode)), range) }
    if !text.isEmpty {
      parts.append(Expr(.constant(.string(text, unicodeKind: firstPrefix.unicode)), SourceRange(literalStart, previousEnd)))
    }
    return Expr(.joinedStr(parts), range)
  }

  /// Decodes a str literal body with Python's escapes (unless raw) and appends it to `out`.
  func decodeString(_ start: Int, _ end: Int, raw: Bool, into out: inout String) throws(SyntaxError) {
    let b = source.bytes
    if raw {
      out += String(decoding: b[start..<end], as: UTF8.self)
      return
    }
    var i = start
    var runStart = start
    while i < end {
      guard b[i] == 0x5C else { i += 1; continue }
      if runStart < i { out += String(decoding: b[runStart..<i], as: UTF8.self) }
      guard i + 1 < end else { out += "\\"; i += 1; runStart = i; break }
      let c = b[i + 1]
      i += 2
      switch c {
      case 0x0A: break  // line continuation inside the literal
      case 0x0D: if i < end && b[i] == 0x0A { i += 1 }
      case 0x5C: out += "\\"
      case 0x27: out += "'"
      case 0x22: out += "\""
      case 0x61: out += "\u{07}"
      case 0x62: out += "\u{08}"
      case 0x66: out += "\u{0C}"
      case 0x6E: out += "\n"
      case 0x72: out += "\r"
      case 0x74: out += "\t"
      case 0x76: out += "\u{0B}"
      case 0x30...0x37:
        var value = UInt32(c - 0x30)
        var n = 1
        while n < 3 && i < end && b[i] >= 0x30 && b[i] <= 0x37 {
          value = value * 8 + UInt32(b[i] - 0x30)
          i += 1
          n += 1
        }
        out.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      case 0x78, 0x75, 0x55:  // \x \u \U
        let count = c == 0x78 ? 2 : (c == 0x75 ? 4 : 8)
        var value: UInt32 = 0
        for k in 0..<count {
          guard i + k < end, let d = hexValue(b[i + k]) else {
            let name = c == 0x78 ? "\\xXX" : (c == 0x75 ? "\\uXXXX" : "\\UXXXXXXXX")
            throw SyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2 - start)-\(i - 1 - start + k): truncated \(name) escape", at: start - 1)
          }
          value = value << 4 | d
        }
        i += count
        guard let scalar = Unicode.Scalar(value) else {
          if value > 0x10FFFF {
            throw SyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2 - count - start)-\(i - 1 - start): illegal Unicode character", at: start - 1)
          }
          // A lone surrogate: Swift strings cannot hold one (Grammar/DIFFERENCES.md).
          out += "\u{FFFD}"
          break
        }
        out.unicodeScalars.append(scalar)
      case 0x4E:  // \N{name}
        let escapeStart = i - 2
        guard i < end, b[i] == 0x7B, let close = b[i..<end].firstIndex(of: 0x7D), close > i + 1 else {
          throw SyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                              + "\(escapeStart - start)-\(min(end, i + 1) - 1 - start): malformed \\N character escape",
                            at: start - 1)
        }
        let name = String(decoding: b[(i + 1)..<close], as: UTF8.self)
        guard let scalar = unicodeNames.lookup(name) else {
          throw SyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                              + "\(escapeStart - start)-\(close - start): unknown Unicode character name", at: start - 1)
        }
        out.unicodeScalars.append(scalar)
        i = close + 1
      default:
        // An unknown escape keeps its backslash (CPython warns, then does the same).
        out += "\\"
        i -= 1
      }
      runStart = i
    }
    if runStart < end { out += String(decoding: b[runStart..<end], as: UTF8.self) }
  }

  func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case 0x30...0x39: return UInt32(c - 0x30)
    case 0x61...0x66: return UInt32(c - 0x61 + 10)
    case 0x41...0x46: return UInt32(c - 0x41 + 10)
    default: return nil
    }
  }

  /// Decodes a bytes literal body; only ASCII characters may appear in it.
  func decodeBytes(_ start: Int, _ end: Int, raw: Bool, into out: inout [UInt8]) throws(SyntaxError) {
    let b = source.bytes
    for k in start..<end where b[k] >= 0x80 {
      throw SyntaxError("bytes can only contain ASCII literal characters", at: start - 1)
    }
    if raw {
      out.append(contentsOf: b[start..<end])
      return
    }
    var i = start
    while i < end {
      let c = b[i]
      guard c == 0x5C, i + 1 < end else { out.append(c); i += 1; continue }
      let e = b[i + 1]
      i += 2
      switch e {
      case 0x0A: break
      case 0x0D: if i < end && b[i] == 0x0A { i += 1 }
      case 0x5C: out.append(0x5C)
      case 0x27: out.append(0x27)
      case 0x22: out.append(0x22)
      case 0x61: out.append(0x07)
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x76: out.append(0x0B)
      case 0x30...0x37:
        var value = Int(e - 0x30)
        var n = 1
        while n < 3 && i < end && b[i] >= 0x30 && b[i] <= 0x37 {
          value = value * 8 + Int(b[i] - 0x30)
          i += 1
          n += 1
        }
        out.append(UInt8(truncatingIfNeeded: value))
      case 0x78:
        guard i + 1 < end, let h = hexValue(b[i]), let l = hexValue(b[i + 1]) else {
          throw SyntaxError("(value error) invalid \\x escape at position \(i - 2 - start)", at: start - 1)
        }
        out.append(UInt8(h << 4 | l))
        i += 2
      default:
        out.append(0x5C)
        i -= 1
      }
    }
  }

  // MARK: f-strings

  /// Parses the body `bytes[start..<end]` of an f-string (or of a format spec when `level` > 0),
  /// appending literal text to `text` and, at each replacement field, flushing `text` into `parts`.
  func parseFStringBody(_ start: Int, _ end: Int, raw: Bool, level: Int, text: inout String,
                                 parts: inout [Expr], literalStart: inout Int, unicodeKind: Bool) throws(SyntaxError) {
    let b = source.bytes
    var i = start
    var runStart = start
    func flushRun(_ upTo: Int) throws(SyntaxError) {
      if runStart < upTo { try decodeString(runStart, upTo, raw: raw, into: &text) }
    }
    while i < end {
      let c = b[i]
      if c == 0x5C && !raw && i + 1 < end {
        if b[i + 1] == 0x4E && i + 2 < end && b[i + 2] == 0x7B {
          // `\N{NAME}`: its braces are not a replacement field.
          i = (b[(i + 2)..<end].firstIndex(of: 0x7D) ?? end - 1) + 1
          continue
        }
        i += 2
        continue
      }
      if c == 0x7B {  // '{'
        if level == 0 && i + 1 < end && b[i + 1] == 0x7B {
          try flushRun(i + 1)
          i += 2
          runStart = i
          continue
        }
        // Pending literal text stays in `text`: a `{x=}` field's debug text joins it (as in CPython).
        try flushRun(i)
        i = try parseReplacementField(i + 1, end, raw: raw, level: level, text: &text, parts: &parts,
                                      unicodeKind: unicodeKind)
        runStart = i
        literalStart = i
        continue
      }
      if c == 0x7D {  // '}'
        if level == 0 && i + 1 < end && b[i + 1] == 0x7D {
          try flushRun(i + 1)
          i += 2
          runStart = i
          continue
        }
        if level > 0 { break }
        throw SyntaxError("f-string: single '}' is not allowed", at: i)
      }
      i += 1
    }
    try flushRun(min(i, end))
  }

  /// Parses one `{expression [=] [!conversion] [:format_spec]}` whose expression starts at `start`;
  /// returns the offset after the closing brace.
  func parseReplacementField(_ start: Int, _ end: Int, raw: Bool, level: Int, text: inout String,
                                      parts: inout [Expr], unicodeKind: Bool) throws(SyntaxError) -> Int {
    let b = source.bytes
    if level >= 2 { throw SyntaxError("f-string: expressions nested too deeply", at: start - 1) }
    // Find the end of the expression, as CPython's fstring_find_expr does.
    var i = start
    var nesting = 0
    var quote: UInt8 = 0
    var tripleQuote = false
    while i < end {
      let c = b[i]
      if c == 0x5C { throw SyntaxError("f-string expression part cannot include a backslash", at: i) }
      if quote != 0 {
        if c == quote {
          if tripleQuote {
            if i + 2 < end && b[i + 1] == c && b[i + 2] == c { i += 3; quote = 0; continue }
          } else {
            quote = 0
          }
        }
        i += 1
        continue
      }
      if c == 0x27 || c == 0x22 {
        quote = c
        tripleQuote = i + 2 < end && b[i + 1] == c && b[i + 2] == c
        i += tripleQuote ? 3 : 1
        continue
      }
      if c == 0x5B || c == 0x28 || c == 0x7B {
        nesting += 1
        if nesting >= 200 { throw SyntaxError("f-string: too many nested parenthesis", at: i) }
      } else if c == 0x23 {
        throw SyntaxError("f-string expression part cannot include '#'", at: i)
      } else if nesting == 0 && (c == 0x21 || c == 0x3A || c == 0x7D || c == 0x3D || c == 0x3E || c == 0x3C) {
        let next: UInt8 = i + 1 < end ? b[i + 1] : 0
        if (c == 0x21 || c == 0x3D || c == 0x3C || c == 0x3E) && next == 0x3D {
          i += 2
          continue
        }
        if c == 0x3E || c == 0x3C {
          i += 1
          continue
        }
        break
      } else if c == 0x5D || c == 0x29 || c == 0x7D {
        nesting -= 1
        if nesting < 0 { throw SyntaxError("f-string: unmatched '\(Character(Unicode.Scalar(c)))'", at: i) }
      }
      i += 1
    }
    if quote != 0 { throw SyntaxError("f-string: unterminated string", at: start) }
    if nesting > 0 { throw SyntaxError("f-string: unmatched '('", at: start) }
    if i >= end { throw SyntaxError("f-string: expecting '}'", at: start - 1) }
    let exprEnd = i
    var allSpace = true
    for k in start..<exprEnd where !(b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0A || b[k] == 0x0D || b[k] == 0x0C) {
      allSpace = false
      break
    }
    if allSpace { throw SyntaxError("f-string: empty expression not allowed", at: start - 1) }
    let value = try parseFieldExpression(start, exprEnd)

    var conversion: UInt8?
    if b[i] == 0x3D {  // '=': self-documenting expression
      i += 1
      while i < end && (b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D) { i += 1 }
      text += String(decoding: b[start..<i], as: UTF8.self)
      conversion = 0x72  // 'r' unless a conversion or a format spec follows
    }
    if i < end && b[i] == 0x21 {
      i += 1
      guard i < end else { throw SyntaxError("f-string: expecting '}'", at: start - 1) }
      let conv = b[i]
      guard conv == 0x73 || conv == 0x72 || conv == 0x61 else {
        if conv == 0x7D || conv == 0x3A {
          throw SyntaxError("f-string: missing conversion character: expected 's', 'r', or 'a'", at: i)
        }
        throw SyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: i)
      }
      conversion = conv
      i += 1
      guard i < end && (b[i] == 0x7D || b[i] == 0x3A) else { throw SyntaxError("f-string: expecting '}'", at: start - 1) }
    }
    var formatSpec: Expr?
    if i < end && b[i] == 0x3A {
      if conversion == 0x72 && b[start..<i].contains(0x3D) && !b[start..<i].contains(0x21) {
        conversion = nil  // `{x=:spec}` formats the value rather than its repr
      }
      i += 1
      let specStart = i
      var specText = ""
      var specParts: [Expr] = []
      var specLiteralStart = i
      // The spec runs to the matching '}' at this level; nested fields are parsed recursively.
      var j = i
      var depth = 0
      while j < end {
        if b[j] == 0x7B { depth += 1 } else if b[j] == 0x7D {
          if depth == 0 { break }
          depth -= 1
        }
        j += 1
      }
      try parseFStringBody(specStart, j, raw: raw, level: level + 1, text: &specText, parts: &specParts,
                           literalStart: &specLiteralStart, unicodeKind: unicodeKind)
      if !specText.isEmpty {
        specParts.append(Expr(.constant(.string(specText, unicodeKind: unicodeKind)), SourceRange(specLiteralStart, j)))
      }
      formatSpec = Expr(.joinedStr(specParts), SourceRange(specStart, j))
      i = j
    }
    guard i < end && b[i] == 0x7D else { throw SyntaxError("f-string: expecting '}'", at: start - 1) }
    i += 1
    if !text.isEmpty {
      parts.append(Expr(.constant(.string(text, unicodeKind: unicodeKind)), SourceRange(start - 1, exprEnd)))
      text = ""
    }
    parts.append(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: formatSpec),
                      SourceRange(start - 1, i)))
    return i
  }

  /// Tokenizes and parses the expression of a replacement field, as if it were parenthesized.
  /// The field's tokens are parsed by this parser, which then returns to the enclosing tokens (and
  /// nesting depth) where it left them, error or not.
  func parseFieldExpression(_ start: Int, _ end: Int) throws(SyntaxError) -> Expr {
    if let name = plainFieldName(start, end) { return name }
    let lexed: Lexer.Output
    do {
      lexed = try Lexer.tokenizeExpression(source, start: start, end: end, trailingEnds: Parser.lookahead)
    } catch {
      throw fstringError(error)
    }
    let saved = (tokens: tokens, base: base, stream: stream, pos: pos, furthestPos: furthestPos, depth: depth)
    tokens = lexed.tokens
    base = 0
    stream = nil
    pos = 0
    furthestPos = 0
    defer {
      tokens = saved.tokens
      base = saved.base
      stream = saved.stream
      pos = saved.pos
      furthestPos = saved.furthestPos
      depth = saved.depth
    }
    do throws(SyntaxError) {
      let e = try parseStarExpressionsOrYield()
      guard kind == .endOfFile else { throw invalidSyntax() }
      return e
    } catch {
      throw fstringError(error)
    }
  }

  /// The field `{name}`, an ASCII identifier alone (over half of all fields), as the Name that
  /// tokenizing and parsing it would give, without doing either; nil for anything else, keywords
  /// (`{None}`, `{if}`) included, which takes the general path.
  func plainFieldName(_ start: Int, _ end: Int) -> Expr? {
    let b = source.bytes
    guard start < end else { return nil }
    let first = b[start]
    guard (first | 0x20) &- 0x61 < 26 || first == 0x5F else { return nil }
    var i = start + 1
    while i < end {
      let c = b[i]
      guard (c | 0x20) &- 0x61 < 26 || c == 0x5F || c &- 0x30 < 10 else { return nil }
      i += 1
    }
    let name = String(decoding: b[start..<end], as: UTF8.self)
    // No keyword is longer than 8 letters.
    if end - start <= 8 && TokenKind.keywords[name] != nil { return nil }
    return Expr(.name(name), SourceRange(start, end))
  }

  func fstringError(_ e: SyntaxError) -> SyntaxError {
    let e = e
    if !e.message.hasPrefix("f-string") { e.message = "f-string: " + e.message }
    return e
  }
}

/// Lookup of Unicode character names for `\N{…}` escapes, from the standard library's own Unicode
/// data, which can only map a character to its name. So names are read in code point order and
/// remembered, but only as far as a lookup needs: `\N{LATIN SMALL LETTER E WITH ACUTE}` reads a few
/// hundred names, `\N{SNOWMAN}` ten thousand, and no parse reads the ~40,000 names more than once.
/// One instance per parse (shared with the parsers of f-string fields), so no lock is needed.
final class UnicodeNames {
  /// Ranges scanned for names: everything assigned except the blocks whose names are algorithmic
  /// (CJK ideographs, Hangul syllables, Tangut…), surrogates and private use, which keeps the scan to
  /// about a tenth of the code space.
  static let ranges: [ClosedRange<UInt32>] = [
    0x20...0x33FF, 0xA000...0xABFF, 0xD7B0...0xD7FF, 0xF900...0x16FFF, 0x18B00...0x1FFFF, 0xE0000...0xE01EF,
  ]

  /// The names and aliases read so far, as an open-addressing table of their spellings' hashes
  /// (`hash`; 0 marks an empty slot) and the characters they name. Only hashes are kept, not the
  /// strings (`\N{SNOWMAN}` reads ten thousand names): a hit is confirmed by spelling the
  /// character's name again, since different names may share a hash.
  /// Empty until the first `\N{...}` of the parse (most parses have none).
  private var slots: [Slot] = []
  private var used = 0
  /// The next code point to read: `ranges[range]`'s, unless `range == ranges.count` (all read).
  private var range = 0
  private var next = UnicodeNames.ranges[0].lowerBound

  struct Slot {
    var hash: UInt64
    var value: UInt32
  }

  /// CPython matches names case-insensitively.
  func lookup(_ name: String) -> Unicode.Scalar? {
    let upper = name.uppercased()
    for prefix in ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"] where upper.hasPrefix(prefix) {
      guard let v = UInt32(upper.dropFirst(prefix.count), radix: 16), let s = Unicode.Scalar(v),
        s.properties.name == upper
      else { return nil }
      return s
    }
    let h = UnicodeNames.hash(upper)
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: h) & mask
    while !slots.isEmpty && slots[i].hash != 0 {
      if slots[i].hash == h, let s = Unicode.Scalar(slots[i].value),
        s.properties.name == upper || s.properties.nameAlias == upper {
        return s
      }
      i = (i + 1) & mask
    }
    return readNames(until: upper, hash: h)
  }

  /// FNV-1a over the UTF-8 of a name, never 0 (the empty slot).
  static func hash(_ s: String) -> UInt64 {
    var s = s  // `withUTF8` reads a native string's bytes in place (iterating `utf8` is several times slower)
    return s.withUTF8 { bytes in
      var h: UInt64 = 0xCBF2_9CE4_8422_2325
      for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
      return h | 1
    }
  }

  /// Remembers that the name or alias with hash `h` names the character `value`.
  private func insert(_ h: UInt64, _ value: UInt32) {
    if (used + 1) * 2 > slots.count {
      // Grow to keep the table at most half full; the old slots are placed again.
      let old = slots
      slots = [Slot](repeating: Slot(hash: 0, value: 0), count: max(1024, old.count * 2))
      used = 0
      for slot in old where slot.hash != 0 { insert(slot.hash, slot.value) }
    }
    let mask = slots.count - 1
    var i = Int(truncatingIfNeeded: h) & mask
    while slots[i].hash != 0 { i = (i + 1) & mask }
    slots[i] = Slot(hash: h, value: value)
    used += 1
  }

  /// Reads and remembers names until one (or an alias) is `upper`, whose hash is `h`; nil once all
  /// are read.
  private func readNames(until upper: String, hash h: UInt64) -> Unicode.Scalar? {
    while range < UnicodeNames.ranges.count {
      let bound = UnicodeNames.ranges[range].upperBound
      while next <= bound {
        let v = next
        next += 1
        guard let s = Unicode.Scalar(v) else { continue }
        // Both the name and the alias are remembered before returning: a later lookup resumes
        // after this character.
        var found = false
        if let name = s.properties.name {
          let hn = UnicodeNames.hash(name)
          insert(hn, v)
          found = hn == h && name == upper
        }
        if let alias = s.properties.nameAlias {
          let ha = UnicodeNames.hash(alias)
          insert(ha, v)
          found = found || (ha == h && alias == upper)
        }
        if found { return s }
      }
      range += 1
      if range < UnicodeNames.ranges.count { next = UnicodeNames.ranges[range].lowerBound }
    }
    return nil
  }
}
