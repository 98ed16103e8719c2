// The Python object protocols: type names, truthiness, repr/str, hashing, equality, ordering,
// containment and iteration — builtin types inline, user classes through their dunder methods.
import BigInt
import MontyCompiler
import MontySyntax

extension Interpreter {
  // MARK: Types

  /// The class of a value.
  func typeOf(_ v: Value) -> Handle {
    switch v {
    case .none, .unbound: return types.noneType
    case .bool: return types.bool
    case .int: return types.int
    case .float: return types.float
    case .object(let h):
      let o = heap[h]
      switch o.kind {
      case .str: return types.str
      case .bytes: return cast(o, PyBytes.self)?.isByteArray == true ? types.byteArray : types.bytes
      case .bigInt: return types.int
      case .list: return types.list
      case .tuple: return types.tuple
      case .dict: return types.dict
      case .set: return types.set
      case .frozenset: return types.frozenset
      case .range: return types.range
      case .slice: return types.slice
      case .function: return types.function
      case .builtin: return types.builtinFunction
      case .boundMethod: return types.method
      case .type: return types.type
      case .instance: return cast(o, PyInstance.self)?.cls ?? types.object
      case .cell: return types.cell
      case .generator: return types.generator
      case .iterator:
        guard let it = cast(o, PyIterator.self) else { return types.iterator }
        switch it.state {
        case .enumerate: return types.enumerate
        case .zip: return types.zip
        case .map: return types.map
        case .filter: return types.filter
        // CPython's reversed(list) is a list_reverseiterator, not an instance of `reversed`.
        default: return iteratorType(iteratorTypeName(it.state))
        }
      case .module: return types.module
      case .property: return types.property
      case .staticMethod: return types.staticMethod
      case .classMethod: return types.classMethod
      case .superProxy: return types.superType
      case .native: return types.object
      case .dictView:
        switch cast(o, PyDictView.self)?.which {
        case .keys: return types.dictKeys
        case .values: return types.dictValues
        default: return types.dictItems
        }
      }
    }
  }

  /// The type object of a builtin iterator kind (list_iterator, …), made on first use.
  func iteratorType(_ name: String) -> Handle {
    if let h = iteratorTypes[name] { return h }
    let d = heap.allocate(PyDict())
    let t = PyType(name: name, bases: [types.object], dict: d, builtinBase: .iterator, isBuiltin: true)
    let h = heap.allocate(t)
    t.mro = [h, types.object]
    types.all.append(h)
    iteratorTypes[name] = h
    return h
  }

  func typeName(_ v: Value) -> String {
    return (heap.get(typeOf(v), PyType.self))?.name ?? "object"
  }

  /// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `module.qualname` for
  /// Python functions, the bare name for builtins and types.
  func callableDisplayName(_ v: Value) -> String {
    guard case .object(let h) = v else { return typeName(v) }
    switch heap[h] {
    case let f as PyFunction:
      if case .object(let mh) = f.module, let m = heap.get(mh, PyStr.self) { return "\(m.value).\(f.qualifiedName)" }
      return "__main__.\(f.qualifiedName)"
    case let m as PyBoundMethod: return callableDisplayName(m.function)
    case let b as PyBuiltin: return b.name
    case let t as PyType: return t.isBuiltin ? t.name : "__main__.\(t.qualifiedName)"
    default: return typeName(v)
    }
  }

  func iteratorTypeName(_ s: IteratorState) -> String {
    switch s {
    case .list: return "list_iterator"
    case .listReversed: return "list_reverseiterator"
    case .tuple: return "tuple_iterator"
    case .str: return "str_ascii_iterator"
    case .bytes: return "bytes_iterator"
    case .range: return "range_iterator"
    case .dictKeys: return "dict_keyiterator"
    case .dictValues: return "dict_valueiterator"
    case .dictItems: return "dict_itemiterator"
    case .set: return "set_iterator"
    case .enumerate: return "enumerate"
    case .zip: return "zip"
    case .map: return "map"
    case .filter: return "filter"
    case .callable: return "callable_iterator"
    case .exhausted: return "iterator"
    }
  }

  func typeNameOfType(_ b: BuiltinType) -> String { "\(b)" }

  func isSubclass(_ cls: Handle, _ of: Handle) -> Bool {
    if cls == of { return true }
    guard let t = heap.get(cls, PyType.self) else { return false }
    return t.mro.contains(of)
  }

  func isInstance(_ v: Value, _ cls: Handle) -> Bool {
    if cls == types.object { return true }
    if case .bool = v, cls == types.int { return true }
    return isSubclass(typeOf(v), cls)
  }

  // MARK: Truthiness

  func truthy(_ v: Value) throws(PyException) -> Bool {
    switch v {
    case .none, .unbound: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .object(let h):
      let o = heap[h]
      switch o.kind {
      case .str: return cast(o, PyStr.self)?.count != 0
      case .bytes: return cast(o, PyBytes.self)?.value.isEmpty == false
      case .bigInt: return cast(o, PyBigInt.self)?.value != 0
      case .list: return cast(o, PyList.self)?.items.isEmpty == false
      case .tuple: return cast(o, PyTuple.self)?.items.isEmpty == false
      case .dict: return cast(o, PyDict.self)?.storage.count != 0
      case .set, .frozenset: return (o as? PySet)?.storage.count != 0
      case .range: return (cast(o, PyRange.self)?.length ?? 0) != 0
      case .dictView: return try length(v) != 0
      case .instance:
        if let m = try lookupSpecial(v, "__bool__") {
          let r = try call(m, args: [])
          guard case .bool(let b) = r else {
            throw makeError(types.typeError, "__bool__ should return bool, returned \(typeName(r))")
          }
          return b
        }
        if let m = try lookupSpecial(v, "__len__") {
          let r = try call(m, args: [])
          guard case .int(let n) = r else { throw makeError(types.typeError, "'\(typeName(r))' object cannot be interpreted as an integer") }
          return n != 0
        }
        return true
      default: return true
      }
    }
  }

