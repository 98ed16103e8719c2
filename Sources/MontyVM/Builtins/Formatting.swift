// Python 3.11 text formatting, byte-for-byte as CPython: format specs for int/float/str, float repr and
// printf-style `%`. Pure functions over Swift values (ports of formatter_unicode.c, pystrtod.c and
// PyUnicode_Format); not the VM glue, which converts objects and maps FormatError to exceptions.
import BigInt
import Glibc
import MontySyntax

// MARK: - Errors and limits

/// A formatting failure, named after the Python exception the VM should raise.
public struct FormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// "ValueError", "TypeError", "OverflowError", "MemoryError", "KeyError" or "NotImplementedError".
  public var type: String
  public var message: String

  public init(type: String, message: String) {
    self.type = type
    self.message = message
  }

  public var description: String { "\(type): \(message)" }

  static func value(_ m: String) -> FormatError { FormatError(type: "ValueError", message: m) }
  static func typeError(_ m: String) -> FormatError { FormatError(type: "TypeError", message: m) }
  static func overflow(_ m: String) -> FormatError { FormatError(type: "OverflowError", message: m) }
  static let tooLarge = FormatError(type: "MemoryError", message: "memory limit exceeded: formatted result too large")
}

/// The sandbox bounds on formatting. CPython would try to allocate whatever a spec asks for
/// (`format(1, '1000000000000')` wants a terabyte); we refuse before allocating.
public enum FormatLimits {
  /// Most code points one formatting call may produce: a width, a zero-extended precision, a grouped
  /// digit string or a whole `%` result above this raises MemoryError. 10M code points is far beyond
  /// any real report line yet keeps the worst case at tens of megabytes.
  public static let maxResultLength = 10_000_000
  /// CPython's default `sys.get_int_max_str_digits()`: int <-> decimal text beyond this many digits is a
  /// ValueError (the conversion is quadratic, so this also bounds our time).
  public static let maxDecimalDigits = 4300
}

// MARK: - Format spec

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
/// Fields hold what was written; the defaults that depend on the formatted type (alignment, the
/// meaning of a missing type) are applied by `formatInt` / `formatFloat` / `formatString`.
public struct FormatSpec: Equatable, Sendable {
  /// The fill character, only when written together with an alignment.
  public var fill: Unicode.Scalar?
  /// `<`, `>`, `=` or `^` when written.
  public var align: Unicode.Scalar?
  /// `+`, `-` or space when written.
  public var sign: Unicode.Scalar?
  /// `z`: coerce negative zero to positive zero after rounding (PEP 682, new in 3.11).
  public var noNegativeZero = false
  /// `#`: alternate form.
  public var alternate = false
  /// `0` before the width: fill with zeros (and align `=` for numbers) unless a fill was given.
  public var zeroPad = false
  public var width: Int?
  /// `,` or `_`.
  public var grouping: Unicode.Scalar?
  public var precision: Int?
  /// The presentation type when written. U+0000 is kept as written: C code treats it as "no type".
  public var type: Unicode.Scalar?

  public init() {}

