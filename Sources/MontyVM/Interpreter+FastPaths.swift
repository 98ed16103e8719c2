// Attribute and method fast paths for the dispatch loop: instance attributes of plain classes and
// methods found in the class MRO, read through borrowed (unretained) references so that they cost no
// reference counting (DESIGN.md, "reach heap objects through guaranteed unmanaged references").
// Anything unusual (properties, __getattr__, non-instances, missing names) returns nil and the
// instruction takes the general path.
import MontyCompiler

extension Interpreter {
  /// The value of interned-str key `key` (hash `hash`) in the dict `dh`, or nil.
  @inline(__always) func borrowedLookup(_ dh: Handle, _ key: Handle, _ hash: Int) -> Value? {
    heap.unmanaged(dh)._withUnsafeGuaranteedRef { o -> Value? in
      guard o.kind == .dict else { return nil }
      let d = unsafeDowncast(o, to: PyDict.self)
      guard let p = d.storage.findInterned(hash: hash, key: key, { k in sameString(k, key) }) else { return nil }
      return d.storage.value(at: p)
    }
  }

  /// Whether two str handles hold the same code points (keys that are equal but not the same object).
  func sameString(_ a: Handle, _ b: Handle) -> Bool {
    guard let x = heap.get(a, PyStr.self), let y = heap.get(b, PyStr.self) else { return false }
    return sameCodePoints(x.value, y.value)
  }

  /// The instance dict of `h` if it is an instance of a class whose attribute reads may skip the
  /// class (no properties in the MRO) — and whose writes may go straight to the dict when `forWrite`.
  @inline(__always) func plainInstanceDict(_ h: Handle, forWrite: Bool) -> (dict: Handle, cls: Handle)? {
    heap.unmanaged(h)._withUnsafeGuaranteedRef { o -> (Handle, Handle)? in
      guard o.kind == .instance else { return nil }
      let inst = unsafeDowncast(o, to: PyInstance.self)
      let cls = inst.cls
      let plain = heap.unmanaged(cls)._withUnsafeGuaranteedRef { c -> Bool in
        guard c.kind == .type else { return false }
        let t = unsafeDowncast(c, to: PyType.self)
        return forWrite ? !t.hasSetattrHooks : !t.hasProperties
      }
      return plain ? (inst.dict, cls) : nil
    }
  }

  /// `obj.name` for an instance attribute of a plain class.
  @inline(__always) func fastGetAttr(_ h: Handle, _ key: Handle, _ hash: Int) -> Value? {
    guard let (dict, _) = plainInstanceDict(h, forWrite: false) else { return nil }
    return borrowedLookup(dict, key, hash)
  }

  /// `obj.name = value` for an instance of a class without hooks: the attribute is replaced or added.
  @inline(__always) func fastSetAttr(_ h: Handle, _ key: Handle, _ hash: Int, _ value: Value) -> Bool {
    guard let (dict, _) = plainInstanceDict(h, forWrite: true) else { return false }
    return heap.unmanaged(dict)._withUnsafeGuaranteedRef { o -> Bool in
      guard o.kind == .dict else { return false }
      let d = unsafeDowncast(o, to: PyDict.self)
      if let p = d.storage.findInterned(hash: hash, key: key, { k in sameString(k, key) }) {
        d.storage.setValue(value, at: p)
        return true
      }
      // A new attribute (in `__init__`, mostly). Frozen dicts (the image's instances) raise on the general path.
      if d.isNamespace || d.storage.isFrozen { return false }
      let before = d.storage.capacityBytes
      d.storage.append(hash: hash, key: .object(key), value: value)
      heap.account(d.storage.capacityBytes - before)
      return true
    }
  }

  /// `obj.name` as a method: a Python function found in the class MRO of an instance (and not
  /// shadowed by an instance attribute), or a builtin method of a list, dict, str, tuple, set or bytes
  /// — the callable, to be called with `obj` as its first argument.
  @inline(__always) func fastMethod(_ h: Handle, _ key: Handle, _ hash: Int) -> Value? {
    let kind = heap.unmanaged(h)._withUnsafeGuaranteedRef { $0.kind }
    let cls: Handle
    switch kind {
    case .instance:
      guard let (dict, c) = plainInstanceDict(h, forWrite: false) else { return nil }
      if borrowedLookup(dict, key, hash) != nil { return nil }
      cls = c
    case .list: cls = types.list
    case .dict: cls = types.dict
    case .str: cls = types.str
    case .tuple: cls = types.tuple
    case .set: cls = types.set
    case .bytes: cls = types.bytes
    default: return nil
    }
    return heap.unmanaged(cls)._withUnsafeGuaranteedRef { c -> Value? in
      let t = unsafeDowncast(c, to: PyType.self)
      for k in t.mro {
        let classDict = heap.unmanaged(k)._withUnsafeGuaranteedRef { kc -> Handle in
          kc.kind == .type ? unsafeDowncast(kc, to: PyType.self).dict : 0
        }
        if classDict == 0 { return nil }
        if let v = borrowedLookup(classDict, key, hash) {
          guard case .object(let fh) = v else { return nil }
          let callable = heap.unmanaged(fh)._withUnsafeGuaranteedRef { f -> Bool in
            if f.kind == .function { return kind == .instance }
            return f.kind == .builtin && kind != .instance && unsafeDowncast(f, to: PyBuiltin.self).receiver == nil
          }
          return callable ? v : nil
        }
      }
      return nil
    }
  }