  // MARK: Length

  func length(_ v: Value) throws(PyException) -> Int {
    if case .object(let h) = v {
      let o = heap[h]
      switch o.kind {
      case .str: return cast(o, PyStr.self)?.count ?? 0
      case .bytes: return cast(o, PyBytes.self)?.value.count ?? 0
      case .list: return cast(o, PyList.self)?.items.count ?? 0
      case .tuple: return cast(o, PyTuple.self)?.items.count ?? 0
      case .dict: return cast(o, PyDict.self)?.storage.count ?? 0
      case .set, .frozenset: return (o as? PySet)?.storage.count ?? 0
      case .range: return Int(cast(o, PyRange.self)?.length ?? 0)
      case .dictView:
        if let view = cast(o, PyDictView.self), let d = heap.get(view.dict, PyDict.self) { return d.storage.count }
      case .instance:
        if let m = try lookupSpecial(v, "__len__") {
          let r = try call(m, args: [])
          guard case .int(let n) = r else {
            throw makeError(types.typeError, "'\(typeName(r))' object cannot be interpreted as an integer")
          }
          if n < 0 { throw makeError(types.valueError, "__len__() should return >= 0") }
          return Int(n)
        }
      default: break
      }
    }
    throw makeError(types.typeError, "object of type '\(typeName(v))' has no len()")
  }

  // MARK: repr and str

  func repr(_ v: Value) throws(PyException) -> String {
    var seen: Set<Handle> = []
    return try repr(v, &seen)
  }

  func repr(_ v: Value, _ seen: inout Set<Handle>) throws(PyException) -> String {
    switch v {
    case .none, .unbound: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return PyRepr.float(d)
    case .object(let h):
      let o = heap[h]
      try enterNested(" while getting the repr of an object")
      defer { leaveNested() }
      switch o.kind {
      case .str: return PyRepr.string(cast(o, PyStr.self)?.value ?? "")
      case .bytes:
        guard let b = cast(o, PyBytes.self) else { return "b''" }
        return b.isByteArray ? "bytearray(\(PyRepr.bytes(b.value)))" : PyRepr.bytes(b.value)
      case .bigInt: return try bigIntDecimal(cast(o, PyBigInt.self)?.value ?? 0)
      case .list, .tuple, .set, .frozenset, .dict:
        if seen.contains(h) {
          switch o.kind {
          case .list: return "[...]"
          case .dict: return "{...}"
          default: return "(...)"
          }
        }
        seen.insert(h)
        defer { seen.remove(h) }
        try chargeFuel(1)
        let text = try containerRepr(o, &seen)
        // Shared substructures make reprs exponentially long: charge their length as work and memory.
        try chargeFuel(text.utf8.count / 64)
        if text.utf8.count > stringLimit { throw limitExceeded(.memory, "repr of \(formatBytes(text.utf8.count))") }
        return text
      case .range:
        guard let r = cast(o, PyRange.self) else { return "range" }
        return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
      case .slice:
        guard let s = cast(o, PySlice.self) else { return "slice" }
        return "slice(\(try repr(s.start, &seen)), \(try repr(s.stop, &seen)), \(try repr(s.step, &seen)))"
      case .function:
        return "<function \(cast(o, PyFunction.self)?.qualifiedName ?? "?") at \(address(h))>"
      case .builtin:
        guard let b = cast(o, PyBuiltin.self) else { return "<built-in function>" }
        if let r = b.receiver { return "<built-in method \(b.name) of \(typeName(r)) object at \(address(r.handle ?? 0))>" }
        return "<built-in function \(b.name)>"
      case .boundMethod:
        guard let m = cast(o, PyBoundMethod.self) else { return "<bound method>" }
        var fname = "?"
        if case .object(let fh) = m.function, let f = heap.get(fh, PyFunction.self) { fname = f.qualifiedName }
        return "<bound method \(fname) of \(try repr(m.receiver, &seen))>"
      case .type:
        guard let t = cast(o, PyType.self) else { return "<class>" }
        if t.isBuiltin { return "<class '\(t.name)'>" }
        return "<class '\(moduleQualifiedName(t))'>"
      case .instance:
        guard let inst = cast(o, PyInstance.self), let t = heap.get(inst.cls, PyType.self) else { return "<object>" }
        if let m = try lookupSpecial(v, "__repr__") {
          let r = try call(m, args: [])
          guard case .object(let rh) = r, let s = heap.get(rh, PyStr.self) else {
            throw makeError(types.typeError, "__repr__ returned non-string (type \(typeName(r)))")
          }
          return s.value
        }
        if t.isException { return try exceptionRepr(inst, t) }
        if h == ellipsisHandle { return "Ellipsis" }
        if h == notImplementedHandle { return "NotImplemented" }
        return "<\(t.isBuiltin ? "" : "__main__.")\(t.qualifiedName) object at \(address(h))>"
      case .generator:
        return "<generator object \(cast(o, PyGenerator.self)?.qualifiedName ?? "?") at \(address(h))>"
      case .iterator:
        return "<\(typeName(v)) object at \(address(h))>"
      case .module:
        return "<module '\(cast(o, PyModule.self)?.name ?? "?")'>"
      case .cell: return "<cell at \(address(h))>"
      case .property: return "<property object at \(address(h))>"
      case .staticMethod: return "<staticmethod object at \(address(h))>"
      case .classMethod: return "<classmethod object at \(address(h))>"
      case .superProxy: return "<super object>"
      case .native: return "<native object at \(address(h))>"
      case .dictView:
        guard let view = cast(o, PyDictView.self), let d = heap.get(view.dict, PyDict.self) else { return "dict_view" }
        var parts: [String] = []
        for e in d.storage.live {
          switch view.which {
          case .keys: parts.append(try repr(e.key, &seen))
          case .values: parts.append(try repr(e.value, &seen))
          case .items: parts.append("(" + (try repr(e.key, &seen)) + ", " + (try repr(e.value, &seen)) + ")")
          }
        }
        let name = view.which == .keys ? "dict_keys" : view.which == .values ? "dict_values" : "dict_items"
        return "\(name)([" + parts.joined(separator: ", ") + "])"
      }
    }
  }