  /// Parses `spec` as CPython's `parse_internal_render_format_spec`. `typeName` is the formatted
  /// object's type (`int`, `float`, `str`…), which 3.11 names in "Invalid format specifier".
  public static func parse(_ spec: String, typeName: String) throws(FormatError) -> FormatSpec {
    let s = Array(spec.unicodeScalars)
    let end = s.count
    var pos = 0
    var r = FormatSpec()
    // A fill character is recognized only when the second character is an alignment.
    var fillSpecified = false
    if end >= 2 && isAlignment(s[1]) {
      r.fill = s[0]
      r.align = s[1]
      fillSpecified = true
      pos = 2
    } else if end >= 1 && isAlignment(s[0]) {
      r.align = s[0]
      pos = 1
    }
    if pos < end && (s[pos] == "+" || s[pos] == "-" || s[pos] == " ") {
      r.sign = s[pos]
      pos += 1
    }
    if pos < end && s[pos] == "z" {
      r.noNegativeZero = true
      pos += 1
    }
    if pos < end && s[pos] == "#" {
      r.alternate = true
      pos += 1
    }
    // After an explicit fill, a leading 0 is just part of the width.
    if !fillSpecified && pos < end && s[pos] == "0" {
      r.zeroPad = true
      pos += 1
    }
    if let w = try parseDecimal(s, &pos) { r.width = w }
    if pos < end && s[pos] == "," {
      r.grouping = ","
      pos += 1
    }
    if pos < end && s[pos] == "_" {
      if r.grouping != nil { throw .value("Cannot specify both ',' and '_'.") }
      r.grouping = "_"
      pos += 1
    }
    if pos < end && s[pos] == "," && r.grouping == "_" {
      throw .value("Cannot specify both ',' and '_'.")
    }
    if pos < end && s[pos] == "." {
      pos += 1
      guard let p = try parseDecimal(s, &pos) else { throw .value("Format specifier missing precision") }
      r.precision = p
    }
    if end - pos > 1 {
      throw .value("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
    }
    if pos < end { r.type = s[pos] }
    // Grouping is checked against the written type here; a missing type is checked by the
    // formatter, because only str's default type ('s') refuses it.
    if let g = r.grouping, let t = r.type {
      switch t {
      case "d", "e", "f", "g", "E", "G", "%", "F", "\0":
        break
      case "b", "o", "x", "X":
        // `_` groups hex, octal and binary by four (PEP 515); `,` is for decimal only.
        if g != "_" { throw .value("Cannot specify '\(g)' with \(quotedCode(t)).") }
      default:
        throw .value("Cannot specify '\(g)' with \(quotedCode(t)).")
      }
    }
    return r
  }

  static func isAlignment(_ c: Unicode.Scalar) -> Bool {
    c == "<" || c == ">" || c == "=" || c == "^"
  }

  /// CPython's `get_integer`: a run of Unicode decimal digits (any script, like `int()`), nil when
  /// there are none. Values beyond `sys.maxsize` are the documented ValueError.
  static func parseDecimal(_ s: [Unicode.Scalar], _ pos: inout Int) throws(FormatError) -> Int? {
    var acc = 0
    var count = 0
    while pos < s.count, let d = decimalValue(s[pos]) {
      if acc > (Int.max - d) / 10 { throw .value("Too many decimal digits in format string") }
      acc = acc * 10 + d
      pos += 1
      count += 1
    }
    return count == 0 ? nil : acc
  }

  static func decimalValue(_ c: Unicode.Scalar) -> Int? {
    if c.value >= 0x30 && c.value <= 0x39 { return Int(c.value - 0x30) }
    if c.value < 0x80 { return nil }
    let p = c.properties
    guard p.numericType == .decimal, let v = p.numericValue, v >= 0, v <= 9 else { return nil }
    return Int(v)
  }

  /// The fill character in effect.
  var fillChar: Unicode.Scalar { fill ?? (zeroPad ? "0" : " ") }

  /// The alignment in effect for a type whose default is `defaultAlign`. The `0` flag means `=`
  /// only for numbers: since 3.10 it no longer right-aligns strings.
  func alignment(default defaultAlign: Unicode.Scalar) -> Unicode.Scalar {
    if let a = align { return a }
    return zeroPad && defaultAlign == ">" ? "=" : defaultAlign
  }

  /// Widths are allocated up front, so a huge one is refused before any work.
  func checkWidth() throws(FormatError) {
    if let w = width, w > FormatLimits.maxResultLength { throw FormatError.tooLarge }
  }
}

/// A presentation type as CPython quotes it in messages: `'x'` when printable ASCII, else `'\x..'`.
func quotedCode(_ c: Unicode.Scalar) -> String {
  if c.value > 32 && c.value < 128 { return "'\(Character(c))'" }
  return "'\\x\(String(c.value, radix: 16))'"
}

func unknownFormatCode(_ c: Unicode.Scalar, _ typeName: String) -> FormatError {
  .value("Unknown format code \(quotedCode(c)) for object of type '\(typeName)'")
}

// MARK: - format() entry points

/// `format(v, spec)` for an int (or bool, with `typeName` "bool").
public func formatInt(_ v: BigInt, spec: String, typeName: String = "int") throws(FormatError) -> String {
  // An empty spec is str(v), which for int is the 'd' rendering.
  if spec.isEmpty { return try decimalString(v) }
  return try formatInt(v, try FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
}

/// `format(d, spec)` for a float.
public func formatFloat(_ d: Double, spec: String, typeName: String = "float") throws(FormatError) -> String {
  if spec.isEmpty { return floatStr(d) }
  return try formatFloat(d, try FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
}

/// `format(s, spec)` for a str.
public func formatString(_ s: String, spec: String, typeName: String = "str") throws(FormatError) -> String {
  if spec.isEmpty { return s }
  return try formatString(s, try FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
}

/// `format(x, spec)` for an int that fits 64 bits: the digit types render without a big integer;
/// everything else (and every error) is the general path's.
public func formatInt(_ x: Int64, _ spec: FormatSpec, typeName: String = "int") throws(FormatError) -> String {
  let base: UInt64
  let prefix: String
  switch spec.type {
  case nil, "d": (base, prefix) = (10, "")
  case "x", "X": (base, prefix) = (16, spec.type == "X" ? "0X" : "0x")
  case "o": (base, prefix) = (8, "0o")
  case "b": (base, prefix) = (2, "0b")
  default: return try formatInt(BigInt(x), spec, typeName: typeName)
  }
  guard spec.precision == nil, !spec.noNegativeZero else { return try formatInt(BigInt(x), spec, typeName: typeName) }
  try spec.checkWidth()
  var digits: [UInt8] = []
  var magnitude = x.magnitude
  let letters: UInt8 = spec.type == "X" ? UInt8(ascii: "A") : UInt8(ascii: "a")
  repeat {
    let d = UInt8(truncatingIfNeeded: magnitude % base)
    digits.append(d < 10 ? UInt8(ascii: "0") + d : letters + d - 10)
    magnitude /= base
  } while magnitude > 0
  digits.reverse()
  let grouping = spec.grouping.map { Grouping($0, size: base == 10 ? 3 : 4) }
  return renderNumber(negative: x < 0, prefix: spec.alternate ? prefix : "", digits: digits, hasDecimal: false,
                      remainder: "", spec: spec, grouping: grouping)
}

/// int.__format__: types b c d o x X n and none (as d); e E f F g G % go through float like CPython.
public func formatInt(_ v: BigInt, _ spec: FormatSpec, typeName: String = "int") throws(FormatError) -> String {
  let type = spec.type ?? "d"
  switch type {
  case "b", "c", "d", "o", "x", "X", "n":
    return try formatLongInternal(v, spec, type)
  case "e", "E", "f", "F", "g", "G", "%":
    guard let d = bigIntToDouble(v) else { throw .overflow("int too large to convert to float") }
    return try formatFloatInternal(d, spec)
  default:
    throw unknownFormatCode(type, typeName)
  }
}

/// float.__format__: types e E f F g G n % and none (repr-like, see `formatFloatInternal`).
public func formatFloat(_ d: Double, _ spec: FormatSpec, typeName: String = "float") throws(FormatError) -> String {
  switch spec.type {
  case nil, "\0", "e", "E", "f", "F", "g", "G", "n", "%":
    return try formatFloatInternal(d, spec)
  case let t?:
    throw unknownFormatCode(t, typeName)
  }
}

/// str.__format__: only type 's'; precision truncates and width pads, both in code points.
public func formatString(_ s: String, _ spec: FormatSpec, typeName: String = "str") throws(FormatError) -> String {
  // The grouping check CPython makes at parse time against str's default type.
  if let g = spec.grouping, spec.type == nil { throw .value("Cannot specify '\(g)' with 's'.") }
  let type = spec.type ?? "s"
  guard type == "s" else { throw unknownFormatCode(type, typeName) }
  if let sign = spec.sign {
    throw .value(sign == " " ? "Space not allowed in string format specifier"
                             : "Sign not allowed in string format specifier")
  }
  if spec.noNegativeZero { throw .value("Negative zero coercion (z) not allowed in string format specifier") }
  if spec.alternate { throw .value("Alternate form (#) not allowed in string format specifier") }
  let align = spec.alignment(default: "<")
  if align == "=" { throw .value("'=' alignment not allowed in string format specifier") }
  try spec.checkWidth()
  if spec.width == nil && spec.precision == nil { return s }
  var len = s.unicodeScalars.count
  if let p = spec.precision, len > p { len = p }
  let total = max(spec.width ?? 0, len)
  let lpad = align == ">" ? total - len : (align == "^" ? (total - len) / 2 : 0)
  let rpad = total - len - lpad
  var out = ""
  out.unicodeScalars.append(contentsOf: repeatElement(spec.fillChar, count: lpad))
  out.unicodeScalars.append(contentsOf: s.unicodeScalars.prefix(len))
  out.unicodeScalars.append(contentsOf: repeatElement(spec.fillChar, count: rpad))
  return out
}

// MARK: - Integers

/// `str(int)`: decimal digits, refused beyond CPython's 4300-digit limit.
public func decimalString(_ v: BigInt) throws(FormatError) -> String {
  try checkDecimalSize(v)
  let s = String(v)
  if s.utf8.count - (v.sign == .minus ? 1 : 0) > FormatLimits.maxDecimalDigits { throw decimalLimitError }
  return s
}

let decimalLimitError = FormatError.value(
  "Exceeds the limit (\(FormatLimits.maxDecimalDigits) digits) for integer string conversion; "
    + "use sys.set_int_max_str_digits() to increase the limit")

/// Refuses, before the quadratic conversion, any int that surely has more than 4300 decimal digits:
/// 4300 digits need at most 4300 * log2(10) < 14285 bits.
func checkDecimalSize(_ v: BigInt) throws(FormatError) {
  if v.magnitude.bitWidth > 14285 { throw decimalLimitError }
}

/// Digits of |v| in `base` (2, 8, 10 or 16), after the size checks that keep them bounded.
func magnitudeDigits(_ v: BigInt, base: Int, uppercase: Bool) throws(FormatError) -> String {
  if base == 10 {
    try checkDecimalSize(v)
    let s = String(v.magnitude)
    if s.utf8.count > FormatLimits.maxDecimalDigits { throw decimalLimitError }
    return s
  }
  let bitsPerDigit = base == 2 ? 1 : (base == 8 ? 3 : 4)
  if v.magnitude.bitWidth / bitsPerDigit > FormatLimits.maxResultLength { throw FormatError.tooLarge }
  return String(v.magnitude, radix: base, uppercase: uppercase)
}

/// CPython's `format_long_internal`.
func formatLongInternal(_ v: BigInt, _ spec: FormatSpec, _ type: Unicode.Scalar) throws(FormatError) -> String {
  if spec.precision != nil { throw .value("Precision not allowed in integer format specifier") }
  if spec.noNegativeZero { throw .value("Negative zero coercion (z) not allowed in integer format specifier") }
  if type == "c" {
    if spec.sign != nil { throw .value("Sign not allowed with integer format specifier 'c'") }
    if spec.alternate { throw .value("Alternate form (#) not allowed with integer format specifier 'c'") }
    // PyLong_AsLong first, then the code point range.
    guard let x = Int64(exactly: v) else { throw .overflow("Python int too large to convert to C long") }
    guard x >= 0 && x <= 0x10FFFF else { throw .overflow("%c arg not in range(0x110000)") }
    let scalar = try codePoint(UInt32(x))
    try spec.checkWidth()
    // The character is "remainder": copied as is, never grouped or zero-extended.
    return renderNumber(negative: false, prefix: "", digits: [], hasDecimal: false,
                        remainder: String(Character(scalar)), spec: spec, grouping: nil)
  }
  try spec.checkWidth()
  let base: Int
  let prefix: String
  switch type {
  case "b": (base, prefix) = (2, "0b")
  case "o": (base, prefix) = (8, "0o")
  case "x": (base, prefix) = (16, "0x")
  case "X": (base, prefix) = (16, "0X")
  default: (base, prefix) = (10, "")
  }
  let digits = try magnitudeDigits(v, base: base, uppercase: type == "X")
  var grouping: Grouping?
  if let g = spec.grouping {
    // `_` groups by four in the power-of-two bases (PEP 515).
    grouping = Grouping(g, size: base == 10 ? 3 : 4)
  }
  return renderNumber(negative: v.sign == .minus && !v.isZero, prefix: spec.alternate ? prefix : "",
                      digits: Array(digits.utf8), hasDecimal: false, remainder: "", spec: spec,
                      grouping: grouping)
}

/// A code point as a Swift scalar. Swift strings cannot hold lone surrogates, so those are a named
/// unsupported feature rather than a wrong character.
func codePoint(_ x: UInt32) throws(FormatError) -> Unicode.Scalar {
  guard let s = Unicode.Scalar(x) else {
    throw FormatError(type: "NotImplementedError", message: "surrogate code points are not supported in str")
  }
  return s
}

/// `float(int)`, correctly rounded (half to even); nil when the result would be infinite.
func bigIntToDouble(_ v: BigInt) -> Double? {
  let m = v.magnitude
  let bits = m.bitWidth
  var d: Double
  if bits <= 64 {
    d = Double(UInt64(truncatingIfNeeded: m))
  } else {
    // The top 64 bits, with the lowest bit made sticky for everything shifted out: rounding to 53
    // bits then sees exactly whether the discarded part was below, at or above half.
    let shift = bits - 64
    var top = UInt64(truncatingIfNeeded: m >> shift)
    if m.trailingZeroBitCount < shift { top |= 1 }
    d = Double(sign: .plus, exponent: shift, significand: Double(top))
  }
  if d.isInfinite { return nil }
  return v.sign == .minus ? -d : d
}

/// `int(d)` for a finite double: truncation toward zero, exact.
func truncatedBigInt(_ d: Double) -> BigInt {
  let t = d.rounded(.towardZero)
  if let small = Int64(exactly: t) { return BigInt(small) }
  // |t| >= 2^63, so it is a normal number with exponent >= 63 > 52: an exact shifted significand.
  let significand = BigInt(t.significandBitPattern | (UInt64(1) << 52))
  let magnitude = significand << (Int(t.exponent) - 52)
  return t < 0 ? -magnitude : magnitude
}

// MARK: - Number layout (calc_number_widths + fill_number)

/// Thousands grouping: `separator` is ASCII `,` or `_`, every `size` digits from the right.
struct Grouping {
  var separator: UInt8
  var size: Int

  init(_ separator: Unicode.Scalar, size: Int) {
    self.separator = UInt8(truncatingIfNeeded: separator.value)
    self.size = size
  }
}

/// Lays out `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]` as CPython's
/// `calc_number_widths` and `fill_number`. With fill '0' and align '=', the zero padding goes inside
/// the grouping (`format(1234, '010,') == '00,001,234'`). `digits` are ASCII; the caller has checked
/// the width and the digit count against the limits, so every count here is below 2^26.
func renderNumber(negative: Bool, prefix: String, digits: [UInt8], hasDecimal: Bool, remainder: String,
                  spec: FormatSpec, grouping: Grouping?) -> String {
  let fill = spec.fillChar
  let align = spec.alignment(default: ">")
  var sign: Unicode.Scalar?
  switch spec.sign {
  case "+": sign = negative ? "-" : "+"
  case " ": sign = negative ? "-" : " "
  default: sign = negative ? "-" : nil
  }
  let width = spec.width ?? -1
  let nonDigit = (sign == nil ? 0 : 1) + prefix.unicodeScalars.count + (hasDecimal ? 1 : 0)
    + remainder.unicodeScalars.count
  let minWidth = fill == "0" && align == "=" ? width - nonDigit : 0
  let grouped = digits.isEmpty ? [] : insertGrouping(digits, minWidth: minWidth, grouping: grouping)
  let padding = width - (nonDigit + grouped.count)
  var lpad = 0, spad = 0, rpad = 0
  if padding > 0 {
    switch align {
    case "<": rpad = padding
    case "^":
      lpad = padding / 2
      rpad = padding - lpad
    case "=": spad = padding
    default: lpad = padding
    }
  }
  var out = ""
  appendRepeated(fill, lpad, to: &out)
  if let sign { out.unicodeScalars.append(sign) }
  out += prefix
  appendRepeated(fill, spad, to: &out)
  out += String(decoding: grouped, as: UTF8.self)
  if hasDecimal { out += "." }
  out += remainder
  appendRepeated(fill, rpad, to: &out)
  return out
}

/// Appends `count` copies of `scalar` (nothing for a count of zero or less).
@inline(__always) func appendRepeated(_ scalar: Unicode.Scalar, _ count: Int, to out: inout String) {
  guard count > 0 else { return }
  out += repeatedString(String(scalar), count)
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right, zero-extending to
/// `minWidth` characters (separators included) and never splitting a group to do so.
func insertGrouping(_ digits: [UInt8], minWidth: Int, grouping: Grouping?) -> [UInt8] {
  var minWidth = max(0, minWidth)
  var remaining = digits.count
  var digitsPos = digits.count
  // Built right to left, reversed at the end.
  var out: [UInt8] = []
  out.reserveCapacity(max(remaining, minWidth) + remaining / 2 + 1)
  var useSeparator = false
  func emit(chars: Int, zeros: Int) {
    if useSeparator, let g = grouping { out.append(g.separator) }
    for _ in 0..<chars {
      digitsPos -= 1
      out.append(digits[digitsPos])
    }
    out.append(contentsOf: repeatElement(0x30, count: zeros))
  }
  if let g = grouping {
    // Each round consumes a group of digits or at least two characters of min width, so it ends.
    while true {
      let len = min(g.size, max(remaining, minWidth, 1))
      let chars = max(0, min(remaining, len))
      emit(chars: chars, zeros: max(0, len - remaining))
      useSeparator = true
      remaining -= chars
      minWidth -= len
      if remaining <= 0 && minWidth <= 0 { break }
      minWidth -= 1
    }
  } else {
    let len = max(remaining, minWidth, 1)
    emit(chars: max(0, min(remaining, len)), zeros: max(0, len - remaining))
  }
  out.reverse()
  return out
}

// MARK: - Floats

/// `repr(float)`: the shortest digits that round-trip, scientific below 1e-4 and from 1e16.
public func floatRepr(_ d: Double) -> String {
  String(decoding: formatFloatShort(d, code: "r", precision: 0, alt: false, addDot0: true, noNegZero: false),
         as: UTF8.self)
}

/// `str(float)`: the same as repr since Python 3.2.
public func floatStr(_ d: Double) -> String { floatRepr(d) }

/// CPython's `format_float_internal`. No type means repr when there is no precision, else 'g' that
/// keeps a ".0" on integral values (`format(1.0, '.3') == '1.0'`, `format(123.0, '.3') == '1.23e+02'`).
func formatFloatInternal(_ value: Double, _ spec: FormatSpec) throws(FormatError) -> String {
  if let p = spec.precision, p > Int(Int32.max) { throw .value("precision too big") }
  var code: Unicode.Scalar = spec.type ?? "\0"
  var addDot0 = false
  var precision = 6
  if code == "\0" {
    addDot0 = true
    code = "r"
    precision = 0
  }
  if code == "n" { code = "g" }
  var val = value
  var addPercent = false
  if code == "%" {
    code = "f"
    val *= 100
    addPercent = true
  }
  if let p = spec.precision {
    precision = p
    if code == "r" { code = "g" }
  }
  try spec.checkWidth()
  try checkFloatPrecision(code, precision, alt: spec.alternate)
  var text = formatFloatShort(val, code: code, precision: precision, alt: spec.alternate, addDot0: addDot0,
                              noNegZero: spec.noNegativeZero)
  if addPercent { text.append(UInt8(ascii: "%")) }
  // Split off the sign, then the leading digits (the part grouping applies to), the point and the rest.
  var i = 0
  var negative = false
  if text.first == UInt8(ascii: "-") {
    negative = true
    i = 1
  }
  let digitsStart = i
  while i < text.count && text[i] >= 0x30 && text[i] <= 0x39 { i += 1 }
  let digits = Array(text[digitsStart..<i])
  let hasDecimal = i < text.count && text[i] == UInt8(ascii: ".")
  if hasDecimal { i += 1 }
  let remainder = String(decoding: text[i...], as: UTF8.self)
  let grouping = spec.grouping.map { Grouping($0, size: 3) }
  return renderNumber(negative: negative, prefix: "", digits: digits, hasDecimal: hasDecimal,
                      remainder: remainder, spec: spec, grouping: grouping)
}

/// Refuses a precision whose zero-padded digits would exceed the result limit. Only 'e', 'f' and
/// alternate 'g' pad to the precision; other modes stop at the ~770 significant digits a double has.
/// 400 covers the integer digits of 'f' (at most 309), sign, point and exponent.
func checkFloatPrecision(_ code: Unicode.Scalar, _ precision: Int, alt: Bool) throws(FormatError) {
  let pads: Bool
  switch code {
  case "e", "E", "f", "F": pads = true
  case "g", "G": pads = alt
  default: pads = false
  }
  if pads && precision > FormatLimits.maxResultLength - 400 { throw FormatError.tooLarge }
}

/// CPython's `PyOS_double_to_string` + `format_float_short`: `code` is one of e E f F g G r, `precision`
/// at most INT_MAX (checked by callers, with the padded length checked by `checkFloatPrecision`).
/// Returns ASCII bytes with a leading '-' for negatives.
func formatFloatShort(_ d: Double, code: Unicode.Scalar, precision: Int, alt: Bool, addDot0: Bool,
                      noNegZero: Bool) -> [UInt8] {
  let upper = code == "E" || code == "F" || code == "G"
  var precision = precision
  var mode: DigitMode
  var kind: Unicode.Scalar
  switch code {
  case "e", "E":
    precision += 1
    mode = .significant(precision)
    kind = "e"
  case "f", "F":
    mode = .fractional(precision)
    kind = "f"
  case "g", "G":
    // Precision 0 makes no sense for 'g'; it means 1.
    if precision == 0 { precision = 1 }
    mode = .significant(precision)
    kind = "g"
  default:
    mode = .shortest
    kind = "r"
  }
  if d.isNaN { return Array((upper ? "NAN" : "nan").utf8) }
  if d.isInfinite { return Array(((d < 0 ? "-" : "") + (upper ? "INF" : "inf")).utf8) }

  var (negative, digits, decpt) = decimalDigits(d, mode)
  if noNegZero && negative && (digits.isEmpty || digits == [0x30]) { negative = false }

  // Output the slice [vStart, vEnd) of the digits padded with zeros on both sides forever, with the
  // point before index `decpt` (see the long comment in CPython's pystrtod.c).
  var vEnd = digits.count
  var useExp = false
  var exp = 0
  switch kind {
  case "e":
    useExp = true
    vEnd = precision
  case "f":
    vEnd = decpt + precision
  case "g":
    if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
    if alt { vEnd = precision }
  default:
    // repr switches to exponent notation at 1e16.
    if decpt <= -4 || decpt > 16 { useExp = true }
  }
  if useExp {
    exp = decpt - 1
    decpt = 1
  }
  let vStart = decpt <= 0 ? decpt - 1 : 0
  vEnd = !useExp && addDot0 ? max(vEnd, decpt + 1) : max(vEnd, decpt)

  var out: [UInt8] = []
  out.reserveCapacity(vEnd - vStart + 8)
  let zero = UInt8(ascii: "0")
  let point = UInt8(ascii: ".")
  if negative { out.append(UInt8(ascii: "-")) }
  if decpt <= 0 {
    out.append(contentsOf: repeatElement(zero, count: decpt - vStart))
    out.append(point)
    out.append(contentsOf: repeatElement(zero, count: -decpt))
  }
  if decpt > 0 && decpt <= digits.count {
    out.append(contentsOf: digits[0..<decpt])
    out.append(point)
    out.append(contentsOf: digits[decpt...])
  } else {
    out.append(contentsOf: digits)
  }
  if digits.count < decpt {
    out.append(contentsOf: repeatElement(zero, count: decpt - digits.count))
    out.append(point)
    out.append(contentsOf: repeatElement(zero, count: vEnd - decpt))
  } else {
    out.append(contentsOf: repeatElement(zero, count: vEnd - digits.count))
  }
  if out.last == point && !alt { out.removeLast() }
  if useExp {
    out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
    out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    let e = String(exp.magnitude)
    if e.utf8.count < 2 { out.append(zero) }
    out.append(contentsOf: e.utf8)
  }
  return out
}

/// The digit requests of David Gay's `dtoa`, which CPython formats with.
enum DigitMode {
  /// Mode 0: the shortest digits that round-trip.
  case shortest
  /// Mode 2: this many significant digits (at least one).
  case significant(Int)
  /// Mode 3: this many digits after the point.
  case fractional(Int)
}

/// `dtoa` for a finite `d`: (sign, digits without trailing zeros, point position) with
/// value = 0.d1d2… × 10^decpt. Zero is "0" at decpt 1; a value that rounds to zero in mode 3 has no
/// digits. glibc's printf is correctly rounded (ties to even on exact halves), as is dtoa, so the
/// rounded digits agree; requests are capped where a double's exact expansion has surely ended
/// (at most 767 significant digits, 1074 fractional ones), which only drops zeros.
func decimalDigits(_ d: Double, _ mode: DigitMode) -> (Bool, [UInt8], Int) {
  let negative = d.sign == .minus
  if d == 0 { return (negative, [0x30], 1) }
  let a = d.magnitude
  var digits: [UInt8] = []
  var decpt = 0
  switch mode {
  case .shortest:
    (digits, decpt) = shortestDigits(a)
  case .significant(let n):
    let text = cFormat("%.*e", Int32(min(max(n, 1), 800) - 1), a)
    // d[.ddd]e±XX
    var exponentText: ArraySlice<UInt8> = []
    for (i, c) in text.enumerated() {
      if c == UInt8(ascii: "e") {
        exponentText = text[(i + 1)...]
        break
      }
      if c >= 0x30 && c <= 0x39 { digits.append(c) }
    }
    let e = Int(String(decoding: exponentText, as: UTF8.self)) ?? 0
    decpt = e + 1
  case .fractional(let n):
    if let exact = fixedDigits(a, n) {
      (digits, decpt) = exact
      break
    }
    let text = cFormat("%.*f", Int32(min(n, 1100)), a)
    var seenPoint = false
    for c in text {
      if c >= 0x30 && c <= 0x39 {
        digits.append(c)
        if !seenPoint { decpt += 1 }
      } else {
        seenPoint = true
      }
    }
    let leading = digits.prefix(while: { $0 == 0x30 }).count
    digits.removeFirst(leading)
    decpt -= leading
  }
  while digits.last == 0x30 { digits.removeLast() }
  return (negative, digits, decpt)
}

/// `%.{n}f` digits of a finite positive double below 2**63 for `n` up to 17, computed exactly in
/// 128-bit integers (the double is m * 2**e, so m * 10**n / 2**-e rounded half to even): the same
/// digits as glibc's printf, in the form `decimalDigits` returns before trimming. Nil outside that range.
func fixedDigits(_ a: Double, _ n: Int) -> ([UInt8], Int)? {
  guard n >= 0 && n <= 17, a < 9.2e18, a.isFinite else { return nil }
  let m = UInt128(a.significandBitPattern | (a.isNormal ? 1 << 52 : 0))
  let e = a.isNormal ? Int(a.exponent) - 52 : -1074
  var scale: UInt128 = 1
  for _ in 0..<n { scale *= 10 }
  var q: UInt128
  if e >= 0 {
    q = (m << UInt128(e)) * scale  // a < 2**63 and scale <= 10**17: below 2**120
  } else {
    let product = m * scale  // below 2**53 * 10**17 < 2**110
    let shift = -e
    if shift >= 127 {
      q = 0  // the product is below 2**110: less than half a unit
    } else {
      q = product >> UInt128(shift)
      let remainder = product - (q << UInt128(shift))
      let half = UInt128(1) << UInt128(shift - 1)
      if remainder > half || (remainder == half && q & 1 == 1) { q += 1 }
    }
  }
  var reversed: [UInt8] = []
  reversed.reserveCapacity(40)
  while q > UInt128(UInt64.max) {
    reversed.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: q % 10))
    q /= 10
  }
  var small = UInt64(truncatingIfNeeded: q)  // the remaining digits in 64-bit divisions (128-bit ones are library calls)
  while small > 0 {
    reversed.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: small % 10))
    small /= 10
  }
  return (reversed.reversed(), reversed.count - n)
}

/// Shortest round-trip digits of a finite positive double, from Swift's own shortest printing
/// (`description`: "1e-05", "123.45", "1.2345e+20", "5e-324").
func shortestDigits(_ a: Double) -> ([UInt8], Int) {
  var digits: [UInt8] = []
  var intDigits = 0
  var seenPoint = false
  var exponent = 0
  let text = Array(a.description.utf8)
  for (i, c) in text.enumerated() {
    if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
      exponent = Int(String(decoding: text[(i + 1)...], as: UTF8.self)) ?? 0
      break
    }
    if c == UInt8(ascii: ".") {
      seenPoint = true
    } else if c >= 0x30 && c <= 0x39 {
      digits.append(c)
      if !seenPoint { intDigits += 1 }
    }
  }
  let leading = digits.prefix(while: { $0 == 0x30 }).count
  digits.removeFirst(leading)
  while digits.last == 0x30 { digits.removeLast() }
  return (digits, intDigits - leading + exponent)
}

