// The instructions that are not on the dispatch loop's fast path: names, cells, attributes,
// subscripts, displays, unpacking, functions and classes, exceptions, `with`, imports.
import MontyCompiler

extension Interpreter {
  func execute(_ ins: Instruction, base: Int, pc: inout Int) throws(PyException) {
    let frameIndex = frames.count - 1
    let frame = frames[frameIndex]
    unowned(unsafe) let runtime = frame.runtime
    switch ins.op {
    case .loadGlobal:
      let entry = runtime.globalCache[ins.b]
      if entry.epoch == namespaceEpoch && entry.globals == frame.globals {
        registers[base + ins.a] = entry.value
        return
      }
      let key = runtime.nameValues[ins.b]
      if let v = try dictLookup(frame.globals, key) {
        registers[base + ins.a] = v
        runtime.globalCache[ins.b] = GlobalCacheEntry(globals: frame.globals, epoch: namespaceEpoch, value: v)
      } else if let v = try dictLookup(builtins, key) {
        registers[base + ins.a] = v
        runtime.globalCache[ins.b] = GlobalCacheEntry(globals: frame.globals, epoch: namespaceEpoch, value: v)
      } else {
        throw makeError(types.nameError, "name '\(runtime.code.names[ins.b])' is not defined")
      }
    case .storeGlobal:
      try dictSet(frame.globals, runtime.nameValues[ins.b], registers[base + ins.a])
    case .deleteGlobal:
      if try dictRemove(frame.globals, runtime.nameValues[ins.b]) == nil && ins.d == 0 {
        throw makeError(types.nameError, "name '\(runtime.code.names[ins.b])' is not defined")
      }
    case .loadName:
      let key = runtime.nameValues[ins.b]
      if frame.namespace != 0, let v = try dictLookup(frame.namespace, key) {
        registers[base + ins.a] = v
      } else if let v = try dictLookup(frame.globals, key) {
        registers[base + ins.a] = v
      } else if let v = try dictLookup(builtins, key) {
        registers[base + ins.a] = v
      } else {
        throw makeError(types.nameError, "name '\(runtime.code.names[ins.b])' is not defined")
      }
    case .storeName:
      try dictSet(frame.namespace != 0 ? frame.namespace : frame.globals, runtime.nameValues[ins.b], registers[base + ins.a])
    case .deleteName:
      if try dictRemove(frame.namespace != 0 ? frame.namespace : frame.globals, runtime.nameValues[ins.b]) == nil,
        ins.d == 0
      {
        throw makeError(types.nameError, "name '\(runtime.code.names[ins.b])' is not defined")
      }
    case .loadDeref:
      guard case .object(let ch) = registers[base + ins.b], let cell = heap.get(ch, PyCell.self) else {
        throw makeError(types.nameError, "cannot access free variable '\(runtime.code.names[ins.c])' where it is not associated with a value in enclosing scope")
      }
      if case .unbound = cell.value {
        if ins.d == 1 {
          throw makeError(types.nameError, "cannot access free variable '\(runtime.code.names[ins.c])' where it is not associated with a value in enclosing scope")
        }
        throw makeError(types.unboundLocalError, "cannot access local variable '\(runtime.code.names[ins.c])' where it is not associated with a value")
      }
      registers[base + ins.a] = cell.value
    case .storeDeref:
      if case .object(let ch) = registers[base + ins.b], let cell = heap.get(ch, PyCell.self) {
        cell.value = registers[base + ins.a]
      }
    case .deleteDeref:
      if case .object(let ch) = registers[base + ins.b], let cell = heap.get(ch, PyCell.self) {
        if case .unbound = cell.value, ins.d == 0 {
          throw makeError(types.nameError, "free variable '\(runtime.code.names[ins.c])' referenced before assignment in enclosing scope")
        }
        cell.value = .unbound
      }
    case .makeCell:
      // d = 1: a fresh empty cell for a captured local; d = 0: wrap the bound parameter.
      let v = ins.d == 1 ? Value.unbound : registers[base + ins.a]
      registers[base + ins.a] = .object(heap.allocate(PyCell(v)))
    case .loadAttr:
      let computed = try getAttr(registers[base + ins.b], runtime.code.names[ins.c], key: runtime.nameValues[ins.c])
      registers[base + ins.a] = computed
    case .storeAttr:
      try setAttr(registers[base + ins.a], runtime.code.names[ins.c], registers[base + ins.b], key: runtime.nameValues[ins.c])
    case .deleteAttr:
      try deleteAttr(registers[base + ins.a], runtime.code.names[ins.c])
    case .loadMethod:
      let (m, receiver) = try loadMethod(registers[base + ins.b], runtime.code.names[ins.c], key: runtime.nameValues[ins.c])
      registers[base + ins.a] = m
      registers[base + ins.a + 1] = receiver
    case .getItem:
      let computed = try getItem(registers[base + ins.b], registers[base + ins.c])
      registers[base + ins.a] = computed
    case .setItem:
      try setItem(registers[base + ins.a], registers[base + ins.b], registers[base + ins.c])
    case .deleteItem:
      try deleteItem(registers[base + ins.a], registers[base + ins.b])
    case .buildSlice:
      let r = base + ins.b
      registers[base + ins.a] = .object(heap.allocate(PySlice(registers[r], registers[r + 1], registers[r + 2])))
    case .buildList:
      let items = ins.c == 0 ? [] : Array(registers[(base + ins.b)..<(base + ins.b + ins.c)])
      registers[base + ins.a] = .object(heap.allocate(PyList(items)))
    case .buildTuple:
      if ins.c == 0 {
        registers[base + ins.a] = .object(emptyTuple)
      } else {
        registers[base + ins.a] = .object(heap.allocate(PyTuple(Array(registers[(base + ins.b)..<(base + ins.b + ins.c)]))))
      }
    case .buildSet:
      let s = PySet(frozen: false)
      let h = heap.allocate(s)
      for i in 0..<ins.c { try setAdd(s, registers[base + ins.b + i]) }
      registers[base + ins.a] = .object(h)
    case .buildDict:
      let d = PyDict()
      let h = heap.allocate(d)
      for i in 0..<ins.c {
        try dictSet(d, registers[base + ins.b + 2 * i], registers[base + ins.b + 2 * i + 1])
      }
      registers[base + ins.a] = .object(h)
    case .buildString:
      if let joined = concatenatedStrings(base + ins.b, count: ins.c) {
        registers[base + ins.a] = joined
        break
      }
      var s = ""
      for i in 0..<ins.c { s += str(registers[base + ins.b + i]) }
      registers[base + ins.a] = .object(makeString(s))
    case .formatValue:
      var v = registers[base + ins.b]
      // `{s}` of a str (no conversion, no spec) is the str itself, as in CPython.
      if ins.d == 0, case .object(let h) = v, heap.get(h, PyStr.self) != nil {
        registers[base + ins.a] = v
        break
      }
      switch ins.d & 3 {
      case 1: v = .object(makeString(try strThrowing(v)))
      case 2: v = .object(makeString(try repr(v)))
      case 3: v = .object(makeString(asciiRepr(try repr(v))))
      default: break
      }
      let spec = ins.d & 4 != 0 ? str(registers[base + ins.c]) : ""
      let formatted = try format(v, spec)
      registers[base + ins.a] = .object(makeString(formatted))
    case .listAppend:
      if case .object(let h) = registers[base + ins.a], let l = heap.get(h, PyList.self) {
        l.items.append(registers[base + ins.b])
        heap.account(16)
      }
    case .listExtend:
      if case .object(let h) = registers[base + ins.a], let l = heap.get(h, PyList.self) {
        let items = try collectForUnpacking(registers[base + ins.b])
        try reserveMemory(items.count * 16)
        l.items.append(contentsOf: items)
        heap.account(items.count * 16)
      }
    case .setAdd:
      if case .object(let h) = registers[base + ins.a], let s = heap[h] as? PySet { try setAdd(s, registers[base + ins.b]) }
    case .setUpdate:
      if case .object(let h) = registers[base + ins.a], let s = heap[h] as? PySet {
        for x in try collect(registers[base + ins.b]) { try setAdd(s, x) }
      }
    case .dictSet:
      if case .object(let h) = registers[base + ins.a], let d = heap.get(h, PyDict.self) {
        try dictSet(d, registers[base + ins.b], registers[base + ins.c])
      }
    case .dictUpdate:
      guard case .object(let h) = registers[base + ins.a], let d = heap.get(h, PyDict.self) else { break }
      let src = registers[base + ins.b]
      guard case .object(let sh) = src, let sd = heap.get(sh, PyDict.self) else {
        if ins.d == 1 { throw makeError(types.typeError, "argument after ** must be a mapping, not \(typeName(src))") }
        throw makeError(types.typeError, "'\(typeName(src))' object is not a mapping")
      }
      for e in sd.storage.live {
        if ins.d == 1, try dictLookup(d, e.key) != nil {
          let callee = callableDisplayName(registers[base + ins.c])
          throw makeError(types.typeError, "\(callee)() got multiple values for keyword argument '\(str(e.key))'")
        }
        try dictSet(d, e.key, e.value)
      }
    case .listToTuple:
      if case .object(let h) = registers[base + ins.b], let l = heap.get(h, PyList.self) {
        registers[base + ins.a] = .object(heap.allocate(PyTuple(l.items)))
      }
    case .unpackSequence:
      let items = try collectForUnpacking(registers[base + ins.a])
      if items.count != ins.c {
        if items.count > ins.c {
          throw makeError(types.valueError, "too many values to unpack (expected \(ins.c))")
        }
        throw makeError(types.valueError, "not enough values to unpack (expected \(ins.c), got \(items.count))")
      }
      for (i, v) in items.enumerated() { registers[base + ins.b + i] = v }
    case .unpackStarred:
      let items = try collectForUnpacking(registers[base + ins.a])
      let before = ins.d
      let after = ins.c - ins.d - 1
      if items.count < before + after {
        throw makeError(types.valueError, "not enough values to unpack (expected at least \(before + after), got \(items.count))")
      }
      for i in 0..<before { registers[base + ins.b + i] = items[i] }
      let middle = Array(items[before..<(items.count - after)])
      registers[base + ins.b + before] = .object(heap.allocate(PyList(middle)))
      for i in 0..<after { registers[base + ins.b + before + 1 + i] = items[items.count - after + i] }
    case .makeFunction:
      guard case .code(let code) = runtime.code.constants[ins.b] else { break }
      let r = base + ins.c
      var defaults: [Value] = []
      if case .object(let dh) = registers[r], let t = heap.get(dh, PyTuple.self) { defaults = t.items }
      var closure: [Value] = []
      if case .object(let ch) = registers[r + 2], let t = heap.get(ch, PyTuple.self) { closure = t.items }
      let fn = PyFunction(runtime: self.runtime(for: code), globals: frame.globals, defaults: defaults,
                          kwDefaults: registers[r + 1], closure: closure)
      if let doc = code.docstring { fn.doc = .object(makeString(doc)) }
      registers[base + ins.a] = .object(heap.allocate(fn))
    case .makeClass:
      let extra = runtime.code.instructions[pc]
      pc += 1
      frames[frameIndex].pc = pc
      let b = base + ins.b
      let bases = Array(registers[(b + 1)..<(b + 1 + ins.c)])
      let keywords = extra.b == 1 ? registers[base + extra.a] : .none
      guard case .string(let name) = runtime.code.constants[extra.c] else { break }
      let computed = try makeClass(name: name, body: registers[b], bases: bases, keywords: keywords)
      registers[base + ins.a] = computed
    case .raise:
      let exc = try exceptionFromRaiseOperand(registers[base + ins.a])
      if ins.d & 2 != 0 {
        let causeOperand = registers[base + ins.b]
        let cause: Value
        if causeOperand.isNone {
          cause = .none
        } else {
          cause = try exceptionFromRaiseOperand(causeOperand)
        }
        if case .object(let h) = exc, let inst = heap.get(h, PyInstance.self) {
          inst.cause = cause
          inst.suppressContext = true
        }
      }
      attachContext(exc)
      if case .object(let h) = exc, let inst = heap.get(h, PyInstance.self), !inst.traceback.isEmpty, handled.last.map({ $0.isIdentical(exc) }) != true {
        inst.traceback = []
      }
      throw PyException(exc)
    case .reraise:
      throw PyException(registers[base + ins.a])
    case .raiseCurrent:
      guard let current = handled.last else {
        throw makeError(types.runtimeError, "No active exception to reraise")
      }
      throw PyException(current)
    case .enterHandler:
      handled.append(registers[base + ins.a])
    case .exitHandler:
      if handled.count > frame.handledDepth { handled.removeLast() }
    case .matchException:
      let matched = try exceptionMatches(registers[base + ins.b], registers[base + ins.c])
      registers[base + ins.a] = .bool(matched)
    case .withEnter:
      let manager = registers[base + ins.b]
      guard let enter = try lookupSpecial(manager, "__enter__") else {
        throw makeError(types.attributeError, "__enter__")
      }
      guard let exit = try lookupSpecial(manager, "__exit__") else {
        throw makeError(types.attributeError, "__exit__")
      }
      registers[base + ins.a] = exit
      let computed = try call(enter, args: [])
      registers[base + ins.a + 1] = computed
    case .withExit:
      let exit = registers[base + ins.b]
      let exc = registers[base + ins.c]
      let r: Value
      if exc.isNone {
        r = try call(exit, args: [.none, .none, .none])
      } else {
        r = try call(exit, args: [.object(typeOf(exc)), exc, .none])
      }
      let suppress = try truthy(r)
      registers[base + ins.a] = .bool(suppress)
    case .importName:
      let computed = try importModule(runtime.code.names[ins.b], leaf: ins.d == 1)
      registers[base + ins.a] = computed
    case .importFrom:
      let module = registers[base + ins.b]
      let name = runtime.code.names[ins.c]
      if let v = try getAttrOrNil(module, name) {
        registers[base + ins.a] = v
      } else {
        throw makeError(types.importError, "cannot import name '\(name)' from '\(moduleName(module))' (unknown location)")
      }
    case .assertFail:
      if ins.d == 1 {
        throw makeError(types.assertionError, args: [registers[base + ins.b]])
      }
      throw makeError(types.assertionError, args: [])
    case .notImplemented:
      throw makeError(types.notImplementedError, "\(str(runtime.constants[ins.b])) is not supported by Monty yet")
    case .printExpr:
      let v = registers[base + ins.a]
      if !v.isNone {
        let text = try repr(v)
        dictSetString(builtins, "_", v)
        try emitOutput(text + "\n")
      }
    case .matchSequence:
      let n = try matchSequenceLength(registers[base + ins.b])
      registers[base + ins.a] = .bool(n.map { ins.d == 1 ? $0 >= ins.c : $0 == ins.c } ?? false)
    case .matchMapping:
      registers[base + ins.a] = .bool(isMatchMapping(registers[base + ins.b]))
    case .matchKey:
      var found: Value?
      if case .object(let dh) = registers[base + ins.b] { found = try dictLookup(dh, registers[base + ins.c]) }
      registers[base + ins.a] = found ?? .none
      registers[base + ins.a + 1] = .bool(found != nil)
    case .matchClass:
      let extra = runtime.code.instructions[pc]
      pc += 1
      frames[frameIndex].pc = pc
      var keywords: [String] = []
      if case .tuple(let names) = runtime.code.constants[extra.b] {
        for case .string(let n) in names { keywords.append(n) }
      }
      let values = try matchClass(registers[base + ins.b], registers[base + ins.c], positional: ins.d,
                                  keywords: keywords)
      registers[base + ins.a] = .bool(values != nil)
      registers[base + ins.a + 1] = values.map { newTuple($0) } ?? .none
    case .setupAnnotations:
      let namespace = frame.namespace != 0 ? frame.namespace : frame.globals
      let key = Value.object(intern("__annotations__"))
      if try dictLookup(namespace, key) == nil { try dictSet(namespace, key, .object(heap.allocate(PyDict()))) }
    case .dictWithout:
      let keys = (0..<ins.d).map { registers[base + ins.c + $0] }
      registers[base + ins.a] = try dictWithout(registers[base + ins.b], keys: keys)
    case .nop, .extra:
      break
    default:
      throw makeError(types.systemError, "unknown opcode \(ins.op)")
    }
  }

