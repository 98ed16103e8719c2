// Snapshots: the whole state of a paused run (or an idle session) as bytes that another process can
// restore. What is written:
//  - the compiled units (file name, source text, compile mode): code objects are not serialized but
//    recompiled on restore, which is deterministic, and referred to by (unit, pre-order index);
//  - every live heap object created after the bootstrap, at its own handle (objects of the bootstrap —
//    builtin types, functions, interned names — are the same in every process and are referred to
//    by handle; a fingerprint of the bootstrap guards that);
//  - frames, registers, the handled-exception stack, runtimes' constants, imported modules, the
//    pending external call and the limit counters.
// Restoring validates everything the VM relies on (handles, kinds, code indices, pcs, register
// ranges), so bytes that pass the checksum but were forged still give an error, never a crash.
import BigInt
import MontyCompiler
import MontySyntax

/// A compiled source: what a snapshot needs to recompile the same code objects.
public final class CompiledUnit: @unchecked Sendable {
  public let file: SourceFile
  public let interactive: Bool
  public let returnsLastExpression: Bool
  public let code: CodeObject
  /// All code objects of the unit in pre-order (the unit's code first). Computed once, at creation,
  /// so that a unit shared by runs on several threads is never mutated.
  let allCodes: [CodeObject]

  public init(file: SourceFile, interactive: Bool, returnsLastExpression: Bool, code: CodeObject) {
    self.file = file
    self.interactive = interactive
    self.returnsLastExpression = returnsLastExpression
    self.code = code
    var out: [CodeObject] = []
    var stack = [code]
    while let c = stack.popLast() {
      out.append(c)
      for k in c.constants.reversed() { if case .code(let nested) = k { stack.append(nested) } }
    }
    allCodes = out
    _ = file.lineStarts  // fill the lazy line table now: runs on other threads only read it
  }

  /// Compiles a source in the given mode.
  public static func compile(_ file: SourceFile, interactive: Bool = false, returnsLastExpression: Bool = false)
    throws(SyntaxError) -> CompiledUnit
  {
    let code = try Compiler.compile(try Parser.parse(file), source: file, interactive: interactive,
                                    returnsLastExpression: returnsLastExpression)
    return CompiledUnit(file: file, interactive: interactive, returnsLastExpression: returnsLastExpression, code: code)
  }
}

private let snapshotMagic: [UInt8] = Array("MONTYSNP".utf8)
private let snapshotVersion: UInt64 = 2

extension Interpreter {
  /// Makes a unit's code known to the VM (for snapshots) and its source known to tracebacks (which
  /// look in `units` after `sources`).
  public func register(_ unit: CompiledUnit) {
    if !units.contains(where: { $0 === unit }) { units.append(unit) }
  }

  /// A fingerprint of the bootstrap heap: a snapshot restores only into an identical one.
  var bootstrapFingerprint: UInt64 { BootstrapImage.fingerprint }

  /// Whether `h` names an object of the bootstrap image (the same in every process; not written).
  func isBootstrapObject(_ h: Handle) -> Bool { isImageObject(h) }

  // MARK: Writing