  /// A stable fake address for reprs of identity-based objects (sandboxed code sees no real pointers).
  /// The repr of a list, tuple, dict or set (after the recursion checks of `repr`).
  private func containerRepr(_ o: PyObject, _ seen: inout Set<Handle>) throws(PyException) -> String {
      switch o {
      case let l as PyList:
        var parts: [String] = []
        for x in l.items { parts.append(try repr(x, &seen)) }
        return "[" + parts.joined(separator: ", ") + "]"
      case let t as PyTuple:
        var parts: [String] = []
        for x in t.items { parts.append(try repr(x, &seen)) }
        return parts.count == 1 ? "(" + parts[0] + ",)" : "(" + parts.joined(separator: ", ") + ")"
      case let d as PyDict:
        var parts: [String] = []
        for e in d.storage.live { parts.append(try repr(e.key, &seen) + ": " + repr(e.value, &seen)) }
        return "{" + parts.joined(separator: ", ") + "}"
      case let s as PySet:
        var parts: [String] = []
        for e in s.storage.live { parts.append(try repr(e.key, &seen)) }
        if s.kind == .frozenset { return parts.isEmpty ? "frozenset()" : "frozenset({" + parts.joined(separator: ", ") + "})" }
        return parts.isEmpty ? "set()" : "{" + parts.joined(separator: ", ") + "}"
      default: return "?"
      }
  }

  func address(_ h: Handle) -> String {
    "0x" + String(0x7f00_0000_0000 + UInt64(h) * 16, radix: 16)
  }

  func str(_ v: Value) -> String {
    (try? strThrowing(v)) ?? ""
  }

  func strThrowing(_ v: Value) throws(PyException) -> String {
    switch v {
    case .object(let h):
      let o = heap[h]
      if let s = cast(o, PyStr.self) { return s.value }
      if let inst = cast(o, PyInstance.self) {
        if let m = try lookupSpecial(v, "__str__") {
          let r = try call(m, args: [])
          guard case .object(let rh) = r, let s = heap.get(rh, PyStr.self) else {
            throw makeError(types.typeError, "__str__ returned non-string (type \(typeName(r)))")
          }
          return s.value
        }
        if let t = heap.get(inst.cls, PyType.self), t.isException { return try exceptionStr(inst) }
      }
      return try repr(v)
    default:
      return try repr(v)
    }
  }

  // MARK: Hashing

  /// Python's hash, consistent with equality across int, float and bool.
  func hash(_ v: Value) throws(PyException) -> Int {
    switch v {
    case .none, .unbound: return 0x5F5E_1000
    case .bool(let b): return b ? 1 : 0
    case .int(let i): return hashInt(i)
    case .float(let d): return hashFloat(d)
    case .object(let h):
      let o = heap[h]
      switch o.kind {
      case .str:
        guard let s = cast(o, PyStr.self) else { return 0 }
        return strHash(s)
      case .bytes:
        guard let b = cast(o, PyBytes.self), !b.isByteArray else {
          throw makeError(types.typeError, "unhashable type: 'bytearray'")
        }
        return b.value.withUnsafeBytes { hashBytes($0) }
      case .bigInt:
        return hashBigInt(cast(o, PyBigInt.self)?.value ?? 0)
      case .tuple:
        try enterNested("")
        defer { leaveNested() }
        return try hashTuple(cast(o, PyTuple.self)?.items ?? [])
      case .range:
        // CPython hashes a range as the tuple (len, start, step), with None for what len makes irrelevant.
        guard let r = cast(o, PyRange.self) else { return 0 }
        let n = r.length
        return try hashTuple([.int(n), n == 0 ? .none : .int(r.start), n <= 1 ? .none : .int(r.step)])
      case .frozenset:
        var acc = 0
        for e in (o as? PySet)?.storage.live ?? [] { acc ^= e.hash &* 1_000_003 }
        return acc
      case .list, .dict, .set, .dictView:
        throw makeError(types.typeError, "unhashable type: '\(typeName(v))'")
      case .instance:
        if let m = try lookupSpecial(v, "__hash__") {
          if m.isNone { throw makeError(types.typeError, "unhashable type: '\(typeName(v))'") }
          let r = try call(m, args: [])
          switch r {
          case .int(let i): return hashInt(i)
          case .bool(let b): return b ? 1 : 0
          case .object(let rh) where heap[rh].kind == .bigInt: return try hash(r)
          default: throw makeError(types.typeError, "__hash__ method should return an integer")
          }
        }
        if try lookupSpecial(v, "__eq__") != nil, classDefines(typeOf(v), "__eq__") {
          throw makeError(types.typeError, "unhashable type: '\(typeName(v))'")
        }
        return Int(h) &* 16
      default:
        return Int(h) &* 16
      }
    }
  }