/// glibc `snprintf(fmt, precision, value)`; `fmt` takes a `*` precision then a double.
func cFormat(_ fmt: String, _ precision: Int32, _ value: Double) -> [UInt8] {
  let args: [CVarArg] = [precision, value]
  let needed = withVaList(args) { vsnprintf(nil, 0, fmt, $0) }
  guard needed > 0 else { return [] }
  var buf = [CChar](repeating: 0, count: Int(needed) + 1)
  let written = buf.withUnsafeMutableBufferPointer { p in
    withVaList(args) { vsnprintf(p.baseAddress, p.count, fmt, $0) }
  }
  return buf.prefix(Int(max(0, min(written, needed)))).map { UInt8(bitPattern: $0) }
}

// MARK: - printf-style % formatting

/// One right-hand operand of `%`, as the VM sees it. Conversions that need Python code (`__str__`,
/// `__index__`…) are closures, run only when a directive asks for them, in CPython's order. A closure
/// that fails with a Python exception can carry it as a FormatError; the VM can also capture the
/// original exception object in its own state and rethrow that instead.
public enum PercentValue {
  case int(BigInt)
  /// A bool: prints as True/False for %s/%r, as 1/0 for the numeric conversions.
  case bool(Bool)
  case float(Double)
  /// A str object (%r quotes it).
  case string(String)
  case object(PercentObject)