  /// The state of the VM as bytes. `extra` is the host's own data (globals handle, captured output…).
  /// Collects garbage first, so only live objects are written.
  public func snapshot(globals: Handle, extra: [UInt8]) throws(SnapshotError) -> [UInt8] {
    guard temporaryRoots.isEmpty, nativeDepth == 0 else {
      throw SnapshotError("a snapshot can only be taken while the run is paused or idle")
    }
    collectGarbage(top: registerTop, extraRoots: [.object(globals)] + (pendingCall.map { $0.args + $0.kwargs.map(\.1) } ?? []))
    var codeIndex: [ObjectIdentifier: (Int, Int)] = [:]
    for (u, unit) in units.enumerated() {
      for (i, c) in unit.allCodes.enumerated() { codeIndex[ObjectIdentifier(c)] = (u, i) }
    }
    func codeRef(_ c: CodeObject, _ w: inout SnapshotWriter) throws(SnapshotError) {
      guard let (u, i) = codeIndex[ObjectIdentifier(c)] else { throw SnapshotError("code outside the registered units") }
      w.count(u)
      w.count(i)
    }

    var w = SnapshotWriter()
    w.uint(bootstrapFingerprint)
    w.count(bootstrapObjects.count)
    // Units.
    w.count(units.count)
    for unit in units {
      w.string(unit.file.name)
      w.data(unit.file.bytes)
      w.bool(unit.interactive)
      w.bool(unit.returnsLastExpression)
    }
    // Runtimes (materialized constants) of the units' code.
    var runtimeList: [(CodeObject, CodeRuntime)] = []
    for unit in units {
      for c in unit.allCodes { if let r = runtimes[ObjectIdentifier(c)] { runtimeList.append((c, r)) } }
    }
    w.count(runtimeList.count)
    for (c, r) in runtimeList {
      try codeRef(c, &w)
      w.values(r.constants)
      w.values(r.nameValues)
    }
    // Heap objects created after the bootstrap.
    var objects: [(Int, PyObject)] = []
    for i in 1..<heap.slotCount {
      guard let o = heap.ownedObject(i) else { continue }
      objects.append((i, o))
    }
    // Handles are renumbered densely after the bootstrap's, so a restored heap has no holes.
    var next = Handle(truncatingIfNeeded: max(bootstrapObjects.count, 1))
    for (h, _) in objects {
      w.remap[Handle(truncatingIfNeeded: h)] = next
      next += 1
    }
    w.count(objects.count)
    for (h, o) in objects {
      w.handle(Handle(h))
      try writeObject(o, &w, codeRef)
    }
    // Interned strings made after the bootstrap.
    let newInterned = interned.all.sorted()
    w.count(newInterned.count)
    for h in newInterned { w.handle(h) }
    // Modules.
    let moduleList = modules.sorted { $0.key < $1.key }
    w.count(moduleList.count)
    for (name, h) in moduleList {
      w.string(name)
      w.handle(h)
    }
    // Types made lazily (iterator types, file and path classes).
    let lazyTypes = iteratorTypes.sorted { $0.key < $1.key }
    w.count(lazyTypes.count)
    for (name, h) in lazyTypes {
      w.string(name)
      w.handle(h)
    }
    // Frames and registers.
    let top = registerTop
    w.values(Array(registers[0..<min(top, registers.count)]))
    w.count(frames.count)
    for f in frames {
      try codeRef(f.runtime.code, &w)
      w.count(f.pc)
      w.count(f.base)
      w.int(f.returnTo)
      w.handle(f.function)
      w.handle(f.globals)
      w.handle(f.namespace)
      w.handle(f.generator)
      w.count(f.handledDepth)
      w.bool(f.isBoundary)
      w.handle(f.constructing)
      w.int(f.resumeExit)
    }
    w.values(handled)
    w.value(lastStopIterationValue)
    // The pending call.
    if let call = pendingCall {
      w.bool(true)
      w.string(call.name)
      w.values(call.args)
      w.count(call.kwargs.count)
      for (k, v) in call.kwargs {
        w.string(k)
        w.value(v)
      }
      w.count(call.resultRegister)
    } else {
      w.bool(false)
    }
    // Limit counters: what is left of each budget.
    w.int(fuelBudget ?? -1)
    w.int(fuelLeft == Int.max ? -1 : fuelLeft)
    w.int(memoryLimit == Int.max ? -1 : memoryLimit)
    w.count(recursionLimit)
    let remaining: Int = deadline == 0 ? -1 : Int(clamping: deadline &- min(deadline, monotonicNanoseconds()))
    w.int(remaining)
    w.int(Int(clamping: duration))
    w.int(outputLimit == Int.max ? -1 : outputLimit)
    w.count(outputUsed)
    w.int(externalCallsLeft == Int.max ? -1 : externalCallsLeft)
    writeHostState(&w)
    w.handle(globals)
    w.data(extra)

    var out = snapshotMagic
    var header = SnapshotWriter()
    header.uint(snapshotVersion)
    header.uint(fnv1a(w.bytes[...]))
    header.count(w.bytes.count)
    out += header.bytes
    out += w.bytes
    return out
  }

