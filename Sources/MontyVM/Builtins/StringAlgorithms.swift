// Python 3.11 `str` methods as pure functions over Swift strings, counted in code points, never graphemes.
// Not the VM binding: callers convert arguments, charge fuel and box results; growth is bounded by `limit`.

/// A Python exception raised by a string algorithm. `type` is the exception class name ("ValueError").
struct StringError: Error, Equatable {
  var type: String
  var message: String

  static func valueError(_ message: String) -> StringError { StringError(type: "ValueError", message: message) }
  static let tooLarge = StringError(type: "MemoryError", message: "memory limit exceeded: string too large")
}

/// The `str` method algorithms. Every function follows CPython 3.11 `Objects/unicodeobject.c` and
/// `Objects/stringlib/*.h`; the comments name the CPython behaviour where it is not obvious.
///
/// Invariants that make the byte-level work below correct:
/// - Swift strings are always valid UTF-8, so a byte-wise match of one string inside another starts and ends
///   on code point boundaries, and every offset this file hands to `UTF8Text.string` is such a boundary.
/// - Swift's `==` and `hasPrefix` compare canonical equivalence ("é" == "e\u{301}"); Python compares code
///   points, so nothing here uses them on user text. Comparisons are on bytes or scalar values.
enum StringAlgorithms {
  // MARK: - Length, indexing, slicing

  /// `len(s)`: the number of code points.
  static func length(_ s: String) -> Int {
    s.utf8.allSatisfy { $0 < 0x80 } ? s.utf8.count : s.unicodeScalars.count
  }

  /// `s[index]`: the code point at `index`, negative counting from the end.
  static func getItem(_ s: String, at index: Int) throws(StringError) -> String {
    let text = UTF8Text(s)
    let length = text.length
    let position = index < 0 ? index + length : index
    guard position >= 0, position < length else {
      throw StringError(type: "IndexError", message: "string index out of range")
    }
    let lo = text.byteOffset(ofCodePoint: position)
    return text.string(lo, text.decode(at: lo).next)
  }

  /// `s[start:stop:step]` with `PySlice_AdjustIndices` semantics (nil is Python's None).
  static func slice(_ s: String, start: Int?, stop: Int?, step: Int?) throws(StringError) -> String {
    var step = step ?? 1
    guard step != 0 else { throw StringError.valueError("slice step cannot be zero") }
    // CPython clamps so that `-step` cannot overflow.
    if step < -Int.max { step = -Int.max }
    let text = UTF8Text(s)
    let length = text.length
    let (first, count) = adjustSlice(start: start, stop: stop, step: step, length: length)
    guard count > 0 else { return "" }
    if step == 1 {
      let (lo, hi) = text.byteOffsets(ofCodePoints: first, first + count)
      return text.string(lo, hi)
    }
    if text.isASCII {
      return pick(text.bytes, first: first, step: step, count: count) { String(decoding: $0, as: UTF8.self) }
    }
    let scalars = Array(s.unicodeScalars)
    return pick(scalars, first: first, step: step, count: count) { picked in
      var out = String.UnicodeScalarView()
      out.append(contentsOf: picked)
      return String(out)
    }
  }

  /// Picks `count` elements starting at `first`, `step` apart. `adjustSlice` guarantees every picked
  /// index lies in `0..<elements.count`, so the additions cannot overflow; the guard is belt and braces.
  private static func pick<E>(
    _ elements: [E], first: Int, step: Int, count: Int, build: ([E]) -> String
  ) -> String {
    var picked: [E] = []
    picked.reserveCapacity(count)
    var index = first
    for k in 0..<count {
      if k > 0 {
        let (next, overflow) = index.addingReportingOverflow(step)
        if overflow { break }
        index = next
      }
      guard index >= 0, index < elements.count else { break }
      picked.append(elements[index])
    }
    return build(picked)
  }

  /// `PySlice_AdjustIndices`: the first index and the number of elements a slice selects. Shared with the
  /// other sequences. Callers raise for a zero step first; here it selects nothing rather than trapping.
  static func adjustSlice(start: Int?, stop: Int?, step: Int, length: Int) -> (first: Int, count: Int) {
    guard step != 0 else { return (0, 0) }
    let step = max(step, -Int.max)  // so that `-step` below cannot overflow
    func clamp(_ value: Int) -> Int {
      if value < 0 {
        let shifted = value + length  // value < 0 <= length: cannot overflow
        return shifted < 0 ? (step < 0 ? -1 : 0) : shifted
      }
      return value >= length ? (step < 0 ? length - 1 : length) : value
    }
    let lo = start.map(clamp) ?? (step < 0 ? length - 1 : 0)
    let hi = stop.map(clamp) ?? (step < 0 ? -1 : length)
    // Both bounds lie in -1...length here, so the differences below cannot overflow.
    if step < 0 {
      return (lo, hi < lo ? (lo - hi - 1) / (-step) + 1 : 0)
    }
    return (lo, lo < hi ? (hi - lo - 1) / step + 1 : 0)
  }

  // MARK: - Searching

  /// `s.find(sub, start, end)`: the lowest code point index of `sub` inside `s[start:end]`, or -1.
  static func find(_ s: String, sub: String, start: Int? = nil, end: Int? = nil) -> Int {
    search(s, sub: sub, start: start, end: end, reverse: false) ?? -1
  }

  /// `s.rfind(sub, start, end)`: the highest code point index of `sub` inside `s[start:end]`, or -1.
  static func rfind(_ s: String, sub: String, start: Int? = nil, end: Int? = nil) -> Int {
    search(s, sub: sub, start: start, end: end, reverse: true) ?? -1
  }

  /// `s.index(sub, start, end)`: like `find`, but a miss is a ValueError.
  static func index(_ s: String, sub: String, start: Int? = nil, end: Int? = nil) throws(StringError) -> Int {
    guard let found = search(s, sub: sub, start: start, end: end, reverse: false) else {
      throw StringError.valueError("substring not found")
    }
    return found
  }

  /// `s.rindex(sub, start, end)`: like `rfind`, but a miss is a ValueError.
  static func rindex(_ s: String, sub: String, start: Int? = nil, end: Int? = nil) throws(StringError) -> Int {
    guard let found = search(s, sub: sub, start: start, end: end, reverse: true) else {
      throw StringError.valueError("substring not found")
    }
    return found
  }

