// The object heap: a slot table indexed by handle, a free list, byte accounting, and the mark-sweep
// collector (DESIGN.md decision 2). Collection happens only at safepoints chosen by the interpreter,
// never inside `allocate`, so Swift code implementing one instruction can hold handles unrooted.
// Handles below `base` name the objects of the bootstrap image (BootstrapImage.swift), shared by every
// VM of the process and owned by the image: this heap only points at them, never frees or writes them.

final class Heap {
  /// The first handle this heap owns; below it, the image's objects (1 for a heap without an image).
  let base: Int
  /// Objects of handles `base...`, by `handle - base`: the only strong references to them.
  private var owned: [PyObject?] = []
  /// Objects this VM put in place of image objects (its own copies of the image's dicts): owned here
  /// and never collected. Those that can change (the builtins dict) are also in `pinnedMutable`,
  /// traced by every collection and measured again; the others hold image objects only.
  private var pinned: [PyObject] = []
  private var pinnedMutable: [PyObject] = []
  /// Every object by handle, unretained, for reads: `owned`, `pinned` and the image own them; reads
  /// through `raw` cost no reference counting (DESIGN.md: reach heap objects through unmanaged references).
  private var raw: UnsafeMutablePointer<Unmanaged<PyObject>>
  private var rawCapacity: Int
  /// Bytes of the image's objects (counted as live in every VM, as if each had its own copy), minus
  /// those that pinned objects replace, plus the pinned objects that cannot change: what every
  /// collection counts before the live objects of this heap.
  private var fixedBytes = 0

  /// The last NaN payload handed out by `freshNaN()`.
  private var lastNaNPayload: UInt64 = 0

  /// A quiet NaN whose payload no earlier call returned. Floats are immediate values whose identity
  /// is their bit pattern, so giving each `float("nan")` its own payload makes two of them distinct
  /// objects as in CPython: `nan in [nan]` is true while `float("nan") in [float("nan")]` is false.
  func freshNaN(negative: Bool) -> Double {
    lastNaNPayload = lastNaNPayload >= (1 << 50) - 1 ? 1 : lastNaNPayload + 1
    let nan = Double(nan: Double.RawSignificand(lastNaNPayload), signaling: false)
    return negative ? -nan : nan
  }

  /// An empty heap (the one the bootstrap image is built in).
  init() {
    base = 1
    rawCapacity = 1024
    raw = .allocate(capacity: rawCapacity)
    raw.initialize(repeating: Unmanaged.passUnretained(Heap.tombstone), count: rawCapacity)
  }

  /// A heap that starts with the objects of `image` (a heap that is never written again) at their
  /// handles: the table of unretained references is copied, the objects are not.
  init(image: Heap) {
    base = image.slotCount
    rawCapacity = base + 256
    raw = .allocate(capacity: rawCapacity)
    raw.initialize(from: image.raw, count: base)
    (raw + base).initialize(repeating: Unmanaged.passUnretained(Heap.tombstone), count: rawCapacity - base)
    bytesInUse = image.bytesInUse
    fixedBytes = image.bytesInUse
  }

  deinit { raw.deallocate() }

  /// One past the highest handle in use (live or free).
  var slotCount: Int { base + owned.count }

  /// The object this heap owns at `h`, if any (nil for image objects and free slots).
  func ownedObject(_ h: Int) -> PyObject? { h >= base && h < slotCount ? owned[h - base] : nil }

  /// Puts `object` at the handle of an image object, for this VM only (see `pinned`). A `mutable`
  /// object may come to hold objects of this heap.
  func pin(_ object: PyObject, at h: Handle, mutable: Bool) {
    precondition(Int(h) > 0 && Int(h) < base, "only image handles are pinned")
    let replaced = raw[Int(h)]._withUnsafeGuaranteedRef { $0.size }
    pinned.append(object)
    fixedBytes -= replaced
    if mutable { pinnedMutable.append(object) } else { fixedBytes += object.size }
    raw[Int(h)] = Unmanaged.passUnretained(object)
    bytesInUse += object.size - replaced
  }