  var typeName: String {
    switch self {
    case .int: return "int"
    case .bool: return "bool"
    case .float: return "float"
    case .string: return "str"
    case .object(let o): return o.typeName
    }
  }
}

/// Any other object: its type name and the protocol operations the conversions may call.
public struct PercentObject {
  public var typeName: String
  /// `str(x)` for %s.
  public var str: () throws(FormatError) -> String
  /// `repr(x)` for %r and %a.
  public var repr: () throws(FormatError) -> String
  /// `operator.index(x)` when the type has `__index__` (%x %o %X %c and a fallback for %d).
  public var index: (() throws(FormatError) -> BigInt)?
  /// `int(x)` through `__int__` when the type has it (%d %i %u).
  public var int: (() throws(FormatError) -> BigInt)?
  /// `float(x)` through `__float__` when the type has it (%e %f %g).
  public var float: (() throws(FormatError) -> Double)?

  public init(typeName: String, str: @escaping () throws(FormatError) -> String,
              repr: @escaping () throws(FormatError) -> String,
              index: (() throws(FormatError) -> BigInt)? = nil, int: (() throws(FormatError) -> BigInt)? = nil,
              float: (() throws(FormatError) -> Double)? = nil) {
    self.typeName = typeName
    self.str = str
    self.repr = repr
    self.index = index
    self.int = int
    self.float = float
  }