  /// The next item of a list iterator, advancing it; nil when the iterator is of another kind or
  /// the list is exhausted (the general path then finishes the iterator).
  @inline(__always) func fastListNext(_ h: Handle) -> Value? {
    heap.unmanaged(h)._withUnsafeGuaranteedRef { o -> Value? in
      guard o.kind == .iterator else { return nil }
      let it = unsafeDowncast(o, to: PyIterator.self)
      guard case .list(let lh, let i) = it.state else { return nil }
      let item = heap.unmanaged(lh)._withUnsafeGuaranteedRef { lo -> Value? in
        guard lo.kind == .list else { return nil }
        let l = unsafeDowncast(lo, to: PyList.self)
        return i < l.items.count ? l.items[i] : nil
      }
      if item != nil { it.state = .list(lh, i + 1) }
      return item
    }
  }

  /// The next pair of a `dict.items()`, `enumerate(list)` or two-list `zip` iterator, as two values
  /// for a loop that unpacks them at once (no tuple is made). Nil, with nothing advanced, when the
  /// iterator is of another kind, is exhausted, or must raise: the general path then does it.
  @inline(__always) func fastPairNext(_ ih: Handle) -> (Value, Value)? {
    heap.unmanaged(ih)._withUnsafeGuaranteedRef { o -> (Value, Value)? in
      guard o.kind == .iterator else { return nil }
      let it = unsafeDowncast(o, to: PyIterator.self)
      switch it.state {
      case .dictItems(let h, let p):
        guard let d = heap.get(h, PyDict.self), it.expectedCount < 0 || d.storage.count == it.expectedCount,
          let q = d.storage.nextLive(from: p)
        else { return nil }
        let e = d.storage.entries[q]
        it.state = .dictItems(h, q + 1)
        return (e.key, e.value)
      case .enumerate(let inner, let n):
        guard n < Int64.max, case .object(let lh) = inner, let v = fastListNext(lh) else { return nil }
        it.state = .enumerate(inner, n + 1)
        return (.int(n), v)
      case .zip(let iterators, _):
        guard iterators.count == 2, case .object(let a) = iterators[0], case .object(let b) = iterators[1],
          hasListItem(a), hasListItem(b), let x = fastListNext(a), let y = fastListNext(b)
        else { return nil }
        return (x, y)
      default:
        return nil
      }
    }
  }

  /// Whether `h` is a list iterator with an item left (nothing is advanced).
  @inline(__always) func hasListItem(_ h: Handle) -> Bool {
    heap.unmanaged(h)._withUnsafeGuaranteedRef { o -> Bool in
      guard o.kind == .iterator, case .list(let lh, let i) = unsafeDowncast(o, to: PyIterator.self).state else { return false }
      return heap.unmanaged(lh)._withUnsafeGuaranteedRef { lo in
        lo.kind == .list && i < unsafeDowncast(lo, to: PyList.self).items.count
      }
    }
  }

  /// `list.append(x)` called as a method: appended in place (no argument array, no dispatch).
  @inline(__always) func fastListAppend(_ callee: Value, _ receiver: Value, _ item: Value) -> Bool {
    guard case .object(let fh) = callee, case .object(let lh) = receiver else { return false }
    let isAppend = heap.unmanaged(fh)._withUnsafeGuaranteedRef { f -> Bool in
      f.kind == .builtin && unsafeDowncast(f, to: PyBuiltin.self).id == .listAppend
    }
    guard isAppend else { return false }
    return heap.unmanaged(lh)._withUnsafeGuaranteedRef { lo -> Bool in
      guard lo.kind == .list else { return false }
      unsafeDowncast(lo, to: PyList.self).items.append(item)
      heap.account(16)
      return true
    }
  }
}

// MARK: Arithmetic

