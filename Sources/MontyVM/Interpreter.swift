// The virtual machine: heap, register file, frame stack, and the dispatch loop.
// Python calls push a frame and continue in the same loop (no native recursion); only builtins that
// call back into Python (sort keys, __eq__, __repr__, generators pulled by builtins) re-enter `run`,
// and that re-entry is bounded by the recursion limit. Slow paths live in Interpreter+*.swift.
import MontyCompiler
import MontySyntax

struct Frame {
  /// Code runtimes live as long as the VM (`Interpreter.runtimes`), so frames need not retain them.
  unowned(unsafe) var runtime: CodeRuntime
  var pc: Int
  /// Index of register 0 of this frame in the register file.
  var base: Int
  /// Absolute register index receiving the return value; -1 when the caller is native code.
  var returnTo: Int
  var function: Handle
  var globals: Handle
  /// Class body namespace (loadName/storeName), or 0.
  var namespace: Handle
  /// The generator object running in this frame, or 0.
  var generator: Handle
  /// Depth of `handled` when the frame was entered (restored when it is left).
  var handledDepth: Int
  /// Whether returning from this frame ends a native `run` call.
  var isBoundary: Bool
  /// For an `__init__` frame pushed by a class call: the new instance, which the call returns.
  var constructing: Handle = 0
  /// For a generator frame resumed by `forIter` in the frame below: where that loop continues when
  /// the generator finishes (its yields go to `returnTo`, the loop variable). -1 otherwise.
  var resumeExit: Int = -1
}

/// Why `run` stopped at its boundary frame.
enum FrameExit {
  case returned(Value)
  case yielded(Value)
  /// Paused at a call of an external function (`pendingCall`); only the outermost `run` pauses.
  case suspended
}

public final class Interpreter {
  let heap: Heap
  var registers = RegisterFile(capacity: 256)
  var frames: [Frame] = []
  /// Exceptions being handled (innermost last), for `raise` without argument and for context chaining.
  var handled: [Value] = []
  var temporaryRoots: [Value] = []
  var runtimes = RuntimeTable()
  /// Interned strings this VM made (those of the bootstrap image are in `bootstrapInterned`).
  var interned = InternTable()
  /// The bootstrap image's interned strings (BootstrapImage.swift), shared and never changed.
  var bootstrapInterned = InternTable()
  /// The interned "__init__" (class calls look it up on every instantiation).
  var initName: Handle = 0
  /// The interned one-character strs of the ASCII characters, by code (what indexing ASCII text returns).
  var asciiCharacters: [Handle] = []
  var types = BuiltinTypes()
  var builtins: Handle = 0
  var modules: [String: Handle] = [:]
  /// Format specs already parsed (`parsedFormatSpec`), by their text.
  var formatSpecs: [String: FormatSpec] = [:]
  /// Called with each chunk of printed text.
  public var output: (String) -> Void = { _ in }
  public var recursionLimit = 1000
  /// Native re-entries into `run` in progress (sort keys, dunder calls from builtins…).
  var nativeDepth = 0
  static let maxNativeDepth = 200
  var noneHandle: Handle = 0
  var ellipsisHandle: Handle = 0
  var notImplementedHandle: Handle = 0
  var emptyTuple: Handle = 0
  /// Source files by name, for the source lines shown in tracebacks.
  public var sources: [String: SourceFile] = [:]
  /// Bumped on every change to a namespace dict (globals, builtins); global-lookup caches compare it.
  var namespaceEpoch: UInt64 = 1
  var iteratorTypes: [String: Handle] = [:]
  /// The files sandboxed code can reach (FileSystem.swift); by default none.
  public var fileSystem = VirtualFileSystem()