  /// Frees every object this heap owns and goes back to the state `init(image:)` left it in (the
  /// tables keep their capacity), for reusing the VM (InterpreterPool.swift).
  func reset() {
    let count = slotCount
    owned.removeAll(keepingCapacity: true)
    freeList.removeAll(keepingCapacity: true)
    (raw + base).update(repeating: Unmanaged.passUnretained(Heap.tombstone), count: count - base)
    bytesInUse = fixedBytes
    for o in pinnedMutable { bytesInUse += o.size }
    bytesAtLastCollection = 0
    collectionThreshold = 4 << 20
    collections = 0
    memoryLimit = Int.max
    collectAt = 4 << 20
  }

  private func growRaw(to n: Int) {
    var size = rawCapacity
    while size < n { size *= 2 }
    let fresh = UnsafeMutablePointer<Unmanaged<PyObject>>.allocate(capacity: size)
    fresh.moveInitialize(from: raw, count: rawCapacity)
    (fresh + rawCapacity).initialize(repeating: Unmanaged.passUnretained(Heap.tombstone), count: size - rawCapacity)
    raw.deallocate()
    raw = fresh
    rawCapacity = size
  }
  private var freeList: [Handle] = []
  /// Bytes of live objects as of the last collection plus everything allocated since.
  private(set) var bytesInUse = 0
  private(set) var bytesAtLastCollection = 0
  /// The run's memory limit: reaching it triggers a collection at the next safepoint.
  var memoryLimit = Int.max {
    didSet { scheduleCollection() }
  }
  /// Collect when this many bytes have been allocated since the last collection.
  var collectionThreshold = 4 << 20
  var collections = 0

  /// Whether enough has been allocated that the next safepoint should collect.
  /// The next collection comes after allocating as much as survived the last one (at least the
  /// threshold), so collection work stays proportional to allocation (no quadratic behaviour on big heaps).
  var wantsCollection: Bool { bytesInUse > collectAt }

  /// `bytesInUse` beyond which the next safepoint collects: after allocating as much as survived the
  /// last collection (at least the threshold), or on reaching the memory limit.
  private(set) var collectAt = 4 << 20

  private func scheduleCollection() {
    let grown = bytesAtLastCollection + max(collectionThreshold, bytesAtLastCollection)
    let atLimit = memoryLimit == Int.max ? Int.max : max(memoryLimit, bytesAtLastCollection + collectionThreshold / 4)
    collectAt = min(grown, atLimit)
  }

  /// Counts memory that grew outside `allocate` (a list's items, a dict's table) until the next collection.
  @inline(__always) func account(_ bytes: Int) { bytesInUse &+= bytes }

  @inline(__always) func allocate(_ object: PyObject) -> Handle {
    bytesInUse += object.size
    if let h = freeList.popLast() {
      owned[Int(h) - base] = object
      raw[Int(h)] = Unmanaged.passUnretained(object)
      return h
    }
    owned.append(object)
    let h = slotCount - 1
    if h >= rawCapacity { growRaw(to: h + 1) }
    raw[h] = Unmanaged.passUnretained(object)
    return Handle(truncatingIfNeeded: h)
  }

  /// The object of a handle. Handles come only from `allocate` and stay valid while reachable.
  @inline(__always) subscript(_ h: Handle) -> PyObject {
    // A dead handle would be a collector bug; an empty slot is answered with a placeholder rather
    // than a crash so that the host survives it.
    raw[Int(h)].takeUnretainedValue()
  }

  /// The unretained reference of a handle, for `_withUnsafeGuaranteedRef` borrows on hot paths.
  @inline(__always) func unmanaged(_ h: Handle) -> Unmanaged<PyObject> { raw[Int(h)] }

  /// The object of a handle if it is a `T` (kind check, no dynamic cast).
  @inline(__always) func get<T: KindTagged>(_ h: Handle, _ t: T.Type) -> T? {
    let u = raw[Int(h)]
    guard u._withUnsafeGuaranteedRef({ $0.kind == T.tag }) else { return nil }
    return unsafeDowncast(u.takeUnretainedValue(), to: T.self)
  }