  private func writeObject(_ o: PyObject, _ w: inout SnapshotWriter,
                           _ codeRef: (CodeObject, inout SnapshotWriter) throws(SnapshotError) -> Void) throws(SnapshotError)
  {
    w.byte(o.kind.rawValue)
    switch o.kind {
    case .native:
      throw SnapshotError("open files and paths (host resources) cannot be snapshotted")
    case .str:
      guard let s = cast(o, PyStr.self) else { break }
      w.string(s.value)
    case .bytes:
      guard let b = cast(o, PyBytes.self) else { break }
      w.data(b.value)
      w.byte(b.isByteArray ? 1 : 0)
    case .bigInt:
      guard let b = cast(o, PyBigInt.self) else { break }
      w.string(String(b.value))
    case .list:
      guard let l = cast(o, PyList.self) else { break }
      w.values(l.items)
    case .tuple:
      guard let t = cast(o, PyTuple.self) else { break }
      w.values(t.items)
    case .dict:
      guard let d = cast(o, PyDict.self) else { break }
      w.bool(d.isNamespace)
      let live = d.storage.live
      w.count(live.count)
      for e in live {
        w.int(e.hash)
        w.value(e.key)
        w.value(e.value)
      }
    case .set, .frozenset:
      guard let s = o as? PySet else { break }
      let live = s.storage.live
      w.count(live.count)
      for e in live {
        w.int(e.hash)
        w.value(e.key)
      }
    case .range:
      guard let r = cast(o, PyRange.self) else { break }
      w.int(Int(r.start))
      w.int(Int(r.stop))
      w.int(Int(r.step))
    case .slice:
      guard let s = cast(o, PySlice.self) else { break }
      w.values([s.start, s.stop, s.step])
    case .function:
      guard let f = cast(o, PyFunction.self) else { break }
      try codeRef(f.runtime.code, &w)
      w.handle(f.globals)
      w.values(f.defaults)
      w.value(f.kwDefaults)
      w.values(f.closure)
      w.string(f.name)
      w.string(f.qualifiedName)
      w.handle(f.attributes ?? 0)
      w.handle(f.ownerClass ?? 0)
      w.value(f.module)
      w.value(f.doc)
      w.value(f.annotations)
    case .builtin:
      guard let b = cast(o, PyBuiltin.self) else { break }
      w.count(Int(b.id.rawValue))
      w.string(b.name)
      w.value(b.receiver ?? .unbound)
    case .boundMethod:
      guard let m = cast(o, PyBoundMethod.self) else { break }
      w.values([m.function, m.receiver])
    case .type:
      guard let t = cast(o, PyType.self) else { break }
      w.string(t.name)
      w.string(t.qualifiedName)
      w.values(t.bases.map { .object($0) })
      w.values(t.mro.map { .object($0) })
      w.handle(t.dict)
      w.byte(t.builtinBase.rawValue)
      w.bool(t.isBuiltin)
      w.bool(t.isException)
      w.bool(t.hasSetattrHooks)
      w.bool(t.hasProperties)
    case .instance:
      guard let inst = cast(o, PyInstance.self) else { break }
      w.handle(inst.cls)
      w.handle(inst.dict)
      w.values(inst.exceptionArgs)
      w.value(inst.cause)
      w.value(inst.context)
      w.bool(inst.suppressContext)
      w.count(inst.traceback.count)
      for (code, pc) in inst.traceback {
        try codeRef(code, &w)
        w.count(pc)
      }
      w.value(inst.builtinValue)
    case .cell:
      guard let c = cast(o, PyCell.self) else { break }
      w.value(c.value)
    case .generator:
      guard let g = cast(o, PyGenerator.self) else { break }
      w.handle(g.function)
      w.values(g.registers)
      w.count(g.pc)
      w.byte([.created: 0, .suspended: 1, .running: 2, .finished: 3][g.state] ?? 3)
      w.count(g.sendRegister)
      w.string(g.name)
      w.string(g.qualifiedName)
    case .iterator:
      guard let it = cast(o, PyIterator.self) else { break }
      w.int(it.expectedCount)
      writeIteratorState(it.state, &w)
    case .module:
      guard let m = cast(o, PyModule.self) else { break }
      w.string(m.name)
      w.handle(m.dict)
    case .property, .staticMethod, .classMethod:
      guard let p = o as? PyWrapper else { break }
      w.values([p.getter, p.setter, p.deleter, p.doc])
    case .superProxy:
      guard let s = cast(o, PySuper.self) else { break }
      w.handle(s.cls)
      w.value(s.receiver)
    case .dictView:
      guard let v = cast(o, PyDictView.self) else { break }
      w.handle(v.dict)
      w.byte(v.which == .keys ? 0 : v.which == .values ? 1 : 2)
    }
  }

