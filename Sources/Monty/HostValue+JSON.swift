// The JSON form of HostValue, in which values cross the C ABI: plain JSON where JSON has the type,
// a one-key `{"$tag": …}` object where it does not, so that every HostValue reads back as itself.
// The reader and writer themselves are in JSON.swift.
import MontyVM

/// The mapping, both ways (reading also accepts any JSON that fits it):
///
/// | HostValue                            | JSON                                                                  |
/// |--------------------------------------|-----------------------------------------------------------------------|
/// | `.none`                              | `null`                                                                |
/// | `.bool`                              | `true` / `false`                                                      |
/// | `.int`                               | integer: `-12`                                                        |
/// | `.bigInt`                            | integer: `123456789012345678901234567890` (1)                         |
/// | `.float`, finite                     | number with '.' or exponent: `1.0`, `-0.0`, `1e+16`, `5e-324` (2)     |
/// | `.float`, nan / inf / -inf           | `{"$float": "nan"}`, `{"$float": "inf"}`, `{"$float": "-inf"}`        |
/// | `.str`                               | string                                                                |
/// | `.bytes`                             | `{"$bytes": "<base64>"}`, standard alphabet with padding (3)          |
/// | `.list`                              | array                                                                 |
/// | `.tuple`                             | `{"$tuple": [...]}`                                                   |
/// | `.set` / `.frozenset`                | `{"$set": [...]}` / `{"$frozenset": [...]}`                           |
/// | `.dict`, all keys str, none `$…` (4) | object, key order kept both ways                                      |
/// | `.dict`, any other                   | `{"$dict": [[key, value], ...]}`                                      |
/// | `.object(type:repr:attributes:)`     | `{"$object": {"type": T, "repr": R, "attributes": <dict>}}` (5)       |
/// | `.exception(type:message:)`          | `{"$exception": {"type": T, "message": M}}`                           |
///
/// 1. Any JSON integer outside `Int`'s range reads as `.bigInt` (its digits), any inside as `.int`;
///    so `.bigInt("5")` reads back as `.int(5)`. A `.bigInt` is written without leading zeros; one
///    whose text is not an integer at all (`-?[0-9]+`; the VM never makes one) is written as a string.
/// 2. Swift's shortest round-trip spelling, the same as Python's `repr`. Reading, a number with a
///    fraction or an exponent is a float even when integral (`1e2`), and one too large is ±inf.
/// 3. Reading rejects anything but canonical base64: bad length, characters or padding, nonzero
///    unused bits.
/// 4. And no two keys with the same UTF-8 (a HostValue can hold them, a JSON object cannot keep them).
///    Reading an object with a duplicate key, the last value wins at the first key's position, as in
///    Python's `json`; keys are compared by UTF-8, not Swift's canonical equivalence. `$dict` pairs
///    are kept as they are, duplicates included (turning them into a Python dict merges them).
/// 5. `attributes` is any dict encoding (an object or a `$dict`); reading, it may be left out for an
///    empty one. No other keys are allowed in `$object` and `$exception` payloads.
///
/// Reading, an object with a `$`-prefixed key must have that one key and it must be a tag above:
/// `{"$xyz": 1}` and `{"$tuple": [], "a": 1}` are errors. The reader is strict RFC 8259 (no NaN or
/// Infinity literals, no trailing commas, UTF-8 only, lone surrogate escapes rejected) and nests at
/// most `JSONReader.maxDepth` (512) arrays and objects; a tagged value counts its tag object too.
extension HostValue {
  /// This value as compact JSON text.
  public func json() -> String {
    String(decoding: jsonBytes(), as: UTF8.self)
  }

  /// This value as compact JSON, UTF-8 encoded.
  public func jsonBytes() -> [UInt8] {
    var writer = JSONWriter()
    write(to: &writer)
    return writer.bytes
  }

  /// The value that `json` encodes.
  public init(json: String) throws(JSONError) {
    var text = json
    let result = text.withUTF8 { bytes in
      Result { () throws(JSONError) in try JSONReader<HostValueBuilder>.parse(bytes) }
    }
    self = try result.get()
  }

  /// The value that the UTF-8 JSON text `jsonBytes` encodes.
  public init(jsonBytes: [UInt8]) throws(JSONError) {
    let result = jsonBytes.withUnsafeBufferPointer { bytes in
      Result { () throws(JSONError) in try JSONReader<HostValueBuilder>.parse(bytes) }
    }
    self = try result.get()
  }

  // MARK: Writing