  /// An object whose str and repr are already known (None, a list…).
  public init(typeName: String, str: String, repr: String) {
    self.init(typeName: typeName, str: { () throws(FormatError) -> String in str },
              repr: { () throws(FormatError) -> String in repr })
  }
}

/// The right operand of `template % args`.
public enum PercentArgs {
  /// Any single object that is neither a tuple nor a mapping: used once, by the first directive.
  case single(PercentValue)
  case tuple([PercentValue])
  /// A mapping (CPython: anything with `__getitem__` that is not a tuple or str, lists included):
  /// `%(key)s` looks keys up; a directive without a key uses the mapping itself, `itself`.
  case mapping(itself: PercentValue, lookup: (String) throws(FormatError) -> PercentValue)

  /// A dict with str keys; a missing key is `KeyError: 'key'`.
  public static func dictionary(_ entries: [String: PercentValue], itself: PercentValue) -> PercentArgs {
    .mapping(itself: itself, lookup: { (key: String) throws(FormatError) -> PercentValue in
      guard let v = entries[key] else { throw FormatError(type: "KeyError", message: PyRepr.string(key)) }
      return v
    })
  }
}

/// `template % args` (CPython's `PyUnicode_Format`).
public func percentFormat(_ template: String, _ args: PercentArgs) throws(FormatError) -> String {
  var f = PercentFormatter(template: template, args: args)
  return try f.run()
}