  private func writeIteratorState(_ s: IteratorState, _ w: inout SnapshotWriter) {
    /// Dict and set iterators store a position in the table; write the number of live entries before it.
    func livePosition(_ h: Handle, _ p: Int, set: Bool) -> Int {
      if set, let s = heap[h] as? PySet {
        return s.storage.entries.prefix(max(0, min(p, s.storage.entries.count))).filter(SetTable.isActive).count
      }
      if let d = heap.get(h, PyDict.self) {
        return d.storage.entries.prefix(max(0, min(p, d.storage.entries.count))).filter {
          if case .unbound = $0.key { return false }
          return true
        }.count
      }
      return 0
    }
    switch s {
    case .list(let h, let i): w.byte(0); w.handle(h); w.int(i)
    case .listReversed(let h, let i): w.byte(1); w.handle(h); w.int(i)
    case .tuple(let h, let i): w.byte(2); w.handle(h); w.int(i)
    case .str(let h, let index):
      w.byte(3)
      w.handle(h)
      if let str = heap.get(h, PyStr.self) {
        w.count(str.value.utf8.distance(from: str.value.utf8.startIndex, to: index))
      } else {
        w.count(0)
      }
    case .bytes(let h, let i): w.byte(4); w.handle(h); w.int(i)
    case .range(let current, let stop, let step): w.byte(5); w.int(Int(current)); w.int(Int(stop)); w.int(Int(step))
    case .dictKeys(let h, let p): w.byte(6); w.handle(h); w.int(livePosition(h, p, set: false))
    case .dictValues(let h, let p): w.byte(7); w.handle(h); w.int(livePosition(h, p, set: false))
    case .dictItems(let h, let p): w.byte(8); w.handle(h); w.int(livePosition(h, p, set: false))
    case .set(let h, let p): w.byte(9); w.handle(h); w.int(livePosition(h, p, set: true))
    case .enumerate(let v, let n): w.byte(10); w.value(v); w.int(Int(n))
    case .zip(let vs, let strict): w.byte(11); w.values(vs); w.bool(strict)
    case .map(let f, let vs): w.byte(12); w.value(f); w.values(vs)
    case .filter(let f, let v): w.byte(13); w.value(f); w.value(v)
    case .callable(let f, let v): w.byte(14); w.value(f); w.value(v)
    case .exhausted: w.byte(15)
    }
  }
}

// MARK: Reading

extension Interpreter {
  /// A VM in the state a snapshot recorded, with the run's globals and the host's extra bytes.
  public static func restore(_ bytes: [UInt8]) throws(SnapshotError) -> (vm: Interpreter, globals: Handle, extra: [UInt8]) {
    guard bytes.count >= snapshotMagic.count, Array(bytes.prefix(snapshotMagic.count)) == snapshotMagic else {
      throw SnapshotError("not a Monty snapshot")
    }
    var header = SnapshotReader(bytes, offset: snapshotMagic.count)
    let version = try header.uint()
    guard version == snapshotVersion else { throw SnapshotError("unsupported snapshot version \(version)") }
    let checksum = try header.uint()
    let length = try header.count()
    guard header.offset + length == bytes.count else { throw SnapshotError("snapshot is truncated or has trailing bytes") }
    guard fnv1a(bytes[header.offset...]) == checksum else { throw SnapshotError("snapshot is corrupted (checksum mismatch)") }
    let vm = Interpreter()
    var r = SnapshotReader(Array(bytes[header.offset...]))
    let (globals, extra) = try vm.load(&r)
    return (vm, globals, extra)
  }

