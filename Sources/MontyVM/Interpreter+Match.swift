// The `match` statement's tests (CPython's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS):
// which subjects are sequences or mappings, key lookup without `__missing__`, and class patterns with
// `__match_args__`. The compiler (CodeGen+Match.swift) does the rest with ordinary instructions.
import MontyCompiler

extension Interpreter {
  /// A sequence for pattern matching: list, tuple, range (and subclasses of list and tuple), never
  /// str, bytes or dict. Returns its length, or nil when `v` is not one.
  func matchSequenceLength(_ v: Value) throws(PyException) -> Int? {
    guard case .object(let h) = v else { return nil }
    let o = heap[h]
    switch o.kind {
    case .list, .tuple, .range: return try length(v)
    case .instance:
      let cls = typeOf(v)
      guard isSubclass(cls, types.list) || isSubclass(cls, types.tuple) else { return nil }
      return try length(v)
    default: return nil
    }
  }

  func isMatchMapping(_ v: Value) -> Bool {
    guard case .object(let h) = v else { return false }
    return heap.get(h, PyDict.self) != nil
  }

  /// `matchClass`: nil when `subject` is not an instance of `cls` or lacks an attribute a sub-pattern
  /// names; otherwise the attributes for the `positional` sub-patterns, then the keyword ones.
  func matchClass(_ subject: Value, _ clsValue: Value, positional: Int, keywords: [String]) throws(PyException)
    -> [Value]?
  {
    guard case .object(let ch) = clsValue, let cls = heap.get(ch, PyType.self) else {
      throw makeError(types.typeError, "called match pattern must be a type")
    }
    guard isInstance(subject, ch) else { return nil }
    // Attribute reads may run Python code (properties), which reaches safepoints: root what we hold.
    var values: [Value] = []
    let rootMark = temporaryRoots.count
    defer { temporaryRoots.removeLast(temporaryRoots.count - rootMark) }
    var seen: Set<String> = []
    if positional > 0 {
      var names: [String] = []
      var matchSelf = false
      if let args = lookupInMRO(ch, "__match_args__") {
        guard case .object(let th) = args, let tuple = heap.get(th, PyTuple.self) else {
          throw makeError(types.typeError, "\(cls.name).__match_args__ must be a tuple (got \(typeName(args)))")
        }
        for item in tuple.items {
          guard case .object(let sh) = item, heap.get(sh, PyStr.self) != nil else {
            throw makeError(types.typeError, "__match_args__ elements must be strings (got \(typeName(item)))")
          }
          names.append(str(item))
        }
      } else {
        // Builtin types whose instances match themselves positionally (CPython's _Py_TPFLAGS_MATCH_SELF).
        let selfMatching = [types.bool, types.bytes, types.dict, types.float, types.frozenset, types.int,
                            types.list, types.set, types.str, types.tuple]
        matchSelf = selfMatching.contains(ch)
      }
      let allowed = matchSelf ? 1 : names.count
      if positional > allowed {
        let plural = allowed == 1 ? "" : "s"
        throw makeError(types.typeError,
                        "\(cls.name)() accepts \(allowed) positional sub-pattern\(plural) (\(positional) given)")
      }
      if matchSelf {
        values.append(subject)
      } else {
        for name in names.prefix(positional) {
          guard let v = try getAttrOrNil(subject, name) else { return nil }
          seen.insert(name)
          values.append(v)
          temporaryRoots.append(v)
        }
      }
    }
    for name in keywords {
      if !seen.insert(name).inserted {
        throw makeError(types.typeError, "\(cls.name)() got multiple sub-patterns for attribute '\(name)'")
      }
      guard let v = try getAttrOrNil(subject, name) else { return nil }
      values.append(v)
      temporaryRoots.append(v)
    }
    return values
  }

  /// `{**rest}` of a mapping pattern: a copy of the dict without the keys the pattern named.
  func dictWithout(_ v: Value, keys: [Value]) throws(PyException) -> Value {
    let copy = PyDict()
    // Hashing and comparing keys may run Python code: the copy is rooted while it is filled.
    let result = Value.object(heap.allocate(copy))
    temporaryRoots.append(result)
    defer { temporaryRoots.removeLast() }
    if case .object(let h) = v, let d = heap.get(h, PyDict.self) {
      try chargeFuel(d.storage.count)
      var p = d.storage.nextLive(from: 0)
      while let i = p {
        try dictSet(copy, d.storage.key(at: i), d.storage.value(at: i))
        p = d.storage.nextLive(from: i + 1)
      }
    }
    for k in keys { _ = try dictRemove(copy, k) }
    return result
  }
}
