// Containers: subscripting and slicing, and the dict/set operations on top of DictStorage with
// Python hashing and equality.
import BigInt
import MontyCompiler

extension Interpreter {
  // MARK: Strings

  func makeString(_ s: String) -> Handle {
    if s.utf8.count <= 1 { return intern(s) }  // "" and ASCII characters are interned by the bootstrap
    return heap.allocate(PyStr(s))
  }

  /// `makeString` for text whose length in code points and ASCII-ness the caller knows (no scan).
  func makeString(_ s: String, count: Int, isASCII: Bool) -> Handle {
    if s.utf8.count <= 1 { return intern(s) }
    return heap.allocate(PyStr(s, count: count, isASCII: isASCII))
  }

  func stringValue(_ v: Value) -> String? {
    if case .object(let h) = v, let s = heap.get(h, PyStr.self) { return s.value }
    return nil
  }

  // MARK: Dict helpers

  func dictLookup(_ d: PyDict, _ key: Value) throws(PyException) -> Value? {
    if let (kh, hash) = borrowedStrKey(key) {
      // str keys (attributes, globals, most dict keys): equality is pure, search in place.
      guard let p = d.storage.findInterned(hash: hash, key: kh, { k in sameString(k, kh) }) else { return nil }
      return d.storage.value(at: p)
    }
    let h = try hash(key)
    guard let p = try d.storage.find(hash: h, { (k: Value) throws(PyException) -> Bool in try keysEqual(k, key) }) else {
      return nil
    }
    return d.storage.value(at: p)
  }

  func dictLookup(_ dh: Handle, _ key: Value) throws(PyException) -> Value? {
    guard let d = heap.get(dh, PyDict.self) else { return nil }
    return try dictLookup(d, key)
  }

  /// The hash of a str object (cached in the object).
  @inline(__always) func strHash(_ s: PyStr) -> Int {
    if let c = s.hashCache { return c }
    var text = s.value
    let r = text.withUTF8 { hashBytes(UnsafeRawBufferPointer($0)) }
    s.hashCache = r
    return r
  }

  @inline(__always) func keysEqual(_ a: Value, _ b: Value) throws(PyException) -> Bool {
    if a.isIdentical(b) { return true }
    if case .object(let x) = a, case .object(let y) = b, let sx = heap.get(x, PyStr.self), let sy = heap.get(y, PyStr.self) {
      return sameCodePoints(sx.value, sy.value)
    }
    return try equal(a, b)
  }

  func dictSet(_ d: PyDict, _ key: Value, _ value: Value) throws(PyException) {
    if d.isNamespace { namespaceEpoch &+= 1 }
    let h = try hash(key)
    if let p = try d.storage.find(hash: h, { (k: Value) throws(PyException) -> Bool in try keysEqual(k, key) }) {
      d.storage.setValue(value, at: p)
    } else {
      let before = d.storage.capacityBytes
      d.storage.append(hash: h, key: key, value: value)
      heap.account(d.storage.capacityBytes - before)
    }
  }

  func dictSet(_ dh: Handle, _ key: Value, _ value: Value) throws(PyException) {
    guard let d = heap.get(dh, PyDict.self) else { return }
    try dictSet(d, key, value)
  }

  @discardableResult
  func dictRemove(_ dh: Handle, _ key: Value) throws(PyException) -> Value? {
    guard let d = heap.get(dh, PyDict.self) else { return nil }
    return try dictRemove(d, key)
  }

  @discardableResult
  func dictRemove(_ d: PyDict, _ key: Value) throws(PyException) -> Value? {
    if d.isNamespace { namespaceEpoch &+= 1 }
    let h = try hash(key)
    guard let p = try d.storage.find(hash: h, { (k: Value) throws(PyException) -> Bool in try keysEqual(k, key) }) else {
      return nil
    }
    let v = d.storage.value(at: p)
    d.storage.remove(at: p)
    return v
  }