  private func load(_ r: inout SnapshotReader) throws(SnapshotError) -> (Handle, [UInt8]) {
    guard try r.uint() == bootstrapFingerprint, try r.number() == bootstrapObjects.count else {
      throw SnapshotError("snapshot was made by a different Monty version")
    }
    // Units: recompiled.
    let unitCount = try r.count()
    for _ in 0..<unitCount {
      let name = try r.string()
      let source = try r.data()
      let interactive = try r.bool()
      let returnsLast = try r.bool()
      do {
        register(try CompiledUnit.compile(SourceFile(name: name, bytes: source), interactive: interactive,
                                          returnsLastExpression: returnsLast))
      } catch {
        throw SnapshotError("snapshot source does not compile: \(error.message)")
      }
    }
    func code(_ r: inout SnapshotReader) throws(SnapshotError) -> CodeObject {
      let u = try r.number()
      let i = try r.number()
      guard u < units.count, i < units[u].allCodes.count else { throw SnapshotError("invalid code reference in snapshot") }
      return units[u].allCodes[i]
    }
    // Runtimes.
    var restoredRuntimes: [CodeObject] = []
    let runtimeCount = try r.count()
    for _ in 0..<runtimeCount {
      let c = try code(&r)
      let constants = try r.values()
      let names = try r.values()
      guard constants.count == c.constants.count, names.count == c.names.count,
        runtimes[ObjectIdentifier(c)] == nil
      else { throw SnapshotError("invalid code constants in snapshot") }
      runtimes[ObjectIdentifier(c)] = CodeRuntime(code: c, constants: constants, nameValues: names)
      restoredRuntimes.append(c)
    }
    func runtime(_ r: inout SnapshotReader) throws(SnapshotError) -> CodeRuntime {
      let c = try code(&r)
      guard let rt = runtimes[ObjectIdentifier(c)] else { throw SnapshotError("missing code constants in snapshot") }
      return rt
    }
    // Objects, at their handles.
    let objectCount = try r.count()
    var fixups: [(PyIterator, UInt8, Handle, Int)] = []
    var placed: [Handle] = []
    placed.reserveCapacity(objectCount)
    for _ in 0..<objectCount {
      let h = try r.number()
      guard h > 0, h <= bootstrapObjects.count + objectCount, !(h < bootstrapObjects.count && bootstrapObjects[h] != nil) else {
        throw SnapshotError("invalid object handle in snapshot")
      }
      let o = try readObject(&r, runtime, &fixups)
      guard heap.place(o, at: Handle(h)) else { throw SnapshotError("duplicate object handle in snapshot") }
      placed.append(Handle(h))
    }
    heap.rebuildFreeList()
    // Iterators over str (a string index) and sets (a table slot) are positioned once their objects exist.
    for (it, tag, h, n) in fixups {
      guard heap.isLive(h) else { throw SnapshotError("invalid iterator in snapshot") }
      if tag == 3 {
        guard let str = heap.get(h, PyStr.self), n <= str.value.utf8.count else { throw SnapshotError("invalid iterator in snapshot") }
        let index = str.value.utf8.index(str.value.utf8.startIndex, offsetBy: n)
        guard index.samePosition(in: str.value.unicodeScalars) != nil else { throw SnapshotError("invalid iterator in snapshot") }
        it.state = .str(h, index)
      } else {
        guard let set = heap[h] as? PySet else { throw SnapshotError("invalid iterator in snapshot") }
        var live = 0
        var slot = set.storage.entries.count
        for (i, e) in set.storage.entries.enumerated() where SetTable.isActive(e) {
          if live == n {
            slot = i
            break
          }
          live += 1
        }
        it.state = .set(h, slot)
      }
    }
    // Interned strings.
    for _ in 0..<(try r.count()) {
      let h = Handle(clamping: try r.number())
      guard heap.isLive(h), let s = heap.get(h, PyStr.self) else { throw SnapshotError("invalid interned string in snapshot") }
      var text = s.value
      let hash = strHash(s)
      if text.withUTF8({ interned.find(UnsafeRawBufferPointer($0), hash: hash, in: heap) }) == nil {
        interned.insert(h, hash: hash)
      }
    }
    // Modules.
    for _ in 0..<(try r.count()) {
      let name = try r.string()
      let h = Handle(clamping: try r.number())
      guard heap.isLive(h), heap.get(h, PyModule.self) != nil else { throw SnapshotError("invalid module in snapshot") }
      modules[name] = h
    }
    // Types made lazily.
    for _ in 0..<(try r.count()) {
      let name = try r.string()
      let h = Handle(clamping: try r.number())
      guard heap.isLive(h), heap.get(h, PyType.self) != nil else { throw SnapshotError("invalid type in snapshot") }
      iteratorTypes[name] = h
    }
    // Registers and frames.
    let regs = try r.values()
    if regs.count + 1 > registers.count { registers.grow(to: regs.count + 1) }
    for (i, v) in regs.enumerated() { registers[i] = v }
    for _ in 0..<(try r.count()) {
      let rt = try runtime(&r)
      let pc = try r.number()
      let base = try r.number()
      let returnTo = try r.int()
      let function = Handle(clamping: try r.number())
      let globals = Handle(clamping: try r.number())
      let namespace = Handle(clamping: try r.number())
      let generator = Handle(clamping: try r.number())
      let handledDepth = try r.number()
      let isBoundary = try r.bool()
      let constructing = Handle(clamping: try r.number())
      let resumeExit = try r.int()
      guard constructing == 0 || (heap.isLive(constructing) && heap.get(constructing, PyInstance.self) != nil),
        pc <= rt.code.instructions.count, base + rt.registerCount <= regs.count,
        resumeExit == -1 || (resumeExit >= 0 && generator != 0 && !frames.isEmpty
          && resumeExit <= frames[frames.count - 1].runtime.code.instructions.count),
        returnTo >= -1, returnTo < regs.count,
        heap.isLive(function), heap.get(function, PyFunction.self) != nil,
        heap.isLive(globals), heap.get(globals, PyDict.self) != nil,
        namespace == 0 || (heap.isLive(namespace) && heap.get(namespace, PyDict.self) != nil),
        generator == 0 || (heap.isLive(generator) && heap.get(generator, PyGenerator.self) != nil),
        frames.isEmpty == isBoundary
      else { throw SnapshotError("invalid frame in snapshot") }
      frames.append(Frame(runtime: rt, pc: pc, base: base, returnTo: returnTo, function: function, globals: globals,
                          namespace: namespace, generator: generator, handledDepth: handledDepth,
                          isBoundary: isBoundary, constructing: constructing, resumeExit: resumeExit))
    }
    handled = try r.values()
    for f in frames where f.handledDepth > handled.count { _ = f; throw SnapshotError("invalid frame in snapshot") }
    lastStopIterationValue = try r.value()
    if try r.bool() {
      let name = try r.string()
      let args = try r.values()
      var kwargs: [(String, Value)] = []
      for _ in 0..<(try r.count()) { kwargs.append((try r.string(), try r.value())) }
      let result = try r.number()
      guard result < regs.count, !frames.isEmpty else { throw SnapshotError("invalid pending call in snapshot") }
      pendingCall = PendingCall(name: name, args: args, kwargs: kwargs, resultRegister: result)
    }
    // Limits: what was left of each budget.
    let budget = try r.int()
    fuelBudget = budget < 0 ? nil : budget
    let left = try r.int()
    fuelLeft = left < 0 ? Int.max : left
    fuelAtStart = fuelLeft
    let memory = try r.int()
    memoryLimit = memory < 0 ? Int.max : memory
    heap.memoryLimit = memoryLimit
    recursionLimit = max(1, try r.number())
    let remaining = try r.int()
    deadline = remaining < 0 ? 0 : monotonicNanoseconds() &+ UInt64(remaining)
    duration = UInt64(max(0, try r.int()))
    let output = try r.int()
    outputLimit = output < 0 ? Int.max : output
    outputUsed = try r.number()
    let calls = try r.int()
    externalCallsLeft = calls < 0 ? Int.max : calls
    try readHostState(&r)
    let globals = Handle(clamping: try r.number())
    let extra = try r.data()
    guard r.atEnd else { throw SnapshotError("snapshot has trailing bytes") }
    // Every reference must name a live object of the kind its holder needs.
    try validate(placed)
    for v in regs + handled + [lastStopIterationValue] + (pendingCall?.args ?? []) + (pendingCall?.kwargs.map(\.1) ?? []) {
      try validReference(v)
    }
    for rt in runtimes.values { for v in rt.constants + rt.nameValues { try validReference(v) } }
    for c in restoredRuntimes { if let rt = runtimes[ObjectIdentifier(c)] { prepareNames(rt) } }
    guard heap.isLive(globals), heap.get(globals, PyDict.self) != nil else { throw SnapshotError("invalid globals in snapshot") }
    namespaceEpoch &+= 1
    return (globals, extra)
  }

