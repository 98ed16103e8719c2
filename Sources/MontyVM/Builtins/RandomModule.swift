// The `random` module: CPython 3.11's module-level functions over one Mersenne Twister per VM
// (MersenneTwister.swift), seeded under the host's RandomPolicy (HostPolicy.swift). Every function
// draws exactly the numbers CPython's Lib/random.py draws, in the same order, so a seeded program
// prints what CPython prints. Not here: `random.Random` / `SystemRandom` instances, `binomialvariate` (3.12).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt
import MontyCompiler

extension Interpreter {
  func makeRandomModule() -> Handle {
    let d = heap.allocate(PyDict())
    let fns: [(String, BuiltinID)] = [
      ("seed", .randomSeed), ("random", .randomRandom), ("getrandbits", .randomGetrandbits),
      ("randbytes", .randomRandbytes), ("randrange", .randomRandrange), ("randint", .randomRandint),
      ("choice", .randomChoice), ("choices", .randomChoices), ("shuffle", .randomShuffle), ("sample", .randomSample),
      ("uniform", .randomUniform), ("triangular", .randomTriangular), ("gauss", .randomGauss),
      ("normalvariate", .randomNormalvariate), ("lognormvariate", .randomLognormvariate),
      ("expovariate", .randomExpovariate), ("vonmisesvariate", .randomVonmisesvariate),
      ("gammavariate", .randomGammavariate), ("betavariate", .randomBetavariate),
      ("paretovariate", .randomParetovariate), ("weibullvariate", .randomWeibullvariate),
      ("getstate", .randomGetstate), ("setstate", .randomSetstate),
    ]
    for (n, id) in fns { dictSetString(d, n, .object(heap.allocate(PyBuiltin(id, name: n)))) }
    return heap.allocate(PyModule(name: "random", dict: d))
  }

  func randomFunction(_ id: BuiltinID, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    // Roots for values built here while user code may run (user __getitem__, __add__, __index__…).
    let mark = temporaryRoots.count
    defer { temporaryRoots.removeSubrange(mark...) }
    switch id {
    case .randomSeed:
      let p = try bindArguments("seed", a, kw, ["a", "version"], required: 0)
      try seedModuleGenerator(p.given(0) ?? .none, version: p.given(1) ?? .int(2))
      return .none
    case .randomRandom:
      try noKeywords("Random.random", kw)
      try expectArgs("Random.random", a, 0, 0)
      return .float(try moduleGenerator().random())
    case .randomGetrandbits:
      try noKeywords("Random.getrandbits", kw)
      try expectArgs("Random.getrandbits", a, 1, 1)
      let k = try cIntArg(a[0])
      if k < 0 { throw makeError(types.valueError, "number of bits must be non-negative") }
      try reserveMemory(k / 8)
      try chargeFuel(k / 32)
      let g = try moduleGenerator()
      return k <= 63 ? .int(Int64(g.bits64(k))) : makeInt(BigInt(g.bits(k)))
    case .randomRandbytes:
      let p = try bindArguments("randbytes", a, kw, ["n"], required: 1)
      let n = try cIntArg(p[0])
      if n < 0 { throw makeError(types.valueError, "number of bits must be non-negative") }
      try reserveMemory(n)
      try chargeFuel(n / 4)
      return .object(heap.allocate(PyBytes(randomBytes(n, try moduleGenerator()))))
    case .randomRandrange:
      let p = try bindArguments("randrange", a, kw, ["start", "stop", "step"], required: 1)
      return try randrange(p[0], p.given(1), p.given(2))
    case .randomRandint:
      let p = try bindArguments("randint", a, kw, ["a", "b"], required: 2)
      return try randrange(p[0], try binary(.add, p[1], .int(1)), nil)
    case .randomChoice:
      let p = try bindArguments("choice", a, kw, ["seq"], required: 1)
      let n = try length(p[0])
      if n == 0 { throw makeError(types.indexError, "Cannot choose from an empty sequence") }
      let i = try moduleGenerator().below(UInt64(n))
      return try getItem(p[0], .int(Int64(i)))
    case .randomShuffle:
      let p = try bindArguments("shuffle", a, kw, ["x"], required: 1)
      try shuffle(p[0])
      return .none
    case .randomSample:
      let p = try bindArguments("sample", a, kw, ["population", "k"], required: 2, keywordOnly: ["counts"])
      return try sample(p[0], p[1], counts: p.given(2) ?? .none)
    case .randomChoices:
      let p = try bindArguments("choices", a, kw, ["population", "weights"], required: 1,
                                keywordOnly: ["cum_weights", "k"])
      return try choices(p[0], weights: p.given(1) ?? .none, cumWeights: p.given(2) ?? .none, k: p.given(3) ?? .int(1))
    default:
      return try randomDistribution(id, a, kw)
    }
  }

