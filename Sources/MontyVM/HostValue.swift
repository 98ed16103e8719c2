// The value that crosses the sandbox boundary: inputs, external-call arguments and results, the
// program's result. Plain data with no reference to the VM, so it can be kept, sent between threads
// and serialized (the JSON mapping is in HostValue+JSON.swift and README.md).

/// A Python value as the host sees it.
public indirect enum HostValue: Sendable, Equatable {
  case none
  case bool(Bool)
  /// An int that fits in 64 bits.
  case int(Int)
  /// An int outside the 64-bit range, as decimal digits with an optional leading '-'.
  case bigInt(String)
  case float(Double)
  case str(String)
  case bytes([UInt8])
  case list([HostValue])
  case tuple([HostValue])
  /// A dict in insertion order; keys are any hashable values (str, int, tuple…).
  case dict([DictEntry])
  case set([HostValue])
  case frozenset([HostValue])
  /// A readable form of anything else: an instance of a user class, a function, a module…
  /// `attributes` holds the instance's own attributes (its `__dict__`), when it has any.
  case object(type: String, repr: String, attributes: [DictEntry])
  /// An exception instance: its class name and `str()` of it.
  case exception(type: String, message: String)

  public struct DictEntry: Sendable, Equatable {
    public var key: HostValue
    public var value: HostValue
    public init(_ key: HostValue, _ value: HostValue) {
      self.key = key
      self.value = value
    }
  }
}

extension HostValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral
{
  public init(nilLiteral: ()) { self = .none }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .float(value) }
  public init(stringLiteral value: String) { self = .str(value) }
  public init(arrayLiteral elements: HostValue...) { self = .list(elements) }
}