  /// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub` matches between code points.
  static func count(_ s: String, sub: String, start: Int? = nil, end: Int? = nil) -> Int {
    let text = UTF8Text(s)
    let needle = UTF8Text(sub)
    let (lo, hi) = adjustIndices(start: start, end: end, length: text.length)
    let needleLength = needle.length
    guard hi - lo >= needleLength else { return 0 }
    if needleLength == 0 { return hi - lo + 1 }
    let (byteLo, byteHi) = text.byteOffsets(ofCodePoints: lo, hi)
    let searcher = ByteSearcher(needle.bytes, reverse: false)
    var found = 0
    var position = byteLo
    while let match = searcher.search(text.bytes, position, byteHi) {
      found += 1
      position = match + needle.bytes.count
    }
    return found
  }

  /// `s.startswith(prefix, start, end)` for one prefix (the binding loops over a tuple).
  static func startswith(_ s: String, prefix: String, start: Int? = nil, end: Int? = nil) -> Bool {
    tailMatch(s, prefix, start: start, end: end, atEnd: false)
  }

  /// `s.endswith(suffix, start, end)` for one suffix (the binding loops over a tuple).
  static func endswith(_ s: String, suffix: String, start: Int? = nil, end: Int? = nil) -> Bool {
    tailMatch(s, suffix, start: start, end: end, atEnd: true)
  }

  /// CPython's `tailmatch`: an empty affix matches iff the adjusted range is not inverted.
  private static func tailMatch(_ s: String, _ affix: String, start: Int?, end: Int?, atEnd: Bool) -> Bool {
    let text = UTF8Text(s)
    let needle = UTF8Text(affix)
    let (lo, hi) = adjustIndices(start: start, end: end, length: text.length)
    let needleLength = needle.length
    guard hi - lo >= needleLength else { return false }
    if needleLength == 0 { return true }
    let (byteLo, byteHi) = text.byteOffsets(ofCodePoints: lo, hi)
    let at = atEnd ? byteHi - needle.bytes.count : byteLo
    return at >= byteLo && text.hasBytes(needle.bytes, at: at)
  }

  /// Shared body of find/rfind/index/rindex: a code point index, or nil on a miss.
  private static func search(_ s: String, sub: String, start: Int?, end: Int?, reverse: Bool) -> Int? {
    let text = UTF8Text(s)
    let needle = UTF8Text(sub)
    let (lo, hi) = adjustIndices(start: start, end: end, length: text.length)
    // Checked before the empty case, so "abc".find("", 5) is -1 as in CPython.
    guard hi - lo >= needle.length else { return nil }
    let (byteLo, byteHi) = text.byteOffsets(ofCodePoints: lo, hi)
    let searcher = ByteSearcher(needle.bytes, reverse: reverse)
    guard let match = searcher.search(text.bytes, byteLo, byteHi) else { return nil }
    return lo + text.codePointCount(byteLo, match)
  }

  /// CPython's `ADJUST_INDICES`: Python slice bounds for start/end, without the step machinery.
  /// The result may be inverted (`start > end`); callers treat that as an empty range.
  private static func adjustIndices(start: Int?, end: Int?, length: Int) -> (Int, Int) {
    var hi = end ?? length
    if hi > length {
      hi = length
    } else if hi < 0 {
      hi = max(hi + length, 0)  // hi < 0 <= length: cannot overflow
    }
    var lo = start ?? 0
    if lo < 0 { lo = max(lo + length, 0) }
    return (lo, hi)
  }

  // MARK: - Splitting and joining

  /// `s.split(sep, maxsplit)`. A nil `sep` splits on runs of whitespace and drops empty ends.
  static func split(_ s: String, sep: String?, maxsplit: Int = -1) throws(StringError) -> [String] {
    let text = UTF8Text(s)
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    var parts: [String] = []
    guard let sep else {
      let end = text.bytes.count
      var i = 0
      while remaining > 0 {
        i = text.skip(from: i, to: end, while: isPySpace)
        if i == end { break }
        let wordStart = i
        i = text.skip(from: i, to: end) { !isPySpace($0) }
        parts.append(text.string(wordStart, i))
        remaining -= 1
      }
      // After maxsplit words, the rest keeps its trailing whitespace but loses its leading run.
      i = text.skip(from: i, to: end, while: isPySpace)
      if i < end { parts.append(text.string(i, end)) }
      return parts
    }
    let separator = Array(sep.utf8)
    guard !separator.isEmpty else { throw StringError.valueError("empty separator") }
    let searcher = ByteSearcher(separator, reverse: false)
    var i = 0
    while remaining > 0, let match = searcher.search(text.bytes, i, text.bytes.count) {
      parts.append(text.string(i, match))
      i = match + separator.count
      remaining -= 1
    }
    parts.append(text.string(i, text.bytes.count))
    return parts
  }

  /// `s.rsplit(sep, maxsplit)`: `split` that counts `maxsplit` from the right.
  static func rsplit(_ s: String, sep: String?, maxsplit: Int = -1) throws(StringError) -> [String] {
    let text = UTF8Text(s)
    var remaining = maxsplit < 0 ? Int.max : maxsplit
    var parts: [String] = []
    guard let sep else {
      var i = text.bytes.count
      while remaining > 0 {
        i = text.skipBackward(from: i, to: 0, while: isPySpace)
        if i == 0 { break }
        let wordEnd = i
        i = text.skipBackward(from: i, to: 0) { !isPySpace($0) }
        parts.append(text.string(i, wordEnd))
        remaining -= 1
      }
      i = text.skipBackward(from: i, to: 0, while: isPySpace)
      if i > 0 { parts.append(text.string(0, i)) }
      return parts.reversed()
    }
    let separator = Array(sep.utf8)
    guard !separator.isEmpty else { throw StringError.valueError("empty separator") }
    let searcher = ByteSearcher(separator, reverse: true)
    var j = text.bytes.count
    while remaining > 0, let match = searcher.search(text.bytes, 0, j) {
      parts.append(text.string(match + separator.count, j))
      j = match
      remaining -= 1
    }
    parts.append(text.string(0, j))
    return parts.reversed()
  }