  func dictGetString(_ dh: Handle, _ key: String) -> Value? {
    guard let d = heap.get(dh, PyDict.self) else { return nil }
    return try? dictLookup(d, .object(intern(key)))
  }

  func dictSetString(_ dh: Handle, _ key: String, _ value: Value) {
    try? dictSet(dh, .object(intern(key)), value)
  }

  /// A new dict with the items of `dh` (copy-on-write: the tables are shared until either is written).
  func copyOfDict(_ dh: Handle) -> Handle {
    let c = PyDict()
    if let d = heap.get(dh, PyDict.self) {
      c.storage = d.storage
      c.storage.isFrozen = false
    }
    return heap.allocate(c)
  }

  func dictContainsString(_ dh: Handle, _ key: String) -> Bool { dictGetString(dh, key) != nil }

  func dictUpdate(_ d: PyDict, from other: PyDict) throws(PyException) {
    for e in other.storage.live { try dictSet(d, e.key, e.value) }
  }

  // MARK: Set helpers

  func setLookup(_ s: PySet, _ key: Value) throws(PyException) -> Int? {
    let h = try hash(key)
    return try s.storage.find(hash: h, { (k: Value) throws(PyException) -> Bool in try keysEqual(k, key) })
  }

  func setAdd(_ s: PySet, _ key: Value) throws(PyException) {
    let h = try hash(key)
    if try s.storage.find(hash: h, { (k: Value) throws(PyException) -> Bool in try keysEqual(k, key) }) == nil {
      let before = s.storage.capacityBytes
      s.storage.append(hash: h, key: key, value: .none)
      heap.account(s.storage.capacityBytes - before)
    }
  }

  func setDiscard(_ s: PySet, _ key: Value) throws(PyException) -> Bool {
    guard let p = try setLookup(s, key) else { return false }
    s.storage.remove(at: p)
    return true
  }

  func isSubset(_ a: PySet, _ b: PySet) throws(PyException) -> Bool {
    for e in a.storage.live where try setLookup(b, e.key) == nil { return false }
    return true
  }

  func setFromIterable(_ v: Value, frozen: Bool = false) throws(PyException) -> Value {
    let s = PySet(frozen: frozen)
    let h = heap.allocate(s)
    temporaryRoots.append(.object(h))
    defer { temporaryRoots.removeLast() }
    // Growing first, as CPython's set_merge does for sets and dicts, keeps its iteration order.
    if case .object(let sh) = v {
      if let src = heap[sh] as? PySet { s.storage.reserve(adding: src.storage.count) }
      if let d = heap.get(sh, PyDict.self) { s.storage.reserve(adding: d.storage.count) }
    }
    for x in try collect(v) { try setAdd(s, x) }
    return .object(h)
  }

  func setOperation(_ op: Opcode, _ ha: Handle, _ a: PySet, _ b: PySet, inPlace: Bool) throws(PyException) -> Value {
    // A frozenset's `|=` rebinds to a new frozenset.
    let inPlace = inPlace && a.kind != .frozenset
    let out = inPlace ? a : PySet(frozen: a.kind == .frozenset)
    let oh = inPlace ? ha : heap.allocate(out)
    switch op {
    case .bitOr:
      if !inPlace { for e in a.storage.live { try setAdd(out, e.key) } }
      for e in b.storage.live { try setAdd(out, e.key) }
    case .bitAnd, .sub:
      var keep: [Value] = []
      for e in a.storage.live where (try setLookup(b, e.key) != nil) == (op == .bitAnd) { keep.append(e.key) }
      if inPlace { a.storage.removeAll() }
      for k in keep { try setAdd(out, k) }
    default:  // ^
      var keep: [Value] = []
      for e in a.storage.live where try setLookup(b, e.key) == nil { keep.append(e.key) }
      for e in b.storage.live where try setLookup(a, e.key) == nil { keep.append(e.key) }
      if inPlace { a.storage.removeAll() }
      for k in keep { try setAdd(out, k) }
    }
    return .object(oh)
  }