  /// Recurses once per level of the value; the VM bounds how deep the values it makes are.
  private func write(to writer: inout JSONWriter) {
    switch self {
    case .none:
      writer.null()
    case .bool(let value):
      writer.bool(value)
    case .int(let value):
      writer.int(value)
    case .bigInt(let text):
      if let digits = Self.canonicalDigits(text) { writer.digits(digits) } else { writer.string(text) }
    case .float(let value):
      if value.isFinite {
        writer.double(value)
      } else {
        writer.raw("{\"$float\":")
        writer.raw(value.isNaN ? "\"nan\"}" : value < 0 ? "\"-inf\"}" : "\"inf\"}")
      }
    case .str(let value):
      writer.string(value)
    case .bytes(let value):
      writer.raw("{\"$bytes\":")
      writer.string(Base64.encode(value))
      writer.raw("}")
    case .list(let items):
      Self.writeArray(items, to: &writer)
    case .tuple(let items):
      writer.raw("{\"$tuple\":")
      Self.writeArray(items, to: &writer)
      writer.raw("}")
    case .set(let items):
      writer.raw("{\"$set\":")
      Self.writeArray(items, to: &writer)
      writer.raw("}")
    case .frozenset(let items):
      writer.raw("{\"$frozenset\":")
      Self.writeArray(items, to: &writer)
      writer.raw("}")
    case .dict(let entries):
      Self.writeDict(entries, to: &writer)
    case .object(let type, let repr, let attributes):
      writer.raw("{\"$object\":{\"type\":")
      writer.string(type)
      writer.raw(",\"repr\":")
      writer.string(repr)
      writer.raw(",\"attributes\":")
      Self.writeDict(attributes, to: &writer)
      writer.raw("}}")
    case .exception(let type, let message):
      writer.raw("{\"$exception\":{\"type\":")
      writer.string(type)
      writer.raw(",\"message\":")
      writer.string(message)
      writer.raw("}}")
    }
  }

  private static func writeArray(_ items: [HostValue], to writer: inout JSONWriter) {
    writer.raw("[")
    for (i, item) in items.enumerated() {
      if i > 0 { writer.raw(",") }
      item.write(to: &writer)
    }
    writer.raw("]")
  }

  /// A JSON object when that reads back as the same dict, else `{"$dict": [[k, v], ...]}`.
  private static func writeDict(_ entries: [DictEntry], to writer: inout JSONWriter) {
    if let keys = plainKeys(entries) {
      writer.raw("{")
      for (i, (key, entry)) in zip(keys, entries).enumerated() {
        if i > 0 { writer.raw(",") }
        writer.string(key)
        writer.raw(":")
        entry.value.write(to: &writer)
      }
      writer.raw("}")
      return
    }
    writer.raw("{\"$dict\":[")
    for (i, entry) in entries.enumerated() {
      if i > 0 { writer.raw(",") }
      writer.raw("[")
      entry.key.write(to: &writer)
      writer.raw(",")
      entry.value.write(to: &writer)
      writer.raw("]")
    }
    writer.raw("]}")
  }

  /// The keys of a dict that can be written as a plain JSON object: all str, none starting with '$'
  /// (it would read as a tag), no two the same (one would be lost). Nil for any other dict.
  private static func plainKeys(_ entries: [DictEntry]) -> [String]? {
    var keys: [String] = []
    keys.reserveCapacity(entries.count)
    for entry in entries {
      guard case .str(let key) = entry.key, key.utf8.first != UInt8(ascii: "$") else { return nil }
      keys.append(key)
    }
    // Duplicates: a pairwise scan for small dicts (the common case), a set beyond.
    if keys.count <= 8 {
      for i in keys.indices {
        for j in keys.indices where j > i && keys[i].utf8.elementsEqual(keys[j].utf8) { return nil }
      }
    } else {
      var seen = Set<UTF8Key>(minimumCapacity: keys.count)
      for key in keys where !seen.insert(UTF8Key(key)).inserted { return nil }
    }
    return keys
  }

  /// `text` without a '+', leading zeros or a "-0", when it is `[+-]?[0-9]+`; nil otherwise.
  private static func canonicalDigits(_ text: String) -> Substring? {
    var digits = Substring(text)
    var negative = false
    if let sign = digits.utf8.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      negative = sign == UInt8(ascii: "-")
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
      return nil
    }
    digits = digits.drop { $0 == "0" }
    if digits.isEmpty { return "0" }
    return negative ? "-" + digits : digits
  }
}

// MARK: Reading

/// Builds HostValues straight from the reader: JSON scalars and arrays map directly; objects are
/// plain dicts or, with a `$` key, the tagged values of the table above.
private enum HostValueBuilder: JSONBuilder {
  typealias JSONError = HostValue.JSONError

  static func null() -> HostValue { .none }
  static func bool(_ value: Bool) -> HostValue { .bool(value) }
  static func int(_ value: Int) -> HostValue { .int(value) }
  static func bigInt(_ digits: String) -> HostValue { .bigInt(digits) }
  static func double(_ value: Double) -> HostValue { .float(value) }
  static func string(_ value: String) -> HostValue { .str(value) }
  static func array(_ elements: [HostValue]) -> HostValue { .list(elements) }

  static func object(_ members: [(key: String, value: HostValue)], at offset: Int) throws(JSONError) -> HostValue {
    guard let tagged = members.firstIndex(where: { $0.key.utf8.first == UInt8(ascii: "$") }) else {
      return .dict(members.map { HostValue.DictEntry(.str($0.key), $0.value) })
    }
    let tag = members[tagged].key
    guard members.count == 1 else {
      throw JSONError(message: "Tag '\(tag)' must be the only key of its object", offset: offset)
    }
    return try decodeTag(tag, members[tagged].value, at: offset)
  }