  func moduleName(_ v: Value) -> String {
    if case .object(let h) = v, let m = heap.get(h, PyModule.self) { return m.name }
    return "?"
  }

  /// Items to unpack; strings, dicts and any iterable work, a non-iterable is CPython's TypeError.
  func collectForUnpacking(_ v: Value) throws(PyException) -> [Value] {
    do {
      return try collect(v)
    } catch {
      if case .object = v { throw error }
      throw makeError(types.typeError, "cannot unpack non-iterable \(typeName(v)) object")
    }
  }

  func asciiRepr(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      if u.value < 0x80 { out.unicodeScalars.append(u) } else {
        let hex = String(u.value, radix: 16)
        if u.value < 0x100 { out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        else if u.value < 0x10000 { out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        else { out += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex }
      }
    }
    return out
  }

  /// `import name`: only modules Monty provides; anything else is ModuleNotFoundError.
  func importModule(_ name: String, leaf: Bool = false) throws(PyException) -> Value {
    if name.contains(".") { return try importSubmodule(name, leaf: leaf) }
    if let m = modules[name] { return .object(m) }
    if let m = try makeBuiltinModule(name) {
      modules[name] = m
      return .object(m)
    }
    throw makeError(types.moduleNotFoundError, "No module named '\(name)'")
  }
}