  private func validReference(_ v: Value) throws(SnapshotError) {
    if case .object(let h) = v, !heap.isLive(h) { throw SnapshotError("dangling object reference in snapshot") }
  }

  /// Checks the references of restored objects: live, and of the kind the VM expects where it does.
  private func validate(_ placed: [Handle]) throws(SnapshotError) {
    func isKind(_ h: Handle, _ kinds: ObjectKind...) -> Bool { heap.isLive(h) && kinds.contains(heap[h].kind) }
    for h in placed {
      let o = heap[h]
      var dangling = false
      o.trace { v in if case .object(let x) = v, !heap.isLive(x) { dangling = true } }
      if dangling { throw SnapshotError("dangling object reference in snapshot") }
      var ok = true
      switch o.kind {
      case .function:
        if let f = cast(o, PyFunction.self) {
          ok = isKind(f.globals, .dict) && (f.attributes.map { isKind($0, .dict) } ?? true)
            && (f.ownerClass.map { isKind($0, .type) } ?? true) && f.closure.count <= f.runtime.code.freeRegisters.count + 64
        }
      case .type:
        if let t = cast(o, PyType.self) {
          ok = isKind(t.dict, .dict) && t.bases.allSatisfy { isKind($0, .type) } && t.mro.allSatisfy { isKind($0, .type) }
        }
      case .instance:
        if let i = cast(o, PyInstance.self) { ok = isKind(i.cls, .type) && isKind(i.dict, .dict) }
      case .module:
        if let m = cast(o, PyModule.self) { ok = isKind(m.dict, .dict) }
      case .superProxy:
        if let s = cast(o, PySuper.self) { ok = isKind(s.cls, .type) }
      case .dictView:
        if let v = cast(o, PyDictView.self) { ok = isKind(v.dict, .dict) }
      case .generator:
        if let g = cast(o, PyGenerator.self) {
          if let f = heap.get(g.function, PyFunction.self), isKind(g.function, .function) {
            let c = f.runtime.code
            ok = (g.registers.count == c.registerCount || g.registers.isEmpty) && g.pc <= c.instructions.count
              && g.sendRegister < max(c.registerCount, 1)
          } else {
            ok = false
          }
        }
      case .iterator:
        if let it = cast(o, PyIterator.self) {
          switch it.state {
          case .list(let x, _), .listReversed(let x, _): ok = isKind(x, .list)
          case .tuple(let x, _): ok = isKind(x, .tuple)
          case .str(let x, _): ok = isKind(x, .str)
          case .bytes(let x, _): ok = isKind(x, .bytes)
          case .dictKeys(let x, _), .dictValues(let x, _), .dictItems(let x, _): ok = isKind(x, .dict)
          case .set(let x, _): ok = isKind(x, .set, .frozenset)
          default: break
          }
        }
      default: break
      }
      if !ok { throw SnapshotError("invalid object in snapshot") }
    }
  }

