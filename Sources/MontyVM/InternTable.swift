// The interned-string table: one str object per distinct name or constant, found by its UTF-8 bytes.
// Keys are compared byte for byte (Python compares code points; Swift's `==` on String would merge
// canonically equivalent strings such as "é" and "e\u{301}") and hashed with the VM's str hash, which
// the new object keeps as its `hashCache`. Replaces a `[String: Handle]` whose SipHash and String
// comparisons were most of the cost of interning (a VM interns every name of every code it runs).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct InternTable {
  /// Open addressing with linear probing: handle 0 marks an empty slot. Capacity is a power of two
  /// at least twice the count (or zero).
  private var handles: [Handle] = []
  private var hashes: [Int] = []
  private(set) var count = 0

  /// The interned str whose UTF-8 bytes are `bytes` (`hash` is `hashBytes(bytes)`).
  func find(_ bytes: UnsafeRawBufferPointer, hash: Int, in heap: Heap) -> Handle? {
    if handles.isEmpty { return nil }
    let mask = handles.count - 1
    var i = hash & mask
    while true {
      let h = handles[i]
      if h == 0 { return nil }
      if hashes[i] == hash, let s = heap.get(h, PyStr.self), InternTable.equal(s.value, bytes) { return h }
      i = (i &+ 1) & mask
    }
  }

  /// Adds a str the table does not hold yet.
  mutating func insert(_ h: Handle, hash: Int) {
    if (count + 1) * 2 > handles.count { grow() }
    put(h, hash)
    count += 1
  }

  /// Forgets every string (keeping the table's capacity).
  mutating func removeAll() {
    if count == 0 { return }
    for i in handles.indices { handles[i] = 0 }
    count = 0
  }

  /// Every interned handle (for marking and snapshots).
  var all: [Handle] { handles.filter { $0 != 0 } }

  private mutating func put(_ h: Handle, _ hash: Int) {
    let mask = handles.count - 1
    var i = hash & mask
    while handles[i] != 0 { i = (i &+ 1) & mask }
    handles[i] = h
    hashes[i] = hash
  }

  private mutating func grow() {
    let (oldHandles, oldHashes) = (handles, hashes)
    let size = max(16, handles.count * 2)
    handles = [Handle](repeating: 0, count: size)
    hashes = [Int](repeating: 0, count: size)
    for (h, hash) in zip(oldHandles, oldHashes) where h != 0 { put(h, hash) }
  }

  private static func equal(_ s: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var s = s
    return s.withUTF8 { u in
      u.count == bytes.count && (u.isEmpty || memcmp(u.baseAddress!, bytes.baseAddress!, u.count) == 0)
    }
  }
}
