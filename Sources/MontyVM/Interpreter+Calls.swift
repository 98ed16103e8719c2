// Calls: argument binding with CPython's TypeError messages, frame push/pop, native re-entry for
// builtins that call Python code, class instantiation, and generators (frames saved in objects).
import MontyCompiler

extension Interpreter {
  /// Executes a call instruction. Returns true when a Python frame was pushed (the loop then switches
  /// to it); otherwise the result is already in its register.
  func callInstruction(_ ins: Instruction, base: Int, pc: inout Int, code: UnsafeMutablePointer<Instruction>) throws(PyException) -> Bool? {
    // Fast path: a Python function with plain positional parameters called with exactly that many
    // arguments. The arguments are already in place: the callee's frame starts on them.
    if ins.op == .call || ins.op == .callMethod, case .object(let h) = registers[base + ins.b] {
      // Borrow the function (no reference counting): its runtime and globals are all the frame needs.
      let target = heap.unmanaged(h)._withUnsafeGuaranteedRef { o -> (Unmanaged<CodeRuntime>, Handle)? in
        guard o.kind == .function else { return nil }
        let fn = unsafeDowncast(o, to: PyFunction.self)
        return (Unmanaged.passUnretained(fn.runtime), fn.globals)
      }
      if let (runtimeRef, globals) = target {
        unowned(unsafe) let rt = runtimeRef.takeUnretainedValue()
        var argStart = base + ins.b + 1
        var argc = ins.c
        if ins.op == .callMethod {
          if case .unbound = registers[argStart] { argStart += 1 } else { argc += 1 }
        }
        if rt.fastCall && argc == rt.positionalCount {
          let count = rt.registerCount
          if argStart + count + 1 > registers.count { try ensureRegisters(argStart + count + 1) }
          if frames.count >= recursionLimit { throw makeError(types.recursionError, "maximum recursion depth exceeded") }
          for i in argc..<count { registers[argStart + i] = .unbound }
          frames.append(Frame(runtime: rt, pc: 0, base: argStart, returnTo: base + ins.a, function: h, globals: globals,
                              namespace: 0, generator: 0, handledDepth: handled.count, isBoundary: false))
          return true
        }
      }
    }
    if ins.op == .call && ins.c == 2, let value = try fastClassCheck(base + ins.b) {
      registers[base + ins.a] = value
      return nil
    }
    if ins.op == .callMethod, let value = try fastBuiltinMethod(base + ins.b, argc: ins.c) {
      registers[base + ins.a] = value
      return nil
    }
    var callee: Value
    var argStart: Int
    var argc: Int
    var kwNames: [String] = []
    let result = base + ins.a
    switch ins.op {
    case .call:
      callee = registers[base + ins.b]
      argStart = base + ins.b + 1
      argc = ins.c
    case .callMethod:
      callee = registers[base + ins.b]
      if case .unbound = registers[base + ins.b + 1] {
        argStart = base + ins.b + 2
        argc = ins.c
      } else {
        argStart = base + ins.b + 1
        argc = ins.c + 1
      }
    case .callKw:
      callee = registers[base + ins.b]
      argStart = base + ins.b + 1
      let extra = code[pc]
      pc += 1
      frames[frames.count - 1].pc = pc
      argc = ins.c + extra.a
      if case .object(let h) = frames[frames.count - 1].runtime.constants[extra.b], let t = heap.get(h, PyTuple.self) {
        kwNames = t.items.map { str($0) }
      }
    default:  // callEx
      callee = registers[base + ins.b]
      let argsValue = registers[base + ins.c]
      let kwValue = registers[base + ins.c + 1]
      var args: [Value] = []
      if case .object(let h) = argsValue, let t = heap.get(h, PyTuple.self) { args = t.items }
      var kwargs: [(String, Value)] = []
      if case .object(let h) = kwValue, let d = heap.get(h, PyDict.self) {
        for e in d.storage.live {
          guard case .object(let kh) = e.key, let k = heap.get(kh, PyStr.self) else {
            throw makeError(types.typeError, "keywords must be strings")
          }
          kwargs.append((k.value, e.value))
        }
      }
      if try pausesForExternalCall(callee, args: args, kwargs: kwargs, result: result) { return false }
      let computed = try call(callee, args: args, kwargs: kwargs)
      registers[result] = computed
      return nil
    }
    // A user class whose `__init__` is a Python function: make the instance in the callee's register
    // and run `__init__` as a frame of this loop (no native re-entry); its return yields the instance.
    var constructing: Handle = 0
    var calleeFunction = callee
    if ins.op == .call, case .object(let th) = callee, let t = heap.get(th, PyType.self), !t.isBuiltin,
      !t.isException, t.builtinBase == .object, let initV = lookupInMRO(th, key: .object(initName)),
      case .object(let fh) = initV, let initFn = heap.get(fh, PyFunction.self), !initFn.runtime.code.isGenerator
    {
      let ih = heap.allocate(PyInstance(cls: th, dict: heap.allocateDict()))
      argStart -= 1
      argc += 1
      registers[argStart] = .object(ih)
      constructing = ih
      calleeFunction = initV
    }
    // A plain Python function called positionally: bind in place and push a frame.
    if case .object(let h) = calleeFunction, let fn = heap.get(h, PyFunction.self), !fn.runtime.code.isGenerator {
      let c = fn.runtime.code
      let calleeBase = argStart
      try ensureRegisters(calleeBase + c.registerCount + 1)
      if kwNames.isEmpty && argc == c.positionalCount && !c.hasVarargs && !c.hasVarkw && c.keywordOnlyCount == 0 {
        for i in argc..<c.registerCount { registers[calleeBase + i] = .unbound }
      } else {
        let positional = Array(registers[argStart..<(argStart + argc - kwNames.count)])
        let kwValues = Array(registers[(argStart + argc - kwNames.count)..<(argStart + argc)])
        for i in 0..<c.registerCount { registers[calleeBase + i] = .unbound }
        try bindArguments(fn, positional: positional, kwNames: kwNames, kwValues: kwValues, base: calleeBase)
      }
      try pushFrame(fn, functionHandle: h, base: calleeBase, returnTo: result, boundary: false)
      frames[frames.count - 1].constructing = constructing
      return true
    }
    let positional = Array(registers[argStart..<(argStart + argc - kwNames.count)])
    var kwargs: [(String, Value)] = []
    for (i, n) in kwNames.enumerated() { kwargs.append((n, registers[argStart + argc - kwNames.count + i])) }
    if try pausesForExternalCall(callee, args: positional, kwargs: kwargs, result: result) { return false }
    let value = try call(callee, args: positional, kwargs: kwargs)
    registers[result] = value
    return nil
  }

