// The text-like methods of bytes and bytearray (`upper`, `split`, `find`, `startswith`, …) and
// `bytes.fromhex`. They work on raw bytes; case changes and whitespace are ASCII only, as in CPython.
// A bytearray receiver gets bytearray results.

extension Interpreter {
  /// ASCII whitespace as bytes.split() and bytes.strip() see it: space, \t, \n, \v, \f, \r.
  private static func isByteSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }

  /// A bytes-like argument (bytes or bytearray) of a bytes method.
  private func bytesArgument(_ v: Value, _ method: String) throws(PyException) -> [UInt8] {
    if case .object(let h) = v, let b = heap.get(h, PyBytes.self) { return b.value }
    throw makeError(types.typeError, "a bytes-like object is required, not '\(typeName(v))'")
  }

  /// Optional `start`/`end` arguments (None allowed) as slice bounds: `end` clamped to `0...count`,
  /// `start` to `0...count + 1` so that a start past the end matches nothing, not even b"".
  private func byteRange(_ a: [Value], from i: Int, count: Int) throws(PyException) -> (Int, Int) {
    func bound(_ v: Value?, _ fallback: Int, _ limit: Int) throws(PyException) -> Int {
      guard let v, !v.isNone else { return fallback }
      var n = try intArg(v)
      if n < 0 { n = max(0, n + count) }
      return min(n, limit)
    }
    return (try bound(i < a.count ? a[i] : nil, 0, count + 1), try bound(i + 1 < a.count ? a[i + 1] : nil, count, count))
  }

  /// Offsets of `needle` in `hay[start..<end]`, left to right, not overlapping (at most `limit`).
  private func byteMatches(_ hay: [UInt8], _ needle: [UInt8], _ start: Int, _ end: Int, limit: Int = Int.max) -> [Int] {
    var found: [Int] = []
    guard end - start >= needle.count else { return found }
    if needle.isEmpty { return (0..<min(end - start + 1, limit)).map { start + $0 } }
    var i = start
    while i + needle.count <= end && found.count < limit {
      if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) {
        found.append(i)
        i += needle.count
      } else {
        i += 1
      }
    }
    return found
  }

  func bytesTextMethod(_ id: BuiltinID, _ b: PyBytes, _ a: [Value]) throws(PyException) -> Value {
    let v = b.value
    func make(_ bytes: [UInt8]) -> Value { .object(heap.allocate(PyBytes(bytes, isByteArray: b.isByteArray))) }
    try chargeFuel(v.count / 8)
    switch id {
    case .bytesUpper:
      try expectArgs("upper", a, 0, 0)
      return make(v.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 })
    case .bytesLower:
      try expectArgs("lower", a, 0, 0)
      return make(v.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
    case .bytesSplit:
      try expectArgs("split", a, 0, 2)
      let maxSplit = a.count > 1 ? try intArg(a[1]) : -1
      let limit = maxSplit < 0 ? Int.max : maxSplit
      if a.isEmpty || a[0].isNone {
        var parts: [Value] = []
        var i = 0
        while i < v.count {
          while i < v.count && Self.isByteSpace(v[i]) { i += 1 }
          if i == v.count { break }
          if parts.count == limit {
            parts.append(make(Array(v[i...])))
            break
          }
          let start = i
          while i < v.count && !Self.isByteSpace(v[i]) { i += 1 }
          parts.append(make(Array(v[start..<i])))
        }
        return .object(heap.allocate(PyList(parts)))
      }
      let sep = try bytesArgument(a[0], "split")
      if sep.isEmpty { throw makeError(types.valueError, "empty separator") }
      let matches = byteMatches(v, sep, 0, v.count, limit: limit)
      try reserveMemory((matches.count + 1) * 64 + v.count)
      var parts: [Value] = []
      var start = 0
      for m in matches {
        parts.append(make(Array(v[start..<m])))
        start = m + sep.count
      }
      parts.append(make(Array(v[start...])))
      return .object(heap.allocate(PyList(parts)))
    case .bytesFind, .bytesCount, .bytesIndex:
      let name = id == .bytesFind ? "find" : id == .bytesCount ? "count" : "index"
      try expectArgs(name, a, 1, 3)
      let needle: [UInt8]
      if case .int = a[0] {
        needle = [try byteValue(a[0])]
      } else if case .object(let h) = a[0], let p = heap.get(h, PyBytes.self) {
        needle = p.value
      } else {
        throw makeError(types.typeError, "argument should be integer or bytes-like object, not '\(typeName(a[0]))'")
      }
      let (start, end) = try byteRange(a, from: 1, count: v.count)
      if id == .bytesCount {
        if needle.isEmpty { return .int(Int64(max(0, end - start + 1))) }
        return .int(Int64(byteMatches(v, needle, start, end).count))
      }
      let first = start <= end ? byteMatches(v, needle, start, end, limit: 1).first : nil
      if let first { return .int(Int64(first)) }
      if id == .bytesIndex { throw makeError(types.valueError, "subsection not found") }
      return .int(-1)
    case .bytesStartswith, .bytesEndswith:
      let name = id == .bytesStartswith ? "startswith" : "endswith"
      try expectArgs(name, a, 1, 3)
      let (start, end) = try byteRange(a, from: 1, count: v.count)
      var candidates: [[UInt8]] = []
      if case .object(let h) = a[0], let t = heap.get(h, PyTuple.self) {
        for x in t.items { candidates.append(try bytesArgument(x, name)) }
      } else if case .object(let h) = a[0], let p = heap.get(h, PyBytes.self) {
        candidates.append(p.value)
      } else {
        throw makeError(types.typeError, "\(name) first arg must be bytes or a tuple of bytes, not \(typeName(a[0]))")
      }
      for c in candidates where end - start >= c.count {
        let window = id == .bytesStartswith ? v[start..<(start + c.count)] : v[(end - c.count)..<end]
        if window.elementsEqual(c) { return .bool(true) }
      }
      return .bool(false)
    case .bytesStrip, .bytesLstrip, .bytesRstrip:
      try expectArgs("strip", a, 0, 1)
      let chars: [UInt8]? = a.isEmpty || a[0].isNone ? nil : try bytesArgument(a[0], "strip")
      func strips(_ c: UInt8) -> Bool { chars.map { $0.contains(c) } ?? Self.isByteSpace(c) }
      var lo = 0, hi = v.count
      if id != .bytesRstrip { while lo < hi && strips(v[lo]) { lo += 1 } }
      if id != .bytesLstrip { while hi > lo && strips(v[hi - 1]) { hi -= 1 } }
      return make(Array(v[lo..<hi]))
    case .bytesReplace:
      try expectArgs("replace", a, 2, 3)
      let old = try bytesArgument(a[0], "replace"), new = try bytesArgument(a[1], "replace")
      let count = a.count > 2 ? try intArg(a[2]) : -1
      if old.isEmpty {
        let (inserted, overflow) = (v.count + 1).multipliedReportingOverflow(by: new.count)
        try checkSize(overflow ? Int.max : v.count + inserted)
      }
      let matches = byteMatches(v, old, 0, v.count, limit: count < 0 ? Int.max : count)
      let (growth, overflow) = matches.count.multipliedReportingOverflow(by: max(0, new.count - old.count))
      try checkSize(overflow ? Int.max : v.count + growth)
      var out: [UInt8] = []
      var start = 0
      for m in matches {
        out += v[start..<m]
        out += new
        start = m + old.count
      }
      if start <= v.count { out += v[start...] }
      return make(out)
    case .bytesJoin:
      try expectArgs("join", a, 1, 1)
      let items = try collect(a[0])
      var out: [UInt8] = []
      for (i, x) in items.enumerated() {
        guard case .object(let h) = x, let p = heap.get(h, PyBytes.self) else {
          throw makeError(types.typeError, "sequence item \(i): expected a bytes-like object, \(typeName(x)) found")
        }
        if i > 0 { out += v }
        try checkSize(out.count + p.value.count)
        out += p.value
      }
      return make(out)
    default:
      throw makeError(types.attributeError, "'\(b.isByteArray ? "bytearray" : "bytes")' object has no attribute '\(id)'")
    }
  }

  /// `bytes.fromhex(s)`: pairs of hex digits, whitespace allowed between pairs.
  func bytesFromHex(_ args: [Value]) throws(PyException) -> Value {
    // Reached as `bytes.fromhex(s)` (args = [s]) or through an instance (args = [b, s]).
    let textArgs = args.count == 2 && stringValue(args[0]) == nil ? Array(args.dropFirst()) : args
    try expectArgs("fromhex", textArgs, 1, 1)
    guard let s = stringValue(textArgs[0]) else {
      throw makeError(types.typeError, "fromhex() argument must be str, not \(typeName(textArgs[0]))")
    }
    func digit(_ c: UInt8) -> UInt8? {
      switch c {
      case 48...57: return c - 48
      case 97...102: return c - 87
      case 65...70: return c - 55
      default: return nil
      }
    }
    let text = Array(s.utf8)
    var out: [UInt8] = []
    var i = 0
    while i < text.count {
      if Self.isByteSpace(text[i]) { i += 1; continue }
      guard let hi = digit(text[i]), i + 1 < text.count, let lo = digit(text[i + 1]) else {
        let at = digit(text[i]) != nil ? i + 1 : i
        throw makeError(types.valueError, "non-hexadecimal number found in fromhex() arg at position \(at)")
      }
      out.append(hi << 4 | lo)
      i += 2
    }
    return .object(heap.allocate(PyBytes(out)))
  }
}
