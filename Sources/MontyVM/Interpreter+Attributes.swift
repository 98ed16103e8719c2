// Attribute access: instance dicts, class MRO lookup with method binding, properties, static and
// class methods, `super()`, builtin-type methods, and class creation (C3 MRO).
import BigInt
import MontyCompiler

extension Interpreter {
  // MARK: Class lookup

  /// `name` in the class's MRO dicts.
  func lookupInMRO(_ cls: Handle, _ name: String) -> Value? {
    lookupInMRO(cls, key: .object(intern(name)))
  }

  /// `key` (an interned str) in the class's MRO dicts.
  func lookupInMRO(_ cls: Handle, key: Value) -> Value? {
    guard let (kh, hash) = borrowedStrKey(key) else { return nil }
    // Borrowed walk (no reference counting): the class, each class of its MRO, their dicts.
    return heap.unmanaged(cls)._withUnsafeGuaranteedRef { c -> Value? in
      guard c.kind == .type else { return nil }
      for k in unsafeDowncast(c, to: PyType.self).mro {
        let classDict = heap.unmanaged(k)._withUnsafeGuaranteedRef { kc -> Handle in
          kc.kind == .type ? unsafeDowncast(kc, to: PyType.self).dict : 0
        }
        if classDict != 0, let v = borrowedLookup(classDict, kh, hash) { return v }
      }
      return nil
    }
  }

  /// Lookup of an interned-str key in a dict by handle (attribute dicts never hold unhashable keys).
  @inline(__always) func dictGetKey(_ dh: Handle, _ key: Value) -> Value? {
    guard let d = heap.get(dh, PyDict.self) else { return nil }
    return (try? dictLookup(d, key)) ?? nil
  }

  /// A special method looked up on the type (not the instance), bound to `v`.
  func lookupSpecial(_ v: Value, _ name: String) throws(PyException) -> Value? {
    guard let f = lookupInMRO(typeOf(v), name) else { return nil }
    if f.isNone { return f }
    if case .object(let fh) = f {
      switch heap[fh].kind {
      case .function: return .object(heap.allocate(PyBoundMethod(function: f, receiver: v)))
      case .builtin:
        guard let b = heap.get(fh, PyBuiltin.self) else { return f }
        if isObjectBuiltinMethod(b.id) { return nil }
        return .object(heap.allocate(PyBuiltin(b.id, name: b.name, receiver: v)))
      case .staticMethod: return (heap[fh] as? PyWrapper)?.getter
      case .classMethod:
        guard let w = heap[fh] as? PyWrapper else { return f }
        return .object(heap.allocate(PyBoundMethod(function: w.getter, receiver: .object(typeOf(v)))))
      default: return f
      }
    }
    return f
  }

  func isObjectBuiltinValue(_ f: Value) -> Bool {
    if case .object(let h) = f, let b = heap.get(h, PyBuiltin.self) { return isObjectBuiltinMethod(b.id) }
    return false
  }

  func isObjectInit(_ f: Value) -> Bool {
    if case .object(let h) = f, let b = heap.get(h, PyBuiltin.self) { return b.id == .objectInit }
    return false
  }

  // MARK: getattr

  func getAttr(_ obj: Value, _ name: String, key: Value? = nil) throws(PyException) -> Value {
    if let v = try getAttrOrNil(obj, name, key: key) { return v }
    throw attributeError(obj, name)
  }

  func attributeError(_ obj: Value, _ name: String) -> PyException {
    if case .object(let h) = obj {
      if let t = heap.get(h, PyType.self) {
        return makeError(types.attributeError, "type object '\(t.name)' has no attribute '\(name)'")
      }
      if let m = heap.get(h, PyModule.self) {
        return makeError(types.attributeError, "module '\(m.name)' has no attribute '\(name)'")
      }
    }
    return makeError(types.attributeError, "'\(typeName(obj))' object has no attribute '\(name)'")
  }