  /// CPython's tuple hash (xxHash-based), so hash((1, 2)) matches.
  func hashTuple(_ items: [Value]) throws(PyException) -> Int {
    var acc: UInt64 = 2_870_177_450_012_600_261
    for x in items {
      let lane = UInt64(bitPattern: Int64(try hash(x)))
      acc = acc &+ lane &* 14_029_467_366_897_019_727
      acc = (acc << 31) | (acc >> 33)
      acc = acc &* 11_400_714_785_074_694_791
    }
    acc = acc &+ (UInt64(items.count) ^ (2_870_177_450_012_600_261 ^ 3_527_539))
    if acc == UInt64.max { return 1_546_275_796 }
    return Int(Int64(bitPattern: acc))
  }

  static let hashModulus: UInt64 = (1 << 61) - 1

  func hashInt(_ i: Int64) -> Int {
    let m = Interpreter.hashModulus
    var r = Int64(bitPattern: i.magnitude % m)
    if i < 0 { r = -r }
    if r == -1 { r = -2 }
    return Int(r)
  }

  func hashBigInt(_ b: BigInt) -> Int {
    let m = BigInt(Interpreter.hashModulus)
    var r = b.magnitude % m.magnitude
    var v = Int64(truncatingIfNeeded: UInt64(r))
    if b.sign == .minus { v = -v }
    if v == -1 { v = -2 }
    r = 0
    return Int(v)
  }

  /// CPython's float hash: the rational value reduced modulo 2**61 - 1.
  func hashFloat(_ d: Double) -> Int {
    if d.isNaN { return 0 }
    if d.isInfinite { return d > 0 ? 314_159 : -314_159 }
    if d == d.rounded(.towardZero), abs(d) < 9.2e18 { return hashInt(Int64(d)) }
    let m = Interpreter.hashModulus
    var (mantissa, exponent) = (d.magnitude.significand, Int(d.magnitude.exponent) + 1)
    mantissa /= 2
    var x: UInt64 = 0
    while mantissa != 0 {
      x = ((x << 28) & m) | x >> (61 - 28)
      mantissa *= 268_435_456.0
      exponent -= 28
      let y = UInt64(mantissa)
      mantissa -= Double(y)
      x += y
      if x >= m { x -= m }
    }
    let e = exponent >= 0 ? exponent % 61 : 61 - 1 - ((-1 - exponent) % 61)
    x = ((x << UInt64(e)) & m) | x >> UInt64(61 - e)
    var r = Int64(x)
    if d < 0 { r = -r }
    if r == -1 { r = -2 }
    return Int(r)
  }

  func classDefines(_ cls: Handle, _ name: String) -> Bool {
    guard let t = heap.get(cls, PyType.self) else { return false }
    for c in t.mro where c != types.object {
      if let ct = heap.get(c, PyType.self), !ct.isBuiltin, dictGetString(ct.dict, name) != nil { return true }
    }
    return false
  }

  // MARK: Equality and ordering

