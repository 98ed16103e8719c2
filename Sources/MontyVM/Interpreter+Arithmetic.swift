// Arithmetic slow paths: mixed int/float, big ints (promotion on Int64 overflow, demotion when the
// result fits again), sequence concatenation and repetition, and user-class operator dunders with
// their reflected forms. The dispatch loop handles small-int and float fast paths inline.
import BigInt
import MontyCompiler
import MontySyntax

enum Number {
  case int(Int64)
  case big(BigInt)
  case float(Double)

  var asBig: BigInt {
    switch self {
    case .int(let i): return BigInt(i)
    case .big(let b): return b
    case .float(let d): return BigInt(exactly: d.rounded(.towardZero)) ?? 0
    }
  }

  var asDouble: Double {
    switch self {
    case .int(let i): return Double(i)
    case .big(let b): return Double(b)
    case .float(let d): return d
    }
  }
}

/// Largest result of `**`, `<<`, `*` on ints we compute, in bits (about 10 million decimal digits);
/// beyond it the sandbox answers MemoryError at once instead of computing for minutes.
let maxIntBits = 33_000_000

extension Interpreter {
  /// A number as a float for mixed arithmetic: OverflowError for an int beyond the float range.
  func bigAsDouble(_ n: Number) throws(PyException) -> Double {
    guard case .big(let b) = n else { return n.asDouble }
    guard let d = bigIntToDouble(b), d.isFinite else { throw makeError(types.overflowError, "int too large to convert to float") }
    return d
  }

  func numeric(_ v: Value) -> Number? {
    switch v {
    case .int(let i): return .int(i)
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(d)
    case .object(let h):
      if let b = heap.get(h, PyBigInt.self) { return .big(b.value) }
      return nil
    default: return nil
    }
  }