  func getAttrOrNil(_ obj: Value, _ name: String, key: Value? = nil) throws(PyException) -> Value? {
    let cls = typeOf(obj)
    let key = key ?? .object(intern(name))
    if case .object(let h) = obj {
      let o = heap[h]
      // Fast path: an instance attribute of a class without properties (kind check, no dynamic cast).
      if o.kind == .instance {
        let inst = unsafeDowncast(o, to: PyInstance.self)
        if let t = heap.get(inst.cls, PyType.self), !t.hasProperties, let v = dictGetKey(inst.dict, key) { return v }
      }
      switch o {
      case let inst as PyInstance:
        // `Ellipsis` and `NotImplemented` (objects of the bootstrap image) have no attributes of their own.
        if isImageObject(h) {
          if name == "__class__" { return .object(inst.cls) }
          return lookupInMRO(cls, key: key).map { bindAttribute($0, obj) }
        }
        // Instance dict first unless the class has a property of that name (a data descriptor).
        if let v = dictGetKey(inst.dict, key) {
          if heap.get(inst.cls, PyType.self)?.hasProperties != true { return v }
          if let ca = lookupInMRO(cls, key: key), case .object(let ch) = ca, heap[ch].kind == .property {
            return try propertyGet(ch, obj)
          }
          return v
        }
        let classAttr = lookupInMRO(cls, key: key)
        if let ca = classAttr, case .object(let ch) = ca, heap[ch].kind == .property {
          return try propertyGet(ch, obj)
        }
        if let ca = classAttr { return bindAttribute(ca, obj) }
        if let special = try instanceSpecialAttribute(inst, name) { return special }
        if let ga = lookupInMRO(cls, "__getattr__"), case .object = ga {
          do {
            return try call(bindAttribute(ga, obj), args: [.object(intern(name))])
          } catch {
            throw error
          }
        }
        return nil
      case let t as PyType:
        // Class attribute: look through the MRO; functions stay plain, classmethods bind to the class.
        if let v = lookupInMRO(h, name) {
          if case .object(let vh) = v {
            switch heap[vh].kind {
            case .classMethod:
              if let w = heap[vh] as? PyWrapper {
                return .object(heap.allocate(PyBoundMethod(function: w.getter, receiver: obj)))
              }
            case .staticMethod:
              return (heap[vh] as? PyWrapper)?.getter
            default: break
            }
          }
          return v
        }
        switch name {
        case "__name__": return .object(makeString(t.name))
        case "__qualname__": return .object(makeString(t.qualifiedName))
        case "__mro__": return .object(heap.allocate(PyTuple(t.mro.map { .object($0) })))
        case "__bases__": return .object(heap.allocate(PyTuple(t.bases.map { .object($0) })))
        case "__base__": return t.bases.first.map { .object($0) } ?? Value.none
        // A builtin type's dict is shared by every VM (BootstrapImage.swift): callers get a copy
        // (CPython gives a read-only mappingproxy; see Grammar/DIFFERENCES.md).
        case "__dict__": return .object(t.isBuiltin ? copyOfDict(t.dict) : t.dict)
        case "__module__": return .object(makeString(t.isBuiltin ? "builtins" : "__main__"))
        case "__doc__": return Value.none
        case "__class__": return .object(types.type)
        default: break
        }
        return nil
      case let f as PyFunction:
        switch name {
        case "__name__": return .object(makeString(f.name))
        case "__qualname__": return .object(makeString(f.qualifiedName))
        case "__doc__": return f.doc
        case "__module__": return .object(makeString("__main__"))
        case "__defaults__": return f.defaults.isEmpty ? Value.none : .object(heap.allocate(PyTuple(f.defaults)))
        case "__kwdefaults__": return f.kwDefaults
        case "__annotations__":
          if f.annotations.isNone { f.annotations = .object(heap.allocate(PyDict())) }
          return f.annotations
        case "__dict__":
          if f.attributes == nil { f.attributes = heap.allocate(PyDict()) }
          return f.attributes.map { .object($0) }
        case "__class__": return .object(types.function)
        default:
          if let a = f.attributes, let v = dictGetString(a, name) { return v }
          if let v = lookupInMRO(cls, name) { return bindAttribute(v, obj) }
          return nil
        }
      case let m as PyBoundMethod:
        if name == "__self__" { return m.receiver }
        if name == "__func__" { return m.function }
        return try getAttrOrNil(m.function, name)
      case let b as PyBuiltin:
        if name == "__name__" { return .object(makeString(b.name)) }
        if name == "__self__" { return b.receiver ?? Value.none }
        if name == "__qualname__" { return .object(makeString(b.name)) }
        return nil
      case let mod as PyModule:
        if let v = dictGetString(mod.dict, name) { return v }
        if name == "__name__" { return .object(makeString(mod.name)) }
        return nil
      case let g as PyGenerator:
        if name == "__name__" { return .object(makeString(g.name)) }
        if name == "__qualname__" { return .object(makeString(g.qualifiedName)) }
      case let r as PyRange:
        switch name {
        case "start": return .int(r.start)
        case "stop": return .int(r.stop)
        case "step": return .int(r.step)
        default: break
        }
      case let s as PySlice:
        switch name {
        case "start": return s.start
        case "stop": return s.stop
        case "step": return s.step
        default: break
        }
      case let w as PyWrapper:
        switch name {
        case "fget", "__func__": return w.getter
        case "fset": return w.setter
        case "fdel": return w.deleter
        case "__doc__": return w.doc
        case "setter", "getter", "deleter":
          return .object(heap.allocate(PyBuiltin(name == "setter" ? .propertySetter : name == "getter" ? .propertyGetter : .propertyDeleter,
                                                 name: name, receiver: obj)))
        default: break
        }
      case let sp as PySuper:
        return try superAttribute(sp, name)
      default:
        break
      }
    }
    // Numbers and other builtin values: attributes of their type.
    switch (obj, name) {
    case (.int, "real"), (.int, "numerator"): return obj
    case (.int, "imag"): return .int(0)
    case (.int, "denominator"): return .int(1)
    case (.bool(let b), "real"), (.bool(let b), "numerator"): return .int(b ? 1 : 0)
    case (.float, "real"): return obj
    case (.float, "imag"): return .float(0)
    case (_, "__class__"): return .object(cls)
    default: break
    }
    if name.hasPrefix("__"), name.hasSuffix("__"), let id = builtinSlot(obj, name) {
      return .object(heap.allocate(PyBuiltin(id, name: name, receiver: obj)))
    }
    if let v = lookupInMRO(cls, name) { return bindAttribute(v, obj) }
    return nil
  }

