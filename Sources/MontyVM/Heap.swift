// The object heap: a slot table indexed by handle, a free list, byte accounting, and the mark-sweep
// collector (DESIGN.md decision 2). Collection happens only at safepoints chosen by the interpreter,
// never inside `allocate`, so Swift code implementing one instruction can hold handles unrooted.

final class Heap {
  private(set) var slots: [PyObject?] = [nil]  // handle 0 is never used
  /// The same objects, unretained, for reads: `slots` owns them; reads through `raw` cost no
  /// reference counting (DESIGN.md: reach heap objects through unmanaged references).
  private var raw: UnsafeMutablePointer<Unmanaged<PyObject>>
  private var rawCapacity = 1024

  init() {
    raw = .allocate(capacity: rawCapacity)
    raw.initialize(repeating: Unmanaged.passUnretained(Heap.tombstone), count: rawCapacity)
  }

  deinit { raw.deallocate() }

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
      slots[Int(h)] = object
      raw[Int(h)] = Unmanaged.passUnretained(object)
      return h
    }
    slots.append(object)
    if slots.count > rawCapacity { growRaw(to: slots.count) }
    raw[slots.count - 1] = Unmanaged.passUnretained(object)
    return Handle(truncatingIfNeeded: slots.count - 1)
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

  /// Puts an object at a given handle (restoring a snapshot); the slot must be empty.
  func place(_ object: PyObject, at h: Handle) -> Bool {
    let i = Int(h)
    guard i > 0, i < Int(UInt32.max) else { return false }
    if i >= slots.count {
      slots.append(contentsOf: repeatElement(nil, count: i + 1 - slots.count))
      if slots.count > rawCapacity { growRaw(to: slots.count) }
    }
    guard slots[i] == nil else { return false }
    slots[i] = object
    raw[i] = Unmanaged.passUnretained(object)
    bytesInUse += object.size
    return true
  }

  /// Rebuilds the free list from the empty slots (after `place`).
  func rebuildFreeList() {
    freeList = (1..<max(slots.count, 1)).reversed().compactMap { slots[$0] == nil ? Handle(truncatingIfNeeded: $0) : nil }
  }

  /// Whether `h` names a live object.
  func isLive(_ h: Handle) -> Bool { Int(h) > 0 && Int(h) < slots.count && slots[Int(h)] != nil }

  nonisolated(unsafe) static let tombstone = PyTuple([])

  var liveObjects: Int { slots.count - 1 - freeList.count }

  /// Marks everything reachable from `roots` and frees the rest.
  func collect(roots: (_ mark: (Value) -> Void) -> Void) {
    collections += 1
    // Mark bits live in a bitmap (not in the objects) and objects are reached through the unretained
    // table, so marking costs no reference counting and touches objects only to trace them.
    let count = slots.count
    var marks = [UInt64](repeating: 0, count: (count + 63) >> 6)
    var stack: [Handle] = []
    let tombstone = Unmanaged.passUnretained(Heap.tombstone).toOpaque()
    marks.withUnsafeMutableBufferPointer { bits in
      func mark(_ v: Value) {
        guard case .object(let h) = v else { return }
        let i = Int(h)
        guard i < count else { return }
        let (word, bit) = (i >> 6, UInt64(1) << UInt64(i & 63))
        if bits[word] & bit != 0 || raw[i].toOpaque() == tombstone { return }
        bits[word] |= bit
        stack.append(h)
      }
      roots(mark)
      while let h = stack.popLast() {
        raw[Int(h)]._withUnsafeGuaranteedRef { $0.trace(mark) }
      }
    }
    var live = 0
    for i in 1..<count where raw[i].toOpaque() != tombstone {
      if marks[i >> 6] & (UInt64(1) << UInt64(i & 63)) != 0 {
        live += raw[i]._withUnsafeGuaranteedRef { $0.size }
      } else {
        // Small dead dicts (mostly instance dicts) keep their buffers for the next instance.
        if dictPool.count < 4096, let o = slots[i], o.kind == .dict {
          let d = unsafeDowncast(o, to: PyDict.self)
          if !d.isNamespace && d.storage.indexSize <= 32 {
            d.storage.removeAllKeepingCapacity()
            dictPool.append(d)
          }
        }
        raw[i] = Unmanaged.passUnretained(Heap.tombstone)
        slots[i] = nil
        freeList.append(Handle(truncatingIfNeeded: i))
      }
    }
    bytesInUse = live
    bytesAtLastCollection = live
    scheduleCollection()
  }
}