  private func readObject(_ r: inout SnapshotReader,
                          _ runtime: (inout SnapshotReader) throws(SnapshotError) -> CodeRuntime,
                          _ fixups: inout [(PyIterator, UInt8, Handle, Int)]) throws(SnapshotError) -> PyObject
  {
    var pendingFixup: (UInt8, Handle, Int)?
    func handle(_ r: inout SnapshotReader) throws(SnapshotError) -> Handle {
      let h = try r.number()
      guard h > 0, h < Int(UInt32.max) else { throw SnapshotError("invalid object reference in snapshot") }
      return Handle(h)
    }
    func optionalHandle(_ r: inout SnapshotReader) throws(SnapshotError) -> Handle? {
      let h = try r.number()
      guard h < Int(UInt32.max) else { throw SnapshotError("invalid object reference in snapshot") }
      return h == 0 ? nil : Handle(h)
    }
    guard let kind = ObjectKind(rawValue: try r.byte()) else { throw SnapshotError("unknown object kind in snapshot") }
    switch kind {
    case .native: throw SnapshotError("unknown object kind in snapshot")
    case .str: return PyStr(try r.string())
    case .bytes: return PyBytes(try r.data(), isByteArray: try r.byte() == 1)
    case .bigInt:
      guard let b = parseDecimal(try r.string()) else { throw SnapshotError("invalid integer in snapshot") }
      return PyBigInt(b)
    case .list: return PyList(try r.values())
    case .tuple: return PyTuple(try r.values())
    case .dict:
      let d = PyDict()
      d.isNamespace = try r.bool()
      for _ in 0..<(try r.count()) {
        let hash = try r.int()
        let key = try r.value()
        let value = try r.value()
        if case .unbound = key { throw SnapshotError("invalid dict key in snapshot") }
        d.storage.append(hash: hash, key: key, value: value)
      }
      return d
    case .set, .frozenset:
      let s = PySet(frozen: kind == .frozenset)
      for _ in 0..<(try r.count()) {
        let hash = try r.int()
        let key = try r.value()
        if case .unbound = key { throw SnapshotError("invalid set item in snapshot") }
        s.storage.append(hash: hash, key: key, value: .none)
      }
      return s
    case .range:
      let start = try r.int(), stop = try r.int(), step = try r.int()
      guard step != 0 else { throw SnapshotError("invalid range in snapshot") }
      return PyRange(start: Int64(start), stop: Int64(stop), step: Int64(step))
    case .slice:
      let parts = try r.values()
      guard parts.count == 3 else { throw SnapshotError("invalid slice in snapshot") }
      return PySlice(parts[0], parts[1], parts[2])
    case .function:
      let rt = try runtime(&r)
      let globals = try handle(&r)
      let f = PyFunction(runtime: rt, globals: globals, defaults: try r.values(), kwDefaults: try r.value(),
                         closure: try r.values())
      f.name = try r.string()
      f.qualifiedName = try r.string()
      f.attributes = try optionalHandle(&r)
      f.ownerClass = try optionalHandle(&r)
      f.module = try r.value()
      f.doc = try r.value()
      f.annotations = try r.value()
      return f
    case .builtin:
      guard let id = BuiltinID(rawValue: UInt16(clamping: try r.number())) else {
        throw SnapshotError("unknown builtin in snapshot")
      }
      let name = try r.string()
      let receiver = try r.value()
      if case .unbound = receiver { return PyBuiltin(id, name: name) }
      return PyBuiltin(id, name: name, receiver: receiver)
    case .boundMethod:
      let parts = try r.values()
      guard parts.count == 2 else { throw SnapshotError("invalid method in snapshot") }
      return PyBoundMethod(function: parts[0], receiver: parts[1])
    case .type:
      let name = try r.string()
      let qualifiedName = try r.string()
      func handles(_ r: inout SnapshotReader) throws(SnapshotError) -> [Handle] {
        var out: [Handle] = []
        for v in try r.values() {
          guard case .object(let h) = v else { throw SnapshotError("invalid class in snapshot") }
          out.append(h)
        }
        return out
      }
      let bases = try handles(&r)
      let mro = try handles(&r)
      let dict = try handle(&r)
      guard let base = BuiltinType(rawValue: try r.byte()) else { throw SnapshotError("invalid class in snapshot") }
      let t = PyType(name: name, bases: bases, dict: dict, builtinBase: base, isBuiltin: try r.bool())
      t.qualifiedName = qualifiedName
      t.mro = mro
      t.isException = try r.bool()
      t.hasSetattrHooks = try r.bool()
      t.hasProperties = try r.bool()
      return t
    case .instance:
      let i = PyInstance(cls: try handle(&r), dict: try handle(&r))
      i.exceptionArgs = try r.values()
      i.cause = try r.value()
      i.context = try r.value()
      i.suppressContext = try r.bool()
      for _ in 0..<(try r.count()) {
        let c = try runtime(&r).code
        let pc = try r.number()
        guard pc < max(c.instructions.count, 1) else { throw SnapshotError("invalid traceback in snapshot") }
        i.traceback.append((c, pc))
      }
      i.builtinValue = try r.value()
      return i
    case .cell: return PyCell(try r.value())
    case .generator:
      let function = try handle(&r)
      let g = PyGenerator(function: function, registers: try r.values(), name: "", qualifiedName: "")
      g.pc = try r.number()
      switch try r.byte() {
      case 0: g.state = .created
      case 1: g.state = .suspended
      case 2: g.state = .running
      case 3: g.state = .finished
      default: throw SnapshotError("invalid generator in snapshot")
      }
      g.sendRegister = try r.number()
      g.name = try r.string()
      g.qualifiedName = try r.string()
      return g
    case .iterator:
      let expected = try r.int()
      let it = PyIterator(try readIteratorState(&r, handle, &pendingFixup))
      it.expectedCount = expected
      if case .exhausted = it.state, let fixup = pendingFixup {
        fixups.append((it, fixup.0, fixup.1, fixup.2))
        pendingFixup = nil
      }
      return it
    case .module: return PyModule(name: try r.string(), dict: try handle(&r))
    case .property, .staticMethod, .classMethod:
      let parts = try r.values()
      guard parts.count == 4 else { throw SnapshotError("invalid wrapper in snapshot") }
      let w = PyWrapper(kind: kind, parts[0])
      w.setter = parts[1]
      w.deleter = parts[2]
      w.doc = parts[3]
      return w
    case .superProxy: return PySuper(cls: try handle(&r), receiver: try r.value())
    case .dictView:
      let dict = try handle(&r)
      switch try r.byte() {
      case 0: return PyDictView(dict: dict, which: .keys)
      case 1: return PyDictView(dict: dict, which: .values)
      case 2: return PyDictView(dict: dict, which: .items)
      default: throw SnapshotError("invalid dict view in snapshot")
      }
    }
  }