  /// `s.splitlines(keepends)` on every boundary `str.splitlines` knows, with "\r\n" as one break.
  static func splitlines(_ s: String, keepends: Bool = false) -> [String] {
    let text = UTF8Text(s)
    let end = text.bytes.count
    var lines: [String] = []
    var i = 0
    while i < end {
      let lineStart = i
      i = text.skip(from: i, to: end) { !isLineBreak($0) }
      var lineEnd = i
      if i < end {
        let (scalar, next) = text.decode(at: i)
        i = scalar == 0x0D && next < end && text.bytes[next] == 0x0A ? next + 1 : next
        if keepends { lineEnd = i }
      }
      lines.append(text.string(lineStart, lineEnd))
    }
    return lines
  }

  /// `s.partition(sep)`: split at the first `sep`, or `(s, "", "")`.
  static func partition(_ s: String, sep: String) throws(StringError) -> (String, String, String) {
    let separator = Array(sep.utf8)
    guard !separator.isEmpty else { throw StringError.valueError("empty separator") }
    let text = UTF8Text(s)
    let end = text.bytes.count
    guard let match = ByteSearcher(separator, reverse: false).search(text.bytes, 0, end) else { return (s, "", "") }
    return (text.string(0, match), sep, text.string(match + separator.count, end))
  }

  /// `s.rpartition(sep)`: split at the last `sep`, or `("", "", s)`.
  static func rpartition(_ s: String, sep: String) throws(StringError) -> (String, String, String) {
    let separator = Array(sep.utf8)
    guard !separator.isEmpty else { throw StringError.valueError("empty separator") }
    let text = UTF8Text(s)
    let end = text.bytes.count
    guard let match = ByteSearcher(separator, reverse: true).search(text.bytes, 0, end) else { return ("", "", s) }
    return (text.string(0, match), sep, text.string(match + separator.count, end))
  }

  /// `separator.join(parts)`. Joining many references to one big string is cheap for the caller and
  /// huge for us, so the size is checked against `limit` before anything is copied.
  static func join(_ separator: String, _ parts: [String], limit: Int) throws(StringError) -> String {
    guard !parts.isEmpty else { return "" }
    let (separators, overflow) = separator.utf8.count.multipliedReportingOverflow(by: parts.count - 1)
    var size = separators
    guard !overflow, size <= limit else { throw StringError.tooLarge }
    for part in parts {
      let (sum, overflow) = size.addingReportingOverflow(part.utf8.count)
      guard !overflow, sum <= limit else { throw StringError.tooLarge }
      size = sum
    }
    var out = ""
    out.reserveCapacity(size)
    for (k, part) in parts.enumerated() {
      if k > 0 { out += separator }
      out += part
    }
    return out
  }

  // MARK: - Stripping and affixes

  /// `s.strip(chars)`: nil strips Python whitespace; "" strips nothing.
  static func strip(_ s: String, chars: String? = nil) -> String { trim(s, chars: chars, left: true, right: true) }

  /// `s.lstrip(chars)`.
  static func lstrip(_ s: String, chars: String? = nil) -> String { trim(s, chars: chars, left: true, right: false) }

  /// `s.rstrip(chars)`.
  static func rstrip(_ s: String, chars: String? = nil) -> String { trim(s, chars: chars, left: false, right: true) }

  private static func trim(_ s: String, chars: String?, left: Bool, right: Bool) -> String {
    let text = UTF8Text(s)
    let stripped: (UInt32) -> Bool
    if let chars {
      let set = Set(chars.unicodeScalars.map(\.value))
      stripped = { set.contains($0) }
    } else {
      stripped = isPySpace
    }
    var lo = 0
    var hi = text.bytes.count
    if left { lo = text.skip(from: lo, to: hi, while: stripped) }
    if right { hi = text.skipBackward(from: hi, to: lo, while: stripped) }
    return text.string(lo, hi)
  }

  /// `s.removeprefix(prefix)`, comparing code points (not Swift's canonical equivalence).
  static func removeprefix(_ s: String, _ prefix: String) -> String {
    let text = UTF8Text(s)
    let affix = Array(prefix.utf8)
    guard !affix.isEmpty, text.hasBytes(affix, at: 0) else { return s }
    return text.string(affix.count, text.bytes.count)
  }

  /// `s.removesuffix(suffix)`.
  static func removesuffix(_ s: String, _ suffix: String) -> String {
    let text = UTF8Text(s)
    let affix = Array(suffix.utf8)
    let at = text.bytes.count - affix.count
    guard !affix.isEmpty, at >= 0, text.hasBytes(affix, at: at) else { return s }
    return text.string(0, at)
  }

  // MARK: - Growing transforms (bounded by `limit`, the largest result in UTF-8 bytes)

  /// `s.replace(old, new, count)`; a negative `count` replaces all. An empty `old` inserts `new`
  /// before every code point and at the end, as CPython does ("ab".replace("", "-") == "-a-b-").
  static func replace(
    _ s: String, old: String, new: String, count: Int = -1, limit: Int
  ) throws(StringError) -> String {
    let text = UTF8Text(s)
    let oldBytes = Array(old.utf8)
    let newBytes = Array(new.utf8)
    let maxCount = count < 0 ? Int.max : count
    // CPython's early exits: nothing to do, or a replacement that cannot change the text.
    if maxCount == 0 || text.bytes.count < oldBytes.count || oldBytes == newBytes { return s }

    if oldBytes.isEmpty {
      let insertions = min(text.length, maxCount - 1) + 1
      let size = try grownSize(text.bytes.count, plus: insertions, times: newBytes.count, limit: limit)
      var out: [UInt8] = []
      out.reserveCapacity(size)
      var i = 0
      for k in 0..<insertions {
        out.append(contentsOf: newBytes)
        if k + 1 < insertions, i < text.bytes.count {
          let next = text.decode(at: i).next
          out.append(contentsOf: text.bytes[i..<next])
          i = next
        }
      }
      out.append(contentsOf: text.bytes[i...])
      return String(decoding: out, as: UTF8.self)
    }

    // Count first so the size check happens before any allocation proportional to the result.
    let searcher = ByteSearcher(oldBytes, reverse: false)
    var matches = 0
    var position = 0
    while matches < maxCount, let match = searcher.search(text.bytes, position, text.bytes.count) {
      matches += 1
      position = match + oldBytes.count
    }
    guard matches > 0 else { return s }
    let size: Int
    if newBytes.count >= oldBytes.count {
      size = try grownSize(text.bytes.count, plus: matches, times: newBytes.count - oldBytes.count, limit: limit)
    } else {
      // Shrinking: the result is smaller than `s`, which already exists.
      size = text.bytes.count - matches * (oldBytes.count - newBytes.count)
    }
    var out: [UInt8] = []
    out.reserveCapacity(size)
    position = 0
    for _ in 0..<matches {
      guard let match = searcher.search(text.bytes, position, text.bytes.count) else { break }
      out.append(contentsOf: text.bytes[position..<match])
      out.append(contentsOf: newBytes)
      position = match + oldBytes.count
    }
    out.append(contentsOf: text.bytes[position...])
    return String(decoding: out, as: UTF8.self)
  }

