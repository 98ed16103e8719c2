// The builtin functions (print, len, sorted, …) and the builtin types' constructors (int(), str(),
// list(), …). `callBuiltin` is the single dispatch point for every BuiltinID.
import BigInt
import MontyCompiler
import MontySyntax

extension Interpreter {
  /// Argument count check with CPython's wording.
  func expectArgs(_ name: String, _ args: [Value], _ min: Int, _ max: Int) throws(PyException) {
    if args.count >= min && args.count <= max { return }
    if min == max {
      if min == 0 { throw makeError(types.typeError, "\(name)() takes no arguments (\(args.count) given)") }
      if min == 1 { throw makeError(types.typeError, "\(name)() takes exactly one argument (\(args.count) given)") }
      throw makeError(types.typeError, "\(name) expected \(min) arguments, got \(args.count)")
    }
    if args.count < min {
      throw makeError(types.typeError, "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(args.count)")
    }
    throw makeError(types.typeError, "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(args.count)")
  }

  func noKeywords(_ name: String, _ kwargs: [(String, Value)]) throws(PyException) {
    if !kwargs.isEmpty { throw makeError(types.typeError, "\(name)() takes no keyword arguments") }
  }

  func keyword(_ kwargs: [(String, Value)], _ name: String) -> Value? {
    kwargs.first { $0.0 == name }?.1
  }

  func checkKeywords(_ fname: String, _ kwargs: [(String, Value)], allowed: [String]) throws(PyException) {
    for (k, _) in kwargs where !allowed.contains(k) {
      throw makeError(types.typeError, "'\(k)' is an invalid keyword argument for \(fname)()")
    }
  }

  /// An int in range(0, 256) given to a bytearray (`ba[i] = v`, `append`, `extend`).
  func byteValue(_ v: Value) throws(PyException) -> UInt8 {
    let i = try intArg(v)
    guard i >= 0 && i < 256 else { throw makeError(types.valueError, "byte must be in range(0, 256)") }
    return UInt8(i)
  }

