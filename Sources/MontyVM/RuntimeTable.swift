// The VM's code runtimes (materialized constants and caches of each code object it ran), found by
// code object identity. Replaces a [ObjectIdentifier: CodeRuntime]: the key is a pointer, so a
// multiplicative hash of its bits does instead of SipHash (about 500 instructions per run start),
// and the first use in a process does not look up a Hashable conformance among every conformance
// record of the binary (about 300K instructions when linked statically).

struct RuntimeTable {
  /// Open addressing with linear probing; a slot's key is its runtime's code object. Capacity is a
  /// power of two at least twice the count (or zero).
  private var slots: [CodeRuntime?] = []
  private(set) var count = 0

  var isEmpty: Bool { count == 0 }

  /// The runtimes, in no particular order.
  var values: [CodeRuntime] { slots.compactMap { $0 } }

  /// The runtime of the code object `key`. Setting stores a runtime whose `code` is that code object
  /// (or removes it).
  subscript(_ key: ObjectIdentifier) -> CodeRuntime? {
    get {
      guard let i = position(of: key) else { return nil }
      return slots[i]
    }
    set {
      if let i = position(of: key) {
        if let newValue {
          slots[i] = newValue
        } else {
          slots[i] = nil
          count -= 1
          rehash(capacity: slots.count)  // linear probing: later entries may have probed past this slot
        }
        return
      }
      guard let newValue else { return }
      if (count + 1) * 2 > slots.count { rehash(capacity: max(8, slots.count * 2)) }
      place(newValue, key)
      count += 1
    }
  }

  mutating func removeAll(keepingCapacity: Bool = false) {
    if keepingCapacity {
      for i in slots.indices { slots[i] = nil }
    } else {
      slots = []
    }
    count = 0
  }

  private static func start(_ key: ObjectIdentifier, _ mask: Int) -> Int {
    let bits = UInt64(unsafeBitCast(key, to: UInt.self))
    return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
  }

  private func position(of key: ObjectIdentifier) -> Int? {
    if slots.isEmpty { return nil }
    let mask = slots.count - 1
    var i = RuntimeTable.start(key, mask)
    while let r = slots[i] {
      if ObjectIdentifier(r.code) == key { return i }
      i = (i &+ 1) & mask
    }
    return nil
  }

  private mutating func place(_ r: CodeRuntime, _ key: ObjectIdentifier) {
    let mask = slots.count - 1
    var i = RuntimeTable.start(key, mask)
    while slots[i] != nil { i = (i &+ 1) & mask }
    slots[i] = r
  }

  private mutating func rehash(capacity: Int) {
    let old = slots
    slots = [CodeRuntime?](repeating: nil, count: capacity)
    for case let r? in old { place(r, ObjectIdentifier(r.code)) }
  }
}