extension Interpreter {
  /// `l op r` for the operators the dispatch loop does not inline, when both operands are ints (or
  /// both floats, for `/`) and the result needs no big integer or error; nil otherwise.
  @inline(__always) func fastArithmetic(_ op: Opcode, _ l: Value, _ r: Value) -> Value? {
    guard case .int(let a) = l, case .int(let b) = r else {
      if op == .trueDiv, case .float(let a) = l, case .float(let b) = r, b != 0 { return .float(a / b) }
      return nil
    }
    switch op {
    case .mod:
      guard b > 0 else { return nil }
      let m = a % b
      return .int(m < 0 ? m + b : m)
    case .floorDiv:
      guard b > 0 else { return nil }
      let q = a / b
      return .int(q * b != a && a < 0 ? q - 1 : q)
    case .trueDiv:
      guard b != 0, a.magnitude < (1 << 53), b.magnitude < (1 << 53) else { return nil }
      return .float(Double(a) / Double(b))
    case .bitAnd: return .int(a & b)
    case .bitOr: return .int(a | b)
    case .bitXor: return .int(a ^ b)
    case .pow:
      // Square-and-multiply; any overflow sends the operation to the big-integer path.
      guard b >= 0 && b <= 64 else { return nil }
      var result: Int64 = 1
      var factor = a
      var e = b
      while e > 0 {
        if e & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: factor)
          if o { return nil }
          result = r
        }
        e >>= 1
        if e > 0 {
          let (sq, o) = factor.multipliedReportingOverflow(by: factor)
          if o { return nil }
          factor = sq
        }
      }
      return .int(result)
    case .rshift:
      guard b >= 0 && b < 64 else { return nil }
      return .int(a >> b)
    case .lshift:
      guard b >= 0 && b < 62 && a.magnitude < (UInt64(1) << (62 - UInt64(b))) else { return nil }
      return .int(a << b)
    default:
      return nil
    }
  }
}

// MARK: Subscripts

extension Interpreter {
  /// Handle and hash of a str value, borrowed; nil for anything else.
  @inline(__always) func borrowedStrKey(_ v: Value) -> (Handle, Int)? {
    guard case .object(let kh) = v else { return nil }
    return heap.unmanaged(kh)._withUnsafeGuaranteedRef { o -> (Handle, Int)? in
      guard o.kind == .str else { return nil }
      return (kh, strHash(unsafeDowncast(o, to: PyStr.self)))
    }
  }

  /// `container[key]` for a list or tuple with an int index and a dict with a str key that is present;
  /// nil sends the instruction to the general path (slices, misses, errors, other types).
  @inline(__always) func fastGetItem(_ h: Handle, _ key: Value) -> Value? {
    switch key {
    case .int(let i):
      return heap.unmanaged(h)._withUnsafeGuaranteedRef { o -> Value? in
        switch o.kind {
        case .list:
          let l = unsafeDowncast(o, to: PyList.self)
          let n = l.items.count
          let j = i < 0 ? Int(i) + n : Int(i)
          return j >= 0 && j < n ? l.items[j] : nil
        case .tuple:
          let t = unsafeDowncast(o, to: PyTuple.self)
          let n = t.items.count
          let j = i < 0 ? Int(i) + n : Int(i)
          return j >= 0 && j < n ? t.items[j] : nil
        case .str:
          let s = unsafeDowncast(o, to: PyStr.self)
          guard s.isASCII else { return nil }
          let n = s.count
          let j = i < 0 ? Int(i) + n : Int(i)
          guard j >= 0 && j < n else { return nil }
          return .object(asciiCharacters[Int(s.value.withUTF8Bytes { $0[j] } & 0x7F)])
        default:
          return nil
        }
      }
    case .object:
      guard let (kh, hash) = borrowedStrKey(key) else { return nil }
      return borrowedLookup(h, kh, hash)
    default:
      return nil
    }
  }

  /// `container[key] = value` for a list with an int index in range, or a dict whose str key is present.
  @inline(__always) func fastSetItem(_ h: Handle, _ key: Value, _ value: Value) -> Bool {
    switch key {
    case .int(let i):
      return heap.unmanaged(h)._withUnsafeGuaranteedRef { o -> Bool in
        guard o.kind == .list else { return false }
        let l = unsafeDowncast(o, to: PyList.self)
        let n = l.items.count
        let j = i < 0 ? Int(i) + n : Int(i)
        guard j >= 0 && j < n else { return false }
        l.items[j] = value
        return true
      }
    case .object:
      guard let (kh, hash) = borrowedStrKey(key) else { return false }
      return heap.unmanaged(h)._withUnsafeGuaranteedRef { o -> Bool in
        guard o.kind == .dict else { return false }
        let d = unsafeDowncast(o, to: PyDict.self)
        if d.isNamespace { return false }
        guard let p = d.storage.findInterned(hash: hash, key: kh, { k in sameString(k, kh) }) else { return false }
        d.storage.setValue(value, at: p)
        return true
      }
    default:
      return false
    }
  }
}

