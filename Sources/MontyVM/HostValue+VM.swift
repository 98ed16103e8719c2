// Conversion between VM values and host values. Going out, containers are copied (with a depth bound
// and cycle detection: a recursive list is shown by its repr); anything that is not plain data becomes
// a readable `.object`. Coming in, every host value becomes a fresh VM object.
import BigInt

extension Interpreter {
  /// The host form of a VM value.
  public func hostValue(_ v: Value) -> HostValue {
    var active = Set<Handle>()
    return hostValue(v, depth: 0, active: &active)
  }

  private func hostValue(_ v: Value, depth: Int, active: inout Set<Handle>) -> HostValue {
    switch v {
    case .none, .unbound: return .none
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int(i))
    case .float(let d): return .float(d)
    case .object(let h):
      let o = heap[h]
      if let s = cast(o, PyStr.self) { return .str(s.value) }
      if let b = cast(o, PyBigInt.self) {
        if let i = Int(exactly: b.value) { return .int(i) }
        return .bigInt(String(b.value))
      }
      if let b = cast(o, PyBytes.self) { return .bytes(b.value) }
      let isContainer = [.list, .tuple, .dict, .set, .frozenset].contains(o.kind)
      if isContainer {
        if depth > 200 || active.contains(h) { return opaque(v) }
        active.insert(h)
        defer { active.remove(h) }
        func items(_ vs: [Value], _ active: inout Set<Handle>) -> [HostValue] {
          vs.map { hostValue($0, depth: depth + 1, active: &active) }
        }
        if let l = cast(o, PyList.self) { return .list(items(l.items, &active)) }
        if let t = cast(o, PyTuple.self) { return .tuple(items(t.items, &active)) }
        if let d = cast(o, PyDict.self) {
          var entries: [HostValue.DictEntry] = []
          for e in d.storage.live {
            entries.append(.init(hostValue(e.key, depth: depth + 1, active: &active),
                                 hostValue(e.value, depth: depth + 1, active: &active)))
          }
          return .dict(entries)
        }
        if let s = o as? PySet {
          let keys = items(s.storage.live.map(\.key), &active)
          return o.kind == .frozenset ? .frozenset(keys) : .set(keys)
        }
      }
      if let inst = cast(o, PyInstance.self), let t = heap.get(inst.cls, PyType.self) {
        if t.isException {
          return .exception(type: t.name, message: (try? exceptionStr(inst)) ?? "")
        }
        var attributes: [HostValue.DictEntry] = []
        if depth <= 200, !active.contains(h), let d = heap.get(inst.dict, PyDict.self) {
          active.insert(h)
          for e in d.storage.live {
            attributes.append(.init(hostValue(e.key, depth: depth + 1, active: &active),
                                    hostValue(e.value, depth: depth + 1, active: &active)))
          }
          active.remove(h)
        }
        return .object(type: t.name, repr: safeRepr(v), attributes: attributes)
      }
      return opaque(v)
    }
  }

  private func opaque(_ v: Value) -> HostValue {
    .object(type: typeName(v), repr: safeRepr(v), attributes: [])
  }

  /// `repr` for the host: never runs for long (user `__repr__` is not called) and never fails.
  func safeRepr(_ v: Value) -> String {
    if case .object(let h) = v, let inst = heap.get(h, PyInstance.self), let t = heap.get(inst.cls, PyType.self),
      !t.isException
    {
      return "<\(t.name) object at \(address(h))>"
    }
    let saved = (fuelLeft, pendingWork, tripped)
    defer { (fuelLeft, pendingWork, tripped) = saved }
    fuelLeft = 1_000_000
    return (try? repr(v)) ?? "<\(typeName(v)) object>"
  }

  /// A fresh VM value for a host value.
  public func value(from host: HostValue) throws(PyException) -> Value {
    switch host {
    case .none: return .none
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int64(i))
    case .bigInt(let digits):
      guard let b = parseDecimal(digits) else { throw makeError(types.valueError, "invalid big integer '\(digits)'") }
      return makeInt(b)
    case .float(let d): return .float(d)
    case .str(let s): return .object(makeString(s))
    case .bytes(let b): return .object(heap.allocate(PyBytes(b)))
    case .list(let items):
      var vs: [Value] = []
      for x in items { vs.append(try rooted(try value(from: x))) }
      defer { temporaryRoots.removeLast(vs.count) }
      return .object(heap.allocate(PyList(vs)))
    case .tuple(let items):
      var vs: [Value] = []
      for x in items { vs.append(try rooted(try value(from: x))) }
      defer { temporaryRoots.removeLast(vs.count) }
      return .object(heap.allocate(PyTuple(vs)))
    case .dict(let entries):
      let d = heap.allocate(PyDict())
      temporaryRoots.append(.object(d))
      defer { temporaryRoots.removeLast() }
      for e in entries {
        let k = try value(from: e.key)
        temporaryRoots.append(k)
        defer { temporaryRoots.removeLast() }
        try dictSet(d, k, try value(from: e.value))
      }
      return .object(d)
    case .set(let items), .frozenset(let items):
      let s = PySet(frozen: { if case .frozenset = host { return true } else { return false } }())
      let h = heap.allocate(s)
      temporaryRoots.append(.object(h))
      defer { temporaryRoots.removeLast() }
      for x in items { try setAdd(s, try value(from: x)) }
      return .object(h)
    case .exception(let type, let message):
      return makeError(exceptionType(named: type), message).value
    case .object(let type, _, _):
      throw makeError(types.typeError, "a '\(type)' object from the host cannot be passed into the sandbox")
    }
  }

  private func rooted(_ v: Value) throws(PyException) -> Value {
    temporaryRoots.append(v)
    return v
  }
}

/// An int from decimal text with an optional sign (for `.bigInt`); nil when it is not one.
func parseDecimal(_ text: String) -> BigInt? {
  var body = Substring(text)
  let negative = body.hasPrefix("-")
  if negative || body.hasPrefix("+") { body = body.dropFirst() }
  guard !body.isEmpty, body.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let m = parseBigInt(String(body), radix: 10)
  else { return nil }
  return negative ? -m : m
}