  // Limits of the current run (Limits.swift).
  var fuelLeft = Int.max
  var fuelBudget: Int?
  var fuelAtStart = Int.max
  /// Ticks until the dispatch loop next checks the limits (shared by every entry into the loop).
  var ticksLeft = 1024
  /// Levels of native recursion over data structures (`enterNested`).
  var nesting = 0
  /// Lowest safe native stack address of `stackThread` (Limits.swift).
  var stackFloor: UInt = 0
  var stackThread: UInt = 0
  /// Work charged by builtins since the last check.
  var pendingWork = 0
  var memoryLimit = Int.max
  var deadline: UInt64 = 0
  var duration: UInt64 = 0
  var outputLimit = Int.max
  var outputUsed = 0
  var externalCallsLeft = Int.max
  /// The limit that stopped the run, if any: from then on no handler runs.
  public internal(set) var tripped: LimitKind?
  /// The objects made by the bootstrap, by handle (the same in every process; Snapshot.swift).
  var bootstrapObjects: [PyObject?] = []
  /// The bootstrap image this VM started from (nil in the VM that builds it).
  var image: BootstrapImage?
  /// The compiled sources whose code runs in this VM (Snapshot.swift).
  public internal(set) var units: [CompiledUnit] = []
  /// The external call the run is paused at (Interpreter+Host.swift).
  public internal(set) var pendingCall: PendingCall?
  /// Serves external calls that cannot pause the run (made from inside a builtin's callback).
  public var synchronousExternal: ((PendingCall) throws(PyException) -> Value)?
  /// External functions served synchronously (never pausing), by name.
  public var hostFunctions: [String: HostFunction] = [:]
  /// What the sandbox may read of the host's clock and entropy (HostPolicy.swift).
  public var clockPolicy = ClockPolicy.system
  public var randomPolicy = RandomPolicy.entropy { didSet { if randomPolicy != oldValue { randomGenerator = nil } } }
  /// The `random` module's generator, made at its first use under `randomPolicy`.
  var randomGenerator: MersenneTwister?

  /// A VM in its initial state: the builtins of the process's bootstrap image, nothing else.
  public init() {
    let image = BootstrapImage.shared
    heap = Heap(image: image.heap)
    adoptBootstrapImage(image)
  }

  /// The VM the bootstrap image is built in (BootstrapImage.swift).
  init(buildingImage: Void) {
    heap = Heap()
    bootstrap()
    initName = intern("__init__")
    asciiCharacters = (0..<128).map { intern(String(UnicodeScalar(UInt8($0)))) }
  }

  deinit { registers.deallocate() }

  // MARK: Running programs

  /// Runs a compiled module in a fresh `__main__` namespace (or `globals` if given).
  public func runModule(_ code: CodeObject, globals existing: Handle? = nil) throws(PyException) -> Handle {
    let globals = existing ?? makeModuleGlobals(name: "__main__")
    let runtime = self.runtime(for: code)
    let fn = PyFunction(runtime: runtime, globals: globals, defaults: [], kwDefaults: .none, closure: [])
    let fh = heap.allocate(fn)
    temporaryRoots.append(.object(fh))
    defer { temporaryRoots.removeLast() }
    _ = try callFunction(fh, fn, args: [], kwargs: [])
    return globals
  }

  /// A fresh `__main__` namespace for a session.
  public func makeMainGlobals() -> Handle { makeModuleGlobals(name: "__main__") }

  func makeModuleGlobals(name: String) -> Handle {
    let gd = PyDict()
    gd.isNamespace = true
    namespaceEpoch &+= 1  // a new namespace may reuse the handle of a dead one that caches remember
    if name == "__main__", let image {
      gd.storage = image.mainGlobals  // the same three entries, copied on write
      return heap.allocate(gd)
    }
    let g = heap.allocate(gd)
    dictSetString(g, "__name__", .object(intern(name)))
    dictSetString(g, "__builtins__", .object(builtins))
    dictSetString(g, "__doc__", .none)
    return g
  }

  /// The runtime data (materialized constants) of a code object, created once.
  func runtime(for code: CodeObject) -> CodeRuntime {
    if let r = runtimes[ObjectIdentifier(code)] { return r }
    let constants = code.constants.map(materialize)
    let names = code.names.map { Value.object(intern($0)) }
    let r = CodeRuntime(code: code, constants: constants, nameValues: names)
    prepareNames(r)
    runtimes[ObjectIdentifier(code)] = r
    return r
  }

