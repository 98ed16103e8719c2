// Byte-level fast paths for the str methods agent code calls most (case mapping, strip, split, join,
// replace, padding, affixes, find) when the receiver is ASCII and the arguments are plain: the work
// runs over the strings' own UTF-8 storage and the result is written once into a new string whose
// length and ASCII-ness are already known, so nothing is copied into arrays or scanned again.
// Every path returns nil when its preconditions do not hold, and `strMethod` then takes the general
// Unicode path (StringAlgorithms.swift), which stays the reference for the semantics.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
  /// Calls `body` with the string's UTF-8 bytes (native strings are contiguous; others are copied once).
  @inline(__always) func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }

  /// A string of exactly `count` UTF-8 bytes written by `fill`.
  @inline(__always) init(utf8Count count: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) -> Void) {
    self.init(unsafeUninitializedCapacity: count) { buffer in
      fill(buffer)
      return count
    }
  }
}

/// Compares two strings by code points (UTF-8 byte order is code point order): negative, zero or
/// positive. Not Swift's `<`, which orders by canonical equivalence.
func compareCodePoints(_ a: String, _ b: String) -> Int {
  a.withUTF8Bytes { x in
    b.withUTF8Bytes { y -> Int in
      let common = min(x.count, y.count)
      if common > 0, let p = x.baseAddress, let q = y.baseAddress {
        let c = memcmp(p, q, common)
        if c != 0 { return Int(c) }
      }
      return x.count - y.count
    }
  }
}

/// Whether two strings hold the same code points (not Swift's canonical equivalence).
@inline(__always) func sameCodePoints(_ a: String, _ b: String) -> Bool {
  a.utf8.count == b.utf8.count && compareCodePoints(a, b) == 0
}

/// Python's whitespace (`str.isspace`) among ASCII bytes.
@inline(__always) func isASCIISpace(_ b: UInt8) -> Bool { StringAlgorithms.isPySpace(UInt32(b)) }

/// Searches for needles up to this long are simple scans (at most this many comparisons per byte);
/// longer ones take the general path's linear-time search.
private let shortNeedle = 8

/// Results above this many bytes go through the general path, which checks the memory limit first.
private let fastResultLimit = 1 << 20

extension Interpreter {
  /// A str value of ASCII text (its length is its byte count; no scan).
  @inline(__always) func newASCIIString(_ s: String) -> Value {
    .object(makeString(s, count: s.utf8.count, isASCII: true))
  }

  /// The str of a value when it is an exact str (not a subclass instance), borrowed for the call.
  @inline(__always) private func plainStr(_ v: Value) -> PyStr? {
    guard case .object(let h) = v else { return nil }
    return heap.get(h, PyStr.self)
  }

  /// `a + b` for two exact strs: one copy into a string of known length; nil for other operands or a
  /// result big enough that the general path must check the memory limit first.
  @inline(__always) func fastConcat(_ l: Value, _ r: Value) -> Value? {
    guard let a = plainStr(l), let b = plainStr(r) else { return nil }
    if b.count == 0 { return l }
    if a.count == 0 { return r }
    let size = a.value.utf8.count + b.value.utf8.count
    guard size <= fastResultLimit else { return nil }
    let text = a.value.withUTF8Bytes { x in
      b.value.withUTF8Bytes { y in
        String(utf8Count: size) { out in
          if let p = out.baseAddress, let xs = x.baseAddress, let ys = y.baseAddress {
            p.update(from: xs, count: x.count)
            (p + x.count).update(from: ys, count: y.count)
          }
        }
      }
    }
    return .object(makeString(text, count: a.count + b.count, isASCII: a.isASCII && b.isASCII))
  }

  /// The concatenation of `count` exact strs in registers `first...` (an f-string's parts), sized
  /// once and written once; nil if any part is not an exact str or the result is too big for a
  /// fast path (the general path then checks the memory limit).
  func concatenatedStrings(_ first: Int, count: Int) -> Value? {
    if count == 1, plainStr(registers[first]) != nil { return registers[first] }  // `f"{s}"` is `s`
    var bytes = 0
    var length = 0
    var ascii = true
    for i in first..<(first + count) {
      guard let s = plainStr(registers[i]) else { return nil }
      bytes += s.value.utf8.count
      length += s.count
      ascii = ascii && s.isASCII
    }
    guard bytes <= fastResultLimit else { return nil }
    let text = String(utf8Count: bytes) { out in
      var at = 0
      for i in first..<(first + count) {
        guard let s = plainStr(registers[i]) else { continue }
        s.value.withUTF8Bytes { src in
          if let to = out.baseAddress, let from = src.baseAddress { (to + at).update(from: from, count: src.count) }
          at += src.count
        }
      }
    }
    return .object(makeString(text, count: length, isASCII: ascii))
  }