  /// Dead small dicts, emptied, for `allocateDict`.
  private var dictPool: [PyDict] = []

  /// A new empty dict, reusing a pooled one (with its buffers) when there is one.
  @inline(__always) func allocateDict() -> Handle {
    allocate(dictPool.popLast() ?? PyDict())
  }

  /// Puts an object at a given handle (restoring a snapshot); the slot must be empty and not the image's.
  func place(_ object: PyObject, at h: Handle) -> Bool {
    let i = Int(h)
    guard i >= base, i < Int(UInt32.max) else { return false }
    if i >= slotCount {
      owned.append(contentsOf: repeatElement(nil, count: i + 1 - slotCount))
      if slotCount > rawCapacity { growRaw(to: slotCount) }
    }
    guard owned[i - base] == nil else { return false }
    owned[i - base] = object
    raw[i] = Unmanaged.passUnretained(object)
    bytesInUse += object.size
    return true
  }

  /// Rebuilds the free list from the empty slots (after `place`).
  func rebuildFreeList() {
    freeList = (base..<slotCount).reversed().compactMap {
      owned[$0 - base] == nil ? Handle(truncatingIfNeeded: $0) : nil
    }
  }

  /// Whether `h` names a live object (image objects always are).
  func isLive(_ h: Handle) -> Bool {
    let i = Int(h)
    return i > 0 && i < slotCount && (i < base || owned[i - base] != nil)
  }

  nonisolated(unsafe) static let tombstone = PyTuple([])

  var liveObjects: Int { slotCount - 1 - freeList.count }

  /// Marks everything reachable from `roots` and frees the rest.
  func collect(roots: (_ mark: (Value) -> Void) -> Void) {
    collections += 1
    // Mark bits live in a bitmap (not in the objects) and objects are reached through the unretained
    // table, so marking costs no reference counting and touches objects only to trace them.
    let count = slotCount
    let base = self.base
    var marks = [UInt64](repeating: 0, count: (count + 63) >> 6)
    var stack: [Handle] = []
    let tombstone = Unmanaged.passUnretained(Heap.tombstone).toOpaque()
    marks.withUnsafeMutableBufferPointer { bits in
      func mark(_ v: Value) {
        guard case .object(let h) = v else { return }
        let i = Int(h)
        // Image objects refer only to image objects and are never freed: not traced (`pinned` are).
        guard i >= base, i < count else { return }
        let (word, bit) = (i >> 6, UInt64(1) << UInt64(i & 63))
        if bits[word] & bit != 0 || raw[i].toOpaque() == tombstone { return }
        bits[word] |= bit
        stack.append(h)
      }
      roots(mark)
      for o in pinnedMutable { o.trace(mark) }
      while let h = stack.popLast() {
        raw[Int(h)]._withUnsafeGuaranteedRef { $0.trace(mark) }
      }
    }
    var live = fixedBytes
    for o in pinnedMutable { live += o.size }
    for i in base..<count where raw[i].toOpaque() != tombstone {
      if marks[i >> 6] & (UInt64(1) << UInt64(i & 63)) != 0 {
        live += raw[i]._withUnsafeGuaranteedRef { $0.size }
      } else {
        // Small dead dicts (mostly instance dicts) keep their buffers for the next instance.
        if dictPool.count < 4096, let o = owned[i - base], o.kind == .dict {
          let d = unsafeDowncast(o, to: PyDict.self)
          if !d.isNamespace && d.storage.indexSize <= 32 {
            d.storage.removeAllKeepingCapacity()
            dictPool.append(d)
          }
        }
        raw[i] = Unmanaged.passUnretained(Heap.tombstone)
        owned[i - base] = nil
        freeList.append(Handle(truncatingIfNeeded: i))
      }
    }
    bytesInUse = live
    bytesAtLastCollection = live
    scheduleCollection()
  }
}