  // MARK: Seeding

  /// `random.seed(a, version)`: None reseeds under the host policy; any other value is a seed the
  /// program chose, allowed whatever the policy.
  func seedModuleGenerator(_ a: Value, version: Value) throws(PyException) {
    if a.isNone {
      if case .none = randomPolicy { throw randomnessDenied() }
      randomGenerator = nil  // reseeded under the policy at the next use
      return
    }
    randomGenerator = MersenneTwister(key: try seedKey(a, version: version))
  }

  /// The `init_by_array` key CPython makes from a seed value (random.py `seed` + `random_seed`).
  func seedKey(_ a: Value, version: Value) throws(PyException) -> [UInt32] {
    var text: [UInt32]?
    var utf8: [UInt8]?
    if let s = stringValue(a) {
      text = s.unicodeScalars.map(\.value)
      utf8 = Array(s.utf8)
    } else if case .object(let h) = a, let b = heap.get(h, PyBytes.self) {
      text = b.value.map(UInt32.init)
      utf8 = b.value
    }
    if let text, let utf8 {
      if try equal(version, .int(1)) {
        // Version 1: CPython 2's string hash.
        var x: UInt64 = text.first.map { UInt64($0) << 7 } ?? 0
        for c in text { x = (1_000_003 &* x) ^ UInt64(c) }
        x ^= UInt64(text.count)
        return MersenneTwister.key(words: [x])
      }
      if try equal(version, .int(2)) {
        // Version 2: the bytes and their SHA-512 digest, as one big-endian integer.
        try reserveMemory(utf8.count * 2)
        try chargeFuel(utf8.count / 16)
        let bytes = utf8 + sha512(utf8)
        var words: [UInt64] = []
        words.reserveCapacity(bytes.count / 8 + 1)
        var i = bytes.count
        while i > 0 {
          var w: UInt64 = 0
          for j in max(0, i - 8)..<i { w = w << 8 | UInt64(bytes[j]) }
          words.append(w)
          i -= 8
        }
        return MersenneTwister.key(words: words)
      }
      return MersenneTwister.key(words: [UInt64(bitPattern: Int64(try hash(a)))])
    }
    switch numeric(a) {
    case .int(let i)?: return MersenneTwister.key(words: [i.magnitude])
    case .big(let b)?: return MersenneTwister.key(b.magnitude)
    case .float?: return MersenneTwister.key(words: [UInt64(bitPattern: Int64(try hash(a)))])
    case nil:
      throw makeError(types.typeError,
                      "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    }
  }

  // MARK: Integers

  /// `getrandbits(8 * n).to_bytes(n, 'little')`.
  func randomBytes(_ n: Int, _ g: MersenneTwister) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(n)
    var left = n * 8
    while left > 0 {
      var w = g.next()
      if left < 32 { w >>= UInt32(32 - left) }
      for i in 0..<min(4, left / 8) { out.append(UInt8(truncatingIfNeeded: w >> UInt32(8 * i))) }
      left -= 32
    }
    return out
  }

  /// `_randbelow(n)` for n > 0.
  func randomBelow(_ n: BigInt, _ g: MersenneTwister) -> BigInt {
    if let small = UInt64(exactly: n) { return BigInt(g.below(small)) }
    return BigInt(g.below(n.magnitude))
  }

  /// random.py `randrange`, including its float and error handling.
  func randrange(_ start: Value, _ stop: Value?, _ step: Value?) throws(PyException) -> Value {
    // Fast path: small ints and step 1 (randint, randrange(a, b)), the same draws as the general path.
    if case .int(let a) = start, case .int(let b)? = stop, step.map { $0.isIdentical(.int(1)) } ?? true {
      let (width, overflow) = b.subtractingReportingOverflow(a)
      if !overflow && width > 0 { return .int(a &+ Int64(try moduleGenerator().below(UInt64(width)))) }
    }
    let istart = try randrangeInteger(start, "arg 1")
    guard let stop, !stop.isNone else {
      if let step, !(step.isIdentical(.int(1))) {
        throw makeError(types.typeError, "Missing a non-None stop argument")
      }
      if istart > 0 { return makeInt(randomBelow(istart, try moduleGenerator())) }
      throw makeError(types.valueError, "empty range for randrange()")
    }
    let istop = try randrangeInteger(stop, "stop")
    let width = istop - istart
    let istep = try step.map { (v: Value) throws(PyException) -> BigInt in try randrangeInteger(v, "step") } ?? 1
    if istep == 1 {
      if width > 0 { return makeInt(istart + randomBelow(width, try moduleGenerator())) }
      throw makeError(types.valueError, "empty range for randrange() (\(istart), \(istop), \(width))")
    }
    var n: BigInt
    if istep > 0 {
      n = floorDivide(width + istep - 1, istep)
    } else if istep < 0 {
      n = floorDivide(width + istep + 1, istep)
    } else {
      throw makeError(types.valueError, "zero step for randrange()")
    }
    if n <= 0 { throw makeError(types.valueError, "empty range for randrange()") }
    n = randomBelow(n, try moduleGenerator())
    return makeInt(istart + istep * n)
  }

  private func floorDivide(_ a: BigInt, _ b: BigInt) -> BigInt {
    let (q, r) = a.quotientAndRemainder(dividingBy: b)
    return (r != 0 && (r.sign == .minus) != (b.sign == .minus)) ? q - 1 : q
  }

  /// An argument of randrange: an integer, or (deprecated in 3.10, still accepted by 3.11) a float
  /// with an integral value.
  private func randrangeInteger(_ v: Value, _ which: String) throws(PyException) -> BigInt {
    switch numeric(v) {
    case .int(let i)?: return BigInt(i)
    case .big(let b)?: return b
    case .float(let d)?:
      if d.isNaN { throw makeError(types.valueError, "cannot convert float NaN to integer") }
      if d.isInfinite { throw makeError(types.overflowError, "cannot convert float infinity to integer") }
      guard d == d.rounded(.towardZero), let b = BigInt(exactly: d) else {
        throw makeError(types.valueError, "non-integer \(which) for randrange()")
      }
      return b
    case nil:
      if isUserObject(v), let m = try lookupSpecial(v, "__index__") { return try bigArg(try call(m, args: [])) }
      if let s = stringValue(v) {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        if words.count == 1, BigInt(String(words[0]), radix: 10) != nil {
          throw makeError(types.valueError, "non-integer \(which) for randrange()")
        }
        throw makeError(types.valueError, "invalid literal for int() with base 10: \(try repr(v))")
      }
      throw makeError(types.typeError,
                      "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(v))'")
    }
  }

  /// An argument CPython converts to a C int (getrandbits' k).
  private func cIntArg(_ v: Value) throws(PyException) -> Int {
    let b: BigInt
    switch numeric(v) {
    case .int(let i)?: b = BigInt(i)
    case .big(let x)?: b = x
    case .float?, nil:
      if case .object = v, isUserObject(v), let m = try lookupSpecial(v, "__index__") {
        b = try bigArg(try call(m, args: []))
      } else {
        throw makeError(types.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
      }
    }
    guard let i = Int32(exactly: b) else {
      throw makeError(types.overflowError, "Python int too large to convert to C int")
    }
    return Int(i)
  }

  // MARK: Sequences

  /// random.py `shuffle`: Fisher–Yates from the end, swapping through item access.
  func shuffle(_ x: Value) throws(PyException) {
    let n = try length(x)
    if n < 2 { return }
    let g = try moduleGenerator()
    try chargeFuel(n)
    if case .object(let h) = x, let list = heap.get(h, PyList.self) {
      for i in stride(from: n - 1, to: 0, by: -1) {
        let j = Int(g.below(UInt64(i + 1)))
        guard i < list.items.count, j < list.items.count else { break }
        list.items.swapAt(i, j)
      }
      return
    }
    for i in stride(from: n - 1, to: 0, by: -1) {
      let j = Int64(g.below(UInt64(i + 1)))
      let xj = try getItem(x, .int(j))
      temporaryRoots.append(xj)
      let xi = try getItem(x, .int(Int64(i)))
      temporaryRoots.append(xi)
      try setItem(x, .int(Int64(i)), xj)
      try setItem(x, .int(j), xi)
      temporaryRoots.removeLast(2)
    }
  }

  /// Whether `v` is a `collections.abc.Sequence` (sample's population).
  private func isSequence(_ v: Value) -> Bool {
    [types.list, types.tuple, types.str, types.bytes, types.range].contains { isInstance(v, $0) }
  }

  /// random.py `sample`.
  func sample(_ population: Value, _ kValue: Value, counts: Value) throws(PyException) -> Value {
    guard isSequence(population) else {
      throw makeError(types.typeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
    }
    let n = try length(population)
    if !counts.isNone {
      // Sample positions in the population repeated by `counts`, then map them back by bisection.
      let cum = try accumulate(counts)
      if cum.count != n { throw makeError(types.valueError, "The number of counts does not match the population") }
      guard let last = cum.last, case let total? = numeric(last), !(total.isFloat) else {
        if cum.isEmpty { throw makeError(types.indexError, "pop from empty list") }
        throw makeError(types.typeError, "Counts must be integers")
      }
      if compareNumbers(total, .int(0)) <= 0 {
        throw makeError(types.valueError, "Total of counts must be greater than zero")
      }
      guard case .int(let t) = total, t <= Int64(Int.max / 2) else {
        throw makeError(types.overflowError, "Python int too large to convert to C ssize_t")
      }
      let picks = try sampleIndices(Int(t), try intArg(kValue))
      let result = PyList([])
      temporaryRoots.append(.object(heap.allocate(result)))
      let bounds = Array(cum.dropLast())
      for s in picks {
        let i = try bisectRight(bounds, .int(Int64(s)), 0, bounds.count)
        result.items.append(try getItem(population, .int(Int64(i))))
      }
      return temporaryRoots[temporaryRoots.count - 1]
    }
    let picks = try sampleIndices(n, try intArg(kValue))
    let result = PyList([])
    result.items.reserveCapacity(picks.count)
    let rh = heap.allocate(result)
    temporaryRoots.append(.object(rh))
    for j in picks { result.items.append(try getItem(population, .int(Int64(j)))) }
    return .object(rh)
  }

  /// The positions `sample` picks from a population of n: CPython's two strategies (a shrinking pool
  /// for small populations, a set of seen positions for large ones), which draw different numbers.
  private func sampleIndices(_ n: Int, _ k: Int) throws(PyException) -> [Int] {
    guard k >= 0 && k <= n else {
      throw makeError(types.valueError, "Sample larger than population or is negative")
    }
    try reserveMemory(k * 16)
    try chargeFuel(k)
    var setSize = 21
    if k > 5 {
      let e = Int((Glibc.log(Double(k * 3)) / Glibc.log(4.0)).rounded(.up))
      setSize = e >= 30 ? Int.max : setSize + (1 << (2 * e))
    }
    if k == 0 { return [] }
    let g = try moduleGenerator()
    var result: [Int] = []
    result.reserveCapacity(k)
    if n <= setSize {
      var pool = Array(0..<n)
      for i in 0..<k {
        let j = Int(g.below(UInt64(n - i)))
        result.append(pool[j])
        pool[j] = pool[n - i - 1]
      }
    } else {
      var selected = Set<Int>()
      for _ in 0..<k {
        var j = Int(g.below(UInt64(n)))
        while selected.contains(j) {
          try chargeFuel(1)
          j = Int(g.below(UInt64(n)))
        }
        selected.insert(j)
        result.append(j)
      }
    }
    return result
  }

  /// `list(itertools.accumulate(values))`, rooted (the sums may be new objects).
  private func accumulate(_ values: Value) throws(PyException) -> [Value] {
    let items = try collect(values)
    var out: [Value] = []
    out.reserveCapacity(items.count)
    let mark = temporaryRoots.count
    temporaryRoots.append(contentsOf: items)
    for x in items {
      let sum = try out.last.map { (s: Value) throws(PyException) -> Value in try binary(.add, s, x) } ?? x
      out.append(sum)
      temporaryRoots.append(sum)
    }
    // Keep the sums rooted for the caller (its own mark removes them); drop the inputs' extra roots.
    temporaryRoots.removeSubrange(mark..<(mark + items.count))
    return out
  }

  /// `bisect.bisect_right(a, x, lo, hi)`.
  private func bisectRight(_ a: [Value], _ x: Value, _ lo: Int, _ hi: Int) throws(PyException) -> Int {
    var lo = lo
    var hi = min(hi, a.count)
    while lo < hi {
      let mid = (lo + hi) / 2
      if try truthy(try compare(.lt, x, a[mid])) { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }

  /// random.py `choices`: with replacement, by `floor(random() * n)` or by bisecting cumulative weights.
  func choices(_ population: Value, weights: Value, cumWeights: Value, k kValue: Value) throws(PyException) -> Value {
    let n = try length(population)
    let result = PyList([])
    let rh = heap.allocate(result)
    temporaryRoots.append(.object(rh))
    var cum: [Value]
    if cumWeights.isNone {
      if weights.isNone {
        let k = try intArg(kValue)
        try reserveMemory(max(k, 0) * 16)
        try chargeFuel(max(k, 0))
        if k <= 0 { return .object(rh) }
        let g = try moduleGenerator()
        let nf = Double(n)
        for _ in 0..<k {
          let i = Int64((g.random() * nf).rounded(.down))
          result.items.append(try getItem(population, .int(i)))
        }
        return .object(rh)
      }
      do {
        cum = try accumulate(weights)
      } catch {
        if case .int(let k) = weights, isInstance(error.value, types.typeError) {
          throw makeError(types.typeError, "The number of choices must be a keyword argument: k=\(k)")
        }
        throw error
      }
    } else if !weights.isNone {
      throw makeError(types.typeError, "Cannot specify both weights and cumulative weights")
    } else {
      cum = try collect(cumWeights)
      temporaryRoots.append(contentsOf: cum)
    }
    if cum.count != n { throw makeError(types.valueError, "The number of weights does not match the population") }
    guard let last = cum.last else { throw makeError(types.indexError, "list index out of range") }
    guard let total = floatValue(try binary(.add, last, .float(0))) else {
      throw makeError(types.typeError, "must be real number, not \(typeName(last))")
    }
    if !(total > 0) { throw makeError(types.valueError, "Total of weights must be greater than zero") }
    if !total.isFinite { throw makeError(types.valueError, "Total of weights must be finite") }
    let k = try intArg(kValue)
    try reserveMemory(max(k, 0) * 16)
    try chargeFuel(max(k, 0) * 8)
    if k <= 0 { return .object(rh) }
    let g = try moduleGenerator()
    for _ in 0..<k {
      let i = try bisectRight(cum, .float(g.random() * total), 0, n - 1)
      result.items.append(try getItem(population, .int(Int64(i))))
    }
    return .object(rh)
  }

  // MARK: Real distributions

  private func randomDistribution(_ id: BuiltinID, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    func add(_ x: Value, _ y: Value) throws(PyException) -> Value { try binary(.add, x, y) }
    func mul(_ x: Value, _ y: Value) throws(PyException) -> Value { try binary(.mul, x, y) }
    func sub(_ x: Value, _ y: Value) throws(PyException) -> Value { try binary(.sub, x, y) }
    func div(_ x: Value, _ y: Value) throws(PyException) -> Value { try binary(.trueDiv, x, y) }
    switch id {
    case .randomUniform:
      let p = try bindArguments("uniform", a, kw, ["a", "b"], required: 2)
      let width = try sub(p[1], p[0])
      temporaryRoots.append(width)
      return try add(p[0], try mul(width, .float(try moduleGenerator().random())))
    case .randomTriangular:
      let p = try bindArguments("triangular", a, kw, ["low", "high", "mode"], required: 0)
      var low = p.given(0) ?? .float(0), high = p.given(1) ?? .float(1)
      let mode = p.given(2) ?? .none
      var u = try moduleGenerator().random()
      var c = 0.5
      if !mode.isNone {
        do {
          let r = try div(try sub(mode, low), try sub(high, low))
          c = try realArg(r)
        } catch {
          if isInstance(error.value, types.zeroDivisionError) { return low }
          throw error
        }
      }
      if u > c {
        u = 1.0 - u
        c = 1.0 - c
        swap(&low, &high)
      }
      let width = try sub(high, low)
      temporaryRoots.append(width)
      return try add(low, try mul(width, .float((u * c).squareRoot())))
    case .randomGauss:
      let p = try bindArguments("gauss", a, kw, ["mu", "sigma"], required: 0)
      let g = try moduleGenerator()
      var z: Double
      if let next = g.gaussNext {
        z = next
        g.gaussNext = nil
      } else {
        let x2pi = g.random() * (2 * Double.pi)
        let g2rad = (-2.0 * Glibc.log(1.0 - g.random())).squareRoot()
        z = Glibc.cos(x2pi) * g2rad
        g.gaussNext = Glibc.sin(x2pi) * g2rad
      }
      return try add(p.given(0) ?? .float(0), try mul(.float(z), p.given(1) ?? .float(1)))
    case .randomNormalvariate:
      let p = try bindArguments("normalvariate", a, kw, ["mu", "sigma"], required: 0)
      return try add(p.given(0) ?? .float(0), try mul(.float(try normalDeviate()), p.given(1) ?? .float(1)))
    case .randomLognormvariate:
      let p = try bindArguments("lognormvariate", a, kw, ["mu", "sigma"], required: 2)
      let x = try realArg(try add(p[0], try mul(.float(try normalDeviate()), p[1])))
      let r = Glibc.exp(x)
      if r.isInfinite && x.isFinite { throw makeError(types.overflowError, "math range error") }
      return .float(r)
    case .randomExpovariate:
      let p = try bindArguments("expovariate", a, kw, ["lambd"], required: 1)
      return try div(.float(-Glibc.log(1.0 - (try moduleGenerator().random()))), p[0])
    case .randomParetovariate:
      let p = try bindArguments("paretovariate", a, kw, ["alpha"], required: 1)
      let u = 1.0 - (try moduleGenerator().random())
      return try binary(.pow, .float(u), try div(.float(-1.0), p[0]))
    case .randomWeibullvariate:
      let p = try bindArguments("weibullvariate", a, kw, ["alpha", "beta"], required: 2)
      let u = 1.0 - (try moduleGenerator().random())
      let e = try binary(.pow, .float(-Glibc.log(u)), try div(.float(1.0), p[1]))
      return try mul(p[0], e)
    case .randomVonmisesvariate:
      let p = try bindArguments("vonmisesvariate", a, kw, ["mu", "kappa"], required: 2)
      let kappa = try realArg(p[1])
      let g = try moduleGenerator()
      let twoPi = 2 * Double.pi
      if kappa <= 1e-6 { return .float(twoPi * g.random()) }
      let s = 0.5 / kappa
      let r = s + (1.0 + s * s).squareRoot()
      var z: Double
      while true {
        try chargeFuel(1)
        let u1 = g.random()
        z = Glibc.cos(Double.pi * u1)
        let d = z / (r + z)
        let u2 = g.random()
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * Glibc.exp(d) { break }
      }
      let q = 1.0 / r
      let f = (q + z) / (1.0 + q * z)
      let u3 = g.random()
      let angle = u3 > 0.5 ? try add(p[0], .float(Glibc.acos(f))) : try sub(p[0], .float(Glibc.acos(f)))
      return try binary(.mod, angle, .float(twoPi))
    case .randomGammavariate:
      let p = try bindArguments("gammavariate", a, kw, ["alpha", "beta"], required: 2)
      return try mul(.float(try gammaDeviate(try realArg(p[0]), try realArg(p[1]))), p[1])
    case .randomBetavariate:
      let p = try bindArguments("betavariate", a, kw, ["alpha", "beta"], required: 2)
      let y = try gammaDeviate(try realArg(p[0]), 1.0)
      if y == 0 { return .float(0) }
      return .float(y / (y + (try gammaDeviate(try realArg(p[1]), 1.0))))
    case .randomGetstate:
      try expectArgs("Random.getstate", a, 0, 0)
      let g = try moduleGenerator()
      let words = g.state.map { Value.int(Int64($0)) } + [.int(Int64(g.index))]
      let inner = newTuple(words)
      temporaryRoots.append(inner)
      return newTuple([.int(3), inner, g.gaussNext.map(Value.float) ?? .none])
    case .randomSetstate:
      let p = try bindArguments("setstate", a, kw, ["state"], required: 1)
      try setState(p[0])
      return .none
    default:
      throw makeError(types.systemError, "unknown random function \(id)")
    }
  }

  /// random.py `normalvariate`'s deviate (Kinderman and Monahan), before scaling.
  private func normalDeviate() throws(PyException) -> Double {
    let g = try moduleGenerator()
    let magic = 4 * Glibc.exp(-0.5) / (2.0 as Double).squareRoot()
    while true {
      try chargeFuel(1)
      let u1 = g.random()
      let u2 = 1.0 - g.random()
      let z = magic * (u1 - 0.5) / u2
      if z * z / 4.0 <= -Glibc.log(u2) { return z }
    }
  }

  /// random.py `gammavariate(alpha, 1.0)`, before scaling by beta (which is only checked here).
  private func gammaDeviate(_ alpha: Double, _ beta: Double) throws(PyException) -> Double {
    if alpha <= 0.0 || beta <= 0.0 {
      throw makeError(types.valueError, "gammavariate: alpha and beta must be > 0.0")
    }
    let g = try moduleGenerator()
    if alpha > 1.0 {
      let ainv = (2.0 * alpha - 1.0).squareRoot()
      let bbb = alpha - Glibc.log(4.0)
      let ccc = alpha + ainv
      let sgMagic = 1.0 + Glibc.log(4.5)
      while true {
        try chargeFuel(1)
        let u1 = g.random()
        if !(1e-7 < u1 && u1 < 0.9999999) { continue }
        let u2 = 1.0 - g.random()
        let v = Glibc.log(u1 / (1.0 - u1)) / ainv
        let x = alpha * Glibc.exp(v)
        let z = u1 * u1 * u2
        let r = bbb + ccc * v - x
        if r + sgMagic - 4.5 * z >= 0.0 || r >= Glibc.log(z) { return x }
      }
    } else if alpha == 1.0 {
      return -Glibc.log(1.0 - g.random())
    } else {
      let e = 2.718281828459045
      while true {
        try chargeFuel(1)
        let u = g.random()
        let b = (e + alpha) / e
        let p = b * u
        let x = p <= 1.0 ? Glibc.pow(p, 1.0 / alpha) : -Glibc.log((b - p) / alpha)
        let u1 = g.random()
        if p > 1.0 {
          if u1 <= Glibc.pow(x, alpha - 1.0) { return x }
        } else if u1 <= Glibc.exp(-x) {
          return x
        }
      }
    }
  }

  private func realArg(_ v: Value) throws(PyException) -> Double {
    if let d = floatValue(v) { return d }
    throw makeError(types.typeError, "must be real number, not \(typeName(v))")
  }

  /// random.py `setstate` over `_random.Random.setstate`: (3, 625 words, gauss_next).
  private func setState(_ state: Value) throws(PyException) {
    let version = try getItem(state, .int(0))
    let isV2 = try equal(version, .int(2))
    let isV3 = try equal(version, .int(3))
    guard isV2 || isV3 else {
      throw makeError(types.valueError,
                      "state with version \(try strThrowing(version)) passed to Random.setstate() of version 3")
    }
    let parts = try collect(state)
    if parts.count != 3 {
      throw makeError(types.valueError, parts.count < 3 ? "not enough values to unpack (expected 3, got \(parts.count))"
                                                        : "too many values to unpack (expected 3)")
    }
    guard case .object(let h) = parts[1], let inner = heap.get(h, PyTuple.self) else {
      throw makeError(types.typeError, "state vector must be a tuple")
    }
    guard inner.items.count == MersenneTwister.n + 1 else {
      throw makeError(types.valueError, "state vector is the wrong size")
    }
    var words: [UInt32] = []
    words.reserveCapacity(MersenneTwister.n)
    for v in inner.items.dropLast() {
      guard let n = numeric(v), !n.isFloat else { throw makeError(types.typeError, "an integer is required") }
      var b = n.asBig
      if isV2 {
        b %= BigInt(1) << 32
        if b.sign == .minus { b += BigInt(1) << 32 }
      }
      if b.sign == .minus { throw makeError(types.overflowError, "can't convert negative int to unsigned") }
      guard let w = UInt64(exactly: b) else {
        throw makeError(types.overflowError, "Python int too large to convert to C unsigned long")
      }
      words.append(UInt32(truncatingIfNeeded: w))
    }
    guard let last = inner.items.last, let n = numeric(last), !n.isFloat else {
      throw makeError(types.typeError, "an integer is required")
    }
    let index = n.asBig
    guard index >= 0 && index <= BigInt(MersenneTwister.n) else { throw makeError(types.valueError, "invalid state") }
    let g = MersenneTwister(state: words, index: Int(index))
    if !parts[2].isNone { g.gaussNext = try realArg(parts[2]) }
    randomGenerator = g
  }

  // MARK: Arguments

  /// Binds arguments to a random.py method signature (`self` counted, as in CPython's messages).
  func bindArguments(_ name: String, _ args: [Value], _ kwargs: [(String, Value)], _ positional: [String],
                     required: Int, keywordOnly: [String] = []) throws(PyException) -> BoundArguments {
    // The common case, positional arguments only, allocates nothing but the result.
    if kwargs.isEmpty && args.count >= required && args.count <= positional.count && keywordOnly.isEmpty {
      var out = [Value?](repeating: nil, count: positional.count)
      for i in 0..<args.count { out[i] = args[i] }
      return BoundArguments(values: out)
    }
    let fname = "Random.\(name)()"
    if args.count > positional.count {
      let takes = required == positional.count ? "\(required + 1)" : "from \(required + 1) to \(positional.count + 1)"
      throw makeError(types.typeError,
                      "\(fname) takes \(takes) positional arguments but \(args.count + 1) were given")
    }
    var out = [Value?](repeating: nil, count: positional.count + keywordOnly.count)
    for (i, v) in args.enumerated() { out[i] = v }
    for (k, v) in kwargs {
      guard let i = positional.firstIndex(of: k) ?? keywordOnly.firstIndex(of: k).map({ $0 + positional.count }) else {
        throw makeError(types.typeError, "\(fname) got an unexpected keyword argument '\(k)'")
      }
      if out[i] != nil { throw makeError(types.typeError, "\(fname) got multiple values for argument '\(k)'") }
      out[i] = v
    }
    let missing = positional.prefix(required).enumerated().filter { out[$0.offset] == nil }.map { "'\($0.element)'" }
    if !missing.isEmpty {
      let list = missing.count == 1 ? missing[0]
        : missing.dropLast().joined(separator: ", ") + " and " + missing[missing.count - 1]
      throw makeError(types.typeError, "\(fname) missing \(missing.count) required positional argument"
                        + "\(missing.count == 1 ? "" : "s"): \(list)")
    }
    return BoundArguments(values: out)
  }
}

/// Arguments bound to a signature: `[i]` for a required parameter (always given once bound), `given(i)`
/// for an optional one.
struct BoundArguments {
  let values: [Value?]
  subscript(_ i: Int) -> Value { values[i] ?? .none }
  func given(_ i: Int) -> Value? { values[i] }
}

extension Number {
  var isFloat: Bool {
    if case .float = self { return true }
    return false
  }
}
