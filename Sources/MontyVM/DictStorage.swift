// The insertion-ordered hash table behind dict and set (CPython's "compact dict" layout): entries in
// insertion order, plus an open-addressing index of entry positions. Hashing and equality are the
// VM's (Python semantics, possibly calling `__hash__`/`__eq__`), passed in by the caller.

struct DictStorage {
  struct Entry {
    var hash: Int
    var key: Value
    var value: Value
  }

  /// Entries in insertion order; deleted ones have key `.unbound`.
  private(set) var entries: [Entry] = []
  /// Open-addressing table of entry positions: -1 empty, -2 deleted.
  private var index: [Int32] = []
  private(set) var count = 0
  /// Set on the dicts of the bootstrap image (BootstrapImage.swift), which every VM of the process
  /// shares: writes to a frozen table are dropped. Python code never reaches one for writing (the
  /// guards are in the attribute paths); this is the backstop that keeps one run from changing what
  /// another run sees, whatever path a future change opens.
  var isFrozen = false

  var capacityBytes: Int { entries.count * 40 + index.count * 4 }

  func trace(_ visit: (Value) -> Void) {
    for e in entries {
      visit(e.key)
      visit(e.value)
    }
  }

  /// Live entries in insertion order.
  var live: [Entry] { entries.filter { if case .unbound = $0.key { return false }; return true } }

  /// Position of the entry for `key`, if present. `eq` compares a stored key with `key`.
  func find(hash: Int, _ eq: (Value) throws(PyException) -> Bool) throws(PyException) -> Int? {
    if index.isEmpty { return nil }
    let mask = index.count - 1
    var i = hash & mask
    var perturb = UInt(bitPattern: hash)
    while true {
      let slot = index[i]
      if slot == -1 { return nil }
      if slot >= 0 {
        let e = entries[Int(slot)]
        if e.hash == hash {
          if try eq(e.key) { return Int(slot) }
        }
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
    }
  }

  /// Position of an interned-str key: identity first, `sameString` for other str keys of equal hash.
  @inline(__always) mutating func findInterned(hash: Int, key: Handle, _ sameString: (Handle) -> Bool) -> Int? {
    if index.isEmpty { return nil }
    let mask = index.count - 1
    var i = hash & mask
    var perturb = UInt(bitPattern: hash)
    while true {
      let slot = index[i]
      if slot == -1 { return nil }
      if slot >= 0 {
        let e = entries[Int(slot)]
        if e.hash == hash, case .object(let k) = e.key, k == key || sameString(k) { return Int(slot) }
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
    }
  }

  func value(at position: Int) -> Value { entries[position].value }
  func key(at position: Int) -> Value { entries[position].key }

  mutating func setValue(_ v: Value, at position: Int) {
    if isFrozen { return }
    entries[position].value = v
  }

  /// Appends a new entry (the caller has checked that the key is absent).
  mutating func append(hash: Int, key: Value, value: Value) {
    if isFrozen { return }
    if (entries.count + 1) * 3 >= index.count * 2 { rebuild(minimum: (count + 1) * 2) }
    entries.append(Entry(hash: hash, key: key, value: value))
    insertIndex(hash: hash, position: entries.count - 1)
    count += 1
  }

  private mutating func insertIndex(hash: Int, position: Int) {
    let mask = index.count - 1
    var i = hash & mask
    var perturb = UInt(bitPattern: hash)
    while index[i] >= 0 {
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
    }
    index[i] = Int32(truncatingIfNeeded: position)
  }

  /// Rebuilds the index (and compacts deleted entries).
  private mutating func rebuild(minimum: Int) {
    var size = 8
    while size < minimum * 3 / 2 + 1 { size <<= 1 }
    if count != entries.count { entries = live }
    // Room for every entry the new index takes before the next rebuild (one allocation, not log n).
    entries.reserveCapacity(size * 2 / 3 + 1)
    index = [Int32](repeating: -1, count: size)
    for (p, e) in entries.enumerated() { insertIndex(hash: e.hash, position: p) }
  }

  mutating func remove(at position: Int) {
    if isFrozen { return }
    let h = entries[position].hash
    let mask = index.count - 1
    var i = h & mask
    var perturb = UInt(bitPattern: h)
    while index[i] != -1 {
      if index[i] == Int32(truncatingIfNeeded: position) {
        index[i] = -2
        break
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
    }
    entries[position] = Entry(hash: 0, key: .unbound, value: .unbound)
    count -= 1
    if count == 0 {
      entries = []
      index = []
    } else if entries.count > 16 && count * 4 < entries.count {
      rebuild(minimum: count * 2)
    }
  }

  mutating func removeAll() {
    if isFrozen { return }
    entries = []
    index = []
    count = 0
  }

  /// Empties the table but keeps its buffers (for reusing dicts from the heap's pool).
  mutating func removeAllKeepingCapacity() {
    entries.removeAll(keepingCapacity: true)
    for i in index.indices { index[i] = -1 }
    count = 0
  }

  /// Slots in the index (0 before the first insertion).
  var indexSize: Int { index.count }

  /// The first live entry at or after `position`, for iteration.
  func nextLive(from position: Int) -> Int? {
    var p = position
    while p < entries.count {
      if case .unbound = entries[p].key { p += 1; continue }
      return p
    }
    return nil
  }

  /// Removes and returns the last live entry (dict.popitem).
  mutating func popLast() -> Entry? {
    if isFrozen { return nil }
    var p = entries.count - 1
    while p >= 0 {
      if case .unbound = entries[p].key { p -= 1; continue }
      let e = entries[p]
      remove(at: p)
      return e
    }
    return nil
  }

  var endPosition: Int { entries.count }
}