  func instanceSpecialAttribute(_ inst: PyInstance, _ name: String) throws(PyException) -> Value? {
    switch name {
    case "__class__": return .object(inst.cls)
    case "__dict__": return .object(inst.dict)
    default: break
    }
    if let t = heap.get(inst.cls, PyType.self), t.isException {
      switch name {
      case "args": return .object(heap.allocate(PyTuple(inst.exceptionArgs)))
      case "__cause__": return inst.cause
      case "__context__": return inst.context
      case "__suppress_context__": return .bool(inst.suppressContext)
      case "__traceback__": return Value.none
      case "value" where isSubclass(inst.cls, types.stopIteration): return inst.exceptionArgs.first ?? Value.none
      case "errno", "strerror", "filename":
        guard isSubclass(inst.cls, types.osError) else { break }
        let a = inst.exceptionArgs
        guard a.count >= 2 && a.count <= 3 else { return Value.none }
        let i = name == "errno" ? 0 : name == "strerror" ? 1 : 2
        return i < a.count ? a[i] : Value.none
      default: break
      }
    }
    return nil
  }

  /// Binds a class attribute for access through an instance.
  func bindAttribute(_ v: Value, _ receiver: Value) -> Value {
    guard case .object(let h) = v else { return v }
    switch heap[h].kind {
    case .function: return .object(heap.allocate(PyBoundMethod(function: v, receiver: receiver)))
    case .builtin:
      guard let b = heap.get(h, PyBuiltin.self), b.receiver == nil else { return v }
      return .object(heap.allocate(PyBuiltin(b.id, name: b.name, receiver: receiver)))
    case .staticMethod: return (heap[h] as? PyWrapper)?.getter ?? v
    case .classMethod:
      guard let w = heap[h] as? PyWrapper else { return v }
      return .object(heap.allocate(PyBoundMethod(function: w.getter, receiver: .object(typeOf(receiver)))))
    default: return v
    }
  }

  func propertyGet(_ ph: Handle, _ obj: Value) throws(PyException) -> Value {
    guard let p = heap[ph] as? PyWrapper else { return .none }
    if p.getter.isNone { throw makeError(types.attributeError, "unreadable attribute") }
    return try call(p.getter, args: [obj])
  }