  /// The value of `{tag: payload}`, whose payload has already been read as a HostValue (a JSON array
  /// is a `.list`, a JSON object a `.dict` or a tagged value).
  private static func decodeTag(_ tag: String, _ payload: HostValue, at offset: Int) throws(JSONError) -> HostValue {
    func invalid(_ expected: String) -> JSONError {
      JSONError(message: "Tag '\(tag)' expects \(expected)", offset: offset)
    }
    switch tag {
    case "$tuple":
      guard case .list(let items) = payload else { throw invalid("an array") }
      return .tuple(items)
    case "$set":
      guard case .list(let items) = payload else { throw invalid("an array") }
      return .set(items)
    case "$frozenset":
      guard case .list(let items) = payload else { throw invalid("an array") }
      return .frozenset(items)
    case "$bytes":
      guard case .str(let text) = payload, let bytes = Base64.decode(text) else { throw invalid("a base64 string") }
      return .bytes(bytes)
    case "$float":
      guard case .str(let text) = payload else { throw invalid("\"nan\", \"inf\" or \"-inf\"") }
      switch text {
      case "nan": return .float(.nan)
      case "inf": return .float(.infinity)
      case "-inf": return .float(-.infinity)
      default: throw invalid("\"nan\", \"inf\" or \"-inf\"")
      }
    case "$dict":
      guard case .list(let pairs) = payload else { throw invalid("an array of [key, value] pairs") }
      var entries: [HostValue.DictEntry] = []
      entries.reserveCapacity(pairs.count)
      for pair in pairs {
        guard case .list(let kv) = pair, kv.count == 2 else { throw invalid("an array of [key, value] pairs") }
        entries.append(HostValue.DictEntry(kv[0], kv[1]))
      }
      return .dict(entries)
    case "$object":
      let shape = "an object with string \"type\" and \"repr\" and a dict \"attributes\""
      guard case .dict(let fields) = payload else { throw invalid(shape) }
      var type: String?, repr: String?, attributes: [HostValue.DictEntry] = []
      for field in fields {
        switch (field.key, field.value) {
        case (.str("type"), .str(let value)): type = value
        case (.str("repr"), .str(let value)): repr = value
        case (.str("attributes"), .dict(let value)): attributes = value
        default: throw invalid(shape)
        }
      }
      guard let type, let repr else { throw invalid(shape) }
      return .object(type: type, repr: repr, attributes: attributes)
    case "$exception":
      let shape = "an object with string \"type\" and \"message\""
      guard case .dict(let fields) = payload else { throw invalid(shape) }
      var type: String?, message: String?
      for field in fields {
        switch (field.key, field.value) {
        case (.str("type"), .str(let value)): type = value
        case (.str("message"), .str(let value)): message = value
        default: throw invalid(shape)
        }
      }
      guard let type, let message else { throw invalid(shape) }
      return .exception(type: type, message: message)
    default:
      throw JSONError(message: "Unknown tag '\(tag)'", offset: offset)
    }
  }
}

/// RFC 4648 base64, standard alphabet, with padding.
private enum Base64 {
  private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// Each byte's 6-bit value in the alphabet, or 0xFF.
  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (i, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(i) }
    return table
  }()

  static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i < bytes.count {
      // Up to three bytes make one 24-bit group, written as four characters, '=' for missing bytes.
      let count = min(3, bytes.count - i)
      var group = UInt32(bytes[i]) << 16
      if count > 1 { group |= UInt32(bytes[i + 1]) << 8 }
      if count > 2 { group |= UInt32(bytes[i + 2]) }
      for k in 0..<4 {
        out.append(k <= count ? alphabet[Int(group >> (18 - 6 * k) & 0x3F)] : UInt8(ascii: "="))
      }
      i += 3
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes of canonical base64 text, or nil: the length must be a multiple of 4, '=' only as the
  /// last one or two characters, and the bits the padding leaves unused must be zero.
  static func decode(_ text: String) -> [UInt8]? {
    let chars = Array(text.utf8)
    guard chars.count % 4 == 0 else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(chars.count / 4 * 3)
    var i = 0
    while i < chars.count {
      let isLast = i + 4 == chars.count
      let padding = isLast ? chars[i + 2 ..< i + 4].reversed().prefix { $0 == UInt8(ascii: "=") }.count : 0
      var group: UInt32 = 0
      for k in 0..<4 {
        let value = k < 4 - padding ? values[Int(chars[i + k])] : 0
        guard value != 0xFF else { return nil }
        group = group << 6 | UInt32(value)
      }
      out.append(UInt8(truncatingIfNeeded: group >> 16))
      if padding < 2 { out.append(UInt8(truncatingIfNeeded: group >> 8)) }
      if padding < 1 { out.append(UInt8(truncatingIfNeeded: group)) }
      // Canonical: the bits of the last character that the padding leaves out are zero.
      if padding == 1 && group & 0xFF != 0 || padding == 2 && group & 0xFFFF != 0 { return nil }
      i += 4
    }
    return out
  }
}