  func intArg(_ v: Value, _ what: String = "") throws(PyException) -> Int {
    switch v {
    case .int(let i): return Int(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let h):
      if let b = heap.get(h, PyBigInt.self) { return b.value.sign == .minus ? Int.min / 4 : Int.max / 4 }
      if isUserObject(v), let m = try lookupSpecial(v, "__index__"), case .int(let i) = try call(m, args: []) {
        return Int(i)
      }
    default: break
    }
    throw makeError(types.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
  }

  func bigArg(_ v: Value) throws(PyException) -> BigInt {
    switch numeric(v) {
    case .int(let i)?: return BigInt(i)
    case .big(let b)?: return b
    default: throw makeError(types.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
    }
  }

  func strArg(_ v: Value, _ message: @autoclosure () -> String) throws(PyException) -> String {
    if let s = stringValue(v) { return s }
    throw makeError(types.typeError, message())
  }

  func newList(_ items: [Value]) -> Value { .object(heap.allocate(PyList(items))) }
  func newTuple(_ items: [Value]) -> Value { items.isEmpty ? .object(emptyTuple) : .object(heap.allocate(PyTuple(items))) }
  func newString(_ s: String) -> Value { .object(makeString(s)) }

  // MARK: Dispatch

  func callBuiltin(_ id: BuiltinID, args: [Value], kwargs: [(String, Value)]) throws(PyException) -> Value {
    if BuiltinID.hostModules.contains(id.rawValue) { return try callHostModule(id, args, kwargs) }
    if id.rawValue >= BuiltinID.mathSqrt.rawValue { return try mathFunction(id, args, kwargs) }
    if id.rawValue >= BuiltinID.fileRead.rawValue { return try fileSystemBuiltin(id, args, kwargs) }
    if id.rawValue >= BuiltinID.objectInit.rawValue { return try callMethod(id, args: args, kwargs: kwargs) }
    switch id {
    case .print:
      try checkKeywords("print", kwargs, allowed: ["sep", "end", "file", "flush"])
      var sep = " "
      var end = "\n"
      if let s = keyword(kwargs, "sep"), !s.isNone { sep = try strArg(s, "sep must be None or a string, not \(typeName(s))") }
      if let e = keyword(kwargs, "end"), !e.isNone { end = try strArg(e, "end must be None or a string, not \(typeName(e))") }
      var parts: [String] = []
      for a in args { parts.append(try strThrowing(a)) }
      if let file = keyword(kwargs, "file"), !file.isNone { return try printToFile(file, parts.joined(separator: sep) + end) }
      try emitOutput(parts.joined(separator: sep) + end)
      return .none
    case .len:
      try expectArgs("len", args, 1, 1)
      return .int(Int64(try length(args[0])))
    case .repr:
      try expectArgs("repr", args, 1, 1)
      return newString(try repr(args[0]))
    case .ascii:
      try expectArgs("ascii", args, 1, 1)
      return newString(asciiRepr(try repr(args[0])))
    case .abs:
      try expectArgs("abs", args, 1, 1)
      switch numeric(args[0]) {
      case .int(let i)?: return i == Int64.min ? makeInt(-BigInt(i)) : .int(Swift.abs(i))
      case .big(let b)?: return makeInt(BigInt(b.magnitude))
      case .float(let d)?: return .float(Swift.abs(d))
      case nil:
        if let m = try lookupSpecial(args[0], "__abs__") { return try call(m, args: []) }
        throw makeError(types.typeError, "bad operand type for abs(): '\(typeName(args[0]))'")
      }
    case .all, .any:
      try expectArgs(id == .all ? "all" : "any", args, 1, 1)
      let it = try getIterator(args[0])
      temporaryRoots.append(it)
      defer { temporaryRoots.removeLast() }
      while let x = try nextValue(it) {
        let t = try truthy(x)
        if id == .all && !t { return .bool(false) }
        if id == .any && t { return .bool(true) }
      }
      return .bool(id == .all)
    case .bin, .oct, .hex:
      try expectArgs(id == .bin ? "bin" : id == .oct ? "oct" : "hex", args, 1, 1)
      let b = try bigArg(args[0])
      let radix = id == .bin ? 2 : id == .oct ? 8 : 16
      let prefix = id == .bin ? "0b" : id == .oct ? "0o" : "0x"
      return newString((b.sign == .minus ? "-" : "") + prefix + String(b.magnitude, radix: radix))
    case .callable:
      try expectArgs("callable", args, 1, 1)
      guard case .object(let h) = args[0] else { return .bool(false) }
      switch heap[h].kind {
      case .function, .builtin, .boundMethod, .type: return .bool(true)
      case .instance: return .bool(lookupInMRO(typeOf(args[0]), "__call__") != nil)
      default: return .bool(false)
      }
    case .chr:
      try expectArgs("chr", args, 1, 1)
      let i = try intArg(args[0])
      guard i >= 0 && i <= 0x10FFFF else { throw makeError(types.valueError, "chr() arg not in range(0x110000)") }
      guard let s = Unicode.Scalar(UInt32(i)) else { return newString("\u{FFFD}") }
      return newString(String(Character(s)))
    case .ord:
      try expectArgs("ord", args, 1, 1)
      if case .object(let h) = args[0] {
        if let s = heap.get(h, PyStr.self) {
          guard s.count == 1, let u = s.value.unicodeScalars.first else {
            throw makeError(types.typeError, "ord() expected a character, but string of length \(s.count) found")
          }
          return .int(Int64(u.value))
        }
        if let b = heap.get(h, PyBytes.self), b.value.count == 1 { return .int(Int64(b.value[0])) }
      }
      throw makeError(types.typeError, "ord() expected string of length 1, but \(typeName(args[0])) found")
    case .divmod:
      try expectArgs("divmod", args, 2, 2)
      if isUserObject(args[0]), let m = try lookupSpecial(args[0], "__divmod__") { return try call(m, args: [args[1]]) }
      if numeric(args[0]) == nil || numeric(args[1]) == nil {
        throw makeError(types.typeError, "unsupported operand type(s) for divmod(): '\(typeName(args[0]))' and '\(typeName(args[1]))'")
      }
      if case .float = args[0], floatValue(args[1]) == 0 { throw makeError(types.zeroDivisionError, "float divmod()") }
      if case .float = args[1], floatValue(args[1]) == 0 { throw makeError(types.zeroDivisionError, "float divmod()") }
      let q = try binary(.floorDiv, args[0], args[1])
      let r = try binary(.mod, args[0], args[1])
      return newTuple([q, r])
    case .format:
      try expectArgs("format", args, 1, 2)
      return newString(try format(args[0], args.count > 1 ? try strArg(args[1], "format() argument 2 must be str, not \(typeName(args[1]))") : ""))
    case .getattr:
      try expectArgs("getattr", args, 2, 3)
      let name = try strArg(args[1], "attribute name must be string, not '\(typeName(args[1]))'")
      if args.count == 3 {
        do {
          return try getAttrOrNil(args[0], name) ?? args[2]
        } catch {
          if isInstance(error.value, types.attributeError) { return args[2] }
          throw error
        }
      }
      return try getAttr(args[0], name)
    case .setattr:
      try expectArgs("setattr", args, 3, 3)
      try setAttr(args[0], try strArg(args[1], "attribute name must be string, not '\(typeName(args[1]))'"), args[2])
      return .none
    case .delattr:
      try expectArgs("delattr", args, 2, 2)
      try deleteAttr(args[0], try strArg(args[1], "attribute name must be string, not '\(typeName(args[1]))'"))
      return .none
    case .hasattr:
      try expectArgs("hasattr", args, 2, 2)
      let name = try strArg(args[1], "hasattr(): attribute name must be string")
      do {
        return .bool(try getAttrOrNil(args[0], name) != nil)
      } catch {
        if isInstance(error.value, types.attributeError) { return .bool(false) }
        throw error
      }
    case .hash:
      try expectArgs("hash", args, 1, 1)
      return .int(Int64(try hash(args[0])))
    case .id:
      try expectArgs("id", args, 1, 1)
      if case .object(let h) = args[0] { return .int(0x7f00_0000_0000 + Int64(h) * 16) }
      return .int(Int64(truncatingIfNeeded: try hash(args[0])) & 0xFFFF_FFFF + 0x1000)
    case .isinstance, .issubclass:
      let name = id == .isinstance ? "isinstance" : "issubclass"
      try expectArgs(name, args, 2, 2)
      return .bool(try classCheck(args[0], args[1], isInstanceCheck: id == .isinstance))
    case .iter:
      try expectArgs("iter", args, 1, 2)
      if args.count == 2 {
        // iter(f, sentinel): the state holds (f, sentinel) and the marker index `true` (Protocols.swift).
        guard case .bool(true) = try callBuiltin(.callable, args: [args[0]], kwargs: []) else {
          throw makeError(types.typeError, "iter(v, w): v must be callable")
        }
        return .object(heap.allocate(PyIterator(.callable(newTuple([args[0], args[1]]), .bool(true)))))
      }
      return try getIterator(args[0])
    case .next:
      try expectArgs("next", args, 1, 2)
      guard case .object(let h) = args[0], [.iterator, .generator, .instance].contains(heap[h].kind),
        heap[h].kind != .instance || lookupInMRO(typeOf(args[0]), "__next__") != nil
      else {
        throw makeError(types.typeError, "'\(typeName(args[0]))' object is not an iterator")
      }
      if let v = try nextValue(args[0]) { return v }
      if args.count == 2 { return args[1] }
      let v = lastStopIterationValue
      lastStopIterationValue = .none
      throw makeError(types.stopIteration, args: v.isNone ? [] : [v])
    case .max, .min:
      return try minMax(id == .max, args, kwargs)
    case .pow:
      try checkKeywords("pow", kwargs, allowed: ["base", "exp", "mod"])
      var args = args
      for (i, name) in ["base", "exp", "mod"].enumerated() {
        guard let v = keyword(kwargs, name) else { continue }
        if i < args.count { throw makeError(types.typeError, "argument for pow() given by name ('\(name)') and position (\(i + 1))") }
        if i > args.count { break }
        args.append(v)
      }
      try expectArgs("pow", args, 2, 3)
      if args.count == 3 && !args[2].isNone {
        if !args.allSatisfy({ v in if case .float = v { return false }; return numeric(v) != nil }) {
          throw makeError(types.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
        }
        let m = try bigArg(args[2])
        if m == 0 { throw makeError(types.valueError, "pow() 3rd argument cannot be 0") }
        var e = try bigArg(args[1])
        var b = try bigArg(args[0])
        if e.sign == .minus {
          guard let inv = b.inverse(m) else { throw makeError(types.valueError, "base is not invertible for the given modulus") }
          b = inv
          e = -e
        }
        var r = b.power(e, modulus: m)
        if r != 0 && (r.sign == .minus) != (m.sign == .minus) { r += m }
        return makeInt(r)
      }
      return try binary(.pow, args[0], args[1])
    case .round:
      try expectArgs("round", args, 1, 2)
      return try roundValue(args[0], args.count > 1 ? args[1] : keyword(kwargs, "ndigits") ?? .none)
    case .sorted:
      if args.count != 1 { throw makeError(types.typeError, "sorted expected 1 argument, got \(args.count)") }
      try checkKeywords("sorted", kwargs, allowed: ["key", "reverse"])
      let items = try collect(args[0])
      let list = PyList(items)
      let h = heap.allocate(list)
      temporaryRoots.append(.object(h))
      defer { temporaryRoots.removeLast() }
      try sortList(list, key: keyword(kwargs, "key") ?? .none, reverse: try truthy(keyword(kwargs, "reverse") ?? .bool(false)))
      return .object(h)
    case .sum:
      try expectArgs("sum", args, 1, 2)
      var acc = args.count > 1 ? args[1] : (keyword(kwargs, "start") ?? .int(0))
      if let s = stringValue(acc) {
        _ = s
        throw makeError(types.typeError, "sum() can't sum strings [use ''.join(seq) instead]")
      }
      // A list or tuple is read by index (as its iterator would, seeing any change a user `__add__`
      // makes); ints and floats add without the general operator.
      if case .object(let sh) = args[0], heap.get(sh, PyList.self) != nil || heap.get(sh, PyTuple.self) != nil {
        var i = 0
        while let x = fastGetItem(sh, .int(Int64(i))) {
          i += 1
          if case .int(let a) = acc, case .int(let b) = x, case (let total, false) = a.addingReportingOverflow(b) {
            acc = .int(total)
          } else if case .float(let a) = acc, case .float(let b) = x {
            acc = .float(a + b)
          } else {
            acc = try binary(.add, acc, x)  // an object result is rooted as the next call's argument
          }
          if i & 0xFFF == 0 { try chargeFuel(4096) }
        }
        try chargeFuel(i & 0xFFF)
        return acc
      }
      let it = try getIterator(args[0])
      temporaryRoots.append(it)
      defer { temporaryRoots.removeLast() }
      var n = 0
      while let x = try nextValue(it) {
        if case .int(let a) = acc, case .int(let b) = x {
          let (s, o) = a.addingReportingOverflow(b)
          acc = o ? try binary(.add, acc, x) : .int(s)
        } else if case .float(let a) = acc, case .float(let b) = x {
          acc = .float(a + b)
        } else {
          acc = try binary(.add, acc, x)
          temporaryRoots.append(acc)
          temporaryRoots.removeLast()
        }
        n += 1
        if n & 0xFF == 0 { try chargeFuel(256) }
      }
      return acc
    case .vars:
      try expectArgs("vars", args, 0, 1)
      if let a = args.first {
        if let d = try getAttrOrNil(a, "__dict__") { return d }
        throw makeError(types.typeError, "vars() argument must have __dict__ attribute")
      }
      return .object(frames.last?.namespace ?? frames.last?.globals ?? builtins)
    case .globals:
      return .object(frames.last?.globals ?? builtins)
    case .locals:
      guard let f = frames.last else { return .object(builtins) }
      if f.namespace != 0 { return .object(f.namespace) }
      let code = f.runtime.code
      if code.kind == .module { return .object(f.globals) }
      // A function's locals: a snapshot of its named registers that are bound (cells read through).
      let d = PyDict()
      let dh = heap.allocate(d)
      let cells = Set(code.cellRegisters + code.cellParameters + code.freeRegisters)
      for (i, name) in code.registerNames.enumerated() where !name.isEmpty && i < code.registerCount {
        var v = registers[f.base + i]
        if cells.contains(i), case .object(let ch) = v, let c = heap.get(ch, PyCell.self) { v = c.value }
        if case .unbound = v { continue }
        try dictSet(d, newString(name), v)
      }
      return .object(dh)
    case .dir:
      try expectArgs("dir", args, 0, 1)
      var names: Set<String> = []
      if let a = args.first {
        if case .object(let h) = a, let inst = heap.get(h, PyInstance.self), let d = heap.get(inst.dict, PyDict.self) {
          for e in d.storage.live { names.insert(str(e.key)) }
        }
        let cls: Handle
        if case .object(let h) = a, heap[h].kind == .type { cls = h } else { cls = typeOf(a) }
        if let t = heap.get(cls, PyType.self) {
          for c in t.mro {
            if let ct = heap.get(c, PyType.self), let d = heap.get(ct.dict, PyDict.self) {
              for e in d.storage.live { names.insert(str(e.key)) }
            }
          }
        }
      } else if let g = frames.last?.globals, let d = heap.get(g, PyDict.self) {
        for e in d.storage.live { names.insert(str(e.key)) }
      }
      return newList(names.sorted { compareCodePoints($0, $1) < 0 }.map { newString($0) })
    case .input:
      throw makeError(types.eofError, "EOF when reading a line")
    case .open:
      return try openFile(args, kwargs)
    case .exec, .eval, .compile:
      throw makeError(types.notImplementedError, "\(id)() is not supported by Monty")
    case .breakpoint:
      return .none
    case .importFunction:
      try expectArgs("__import__", args, 1, 5)
      return try importModule(try strArg(args[0], "__import__() argument 1 must be str"))
    default:
      throw makeError(types.systemError, "builtin \(id) is not implemented")
    }
  }

  func emitOutput(_ text: String) throws(PyException) {
    try chargeOutput(text.utf8.count)
    output(text)
  }

  func classCheck(_ obj: Value, _ spec: Value, isInstanceCheck: Bool) throws(PyException) -> Bool {
    guard case .object(let sh) = spec else {
      throw makeError(types.typeError, "\(isInstanceCheck ? "isinstance" : "issubclass")() arg 2 must be a type, a tuple of types, or a union")
    }
    if let t = heap.get(sh, PyTuple.self) {
      for item in t.items where try classCheck(obj, item, isInstanceCheck: isInstanceCheck) { return true }
      return false
    }
    guard heap[sh].kind == .type else {
      throw makeError(types.typeError, "\(isInstanceCheck ? "isinstance" : "issubclass")() arg 2 must be a type, a tuple of types, or a union")
    }
    if isInstanceCheck { return isInstance(obj, sh) }
    guard case .object(let oh) = obj, heap[oh].kind == .type else {
      throw makeError(types.typeError, "issubclass() arg 1 must be a class")
    }
    return isSubclass(oh, sh) || sh == types.object
  }

  func minMax(_ isMax: Bool, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyException) -> Value {
    let name = isMax ? "max" : "min"
    try checkKeywords(name, kwargs, allowed: ["key", "default"])
    let key = keyword(kwargs, "key") ?? .none
    var items: [Value]
    if args.count == 1 {
      items = try collect(args[0])
    } else if args.isEmpty {
      throw makeError(types.typeError, "\(name) expected at least 1 argument, got 0")
    } else {
      if keyword(kwargs, "default") != nil {
        throw makeError(types.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
      }
      items = args
    }
    guard var best = items.first else {
      if let d = keyword(kwargs, "default") { return d }
      throw makeError(types.valueError, "\(name)() arg is an empty sequence")
    }
    if key.isNone, let extreme = extremeOfNumbers(items, isMax) {
      try chargeFuel(items.count)
      return extreme
    }
    let holder = heap.allocate(PyList(items))
    temporaryRoots.append(.object(holder))
    defer { temporaryRoots.removeLast() }
    var bestKey = key.isNone ? best : try call(key, args: [best])
    for x in items.dropFirst() {
      let k = key.isNone ? x : try call(key, args: [x])
      let better = try truthy(try compare(isMax ? .gt : .lt, k, bestKey))
      if better {
        best = x
        bestKey = k
      }
    }
    return best
  }

  /// `min`/`max` of items that are all ints or all floats, compared natively (no Python comparison,
  /// nothing to keep alive); nil for any other mix. The first of equal extremes wins, as in CPython.
  private func extremeOfNumbers(_ items: [Value], _ isMax: Bool) -> Value? {
    /// The extreme of the items as `T`, nil if one of them is not a `T`.
    func extreme<T: Comparable>(_ number: (Value) -> T?) -> T? {
      guard let first = items.first, var best = number(first) else { return nil }
      for v in items.dropFirst() {
        guard let x = number(v) else { return nil }
        if isMax ? x > best : x < best { best = x }
      }
      return best
    }
    switch items.first {
    case .int?: return extreme { if case .int(let i) = $0 { i } else { nil } }.map { .int($0) }
    case .float?: return extreme { if case .float(let d) = $0 { d } else { nil } }.map { .float($0) }
    default: return nil
    }
  }


  func roundValue(_ v: Value, _ ndigits: Value) throws(PyException) -> Value {
    // round(True) is the int 1: bool rounds as its int value.
    if case .bool(let b) = v { return try roundValue(.int(b ? 1 : 0), ndigits) }
    switch numeric(v) {
    case .float(let d)?:
      if ndigits.isNone {
        if d.isNaN { throw makeError(types.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { throw makeError(types.overflowError, "cannot convert float infinity to integer") }
        let r = d.rounded(.toNearestOrEven)
        return makeInt(BigInt(exactly: r) ?? 0)
      }
      let n = try intArg(ndigits)
      if !d.isFinite || n > 323 { return .float(d) }
      if n < -308 { return .float(0.0 * d) }
      // Correctly rounded via the shortest decimal text at n digits (as CPython's double rounding does).
      let text = try? formatFloat(d, spec: ".\(max(n, 0))f")
      if n >= 0, let text, let r = Double(text) { return .float(r) }
      let p = libmPow(10.0, Double(-n))
      let r = (d / p).rounded(.toNearestOrEven) * p
      return .float(r)
    case .int, .big:
      if ndigits.isNone { return v }
      let n = try intArg(ndigits)
      if n >= 0 { return v }
      let b = try bigArg(v)
      let p = BigInt(10).power(-n)
      var (q, r) = b.quotientAndRemainder(dividingBy: p)
      if r.sign == .minus { q -= 1; r += p }
      let twice = r * 2
      if twice > p || (twice == p && !q.isMultiple(of: 2)) { q += 1 }
      return makeInt(q * p)
    case nil:
      if let m = try lookupSpecial(v, "__round__") { return try call(m, args: ndigits.isNone ? [] : [ndigits]) }
      throw makeError(types.typeError, "type \(typeName(v)) doesn't define __round__ method")
    }
  }

  /// Stable sort with an optional key function; comparisons may call back into Python.
  func sortList(_ list: PyList, key: Value, reverse: Bool) throws(PyException) {
    // As in CPython, the list is empty while it is being sorted; a key function or comparison that
    // changes it is an error.
    let items = list.items
    let itemHolder = heap.allocate(PyList(items))
    temporaryRoots.append(.object(itemHolder))
    defer { temporaryRoots.removeLast() }
    list.items = []
    var sorted = items
    defer {
      let modified = !list.items.isEmpty
      list.items = sorted
      if modified { sortModified = true }
    }
    try sortItems(items, into: &sorted, key: key, reverse: reverse)
  }

  /// `list.sort` / `sorted` reported by `sortList`'s exit: the list was changed while sorting.
  func checkSortModified() throws(PyException) {
    if sortModified {
      sortModified = false
      throw makeError(types.valueError, "list modified during sort")
    }
  }

  private func sortItems(_ items: [Value], into result: inout [Value], key: Value, reverse: Bool) throws(PyException) {
    var keys = items
    // The keys are rooted as they are made: the key function runs Python code (safepoints).
    let keyList = PyList([])
    let keyHolder = heap.allocate(keyList)
    temporaryRoots.append(.object(keyHolder))
    defer { temporaryRoots.removeLast() }
    if !key.isNone {
      keyList.items.reserveCapacity(items.count)
      for x in items { keyList.items.append(try call(key, args: [x])) }
      keys = keyList.items
    }
    try chargeFuel(items.count * max(1, items.count.bitWidth - items.count.leadingZeroBitCount))
    if let order = sortedOrderOfPlainKeys(keys, reverse: reverse) {
      result = order.map { items[$0] }
      return
    }
    // Merge sort on indices: stable, and `throws` can propagate out of the comparison.
    var order = Array(0..<items.count)
    var buffer = order
    func less(_ a: Int, _ b: Int) throws(PyException) -> Bool {
      if case .int(let x) = keys[a], case .int(let y) = keys[b] { return reverse ? y < x : x < y }
      if reverse { return try truthy(try compare(.lt, keys[b], keys[a])) }
      return try truthy(try compare(.lt, keys[a], keys[b]))
    }
    var width = 1
    let n = order.count
    while width < n {
      var i = 0
      while i < n {
        let mid = min(i + width, n)
        let hi = min(i + 2 * width, n)
        var l = i
        var r = mid
        var k = i
        while l < mid && r < hi {
          if try less(order[r], order[l]) {
            buffer[k] = order[r]; r += 1
          } else {
            buffer[k] = order[l]; l += 1
          }
          k += 1
        }
        while l < mid { buffer[k] = order[l]; l += 1; k += 1 }
        while r < hi { buffer[k] = order[r]; r += 1; k += 1 }
        i += 2 * width
      }
      swap(&order, &buffer)
      width *= 2
    }
    result = order.map { items[$0] }
  }

  /// The stable sorted order of keys that are all ints, all floats (no NaN), all strs, or all tuples
  /// of those with the same kind at each position, compared natively (no Python comparison per
  /// pair); nil when the keys are of any other mix (the general path then compares them).
  func sortedOrderOfPlainKeys(_ keys: [Value], reverse: Bool) -> [Int]? {
    guard let first = keys.first else { return [] }
    /// Sorts indices by a native key, equal keys keeping their order (also when reversed).
    func order<K: Comparable>(_ k: [K]) -> [Int] {
      var idx = Array(0..<k.count)
      idx.sort { a, b in
        if k[a] != k[b] { return reverse ? k[b] < k[a] : k[a] < k[b] }
        return a < b
      }
      return idx
    }
    switch first {
    case .int:
      var ints: [Int64] = []
      ints.reserveCapacity(keys.count)
      for v in keys {
        guard case .int(let i) = v else { return nil }
        ints.append(i)
      }
      return order(ints)
    case .float:
      var doubles: [Double] = []
      doubles.reserveCapacity(keys.count)
      for v in keys {
        guard case .float(let d) = v, !d.isNaN else { return nil }
        doubles.append(d)
      }
      return order(doubles)
    case .object(let fh):
      if heap.get(fh, PyTuple.self) != nil {
        var tuples: [PlainTuple] = []
        tuples.reserveCapacity(keys.count)
        var kinds: [PlainTuple.Item.Kind] = []
        for v in keys {
          guard case .object(let h) = v, let t = heap.get(h, PyTuple.self), let tuple = plainTuple(t.items) else { return nil }
          // Every position holds one kind in all keys, so no comparison can mix types.
          for (i, item) in tuple.items.enumerated() {
            if i == kinds.count { kinds.append(item.kind) } else if kinds[i] != item.kind { return nil }
          }
          tuples.append(tuple)
        }
        return order(tuples)
      }
      // str keys: UTF-8 byte order is code-point order.
      var strings: [CodePointString] = []
      strings.reserveCapacity(keys.count)
      for v in keys {
        guard case .object(let h) = v, let s = heap.get(h, PyStr.self) else { return nil }
        strings.append(CodePointString(s.value))
      }
      return order(strings)
    default:
      return nil
    }
  }

  /// A tuple of ints, floats (no NaN) and strs as a native sort key; nil for any other item.
  private func plainTuple(_ items: [Value]) -> PlainTuple? {
    var out: [PlainTuple.Item] = []
    out.reserveCapacity(items.count)
    for v in items {
      switch v {
      case .int(let i): out.append(.int(i))
      case .float(let d) where !d.isNaN: out.append(.float(d))
      case .object(let h):
        guard let s = heap.get(h, PyStr.self) else { return nil }
        out.append(.str(CodePointString(s.value)))
      default: return nil
      }
    }
    return PlainTuple(items: out)
  }

  /// `format(value, spec)`: builtin types through the format-spec library, user classes through
  /// `__format__` (or `str()` for an empty spec).
  func format(_ v: Value, _ spec: String) throws(PyException) -> String {
    do {
      switch v {
      case .bool(let b):
        if spec.isEmpty { return b ? "True" : "False" }
        return try formatInt(BigInt(b ? 1 : 0), spec: spec, typeName: "bool")
      case .int(let i):
        if spec.isEmpty { return String(i) }
        return try formatInt(i, try parsedFormatSpec(spec, typeName: "int"))
      case .float(let d):
        if spec.isEmpty { return floatStr(d) }
        return try formatFloat(d, try parsedFormatSpec(spec, typeName: "float"))
      case .object(let h):
        let o = heap[h]
        if let s = cast(o, PyStr.self) { return spec.isEmpty ? s.value : try formatString(s.value, spec: spec) }
        if let b = cast(o, PyBigInt.self) { return try formatInt(b.value, spec: spec) }
        if o.kind == .instance, let m = try lookupSpecial(v, "__format__") {
          let r = try call(m, args: [newString(spec)])
          return try strArg(r, "__format__ must return a str, not \(typeName(r))")
        }
      default: break
      }
    } catch let e as FormatError {
      throw error(named: e.type, e.message)
    } catch let e as PyException {
      throw e
    } catch {
      throw makeError(types.valueError, "format failed")
    }
    if !spec.isEmpty {
      throw makeError(types.typeError, "unsupported format string passed to \(typeName(v)).__format__")
    }
    return try strThrowing(v)
  }

  /// `FormatSpec.parse(spec)`, remembered: the specs of a program are few and formatted many times.
  func parsedFormatSpec(_ spec: String, typeName: String) throws(FormatError) -> FormatSpec {
    if let parsed = formatSpecs[spec] { return parsed }
    let parsed = try FormatSpec.parse(spec, typeName: typeName)
    if formatSpecs.count >= 512 { formatSpecs.removeAll(keepingCapacity: true) }
    formatSpecs[spec] = parsed
    return parsed
  }

  /// An error reported by the string and formatting algorithms; their MemoryErrors are the memory limit.
  func error(named type: String, _ message: String) -> PyException {
    if type == "MemoryError" { tripped = .memory }
    return makeError(exceptionType(named: type), message)
  }

  func exceptionType(named name: String) -> Handle {
    if case .object(let h)? = dictGetString(builtins, name), (heap.get(h, PyType.self))?.isException == true { return h }
    return types.valueError
  }

  /// `template % args` for str.
  func percentFormat(_ template: String, _ args: Value) throws(PyException) -> String {
    var captured: PyException?
    func convert(_ v: Value) -> PercentValue {
      switch v {
      case .bool(let b): return .bool(b)
      case .int(let i): return .int(BigInt(i))
      case .float(let d): return .float(d)
      case .object(let h):
        if let s = heap.get(h, PyStr.self) { return .string(s.value) }
        if let b = heap.get(h, PyBigInt.self) { return .int(b.value) }
      default: break
      }
      return .object(PercentObject(
        typeName: typeName(v),
        str: { () throws(FormatError) -> String in
          do throws(PyException) { return try self.strThrowing(v) } catch {
            captured = error
            throw FormatError(type: "Exception", message: "")
          }
        },
        repr: { () throws(FormatError) -> String in
          do throws(PyException) { return try self.repr(v) } catch {
            captured = error
            throw FormatError(type: "Exception", message: "")
          }
        }))
    }
    let pargs: PercentArgs
    if case .object(let h) = args, let t = heap.get(h, PyTuple.self) {
      pargs = .tuple(t.items.map(convert))
    } else if case .object(let h) = args, let d = heap.get(h, PyDict.self) {
      var entries: [String: PercentValue] = [:]
      for e in d.storage.live { if let k = stringValue(e.key) { entries[k] = convert(e.value) } }
      pargs = .dictionary(entries, itself: convert(args))
    } else {
      pargs = .single(convert(args))
    }
    do {
      return try MontyVM.percentFormat(template, pargs)
    } catch {
      if let c = captured { throw c }
      if error.type == "KeyError", error.message.count >= 2 {
        throw makeError(types.keyError, args: [newString(String(error.message.dropFirst().dropLast()))])
      }
      throw self.error(named: error.type, error.message)
    }
  }

  func forRangeSlow(_ r: Int, exit: Int, pc: inout Int) throws(PyException) {
    // Non-int bounds: CPython's range() raises TypeError for them.
    for i in 0..<3 {
      let v = registers[r + i]
      if case .int = v { continue }
      if case .bool(let b) = v { registers[r + i] = .int(b ? 1 : 0); continue }
      if case .object(let h) = v, heap[h] is PyBigInt {
        throw makeError(types.overflowError, "Python int too large to convert to C ssize_t")
      }
      if isUserObject(v), let m = try lookupSpecial(v, "__index__") {
        let computed = try call(m, args: [])
        registers[r + i] = computed
        continue
      }
      throw makeError(types.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
    }
    if case .int(0) = registers[r + 2] { throw makeError(types.valueError, "range() arg 3 must not be zero") }
    pc -= 1  // retry the fast path
  }
}

/// A str compared by code points (UTF-8 byte order), as Python compares strs; Swift's `String <`
/// uses Unicode canonical ordering instead.
/// A tuple sort key: compared item by item like Python's tuples (callers make sure the items at one
/// position are all of one kind).
struct PlainTuple: Comparable {
  enum Item: Comparable {
    case int(Int64)
    case float(Double)
    case str(CodePointString)

    enum Kind { case int, float, str }
    var kind: Kind {
      switch self {
      case .int: return .int
      case .float: return .float
      case .str: return .str
      }
    }
  }
  let items: [Item]

  static func < (a: PlainTuple, b: PlainTuple) -> Bool {
    for (x, y) in zip(a.items, b.items) where x != y { return x < y }
    return a.items.count < b.items.count
  }
}

struct CodePointString: Comparable {
  let value: String
  init(_ value: String) { self.value = value }
  static func < (a: CodePointString, b: CodePointString) -> Bool { compareCodePoints(a.value, b.value) < 0 }
  static func == (a: CodePointString, b: CodePointString) -> Bool { sameCodePoints(a.value, b.value) }
}