  // MARK: Subscripts

  /// Python's `slice.indices(length)`.
  func sliceIndices(_ s: PySlice, length: Int) throws(PyException) -> (start: Int, stop: Int, step: Int) {
    func intOf(_ v: Value) throws(PyException) -> Int? {
      switch v {
      case .none: return nil
      case .int(let i): return Int(i)
      case .bool(let b): return b ? 1 : 0
      case .object(let h):
        if let b = heap.get(h, PyBigInt.self) { return b.value.sign == .minus ? Int.min / 2 : Int.max / 2 }
        if let m = try lookupSpecial(v, "__index__") {
          if case .int(let i) = try call(m, args: []) { return Int(i) }
        }
        throw makeError(types.typeError, "slice indices must be integers or None or have an __index__ method")
      default:
        throw makeError(types.typeError, "slice indices must be integers or None or have an __index__ method")
      }
    }
    let step = try intOf(s.step) ?? 1
    if step == 0 { throw makeError(types.valueError, "slice step cannot be zero") }
    var start: Int
    var stop: Int
    if let v = try intOf(s.start) {
      start = v < 0 ? max(v + length, step < 0 ? -1 : 0) : min(v, step < 0 ? length - 1 : length)
    } else {
      start = step < 0 ? length - 1 : 0
    }
    if let v = try intOf(s.stop) {
      stop = v < 0 ? max(v + length, step < 0 ? -1 : 0) : min(v, step < 0 ? length - 1 : length)
    } else {
      stop = step < 0 ? -1 : length
    }
    return (start, stop, step)
  }

  func sliceRange(_ s: PySlice, length: Int) throws(PyException) -> [Int] {
    let (start, stop, step) = try sliceIndices(s, length: length)
    var out: [Int] = []
    var i = start
    if step > 0 {
      while i < stop { out.append(i); i += step }
    } else {
      while i > stop { out.append(i); i += step }
    }
    return out
  }

  /// An index operand as Int (ints, bools, `__index__`), or a TypeError naming the container.
  func index(_ v: Value, for container: String) throws(PyException) -> Int {
    switch v {
    case .int(let i): return Int(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let h):
      if heap[h] is PyBigInt {
        throw makeError(types.indexError, "cannot fit 'int' into an index-sized integer")
      }
      if isUserObject(v), let m = try lookupSpecial(v, "__index__"), case .int(let i) = try call(m, args: []) {
        return Int(i)
      }
    default: break
    }
    if container == "string" { throw makeError(types.typeError, "string indices must be integers, not '\(typeName(v))'") }
    throw makeError(types.typeError, "\(container) indices must be integers or slices, not \(typeName(v))")
  }