  func equal(_ a: Value, _ b: Value) throws(PyException) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.int(let x), .float(let y)): return Double(x) == y && (y.magnitude < 9.2e18 ? Int64(y) == x : false)
    case (.float(let x), .int(let y)): return Double(y) == x && (x.magnitude < 9.2e18 ? Int64(x) == y : false)
    case (.bool(let x), .bool(let y)): return x == y
    case (.bool(let x), .int(let y)), (.int(let y), .bool(let x)): return Int64(x ? 1 : 0) == y
    case (.bool(let x), .float(let y)), (.float(let y), .bool(let x)): return (x ? 1.0 : 0.0) == y
    case (.none, .none): return true
    case (.object(let x), .object(let y)):
      if x == y, heap[x].kind != .instance { return true }
      let ox = heap[x]
      let oy = heap[y]
      if let sx = cast(ox, PyStr.self), let sy = cast(oy, PyStr.self) {
        // Python compares code points; Swift's `==` would equate canonically equivalent strings.
        return sx.count == sy.count && sameCodePoints(sx.value, sy.value)
      }
      if ox.kind == .instance || oy.kind == .instance {
        return try truthy(try richCompare(.eq, a, b))
      }
      switch (ox, oy) {
      case (let lx as PyList, let ly as PyList): return try sequenceEqual(lx.items, ly.items)
      case (let tx as PyTuple, let ty as PyTuple): return try sequenceEqual(tx.items, ty.items)
      case (let bx as PyBigInt, let by as PyBigInt): return bx.value == by.value
      case (let bx as PyBytes, let by as PyBytes): return bx.value == by.value
      case (let dx as PyDict, let dy as PyDict):
        if dx.storage.count != dy.storage.count { return false }
        for e in dx.storage.live {
          guard let v = try dictLookup(dy, e.key) else { return false }
          if !(try equal(e.value, v)) { return false }
        }
        return true
      case (let sx as PySet, let sy as PySet):
        if sx.storage.count != sy.storage.count { return false }
        for e in sx.storage.live where try setLookup(sy, e.key) == nil { return false }
        return true
      case (let sx as PySlice, let sy as PySlice):
        if !(try equal(sx.start, sy.start)) { return false }
        if !(try equal(sx.stop, sy.stop)) { return false }
        return try equal(sx.step, sy.step)
      case (let rx as PyRange, let ry as PyRange):
        return rx.length == ry.length && (rx.length == 0 || (rx.start == ry.start && (rx.length == 1 || rx.step == ry.step)))
      case (let v as PyDictView, is PySet) where v.which != .values, (is PySet, let v as PyDictView) where v.which != .values:
        _ = v
        return try equal(try setFromIterable(a), try setFromIterable(b))
      case (let vx as PyDictView, let vy as PyDictView) where vx.which == .items && vy.which == .items:
        // Items views are equal when the dicts are: no need for the values to be hashable.
        return try equal(.object(vx.dict), .object(vy.dict))
      case (let vx as PyDictView, let vy as PyDictView) where vx.which != .values && vy.which != .values:
        return try equal(try setFromIterable(a), try setFromIterable(b))
      default:
        return x == y
      }
    case (.object(let x), .float(let d)), (.float(let d), .object(let x)):
      if let big = heap.get(x, PyBigInt.self) { return compareNumbers(.big(big.value), .float(d)) == 0 }
      if heap[x].kind == .instance { return try truthy(try richCompare(.eq, a, b)) }
      return false
    case (.object(let x), _):
      if heap[x].kind == .bigInt { return false }
      if heap[x].kind == .instance { return try truthy(try richCompare(.eq, a, b)) }
      return false
    case (_, .object(let y)):
      if heap[y].kind == .instance { return try truthy(try richCompare(.eq, a, b)) }
      return false
    default:
      return false
    }
  }

  func sequenceEqual(_ a: [Value], _ b: [Value]) throws(PyException) -> Bool {
    if a.count != b.count { return false }
    try chargeFuel(a.count)
    try enterNested(" in comparison")
    defer { leaveNested() }
    for (x, y) in zip(a, b) where !(x.isIdentical(y)) {
      if !(try equal(x, y)) { return false }
    }
    return true
  }

  /// `a op b` for ==, !=, <, <=, >, >= returning a Python value (user dunders may return anything).
  func compare(_ op: Opcode, _ a: Value, _ b: Value) throws(PyException) -> Value {
    switch op {
    case .eq: return try isUserObject(a) || isUserObject(b) ? richCompare(.eq, a, b) : .bool(equal(a, b))
    case .ne:
      if isUserObject(a) || isUserObject(b) { return try richCompare(.ne, a, b) }
      return .bool(!(try equal(a, b)))
    default:
      if isUserObject(a) || isUserObject(b) { return try richCompare(op, a, b) }
      return .bool(try lessOrEqual(op, a, b))
    }
  }

  func isUserObject(_ v: Value) -> Bool {
    if case .object(let h) = v { return heap[h].kind == .instance }
    return false
  }

  /// Ordering of builtin values.
  func lessOrEqual(_ op: Opcode, _ a: Value, _ b: Value) throws(PyException) -> Bool {
    if let x = numeric(a), let y = numeric(b) {
      let c = compareNumbers(x, y)
      switch op {
      // c == 2: unordered (a NaN), where every ordering is false.
      case .lt: return c < 0
      case .le: return c <= 0
      case .gt: return c == 1
      default: return c == 0 || c == 1
      }
    }
    if case .object(let hx) = a, case .object(let hy) = b {
      let ox = heap[hx]
      let oy = heap[hy]
      var c: Int?
      switch (ox, oy) {
      case (let sx as PyStr, let sy as PyStr):
        c = compareCodePoints(sx.value, sy.value)
      case (let lx as PyList, let ly as PyList):
        return try compareSequences(op, lx.items, ly.items)
      case (let tx as PyTuple, let ty as PyTuple):
        return try compareSequences(op, tx.items, ty.items)
      case (let bx as PyBytes, let by as PyBytes):
        c = bx.value.lexicographicallyPrecedes(by.value) ? -1 : (bx.value == by.value ? 0 : 1)
      case (let sx as PySet, let sy as PySet):
        let sub = try isSubset(sx, sy)
        let sup = try isSubset(sy, sx)
        switch op {
        case .lt: return sub && sx.storage.count < sy.storage.count
        case .le: return sub
        case .gt: return sup && sx.storage.count > sy.storage.count
        default: return sup
        }
      case (let v as PyDictView, _) where v.which != .values && (oy is PySet || oy is PyDictView),
           (_, let v as PyDictView) where v.which != .values && ox is PySet:
        // keys and items views order like sets.
        _ = v
        return try lessOrEqual(op, try setFromIterable(a), try setFromIterable(b))
      default: break
      }
      if let c {
        switch op {
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        default: return c >= 0
        }
      }
    }
    let sym = op == .lt ? "<" : op == .le ? "<=" : op == .gt ? ">" : ">="
    throw makeError(types.typeError, "'\(sym)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
  }


  func compareSequences(_ op: Opcode, _ a: [Value], _ b: [Value]) throws(PyException) -> Bool {
    try enterNested(" in comparison")
    defer { leaveNested() }
    for (x, y) in zip(a, b) {
      if x.isIdentical(y) { continue }
      if try equal(x, y) { continue }
      if op == .lt || op == .le { return try truthy(try compare(.lt, x, y)) }
      return try truthy(try compare(.gt, x, y))
    }
    switch op {
    case .lt: return a.count < b.count
    case .le: return a.count <= b.count
    case .gt: return a.count > b.count
    default: return a.count >= b.count
    }
  }

  /// User-class comparison through `__eq__`/`__lt__`… with the reflected fallback and identity default.
  func richCompare(_ op: Opcode, _ a: Value, _ b: Value) throws(PyException) -> Value {
    let (name, reflected): (String, String)
    switch op {
    case .eq: (name, reflected) = ("__eq__", "__eq__")
    case .ne: (name, reflected) = ("__ne__", "__ne__")
    case .lt: (name, reflected) = ("__lt__", "__gt__")
    case .le: (name, reflected) = ("__le__", "__ge__")
    case .gt: (name, reflected) = ("__gt__", "__lt__")
    default: (name, reflected) = ("__ge__", "__le__")
    }
    if isUserObject(a), let m = try lookupSpecial(a, name) {
      let r = try call(m, args: [b])
      if !isNotImplemented(r) { return r }
    }
    if isUserObject(b), let m = try lookupSpecial(b, reflected) {
      let r = try call(m, args: [a])
      if !isNotImplemented(r) { return r }
    }
    switch op {
    case .eq: return .bool(a.isIdentical(b))
    case .ne:
      if isUserObject(a), try lookupSpecial(a, "__eq__") != nil {
        let r = try richCompare(.eq, a, b)
        return .bool(!(try truthy(r)))
      }
      return .bool(!a.isIdentical(b))
    default:
      if !isUserObject(a) && !isUserObject(b) { return .bool(try lessOrEqual(op, a, b)) }
      let sym = op == .lt ? "<" : op == .le ? "<=" : op == .gt ? ">" : ">="
      throw makeError(types.typeError, "'\(sym)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
    }
  }

  func isNotImplemented(_ v: Value) -> Bool {
    if case .object(let h) = v { return h == notImplementedHandle }
    return false
  }

  // MARK: Containment

  func contains(_ container: Value, _ item: Value) throws(PyException) -> Bool {
    if case .object(let h) = container {
      let o = heap[h]
      switch o {
      case let s as PyStr:
        guard case .object(let ih) = item, let sub = heap.get(ih, PyStr.self) else {
          throw makeError(types.typeError, "'in <string>' requires string as left operand, not \(typeName(item))")
        }
        return StringAlgorithms.find(s.value, sub: sub.value) >= 0
      case let l as PyList:
        try chargeFuel(l.items.count)
        for x in l.items { if try sameOrEqual(x, item) { return true } }
        return false
      case let t as PyTuple:
        for x in t.items { if try sameOrEqual(x, item) { return true } }
        return false
      case let d as PyDict:
        return try dictLookup(d, item) != nil
      case let s as PySet:
        return try setLookup(s, item) != nil
      case let r as PyRange:
        guard let n = numeric(item), case .int(let i) = n else {
          return try iterateContains(container, item)
        }
        if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
        return (i &- r.start) % r.step == 0
      case let b as PyBytes:
        if case .int(let i) = item { return b.value.contains(UInt8(truncatingIfNeeded: i)) && i >= 0 && i < 256 }
        if case .object(let ih) = item, let sub = heap.get(ih, PyBytes.self) {
          if sub.value.isEmpty { return true }
          if sub.value.count > b.value.count { return false }
          for i in 0...(b.value.count - sub.value.count) where Array(b.value[i..<(i + sub.value.count)]) == sub.value {
            return true
          }
          return false
        }
        throw makeError(types.typeError, "a bytes-like object is required, not '\(typeName(item))'")
      case let view as PyDictView:
        guard let d = heap.get(view.dict, PyDict.self) else { return false }
        switch view.which {
        case .keys: return try dictLookup(d, item) != nil
        case .values:
          for e in d.storage.live where try equal(e.value, item) { return true }
          return false
        case .items:
          guard case .object(let th) = item, let t = heap.get(th, PyTuple.self), t.items.count == 2,
            let v = try dictLookup(d, t.items[0])
          else { return false }
          return try equal(v, t.items[1])
        }
      case is PyInstance:
        if let m = try lookupSpecial(container, "__contains__") {
          return try truthy(try call(m, args: [item]))
        }
        return try iterateContains(container, item)
      default:
        return try iterateContains(container, item)
      }
    }
    throw makeError(types.typeError, "argument of type '\(typeName(container))' is not iterable")
  }

  /// Identity first, then equality (CPython's PyObject_RichCompare shortcut for containment).
  func sameOrEqual(_ a: Value, _ b: Value) throws(PyException) -> Bool {
    if a.isIdentical(b) { return true }
    return try equal(a, b)
  }

  func iterateContains(_ container: Value, _ item: Value) throws(PyException) -> Bool {
    let it = try getIterator(container)
    temporaryRoots.append(it)
    defer { temporaryRoots.removeLast() }
    while let x = try nextValue(it) {
      if try sameOrEqual(x, item) { return true }
    }
    return false
  }

  // MARK: Iteration

  func getIterator(_ v: Value) throws(PyException) -> Value {
    if case .object(let h) = v {
      let o = heap[h]
      let state: IteratorState
      switch o.kind {
      case .list: state = .list(h, 0)
      case .tuple: state = .tuple(h, 0)
      case .str: state = .str(h, cast(o, PyStr.self)?.value.unicodeScalars.startIndex ?? "".unicodeScalars.startIndex)
      case .bytes: state = .bytes(h, 0)
      case .range:
        guard let r = cast(o, PyRange.self) else { state = .exhausted; break }
        state = .range(current: r.start, stop: r.stop, step: r.step)
      case .dict: state = .dictKeys(h, 0)
      case .set, .frozenset: state = .set(h, 0)
      case .dictView:
        guard let view = cast(o, PyDictView.self) else { state = .exhausted; break }
        switch view.which {
        case .keys: state = .dictKeys(view.dict, 0)
        case .values: state = .dictValues(view.dict, 0)
        case .items: state = .dictItems(view.dict, 0)
        }
      case .iterator, .generator:
        return v
      case .instance:
        if let m = try lookupSpecial(v, "__iter__") {
          let it = try call(m, args: [])
          if try lookupSpecial(it, "__next__") == nil && !isBuiltinIterator(it) {
            throw makeError(types.typeError, "iter() returned non-iterator of type '\(typeName(it))'")
          }
          return it
        }
        if try lookupSpecial(v, "__getitem__") != nil {
          let seq = PyIterator(.callable(v, .int(0)))
          seq.state = .callable(v, .unbound)
          return .object(heap.allocate(seq))
        }
        throw makeError(types.typeError, "'\(typeName(v))' object is not iterable")
      default:
        throw makeError(types.typeError, "'\(typeName(v))' object is not iterable")
      }
      let it = PyIterator(state)
      switch state {
      case .dictKeys(let dh, _), .dictValues(let dh, _), .dictItems(let dh, _):
        it.expectedCount = heap.get(dh, PyDict.self)?.storage.count ?? -1
      case .set(let sh, _):
        it.expectedCount = (heap[sh] as? PySet)?.storage.count ?? -1
      default: break
      }
      return .object(heap.allocate(it))
    }
    throw makeError(types.typeError, "'\(typeName(v))' object is not iterable")
  }

  func isBuiltinIterator(_ v: Value) -> Bool {
    if case .object(let h) = v { return heap[h].kind == .iterator || heap[h].kind == .generator }
    return false
  }

  /// The next item of an iterator, or nil when it is exhausted.
  func nextValue(_ it: Value, sendValue: Value = .none) throws(PyException) -> Value? {
    guard case .object(let h) = it else { throw makeError(types.typeError, "'\(typeName(it))' object is not an iterator") }
    try chargeFuel(1)  // every item pulled by a builtin (all, sum, list, join…) is work
    let o = heap[h]
    if let g = cast(o, PyGenerator.self) {
      let send: Value
      if case .unbound = sendValue { send = .none } else { send = sendValue }
      return try resumeGenerator(h, g, send: send)
    }
    if let iter = cast(o, PyIterator.self) {
      switch iter.state {
      case .enumerate, .zip, .map, .filter, .callable:
        try enterNested("")
        defer { leaveNested() }
        return try advance(iter)
      default:
        return try advance(iter)
      }
    }
    if o.kind == .instance {
      guard let m = try lookupSpecial(it, "__next__") else {
        throw makeError(types.typeError, "'\(typeName(it))' object is not an iterator")
      }
      do {
        return try call(m, args: [])
      } catch {
        if isInstance(error.value, types.stopIteration) {
          lastStopIterationValue = stopIterationValue(error.value)
          return nil
        }
        throw error
      }
    }
    throw makeError(types.typeError, "'\(typeName(it))' object is not an iterator")
  }

  func stopIterationValue(_ e: Value) -> Value {
    if case .object(let h) = e, let inst = heap.get(h, PyInstance.self), let first = inst.exceptionArgs.first { return first }
    return .none
  }

  func advance(_ iter: PyIterator) throws(PyException) -> Value? {
    switch iter.state {
    case .list(let h, let i):
      guard let l = heap.get(h, PyList.self), i < l.items.count else { iter.state = .exhausted; return nil }
      iter.state = .list(h, i + 1)
      return l.items[i]
    case .listReversed(let h, let i):
      guard let l = heap.get(h, PyList.self), i >= 0, i < l.items.count else { iter.state = .exhausted; return nil }
      iter.state = .listReversed(h, i - 1)
      return l.items[i]
    case .tuple(let h, let i):
      guard let t = heap.get(h, PyTuple.self), i < t.items.count else { iter.state = .exhausted; return nil }
      iter.state = .tuple(h, i + 1)
      return t.items[i]
    case .str(let h, let idx):
      guard let s = heap.get(h, PyStr.self), idx < s.value.unicodeScalars.endIndex else { iter.state = .exhausted; return nil }
      let scalar = s.value.unicodeScalars[idx]
      iter.state = .str(h, s.value.unicodeScalars.index(after: idx))
      return .object(makeString(String(Character(scalar))))
    case .bytes(let h, let i):
      guard let b = heap.get(h, PyBytes.self), i < b.value.count else { iter.state = .exhausted; return nil }
      iter.state = .bytes(h, i + 1)
      return .int(Int64(b.value[i]))
    case .range(let cur, let stop, let step):
      if step > 0 ? cur >= stop : cur <= stop { iter.state = .exhausted; return nil }
      let (next, o) = cur.addingReportingOverflow(step)
      iter.state = o ? .exhausted : .range(current: next, stop: stop, step: step)
      return .int(cur)
    case .dictKeys(let h, let p), .dictValues(let h, let p), .dictItems(let h, let p):
      if let d = heap.get(h, PyDict.self), iter.expectedCount >= 0, d.storage.count != iter.expectedCount {
        iter.state = .exhausted
        throw makeError(types.runtimeError, "dictionary changed size during iteration")
      }
      guard let d = heap.get(h, PyDict.self), let q = d.storage.nextLive(from: p) else { iter.state = .exhausted; return nil }
      let e = d.storage.entries[q]
      switch iter.state {
      case .dictKeys: iter.state = .dictKeys(h, q + 1); return e.key
      case .dictValues: iter.state = .dictValues(h, q + 1); return e.value
      default:
        iter.state = .dictItems(h, q + 1)
        return .object(heap.allocate(PyTuple([e.key, e.value])))
      }
    case .set(let h, let p):
      if let s = heap[h] as? PySet, iter.expectedCount >= 0, s.storage.count != iter.expectedCount {
        iter.state = .exhausted
        throw makeError(types.runtimeError, "Set changed size during iteration")
      }
      guard let s = heap[h] as? PySet, let q = s.storage.nextLive(from: p) else { iter.state = .exhausted; return nil }
      iter.state = .set(h, q + 1)
      return s.storage.entries[q].key
    case .enumerate(let inner, let n):
      guard let v = try nextValue(inner) else { iter.state = .exhausted; return nil }
      iter.state = .enumerate(inner, n + 1)
      return .object(heap.allocate(PyTuple([.int(n), v])))
    case .zip(let iters, let strict):
      var items: [Value] = []
      for (i, it) in iters.enumerated() {
        guard let v = try nextValue(it) else {
          iter.state = .exhausted
          if strict {
            if i > 0 {
              throw makeError(types.valueError, "zip() argument \(i + 1) is shorter than argument\(i == 1 ? "" : "s") 1\(i == 1 ? "" : "-\(i)")")
            }
            for (j, other) in iters.enumerated().dropFirst() where try nextValue(other) != nil {
              throw makeError(types.valueError, "zip() argument \(j + 1) is longer than argument\(j == 1 ? "" : "s") 1\(j == 1 ? "" : "-\(j)")")
            }
          }
          return nil
        }
        items.append(v)
      }
      if iters.isEmpty { iter.state = .exhausted; return nil }
      return .object(heap.allocate(PyTuple(items)))
    case .map(let f, let iters):
      var args: [Value] = []
      for it in iters {
        guard let v = try nextValue(it) else { iter.state = .exhausted; return nil }
        args.append(v)
      }
      return try call(f, args: args)
    case .filter(let f, let inner):
      while let v = try nextValue(inner) {
        let keep = f.isNone ? try truthy(v) : try truthy(try call(f, args: [v]))
        if keep { return v }
      }
      iter.state = .exhausted
      return nil
    case .callable(let obj, .bool(true)):
      // iter(f, sentinel): call f until it returns the sentinel.
      guard case .object(let th) = obj, let pair = heap.get(th, PyTuple.self), pair.items.count == 2 else { return nil }
      let v = try call(pair.items[0], args: [])
      if try sameOrEqual(v, pair.items[1]) {
        iter.state = .exhausted
        return nil
      }
      return v
    case .callable(let obj, let index):
      // The legacy sequence protocol: obj[0], obj[1], … until IndexError.
      let i: Int64
      if case .int(let n) = index { i = n } else { i = 0 }
      do {
        let v = try getItem(obj, .int(i))
        iter.state = .callable(obj, .int(i + 1))
        return v
      } catch {
        if isInstance(error.value, types.indexError) || isInstance(error.value, types.stopIteration) {
          iter.state = .exhausted
          return nil
        }
        throw error
      }
    case .exhausted:
      return nil
    }
  }

  /// All items of an iterable, charging fuel per item.
  func collect(_ v: Value) throws(PyException) -> [Value] {
    if case .object(let h) = v {
      if let l = heap.get(h, PyList.self) { return l.items }
      if let t = heap.get(h, PyTuple.self) { return t.items }
    }
    let it = try getIterator(v)
    temporaryRoots.append(it)
    defer { temporaryRoots.removeLast() }
    var out: [Value] = []
    while let x = try nextValue(it) {
      out.append(x)
      temporaryRoots.append(x)
      if out.count & 0xFF == 0 {
        try chargeFuel(256)
        try reserveMemory(out.count * 32)  // the items and their temporary roots
      }
    }
    temporaryRoots.removeLast(out.count)
    return out
  }
}