/// One directive's flags, as CPython's `struct unicode_format_arg_t`.
private struct PercentDirective {
  var leftJustify = false  // -
  var plusSign = false  // +
  var blank = false  // space
  var alternate = false  // #
  var zero = false  // 0
  var width = -1
  var precision = -1
  var conversion: Unicode.Scalar = "s"
  /// Whether the text is a number whose sign and zero padding the output step handles.
  var numeric = false
}

private struct PercentFormatter {
  let fmt: [Unicode.Scalar]
  var out = ""
  /// Code points in `out`, kept against the result limit.
  var outCount = 0
  // CPython's argument cursor: `argLength` is the tuple's length, or -1 for a single object
  // (`single`), with `argIndex` starting at -2 so that exactly one fetch succeeds.
  var tuple: [PercentValue] = []
  var single: PercentValue?
  var argLength: Int
  var argIndex: Int
  let lookup: ((String) throws(FormatError) -> PercentValue)?

  init(template: String, args: PercentArgs) {
    fmt = Array(template.unicodeScalars)
    switch args {
    case .single(let v):
      single = v
      argLength = -1
      argIndex = -2
      lookup = nil
    case .tuple(let vs):
      tuple = vs
      argLength = vs.count
      argIndex = 0
      lookup = nil
    case .mapping(let itself, let l):
      single = itself
      argLength = -1
      argIndex = -2
      lookup = l
    }
  }

  mutating func run() throws(FormatError) -> String {
    var i = 0
    while i < fmt.count {
      if fmt[i] != "%" {
        let start = i
        while i < fmt.count && fmt[i] != "%" { i += 1 }
        try append(fmt[start..<i], count: i - start)
        continue
      }
      i += 1
      if i < fmt.count && fmt[i] == "%" {
        try append(CollectionOfOne(Unicode.Scalar("%")), count: 1)
        i += 1
        continue
      }
      try directive(&i)
    }
    if argIndex < argLength && lookup == nil {
      throw .typeError("not all arguments converted during string formatting")
    }
    return out
  }