  func getItem(_ container: Value, _ key: Value) throws(PyException) -> Value {
    guard case .object(let h) = container else {
      throw makeError(types.typeError, "'\(typeName(container))' object is not subscriptable")
    }
    let o = heap[h]
    switch o {
    case let l as PyList:
      if case .object(let kh) = key, let s = heap.get(kh, PySlice.self) {
        let idx = try sliceRange(s, length: l.items.count)
        return .object(heap.allocate(PyList(idx.map { l.items[$0] })))
      }
      var i = try index(key, for: "list")
      if i < 0 { i += l.items.count }
      guard i >= 0 && i < l.items.count else { throw makeError(types.indexError, "list index out of range") }
      return l.items[i]
    case let t as PyTuple:
      if case .object(let kh) = key, let s = heap.get(kh, PySlice.self) {
        let idx = try sliceRange(s, length: t.items.count)
        return .object(heap.allocate(PyTuple(idx.map { t.items[$0] })))
      }
      var i = try index(key, for: "tuple")
      if i < 0 { i += t.items.count }
      guard i >= 0 && i < t.items.count else { throw makeError(types.indexError, "tuple index out of range") }
      return t.items[i]
    case let s as PyStr:
      if case .object(let kh) = key, let sl = heap.get(kh, PySlice.self) {
        let (start, stop, step) = try sliceIndices(sl, length: s.count)
        return .object(makeString(substring(s, start: start, stop: stop, step: step)))
      }
      var i = try index(key, for: "string")
      if i < 0 { i += s.count }
      guard i >= 0 && i < s.count else { throw makeError(types.indexError, "string index out of range") }
      if s.isASCII {
        let u = s.value.utf8
        return .object(makeString(String(Character(Unicode.Scalar(u[u.index(u.startIndex, offsetBy: i)])))))
      }
      let us = s.value.unicodeScalars
      return .object(makeString(String(us[us.index(us.startIndex, offsetBy: i)])))
    case let b as PyBytes:
      if case .object(let kh) = key, let sl = heap.get(kh, PySlice.self) {
        let idx = try sliceRange(sl, length: b.value.count)
        return .object(heap.allocate(PyBytes(idx.map { b.value[$0] }, isByteArray: b.isByteArray)))
      }
      var i = try index(key, for: "byte")
      if i < 0 { i += b.value.count }
      guard i >= 0 && i < b.value.count else { throw makeError(types.indexError, "index out of range") }
      return .int(Int64(b.value[i]))
    case let d as PyDict:
      if let v = try dictLookup(d, key) { return v }
      throw makeError(types.keyError, args: [key])
    case let r as PyRange:
      if case .object(let kh) = key, let sl = heap.get(kh, PySlice.self) {
        let n = Int(r.length)
        let (start, stop, step) = try sliceIndices(sl, length: n)
        let s0 = r.start + Int64(start) * r.step
        let st = r.step * Int64(step)
        let e0 = r.start + Int64(stop) * r.step
        return .object(heap.allocate(PyRange(start: s0, stop: e0, step: st)))
      }
      var i = Int64(try index(key, for: "range object"))
      if i < 0 { i += r.length }
      guard i >= 0 && i < r.length else { throw makeError(types.indexError, "range object index out of range") }
      return .int(r.start + i * r.step)
    case is PyInstance:
      if let m = try lookupSpecial(container, "__getitem__") { return try call(m, args: [key]) }
    case let t as PyType:
      if let m = lookupInMRO(h, "__class_getitem__") { return try call(bindAttribute(m, container), args: [key]) }
      if t.isBuiltin { return container }  // `list[int]` in annotations: the type itself
    default: break
    }
    throw makeError(types.typeError, "'\(typeName(container))' object is not subscriptable")
  }

  /// Code points `start..<stop` by `step` of a string (indices already normalized).
  func substring(_ s: PyStr, start: Int, stop: Int, step: Int) -> String {
    if step == 1 {
      if start >= stop { return "" }
      if s.isASCII {
        let u = s.value.utf8
        let a = u.index(u.startIndex, offsetBy: start)
        let b = u.index(u.startIndex, offsetBy: stop)
        return String(s.value[a..<b])
      }
      let us = s.value.unicodeScalars
      let a = us.index(us.startIndex, offsetBy: start)
      let b = us.index(us.startIndex, offsetBy: stop)
      return String(us[a..<b])
    }
    let scalars = Array(s.value.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = start
    if step > 0 {
      while i < stop { out.append(scalars[i]); i += step }
    } else {
      while i > stop { out.append(scalars[i]); i += step }
    }
    return String(out)
  }

  func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyException) {
    guard case .object(let h) = container else {
      throw makeError(types.typeError, "'\(typeName(container))' object does not support item assignment")
    }
    switch heap[h] {
    case let b as PyBytes where b.isByteArray:
      if case .object(let kh) = key, heap.get(kh, PySlice.self) != nil {
        throw makeError(types.notImplementedError, "slice assignment to a bytearray is not supported")
      }
      var i = try index(key, for: "bytearray")
      if i < 0 { i += b.value.count }
      guard i >= 0 && i < b.value.count else { throw makeError(types.indexError, "bytearray index out of range") }
      b.value[i] = try byteValue(value)
    case let l as PyList:
      if case .object(let kh) = key, let s = heap.get(kh, PySlice.self) {
        if value.handle == nil { throw makeError(types.typeError, "can only assign an iterable") }
        let items = try collect(value)
        let (start, stop, step) = try sliceIndices(s, length: l.items.count)
        if step == 1 {
          let hi = max(start, stop)
          l.items.replaceSubrange(start..<hi, with: items)
        } else {
          let idx = try sliceRange(s, length: l.items.count)
          if idx.count != items.count {
            throw makeError(types.valueError, "attempt to assign sequence of size \(items.count) to extended slice of size \(idx.count)")
          }
          for (i, j) in idx.enumerated() { l.items[j] = items[i] }
        }
        return
      }
      var i = try index(key, for: "list")
      if i < 0 { i += l.items.count }
      guard i >= 0 && i < l.items.count else { throw makeError(types.indexError, "list assignment index out of range") }
      l.items[i] = value
    case let d as PyDict:
      try dictSet(d, key, value)
    case is PyInstance:
      if let m = try lookupSpecial(container, "__setitem__") {
        _ = try call(m, args: [key, value])
        return
      }
      throw makeError(types.typeError, "'\(typeName(container))' object does not support item assignment")
    default:
      throw makeError(types.typeError, "'\(typeName(container))' object does not support item assignment")
    }
  }