// MARK: Builtin calls

extension Interpreter {
  /// `isinstance(x, spec)` and `issubclass(x, spec)` with the callee in `calleeRegister` and the two
  /// arguments after it: no argument array. Nil for any other callee.
  @inline(__always) func fastClassCheck(_ calleeRegister: Int) throws(PyException) -> Value? {
    guard case .object(let fh) = registers[calleeRegister] else { return nil }
    let id = heap.unmanaged(fh)._withUnsafeGuaranteedRef { f -> BuiltinID? in
      guard f.kind == .builtin, unsafeDowncast(f, to: PyBuiltin.self).receiver == nil else { return nil }
      return unsafeDowncast(f, to: PyBuiltin.self).id
    }
    guard id == .isinstance || id == .issubclass else { return nil }
    return .bool(try classCheck(registers[calleeRegister + 1], registers[calleeRegister + 2],
                                isInstanceCheck: id == .isinstance))
  }

  /// `len(x)` of a str, list, tuple, dict or set, and `ord(c)` of a one-character str, without an
  /// argument array; nil for anything else.
  @inline(__always) func fastOneArgumentBuiltin(_ callee: Value, _ arg: Value) -> Value? {
    guard case .object(let fh) = callee, case .object(let xh) = arg else { return nil }
    let id = heap.unmanaged(fh)._withUnsafeGuaranteedRef { f -> BuiltinID? in
      guard f.kind == .builtin, unsafeDowncast(f, to: PyBuiltin.self).receiver == nil else { return nil }
      return unsafeDowncast(f, to: PyBuiltin.self).id
    }
    if id == .ord {
      return heap.unmanaged(xh)._withUnsafeGuaranteedRef { o -> Value? in
        guard o.kind == .str else { return nil }
        let s = unsafeDowncast(o, to: PyStr.self)
        guard s.count == 1, let c = s.value.unicodeScalars.first else { return nil }
        return .int(Int64(c.value))
      }
    }
    guard id == .len else { return nil }
    return heap.unmanaged(xh)._withUnsafeGuaranteedRef { o -> Value? in
      switch o.kind {
      case .str: return .int(Int64(unsafeDowncast(o, to: PyStr.self).count))
      case .list: return .int(Int64(unsafeDowncast(o, to: PyList.self).items.count))
      case .tuple: return .int(Int64(unsafeDowncast(o, to: PyTuple.self).items.count))
      case .dict: return .int(Int64(unsafeDowncast(o, to: PyDict.self).storage.count))
      default: return nil
      }
    }
  }
}

extension Interpreter {
  /// `receiver.method(args...)` for a builtin method of a str, list or dict called positionally, the
  /// callee in `calleeRegister` and the receiver and arguments after it: the method runs without the
  /// general call's argument arrays and dispatch. Nil for every other call (it takes the general path).
  @inline(__always) func fastBuiltinMethod(_ calleeRegister: Int, argc: Int) throws(PyException) -> Value? {
    guard case .object(let fh) = registers[calleeRegister], case .object(let rh) = registers[calleeRegister + 1] else {
      return nil
    }
    let method = heap.unmanaged(fh)._withUnsafeGuaranteedRef { f -> BuiltinID? in
      guard f.kind == .builtin else { return nil }
      let b = unsafeDowncast(f, to: PyBuiltin.self)
      return b.receiver == nil ? b.id : nil
    }
    guard let id = method else { return nil }
    let n = id.rawValue
    let receiver = heap[rh]
    func arguments() -> [Value] {
      argc == 0 ? [] : Array(registers[(calleeRegister + 2)..<(calleeRegister + 2 + argc)])
    }
    switch receiver.kind {
    case .str where n >= BuiltinID.strSplit.rawValue && n <= BuiltinID.strTranslate.rawValue && id != .strMaketrans:
      return try strMethod(id, unsafeDowncast(receiver, to: PyStr.self), rh, arguments(), [])
    case .list where n >= BuiltinID.listAppend.rawValue && n <= BuiltinID.listCopy.rawValue:
      return try listMethod(id, unsafeDowncast(receiver, to: PyList.self), rh, arguments(), [])
    case .dict where n >= BuiltinID.dictGet.rawValue && n <= BuiltinID.dictCopy.rawValue:
      return try dictMethod(id, unsafeDowncast(receiver, to: PyDict.self), rh, arguments(), [])
    default:
      return nil
    }
  }
}
