// CPython's random number generator, bit for bit: MT19937 with CPython's seeding (`init_by_array`
// over the seed's 32-bit words), `random()` from two draws (`genrand_res53`), `getrandbits` and the
// rejection sampling `_randbelow` that randrange, choice, shuffle and sample share. Same seed, same
// numbers as CPython 3.11 (Modules/_randommodule.c and Lib/random.py). The module is RandomModule.swift.
import BigInt

final class MersenneTwister {
  static let n = 624
  static let m = 397

  private(set) var state: [UInt32]
  private(set) var index: Int
  /// The second value of the pair `gauss` computes (random.py's `gauss_next`).
  var gaussNext: Double?

  init(state: [UInt32], index: Int) {
    self.state = state
    self.index = index
  }

  /// `init_by_array`: the generator CPython's `seed` makes from a key of 32-bit words.
  convenience init(key: [UInt32]) {
    let n = MersenneTwister.n
    var mt = [UInt32](repeating: 0, count: n)
    // init_genrand(19650218)
    mt[0] = 19_650_218
    for i in 1..<n { mt[i] = 1_812_433_253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i) }
    var i = 1
    var j = 0
    let length = max(key.count, 1)
    for _ in 0..<max(n, key.count) {
      let k = j < key.count ? key[j] : 0
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_664_525)) &+ k &+ UInt32(truncatingIfNeeded: j)
      i += 1
      j += 1
      if i >= n {
        mt[0] = mt[n - 1]
        i = 1
      }
      if j >= length { j = 0 }
    }
    for _ in 0..<(n - 1) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= n {
        mt[0] = mt[n - 1]
        i = 1
      }
    }
    mt[0] = 0x8000_0000
    self.init(state: mt, index: n)
  }

  // MARK: Seeds

  /// The key for a non-negative integer given by its 64-bit words (least significant first): its
  /// 32-bit words, as many as its bit length needs (at least one), as CPython's `random_seed`.
  static func key(words: [UInt64]) -> [UInt32] {
    var key: [UInt32] = []
    for w in words {
      key.append(UInt32(truncatingIfNeeded: w))
      key.append(UInt32(truncatingIfNeeded: w >> 32))
    }
    while key.count > 1 && key.last == 0 { key.removeLast() }
    return key.isEmpty ? [0] : key
  }

  static func key(_ magnitude: BigUInt) -> [UInt32] { key(words: magnitude.words.map { UInt64($0) }) }

  /// 624 words from the operating system, as CPython's `random_seed_urandom`.
  static func entropyKey() -> [UInt32] {
    var rng = SystemRandomNumberGenerator()
    return (0..<n).map { _ in rng.next() }
  }

  // MARK: Drawing

  /// `genrand_uint32`: the next 32 random bits.
  func next() -> UInt32 {
    let n = MersenneTwister.n
    let m = MersenneTwister.m
    if index >= n {
      state.withUnsafeMutableBufferPointer { mt in
        @inline(__always) func twist(_ a: Int, _ b: Int, _ c: Int) {
          let y = (mt[a] & 0x8000_0000) | (mt[b] & 0x7FFF_FFFF)
          mt[a] = mt[c] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
        }
        for k in 0..<(n - m) { twist(k, k + 1, k + m) }
        for k in (n - m)..<(n - 1) { twist(k, k + 1, k + m - n) }
        twist(n - 1, 0, m - 1)
      }
      index = 0
    }
    var y = state[index]
    index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C_5680
    y ^= (y << 15) & 0xEFC6_0000
    y ^= y >> 18
    return y
  }

  /// `random()`: a double in [0, 1) from 53 random bits.
  func random() -> Double {
    let a = Double(next() >> 5)
    let b = Double(next() >> 6)
    return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
  }

  /// `getrandbits(k)` for k ≤ 64: words are drawn least significant first, the last one shifted right.
  func bits64(_ k: Int) -> UInt64 {
    if k <= 0 { return 0 }
    if k <= 32 { return UInt64(next() >> UInt32(32 - k)) }
    let low = UInt64(next())
    let high = UInt64(next() >> UInt32(64 - k))
    return low | high << 32
  }

  /// `getrandbits(k)` for any k ≥ 0.
  func bits(_ k: Int) -> BigUInt {
    if k <= 64 { return BigUInt(bits64(k)) }
    var words: [UInt] = []
    words.reserveCapacity((k + 63) / 64)
    var left = k
    while left > 0 {
      var w = UInt64(next())
      if left < 32 { w >>= UInt64(32 - left) }
      left -= 32
      if left > 0 {
        var hi = UInt64(next())
        if left < 32 { hi >>= UInt64(32 - left) }
        left -= 32
        w |= hi << 32
      }
      words.append(UInt(w))
    }
    return BigUInt(words: words)
  }

  /// `_randbelow_with_getrandbits(n)`: uniform in [0, n) for n > 0, redrawing `n.bit_length()` bits
  /// until the value is below n.
  func below(_ n: UInt64) -> UInt64 {
    let k = 64 - n.leadingZeroBitCount
    var r = bits64(k)
    while r >= n { r = bits64(k) }
    return r
  }

  func below(_ n: BigUInt) -> BigUInt {
    if let small = UInt64(exactly: n) { return BigUInt(below(small)) }
    let k = n.bitWidth
    var r = bits(k)
    while r >= n { r = bits(k) }
    return r
  }
}
