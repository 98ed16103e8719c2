// A strict RFC 8259 JSON reader and a compact JSON writer over UTF-8 bytes, without Foundation.
// The reader hands every value it parses to a `JSONBuilder`, so the caller's values are built in one
// pass with no intermediate tree. HostValue+JSON.swift is the client; this file knows nothing of
// Python. Not a general JSON library: no streaming, no pretty printing, no NaN/Infinity literals.

extension HostValue {
  /// A document that is not valid JSON, or not a valid encoding of a `HostValue`: what is wrong and
  /// the byte offset (0-based, into the UTF-8 text) where it was found.
  public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var offset: Int

    public init(message: String, offset: Int) {
      self.message = message
      self.offset = offset
    }

    public var description: String { "\(message) at byte \(offset)" }
  }
}

/// Builds the caller's values from what `JSONReader` parses, innermost first.
protocol JSONBuilder {
  associatedtype Value
  static func null() -> Value
  static func bool(_ value: Bool) -> Value
  static func int(_ value: Int) -> Value
  /// An integer literal outside `Int`'s range, as its text: `-?[1-9][0-9]*`.
  static func bigInt(_ digits: String) -> Value
  /// A number with a fraction or an exponent (overflow gives ±infinity, as in Python).
  static func double(_ value: Double) -> Value
  static func string(_ value: String) -> Value
  static func array(_ elements: [Value]) -> Value
  /// An object's members in order of first appearance, duplicate keys already merged: the last value
  /// wins at the first key's position, as in Python's `json`. `offset` is that of the object's `{`.
  static func object(_ members: [(key: String, value: Value)], at offset: Int) throws(HostValue.JSONError) -> Value
}

/// A recursive-descent reader. Invariants: `pos` never exceeds `bytes.count`, and every byte read
/// goes through `peek`/`byte(at:)` or a loop bounded by `bytes.count`, so no input can read out of
/// bounds; recursion is bounded by `maxDepth`, so no input can exhaust the stack.
///
/// Strictness, beyond the grammar: the text must be valid UTF-8 (an error otherwise, with the offset
/// of the bad byte), and a `\u` escape of a lone surrogate is an error, since a Swift `String`
/// cannot hold one (Python would keep it).
struct JSONReader<Builder: JSONBuilder> {
  /// Arrays and objects nested deeper than this are an error. Each level costs two small stack frames,
  /// so 512 stays far below the 512 KB stack of a secondary thread, and it is ample for Python data:
  /// CPython's own recursion limit (1000) stops `repr` of values nested about that deep.
  static var maxDepth: Int { 512 }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var pos = 0
  private var depth = 0
  /// Decoded bytes of the string being read, when it has escapes; reused across strings.
  private var scratch: [UInt8] = []

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// json_text: ws value ws
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(HostValue.JSONError) -> Builder.Value {
    var reader = JSONReader(bytes)
    reader.skipWhitespace()
    let value = try reader.parseValue()
    reader.skipWhitespace()
    if reader.pos < bytes.count { throw reader.error("Extra data") }
    return value
  }

  // MARK: Bytes

  /// The byte at `pos`, or 0 at the end of the input. 0 is never valid where a byte is peeked (a raw
  /// NUL is not JSON anywhere), so callers treat it as "unexpected" and need no separate end check.
  private var peek: UInt8 { byte(at: pos) }