  /// `s * n` (and `n * s`): empty for `n <= 0`.
  static func repeated(_ s: String, count: Int, limit: Int) throws(StringError) -> String {
    guard count > 0, !s.isEmpty else { return "" }
    _ = try grownSize(0, plus: count, times: s.utf8.count, limit: limit)
    return repeatedString(s, count)
  }

  /// `s.zfill(width)`: pad with "0" on the left, after a leading "+" or "-".
  static func zfill(_ s: String, width: Int, limit: Int) throws(StringError) -> String {
    let text = UTF8Text(s)
    let length = text.length
    guard width > length else { return s }
    let fill = width - length  // width > length >= 0: cannot overflow
    let size = try grownSize(text.bytes.count, plus: fill, times: 1, limit: limit)
    var out: [UInt8] = []
    out.reserveCapacity(size)
    var body = text.bytes[...]
    if let sign = body.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      out.append(sign)
      body = body.dropFirst()
    }
    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: fill))
    out.append(contentsOf: body)
    return String(decoding: out, as: UTF8.self)
  }

  /// `s.center(width, fillchar)`. CPython puts the odd extra fill on the left only when both the
  /// margin and the width are odd (`left = marg / 2 + (marg & width & 1)`).
  static func center(_ s: String, width: Int, fillchar: String = " ", limit: Int) throws(StringError) -> String {
    try pad(s, width: width, fillchar: fillchar, limit: limit) { margin in
      let left = margin / 2 + (margin & width & 1)
      return (left, margin - left)
    }
  }

  /// `s.ljust(width, fillchar)`.
  static func ljust(_ s: String, width: Int, fillchar: String = " ", limit: Int) throws(StringError) -> String {
    try pad(s, width: width, fillchar: fillchar, limit: limit) { (0, $0) }
  }

  /// `s.rjust(width, fillchar)`.
  static func rjust(_ s: String, width: Int, fillchar: String = " ", limit: Int) throws(StringError) -> String {
    try pad(s, width: width, fillchar: fillchar, limit: limit) { ($0, 0) }
  }

  private static func pad(
    _ s: String, width: Int, fillchar: String, limit: Int, split: (Int) -> (left: Int, right: Int)
  ) throws(StringError) -> String {
    var fillScalars = fillchar.unicodeScalars.makeIterator()
    guard fillScalars.next() != nil, fillScalars.next() == nil else {
      throw StringError(type: "TypeError", message: "The fill character must be exactly one character long")
    }
    let length = length(s)
    guard width > length else { return s }
    let margin = width - length  // width > length >= 0: cannot overflow
    _ = try grownSize(s.utf8.count, plus: margin, times: fillchar.utf8.count, limit: limit)
    let (left, right) = split(margin)
    return repeatedString(String(fillchar), left) + s + repeatedString(String(fillchar), right)
  }

  /// `s.expandtabs(tabsize)`: a tab advances to the next multiple of `tabsize` columns; "\n" and "\r"
  /// reset the column. A `tabsize` of zero or less deletes tabs, as in CPython.
  static func expandtabs(_ s: String, tabsize: Int = 8, limit: Int) throws(StringError) -> String {
    let bytes = Array(s.utf8)
    guard bytes.contains(UInt8(ascii: "\t")) else { return s }
    // Pass one sizes the result with checked arithmetic; pass two builds it.
    var size = 0
    var column = 0
    for byte in bytes {
      var grow = 1
      if byte == UInt8(ascii: "\t") {
        grow = tabsize > 0 ? tabsize - column % tabsize : 0
      }
      let (newSize, overflow) = size.addingReportingOverflow(grow)
      guard !overflow, newSize <= limit else { throw StringError.tooLarge }
      size = newSize
      column = nextColumn(column, byte: byte, grow: grow)
    }
    var out: [UInt8] = []
    out.reserveCapacity(size)
    column = 0
    for byte in bytes {
      if byte == UInt8(ascii: "\t") {
        let spaces = tabsize > 0 ? tabsize - column % tabsize : 0
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: spaces))
        column = nextColumn(column, byte: byte, grow: spaces)
      } else {
        out.append(byte)
        column = nextColumn(column, byte: byte, grow: 1)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The column after `byte`. Columns count code points, so UTF-8 continuation bytes do not advance it.
  /// The column never exceeds the running size, which pass one has already bounded by `limit`.
  private static func nextColumn(_ column: Int, byte: UInt8, grow: Int) -> Int {
    if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return 0 }
    if byte & 0xC0 == 0x80 { return column }
    return column + grow
  }

  /// `base + count * unit` bytes, or MemoryError when it overflows or exceeds `limit`.
  private static func grownSize(_ base: Int, plus count: Int, times unit: Int, limit: Int) throws(StringError) -> Int {
    let (extra, overflow) = count.multipliedReportingOverflow(by: unit)
    guard !overflow else { throw StringError.tooLarge }
    let (size, overflow2) = base.addingReportingOverflow(extra)
    guard !overflow2, size <= limit else { throw StringError.tooLarge }
    return size
  }

  // MARK: - Case mapping

  /// `s.upper()`: full Unicode uppercase mapping ("ß" -> "SS").
  static func upper(_ s: String) -> String {
    if let ascii = asciiMap(s, asciiUpper) { return ascii }
    var out = ""
    for scalar in s.unicodeScalars { appendUpper(scalar, to: &out) }
    return out
  }

  /// `s.lower()`: full lowercase mapping, with capital sigma becoming final sigma at a word's end.
  static func lower(_ s: String) -> String {
    if let ascii = asciiMap(s, asciiLower) { return ascii }
    let scalars = Array(s.unicodeScalars)
    var out = ""
    for i in scalars.indices { appendLower(scalars, i, to: &out) }
    return out
  }

  /// `s.casefold()`: CaseFolding.txt full folding (lowercase plus the entries where folding differs).
  static func casefold(_ s: String) -> String {
    if let ascii = asciiMap(s, asciiLower) { return ascii }
    var out = ""
    for scalar in s.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        out.unicodeScalars.append(Unicode.Scalar(asciiLower(UInt8(truncatingIfNeeded: value))))
      } else if let folded = foldedCherokee(value) ?? foldingExceptions[value].map(scalarString) {
        out += folded
      } else {
        out += scalar.properties.lowercaseMapping
      }
    }
    return out
  }

  /// `s.swapcase()`: Uppercase code points lower (sigma-aware), Lowercase ones upper; titlecase
  /// letters such as "ǅ" are neither and stay.
  static func swapcase(_ s: String) -> String {
    if let ascii = asciiMap(s, { byte in
      byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }) {
      return ascii
    }
    let scalars = Array(s.unicodeScalars)
    var out = ""
    for i in scalars.indices {
      let properties = scalars[i].properties
      if properties.isUppercase {
        appendLower(scalars, i, to: &out)
      } else if properties.isLowercase {
        appendUpper(scalars[i], to: &out)
      } else {
        out.unicodeScalars.append(scalars[i])
      }
    }
    return out
  }

  /// `s.title()`: titlecase after an uncased code point, lowercase after a cased one.
  static func title(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) {
      // In ASCII the cased code points are exactly the letters.
      var previousIsLetter = false
      return String(decoding: s.utf8.map { byte in
        let mapped = previousIsLetter ? asciiLower(byte) : asciiUpper(byte)
        previousIsLetter = asciiLower(byte) >= 0x61 && asciiLower(byte) <= 0x7A
        return mapped
      }, as: UTF8.self)
    }
    let scalars = Array(s.unicodeScalars)
    var out = ""
    var previousIsCased = false
    for i in scalars.indices {
      if previousIsCased {
        appendLower(scalars, i, to: &out)
      } else {
        out += scalars[i].properties.titlecaseMapping
      }
      previousIsCased = scalars[i].properties.isCased
    }
    return out
  }

  /// `s.capitalize()`: since 3.8 the first code point is titlecased ("ǆa" -> "ǅa"), the rest lowered.
  static func capitalize(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = Array(s.utf8)
      return String(decoding: bytes.prefix(1).map(asciiUpper) + bytes.dropFirst().map(asciiLower), as: UTF8.self)
    }
    let scalars = Array(s.unicodeScalars)
    guard let first = scalars.first else { return "" }
    var out = first.properties.titlecaseMapping
    for i in scalars.indices.dropFirst() { appendLower(scalars, i, to: &out) }
    return out
  }

  private static func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
  private static func asciiUpper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }

  /// The ASCII fast path shared by the case mappings: nil when `s` has any non-ASCII byte.
  private static func asciiMap(_ s: String, _ transform: (UInt8) -> UInt8) -> String? {
    guard s.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    return String(decoding: s.utf8.map(transform), as: UTF8.self)
  }

  private static func appendUpper(_ scalar: Unicode.Scalar, to out: inout String) {
    if scalar.value < 0x80 {
      out.unicodeScalars.append(Unicode.Scalar(asciiUpper(UInt8(truncatingIfNeeded: scalar.value))))
    } else {
      out += scalar.properties.uppercaseMapping
    }
  }

  /// CPython's `lower_ucs4`: the full lowercase mapping, except that U+03A3 maps to final sigma when it
  /// ends a word (`handle_capital_sigma`).
  private static func appendLower(_ scalars: [Unicode.Scalar], _ i: Int, to out: inout String) {
    let scalar = scalars[i]
    if scalar.value < 0x80 {
      out.unicodeScalars.append(Unicode.Scalar(asciiLower(UInt8(truncatingIfNeeded: scalar.value))))
    } else if scalar.value == 0x3A3 {
      out.unicodeScalars.append(isFinalSigma(scalars, i) ? "\u{3C2}" : "\u{3C3}")
    } else {
      out += scalar.properties.lowercaseMapping
    }
  }

  /// Final_Sigma: preceded by cased (skipping case-ignorables) and not followed by cased (ditto).
  private static func isFinalSigma(_ scalars: [Unicode.Scalar], _ i: Int) -> Bool {
    let before = scalars[..<i].last { !$0.properties.isCaseIgnorable }
    guard let before, before.properties.isCased else { return false }
    let after = scalars[(i + 1)...].first { !$0.properties.isCaseIgnorable }
    return !(after?.properties.isCased ?? false)
  }

  /// Cherokee is the one script whose folding goes to uppercase (Unicode 8): small letters fold to capitals.
  private static func foldedCherokee(_ value: UInt32) -> String? {
    switch value {
    case 0x13A0...0x13F5: return scalarString([value])
    case 0x13F8...0x13FD: return scalarString([value - 8])
    case 0xAB70...0xABBF: return scalarString([value - 0xAB70 + 0x13A0])
    default: return nil
    }
  }

  private static func scalarString(_ values: [UInt32]) -> String {
    var out = String.UnicodeScalarView()
    for value in values {
      if let scalar = Unicode.Scalar(value) { out.append(scalar) }
    }
    return String(out)
  }

  /// Code points whose full case folding differs from their lowercase mapping, outside Cherokee.
  /// Generated from Python 3.11 (Unicode 14): `[c for c in all if chr(c).casefold() != chr(c).lower()]`.
  private static let foldingExceptions: [UInt32: [UInt32]] = [
    0x00B5: [0x03BC], 0x00DF: [0x0073, 0x0073], 0x0149: [0x02BC, 0x006E], 0x017F: [0x0073], 0x01F0: [0x006A, 0x030C],
    0x0345: [0x03B9], 0x0390: [0x03B9, 0x0308, 0x0301], 0x03B0: [0x03C5, 0x0308, 0x0301], 0x03C2: [0x03C3],
    0x03D0: [0x03B2], 0x03D1: [0x03B8], 0x03D5: [0x03C6], 0x03D6: [0x03C0], 0x03F0: [0x03BA], 0x03F1: [0x03C1],
    0x03F5: [0x03B5], 0x0587: [0x0565, 0x0582], 0x1C80: [0x0432], 0x1C81: [0x0434], 0x1C82: [0x043E],
    0x1C83: [0x0441], 0x1C84: [0x0442], 0x1C85: [0x0442], 0x1C86: [0x044A], 0x1C87: [0x0463], 0x1C88: [0xA64B],
    0x1E96: [0x0068, 0x0331], 0x1E97: [0x0074, 0x0308], 0x1E98: [0x0077, 0x030A], 0x1E99: [0x0079, 0x030A],
    0x1E9A: [0x0061, 0x02BE], 0x1E9B: [0x1E61], 0x1E9E: [0x0073, 0x0073], 0x1F50: [0x03C5, 0x0313],
    0x1F52: [0x03C5, 0x0313, 0x0300], 0x1F54: [0x03C5, 0x0313, 0x0301], 0x1F56: [0x03C5, 0x0313, 0x0342],
    0x1F80: [0x1F00, 0x03B9], 0x1F81: [0x1F01, 0x03B9], 0x1F82: [0x1F02, 0x03B9], 0x1F83: [0x1F03, 0x03B9],
    0x1F84: [0x1F04, 0x03B9], 0x1F85: [0x1F05, 0x03B9], 0x1F86: [0x1F06, 0x03B9], 0x1F87: [0x1F07, 0x03B9],
    0x1F88: [0x1F00, 0x03B9], 0x1F89: [0x1F01, 0x03B9], 0x1F8A: [0x1F02, 0x03B9], 0x1F8B: [0x1F03, 0x03B9],
    0x1F8C: [0x1F04, 0x03B9], 0x1F8D: [0x1F05, 0x03B9], 0x1F8E: [0x1F06, 0x03B9], 0x1F8F: [0x1F07, 0x03B9],
    0x1F90: [0x1F20, 0x03B9], 0x1F91: [0x1F21, 0x03B9], 0x1F92: [0x1F22, 0x03B9], 0x1F93: [0x1F23, 0x03B9],
    0x1F94: [0x1F24, 0x03B9], 0x1F95: [0x1F25, 0x03B9], 0x1F96: [0x1F26, 0x03B9], 0x1F97: [0x1F27, 0x03B9],
    0x1F98: [0x1F20, 0x03B9], 0x1F99: [0x1F21, 0x03B9], 0x1F9A: [0x1F22, 0x03B9], 0x1F9B: [0x1F23, 0x03B9],
    0x1F9C: [0x1F24, 0x03B9], 0x1F9D: [0x1F25, 0x03B9], 0x1F9E: [0x1F26, 0x03B9], 0x1F9F: [0x1F27, 0x03B9],
    0x1FA0: [0x1F60, 0x03B9], 0x1FA1: [0x1F61, 0x03B9], 0x1FA2: [0x1F62, 0x03B9], 0x1FA3: [0x1F63, 0x03B9],
    0x1FA4: [0x1F64, 0x03B9], 0x1FA5: [0x1F65, 0x03B9], 0x1FA6: [0x1F66, 0x03B9], 0x1FA7: [0x1F67, 0x03B9],
    0x1FA8: [0x1F60, 0x03B9], 0x1FA9: [0x1F61, 0x03B9], 0x1FAA: [0x1F62, 0x03B9], 0x1FAB: [0x1F63, 0x03B9],
    0x1FAC: [0x1F64, 0x03B9], 0x1FAD: [0x1F65, 0x03B9], 0x1FAE: [0x1F66, 0x03B9], 0x1FAF: [0x1F67, 0x03B9],
    0x1FB2: [0x1F70, 0x03B9], 0x1FB3: [0x03B1, 0x03B9], 0x1FB4: [0x03AC, 0x03B9], 0x1FB6: [0x03B1, 0x0342],
    0x1FB7: [0x03B1, 0x0342, 0x03B9], 0x1FBC: [0x03B1, 0x03B9], 0x1FBE: [0x03B9], 0x1FC2: [0x1F74, 0x03B9],
    0x1FC3: [0x03B7, 0x03B9], 0x1FC4: [0x03AE, 0x03B9], 0x1FC6: [0x03B7, 0x0342], 0x1FC7: [0x03B7, 0x0342, 0x03B9],
    0x1FCC: [0x03B7, 0x03B9], 0x1FD2: [0x03B9, 0x0308, 0x0300], 0x1FD3: [0x03B9, 0x0308, 0x0301],
    0x1FD6: [0x03B9, 0x0342], 0x1FD7: [0x03B9, 0x0308, 0x0342], 0x1FE2: [0x03C5, 0x0308, 0x0300],
    0x1FE3: [0x03C5, 0x0308, 0x0301], 0x1FE4: [0x03C1, 0x0313], 0x1FE6: [0x03C5, 0x0342],
    0x1FE7: [0x03C5, 0x0308, 0x0342], 0x1FF2: [0x1F7C, 0x03B9], 0x1FF3: [0x03C9, 0x03B9], 0x1FF4: [0x03CE, 0x03B9],
    0x1FF6: [0x03C9, 0x0342], 0x1FF7: [0x03C9, 0x0342, 0x03B9], 0x1FFC: [0x03C9, 0x03B9], 0xFB00: [0x0066, 0x0066],
    0xFB01: [0x0066, 0x0069], 0xFB02: [0x0066, 0x006C], 0xFB03: [0x0066, 0x0066, 0x0069],
    0xFB04: [0x0066, 0x0066, 0x006C], 0xFB05: [0x0073, 0x0074], 0xFB06: [0x0073, 0x0074], 0xFB13: [0x0574, 0x0576],
    0xFB14: [0x0574, 0x0565], 0xFB15: [0x0574, 0x056B], 0xFB16: [0x057E, 0x0576], 0xFB17: [0x0574, 0x056D],
  ]

  // MARK: - Predicates

  /// `s.isascii()`: true for the empty string.
  static func isascii(_ s: String) -> Bool { s.utf8.allSatisfy { $0 < 0x80 } }

  /// `s.isdecimal()`: every code point is Numeric_Type=Decimal (category Nd).
  static func isdecimal(_ s: String) -> Bool {
    allScalars(s) { $0.properties.numericType == .decimal }
  }

  /// `s.isdigit()`: Decimal or Digit, so superscripts and circled digits count.
  static func isdigit(_ s: String) -> Bool {
    allScalars(s) { $0.properties.numericType == .decimal || $0.properties.numericType == .digit }
  }

  /// `s.isnumeric()`: any numeric type, including fractions, Roman numerals and CJK numerals.
  static func isnumeric(_ s: String) -> Bool {
    allScalars(s) { $0.properties.numericType != nil }
  }

  /// `s.isalpha()`: every code point is a letter (Lu, Ll, Lt, Lm, Lo).
  static func isalpha(_ s: String) -> Bool { allScalars(s, isAlpha) }

  /// `s.isalnum()`: every code point is alphabetic or numeric in any sense.
  static func isalnum(_ s: String) -> Bool {
    allScalars(s) { isAlpha($0) || $0.properties.numericType != nil }
  }

  /// `s.isspace()`: every code point is in Python's whitespace table.
  static func isspace(_ s: String) -> Bool { allScalars(s) { isPySpace($0.value) } }

  /// `s.isprintable()`: no code point of category C* or Z* other than the space; true when empty.
  static func isprintable(_ s: String) -> Bool {
    s.unicodeScalars.allSatisfy { scalar in
      if scalar.value < 0x80 { return scalar.value >= 0x20 && scalar.value < 0x7F }
      switch scalar.properties.generalCategory {
      case .control, .format, .surrogate, .privateUse, .unassigned,
        .spaceSeparator, .lineSeparator, .paragraphSeparator:
        return false
      default:
        return true
      }
    }
  }

  /// `s.isupper()`: at least one Uppercase code point and no Lowercase or titlecase ones.
  static func isupper(_ s: String) -> Bool {
    var sawCased = false
    for scalar in s.unicodeScalars {
      let properties = scalar.properties
      if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
      if properties.isUppercase { sawCased = true }
    }
    return sawCased
  }

  /// `s.islower()`: at least one Lowercase code point and no Uppercase or titlecase ones.
  static func islower(_ s: String) -> Bool {
    var sawCased = false
    for scalar in s.unicodeScalars {
      let properties = scalar.properties
      if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return false }
      if properties.isLowercase { sawCased = true }
    }
    return sawCased
  }

  /// `s.istitle()`: upper/titlecase only after uncased code points, lowercase only after cased ones.
  static func istitle(_ s: String) -> Bool {
    var sawCased = false
    var previousIsCased = false
    for scalar in s.unicodeScalars {
      let properties = scalar.properties
      if properties.isUppercase || properties.generalCategory == .titlecaseLetter {
        if previousIsCased { return false }
        previousIsCased = true
        sawCased = true
      } else if properties.isLowercase {
        if !previousIsCased { return false }
        previousIsCased = true
        sawCased = true
      } else {
        previousIsCased = false
      }
    }
    return sawCased
  }

  /// `s.isidentifier()`: XID_Start or "_" first, XID_Continue after (keywords are not excluded).
  static func isidentifier(_ s: String) -> Bool {
    var scalars = s.unicodeScalars.makeIterator()
    guard let first = scalars.next(), first == "_" || first.properties.isXIDStart else { return false }
    while let scalar = scalars.next() {
      if !scalar.properties.isXIDContinue { return false }
    }
    return true
  }

  /// Shared by the predicates that are false for the empty string.
  private static func allScalars(_ s: String, _ predicate: (Unicode.Scalar) -> Bool) -> Bool {
    !s.isEmpty && s.unicodeScalars.allSatisfy(predicate)
  }

  private static func isAlpha(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
  }

  /// Python's whitespace (`_PyUnicode_IsWhitespace`): bidi class WS, B or S, or category Zs. Note that
  /// U+001C...U+001F count, and U+200B (zero width space) and U+FEFF do not.
  static func isPySpace(_ value: UInt32) -> Bool {
    switch value {
    case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default:
      return false
    }
  }

  /// The line boundaries of `str.splitlines` (bytes.splitlines only knows \n and \r).
  static func isLineBreak(_ value: UInt32) -> Bool {
    switch value {
    case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }
}