  func ensureRegisters(_ count: Int) throws(PyException) {
    if count <= registers.count { return }
    if count > 50_000_000 { throw makeError(types.memoryError, "memory limit exceeded: register file") }
    registers.grow(to: count)
  }

  func pushFrame(_ fn: PyFunction, functionHandle: Handle, base: Int, returnTo: Int, boundary: Bool,
                 namespace: Handle = 0, generator: Handle = 0) throws(PyException) {
    if frames.count >= recursionLimit {
      throw makeError(types.recursionError, "maximum recursion depth exceeded")
    }
    let c = fn.runtime.code
    // Closure cells go into their registers; cells for captured locals are made by `makeCell`.
    for (i, r) in c.freeRegisters.enumerated() where i < fn.closure.count {
      registers[base + r] = fn.closure[i]
    }
    frames.append(Frame(runtime: fn.runtime, pc: 0, base: base, returnTo: returnTo, function: functionHandle,
                        globals: fn.globals, namespace: namespace, generator: generator, handledDepth: handled.count,
                        isBoundary: boundary))
  }

  /// Binds call arguments to a function's parameter registers, with CPython's error messages.
  func bindArguments(_ fn: PyFunction, positional: [Value], kwNames: [String], kwValues: [Value],
                     base: Int) throws(PyException) {
    let c = fn.runtime.code
    let np = c.positionalCount
    let name = fn.qualifiedName
    if positional.count > np && !c.hasVarargs {
      let given = positional.count
      let kwGiven = kwNames.filter { n in c.parameterNames[np..<(np + c.keywordOnlyCount)].contains(n) }.count
      let minArgs = np - fn.defaults.count
      let takes: String
      if fn.defaults.isEmpty {
        takes = "\(np) positional argument\(np == 1 ? "" : "s")"
      } else {
        takes = "from \(minArgs) to \(np) positional arguments"
      }
      var msg = "\(name)() takes \(takes) but \(given) "
      if kwGiven > 0 {
        msg += "positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given"
      } else {
        msg += given == 1 ? "was given" : "were given"
      }
      throw makeError(types.typeError, msg)
    }
    for i in 0..<min(np, positional.count) { registers[base + i] = positional[i] }
    var slot = np + c.keywordOnlyCount
    if c.hasVarargs {
      let extra = positional.count > np ? Array(positional[np...]) : []
      registers[base + slot] = extra.isEmpty ? .object(emptyTuple) : .object(heap.allocate(PyTuple(extra)))
      slot += 1
    }
    var kwDict: Handle = 0
    if c.hasVarkw {
      kwDict = heap.allocateDict()
      registers[base + slot] = .object(kwDict)
    }
    var posonlyPassedByName: [String] = []
    for (k, n) in kwNames.enumerated() {
      if let i = c.parameterNames.firstIndex(of: n), i >= c.positionalOnlyCount, i < np + c.keywordOnlyCount {
        if case .unbound = registers[base + i] {
          registers[base + i] = kwValues[k]
        } else {
          throw makeError(types.typeError, "\(name)() got multiple values for argument '\(n)'")
        }
      } else if kwDict != 0 {
        if dictContainsString(kwDict, n) {
          throw makeError(types.typeError, "\(name)() got multiple values for keyword argument '\(n)'")
        }
        dictSetString(kwDict, n, kwValues[k])
      } else if let i = c.parameterNames.firstIndex(of: n), i < c.positionalOnlyCount {
        posonlyPassedByName.append(n)
      } else {
        throw makeError(types.typeError, "\(name)() got an unexpected keyword argument '\(n)'")
      }
    }
    if !posonlyPassedByName.isEmpty {
      throw makeError(types.typeError, "\(name)() got some positional-only arguments passed as keyword arguments: '\(posonlyPassedByName.joined(separator: ", "))'")
    }
    // Defaults for the last positional parameters.
    let firstDefault = np - fn.defaults.count
    var missing: [String] = []
    for i in 0..<np {
      if case .unbound = registers[base + i] {
        if i >= firstDefault {
          registers[base + i] = fn.defaults[i - firstDefault]
        } else {
          missing.append(c.parameterNames[i])
        }
      }
    }
    if !missing.isEmpty {
      throw makeError(types.typeError, "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
    }
    var missingKw: [String] = []
    for i in np..<(np + c.keywordOnlyCount) {
      if case .unbound = registers[base + i] {
        let n = c.parameterNames[i]
        if case .object(let dh) = fn.kwDefaults, let v = dictGetString(dh, n) {
          registers[base + i] = v
        } else {
          missingKw.append(n)
        }
      }
    }
    if !missingKw.isEmpty {
      throw makeError(types.typeError, "\(name)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(nameList(missingKw))")
    }
  }

  /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing arguments.
  func nameList(_ names: [String]) -> String {
    let q = names.map { "'\($0)'" }
    switch q.count {
    case 1: return q[0]
    case 2: return "\(q[0]) and \(q[1])"
    default: return q.dropLast().joined(separator: ", ") + ", and " + (q.last ?? "")
    }
  }

  // MARK: Native calls

  /// Calls any callable from Swift code (builtins, class construction, dunder methods).
  func call(_ callee: Value, args: [Value], kwargs: [(String, Value)] = []) throws(PyException) -> Value {
    guard case .object(let h) = callee else {
      throw makeError(types.typeError, "'\(typeName(callee))' object is not callable")
    }
    let o = heap[h]
    switch o.kind {
    case .function:
      guard let fn = cast(o, PyFunction.self) else { break }
      return try callFunction(h, fn, args: args, kwargs: kwargs)
    case .builtin:
      guard let b = cast(o, PyBuiltin.self) else { break }
      if b.id == .externalFunction { return try callExternalSynchronously(b.name, args: args, kwargs: kwargs) }
      if let receiver = b.receiver {
        return try callBuiltin(b.id, args: [receiver] + args, kwargs: kwargs)
      }
      return try callBuiltin(b.id, args: args, kwargs: kwargs)
    case .boundMethod:
      guard let m = cast(o, PyBoundMethod.self) else { break }
      return try call(m.function, args: [m.receiver] + args, kwargs: kwargs)
    case .type:
      return try instantiate(h, args: args, kwargs: kwargs)
    case .instance:
      if let method = try lookupSpecial(callee, "__call__") {
        return try call(method, args: args, kwargs: kwargs)
      }
    case .staticMethod:
      if let w = o as? PyWrapper { return try call(w.getter, args: args, kwargs: kwargs) }
    default:
      break
    }
    throw makeError(types.typeError, "'\(typeName(callee))' object is not callable")
  }

  /// Whether a call of `callee` pauses the run at an external call (and records it as pending).
  func pausesForExternalCall(_ callee: Value, args: [Value], kwargs: [(String, Value)], result: Int) throws(PyException) -> Bool {
    guard case .object(let h) = callee, let b = heap.get(h, PyBuiltin.self), b.id == .externalFunction,
      nativeDepth == 1, hostFunctions[b.name] == nil
    else { return false }
    try countExternalCall()
    pendingCall = PendingCall(name: b.name, args: args, kwargs: kwargs, resultRegister: result)
    return true
  }

  /// Runs a Python function to completion from Swift (a nested dispatch loop).
  func callFunction(_ h: Handle, _ fn: PyFunction, args: [Value], kwargs: [(String, Value)],
                    namespace: Handle = 0) throws(PyException) -> Value {
    let c = fn.runtime.code
    let newBase = registerTop
    try ensureRegisters(newBase + c.registerCount + 1)
    if fn.runtime.fastCall && kwargs.isEmpty && args.count == fn.runtime.positionalCount {
      // Plain positional parameters: the arguments are the first registers.
      for (i, a) in args.enumerated() { registers[newBase + i] = a }
      for i in args.count..<c.registerCount { registers[newBase + i] = .unbound }
    } else {
      for i in 0..<c.registerCount { registers[newBase + i] = .unbound }
      try bindArguments(fn, positional: args, kwNames: kwargs.map(\.0), kwValues: kwargs.map(\.1), base: newBase)
    }
    if c.isGenerator {
      return makeGenerator(h, fn, base: newBase)
    }
    try pushFrame(fn, functionHandle: h, base: newBase, returnTo: -1, boundary: true, namespace: namespace)
    switch try run() {
    case .returned(let v): return v
    case .yielded(let v): return v
    case .suspended: throw makeError(types.runtimeError, "external call could not pause the run")
    }
  }

  // MARK: Generators

  func makeGenerator(_ h: Handle, _ fn: PyFunction, base: Int) -> Value {
    let c = fn.runtime.code
    var regs = Array(registers[base..<(base + c.registerCount)])
    for (i, r) in c.freeRegisters.enumerated() where i < fn.closure.count { regs[r] = fn.closure[i] }
    let g = PyGenerator(function: h, registers: regs, name: fn.name, qualifiedName: fn.qualifiedName)
    return .object(heap.allocate(g))
  }

  /// Resumes a generator with `send`; returns the next yielded value, or nil when it finishes
  /// (its return value is left in `lastStopIterationValue`).
  /// With `throwing`, raises that exception at the paused `yield` (generator.throw / close) so the
  /// generator's except and finally blocks run.
  func resumeGenerator(_ gh: Handle, _ g: PyGenerator, send: Value, throwing: PyException? = nil) throws(PyException) -> Value? {
    switch g.state {
    case .finished:
      if let throwing { throw throwing }
      lastStopIterationValue = .none
      return nil
    case .running:
      throw makeError(types.valueError, "generator already executing")
    case .created:
      if let throwing {
        g.state = .finished
        g.registers = []
        throw throwing
      }
      if !send.isNone { throw makeError(types.typeError, "can't send non-None value to a just-started generator") }
    case .suspended:
      break
    }
    guard let fn = heap.get(g.function, PyFunction.self) else { return nil }
    let c = fn.runtime.code
    let newBase = registerTop
    try ensureRegisters(newBase + c.registerCount + 1)
    for (i, v) in g.registers.enumerated() { registers[newBase + i] = v }
    if g.state == .suspended { registers[newBase + g.sendRegister] = send }
    try pushFrame(fn, functionHandle: g.function, base: newBase, returnTo: -1, boundary: true, generator: gh)
    frames[frames.count - 1].pc = g.pc
    // pushFrame re-installed closure cells from the function; the saved registers already had them.
    g.state = .running
    let exit: FrameExit
    do throws(PyException) {
      if let throwing { try unwind(throwing) }
      exit = try run()
    } catch {
      // PEP 479: a StopIteration escaping the generator's body becomes a RuntimeError.
      if isInstance(error.value, types.stopIteration) {
        let e = makeError(types.runtimeError, "generator raised StopIteration")
        if case .object(let eh) = e.value, let inst = heap.get(eh, PyInstance.self) {
          inst.cause = error.value
          inst.context = error.value
          inst.suppressContext = true
        }
        throw e
      }
      throw error
    }
    switch exit {
    case .yielded(let v):
      return v
    case .returned(let v):
      g.state = .finished
      g.registers = []
      lastStopIterationValue = v
      return nil
    case .suspended:
      throw makeError(types.runtimeError, "external call could not pause the run")
    }
  }

  /// Pushes a generator's frame for a `for` loop in the current frame: yields go to register
  /// `target` and the loop continues after the `forIter`; when the generator finishes, the loop
  /// jumps to `exit`. False when the generator cannot be resumed this way (running or finished).
  func resumeGeneratorFrame(_ gh: Handle, into target: Int, exit: Int) throws(PyException) -> Bool {
    guard let g = heap.get(gh, PyGenerator.self), g.state == .created || g.state == .suspended,
      let fn = heap.get(g.function, PyFunction.self)
    else { return false }
    let c = fn.runtime.code
    let newBase = registerTop
    try ensureRegisters(newBase + c.registerCount + 1)
    g.registers.withUnsafeBufferPointer { saved in
      for (i, v) in saved.enumerated() { registers[newBase + i] = v }
    }
    if g.state == .suspended { registers[newBase + g.sendRegister] = .none }
    try pushFrame(fn, functionHandle: g.function, base: newBase, returnTo: target, boundary: false, generator: gh)
    frames[frames.count - 1].pc = g.pc
    frames[frames.count - 1].resumeExit = exit
    g.state = .running
    return true
  }

  /// Saves the current (generator) frame into its generator object and leaves it.
  func suspendGenerator(resultRegister: Int) {
    guard let frame = frames.last, frame.generator != 0, let g = heap.get(frame.generator, PyGenerator.self) else {
      return
    }
    let count = frame.runtime.code.registerCount
    if g.registers.count == count {
      // Reuse the generator's buffer: no allocation per yield.
      g.registers.withUnsafeMutableBufferPointer { saved in
        for i in 0..<count { saved[i] = registers[frame.base + i] }
      }
    } else {
      g.registers = Array(registers[frame.base..<(frame.base + count)])
    }
    g.pc = frame.pc
    g.sendRegister = resultRegister
    g.state = .suspended
    frames.removeLast()
    if handled.count > frame.handledDepth { handled.removeLast(handled.count - frame.handledDepth) }
  }

  func finishGenerator(_ gh: Handle) {
    if let g = heap.get(gh, PyGenerator.self) {
      g.state = .finished
      g.registers = []
    }
  }

  // MARK: Classes

  /// `Class(*args, **kwargs)`: builtin types construct directly; user classes make an instance and
  /// run `__init__`.
  func instantiate(_ h: Handle, args: [Value], kwargs: [(String, Value)]) throws(PyException) -> Value {
    let h = osErrorSubclass(h, args: args)
    guard let t = heap.get(h, PyType.self) else { throw makeError(types.typeError, "not a class") }
    if t.isBuiltin && !t.isException {
      return try constructBuiltin(h, t, args: args, kwargs: kwargs)
    }
    if t.builtinBase != .object && t.builtinBase != .baseException {
      throw makeError(types.notImplementedError, "subclassing the builtin type '\(typeNameOfType(t.builtinBase))' is not supported")
    }
    let inst = PyInstance(cls: h, dict: heap.allocateDict())
    let ih = heap.allocate(inst)
    let instance = Value.object(ih)
    if t.isException { inst.exceptionArgs = args }
    temporaryRoots.append(instance)
    defer { temporaryRoots.removeLast() }
    if let initFn = lookupInMRO(h, "__init__"), !isObjectInit(initFn) {
      let r = try call(bindAttribute(initFn, instance), args: args, kwargs: kwargs)
      if !r.isNone {
        throw makeError(types.typeError, "__init__() should return None, not '\(typeName(r))'")
      }
    } else if !t.isException && (!args.isEmpty || !kwargs.isEmpty) {
      throw makeError(types.typeError, "\(t.name)() takes no arguments")
    }
    return instance
  }

  func bindIfFunction(_ f: Value, _ receiver: Value) -> Value {
    if case .object(let h) = f, heap[h].kind == .function {
      return .object(heap.allocate(PyBoundMethod(function: f, receiver: receiver)))
    }
    return f
  }
}