  /// `R[A], R[A+1] := method, receiver` without allocating a bound method when possible.
  func loadMethod(_ obj: Value, _ name: String, key: Value? = nil) throws(PyException) -> (Value, Value) {
    let cls = typeOf(obj)
    let key = key ?? .object(intern(name))
    if case .object(let h) = obj, let inst = heap.get(h, PyInstance.self) {
      let classAttr = lookupInMRO(cls, key: key)
      if let ca = classAttr, case .object(let ch) = ca, heap[ch].kind == .function, dictGetKey(inst.dict, key) == nil {
        return (ca, obj)
      }
      return (try getAttr(obj, name, key: key), .unbound)
    }
    if case .object(let h) = obj, heap[h].kind == .type || heap[h].kind == .module || heap[h].kind == .superProxy {
      return (try getAttr(obj, name), .unbound)
    }
    if name.hasPrefix("__"), name.hasSuffix("__"), let id = builtinSlot(obj, name) {
      return (.object(heap.allocate(PyBuiltin(id, name: name))), obj)
    }
    if let v = lookupInMRO(cls, key: key), case .object(let vh) = v, let b = heap.get(vh, PyBuiltin.self), b.receiver == nil {
      return (v, obj)
    }
    return (try getAttr(obj, name, key: key), .unbound)
  }

  // MARK: setattr / delattr

  /// `obj.name = value`. `bypassingHook` is `object.__setattr__`: a `__setattr__` defined in the class is not called.
  func setAttr(_ obj: Value, _ name: String, _ value: Value, key: Value? = nil,
               bypassingHook: Bool = false) throws(PyException) {
    guard case .object(let h) = obj else {
      throw makeError(types.attributeError, "'\(typeName(obj))' object has no attribute '\(name)'")
    }
    let key = key ?? .object(intern(name))
    let target = heap[h]
    if target.kind == .instance {
      let inst = unsafeDowncast(target, to: PyInstance.self)
      if let cls = heap.get(inst.cls, PyType.self), !cls.hasSetattrHooks, let d = heap.get(inst.dict, PyDict.self) {
        try dictSet(d, key, value)
        return
      }
    }
    switch target {
    case let inst as PyInstance:
      // `Ellipsis` and `NotImplemented` belong to the bootstrap image, shared by every VM.
      if isImageObject(h) { throw attributeError(obj, name) }
      guard let cls = heap.get(inst.cls, PyType.self) else { break }
      if !cls.hasSetattrHooks, let d = heap.get(inst.dict, PyDict.self) {
        try dictSet(d, key, value)
        return
      }
      if let ca = lookupInMRO(inst.cls, key: key), case .object(let ch) = ca, let p = heap[ch] as? PyWrapper,
        p.kind == .property
      {
        if p.setter.isNone {
          throw makeError(types.attributeError, "property '\(name)' of '\(typeName(obj))' object has no setter")
        }
        _ = try call(p.setter, args: [obj, value])
        return
      }
      if !bypassingHook, let sa = lookupInMRO(inst.cls, "__setattr__"), case .object(let sh) = sa,
        heap[sh].kind == .function
      {
        _ = try call(bindAttribute(sa, obj), args: [.object(intern(name)), value])
        return
      }
      if let t = heap.get(inst.cls, PyType.self), t.isException {
        switch name {
        case "__cause__":
          inst.cause = value
          inst.suppressContext = true
          return
        case "__context__": inst.context = value; return
        case "args": inst.exceptionArgs = try collect(value); return
        default: break
        }
      }
      if let allowed = slotNames(inst.cls), !allowed.contains(name) {
        throw makeError(types.attributeError, "'\(typeName(obj))' object has no attribute '\(name)'")
      }
      try dictSet(inst.dict, key, value)
    case let t as PyType:
      if t.isBuiltin { throw makeError(types.typeError, "cannot set '\(name)' attribute of immutable type '\(t.name)'") }
      // Conservatively re-enable the slow paths (subclasses made earlier are not tracked; see DIFFERENCES).
      if case .object(let vh) = value, heap[vh].kind == .property || name == "__setattr__" {
        t.hasProperties = true
        t.hasSetattrHooks = true
      }
      try dictSet(t.dict, .object(intern(name)), value)
    case let f as PyFunction:
      switch name {
      case "__name__": f.name = str(value)
      case "__qualname__": f.qualifiedName = str(value)
      case "__doc__": f.doc = value
      case "__annotations__":
        let isDict: Bool
        if case .object(let dh) = value { isDict = heap.get(dh, PyDict.self) != nil } else { isDict = false }
        guard value.isNone || isDict else {
          throw makeError(types.typeError, "__annotations__ must be set to a dict object")
        }
        f.annotations = value
      default:
        if f.attributes == nil { f.attributes = heap.allocate(PyDict()) }
        if let a = f.attributes { try dictSet(a, .object(intern(name)), value) }
      }
    case let m as PyModule:
      try dictSet(m.dict, .object(intern(name)), value)
    default:
      throw makeError(types.attributeError, "'\(typeName(obj))' object has no attribute '\(name)'")
    }
  }