  /// Fills a runtime's name handle and hash tables (the attribute fast paths read them).
  func prepareNames(_ r: CodeRuntime) {
    for (i, v) in r.nameValues.enumerated() {
      guard case .object(let h) = v, let s = heap.get(h, PyStr.self) else { continue }
      r.nameHandles[i] = h
      r.nameHashes[i] = strHash(s)
    }
  }

  func materialize(_ c: CodeConstant) -> Value {
    switch c {
    case .none: return .none
    case .bool(let b): return .bool(b)
    case .int(let v): return .int(v)
    case .bigInt(let digits, let radix): return makeBigIntFromDigits(digits, radix: radix)
    case .float(let d): return .float(d)
    case .imaginary(let d): return .float(d)  // complex numbers are not supported; see DIFFERENCES.md
    case .string(let s): return .object(intern(s))
    case .bytes(let b): return .object(heap.allocate(PyBytes(b)))
    case .ellipsis: return .object(ellipsisHandle)
    case .tuple(let items): return .object(heap.allocate(PyTuple(items.map(materialize))))
    case .code(let code):
      // Code constants are resolved by makeFunction through `runtime(for:)`; keep a marker.
      _ = runtime(for: code)
      return .none
    }
  }

  /// An interned str object (names, constants): one object per distinct string, never collected.
  func intern(_ s: String) -> Handle {
    var text = s
    return text.withUTF8 { u in
      let bytes = UnsafeRawBufferPointer(u)
      let hash = hashBytes(bytes)
      if let h = bootstrapInterned.find(bytes, hash: hash, in: heap) ?? interned.find(bytes, hash: hash, in: heap) {
        return h
      }
      let str = PyStr(s)
      str.hashCache = hash  // the same function as `strHash`
      let h = heap.allocate(str)
      interned.insert(h, hash: hash)
      return h
    }
  }

  // MARK: Garbage collection

  /// A safepoint: collect if enough has been allocated. Everything live is reachable from roots.
  @inline(__always) func safepoint(top: Int) throws(PyException) {
    if heap.wantsCollection {
      collectGarbage(top: top)
      try checkMemoryAfterCollection()
    }
  }

  func collectGarbage(top: Int, extraRoots: [Value] = []) {
    heap.collect { mark in
      for v in extraRoots { mark(v) }
      for i in 0..<min(top, registers.count) { mark(registers[i]) }
      for f in frames {
        mark(.object(f.function))
        mark(.object(f.globals))
        if f.namespace != 0 { mark(.object(f.namespace)) }
        if f.generator != 0 { mark(.object(f.generator)) }
        if f.constructing != 0 { mark(.object(f.constructing)) }
        for c in f.runtime.constants { mark(c) }
      }
      for r in runtimes.values {
        for c in r.constants { mark(c) }
        for n in r.nameValues { mark(n) }
      }
      for h in interned.all { mark(.object(h)) }
      for v in handled { mark(v) }
      for v in temporaryRoots { mark(v) }
      for h in modules.values { mark(.object(h)) }
      mark(.object(builtins))
      types.trace(mark)
      for v in [noneHandle, ellipsisHandle, notImplementedHandle, emptyTuple] { mark(.object(v)) }
    }
  }

  /// The top of the register area in use by the current frame stack.
  var registerTop: Int {
    guard let f = frames.last else { return 0 }
    return f.base + f.runtime.code.registerCount
  }

  // MARK: The dispatch loop

  /// Runs frames until the boundary frame (pushed by the caller) returns or yields.
  func run() throws(PyException) -> FrameExit {
    nativeDepth += 1
    defer { nativeDepth -= 1 }
    if nativeDepth == 1 { updateStackFloor() }
    if nativeDepth > Interpreter.maxNativeDepth || nativeStackIsLow() {
      throw makeError(types.recursionError, "maximum recursion depth exceeded")
    }
    while true {
      do {
        return try dispatch()
      } catch {
        try unwind(error)
      }
    }
  }

