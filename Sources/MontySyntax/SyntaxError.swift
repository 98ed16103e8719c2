// Diagnostics of the front end, shaped like CPython 3.11's SyntaxError and its subclasses.
// The lexer and parser throw exactly one of these; `render()` prints the
// `File ... / source line / caret / Type: message` block that `python3` prints.

/// A located syntax error: the type name CPython would use, its message, and where.
/// A class rather than a struct: errors are rare, and a one-word error keeps typed throws cheap on the
/// parser's hot paths (and clear of miscompiles seen with large struct errors and `defer`).
public final class SyntaxError: Error, @unchecked Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable {
    case syntaxError = "SyntaxError"
    case indentationError = "IndentationError"
    case tabError = "TabError"
    /// A construct that parses but that Monty does not implement (see Grammar/DIFFERENCES.md).
    case notImplemented = "NotImplementedError"
  }

  public var kind: Kind
  public var message: String
  /// Byte offset where the error is reported (the caret).
  public var offset: Int
  /// Optional end of the highlighted range (CPython's `end_offset`), as a byte offset.
  public var endOffset: Int?
  /// When set, the line to report instead of the one containing `offset`
  /// (CPython reports some tokenizer errors on a line other than the caret's, e.g. EOF errors).
  public var lineOverride: Int?
  /// False for errors CPython prints without a `File …` block (undecodable source).
  public var showsLocation: Bool

  public convenience init(_ message: String, at offset: Int, end: Int? = nil, line: Int? = nil) {
    self.init(.syntaxError, message, at: offset, end: end, line: line)
  }

  public init(_ kind: Kind, _ message: String, at offset: Int, end: Int? = nil, line: Int? = nil) {
    self.kind = kind
    self.message = message
    self.offset = offset
    self.endOffset = end
    self.lineOverride = line
    self.showsLocation = true
  }

  public var description: String { "\(kind.rawValue): \(message)" }

  /// The 1-based line of the error in `source`.
  /// An error at end of input is reported on the last line, as CPython's tokenizer does.
  public func line(in source: SourceFile) -> Int {
    lineOverride ?? source.location(of: effectiveOffset(in: source)).line
  }

  func effectiveOffset(in source: SourceFile) -> Int {
    let n = source.bytes.count
    if offset >= n && n > 0 && (source.bytes[n - 1] == 0x0A || source.bytes[n - 1] == 0x0D) { return n - 1 }
    return offset
  }

  /// The 1-based column (in characters) of the caret in `source`.
  public func column(in source: SourceFile) -> Int {
    if let line = lineOverride {
      let starts = source.lineStarts
      if line >= 1 && line <= starts.count && offset < (line < starts.count ? starts[line] : Int.max) && offset >= starts[line - 1] {
        return source.location(of: offset).column
      }
      return 1
    }
    return source.location(of: effectiveOffset(in: source)).column
  }

  /// The block `python3` prints for this error, ending in a newline:
  /// ```
  ///   File "x.py", line 3
  ///     if x
  ///         ^
  /// SyntaxError: expected ':'
  /// ```
  public func render(in source: SourceFile) -> String {
    let line = self.line(in: source)
    if !showsLocation { return "\(kind.rawValue): \(message)\n" }
    var out = "  File \"\(source.name)\", line \(line)\n"
    let raw = source.lineText(line)
    // CPython strips leading whitespace from the shown line and shifts the caret accordingly.
    let trimmed = raw.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
    let removed = raw.unicodeScalars.count - trimmed.unicodeScalars.count
    if !trimmed.isEmpty {
      out += "    \(trimmed)\n"
      let col = max(1, column(in: source) - removed)
      var width = 1
      if let end = endOffset, end > offset, lineOverride == nil {
        let endLoc = source.location(of: end)
        if endLoc.line == line { width = max(1, endLoc.column - column(in: source)) }
      }
      out += "    " + String(repeating: " ", count: col - 1) + String(repeating: "^", count: width) + "\n"
    }
    out += "\(kind.rawValue): \(message)\n"
    return out
  }
}