  mutating func append<S: Sequence>(_ s: S, count: Int) throws(FormatError) where S.Element == Unicode.Scalar {
    if count > FormatLimits.maxResultLength - outCount { throw FormatError.tooLarge }
    out.unicodeScalars.append(contentsOf: s)
    outCount += count
  }

  mutating func nextArg() throws(FormatError) -> PercentValue {
    if argIndex < argLength {
      let i = argIndex
      argIndex += 1
      if argLength < 0 {
        if let single { return single }
      } else if i >= 0 && i < tuple.count {
        return tuple[i]
      }
    }
    throw .typeError("not enough arguments for format string")
  }

  /// Parses and formats one directive; `i` is just past its '%'. `ch` becomes nil once the template
  /// runs out, which CPython reports as "incomplete format" after any argument fetches on the way.
  mutating func directive(_ i: inout Int) throws(FormatError) {
    let fmt = self.fmt
    func read() -> Unicode.Scalar? {
      guard i < fmt.count else { return nil }
      defer { i += 1 }
      return fmt[i]
    }
    var arg = PercentDirective()
    if i < fmt.count && fmt[i] == "(" {
      guard let lookup else { throw .typeError("format requires a mapping") }
      i += 1
      let keyStart = i
      var depth = 1
      while depth > 0 && i < fmt.count {
        if fmt[i] == ")" { depth -= 1 } else if fmt[i] == "(" { depth += 1 }
        i += 1
      }
      if depth > 0 { throw .value("incomplete format key") }
      var key = ""
      key.unicodeScalars.append(contentsOf: fmt[keyStart..<(i - 1)])
      single = try lookup(key)
      argLength = -1
      argIndex = -2
    }
    var ch = read()
    flags: while let c = ch {
      switch c {
      case "-": arg.leftJustify = true
      case "+": arg.plusSign = true
      case " ": arg.blank = true
      case "#": arg.alternate = true
      case "0": arg.zero = true
      default: break flags
      }
      ch = read()
    }
    if ch == "*" {
      let v = try nextArg()
      guard let w = Self.starInt(v) else { throw .typeError("* wants int") }
      guard let width = Int(exactly: w) else { throw .overflow("Python int too large to convert to C ssize_t") }
      if width < 0 {
        arg.leftJustify = true
        // Int.min has no positive counterpart; it is over the limit either way, refused at output
        // so that errors later in the directive (incomplete format…) come first as in CPython.
        arg.width = width == Int.min ? Int.max : -width
      } else {
        arg.width = width
      }
      ch = read()
    } else if let c = ch, let d = Self.asciiDigit(c) {
      arg.width = d
      while true {
        ch = read()
        guard let c = ch, let d = Self.asciiDigit(c) else { break }
        if arg.width > (Int.max - d) / 10 { throw .value("width too big") }
        arg.width = arg.width * 10 + d
      }
    }
    if ch == "." {
      arg.precision = 0
      ch = read()
      if ch == "*" {
        let v = try nextArg()
        guard let p = Self.starInt(v) else { throw .typeError("* wants int") }
        guard let prec = Int32(exactly: p) else { throw .overflow("Python int too large to convert to C int") }
        arg.precision = max(0, Int(prec))
        ch = read()
      } else if let c = ch, let d = Self.asciiDigit(c) {
        arg.precision = d
        while true {
          ch = read()
          guard let c = ch, let d = Self.asciiDigit(c) else { break }
          if arg.precision > (Int(Int32.max) - d) / 10 { throw .value("precision too big") }
          arg.precision = arg.precision * 10 + d
        }
      }
    }
    // C length modifiers are accepted and ignored ("%ld").
    if ch == "h" || ch == "l" || ch == "L" { ch = read() }
    guard let conversion = ch else { throw .value("incomplete format") }
    arg.conversion = conversion
    let conversionIndex = i - 1

    let value = try nextArg()
    let text = try convert(value, &arg, at: conversionIndex)
    try output(text, &arg)
    if lookup != nil && argIndex < argLength {
      throw .typeError("not all arguments converted during string formatting")
    }
  }

  static func asciiDigit(_ c: Unicode.Scalar) -> Int? {
    c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
  }