  /// Finds a handler for `error` in the current frame or its callers (up to the boundary frame),
  /// recording traceback entries on the way; rethrows when the boundary frame has none.
  func unwind(_ error: PyException) throws(PyException) {
    while let frame = frames.last {
      let pc = max(frame.pc - 1, 0)
      recordTraceback(error.value, frame.runtime.code, pc)
      for h in frame.runtime.code.handlers where pc >= h.start && pc < h.end && tripped == nil {
        frames[frames.count - 1].pc = h.handler
        registers[frame.base + h.register] = error.value
        let keep = frame.handledDepth + h.handlerDepth
        if handled.count > keep { handled.removeLast(handled.count - keep) }
        return
      }
      // No handler: leave the frame.
      frames.removeLast()
      if handled.count > frame.handledDepth { handled.removeLast(handled.count - frame.handledDepth) }
      if frame.generator != 0, let g = heap.get(frame.generator, PyGenerator.self) {
        g.state = .finished
        g.registers = []
      }
      if frame.isBoundary { throw error }
    }
    throw error
  }

  func recordTraceback(_ exc: Value, _ code: CodeObject, _ pc: Int) {
    guard case .object(let h) = exc, let inst = heap.get(h, PyInstance.self) else { return }
    if let last = inst.traceback.last, last.0 === code, last.1 == pc, inst.traceback.count == 1 { return }
    inst.traceback.append((code, pc))
  }