  /// Positions of dict and set iterators were written as counts of live entries; a restored table holds
  /// only live entries, so a dict position is the count itself, and a set position is found by scanning.
  private func readIteratorState(_ r: inout SnapshotReader,
                                 _ handle: (inout SnapshotReader) throws(SnapshotError) -> Handle,
                                 _ pendingFixup: inout (UInt8, Handle, Int)?) throws(SnapshotError)
    -> IteratorState
  {
    switch try r.byte() {
    case 0: return .list(try handle(&r), try r.int())
    case 1: return .listReversed(try handle(&r), try r.int())
    case 2: return .tuple(try handle(&r), try r.int())
    case 3:
      pendingFixup = (3, try handle(&r), try r.number())
      return .exhausted
    case 4: return .bytes(try handle(&r), try r.int())
    case 5: return .range(current: Int64(try r.int()), stop: Int64(try r.int()), step: Int64(try r.int()))
    case 6: return .dictKeys(try handle(&r), try r.int())
    case 7: return .dictValues(try handle(&r), try r.int())
    case 8: return .dictItems(try handle(&r), try r.int())
    case 9:
      pendingFixup = (9, try handle(&r), try r.int(in: 0...Int(Int32.max)))
      return .exhausted
    case 10: return .enumerate(try r.value(), Int64(try r.int()))
    case 11: return .zip(try r.values(), strict: try r.bool())
    case 12: return .map(try r.value(), try r.values())
    case 13: return .filter(try r.value(), try r.value())
    case 14: return .callable(try r.value(), try r.value())
    case 15: return .exhausted
    default: throw SnapshotError("invalid iterator in snapshot")
    }
  }
}