  /// `del obj.name`. `bypassingHook` is `object.__delattr__`: a `__delattr__` defined in the class is not called.
  func deleteAttr(_ obj: Value, _ name: String, bypassingHook: Bool = false) throws(PyException) {
    guard case .object(let h) = obj else { throw attributeError(obj, name) }
    switch heap[h] {
    case let inst as PyInstance:
      if isImageObject(h) { throw attributeError(obj, name) }
      if !bypassingHook, let da = lookupInMRO(inst.cls, "__delattr__"), case .object(let dh) = da,
        heap[dh].kind == .function
      {
        _ = try call(bindAttribute(da, obj), args: [.object(intern(name))])
        return
      }
      if let ca = lookupInMRO(inst.cls, name), case .object(let ch) = ca, let p = heap[ch] as? PyWrapper,
        p.kind == .property
      {
        if p.deleter.isNone {
          throw makeError(types.attributeError, "property '\(name)' of '\(typeName(obj))' object has no deleter")
        }
        _ = try call(p.deleter, args: [obj])
        return
      }
      guard try dictRemove(inst.dict, .object(intern(name))) != nil else { throw attributeError(obj, name) }
    case let t as PyType:
      if t.isBuiltin {
        throw makeError(types.typeError, "cannot set '\(name)' attribute of immutable type '\(t.name)'")
      }
      guard try dictRemove(t.dict, .object(intern(name))) != nil else { throw attributeError(obj, name) }
    case let f as PyFunction:
      guard let a = f.attributes, try dictRemove(a, .object(intern(name))) != nil else { throw attributeError(obj, name) }
    default:
      throw attributeError(obj, name)
    }
  }

  // MARK: super

  func superAttribute(_ sp: PySuper, _ name: String) throws(PyException) -> Value? {
    let startType = typeOf(sp.receiver)
    let mroOwner: Handle
    if case .object(let rh) = sp.receiver, heap[rh].kind == .type { mroOwner = rh } else { mroOwner = startType }
    guard let t = heap.get(mroOwner, PyType.self), let i = t.mro.firstIndex(of: sp.cls) else {
      throw makeError(types.typeError, "super(type, obj): obj must be an instance or subtype of type")
    }
    for c in t.mro[(i + 1)...] {
      guard let ct = heap.get(c, PyType.self), let v = dictGetString(ct.dict, name) else { continue }
      if case .object(let vh) = v {
        switch heap[vh].kind {
        case .function:
          if case .object(let rh) = sp.receiver, heap[rh].kind == .type { return v }
          return .object(heap.allocate(PyBoundMethod(function: v, receiver: sp.receiver)))
        case .builtin:
          return .object(heap.allocate(PyBuiltin((heap.get(vh, PyBuiltin.self))?.id ?? .objectInit, name: name, receiver: sp.receiver)))
        case .classMethod:
          guard let w = heap[vh] as? PyWrapper else { return v }
          return .object(heap.allocate(PyBoundMethod(function: w.getter, receiver: .object(mroOwner))))
        case .staticMethod: return (heap[vh] as? PyWrapper)?.getter
        case .property: return try propertyGet(vh, sp.receiver)
        default: return v
        }
      }
      return v
    }
    return nil
  }

  // MARK: Class creation