  /// Executes instructions of the current frame stack until the boundary frame exits.
  func dispatch() throws(PyException) -> FrameExit {
    guard var frame = frames.last else { return .returned(.none) }
    var code = frame.runtime.instructions
    var base = frame.base
    var pc = frame.pc
    /// Back edges and calls until the next limit check (DESIGN.md: fuel is charged on those only).
    /// Kept across entries (exceptions and generators re-enter this function) in `ticksLeft`.
    var ticks = ticksLeft
    defer { ticksLeft = ticks }

    /// Saves the loop's local state into the frame stack (before anything that may throw or call).
    func save() {
      frames[frames.count - 1].pc = pc
    }

    /// Switches the loop's local state to the frame now on top (after a push or a pop).
    func enterTopFrame() {
      frame = frames[frames.count - 1]
      code = frame.runtime.instructions
      base = frame.base
      pc = frame.pc
    }

    while true {
      let ins = code[pc]
      pc += 1
      switch ins.op {
      case .move:
        registers[base + ins.a] = registers[base + ins.b]
      case .loadConst:
        registers[base + ins.a] = frame.runtime.constants[ins.b]
      case .loadNone:
        registers[base + ins.a] = .none
      case .loadBool:
        registers[base + ins.a] = .bool(ins.b != 0)
      case .loadInt:
        registers[base + ins.a] = .int(Int64(Int32(bitPattern: UInt32(ins.b) | UInt32(ins.c) << 16)))
      case .clear:
        registers[base + ins.a] = .unbound
      case .loadLocalChecked:
        let v = registers[base + ins.b]
        if case .unbound = v {
          save()
          throw makeError(types.unboundLocalError,
                          "cannot access local variable '\(frame.runtime.code.names[ins.c])' where it is not associated with a value")
        }
        registers[base + ins.a] = v
      case .jump:
        let target = ins.bc
        if target < pc {
          ticks &-= 1
          if ticks <= 0 || heap.bytesInUse > heap.collectAt {
            save()
            if ticks <= 0 {
              ticks = 1024
              try checkLimits(ticks: 1024, top: registerTop)
            } else {
              try safepoint(top: registerTop)
            }
          }
        }
        pc = target
      case .jumpIfFalse:
        let v = registers[base + ins.a]
        switch v {
        case .bool(let b): if !b { pc = ins.bc }
        case .none: pc = ins.bc
        case .int(let i): if i == 0 { pc = ins.bc }
        default:
          save()
          if try !truthy(v) { pc = ins.bc }
        }
      case .jumpIfTrue:
        let v = registers[base + ins.a]
        switch v {
        case .bool(let b): if b { pc = ins.bc }
        case .none: break
        case .int(let i): if i != 0 { pc = ins.bc }
        default:
          save()
          if try truthy(v) { pc = ins.bc }
        }
      case .jumpIfNotNone:
        if !registers[base + ins.a].isNone { pc = ins.bc }
      case .forRange:
        let r = base + ins.a
        if case .int(let cur) = registers[r], case .int(let stop) = registers[r + 1], case .int(let step) = registers[r + 2],
          step != 0
        {
          if step > 0 ? cur < stop : cur > stop {
            registers[r + 3] = .int(cur)
            let (next, overflow) = cur.addingReportingOverflow(step)
            registers[r] = overflow ? .int(stop) : .int(next)
          } else {
            pc = ins.bc
          }
        } else {
          save()
          try forRangeSlow(r, exit: ins.bc, pc: &pc)
        }
      case .add:
        let l = registers[base + ins.b]
        let r = registers[base + ins.c]
        if case .int(let a) = l, case .int(let b) = r {
          let (s, o) = a.addingReportingOverflow(b)
          if !o {
            registers[base + ins.a] = .int(s)
            continue
          }
        } else if case .float(let a) = l, case .float(let b) = r {
          registers[base + ins.a] = .float(a + b)
          continue
        } else if let joined = fastConcat(l, r) {
          registers[base + ins.a] = joined
          continue
        }
        save()
        let computed = try binary(.add, l, r, inPlace: ins.d == 1)
        registers[base + ins.a] = computed
      case .sub:
        let l = registers[base + ins.b]
        let r = registers[base + ins.c]
        if case .int(let a) = l, case .int(let b) = r {
          let (s, o) = a.subtractingReportingOverflow(b)
          if !o {
            registers[base + ins.a] = .int(s)
            continue
          }
        } else if case .float(let a) = l, case .float(let b) = r {
          registers[base + ins.a] = .float(a - b)
          continue
        }
        save()
        let computed = try binary(.sub, l, r, inPlace: ins.d == 1)
        registers[base + ins.a] = computed
      case .mul:
        let l = registers[base + ins.b]
        let r = registers[base + ins.c]
        if case .int(let a) = l, case .int(let b) = r {
          let (s, o) = a.multipliedReportingOverflow(by: b)
          if !o {
            registers[base + ins.a] = .int(s)
            continue
          }
        } else if case .float(let a) = l, case .float(let b) = r {
          registers[base + ins.a] = .float(a * b)
          continue
        }
        save()
        let computed = try binary(.mul, l, r, inPlace: ins.d == 1)
        registers[base + ins.a] = computed
      case .trueDiv, .floorDiv, .mod, .pow, .lshift, .rshift, .bitAnd, .bitOr, .bitXor, .matMul:
        let l = registers[base + ins.b]
        let r = registers[base + ins.c]
        if let v = fastArithmetic(ins.op, l, r) {
          registers[base + ins.a] = v
          continue
        }
        save()
        let computed = try binary(ins.op, l, r, inPlace: ins.d == 1)
        registers[base + ins.a] = computed
      case .lt, .le, .gt, .ge:
        let l = registers[base + ins.b]
        let r = registers[base + ins.c]
        if case .int(let a) = l, case .int(let b) = r {
          let result: Bool
          switch ins.op {
          case .lt: result = a < b
          case .le: result = a <= b
          case .gt: result = a > b
          default: result = a >= b
          }
          registers[base + ins.a] = .bool(result)
          continue
        }
        save()
        let computed = try compare(ins.op, l, r)
        registers[base + ins.a] = computed
      case .eq, .ne:
        let l = registers[base + ins.b]
        let r = registers[base + ins.c]
        if case .int(let a) = l, case .int(let b) = r {
          registers[base + ins.a] = .bool((a == b) == (ins.op == .eq))
          continue
        }
        save()
        let computed = try compare(ins.op, l, r)
        registers[base + ins.a] = computed
      case .is:
        registers[base + ins.a] = .bool(registers[base + ins.b].isIdentical(registers[base + ins.c]))
      case .isNot:
        registers[base + ins.a] = .bool(!registers[base + ins.b].isIdentical(registers[base + ins.c]))
      case .in, .notIn:
        save()
        let found = try contains(registers[base + ins.c], registers[base + ins.b])
        registers[base + ins.a] = .bool(found == (ins.op == .in))
      case .neg, .pos, .invert, .not:
        save()
        let computed = try unary(ins.op, registers[base + ins.b])
        registers[base + ins.a] = computed
      case .getIter:
        save()
        let computed = try getIterator(registers[base + ins.b])
        registers[base + ins.a] = computed
      case .forIter:
        let it = registers[base + ins.a]
        if case .object(let ih) = it {
          if let v = fastListNext(ih) {
            registers[base + ins.a + 1] = v
            continue
          }
          // `for k, v in d.items()`, `for i, x in enumerate(xs)`, `for a, b in zip(xs, ys)`: the pair
          // goes straight to the unpacked registers and the unpacking instruction is skipped.
          let unpack = code[pc]
          if unpack.op == .unpackSequence && unpack.a == ins.a + 1 && unpack.c == 2, let (x, y) = fastPairNext(ih) {
            registers[base + unpack.b] = x
            registers[base + unpack.b + 1] = y
            pc += 1
            continue
          }
        }
        save()
        // A generator resumes as a frame of this loop (no native re-entry): its yields come back here.
        if case .object(let gh) = it, heap.unmanaged(gh)._withUnsafeGuaranteedRef({ $0.kind == .generator }),
          try resumeGeneratorFrame(gh, into: base + ins.a + 1, exit: ins.bc)
        {
          enterTopFrame()
          continue
        }
        if let v = try nextValue(it) {
          registers[base + ins.a + 1] = v
        } else {
          pc = ins.bc
        }
      case .call, .callMethod, .callKw, .callEx:
        if ins.op == .callMethod && ins.c == 1
          && fastListAppend(registers[base + ins.b], registers[base + ins.b + 1], registers[base + ins.b + 2])
        {
          registers[base + ins.a] = .none
          continue
        }
        if ins.op == .call && ins.c == 1, let n = fastOneArgumentBuiltin(registers[base + ins.b], registers[base + ins.b + 1]) {
          registers[base + ins.a] = n
          continue
        }
        save()
        ticks &-= 1
        if ticks <= 0 {
          ticks = 1024
          try checkLimits(ticks: 1024, top: registerTop)
        }
        if let pushed = try callInstruction(ins, base: base, pc: &pc, code: frame.runtime.instructions) {
          if !pushed { return .suspended }
          enterTopFrame()
        }
      case .return:
        let value = registers[base + ins.a]
        let finished = frames.removeLast()
        if handled.count > finished.handledDepth { handled.removeLast(handled.count - finished.handledDepth) }
        if finished.generator != 0 { finishGenerator(finished.generator) }
        if finished.isBoundary { return .returned(value) }
        enterTopFrame()
        if finished.resumeExit >= 0 {
          // A generator driven by a for loop finished: the loop ends.
          pc = finished.resumeExit
        } else if finished.constructing != 0 {
          if !value.isNone {
            throw makeError(types.typeError, "__init__() should return None, not '\(typeName(value))'")
          }
          registers[finished.returnTo] = .object(finished.constructing)
        } else {
          registers[finished.returnTo] = value
        }
        if heap.wantsCollection { try safepoint(top: base + frame.runtime.code.registerCount) }
      case .yield:
        save()
        let value = registers[base + ins.b]
        let yielding = frames[frames.count - 1]
        suspendGenerator(resultRegister: ins.a)
        if yielding.resumeExit < 0 { return .yielded(value) }
        // Back to the for loop that resumed this generator.
        registers[yielding.returnTo] = value
        enterTopFrame()
      case .yieldFrom:
        save()
        // Pull the next value from the delegate; re-execute this instruction on resumption.
        let delegate = registers[base + ins.b]
        if let v = try nextValue(delegate, sendValue: registers[base + ins.a]) {
          frames[frames.count - 1].pc = pc - 1
          registers[base + ins.a] = .none
          let yielding = frames[frames.count - 1]
          suspendGenerator(resultRegister: ins.a)
          if yielding.resumeExit < 0 { return .yielded(v) }
          registers[yielding.returnTo] = v
          enterTopFrame()
          continue
        }
        registers[base + ins.a] = lastStopIterationValue
        lastStopIterationValue = .none
      case .getItem:
        if case .object(let h) = registers[base + ins.b], let v = fastGetItem(h, registers[base + ins.c]) {
          registers[base + ins.a] = v
          continue
        }
        save()
        try execute(ins, base: base, pc: &pc)
      case .setItem:
        if case .object(let h) = registers[base + ins.a], fastSetItem(h, registers[base + ins.b], registers[base + ins.c]) {
          continue
        }
        save()
        try execute(ins, base: base, pc: &pc)
      case .loadGlobal:
        let entry = frame.runtime.globalCache[ins.b]
        if entry.epoch == namespaceEpoch && entry.globals == frame.globals {
          registers[base + ins.a] = entry.value
          continue
        }
        save()
        try execute(ins, base: base, pc: &pc)
      case .loadAttr:
        if case .object(let h) = registers[base + ins.b],
          let v = fastGetAttr(h, frame.runtime.nameHandles[ins.c], frame.runtime.nameHashes[ins.c])
        {
          registers[base + ins.a] = v
          continue
        }
        save()
        try execute(ins, base: base, pc: &pc)
      case .storeAttr:
        if case .object(let h) = registers[base + ins.a],
          fastSetAttr(h, frame.runtime.nameHandles[ins.c], frame.runtime.nameHashes[ins.c], registers[base + ins.b])
        {
          continue
        }
        save()
        try execute(ins, base: base, pc: &pc)
      case .loadMethod:
        if case .object(let h) = registers[base + ins.b],
          let m = fastMethod(h, frame.runtime.nameHandles[ins.c], frame.runtime.nameHashes[ins.c])
        {
          registers[base + ins.a] = m
          registers[base + ins.a + 1] = .object(h)
          continue
        }
        save()
        try execute(ins, base: base, pc: &pc)
      default:
        save()
        try execute(ins, base: base, pc: &pc)
        // Instructions in `execute` may push or pop frames (makeClass runs the class body natively).
      }
    }
  }