  func deleteItem(_ container: Value, _ key: Value) throws(PyException) {
    guard case .object(let h) = container else {
      throw makeError(types.typeError, "'\(typeName(container))' object does not support item deletion")
    }
    switch heap[h] {
    case let l as PyList:
      if case .object(let kh) = key, let s = heap.get(kh, PySlice.self) {
        let idx = Set(try sliceRange(s, length: l.items.count))
        l.items = l.items.enumerated().filter { !idx.contains($0.offset) }.map(\.element)
        return
      }
      var i = try index(key, for: "list")
      if i < 0 { i += l.items.count }
      guard i >= 0 && i < l.items.count else { throw makeError(types.indexError, "list assignment index out of range") }
      l.items.remove(at: i)
    case let d as PyDict:
      if try dictRemove(d, key) == nil { throw makeError(types.keyError, args: [key]) }
    case is PyInstance:
      if let m = try lookupSpecial(container, "__delitem__") {
        _ = try call(m, args: [key])
        return
      }
      throw makeError(types.typeError, "'\(typeName(container))' object does not support item deletion")
    default:
      // CPython words it differently for a slice (sequence protocol) than for an index.
      let slice = key.handle.map { heap[$0].kind == .slice } ?? false
      let sequence = heap[h].kind == .str || heap[h].kind == .tuple || heap[h].kind == .bytes || heap[h].kind == .range
      let verb = sequence && !slice ? "doesn't" : "does not"
      throw makeError(types.typeError, "'\(typeName(container))' object \(verb) support item deletion")
    }
  }
}

/// The hash of str and bytes contents: the same in every process (Swift's `Hasher` is seeded per
/// process), so snapshots can keep their dict and set tables. Not randomized as CPython's is:
/// collision attacks cost the attacker's own fuel and time budget.
func hashBytes(_ p: UnsafeRawBufferPointer) -> Int {
  var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ (UInt64(p.count) &* 0x9E37_79B9_7F4A_7C15)
  var i = 0
  while i + 8 <= p.count {
    h = (h ^ p.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
    h ^= h >> 29
    i += 8
  }
  var tail: UInt64 = 0
  var shift: UInt64 = 0
  while i < p.count {
    tail |= UInt64(p[i]) << shift
    shift += 8
    i += 1
  }
  h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
  h ^= h >> 31
  h = h &* 0xD6E8_FEB8_6659_FD93
  h ^= h >> 32
  let r = Int(bitPattern: UInt(h))
  return r == -1 ? -2 : r
}
