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
  /// All code objects of the unit in pre-order (the unit's code first).
  lazy var allCodes: [CodeObject] = {
    var out: [CodeObject] = []
    var stack = [code]
    while let c = stack.popLast() {
      out.append(c)
      for k in c.constants.reversed() { if case .code(let nested) = k { stack.append(nested) } }
    }
    return out
  }()

  public init(file: SourceFile, interactive: Bool, returnsLastExpression: Bool, code: CodeObject) {
    self.file = file
    self.interactive = interactive
    self.returnsLastExpression = returnsLastExpression
    self.code = code
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
private let snapshotVersion: UInt64 = 1

extension Interpreter {
  /// Makes a unit's code known to the VM (for snapshots) and its source known to tracebacks.
  public func register(_ unit: CompiledUnit) {
    if !units.contains(where: { $0 === unit }) { units.append(unit) }
    sources[unit.file.name] = unit.file
  }

  /// A fingerprint of the bootstrap heap: a snapshot restores only into an identical one.
  var bootstrapFingerprint: UInt64 {
    var w = SnapshotWriter()
    w.count(bootstrapObjects.count)
    for (i, o) in bootstrapObjects.enumerated() {
      guard let o else { continue }
      w.count(i)
      w.byte(o.kind.rawValue)
      if let t = cast(o, PyType.self) { w.string(t.name) }
      if let b = cast(o, PyBuiltin.self) { w.string(b.name) }
      if let s = cast(o, PyStr.self) { w.string(s.value) }
    }
    return fnv1a(w.bytes[...])
  }

  func isBootstrapObject(_ h: Handle) -> Bool {
    let i = Int(h)
    guard i < bootstrapObjects.count, let o = bootstrapObjects[i] else { return false }
    return heap.slots[i] === o
  }

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
    for i in 1..<heap.slots.count {
      guard let o = heap.slots[i], !isBootstrapObject(Handle(i)) else { continue }
      objects.append((i, o))
    }
    w.count(objects.count)
    for (h, o) in objects {
      w.count(h)
      try writeObject(o, &w, codeRef)
    }
    // Interned strings made after the bootstrap.
    let newInterned = interned.filter { !isBootstrapObject($0.value) }.sorted { $0.value < $1.value }
    w.count(newInterned.count)
    for (_, h) in newInterned { w.count(Int(h)) }
    // Modules.
    let moduleList = modules.sorted { $0.key < $1.key }
    w.count(moduleList.count)
    for (name, h) in moduleList {
      w.string(name)
      w.count(Int(h))
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
      w.count(Int(f.function))
      w.count(Int(f.globals))
      w.count(Int(f.namespace))
      w.count(Int(f.generator))
      w.count(f.handledDepth)
      w.bool(f.isBoundary)
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
    w.count(Int(globals))
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
    case .str:
      guard let s = cast(o, PyStr.self) else { break }
      w.string(s.value)
    case .bytes:
      guard let b = cast(o, PyBytes.self) else { break }
      w.data(b.value)
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
      w.count(Int(f.globals))
      w.values(f.defaults)
      w.value(f.kwDefaults)
      w.values(f.closure)
      w.string(f.name)
      w.string(f.qualifiedName)
      w.count(Int(f.attributes ?? 0))
      w.count(Int(f.ownerClass ?? 0))
      w.value(f.module)
      w.value(f.doc)
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
      w.count(Int(t.dict))
      w.byte(t.builtinBase.rawValue)
      w.bool(t.isBuiltin)
      w.bool(t.isException)
      w.bool(t.hasSetattrHooks)
      w.bool(t.hasProperties)
    case .instance:
      guard let inst = cast(o, PyInstance.self) else { break }
      w.count(Int(inst.cls))
      w.count(Int(inst.dict))
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
      w.count(Int(g.function))
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
      w.count(Int(m.dict))
    case .property, .staticMethod, .classMethod:
      guard let p = o as? PyWrapper else { break }
      w.values([p.getter, p.setter, p.deleter, p.doc])
    case .superProxy:
      guard let s = cast(o, PySuper.self) else { break }
      w.count(Int(s.cls))
      w.value(s.receiver)
    case .dictView:
      guard let v = cast(o, PyDictView.self) else { break }
      w.count(Int(v.dict))
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
    case .list(let h, let i): w.byte(0); w.count(Int(h)); w.int(i)
    case .listReversed(let h, let i): w.byte(1); w.count(Int(h)); w.int(i)
    case .tuple(let h, let i): w.byte(2); w.count(Int(h)); w.int(i)
    case .str(let h, let index):
      w.byte(3)
      w.count(Int(h))
      if let str = heap.get(h, PyStr.self) {
        w.count(str.value.utf8.distance(from: str.value.utf8.startIndex, to: index))
      } else {
        w.count(0)
      }
    case .bytes(let h, let i): w.byte(4); w.count(Int(h)); w.int(i)
    case .range(let current, let stop, let step): w.byte(5); w.int(Int(current)); w.int(Int(stop)); w.int(Int(step))
    case .dictKeys(let h, let p): w.byte(6); w.count(Int(h)); w.int(livePosition(h, p, set: false))
    case .dictValues(let h, let p): w.byte(7); w.count(Int(h)); w.int(livePosition(h, p, set: false))
    case .dictItems(let h, let p): w.byte(8); w.count(Int(h)); w.int(livePosition(h, p, set: false))
    case .set(let h, let p): w.byte(9); w.count(Int(h)); w.int(livePosition(h, p, set: true))
    case .enumerate(let v, let n): w.byte(10); w.value(v); w.int(Int(n))
    case .zip(let vs, let strict): w.byte(11); w.values(vs); w.bool(strict)
    case .map(let f, let vs): w.byte(12); w.value(f); w.values(vs)
    case .filter(let f, let v): w.byte(13); w.value(f); w.value(v)
    case .callable(let f, let v): w.byte(14); w.value(f); w.value(v)
    case .exhausted: w.byte(15)
    }
  }
}