  /// Builds a class: runs the body function with a fresh namespace, then makes the type.
  func makeClass(name: String, body: Value, bases: [Value], keywords: Value) throws(PyException) -> Value {
    var baseHandles: [Handle] = []
    for b in bases {
      guard case .object(let bh) = b, let bt = heap.get(bh, PyType.self) else {
        throw makeError(types.typeError, "bases must be types")
      }
      if bt.isBuiltin && !bt.isException && bh != types.object {
        // Subclassing builtin containers is rejected at instantiation (see DIFFERENCES.md).
      }
      baseHandles.append(bh)
    }
    if case .object(let kh) = keywords, let kd = heap.get(kh, PyDict.self), kd.storage.count > 0 {
      for e in kd.storage.live where str(e.key) != "metaclass" {
        throw makeError(types.typeError, "\(name).__init_subclass__() takes no keyword arguments")
      }
    }
    if baseHandles.isEmpty { baseHandles = [types.object] }
    let ns = heap.allocate(PyDict())
    temporaryRoots.append(.object(ns))
    defer { temporaryRoots.removeLast() }
    guard case .object(let fh) = body, let fn = heap.get(fh, PyFunction.self) else { return .none }
    dictSetString(ns, "__module__", .object(intern("__main__")))
    defer {
      // A class that defines __eq__ but not __hash__ is unhashable (CPython sets __hash__ = None).
      if dictGetString(ns, "__eq__") != nil && dictGetString(ns, "__hash__") == nil { dictSetString(ns, "__hash__", .none) }
    }
    dictSetString(ns, "__qualname__", .object(makeString(fn.qualifiedName)))
    _ = try callFunction(fh, fn, args: [], kwargs: [], namespace: ns)
    let first = heap[baseHandles[0]] as? PyType
    let t = PyType(name: name, bases: baseHandles, dict: ns, builtinBase: first?.builtinBase ?? .object, isBuiltin: false)
    t.qualifiedName = fn.qualifiedName
    t.isException = baseHandles.contains { (heap.get($0, PyType.self))?.isException == true }
    let th = heap.allocate(t)
    t.mro = try linearize(th, baseHandles)
    try chargeFuel(t.mro.count * max(baseHandles.count, 1) * 4)
    t.hasProperties = t.mro.contains { c in
      guard let ct = heap.get(c, PyType.self), let d = heap.get(ct.dict, PyDict.self) else { return false }
      return d.storage.live.contains { e in
        if case .object(let vh) = e.value { return heap[vh].kind == .property }
        return false
      }
    }
    t.hasSetattrHooks = t.isException || t.hasProperties
      || lookupInMRO(th, "__setattr__").map { !isObjectBuiltinValue($0) } ?? false
      || slotNames(th) != nil
    // Methods defined in the body learn their class (zero-argument super()).
    if let d = heap.get(ns, PyDict.self) {
      for e in d.storage.live {
        var target = e.value
        if case .object(let vh) = target, let w = heap[vh] as? PyWrapper { target = w.getter }
        if case .object(let vh) = target, let f = heap.get(vh, PyFunction.self), f.ownerClass == nil { f.ownerClass = th }
      }
    }
    return .object(th)
  }

  /// The attribute names instances of `cls` may have when every user class in its MRO declares
  /// `__slots__` (without `__dict__`); nil when instances have a `__dict__` for any name.
  func slotNames(_ cls: Handle) -> Set<String>? {
    guard let t = heap.get(cls, PyType.self) else { return nil }
    var names: Set<String> = []
    for c in t.mro {
      guard let ct = heap.get(c, PyType.self), !ct.isBuiltin else { continue }
      guard let slots = dictGetString(ct.dict, "__slots__") else { return nil }
      if let one = stringValue(slots) {
        names.insert(one)
      } else if case .object(let sh) = slots {
        let items = heap.get(sh, PyTuple.self)?.items ?? heap.get(sh, PyList.self)?.items ?? []
        for x in items { if let n = stringValue(x) { names.insert(n) } }
      }
    }
    return names.contains("__dict__") ? nil : names
  }

  /// C3 linearization (the MRO).
  func linearize(_ cls: Handle, _ bases: [Handle]) throws(PyException) -> [Handle] {
    var sequences: [[Handle]] = bases.map { (heap.get($0, PyType.self))?.mro ?? [$0] }
    sequences.append(bases)
    var result: [Handle] = [cls]
    while true {
      sequences = sequences.filter { !$0.isEmpty }
      if sequences.isEmpty { return result }
      var candidate: Handle?
      for s in sequences {
        let head = s[0]
        if !sequences.contains(where: { $0.dropFirst().contains(head) }) {
          candidate = head
          break
        }
      }
      guard let next = candidate else {
        // CPython names the heads of the sequences left to merge, each once.
        var heads: [Handle] = []
        for s in sequences where !heads.contains(s[0]) { heads.append(s[0]) }
        let names = heads.map { (heap.get($0, PyType.self))?.name ?? "?" }.joined(separator: ", ")
        throw makeError(types.typeError, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
      }
      result.append(next)
      sequences = sequences.map { $0.first == next ? Array($0.dropFirst()) : $0 }
    }
  }
}
