// The bootstrap image: the objects every VM starts with (builtin types and their method tables, the
// builtin functions, interned names), built once per process by `bootstrap()` and shared by every
// Interpreter, which points its first heap handles at them instead of building its own (starting a
// VM was ~1.1M instructions of bootstrap and ~0.3M of teardown; now it copies one pointer table).
//
// Shared means immutable: several VMs, on several threads, read these objects at once, and a write
// by one run would be seen by the next (a hole between tenants). So:
//  - nothing in the image has state that changes: str hashes are computed here;
//  - Python code cannot reach an image object for writing: builtin types refuse `setattr`/`delattr`,
//    `T.__dict__` of a builtin type is a copy, `Ellipsis`/`NotImplemented` have no attributes;
//  - the dicts (type dicts, the builtins, Ellipsis's) are not shared as objects: each VM pins its own
//    PyDict at each dict's handle, holding a copy of the image's table (copy-on-write, so the copy
//    costs no copying). Lookups reach tables through `mutating` in-place methods (DictStorage), which
//    are formally writes, so shared dict objects would be a data race even though nothing is written.
//    The copies of type dicts are frozen (DictStorage.isFrozen drops writes, as a backstop); the
//    builtins dict, which runs may change (`__builtins__`, the REPL's `_`), is not.
// It is not a snapshot of a VM: registers, frames, modules and limits are per VM and start empty.

final class BootstrapImage: @unchecked Sendable {
  /// The image of this process, built on first use (thread-safe: a global's lazy initializer).
  static let shared = BootstrapImage()

  /// The heap the image was built in; VM heaps copy its handle table (`Heap.init(image:)`).
  let heap: Heap
  /// The image's objects by handle (index 0 unused), as `Interpreter.bootstrapObjects`.
  let objects: [PyObject?]
  let types: BuiltinTypes
  let builtins: Handle
  /// The builtins dict's table (not frozen), which each VM copies into its own builtins dict.
  let builtinsStorage: DictStorage
  /// Every dict of the image (its handle and frozen table), which each VM copies into its own.
  let dicts: [(handle: Handle, storage: DictStorage)]
  /// The interned strings of the image by value.
  let interned: InternTable
  let noneHandle: Handle, ellipsisHandle: Handle, notImplementedHandle: Handle, emptyTuple: Handle
  let initName: Handle
  let asciiCharacters: [Handle]
  /// The table of a new `__main__` namespace (`__name__`, `__builtins__`, `__doc__`), copied by each run.
  let mainGlobals: DictStorage

  private init() {
    let vm = Interpreter(buildingImage: ())
    // Names every run interns (module globals), so that a run adds none for them.
    for name in ["__main__", "__builtins__", "__doc__", "__name__", "__init__"] { _ = vm.intern(name) }
    heap = vm.heap
    objects = (0..<vm.heap.slotCount).map { vm.heap.ownedObject($0) }
    types = vm.types
    builtins = vm.builtins
    interned = vm.interned
    noneHandle = vm.noneHandle
    ellipsisHandle = vm.ellipsisHandle
    notImplementedHandle = vm.notImplementedHandle
    emptyTuple = vm.emptyTuple
    initName = vm.intern("__init__")
    asciiCharacters = vm.asciiCharacters
    // Freeze: compute every str hash now (`strHash` then never writes), and make every dict table
    // drop writes. The builtins table is kept unfrozen for the VMs' copies.
    var builtinsTable = DictStorage()
    var dicts: [(handle: Handle, storage: DictStorage)] = []
    for case let o? in objects {
      if let s = cast(o, PyStr.self) { _ = vm.strHash(s) }
    }
    for (i, o) in objects.enumerated() {
      guard let o, let d = cast(o, PyDict.self) else { continue }
      if Handle(i) == vm.builtins { builtinsTable = d.storage }
      d.storage.isFrozen = true
      dicts.append((Handle(i), d.storage))
    }
    builtinsStorage = builtinsTable
    self.dicts = dicts
    var main = DictStorage()
    for (name, value) in [("__name__", Value.object(vm.intern("__main__"))), ("__builtins__", .object(builtins)),
                          ("__doc__", .none)] {
      let key = vm.intern(name)
      main.append(hash: vm.heap.get(key, PyStr.self).map(vm.strHash) ?? 0, key: .object(key), value: value)
    }
    mainGlobals = main
  }

  /// `Interpreter.bootstrapFingerprint`, computed once.
  static let fingerprint: UInt64 = {
    var w = SnapshotWriter()
    let objects = shared.objects
    w.count(objects.count)
    for (i, o) in objects.enumerated() {
      guard let o else { continue }
      w.count(i)
      w.byte(o.kind.rawValue)
      if let t = cast(o, PyType.self) { w.string(t.name) }
      if let b = cast(o, PyBuiltin.self) { w.string(b.name) }
      if let s = cast(o, PyStr.self) { w.string(s.value) }
    }
    return fnv1a(w.bytes[...])
  }()
}

extension Interpreter {
  /// Starts this VM from the process's bootstrap image (called by `init`).
  func adoptBootstrapImage(_ image: BootstrapImage) {
    takeImageHandles(image)
    self.image = image
    for (h, table) in image.dicts {
      let own = PyDict()
      own.isNamespace = h == builtins
      own.storage = h == builtins ? image.builtinsStorage : table
      heap.pin(own, at: h, mutable: h == builtins)
    }
  }

  /// The handles and tables the image gives every VM (at creation, and again when a pooled VM is reset).
  func takeImageHandles(_ image: BootstrapImage) {
    types = image.types
    builtins = image.builtins
    bootstrapInterned = image.interned
    noneHandle = image.noneHandle
    ellipsisHandle = image.ellipsisHandle
    notImplementedHandle = image.notImplementedHandle
    emptyTuple = image.emptyTuple
    initName = image.initName
    asciiCharacters = image.asciiCharacters
    bootstrapObjects = image.objects
  }

  /// Whether `h` is an object of the bootstrap image, which no run may change (see the file comment).
  @inline(__always) func isImageObject(_ h: Handle) -> Bool { Int(h) < heap.base }
}