// MARK: - Byte-level helpers

/// A string's UTF-8 bytes, with an all-ASCII flag computed once so that code point indices can be used
/// as byte offsets directly. All offsets passed in and out are code point boundaries (see the invariants
/// on `StringAlgorithms`); out-of-range offsets are clamped rather than trapping.
private struct UTF8Text {
  let bytes: [UInt8]
  let isASCII: Bool

  init(_ s: String) {
    bytes = Array(s.utf8)
    isASCII = bytes.allSatisfy { $0 < 0x80 }
  }

  /// The number of code points.
  var length: Int { codePointCount(0, bytes.count) }

  /// Code points in `bytes[lo..<hi]`: every byte that is not a continuation byte (10xxxxxx) starts one.
  func codePointCount(_ lo: Int, _ hi: Int) -> Int {
    let lo = max(lo, 0)
    let hi = min(hi, bytes.count)
    guard lo < hi else { return 0 }
    if isASCII { return hi - lo }
    var count = 0
    for i in lo..<hi where bytes[i] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// Byte offset of code point `index` (clamped to `0...length`).
  func byteOffset(ofCodePoint index: Int) -> Int { byteOffsets(ofCodePoints: index, index).0 }

  /// Byte offsets of two code point indices in one walk; indices beyond the end map to `bytes.count`.
  func byteOffsets(ofCodePoints a: Int, _ b: Int) -> (Int, Int) {
    if isASCII { return (min(max(a, 0), bytes.count), min(max(b, 0), bytes.count)) }
    var result = (bytes.count, bytes.count)
    var seen = 0
    var i = 0
    var targets = (a <= 0, b <= 0)
    if targets.0 { result.0 = 0 }
    if targets.1 { result.1 = 0 }
    while i < bytes.count, !(targets.0 && targets.1) {
      if bytes[i] & 0xC0 != 0x80 {
        if seen == a { result.0 = i; targets.0 = true }
        if seen == b { result.1 = i; targets.1 = true }
        seen += 1
      }
      i += 1
    }
    return result
  }

  /// The code point starting at byte `i` (which must be `< bytes.count`) and the offset after it.
  func decode(at i: Int) -> (scalar: UInt32, next: Int) {
    guard i >= 0, i < bytes.count else { return (0, bytes.count) }
    let lead = bytes[i]
    if lead < 0x80 { return (UInt32(lead), i + 1) }
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    var j = i + 1
    while j < i + width, j < bytes.count {
      value = value << 6 | UInt32(bytes[j] & 0x3F)
      j += 1
    }
    return (value, j)
  }

  /// The code point ending just before byte `i` (which must be `> 0`) and the offset where it starts.
  func decode(before i: Int) -> (scalar: UInt32, start: Int) {
    var start = min(i, bytes.count) - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return (decode(at: start).scalar, max(start, 0))
  }

  /// Advances from `i` over code points satisfying `predicate`, stopping at `end`.
  func skip(from i: Int, to end: Int, while predicate: (UInt32) -> Bool) -> Int {
    var i = i
    while i < end {
      let (scalar, next) = decode(at: i)
      if !predicate(scalar) { break }
      i = next
    }
    return i
  }

  /// Retreats from `i` over code points satisfying `predicate`, stopping at `start`.
  func skipBackward(from i: Int, to start: Int, while predicate: (UInt32) -> Bool) -> Int {
    var i = i
    while i > start {
      let (scalar, previous) = decode(before: i)
      if !predicate(scalar) { break }
      i = previous
    }
    return i
  }

  /// Whether `needle` occurs at byte offset `at`.
  func hasBytes(_ needle: [UInt8], at: Int) -> Bool {
    guard at >= 0, at <= bytes.count - needle.count else { return false }
    var k = 0
    while k < needle.count, bytes[at + k] == needle[k] { k += 1 }
    return k == needle.count
  }

  /// The text of `bytes[lo..<hi]`, or "" for an empty or inverted range.
  func string(_ lo: Int, _ hi: Int) -> String {
    let lo = max(lo, 0)
    let hi = min(hi, bytes.count)
    guard lo < hi else { return "" }
    return String(decoding: bytes[lo..<hi], as: UTF8.self)
  }
}

/// Substring search over UTF-8 bytes, forward (first match) or reverse (last match). Needles up to
/// `shortNeedle` bytes use a direct scan, whose worst case is `shortNeedle` compares per position; longer
/// needles use Knuth-Morris-Pratt so that hostile inputs like `("a" * n).find("a" * m + "b")` stay linear.
private struct ByteSearcher {
  static let shortNeedle = 16