  func compareNumbers(_ a: Number, _ b: Number) -> Int {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.float(let x), .float(let y)): return x < y ? -1 : (x == y ? 0 : (x > y ? 1 : 2))
    case (.float(let x), _):
      if x.isNaN { return 2 }
      if x.isInfinite { return x < 0 ? -1 : 1 }
      return compareBigWithFloat(b.asBig, x, flipped: true)
    case (_, .float(let y)):
      if y.isNaN { return 2 }
      if y.isInfinite { return y < 0 ? 1 : -1 }
      return compareBigWithFloat(a.asBig, y, flipped: false)
    default:
      let x = a.asBig
      let y = b.asBig
      return x < y ? -1 : (x == y ? 0 : 1)
    }
  }

  /// Exact comparison of an integer with a finite float (`flipped`: the float is on the left).
  func compareBigWithFloat(_ i: BigInt, _ d: Double, flipped: Bool) -> Int {
    let floorD = d.rounded(.down)
    let fi = BigInt(exactly: floorD) ?? 0
    var c: Int
    if i < fi { c = -1 } else if i > fi { c = 1 } else { c = d == floorD ? 0 : -1 }
    if flipped { c = -c }
    return c
  }

  func makeInt(_ b: BigInt) -> Value {
    if let i = Int64(exactly: b) { return .int(i) }
    return .object(heap.allocate(PyBigInt(b)))
  }

  func makeBigIntFromDigits(_ digits: String, radix: Int) -> Value {
    makeInt(parseBigInt(digits, radix: radix) ?? 0)
  }

  /// Decimal text of a big int, with CPython's 4300-digit conversion limit.
  func bigIntDecimal(_ b: BigInt) throws(PyException) -> String {
    // 4300 decimal digits ≈ 14284 bits; check cheaply before converting.
    if b.bitWidth > 14_300 {
      let s = String(b.magnitude)
      if s.count > 4300 {
        throw makeError(types.valueError, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
      }
      return (b.sign == .minus ? "-" : "") + s
    }
    return String(b)
  }

  func floatValue(_ v: Value) -> Double? {
    switch numeric(v) {
    case .int(let i): return Double(i)
    case .big(let b): return Double(b)
    case .float(let d): return d
    case nil: return nil
    }
  }

  // MARK: Binary operators

  func binary(_ op: Opcode, _ a: Value, _ b: Value, inPlace: Bool = false) throws(PyException) -> Value {
    if let x = numeric(a), let y = numeric(b) {
      if case .bool(let p) = a, case .bool(let q) = b {
        switch op {
        case .bitAnd: return .bool(p && q)
        case .bitOr: return .bool(p || q)
        case .bitXor: return .bool(p != q)
        default: break
        }
      }
      return try arithmetic(op, x, y)
    }
    // User classes first: their dunders (and reflected ones) decide.
    if isUserObject(a) || isUserObject(b) {
      // `'%s' % obj`: str.__mod__ accepts any right operand, so it runs first — CPython tries the
      // right operand's `__rmod__` first only when its class is a subclass of str.
      if op == .mod, case .object(let ha) = a, let s = heap.get(ha, PyStr.self), !isUserObject(a),
        !isSubclass(typeOf(b), types.str)
      {
        return .object(makeString(try percentFormat(s.value, b)))
      }
      return try userBinary(op, a, b, inPlace: inPlace)
    }
    if case .object(let ha) = a {
      let oa = heap[ha]
      switch op {
      case .add:
        if let sa = cast(oa, PyStr.self) {
          guard case .object(let hb) = b, let sb = heap.get(hb, PyStr.self) else {
            throw makeError(types.typeError, "can only concatenate str (not \"\(typeName(b))\") to str")
          }
          try checkSize(sa.value.utf8.count + sb.value.utf8.count)
          return .object(makeString(sa.value + sb.value))
        }
        if let la = cast(oa, PyList.self) {
          guard case .object(let hb) = b, let lb = heap.get(hb, PyList.self) else {
            if inPlace { return try listExtendInPlace(ha, la, b) }
            throw makeError(types.typeError, "can only concatenate list (not \"\(typeName(b))\") to list")
          }
          try checkSize((la.items.count + lb.items.count) * 16)
          if inPlace {
            la.items.append(contentsOf: lb.items)
            heap.account(lb.items.count * 16)
            return a
          }
          return .object(heap.allocate(PyList(la.items + lb.items)))
        }
        if let ta = cast(oa, PyTuple.self) {
          guard case .object(let hb) = b, let tb = heap.get(hb, PyTuple.self) else {
            throw makeError(types.typeError, "can only concatenate tuple (not \"\(typeName(b))\") to tuple")
          }
          try checkSize((ta.items.count + tb.items.count) * 16)
          return .object(heap.allocate(PyTuple(ta.items + tb.items)))
        }
        if let ba = cast(oa, PyBytes.self) {
          guard case .object(let hb) = b, let bb = heap.get(hb, PyBytes.self) else {
            throw makeError(types.typeError, "can't concat \(typeName(b)) to \(typeName(a))")
          }
          try checkSize(ba.value.count + bb.value.count)
          // The left operand decides: bytearray + bytes is a bytearray; `+=` on a bytearray extends it.
          if inPlace && ba.isByteArray {
            ba.value += bb.value
            heap.account(bb.value.count)
            return a
          }
          return .object(heap.allocate(PyBytes(ba.value + bb.value, isByteArray: ba.isByteArray)))
        }
      case .mul:
        if let n = numeric(b), case .int(let count) = n {
          // `lst *= n` repeats the list in place (aliases see the change).
          if inPlace, let la = cast(oa, PyList.self), case .object(let rh) = try repeatSequence(a, count),
            let repeated = heap.get(rh, PyList.self)
          {
            la.items = repeated.items
            return a
          }
          return try repeatSequence(a, count)
        }
        if case .object(let hb) = b, heap.get(hb, PyBigInt.self) != nil, [.str, .list, .tuple, .bytes].contains(oa.kind) {
          throw makeError(types.overflowError, "cannot fit 'int' into an index-sized integer")
        }
        if [.str, .list, .tuple, .bytes].contains(oa.kind) && !isUserObject(b) {
          throw makeError(types.typeError, "can't multiply sequence by non-int of type '\(typeName(b))'")
        }
      case .mod:
        if let s = cast(oa, PyStr.self) { return .object(makeString(try percentFormat(s.value, b))) }
      case .bitOr, .bitAnd, .bitXor, .sub:
        if let sa = oa as? PySet, case .object(let hb) = b, let sb = heap[hb] as? PySet {
          return try setOperation(op, ha, sa, sb, inPlace: inPlace)
        }
        if op == .bitOr, let da = cast(oa, PyDict.self), case .object(let hb) = b, let db = heap.get(hb, PyDict.self) {
          if inPlace {
            try dictUpdate(da, from: db)
            return a
          }
          let out = PyDict()
          let oh = heap.allocate(out)
          try dictUpdate(out, from: da)
          try dictUpdate(out, from: db)
          return .object(oh)
        }
        if op == .bitOr, inPlace, let da = cast(oa, PyDict.self), !isUserObject(b) {
          // `d |= pairs` accepts what dict.update accepts.
          try dictUpdateFrom(da, b)
          return a
        }
        if let va = cast(oa, PyDictView.self), va.which != .values, case .object = b {
          return try binary(op, try setFromIterable(a), try setFromIterable(b))
        }
      default:
        break
      }
    }
    if op == .mul, case .object(let hb) = b, numeric(a) != nil, [.str, .list, .tuple, .bytes].contains(heap[hb].kind) {
      if case .int(let count) = numeric(a) { return try repeatSequence(b, count) }
    }
    throw makeError(types.typeError, "unsupported operand type(s) for \(operatorSymbol(op, inPlace: inPlace)): '\(typeName(a))' and '\(typeName(b))'")
  }

  func listExtendInPlace(_ h: Handle, _ l: PyList, _ other: Value) throws(PyException) -> Value {
    let items = try collect(other)
    try checkSize(items.count * 16)
    l.items.append(contentsOf: items)
    heap.account(items.count * 16)
    return .object(h)
  }

  func operatorSymbol(_ op: Opcode, inPlace: Bool = false) -> String {
    let s: String
    switch op {
    case .add: s = "+"
    case .sub: s = "-"
    case .mul: s = "*"
    case .trueDiv: s = "/"
    case .floorDiv: s = "//"
    case .mod: s = "%"
    case .pow: s = inPlace ? "**" : "** or pow()"
    case .lshift: s = "<<"
    case .rshift: s = ">>"
    case .bitAnd: s = "&"
    case .bitOr: s = "|"
    case .bitXor: s = "^"
    case .matMul: s = "@"
    default: s = "?"
    }
    return inPlace ? s + "=" : s
  }

  func dunderNames(_ op: Opcode) -> (String, String, String) {
    switch op {
    case .add: return ("__add__", "__radd__", "__iadd__")
    case .sub: return ("__sub__", "__rsub__", "__isub__")
    case .mul: return ("__mul__", "__rmul__", "__imul__")
    case .trueDiv: return ("__truediv__", "__rtruediv__", "__itruediv__")
    case .floorDiv: return ("__floordiv__", "__rfloordiv__", "__ifloordiv__")
    case .mod: return ("__mod__", "__rmod__", "__imod__")
    case .pow: return ("__pow__", "__rpow__", "__ipow__")
    case .lshift: return ("__lshift__", "__rlshift__", "__ilshift__")
    case .rshift: return ("__rshift__", "__rrshift__", "__irshift__")
    case .bitAnd: return ("__and__", "__rand__", "__iand__")
    case .bitOr: return ("__or__", "__ror__", "__ior__")
    case .bitXor: return ("__xor__", "__rxor__", "__ixor__")
    default: return ("__matmul__", "__rmatmul__", "__imatmul__")
    }
  }

  func userBinary(_ op: Opcode, _ a: Value, _ b: Value, inPlace: Bool) throws(PyException) -> Value {
    let (name, rname, iname) = dunderNames(op)
    if inPlace, isUserObject(a), let m = try lookupSpecial(a, iname) {
      let r = try call(m, args: [b])
      if !isNotImplemented(r) { return r }
    }
    if isUserObject(a), let m = try lookupSpecial(a, name) {
      let r = try call(m, args: [b])
      if !isNotImplemented(r) { return r }
    }
    if isUserObject(b), let m = try lookupSpecial(b, rname) {
      let r = try call(m, args: [a])
      if !isNotImplemented(r) { return r }
    }
    throw makeError(types.typeError, "unsupported operand type(s) for \(operatorSymbol(op, inPlace: inPlace)): '\(typeName(a))' and '\(typeName(b))'")
  }

  /// Estimates the time of a big-int operation of `wordProduct` word multiplications before it starts:
  /// one multiplication of huge ints cannot be interrupted, so it must not start past the deadline.
  func chargeBigIntWork(_ wordProduct: Int) throws(PyException) {
    try chargeFuel(wordProduct / 16)
    if deadline != 0 {
      let estimate = UInt64(clamping: wordProduct) &* 3  // ns, measured on schoolbook multiplication here
      if monotonicNanoseconds() &+ estimate > deadline {
        throw limitExceeded(.time, "a big-integer operation would run past \(formatSeconds(duration))")
      }
    }
  }

  /// Checks that a result of `bytes` fits before building it (see `reserveMemory`).
  func checkSize(_ bytes: Int) throws(PyException) { try reserveMemory(bytes) }

  func repeatSequence(_ seq: Value, _ n: Int64) throws(PyException) -> Value {
    guard case .object(let h) = seq else { return seq }
    let count = max(0, n)
    let o = heap[h]
    switch o {
    case let s as PyStr:
      let (total, overflow) = s.value.utf8.count.multipliedReportingOverflow(by: Int(count))
      if overflow { throw makeError(types.overflowError, "repeated string is too long") }
      try checkSize(total)
      try chargeFuel(total / 64)
      return .object(makeString(repeatedString(s.value, Int(count))))
    case let l as PyList:
      let (total, overflow) = l.items.count.multipliedReportingOverflow(by: Int(count))
      if overflow || total > Int.max / 16 { throw limitExceeded(.memory, "repeated sequence is too long") }
      try checkSize(total * 16)
      var items: [Value] = []
      items.reserveCapacity(total)
      for _ in 0..<count { items.append(contentsOf: l.items) }
      return .object(heap.allocate(PyList(items)))
    case let t as PyTuple:
      let (total, overflow) = t.items.count.multipliedReportingOverflow(by: Int(count))
      if overflow || total > Int.max / 16 { throw limitExceeded(.memory, "repeated sequence is too long") }
      try checkSize(total * 16)
      var items: [Value] = []
      for _ in 0..<count { items.append(contentsOf: t.items) }
      return .object(heap.allocate(PyTuple(items)))
    case let b as PyBytes:
      let (total, overflow) = b.value.count.multipliedReportingOverflow(by: Int(count))
      if overflow { throw makeError(types.overflowError, "repeated bytes are too long") }
      try checkSize(total)
      var out: [UInt8] = []
      for _ in 0..<count { out.append(contentsOf: b.value) }
      return .object(heap.allocate(PyBytes(out, isByteArray: b.isByteArray)))
    default:
      throw makeError(types.typeError, "unsupported operand type(s) for *: '\(typeName(seq))' and 'int'")
    }
  }

  func arithmetic(_ op: Opcode, _ x: Number, _ y: Number) throws(PyException) -> Value {
    // Floats: any float operand makes the operation a float one.
    if case .float = x { return try floatArithmetic(op, x.asDouble, try bigAsDouble(y), x, y) }
    if case .float = y { return try floatArithmetic(op, try bigAsDouble(x), y.asDouble, x, y) }
    if case .int(let a) = x, case .int(let b) = y { return try intArithmetic(op, a, b) }
    return try bigArithmetic(op, x.asBig, y.asBig)
  }

  func intArithmetic(_ op: Opcode, _ a: Int64, _ b: Int64) throws(PyException) -> Value {
    switch op {
    case .add:
      let (r, o) = a.addingReportingOverflow(b)
      return o ? makeInt(BigInt(a) + BigInt(b)) : .int(r)
    case .sub:
      let (r, o) = a.subtractingReportingOverflow(b)
      return o ? makeInt(BigInt(a) - BigInt(b)) : .int(r)
    case .mul:
      let (r, o) = a.multipliedReportingOverflow(by: b)
      return o ? makeInt(BigInt(a) * BigInt(b)) : .int(r)
    case .trueDiv:
      if b == 0 { throw makeError(types.zeroDivisionError, "division by zero") }
      if a.magnitude < (1 << 53) && b.magnitude < (1 << 53) { return .float(Double(a) / Double(b)) }
      return .float(bigTrueDivide(BigInt(a), BigInt(b)))
    case .floorDiv:
      if b == 0 { throw makeError(types.zeroDivisionError, "integer division or modulo by zero") }
      if a == Int64.min && b == -1 { return makeInt(-BigInt(a)) }
      var q = a / b
      if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
      return .int(q)
    case .mod:
      if b == 0 { throw makeError(types.zeroDivisionError, "integer modulo by zero") }
      if b == -1 { return .int(0) }
      var r = a % b
      if r != 0 && ((r < 0) != (b < 0)) { r += b }
      return .int(r)
    case .pow:
      if b < 0 {
        if a == 0 { throw makeError(types.zeroDivisionError, "0.0 cannot be raised to a negative power") }
        return .float(libmPow(Double(a), Double(b)))
      }
      return try bigArithmetic(.pow, BigInt(a), BigInt(b))
    case .lshift:
      if b < 0 { throw makeError(types.valueError, "negative shift count") }
      if b < 62 && a.magnitude < (UInt64(1) << (62 - UInt64(b))) { return .int(a << b) }
      return try bigArithmetic(.lshift, BigInt(a), BigInt(b))
    case .rshift:
      if b < 0 { throw makeError(types.valueError, "negative shift count") }
      return .int(b >= 64 ? (a < 0 ? -1 : 0) : a >> b)
    case .bitAnd: return .int(a & b)
    case .bitOr: return .int(a | b)
    case .bitXor: return .int(a ^ b)
    default:
      throw makeError(types.typeError, "unsupported operand type(s) for \(operatorSymbol(op)): 'int' and 'int'")
    }
  }

  /// Correctly rounded int / int for operands beyond 2**53.
  func bigTrueDivide(_ a: BigInt, _ b: BigInt) -> Double {
    let negative = (a.sign == .minus) != (b.sign == .minus)
    let n = a.magnitude
    let d = b.magnitude
    if n.isZero { return negative ? -0.0 : 0.0 }
    // A quotient of 55 or 56 significant bits plus a sticky bit for a non-zero remainder converts to
    // Double with a single, correct rounding (as CPython's long_true_divide).
    let shift = 55 - (n.bitWidth - d.bitWidth)  // BigUInt.bitWidth counts significant bits
    let (q, r) = shift >= 0 ? (n << shift).quotientAndRemainder(dividingBy: d)
      : n.quotientAndRemainder(dividingBy: d << -shift)
    var bits = UInt64(truncatingIfNeeded: q.words.first ?? 0)
    if !r.isZero { bits |= 1 }
    let result = Double(sign: .plus, exponent: -shift, significand: Double(bits))
    return negative ? -result : result
  }

  func bigArithmetic(_ op: Opcode, _ a: BigInt, _ b: BigInt) throws(PyException) -> Value {
    switch op {
    case .add: return makeInt(a + b)
    case .sub: return makeInt(a - b)
    case .mul:
      if a.bitWidth + b.bitWidth > maxIntBits { throw limitExceeded(.memory, "integer too large") }
      try reserveMemory((a.bitWidth + b.bitWidth) / 8)
      try chargeBigIntWork(a.words.count * b.words.count)
      return makeInt(a * b)
    case .trueDiv:
      if b == 0 { throw makeError(types.zeroDivisionError, "division by zero") }
      let r = bigTrueDivide(a, b)
      if r.isInfinite { throw makeError(types.overflowError, "integer division result too large for a float") }
      return .float(r)
    case .floorDiv, .mod:
      if b == 0 { throw makeError(types.zeroDivisionError, "integer division or modulo by zero") }
      var (q, r) = a.quotientAndRemainder(dividingBy: b)
      if r != 0 && ((r.sign == .minus) != (b.sign == .minus)) {
        q -= 1
        r += b
      }
      return makeInt(op == .floorDiv ? q : r)
    case .pow:
      if b.sign == .minus {
        if a == 0 { throw makeError(types.zeroDivisionError, "0.0 cannot be raised to a negative power") }
        return .float(libmPow(Double(a), Double(b)))
      }
      if a == 0 || a == 1 { return makeInt(b == 0 ? 1 : a) }
      if a == -1 { return makeInt(b.isMultiple(of: 2) ? 1 : -1) }
      guard let e = Int(exactly: b), e.multipliedReportingOverflow(by: max(a.bitWidth - 1, 1)).partialValue <= maxIntBits,
        !e.multipliedReportingOverflow(by: max(a.bitWidth - 1, 1)).overflow
      else {
        throw limitExceeded(.memory, "integer too large")
      }
      let resultWords = e * max(a.bitWidth - 1, 1) / 64 + 1
      try reserveMemory(resultWords * 8)
      // Repeated squaring: measured at about three times the cost of the last squaring.
      let last = resultWords.multipliedReportingOverflow(by: resultWords)
      try chargeBigIntWork(last.overflow ? Int.max / 4 : last.partialValue * 3)
      return makeInt(a.power(e))
    case .lshift:
      if b.sign == .minus { throw makeError(types.valueError, "negative shift count") }
      guard let s = Int(exactly: b), s + a.bitWidth <= maxIntBits else {
        if a == 0 { return .int(0) }
        throw limitExceeded(.memory, "integer too large")
      }
      try reserveMemory((s + a.bitWidth) / 8)
      return makeInt(a << s)
    case .rshift:
      if b.sign == .minus { throw makeError(types.valueError, "negative shift count") }
      guard let s = Int(exactly: b) else { return .int(a.sign == .minus ? -1 : 0) }
      return makeInt(a >> s)
    case .bitAnd: return makeInt(a & b)
    case .bitOr: return makeInt(a | b)
    case .bitXor: return makeInt(a ^ b)
    default:
      throw makeError(types.typeError, "unsupported operand type(s) for \(operatorSymbol(op)): 'int' and 'int'")
    }
  }

  func floatArithmetic(_ op: Opcode, _ a: Double, _ b: Double, _ x: Number, _ y: Number) throws(PyException) -> Value {
    switch op {
    case .add: return .float(a + b)
    case .sub: return .float(a - b)
    case .mul: return .float(a * b)
    case .trueDiv:
      if b == 0 { throw makeError(types.zeroDivisionError, "float division by zero") }
      return .float(a / b)
    case .floorDiv:
      if b == 0 { throw makeError(types.zeroDivisionError, "float floor division by zero") }
      return .float(floatDivmod(a, b).0)
    case .mod:
      if b == 0 { throw makeError(types.zeroDivisionError, "float modulo") }
      return .float(floatDivmod(a, b).1)
    case .pow:
      if a == 0 && b < 0 { throw makeError(types.zeroDivisionError, "0.0 cannot be raised to a negative power") }
      if a < 0 && b != b.rounded() {
        throw makeError(types.valueError, "complex numbers are not supported (negative number raised to a fractional power)")
      }
      let r = libmPow(a, b)
      if r.isInfinite && a.isFinite && b.isFinite { throw makeError(types.overflowError, "(34, 'Numerical result out of range')") }
      return .float(r)
    default:
      let sym = operatorSymbol(op)
      let ln = { () -> String in if case .float = x { return "float" }; return "int" }()
      let rn = { () -> String in if case .float = y { return "float" }; return "int" }()
      throw makeError(types.typeError, "unsupported operand type(s) for \(sym): '\(ln)' and '\(rn)'")
    }
  }

  /// Python's float divmod: the remainder has the sign of the divisor.
  func floatDivmod(_ a: Double, _ b: Double) -> (Double, Double) {
    var mod = a.truncatingRemainder(dividingBy: b)
    var div = (a - mod) / b
    if mod != 0 {
      if (b < 0) != (mod < 0) {
        mod += b
        div -= 1
      }
    } else {
      mod = b < 0 || (b == 0 && b.sign == .minus) ? -0.0 : 0.0  // copysign(0, b)
    }
    var floordiv: Double
    if div != 0 {
      floordiv = div.rounded(.down)
      if div - floordiv > 0.5 { floordiv += 1 }
    } else {
      floordiv = (a / b).sign == .minus ? -0.0 : 0.0
    }
    return (floordiv, mod)
  }

  // MARK: Unary

  func unary(_ op: Opcode, _ v: Value) throws(PyException) -> Value {
    if op == .not { return .bool(!(try truthy(v))) }
    switch (op, numeric(v)) {
    case (.neg, .int(let i)?):
      let (r, o) = (0 as Int64).subtractingReportingOverflow(i)
      return o ? makeInt(-BigInt(i)) : .int(r)
    case (.neg, .big(let b)?): return makeInt(-b)
    case (.neg, .float(let d)?): return .float(-d)
    case (.pos, .int(let i)?): return .int(i)
    case (.pos, .big(let b)?): return makeInt(b)
    case (.pos, .float(let d)?): return .float(d)
    case (.invert, .int(let i)?): return .int(~i)
    case (.invert, .big(let b)?): return makeInt(-b - 1)
    default: break
    }
    let (name, sym) = op == .neg ? ("__neg__", "-") : op == .pos ? ("__pos__", "+") : ("__invert__", "~")
    if isUserObject(v), let m = try lookupSpecial(v, name) { return try call(m, args: []) }
    throw makeError(types.typeError, "bad operand type for unary \(sym): '\(typeName(v))'")
  }
}

#if canImport(Glibc)
import Glibc
func libmPow(_ a: Double, _ b: Double) -> Double { Glibc.pow(a, b) }
#elseif canImport(Darwin)
import Darwin
func libmPow(_ a: Double, _ b: Double) -> Double { Darwin.pow(a, b) }
#endif

/// `s * n` by doubling copies of the UTF-8 bytes (Swift's `String(repeating:count:)` appends one
/// copy at a time, about 30x slower for short strings repeated many times).
func repeatedString(_ s: String, _ n: Int) -> String {
  var source = s
  return source.withUTF8 { unit -> String in
    let total = unit.count * n
    if total == 0 { return "" }
    return String(unsafeUninitializedCapacity: total) { buffer -> Int in
      guard let base = buffer.baseAddress, let from = unit.baseAddress else { return 0 }
      base.initialize(from: from, count: unit.count)
      var filled = unit.count
      while filled < total {
        let chunk = min(filled, total - filled)
        (base + filled).initialize(from: base, count: chunk)
        filled += chunk
      }
      return total
    }
  }
}
