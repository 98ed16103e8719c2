// Source text as UTF-8 bytes, and positions in it.
// Positions are byte offsets everywhere in the front end; line and column are computed lazily,
// only when a diagnostic or a traceback needs them (DESIGN.md: "lex bytes, not Characters").

/// A half-open byte range `[start, end)` in a source file.
public struct SourceRange: Hashable, Sendable {
  public var start: UInt32
  public var end: UInt32

  public init(start: UInt32, end: UInt32) {
    self.start = start
    self.end = end
  }

  public init(_ start: Int, _ end: Int) {
    self.start = UInt32(truncatingIfNeeded: start)
    self.end = UInt32(truncatingIfNeeded: end)
  }

  /// The range spanning both `self` and `other`.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}

/// A line and a column, both 1-based; the column counts bytes like CPython's `offset`
/// counts characters in the line (for ASCII lines the two agree).
public struct LineColumn: Hashable, Sendable {
  public var line: Int
  public var column: Int
}

/// An immutable source file: name, bytes, and a lazily built table of line starts.
public final class SourceFile: @unchecked Sendable {
  public let name: String
  /// The source bytes. Never contains NUL (the lexer rejects NUL before anything else).
  public let bytes: [UInt8]
  private var lineStartsCache: [Int]?

  /// The largest source we accept: positions are stored as `UInt32`.
  public static let maxSize = Int(UInt32.max) - 16

  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  public convenience init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// Offsets where each line begins; line `n` (1-based) begins at `lineStarts[n - 1]`.
  public var lineStarts: [Int] {
    if let cached = lineStartsCache { return cached }
    var starts = [0]
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        // "\r\n" and a lone "\r" both end a line.
        if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    lineStartsCache = starts
    return starts
  }

  /// The 1-based line and column of a byte offset.
  public func location(of offset: Int) -> LineColumn {
    let starts = lineStarts
    var lo = 0
    var hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return LineColumn(line: lo + 1, column: columnInCharacters(lineStart: starts[lo], offset: offset) + 1)
  }

  /// Number of code points between a line start and an offset (CPython reports columns in characters).
  private func columnInCharacters(lineStart: Int, offset: Int) -> Int {
    var count = 0
    var i = lineStart
    let end = min(offset, bytes.count)
    while i < end {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count + max(0, offset - end)
  }

  /// The text of line `line` (1-based) without its line terminator, or "" if out of range.
  public func lineText(_ line: Int) -> String {
    let starts = lineStarts
    guard line >= 1 && line <= starts.count else { return "" }
    let start = starts[line - 1]
    var end = line < starts.count ? starts[line] : bytes.count
    while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The source text of a range, decoded as UTF-8 (invalid sequences replaced).
  public func text(_ range: SourceRange) -> String {
    let s = min(Int(range.start), bytes.count)
    let e = min(max(Int(range.end), s), bytes.count)
    return String(decoding: bytes[s..<e], as: UTF8.self)
  }
}