  var lastStopIterationValue: Value = .none
  /// Set when a list was changed while `sortList` sorted it.
  var sortModified = false

}

/// Set (from a signal handler) to interrupt the running program with KeyboardInterrupt at the next
/// back edge or call. A plain word: written by the handler, read and cleared by the VM.
nonisolated(unsafe) public var interruptRequested: Int32 = 0


/// Writing `registers[i] = try f()` is a bug: the struct (and its pointer) is read before `f` runs,
/// and `f` may grow the file. Compute the value first, then store it.
/// The register file: one contiguous block of values for all frames, addressed by absolute index.
/// A raw buffer rather than an Array so that register reads and writes in the dispatch loop cost
/// no uniqueness or exclusivity checks (values are plain data; DESIGN.md decisions 1 and 4).
struct RegisterFile {
  private(set) var pointer: UnsafeMutablePointer<Value>
  private(set) var count: Int

  init(capacity: Int) {
    pointer = .allocate(capacity: capacity)
    pointer.initialize(repeating: .unbound, count: capacity)
    count = capacity
  }

  @inline(__always) subscript(_ i: Int) -> Value {
    get { pointer[i] }
    nonmutating set { pointer[i] = newValue }
  }

  subscript(_ r: Range<Int>) -> ArraySlice<Value> {
    ArraySlice(UnsafeBufferPointer(start: pointer + r.lowerBound, count: r.count))
  }

  /// Frees the block (when the VM is released).
  func deallocate() {
    pointer.deinitialize(count: count)
    pointer.deallocate()
  }

  /// Grows to at least `n` values (existing values are kept; pointers into the old block die).
  mutating func grow(to n: Int) {
    var size = count
    while size < n { size *= 2 }
    let fresh = UnsafeMutablePointer<Value>.allocate(capacity: size)
    fresh.moveInitialize(from: pointer, count: count)
    (fresh + count).initialize(repeating: .unbound, count: size - count)
    pointer.deallocate()
    pointer = fresh
    count = size
  }
}