  /// The pattern, stored back to front for a reverse searcher so both directions share one KMP loop.
  let needle: [UInt8]
  let reverse: Bool
  /// KMP border lengths of `needle`; empty when the direct scan is used.
  let borders: [Int]

  init(_ pattern: [UInt8], reverse: Bool) {
    needle = reverse ? pattern.reversed() : pattern
    self.reverse = reverse
    borders = pattern.count > Self.shortNeedle ? Self.computeBorders(needle) : []
  }

  /// `borders[i]` is the length of the longest proper prefix of `pattern[0...i]` that is also its suffix.
  private static func computeBorders(_ pattern: [UInt8]) -> [Int] {
    var borders = [Int](repeating: 0, count: pattern.count)
    var k = 0
    var i = 1
    while i < pattern.count {
      while k > 0, pattern[i] != pattern[k] { k = borders[k - 1] }
      if pattern[i] == pattern[k] { k += 1 }
      borders[i] = k
      i += 1
    }
    return borders
  }

  /// Start offset of the first (forward) or last (reverse) occurrence lying wholly in `hay[lo..<hi]`.
  /// An empty needle matches at `lo` (forward) or `hi` (reverse), as CPython's find and rfind do.
  func search(_ hay: [UInt8], _ lo: Int, _ hi: Int) -> Int? {
    let m = needle.count
    let lo = max(lo, 0)
    let hi = min(hi, hay.count)
    guard hi - lo >= m else { return nil }
    if m == 0 { return reverse ? hi : lo }
    if borders.isEmpty { return reverse ? scanBackward(hay, lo, hi) : scanForward(hay, lo, hi) }
    var k = 0
    var i = reverse ? hi - 1 : lo
    while reverse ? i >= lo : i < hi {
      let byte = hay[i]
      while k > 0, byte != needle[k] { k = borders[k - 1] }
      if byte == needle[k] { k += 1 }
      if k == m { return reverse ? i : i + 1 - m }
      i += reverse ? -1 : 1
    }
    return nil
  }

  private func scanForward(_ hay: [UInt8], _ lo: Int, _ hi: Int) -> Int? {
    let m = needle.count
    let first = needle[0]
    var i = lo
    while i <= hi - m {
      if hay[i] == first {
        var k = 1
        while k < m, hay[i + k] == needle[k] { k += 1 }
        if k == m { return i }
      }
      i += 1
    }
    return nil
  }

  /// `needle` is reversed here, so `needle[k]` is compared with the k-th byte from the candidate's end.
  private func scanBackward(_ hay: [UInt8], _ lo: Int, _ hi: Int) -> Int? {
    let m = needle.count
    var i = hi - m
    while i >= lo {
      var k = 0
      while k < m, hay[i + m - 1 - k] == needle[k] { k += 1 }
      if k == m { return i }
      i -= 1
    }
    return nil
  }
}
