// Python's `repr` of literal values — float, str, bytes, and big integer digits — byte-for-byte as
// CPython 3.11 prints them. The AST printer uses these; the VM reuses them for `repr()` and `print`.

public enum PyRepr {
  /// `repr(float)`: the shortest digits that round-trip, in fixed notation when the decimal exponent
  /// is in [-4, 16), otherwise scientific with a signed exponent of at least two digits.
  public static func float(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    let (negative, digits, exponent) = shortestDigits(d)
    // `exponent` is the position of the decimal point: value = 0.d1d2d3… × 10^exponent.
    let sci = exponent - 1
    var out = negative ? "-" : ""
    if sci >= -4 && sci < 16 {
      if exponent <= 0 {
        out += "0." + String(repeating: "0", count: -exponent) + digits
      } else if exponent >= digits.count {
        out += digits + String(repeating: "0", count: exponent - digits.count) + ".0"
      } else {
        let idx = digits.index(digits.startIndex, offsetBy: exponent)
        out += digits[..<idx] + "." + digits[idx...]
      }
    } else {
      out += digits.prefix(1)
      if digits.count > 1 { out += "." + digits.dropFirst() }
      out += sci < 0 ? "e-" : "e+"
      let e = abs(sci)
      out += e < 10 ? "0\(e)" : "\(e)"
    }
    return out
  }

  /// The shortest round-trip decimal digits of a finite nonzero double, from Swift's own
  /// shortest-representation printing, normalized to (sign, digits without leading/trailing zeros,
  /// decimal point position).
  static func shortestDigits(_ d: Double) -> (Bool, String, Int) {
    let text = abs(d).description  // e.g. "1e-05", "123.45", "1.2345e+20", "5e-324"
    var mantissa = Substring(text)
    var exp = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exp = Int(text[text.index(after: e)...]) ?? 0
    }
    var digits = ""
    var pointPos = 0
    var seenPoint = false
    for ch in mantissa {
      if ch == "." { seenPoint = true; continue }
      digits.append(ch)
      if !seenPoint { pointPos += 1 }
    }
    // Strip leading zeros (adjusting the point) and trailing zeros.
    var lead = 0
    for ch in digits { if ch == "0" { lead += 1 } else { break } }
    digits.removeFirst(lead)
    pointPos -= lead
    while digits.last == "0" { digits.removeLast() }
    if digits.isEmpty { digits = "0" }
    return (d < 0, digits, pointPos + exp)
  }

  /// `repr(complex)` of a pure imaginary literal such as `3j` or `1.5e+20j`.
  public static func imaginary(_ d: Double) -> String {
    var s = float(d)
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s + "j"
  }

  /// `repr(str)`: single quotes unless the text contains `'` and no `"`; escapes for `\\`, the quote,
  /// `\t \n \r`, other non-printable characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
  public static func string(_ s: String) -> String {
    var hasSingle = false
    var hasDouble = false
    var plain = true  // printable ASCII without backslashes: the text goes between the quotes as is
    for u in s.utf8 {
      if u == 0x27 { hasSingle = true } else if u == 0x22 { hasDouble = true }
      if u < 0x20 || u > 0x7E || u == 0x5C { plain = false }
    }
    if plain && !(hasSingle && hasDouble) {
      let q = hasSingle ? "\"" : "'"
      return q + s + q
    }
    let quote: Character = hasSingle && !hasDouble ? "\"" : "'"
    var out = String(quote)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if Character(scalar) == quote {
          out += "\\" + String(quote)
        } else if isPrintable(scalar) {
          out.unicodeScalars.append(scalar)
        } else {
          out += escape(scalar.value)
        }
      }
    }
    out.append(quote)
    return out
  }

  static func escape(_ v: UInt32) -> String {
    let hex = String(v, radix: 16)
    if v < 0x100 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
    if v < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
    return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// Python's `str.isprintable` for one character: not a control, format, surrogate, private-use,
  /// unassigned or separator character (the ASCII space excepted).
  public static func isPrintable(_ s: Unicode.Scalar) -> Bool {
    if s.value < 0x7F { return s.value >= 0x20 }
    if s.value < 0xA0 { return false }
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return false
    default:
      return true
    }
  }

  /// `repr(bytes)`: `b'...'` with the same quote rule as str; bytes outside 0x20–0x7E as `\xNN`.
  public static func bytes(_ b: [UInt8]) -> String {
    let quote: UInt8 = b.contains(0x27) && !b.contains(0x22) ? 0x22 : 0x27
    var out = "b" + String(Unicode.Scalar(quote))
    for c in b {
      switch c {
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case quote: out += "\\" + String(Unicode.Scalar(quote))
      case 0x20...0x7E: out.unicodeScalars.append(Unicode.Scalar(c))
      default: out += escape(UInt32(c))
      }
    }
    out += String(Unicode.Scalar(quote))
    return out
  }

  /// Converts the digits of a non-negative integer in `radix` (2…36) to decimal digits.
  /// Quadratic in the length, so callers bound the input (CPython refuses > 4300 decimal digits).
  public static func decimalDigits(_ digits: String, radix: Int) -> String {
    if radix == 10 {
      let trimmed = digits.drop(while: { $0 == "0" })
      return trimmed.isEmpty ? "0" : String(trimmed)
    }
    // Little-endian limbs in base 10^9.
    var limbs: [UInt64] = [0]
    let base: UInt64 = 1_000_000_000
    for ch in digits.utf8 {
      let d: UInt64
      switch ch {
      case 0x30...0x39: d = UInt64(ch - 0x30)
      case 0x61...0x7A: d = UInt64(ch - 0x61 + 10)
      case 0x41...0x5A: d = UInt64(ch - 0x41 + 10)
      default: continue
      }
      var carry = d
      for k in limbs.indices {
        let v = limbs[k] * UInt64(radix) + carry
        limbs[k] = v % base
        carry = v / base
      }
      while carry > 0 {
        limbs.append(carry % base)
        carry /= base
      }
    }
    var out = String(limbs[limbs.count - 1])
    for k in stride(from: limbs.count - 2, through: 0, by: -1) {
      let s = String(limbs[k])
      out += String(repeating: "0", count: 9 - s.count) + s
    }
    return out
  }
}