  /// `*` takes only a real int (bools included), never `__index__`.
  static func starInt(_ v: PercentValue) -> BigInt? {
    switch v {
    case .int(let b): return b
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  /// CPython's `unicode_format_arg_format`: the directive's text before padding.
  func convert(_ v: PercentValue, _ arg: inout PercentDirective, at index: Int) throws(FormatError) -> String {
    switch arg.conversion {
    case "s", "r", "a":
      switch arg.conversion {
      case "s": return try Self.str(v)
      case "r": return try Self.repr(v)
      default: return asciiEscaped(try Self.repr(v))
      }
    case "i", "d", "u", "o", "x", "X":
      arg.numeric = true
      return try formatLong(try integerArgument(v, arg.conversion), arg)
    case "e", "E", "f", "F", "g", "G":
      arg.numeric = true
      let x = try floatArgument(v)
      let precision = arg.precision < 0 ? 6 : arg.precision
      try checkFloatPrecision(arg.conversion, precision, alt: arg.alternate)
      let text = formatFloatShort(x, code: arg.conversion, precision: precision, alt: arg.alternate,
                                  addDot0: false, noNegZero: false)
      return String(decoding: text, as: UTF8.self)
    case "c":
      return String(Character(try charArgument(v)))
    default:
      let c = arg.conversion
      let shown = c.value >= 31 && c.value <= 126 ? String(Character(c)) : "?"
      throw .value("unsupported format character '\(shown)' (0x\(String(c.value, radix: 16))) at index \(index)")
    }
  }

  static func str(_ v: PercentValue) throws(FormatError) -> String {
    switch v {
    case .int(let b): return try decimalString(b)
    case .bool(let b): return b ? "True" : "False"
    case .float(let d): return floatStr(d)
    case .string(let s): return s
    case .object(let o): return try o.str()
    }
  }

  static func repr(_ v: PercentValue) throws(FormatError) -> String {
    switch v {
    case .string(let s): return PyRepr.string(s)
    case .float(let d): return floatRepr(d)
    case .object(let o): return try o.repr()
    default: return try str(v)
    }
  }

  /// CPython's `mainformatlong` conversion step: an int for %d (via `__int__`, truncating floats)
  /// or for %x %o %X (via `__index__` only).
  func integerArgument(_ v: PercentValue, _ conversion: Unicode.Scalar) throws(FormatError) -> BigInt {
    let hex = conversion == "o" || conversion == "x" || conversion == "X"
    let wrongType = FormatError.typeError(
      "%\(Character(conversion)) format: " + (hex ? "an integer is required" : "a real number is required")
        + ", not \(v.typeName)")
    switch v {
    case .int(let b): return b
    case .bool(let b): return b ? 1 : 0
    case .float(let d):
      if hex { throw wrongType }
      if d.isNaN { throw .value("cannot convert float NaN to integer") }
      if d.isInfinite { throw .overflow("cannot convert float infinity to integer") }
      return truncatedBigInt(d)
    case .string:
      throw wrongType
    case .object(let o):
      guard let f = hex ? o.index : (o.int ?? o.index) else { throw wrongType }
      do {
        return try f()
      } catch {
        // A TypeError from the conversion reads as the wrong type, as in CPython.
        if error.type == "TypeError" { throw wrongType }
        throw error
      }
    }
  }

  /// `PyFloat_AsDouble`: floats, ints (rounded) and objects with `__float__` or `__index__`.
  func floatArgument(_ v: PercentValue) throws(FormatError) -> Double {
    switch v {
    case .float(let d): return d
    case .int(let b):
      guard let d = bigIntToDouble(b) else { throw .overflow("int too large to convert to float") }
      return d
    case .bool(let b): return b ? 1 : 0
    case .string:
      throw .typeError("must be real number, not str")
    case .object(let o):
      if let f = o.float { return try f() }
      if let f = o.index {
        guard let d = bigIntToDouble(try f()) else { throw .overflow("int too large to convert to float") }
        return d
      }
      throw .typeError("must be real number, not \(o.typeName)")
    }
  }

  /// CPython's `formatchar`: a one-character str, or an int in range(0x110000).
  func charArgument(_ v: PercentValue) throws(FormatError) -> Unicode.Scalar {
    let wrongType = FormatError.typeError("%c requires int or char")
    var n: BigInt
    switch v {
    case .string(let s):
      var it = s.unicodeScalars.makeIterator()
      guard let c = it.next(), it.next() == nil else { throw wrongType }
      return c
    case .int(let b): n = b
    case .bool(let b): n = b ? 1 : 0
    case .float: throw wrongType
    case .object(let o):
      guard let f = o.index else { throw wrongType }
      do {
        n = try f()
      } catch {
        if error.type == "TypeError" { throw wrongType }
        throw error
      }
    }
    guard let x = UInt32(exactly: n), x <= 0x10FFFF else { throw .overflow("%c arg not in range(0x110000)") }
    return try codePoint(x)
  }

  /// CPython's `_PyUnicode_FormatLong`: sign, optional 0o/0x/0X prefix, digits zero-extended to the
  /// precision.
  func formatLong(_ v: BigInt, _ arg: PercentDirective) throws(FormatError) -> String {
    if arg.precision > Int(Int32.max) - 3 { throw .overflow("precision too large") }
    if arg.precision > FormatLimits.maxResultLength { throw FormatError.tooLarge }
    let c = arg.conversion
    let base = c == "o" ? 8 : (c == "x" || c == "X" ? 16 : 10)
    let digits = try magnitudeDigits(v, base: base, uppercase: c == "X")
    var out = v.sign == .minus && !v.isZero ? "-" : ""
    if arg.alternate && base != 10 { out += c == "o" ? "0o" : (c == "x" ? "0x" : "0X") }
    let count = digits.utf8.count
    if arg.precision > count { out += String(repeating: "0", count: arg.precision - count) }
    out += digits
    return out
  }

  /// CPython's `unicode_format_arg_output`: truncation for s/r/a, sign, prefix and padding.
  mutating func output(_ text: String, _ arg: inout PercentDirective) throws(FormatError) {
    if arg.width > FormatLimits.maxResultLength { throw FormatError.tooLarge }
    let scalars = text.unicodeScalars
    var len = scalars.count
    if (arg.width == -1 || arg.width <= len) && (arg.precision == -1 || arg.precision >= len)
      && !arg.plusSign && !arg.blank {
      try append(scalars, count: len)
      return
    }
    let truncates = arg.conversion == "s" || arg.conversion == "r" || arg.conversion == "a"
    if truncates && arg.precision >= 0 && len > arg.precision { len = arg.precision }
    // The padded field is at most max(width, len) + 1 (a sign in front of a full-width number):
    // refuse it before building it.
    if max(arg.width, len) >= FormatLimits.maxResultLength - outCount { throw FormatError.tooLarge }
    let fill: Unicode.Scalar = arg.numeric && arg.zero ? "0" : " "
    let body = Array(scalars.prefix(len))
    var pindex = 0
    var sign: Unicode.Scalar?
    if arg.numeric, let first = body.first {
      if first == "-" || first == "+" {
        sign = first
        len -= 1
        pindex = 1
      } else if arg.plusSign {
        sign = "+"
      } else if arg.blank {
        sign = " "
      }
    }
    var width = max(arg.width, len)
    var piece: [Unicode.Scalar] = []
    piece.reserveCapacity(width + 1)
    if let sign {
      if fill != " " { piece.append(sign) }
      if width > len { width -= 1 }
    }
    // The 0x/0X/0o prefix stays in front of zero padding.
    let prefixed = arg.alternate && (arg.conversion == "x" || arg.conversion == "X" || arg.conversion == "o")
      && len >= 2
    if prefixed {
      if fill != " " {
        piece.append(contentsOf: body[pindex..<(pindex + 2)])
        pindex += 2
      }
      width = max(0, width - 2)
      len -= 2
    }
    if width > len && !arg.leftJustify {
      piece.append(contentsOf: repeatElement(fill, count: width - len))
      width = len
    }
    if fill == " " {
      if let sign { piece.append(sign) }
      if prefixed {
        piece.append(contentsOf: body[pindex..<(pindex + 2)])
        pindex += 2
      }
    }
    piece.append(contentsOf: body[pindex..<(pindex + len)])
    if width > len { piece.append(contentsOf: repeatElement(" ", count: width - len)) }
    try append(piece, count: piece.count)
  }
}

/// `ascii()` from `repr()`: every non-ASCII code point as \xNN, \uNNNN or \UNNNNNNNN.
func asciiEscaped(_ s: String) -> String {
  var out = ""
  for c in s.unicodeScalars {
    if c.value < 0x80 {
      out.unicodeScalars.append(c)
      continue
    }
    let hex = String(c.value, radix: 16)
    let (lead, digits) = c.value < 0x100 ? ("\\x", 2) : (c.value < 0x10000 ? ("\\u", 4) : ("\\U", 8))
    out += lead + String(repeating: "0", count: digits - hex.utf8.count) + hex
  }
  return out
}