  /// `s.method(*a)` called without keywords, for an ASCII `s` (any `s` for `join`), or nil for the
  /// general path.
  func fastStrMethod(_ id: BuiltinID, _ s: PyStr, _ h: Handle, _ a: [Value]) throws(PyException) -> Value? {
    let v = s.value
    switch id {
    case .strUpper, .strLower:
      guard a.isEmpty else { return nil }
      let (lo, hi): (UInt8, UInt8) = id == .strUpper ? (0x61, 0x7A) : (0x41, 0x5A)
      return newASCIIString(v.withUTF8Bytes { src in
        String(utf8Count: src.count) { out in
          for i in 0..<src.count {
            let b = src[i]
            out[i] = b >= lo && b <= hi ? b ^ 0x20 : b
          }
        }
      })
    case .strCapitalize:
      guard a.isEmpty else { return nil }
      return newASCIIString(v.withUTF8Bytes { src in
        String(utf8Count: src.count) { out in
          // The first character upper case, the rest lower case.
          for i in 0..<src.count {
            let b = src[i]
            let flips = i == 0 ? (b >= 0x61 && b <= 0x7A) : (b >= 0x41 && b <= 0x5A)
            out[i] = flips ? b ^ 0x20 : b
          }
        }
      })
    case .strStrip, .strLstrip, .strRstrip:
      // The characters to strip as a 128-bit set of ASCII bytes.
      var set: (low: UInt64, high: UInt64) = (0, 0)
      if let c = a.first, !c.isNone {
        guard a.count == 1, let cs = plainStr(c), cs.isASCII else { return nil }
        cs.value.withUTF8Bytes { for b in $0 { if b < 64 { set.low |= 1 << b } else { set.high |= 1 << (b & 63) } } }
      } else if a.count > 1 {
        return nil
      } else {
        for b in UInt8(0)..<128 where isASCIISpace(b) { if b < 64 { set.low |= 1 << b } else { set.high |= 1 << (b & 63) } }
      }
      let (lo, hi) = v.withUTF8Bytes { src -> (Int, Int) in
        func strip(_ b: UInt8) -> Bool { b < 64 ? set.low & (1 << b) != 0 : set.high & (1 << (b & 63)) != 0 }
        var lo = 0
        var hi = src.count
        if id != .strRstrip { while lo < hi && strip(src[lo]) { lo += 1 } }
        if id != .strLstrip { while hi > lo && strip(src[hi - 1]) { hi -= 1 } }
        return (lo, hi)
      }
      if lo == 0 && hi == s.count { return .object(h) }
      return newASCIIString(v.withUTF8Bytes { String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) })
    case .strSplit:
      return try asciiSplit(v, a)
    case .strJoin:
      guard a.count == 1 else { return nil }
      return try joinStrings(v, separatorCount: s.count, a[0])
    case .strReplace:
      guard a.count == 2, let old = plainStr(a[0]), let new = plainStr(a[1]), old.isASCII, new.isASCII,
        old.count > 0, old.count <= shortNeedle
      else { return nil }
      return asciiReplace(s, h, old.value, new.value)
    case .strStartswith, .strEndswith:
      guard a.count == 1, let affix = plainStr(a[0]) else { return nil }
      let hit = v.withUTF8Bytes { src in
        affix.value.withUTF8Bytes { p -> Bool in
          guard p.count <= src.count else { return false }
          let offset = id == .strStartswith ? 0 : src.count - p.count
          for i in 0..<p.count where src[offset + i] != p[i] { return false }
          return true
        }
      }
      return .bool(hit)
    case .strFind, .strIndex:
      guard a.count == 1, let sub = plainStr(a[0]), sub.isASCII, sub.count <= shortNeedle else { return nil }
      if let at = v.withUTF8Bytes({ src in sub.value.withUTF8Bytes { firstMatch(of: $0, in: src, from: 0) } }) {
        return .int(Int64(at))
      }
      if id == .strFind { return .int(-1) }
      return nil  // the general path raises ValueError
    case .strRjust, .strLjust, .strCenter, .strZfill:
      guard a.count == 1 || (a.count == 2 && id != .strZfill), case .int(let w) = a[0] else { return nil }
      var fill = UInt8(ascii: " ")
      if a.count == 2 {
        guard let f = plainStr(a[1]), f.isASCII, f.count == 1, let byte = f.value.utf8.first else { return nil }
        fill = byte
      }
      let n = s.count
      guard w > n else { return .object(h) }
      guard w <= fastResultLimit else { return nil }
      let width = Int(w)
      let margin = width - n
      var left: Int
      switch id {
      case .strRjust, .strZfill: left = margin
      case .strLjust: left = 0
      default: left = margin / 2 + (margin & width & 1)  // CPython's centering rule
      }
      if id == .strZfill { fill = UInt8(ascii: "0") }
      return newASCIIString(v.withUTF8Bytes { src in
        String(utf8Count: width) { out in
          var signShift = 0
          if id == .strZfill, n > 0, src[0] == UInt8(ascii: "+") || src[0] == UInt8(ascii: "-") {
            out[0] = src[0]
            signShift = 1
          }
          for i in signShift..<(left + signShift) { out[i] = fill }
          for i in signShift..<n { out[left + i] = src[i] }
          for i in (left + n)..<width { out[i] = fill }
        }
      })
    default:
      return nil
    }
  }

  /// `s.split()` and `s.split(sep)` of an ASCII `s` with an ASCII separator, without maxsplit.
  private func asciiSplit(_ v: String, _ a: [Value]) throws(PyException) -> Value? {
    var separator: String? = nil
    if let sepValue = a.first, !sepValue.isNone {
      guard a.count == 1, let sep = plainStr(sepValue), sep.isASCII, sep.count > 0, sep.count <= shortNeedle else { return nil }
      separator = sep.value
    } else if a.count > 1 {
      return nil
    }
    var parts: [Value] = []
    v.withUTF8Bytes { src in
      func piece(_ lo: Int, _ hi: Int) -> Value {
        newASCIIString(String(decoding: UnsafeBufferPointer(rebasing: src[lo..<hi]), as: UTF8.self))
      }
      guard let separator else {
        var i = 0
        while i < src.count {
          while i < src.count && isASCIISpace(src[i]) { i += 1 }
          if i == src.count { break }
          let start = i
          while i < src.count && !isASCIISpace(src[i]) { i += 1 }
          parts.append(piece(start, i))
        }
        return
      }
      separator.withUTF8Bytes { sep in
        var start = 0
        while let at = firstMatch(of: sep, in: src, from: start) {
          parts.append(piece(start, at))
          start = at + sep.count
        }
        parts.append(piece(start, src.count))
      }
    }
    try chargeFuel(parts.count)
    return newList(parts)
  }

  /// `sep.join(iterable)` when the iterable is a list or tuple of exact strs: sized once, written once.
  private func joinStrings(_ separator: String, separatorCount: Int, _ iterable: Value) throws(PyException) -> Value? {
    guard case .object(let ih) = iterable else { return nil }
    let items: [Value]
    if let l = heap.get(ih, PyList.self) { items = l.items } else if let t = heap.get(ih, PyTuple.self) { items = t.items } else { return nil }
    if items.isEmpty { return .object(intern("")) }
    var strs: [PyStr] = []
    strs.reserveCapacity(items.count)
    var bytes = separator.utf8.count * (items.count - 1)
    var count = separatorCount * (items.count - 1)
    var ascii = true
    for item in items {
      guard let s = plainStr(item) else { return nil }
      strs.append(s)
      bytes += s.value.utf8.count
      count += s.count
      ascii = ascii && s.isASCII
    }
    guard bytes <= fastResultLimit else { return nil }
    try chargeFuel(items.count)
    let text = separator.withUTF8Bytes { sep in
      String(utf8Count: bytes) { out in
        var at = 0
        for (k, s) in strs.enumerated() {
          if k > 0 {
            for b in sep { out[at] = b; at += 1 }
          }
          s.value.withUTF8Bytes { src in
            for b in src { out[at] = b; at += 1 }
          }
        }
      }
    }
    return .object(makeString(text, count: count, isASCII: ascii))
  }

  /// `s.replace(old, new)` with ASCII `s`, `old` (not empty) and `new`.
  private func asciiReplace(_ s: PyStr, _ h: Handle, _ old: String, _ new: String) -> Value? {
    s.value.withUTF8Bytes { src in
      old.withUTF8Bytes { o in
        new.withUTF8Bytes { r -> Value? in
          var matches: [Int] = []
          var from = 0
          while let at = firstMatch(of: o, in: src, from: from) {
            matches.append(at)
            from = at + o.count
          }
          if matches.isEmpty { return .object(h) }
          let size = src.count + matches.count * (r.count - o.count)
          guard size <= fastResultLimit else { return nil }
          return newASCIIString(String(utf8Count: size) { out in
            var at = 0
            var copied = 0
            for m in matches {
              for i in copied..<m { out[at] = src[i]; at += 1 }
              for b in r { out[at] = b; at += 1 }
              copied = m + o.count
            }
            for i in copied..<src.count { out[at] = src[i]; at += 1 }
          })
        }
      }
    }
  }
}

/// The first byte offset at or after `from` where `needle` occurs in `haystack` (a direct scan: callers
/// keep needles short).
@inline(__always) private func firstMatch(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
  let n = needle.count
  guard n > 0, haystack.count >= n else { return n == 0 ? from : nil }
  let first = needle[0]
  var i = from
  let last = haystack.count - n
  while i <= last {
    if haystack[i] == first {
      var j = 1
      while j < n && haystack[i + j] == needle[j] { j += 1 }
      if j == n { return i }
    }
    i += 1
  }
  return nil
}
