// The hash table behind set and frozenset: CPython 3.11's set layout (open addressing, 9 linear
// probes then perturbation, resize at 60% fill), so that iterating a set gives CPython's order
// (`{3, 1, 2}` prints as `{1, 2, 3}`). It offers the same interface as DictStorage.

struct SetTable {
  typealias Entry = DictStorage.Entry

  /// Slots; an empty slot has key `.unbound` and hash 0, a deleted one key `.unbound` and hash -1.
  private(set) var entries: [Entry]
  private(set) var count = 0
  private var fill = 0
  private var finger = 0

  static let minimumSize = 8
  static let linearProbes = 9
  static let empty = Entry(hash: 0, key: .unbound, value: .none)
  static let dummy = Entry(hash: -1, key: .unbound, value: .none)

  init() { entries = Array(repeating: SetTable.empty, count: SetTable.minimumSize) }

  var capacityBytes: Int { entries.count * 40 }
  private var mask: Int { entries.count - 1 }

  func trace(_ visit: (Value) -> Void) { for e in entries { visit(e.key) } }

  @inline(__always) static func isActive(_ e: Entry) -> Bool {
    if case .unbound = e.key { return false }
    return true
  }

  /// Live entries in table order (CPython's iteration order).
  var live: [Entry] { entries.filter(SetTable.isActive) }

  func find(hash: Int, _ eq: (Value) throws(PyException) -> Bool) throws(PyException) -> Int? {
    var i = hash & mask
    var perturb = UInt(bitPattern: hash)
    while true {
      let probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
      for j in 0...probes {
        let e = entries[i + j]
        if !SetTable.isActive(e) {
          if e.hash == 0 { return nil }
          continue
        }
        if e.hash == hash, try eq(e.key) { return i + j }
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
    }
  }

  func value(at position: Int) -> Value { entries[position].value }
  func key(at position: Int) -> Value { entries[position].key }
  mutating func setValue(_ v: Value, at position: Int) { entries[position].value = v }

  /// Adds a key known to be absent (CPython's set_add_entry after an unsuccessful search).
  mutating func append(hash: Int, key: Value, value: Value) {
    var i = hash & mask
    var perturb = UInt(bitPattern: hash)
    var freeSlot: Int?
    while true {
      let probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
      for j in 0...probes {
        let e = entries[i + j]
        if SetTable.isActive(e) { continue }
        if e.hash == 0 {
          if let f = freeSlot {
            entries[f] = Entry(hash: hash, key: key, value: value)
            count += 1
            return
          }
          entries[i + j] = Entry(hash: hash, key: key, value: value)
          fill += 1
          count += 1
          if fill * 5 >= mask * 3 { resize(minimum: count > 50_000 ? count * 2 : count * 4) }
          return
        }
        if freeSlot == nil { freeSlot = i + j }
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
    }
  }

  /// CPython's set_table_resize: the smallest power of two above `minimum`, entries re-inserted in
  /// their current table order without dummies.
  private mutating func resize(minimum: Int) {
    var size = SetTable.minimumSize
    while size <= minimum { size <<= 1 }
    let old = entries
    entries = Array(repeating: SetTable.empty, count: size)
    for e in old where SetTable.isActive(e) { insertClean(e) }
    fill = count
  }

  private mutating func insertClean(_ e: Entry) {
    var i = e.hash & mask
    var perturb = UInt(bitPattern: e.hash)
    while true {
      if !SetTable.isActive(entries[i]) {
        entries[i] = e
        return
      }
      if i + SetTable.linearProbes <= mask {
        for j in 1...SetTable.linearProbes where !SetTable.isActive(entries[i + j]) {
          entries[i + j] = e
          return
        }
      }
      perturb >>= 5
      i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
    }
  }

  /// Grows ahead of merging `incoming` entries, as CPython's set_merge does.
  mutating func reserve(adding incoming: Int) {
    if (fill + incoming) * 5 >= mask * 3 { resize(minimum: (count + incoming) * 2) }
  }

  mutating func remove(at position: Int) {
    entries[position] = SetTable.dummy
    count -= 1
  }

  mutating func removeAll() {
    entries = Array(repeating: SetTable.empty, count: SetTable.minimumSize)
    count = 0
    fill = 0
    finger = 0
  }

  func nextLive(from position: Int) -> Int? {
    var p = position
    while p < entries.count {
      if SetTable.isActive(entries[p]) { return p }
      p += 1
    }
    return nil
  }

  /// `set.pop()`: CPython takes the first live slot from a moving finger.
  mutating func popLast() -> Entry? {
    guard count > 0 else { return nil }
    var p = finger & mask
    while !SetTable.isActive(entries[p]) { p = (p + 1) & mask }
    let e = entries[p]
    entries[p] = SetTable.dummy
    count -= 1
    finger = p + 1
    return e
  }

  var endPosition: Int { entries.count }
}
