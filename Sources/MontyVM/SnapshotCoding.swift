// The byte-level encoding of snapshots: LEB128 varints, length-prefixed strings and byte arrays, and
// tagged values. The reader never traps: every read is bounds-checked and reports malformed input
// as `SnapshotError`, so truncated or hostile bytes are an error, never a crash.

public struct SnapshotError: Error, Sendable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

struct SnapshotWriter {
  var bytes: [UInt8] = []
  /// New handles for the objects written (compact, after the bootstrap's); others are written as they are.
  var remap: [Handle: Handle] = [:]

  mutating func handle(_ h: Handle) { uint(UInt64(remap[h] ?? h)) }

  mutating func byte(_ b: UInt8) { bytes.append(b) }

  mutating func uint(_ v: UInt64) {
    var v = v
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  mutating func int(_ v: Int) { uint(UInt64(bitPattern: Int64(v) << 1 ^ Int64(v) >> 63)) }
  mutating func count(_ n: Int) { uint(UInt64(max(n, 0))) }
  mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

  mutating func double(_ d: Double) {
    var bits = d.bitPattern
    for _ in 0..<8 {
      bytes.append(UInt8(truncatingIfNeeded: bits))
      bits >>= 8
    }
  }

  mutating func data(_ d: [UInt8]) {
    count(d.count)
    bytes.append(contentsOf: d)
  }

  mutating func string(_ s: String) { data(Array(s.utf8)) }

  mutating func value(_ v: Value) {
    switch v {
    case .none: byte(0)
    case .bool(let b): byte(b ? 2 : 1)
    case .int(let i):
      byte(3)
      int(Int(i))
    case .float(let d):
      byte(4)
      double(d)
    case .object(let h):
      byte(5)
      handle(h)
    case .unbound: byte(6)
    }
  }

  mutating func values(_ vs: [Value]) {
    count(vs.count)
    for v in vs { value(v) }
  }
}

struct SnapshotReader {
  let bytes: [UInt8]
  var offset: Int

  init(_ bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  var atEnd: Bool { offset >= bytes.count }

  mutating func byte() throws(SnapshotError) -> UInt8 {
    guard offset < bytes.count else { throw SnapshotError("snapshot is truncated") }
    defer { offset += 1 }
    return bytes[offset]
  }

  mutating func uint() throws(SnapshotError) -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let b = try byte()
      if shift >= 64 || (shift == 63 && b > 1) { throw SnapshotError("malformed number in snapshot") }
      result |= UInt64(b & 0x7F) << shift
      if b < 0x80 { return result }
      shift += 7
    }
  }

  mutating func int() throws(SnapshotError) -> Int {
    let u = try uint()
    return Int(Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1))
  }

  /// A count of items that must each take at least one byte (so a hostile count cannot make us
  /// reserve huge arrays).
  mutating func count() throws(SnapshotError) -> Int {
    let n = try uint()
    guard n <= UInt64(bytes.count - min(offset, bytes.count)) else { throw SnapshotError("malformed count in snapshot") }
    return Int(n)
  }

  /// A non-negative number below 2^32 (a handle, an index, a pc).
  mutating func number() throws(SnapshotError) -> Int {
    let n = try uint()
    guard n < UInt64(UInt32.max) else { throw SnapshotError("number out of range in snapshot") }
    return Int(n)
  }

  /// A number that must lie in `range`.
  mutating func int(in range: ClosedRange<Int>) throws(SnapshotError) -> Int {
    let v = try int()
    guard range.contains(v) else { throw SnapshotError("value out of range in snapshot") }
    return v
  }

  mutating func bool() throws(SnapshotError) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw SnapshotError("malformed flag in snapshot")
    }
  }

  mutating func double() throws(SnapshotError) -> Double {
    var bits: UInt64 = 0
    for i in 0..<8 { bits |= UInt64(try byte()) << (8 * UInt64(i)) }
    return Double(bitPattern: bits)
  }

  mutating func data() throws(SnapshotError) -> [UInt8] {
    let n = try count()
    let end = offset + n
    guard end <= bytes.count else { throw SnapshotError("snapshot is truncated") }
    defer { offset = end }
    return Array(bytes[offset..<end])
  }

  mutating func string() throws(SnapshotError) -> String {
    let d = try data()
    guard let s = String(validating: d, as: UTF8.self) else { throw SnapshotError("invalid text in snapshot") }
    return s
  }

  mutating func value() throws(SnapshotError) -> Value {
    switch try byte() {
    case 0: return .none
    case 1: return .bool(false)
    case 2: return .bool(true)
    case 3: return .int(Int64(try int()))
    case 4: return .float(try double())
    case 5:
      let h = try uint()
      guard h > 0 && h <= UInt64(UInt32.max) else { throw SnapshotError("invalid object reference in snapshot") }
      return .object(Handle(h))
    case 6: return .unbound
    default: throw SnapshotError("malformed value in snapshot")
    }
  }

  mutating func values() throws(SnapshotError) -> [Value] {
    let n = try count()
    var out: [Value] = []
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(try value()) }
    return out
  }
}

/// FNV-1a, 64 bits: the snapshot's checksum (detects corruption; not a defence against forgery, which
/// the reader's validation handles).
func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  for b in bytes {
    h ^= UInt64(b)
    h = h &* 0x100_0000_01b3
  }
  return h
}

/// The snapshot encoding for the host's own fields (strings only, for now).
public struct SnapshotWriterPublic {
  var writer = SnapshotWriter()
  public init() {}
  public mutating func string(_ s: String) { writer.string(s) }
  public var bytes: [UInt8] { writer.bytes }
}

public struct SnapshotReaderPublic {
  var reader: SnapshotReader
  public init(_ bytes: [UInt8]) { reader = SnapshotReader(bytes) }
  public mutating func string() throws(SnapshotError) -> String { try reader.string() }
}