  private func byte(at index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

  private func error(_ message: String, at offset: Int? = nil) -> HostValue.JSONError {
    HostValue.JSONError(message: message, offset: offset ?? pos)
  }

  /// ws: (' ' | '\t' | '\n' | '\r')*
  private mutating func skipWhitespace() {
    while pos < bytes.count {
      switch bytes[pos] {
      case 0x20, 0x09, 0x0A, 0x0D: pos += 1
      default: return
      }
    }
  }

  // MARK: Values

  /// value: object | array | string | number | 'true' | 'false' | 'null'
  private mutating func parseValue() throws(HostValue.JSONError) -> Builder.Value {
    switch peek {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return Builder.string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    case UInt8(ascii: "t"): try expectLiteral("true"); return Builder.bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); return Builder.bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); return Builder.null()
    default: throw error("Expecting value")
    }
  }

  private mutating func expectLiteral(_ word: StaticString) throws(HostValue.JSONError) {
    let count = word.utf8CodeUnitCount
    for i in 0..<count where byte(at: pos + i) != word.utf8Start[i] { throw error("Expecting value") }
    pos += count
  }

  /// Counts one more level of nesting; every successful `enter` is matched by `depth -= 1`.
  private mutating func enter() throws(HostValue.JSONError) {
    guard depth < Self.maxDepth else { throw error("Nesting deeper than \(Self.maxDepth) levels") }
    depth += 1
  }

  /// After an array element or object member: a ',' (not before the closer: no trailing commas)
  /// continues, and the closer ends the container (true; its nesting level is left).
  private mutating func endOfItem(closer: UInt8, in container: String) throws(HostValue.JSONError) -> Bool {
    skipWhitespace()
    switch peek {
    case UInt8(ascii: ","):
      let comma = pos
      pos += 1
      skipWhitespace()
      if peek == closer { throw error("Illegal trailing comma before end of \(container)", at: comma) }
      return false
    case closer:
      pos += 1
      depth -= 1
      return true
    default:
      throw error("Expecting ',' delimiter")
    }
  }

  /// array: '[' ws [value ws (',' ws value ws)*] ']'
  private mutating func parseArray() throws(HostValue.JSONError) -> Builder.Value {
    try enter()
    pos += 1
    var elements: [Builder.Value] = []
    skipWhitespace()
    if peek == UInt8(ascii: "]") {
      pos += 1
      depth -= 1
      return Builder.array(elements)
    }
    while true {
      elements.append(try parseValue())
      if try endOfItem(closer: UInt8(ascii: "]"), in: "array") { return Builder.array(elements) }
    }
  }

  /// object: '{' ws [member ws (',' ws member ws)*] '}'
  /// member: string ws ':' ws value
  private mutating func parseObject() throws(HostValue.JSONError) -> Builder.Value {
    let start = pos
    try enter()
    pos += 1
    var members: [(key: String, value: Builder.Value)] = []
    // Where each key is, once the object is too big for a linear scan to find duplicates cheaply.
    var index: [UTF8Key: Int]? = nil
    skipWhitespace()
    if peek == UInt8(ascii: "}") {
      pos += 1
      depth -= 1
      return try Builder.object(members, at: start)
    }
    while true {
      guard peek == UInt8(ascii: "\"") else { throw error("Expecting property name enclosed in double quotes") }
      let key = try parseString()
      skipWhitespace()
      guard peek == UInt8(ascii: ":") else { throw error("Expecting ':' delimiter") }
      pos += 1
      skipWhitespace()
      let value = try parseValue()

      // Keys compare by bytes: Swift's `==` would merge canonically equivalent keys ("\u{E9}" and
      // "e\u{301}") that Python keeps apart.
      let existing: Int?
      if let index {
        existing = index[UTF8Key(key)]
      } else {
        existing = members.firstIndex { $0.key.utf8.elementsEqual(key.utf8) }
      }
      if let existing {
        members[existing].value = value
      } else {
        members.append((key, value))
        if index != nil {
          index?[UTF8Key(key)] = members.count - 1
        } else if members.count > 8 {
          var built: [UTF8Key: Int] = [:]
          for (i, member) in members.enumerated() { built[UTF8Key(member.key)] = i }
          index = built
        }
      }

      if try endOfItem(closer: UInt8(ascii: "}"), in: "object") { return try Builder.object(members, at: start) }
    }
  }

  // MARK: Numbers

  /// number: '-'? ('0' | [1-9] [0-9]*) ('.' [0-9]+)? ([eE] [+-]? [0-9]+)?
  /// Without fraction and exponent it is an int (a `bigInt` when it does not fit), else a double.
  private mutating func parseNumber() throws(HostValue.JSONError) -> Builder.Value {
    let start = pos
    let negative = peek == UInt8(ascii: "-")
    if negative { pos += 1 }
    if peek == UInt8(ascii: "0") {
      pos += 1
    } else if isDigit(peek) {
      skipDigits()
    } else {
      throw error("Expecting value", at: start)
    }
    var isInteger = true
    if peek == UInt8(ascii: ".") {
      isInteger = false
      pos += 1
      guard isDigit(peek) else { throw error("Expecting digits after '.'") }
      skipDigits()
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      isInteger = false
      pos += 1
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { pos += 1 }
      guard isDigit(peek) else { throw error("Expecting digits in exponent") }
      skipDigits()
    }
    let text = UnsafeBufferPointer(rebasing: bytes[start..<pos])

    if isInteger {
      // Accumulate downwards so that Int.min, whose magnitude Int cannot hold, still fits.
      var value = 0
      var overflow = false
      for digit in text.dropFirst(negative ? 1 : 0) {
        let (times10, o1) = value.multipliedReportingOverflow(by: 10)
        let (next, o2) = times10.subtractingReportingOverflow(Int(digit &- UInt8(ascii: "0")))
        if o1 || o2 {
          overflow = true
          break
        }
        value = next
      }
      if !overflow {
        if negative { return Builder.int(value) }
        let (positive, o) = (0).subtractingReportingOverflow(value)
        if !o { return Builder.int(positive) }
      }
      // JSON forbids leading zeros and "-0" fits, so this text is already the canonical spelling.
      return Builder.bigInt(String(decoding: text, as: UTF8.self))
    }
    // The grammar above is a subset of what Swift's parser accepts (correctly rounded, like strtod).
    guard let value = Double(String(decoding: text, as: UTF8.self)) else { throw error("Invalid number", at: start) }
    return Builder.double(value)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private mutating func skipDigits() {
    while isDigit(peek) { pos += 1 }
  }

  // MARK: Strings

  /// string: '"' (any scalar but '"', '\' and U+0000...U+001F | escape)* '"'
  /// The common case, no escapes, becomes a String straight from the input bytes.
  private mutating func parseString() throws(HostValue.JSONError) -> String {
    let start = pos
    pos += 1
    var runStart = pos
    var escaped = false
    scratch.removeAll(keepingCapacity: true)
    while true {
      guard pos < bytes.count else { throw error("Unterminated string", at: start) }
      let byte = bytes[pos]
      if byte == UInt8(ascii: "\"") {
        let run = UnsafeBufferPointer(rebasing: bytes[runStart..<pos])
        pos += 1
        if !escaped { return String(decoding: run, as: UTF8.self) }
        scratch.append(contentsOf: run)
        return String(decoding: scratch, as: UTF8.self)
      } else if byte == UInt8(ascii: "\\") {
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos]))
        escaped = true
        try parseEscape()
        runStart = pos
      } else if byte < 0x20 {
        throw error("Invalid control character in string")
      } else if byte < 0x80 {
        pos += 1
      } else {
        pos += try utf8SequenceLength()
      }
    }
  }

  /// escape: '\' ('"' | '\' | '/' | 'b' | 'f' | 'n' | 'r' | 't' | 'u' hex hex hex hex)
  /// Appends the escaped character's UTF-8 to `scratch`. A high surrogate must be followed by a
  /// `\u` low surrogate; the pair is one scalar.
  private mutating func parseEscape() throws(HostValue.JSONError) {
    let start = pos
    let decoded: UInt8
    switch byte(at: pos + 1) {
    case UInt8(ascii: "\""): decoded = 0x22
    case UInt8(ascii: "\\"): decoded = 0x5C
    case UInt8(ascii: "/"): decoded = 0x2F
    case UInt8(ascii: "b"): decoded = 0x08
    case UInt8(ascii: "f"): decoded = 0x0C
    case UInt8(ascii: "n"): decoded = 0x0A
    case UInt8(ascii: "r"): decoded = 0x0D
    case UInt8(ascii: "t"): decoded = 0x09
    case UInt8(ascii: "u"):
      var scalar = try hex4(at: pos + 2)
      pos += 6
      if (0xD800...0xDBFF).contains(scalar) {
        guard byte(at: pos) == UInt8(ascii: "\\"), byte(at: pos + 1) == UInt8(ascii: "u") else {
          throw error("Lone surrogate in \\u escape", at: start)
        }
        let low = try hex4(at: pos + 2)
        guard (0xDC00...0xDFFF).contains(low) else { throw error("Lone surrogate in \\u escape", at: start) }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        pos += 6
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw error("Lone surrogate in \\u escape", at: start)
      }
      appendUTF8(scalar)
      return
    default:
      throw error("Invalid \\escape", at: start)
    }
    scratch.append(decoded)
    pos += 2
  }

  /// The value of four hex digits at `offset`, or an error at the escape's backslash.
  private func hex4(at offset: Int) throws(HostValue.JSONError) -> UInt32 {
    var value: UInt32 = 0
    for i in offset..<offset + 4 {
      let byte = byte(at: i)
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("Invalid \\uXXXX escape", at: offset - 2)
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// Appends a scalar (never a surrogate, at most U+10FFFF) to `scratch` as UTF-8.
  private mutating func appendUTF8(_ scalar: UInt32) {
    switch scalar {
    case ..<0x80:
      scratch.append(UInt8(truncatingIfNeeded: scalar))
    case ..<0x800:
      scratch.append(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    case ..<0x10000:
      scratch.append(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    default:
      scratch.append(UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
      scratch.append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    }
  }

  /// The length of the well-formed UTF-8 sequence of a non-ASCII scalar at `pos` (Unicode table 3-7:
  /// no overlong forms, no surrogates, nothing above U+10FFFF), or an error at its first byte.
  private func utf8SequenceLength() throws(HostValue.JSONError) -> Int {
    let lead = bytes[pos]
    // The allowed range of the second byte, which is where the table's exceptions lie; later bytes
    // are always 0x80...0xBF.
    let length: Int
    let second: ClosedRange<UInt8>
    switch lead {
    case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
    case 0xE0: (length, second) = (3, 0xA0...0xBF)
    case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
    case 0xED: (length, second) = (3, 0x80...0x9F)
    case 0xF0: (length, second) = (4, 0x90...0xBF)
    case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
    case 0xF4: (length, second) = (4, 0x80...0x8F)
    default: throw error("Invalid UTF-8")
    }
    guard second.contains(byte(at: pos + 1)) else { throw error("Invalid UTF-8") }
    for i in 2..<length where !(0x80...0xBF).contains(byte(at: pos + i)) { throw error("Invalid UTF-8") }
    return length
  }
}

/// A String hashed and compared by its UTF-8 bytes, not by canonical equivalence as `String` is:
/// JSON object keys (like Python str) are distinct when their code points differ.
struct UTF8Key: Hashable {
  var string: String

  init(_ string: String) { self.string = string }

  static func == (a: UTF8Key, b: UTF8Key) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }

  func hash(into hasher: inout Hasher) {
    var string = string
    string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

/// Appends compact JSON (no spaces) to a byte buffer. The caller emits structure and values in a
/// valid order; the writer does not check it. Output matches Python's
/// `json.dumps(v, separators=(",", ":"), ensure_ascii=False)` for the same values.
struct JSONWriter {
  var bytes: [UInt8] = []

  /// Structural text such as `[`, `,` or `{"$tuple":`, copied as is.
  mutating func raw(_ text: StaticString) {
    bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  mutating func null() { raw("null") }

  mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

  mutating func int(_ value: Int) { bytes.append(contentsOf: value.description.utf8) }

  /// Digits already known to match `-?[0-9]+`.
  mutating func digits(_ text: Substring) { bytes.append(contentsOf: text.utf8) }

  /// A finite double in Swift's shortest round-trip spelling (the same as Python's `repr`), always
  /// with a '.' or an exponent so that it reads back as a double. JSON has no NaN or infinity: the
  /// caller encodes those; here they would be written as `null`.
  mutating func double(_ value: Double) {
    guard value.isFinite else { return null() }
    let text = value.description
    bytes.append(contentsOf: text.utf8)
    if !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") }) { raw(".0") }
  }

  /// A string literal: `"` and `\` escaped, control characters as `\n`-style or `\u00XX` escapes,
  /// everything else (DEL and non-ASCII included) as its UTF-8 bytes.
  mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var runStart = 0
      for (i, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
        appendEscape(byte)
        runStart = i + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): raw("\\\"")
    case UInt8(ascii: "\\"): raw("\\\\")
    case 0x08: raw("\\b")
    case 0x0C: raw("\\f")
    case 0x0A: raw("\\n")
    case 0x0D: raw("\\r")
    case 0x09: raw("\\t")
    default:
      let hex: StaticString = "0123456789abcdef"
      raw("\\u00")
      bytes.append(hex.utf8Start[Int(byte >> 4)])
      bytes.append(hex.utf8Start[Int(byte & 0xF)])
    }
  }
}
