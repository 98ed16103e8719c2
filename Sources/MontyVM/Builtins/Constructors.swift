// Builtin type constructors: `int(x)`, `str(x)`, `list(it)`, `range(…)`, `property(f)`, `super()`…
import BigInt
import MontySyntax

extension Interpreter {
  func constructBuiltin(_ h: Handle, _ t: PyType, args: [Value], kwargs: [(String, Value)]) throws(PyException) -> Value {
    let name = t.name
    switch h {
    case types.int:
      try checkKeywords("int", kwargs, allowed: ["base"])
      let baseArg = args.count > 1 ? args[1] : keyword(kwargs, "base")
      guard let x = args.first else { return .int(0) }
      if let baseArg {
        guard let s = stringValue(x) else {
          throw makeError(types.typeError, "int() can't convert non-string with explicit base")
        }
        return try parseInt(s, base: try intArg(baseArg))
      }
      switch x {
      case .int: return x
      case .bool(let b): return .int(b ? 1 : 0)
      case .float(let d):
        if d.isNaN { throw makeError(types.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { throw makeError(types.overflowError, "cannot convert float infinity to integer") }
        return makeInt(BigInt(exactly: d.rounded(.towardZero)) ?? 0)
      case .object(let oh):
        if heap[oh] is PyBigInt { return x }
        if let s = heap.get(oh, PyStr.self) { return try parseInt(s.value, base: 10) }
        if let b = heap.get(oh, PyBytes.self), let s = String(validating: b.value, as: UTF8.self) { return try parseInt(s, base: 10) }
        for m in ["__int__", "__index__", "__trunc__"] {
          if let f = try lookupSpecial(x, m) { return try call(f, args: []) }
        }
      default: break
      }
      throw makeError(types.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
    case types.float:
      try expectArgs("float", args, 0, 1)
      guard let x = args.first else { return .float(0) }
      if case .object(let bh) = x, let b = heap.get(bh, PyBigInt.self) {
        guard let d = bigIntToDouble(b.value), d.isFinite else {
          throw makeError(types.overflowError, "int too large to convert to float")
        }
        return .float(d)
      }
      if let d = floatValue(x) { return .float(d) }
      if let s = stringValue(x) {
        if let d = parseFloatLiteral(asciiDigits(s)) {
          return .float(d.isNaN ? heap.freshNaN(negative: d.sign == .minus) : d)
        }
        throw makeError(types.valueError, "could not convert string to float: \(PyRepr.string(s))")
      }
      if let f = try lookupSpecial(x, "__float__") { return try call(f, args: []) }
      throw makeError(types.typeError, "float() argument must be a string or a real number, not '\(typeName(x))'")
    case types.str:
      if args.isEmpty { return .object(intern("")) }
      if args.count > 1 || !kwargs.isEmpty {
        if case .object(let bh) = args[0], let b = heap.get(bh, PyBytes.self) {
          guard let s = String(validating: b.value, as: UTF8.self) else {
            throw makeError(types.unicodeDecodeError, "'utf-8' codec can't decode bytes")
          }
          return newString(s)
        }
      }
      if stringValue(args[0]) != nil { return args[0] }
      return newString(try strThrowing(args[0]))
    case types.bool:
      try expectArgs("bool", args, 0, 1)
      return .bool(try args.first.map { (v: Value) throws(PyException) -> Bool in try truthy(v) } ?? false)
    case types.list:
      try expectArgs("list", args, 0, 1)
      return newList(try args.first.map { (v: Value) throws(PyException) -> [Value] in try collect(v) } ?? [])
    case types.tuple:
      try expectArgs("tuple", args, 0, 1)
      if let a = args.first, case .object(let ah) = a, heap[ah] is PyTuple { return a }
      return newTuple(try args.first.map { (v: Value) throws(PyException) -> [Value] in try collect(v) } ?? [])
    case types.dict:
      try expectArgs("dict", args, 0, 1)
      let d = PyDict()
      let dh = heap.allocate(d)
      temporaryRoots.append(.object(dh))
      defer { temporaryRoots.removeLast() }
      if let src = args.first { try dictUpdateFrom(d, src) }
      for (k, v) in kwargs { try dictSet(d, newString(k), v) }
      return .object(dh)
    case types.set, types.frozenset:
      try expectArgs(name, args, 0, 1)
      guard let a = args.first else {
        return .object(heap.allocate(PySet(frozen: h == types.frozenset)))
      }
      return try setFromIterable(a, frozen: h == types.frozenset)
    case types.byteArray:
      // The bytes made from the same arguments, as a new mutable object.
      guard let bytesType = heap.get(types.bytes, PyType.self),
        case .object(let bh) = try constructBuiltin(types.bytes, bytesType, args: args, kwargs: kwargs),
        let b = heap.get(bh, PyBytes.self)
      else { return .object(heap.allocate(PyBytes([], isByteArray: true))) }
      return .object(heap.allocate(PyBytes(b.value, isByteArray: true)))
    case types.bytes:
      guard let a = args.first else { return .object(heap.allocate(PyBytes([]))) }
      if let s = stringValue(a) {
        guard args.count > 1 || keyword(kwargs, "encoding") != nil else {
          throw makeError(types.typeError, "string argument without an encoding")
        }
        return .object(heap.allocate(PyBytes(Array(s.utf8))))
      }
      if case .int(let n) = a {
        if n < 0 { throw makeError(types.valueError, "negative count") }
        try checkSize(Int(n))
        return .object(heap.allocate(PyBytes([UInt8](repeating: 0, count: Int(n)))))
      }
      var out: [UInt8] = []
      for x in try collect(a) {
        let i = try intArg(x)
        guard i >= 0 && i < 256 else { throw makeError(types.valueError, "bytes must be in range(0, 256)") }
        out.append(UInt8(i))
      }
      return .object(heap.allocate(PyBytes(out)))
    case types.range:
      try expectArgs("range", args, 1, 3)
      if !kwargs.isEmpty { throw makeError(types.typeError, "range() takes no keyword arguments") }
      var bounds: [Int64] = []
      for a in args {
        switch a {
        case .int(let i): bounds.append(i)
        case .bool(let b): bounds.append(b ? 1 : 0)
        case .object(let oh) where heap[oh] is PyBigInt:
          throw makeError(types.overflowError, "Python int too large to convert to C ssize_t")
        default:
          if isUserObject(a), let m = try lookupSpecial(a, "__index__"), case .int(let i) = try call(m, args: []) {
            bounds.append(i)
          } else {
            throw makeError(types.typeError, "'\(typeName(a))' object cannot be interpreted as an integer")
          }
        }
      }
      let (start, stop, step) = bounds.count == 1 ? (0, bounds[0], 1) : (bounds[0], bounds[1], bounds.count == 3 ? bounds[2] : 1)
      if step == 0 { throw makeError(types.valueError, "range() arg 3 must not be zero") }
      return .object(heap.allocate(PyRange(start: start, stop: stop, step: step)))
    case types.slice:
      try expectArgs("slice", args, 1, 3)
      if args.count == 1 { return .object(heap.allocate(PySlice(.none, args[0], .none))) }
      return .object(heap.allocate(PySlice(args[0], args[1], args.count > 2 ? args[2] : .none)))
    case types.object:
      if !args.isEmpty { throw makeError(types.typeError, "object() takes no arguments") }
      let inst = PyInstance(cls: types.object, dict: heap.allocate(PyDict()))
      return .object(heap.allocate(inst))
    case types.type:
      if args.count == 1 { return .object(typeOf(args[0])) }
      if args.count == 3, let n = stringValue(args[0]), case .object(let bh) = args[1], let bt = heap.get(bh, PyTuple.self),
        case .object(let dh) = args[2], let d = heap.get(dh, PyDict.self)
      {
        var baseHandles = bt.items.compactMap(\.handle)
        if baseHandles.isEmpty { baseHandles = [types.object] }
        let ns = PyDict()
        ns.storage = d.storage
        let nsh = heap.allocate(ns)
        let first = heap[baseHandles[0]] as? PyType
        let nt = PyType(name: n, bases: baseHandles, dict: nsh, builtinBase: first?.builtinBase ?? .object, isBuiltin: false)
        nt.isException = baseHandles.contains { (heap.get($0, PyType.self))?.isException == true }
        let th = heap.allocate(nt)
        nt.mro = try linearize(th, baseHandles)
        return .object(th)
      }
      throw makeError(types.typeError, "type() takes 1 or 3 arguments")
    case types.property:
      let p = PyWrapper(kind: .property, args.first ?? keyword(kwargs, "fget") ?? .none)
      if args.count > 1 { p.setter = args[1] }
      if args.count > 2 { p.deleter = args[2] }
      if let fs = keyword(kwargs, "fset") { p.setter = fs }
      return .object(heap.allocate(p))
    case types.staticMethod, types.classMethod:
      try expectArgs(name, args, 1, 1)
      return .object(heap.allocate(PyWrapper(kind: h == types.staticMethod ? .staticMethod : .classMethod, args[0])))
    case types.superType:
      return try makeSuper(args)
    case types.enumerate:
      try checkKeywords("enumerate", kwargs, allowed: ["start"])
      guard let it = args.first else { throw makeError(types.typeError, "enumerate() missing required argument 'iterable' (pos 1)") }
      let start = try intArg(args.count > 1 ? args[1] : keyword(kwargs, "start") ?? .int(0))
      return .object(heap.allocate(PyIterator(.enumerate(try getIterator(it), Int64(start)))))
    case types.zip:
      try checkKeywords("zip", kwargs, allowed: ["strict"])
      var iters: [Value] = []
      for a in args { iters.append(try getIterator(a)) }
      return .object(heap.allocate(PyIterator(.zip(iters, strict: try truthy(keyword(kwargs, "strict") ?? .bool(false))))))
    case types.map:
      guard args.count >= 2 else { throw makeError(types.typeError, "map() must have at least two arguments.") }
      var iters: [Value] = []
      for a in args.dropFirst() { iters.append(try getIterator(a)) }
      return .object(heap.allocate(PyIterator(.map(args[0], iters))))
    case types.filter:
      try expectArgs("filter", args, 2, 2)
      return .object(heap.allocate(PyIterator(.filter(args[0], try getIterator(args[1])))))
    case types.reversed:
      try expectArgs("reversed", args, 1, 1)
      let a = args[0]
      if case .object(let ah) = a {
        if let l = heap.get(ah, PyList.self) { return .object(heap.allocate(PyIterator(.listReversed(ah, l.items.count - 1)))) }
        if let r = heap.get(ah, PyRange.self) {
          let n = r.length
          if n == 0 { return .object(heap.allocate(PyIterator(.exhausted))) }
          let last = r.start + (n - 1) * r.step
          return .object(heap.allocate(PyIterator(.range(current: last, stop: r.start - r.step, step: -r.step))))
        }
        if isUserObject(a), let m = try lookupSpecial(a, "__reversed__") { return try call(m, args: []) }
        let sequenceLike = isUserObject(a) ? try lookupSpecial(a, "__getitem__") != nil : false
        if heap[ah].kind == .dict || heap[ah].kind == .dictView || heap[ah] is PyTuple || heap[ah] is PyStr || sequenceLike {
          let items = try collect(a)
          let l = heap.allocate(PyList(items))
          return .object(heap.allocate(PyIterator(.listReversed(l, items.count - 1))))
        }
      }
      throw makeError(types.typeError, "'\(typeName(a))' object is not reversible")
    default:
      throw makeError(types.typeError, "cannot create '\(name)' instances")
    }
  }

  /// `super()` with no arguments uses the running method's class and first argument.
  func makeSuper(_ args: [Value]) throws(PyException) -> Value {
    if args.count == 2, case .object(let ch) = args[0] {
      return .object(heap.allocate(PySuper(cls: ch, receiver: args[1])))
    }
    guard let frame = frames.last, let fn = heap.get(frame.function, PyFunction.self), let owner = fn.ownerClass else {
      throw makeError(types.runtimeError, "super(): __class__ cell not found")
    }
    let first = registers[frame.base]
    if case .unbound = first { throw makeError(types.runtimeError, "super(): no arguments") }
    var receiver = first
    if case .object(let rh) = first, let cell = heap.get(rh, PyCell.self) { receiver = cell.value }
    return .object(heap.allocate(PySuper(cls: owner, receiver: receiver)))
  }

  /// `int(s, base)` with Python's rules (underscores, prefixes, whitespace) and error message.
  func parseInt(_ s: String, base: Int) throws(PyException) -> Value {
    if base != 0 && (base < 2 || base > 36) { throw makeError(types.valueError, "int() base must be >= 2 and <= 36, or 0") }
    if base == 10 || base == 0, let v = parseSmallDecimal(s) { return .int(v) }
    var invalid: PyException { makeError(types.valueError, "invalid literal for int() with base \(base): \(PyRepr.string(s))") }
    // ASCII text with a character that no base-10 literal has: invalid without the general parser.
    if base == 10, s.utf8.allSatisfy({ $0 < 0x80 }), !s.utf8.allSatisfy(isDecimalLiteralByte) { throw invalid }
    var text = Substring(asciiDigits(s))
    var negative = false
    if text.hasPrefix("-") { negative = true; text = text.dropFirst() } else if text.hasPrefix("+") { text = text.dropFirst() }
    var radix = base
    let lower = text.lowercased()
    for (p, r) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(p) && (base == 0 || base == r) {
      radix = r
      text = text.dropFirst(2)
      if text.hasPrefix("_") { text = text.dropFirst() }
      break
    }
    if radix == 0 {
      radix = 10
      if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" && $0 != "_" }) { throw invalid }
    }
    if text.isEmpty || text.hasPrefix("_") || text.hasSuffix("_") || text.contains("__") { throw invalid }
    let digits = text.replacingOccurrences("_")
    if radix == 10 && digits.count > 4300 {
      throw makeError(types.valueError, "Exceeds the limit (4300 digits) for integer string conversion: value has \(digits.count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }
    // Validate before converting: BigInt's parser traps on a digit outside the radix.
    for ch in digits {
      guard let d = ch.hexDigitValue ?? (ch.isASCII && ch.isLetter ? Int((ch.asciiValue ?? 0) | 0x20) - 0x61 + 10 : nil),
        d < radix
      else { throw invalid }
    }
    guard let v = parseBigInt(digits, radix: radix) else { throw invalid }
    return makeInt(negative ? -v : v)
  }
}

/// Whether an ASCII byte can appear in `int(text)` with base 10: digits, `_`, signs and whitespace.
@inline(__always) func isDecimalLiteralByte(_ b: UInt8) -> Bool {
  (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2B || b == 0x2D || isASCIISpace(b)
}

/// `int(s)` for the common case: ASCII spaces, an optional sign, and decimal digits (single `_` between
/// digits allowed) that fit in 64 bits, without a leading zero; nil for anything else (the general
/// parser then decides, with CPython's errors).
func parseSmallDecimal(_ s: String) -> Int64? {
  var text = s
  return text.withUTF8 { b -> Int64? in
    var i = 0
    var end = b.count
    func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }
    while i < end && isSpace(b[i]) { i += 1 }
    while end > i && isSpace(b[end - 1]) { end -= 1 }
    var negative = false
    if i < end && (b[i] == 45 || b[i] == 43) {
      negative = b[i] == 45
      i += 1
    }
    guard i < end, b[i] >= 49 && b[i] <= 57 || (b[i] == 48 && end - i == 1) else { return nil }
    var value: Int64 = 0
    var previousDigit = false
    while i < end {
      let c = b[i]
      if c == 95 {  // '_' only between digits
        guard previousDigit, i + 1 < end, b[i + 1] >= 48 && b[i + 1] <= 57 else { return nil }
        previousDigit = false
      } else {
        guard c >= 48 && c <= 57 else { return nil }
        let (m, o1) = value.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(Int64(c - 48))
        if o1 || o2 { return nil }
        value = a
        previousDigit = true
      }
      i += 1
    }
    return negative ? -value : value
  }
}

extension String {
  func replacingUnderscores() -> String {
    // Underscores are allowed between digits in float() strings, as in literals.
    var out = ""
    var prev: Character = " "
    for (i, c) in enumerated() {
      if c == "_" {
        let next = dropFirst(i + 1).first ?? " "
        if prev.isNumber && next.isNumber { prev = c; continue }
        return self
      }
      out.append(c)
      prev = c
    }
    return out
  }

  func replacingOccurrences(_ target: Character) -> String { String(filter { $0 != target }) }
}

extension Substring {
  func replacingOccurrences(_ target: Character) -> String { String(filter { $0 != target }) }
}

extension Character {
  var isHexDigitOrLetter: Bool { isLetter || isNumber }
}

/// Digits (already validated) in `radix` 2…36 to a big integer. BigInt's own parser only takes radix
/// below 36 and traps otherwise, so Monty converts in chunks that fit a machine word.
func parseBigInt(_ digits: String, radix: Int) -> BigInt? {
  guard radix >= 2 && radix <= 36, !digits.isEmpty else { return nil }
  var chunkDigits = 1
  var chunkScale = radix
  while chunkScale.multipliedReportingOverflow(by: radix).partialValue < (1 << 56) && chunkDigits < 12 {
    chunkScale *= radix
    chunkDigits += 1
  }
  var result = BigInt(0)
  var chunk = 0
  var n = 0
  for ch in digits.utf8 {
    let d: Int
    switch ch {
    case 0x30...0x39: d = Int(ch - 0x30)
    case 0x61...0x7A: d = Int(ch - 0x61 + 10)
    case 0x41...0x5A: d = Int(ch - 0x41 + 10)
    default: return nil
    }
    guard d < radix else { return nil }
    chunk = chunk * radix + d
    n += 1
    if n == chunkDigits {
      result = result * BigInt(chunkScale) + BigInt(chunk)
      chunk = 0
      n = 0
    }
  }
  if n > 0 {
    var scale = 1
    for _ in 0..<n { scale *= radix }
    result = result * BigInt(scale) + BigInt(chunk)
  }
  return result
}

/// `s` without surrounding whitespace and with every Unicode decimal digit (`'١٢'`) as its ASCII
/// digit, as int() and float() read numbers.
func asciiDigits(_ s: String) -> String {
  let stripped = StringAlgorithms.strip(s, chars: nil)
  if stripped.utf8.allSatisfy({ $0 < 0x80 }) { return stripped }
  var out = String.UnicodeScalarView()
  for u in stripped.unicodeScalars {
    if u.value >= 0x80, u.properties.numericType == .decimal, let v = u.properties.numericValue,
      let ascii = Unicode.Scalar(48 + UInt32(v))
    {
      out.append(ascii)
    } else {
      out.append(u)
    }
  }
  return String(out)
}

/// A float written as CPython's float() accepts it (already stripped): `[sign] (digits ['.' [digits]] |
/// '.' digits) [('e'|'E') [sign] digits]` with single underscores between digits, or inf/infinity/nan.
func parseFloatLiteral(_ text: String) -> Double? {
  let b = Array(text.utf8)
  var i = 0
  var sign = 1.0
  if i < b.count && (b[i] == 43 || b[i] == 45) { sign = b[i] == 45 ? -1 : 1; i += 1 }
  let word = String(decoding: b[i...], as: UTF8.self).lowercased()
  if word == "inf" || word == "infinity" { return sign * .infinity }
  if word == "nan" { return sign < 0 ? -.nan : .nan }
  var clean: [UInt8] = []
  func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
  /// Digits with single underscores between them; false when there are none or an underscore is misplaced.
  func digits() -> Bool {
    guard i < b.count, isDigit(b[i]) else { return false }
    while i < b.count {
      if isDigit(b[i]) {
        clean.append(b[i])
        i += 1
      } else if b[i] == 95, i + 1 < b.count, isDigit(b[i + 1]) {
        i += 1
      } else {
        break
      }
    }
    return true
  }
  let intPart = digits()
  var fracPart = false
  if i < b.count && b[i] == 46 {
    clean.append(46)
    i += 1
    fracPart = digits()
  }
  if !intPart && !fracPart { return nil }
  if i < b.count && (b[i] == 101 || b[i] == 69) {
    clean.append(101)
    i += 1
    if i < b.count && (b[i] == 43 || b[i] == 45) { clean.append(b[i]); i += 1 }
    if !digits() { return nil }
  }
  if i != b.count { return nil }
  guard let d = Double(String(decoding: clean, as: UTF8.self)) else { return nil }
  return sign * d
}
