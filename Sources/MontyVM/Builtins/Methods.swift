// Methods of the builtin types (args[0] is the receiver) and the builtin type constructors.
// str algorithms come from StringAlgorithms.swift; formatting from Formatting.swift.
import BigInt
import MontyCompiler
import MontySyntax

extension Interpreter {
  /// The largest string a str method may build (bytes); the sandbox's memory limit may be lower.
  var stringLimit: Int {
    if memoryLimit == Int.max { return maxObjectBytes }
    let free = min(memoryLimit - heap.bytesAtLastCollection, memoryLimit + memorySlack(memoryLimit) - heap.bytesInUse)
    return max(0, min(maxObjectBytes, free))
  }

  func stringError(_ e: StringError) -> PyException { error(named: e.type, e.message) }

  func optionalInt(_ args: [Value], _ i: Int) throws(PyException) -> Int? {
    guard i < args.count, !args[i].isNone else { return nil }
    return try intArg(args[i])
  }

  func receiverString(_ args: [Value], _ method: String) throws(PyException) -> String {
    guard let first = args.first, let s = stringValue(first) else {
      throw makeError(types.typeError, "descriptor '\(method)' requires a 'str' object")
    }
    return s
  }

  func callMethod(_ id: BuiltinID, args: [Value], kwargs: [(String, Value)]) throws(PyException) -> Value {
    guard let receiver = args.first else {
      throw makeError(types.typeError, "unbound method \(id) needs an argument")
    }
    let rest = Array(args.dropFirst())
    if id.rawValue >= BuiltinID.slotAdd.rawValue && id.rawValue <= BuiltinID.slotRound.rawValue {
      return try callSlot(id, receiver, rest)
    }
    // Set methods of keys and items views work on the view's elements.
    if id == .setIsdisjoint, case .object(let vh) = receiver, heap[vh].kind == .dictView {
      return try callMethod(id, args: [try setFromIterable(receiver)] + rest, kwargs: kwargs)
    }
    // `bytes.fromhex(s)` is a class method: its first argument is the text, not a receiver.
    if id == .bytesFromhex { return try bytesFromHex(args) }
    // `str.maketrans(...)` is a static method: its first argument is not a receiver.
    if id == .strMaketrans, let st = heap.get(types.str, PyType.self) {
      return try classMethodCall(id, st, types.str, args, kwargs)
    }
    // `object`'s methods reached through a builtin value's MRO (`"a".__eq__`): the value's own slot.
    if id == .objectRepr || id == .objectEq || id == .objectNe || id == .objectHash, !isUserObject(receiver),
      !(receiver.handle.map { heap[$0].kind == .type } ?? false)
    {
      let slot: BuiltinID = id == .objectRepr ? .slotRepr : id == .objectEq ? .slotEq : id == .objectNe ? .slotNe : .slotHash
      return try callSlot(slot, receiver, rest)
    }
    switch id {
    // MARK: object
    case .objectInit: return .none
    case .objectRepr:
      return newString("<\(typeName(receiver)) object at \(address(receiver.handle ?? 0))>")
    case .objectStr: return newString(try strThrowing(receiver))
    case .objectEq: return rest.first.map { .bool(receiver.isIdentical($0)) } ?? .bool(false)
    case .objectNe: return rest.first.map { .bool(!receiver.isIdentical($0)) } ?? .bool(true)
    case .objectHash: return .int(Int64(receiver.handle ?? 0) * 16)
    case .objectSetattr, .objectDelattr:
      let arity = id == .objectSetattr ? 2 : 1
      let method = id == .objectSetattr ? "__setattr__" : "__delattr__"
      guard rest.count == arity else {
        throw makeError(types.typeError, "expected \(arity) argument\(arity == 1 ? "" : "s"), got \(rest.count)")
      }
      guard let name = stringValue(rest[0]) else {
        throw makeError(types.typeError, "attribute name must be string, not '\(typeName(rest[0]))'")
      }
      if case .object(let h) = receiver, heap[h].kind == .type {
        throw makeError(types.typeError, "can't apply this \(method) to type object")
      }
      if id == .objectSetattr {
        try setAttr(receiver, name, rest[1], bypassingHook: true)
      } else {
        try deleteAttr(receiver, name, bypassingHook: true)
      }
      return .none
    case .exceptionInit:
      if case .object(let h) = receiver, let inst = heap.get(h, PyInstance.self) { inst.exceptionArgs = rest }
      return .none
    case .exceptionWithTraceback: return receiver
    case .propertySetter, .propertyGetter, .propertyDeleter:
      guard case .object(let h) = receiver, let p = heap[h] as? PyWrapper, let f = rest.first else { return .none }
      let copy = PyWrapper(kind: .property, p.getter)
      copy.setter = p.setter
      copy.deleter = p.deleter
      copy.doc = p.doc
      switch id {
      case .propertySetter: copy.setter = f
      case .propertyGetter: copy.getter = f
      default: copy.deleter = f
      }
      return .object(heap.allocate(copy))
    default: break
    }
    if case .object(let h) = receiver {
      switch heap[h] {
      case let s as PyStr: return try strMethod(id, s, h, rest, kwargs)
      case let l as PyList: return try listMethod(id, l, h, rest, kwargs)
      case let t as PyTuple: return try tupleMethod(id, t.items, rest)
      case let d as PyDict: return try dictMethod(id, d, h, rest, kwargs)
      case let s as PySet: return try setMethod(id, s, h, rest)
      case let b as PyBytes: return try bytesMethod(id, b, rest, kwargs)
      case let r as PyRange:
        try expectArgs(id == .rangeIndex ? "index" : "count", rest, 1, 1)
        let found = try contains(receiver, rest[0])
        if id == .rangeCount { return .int(found ? 1 : 0) }
        guard found, case .int(let i)? = numeric(rest[0]) else {
          throw makeError(types.valueError, "\(try repr(rest[0])) is not in range")
        }
        return .int((i - r.start) / r.step)
      case let sl as PySlice:
        try expectArgs("indices", rest, 1, 1)
        let n = try intArg(rest[0])
        if n < 0 { throw makeError(types.valueError, "length should not be negative") }
        let (start, stop, step) = try sliceIndices(sl, length: n)
        return newTuple([.int(Int64(start)), .int(Int64(stop)), .int(Int64(step))])
      case let g as PyGenerator: return try generatorMethod(id, g, h, rest)
      case let t as PyType: return try classMethodCall(id, t, h, rest, kwargs)
      case is PyBigInt: return try numberMethod(id, receiver, rest, kwargs)
      default: break
      }
    }
    if numeric(receiver) != nil { return try numberMethod(id, receiver, rest, kwargs) }
    if id.rawValue >= BuiltinID.mathSqrt.rawValue { return try mathFunction(id, args, kwargs) }
    throw makeError(types.typeError, "'\(typeName(receiver))' object has no method \(id)")
  }

  // MARK: str

  func strMethod(_ id: BuiltinID, _ s: PyStr, _ h: Handle, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    if kw.isEmpty, s.isASCII || id == .strJoin, let result = try fastStrMethod(id, s, h, a) { return result }
    let v = s.value
    func arg(_ i: Int, _ name: String) throws(PyException) -> String {
      guard i < a.count else { throw makeError(types.typeError, "\(name)() takes at least \(i + 1) argument (\(a.count) given)") }
      return try strArg(a[i], "must be str, not \(typeName(a[i]))")
    }
    func optStr(_ i: Int, _ name: String) throws(PyException) -> String? {
      let value = i < a.count ? a[i] : keyword(kw, name)
      guard let value, !value.isNone else { return nil }
      return try strArg(value, "\(name) must be str or None, not \(typeName(value))")
    }
    func list(_ items: [String]) -> Value { newList(items.map { newString($0) }) }
    func flag(_ b: Bool) -> Value { .bool(b) }
    do {
      switch id {
      case .strSplit, .strRsplit:
        let sep = try optStr(0, "sep")
        let maxsplit = try (a.count > 1 ? intArg(a[1]) : keyword(kw, "maxsplit").map { (x: Value) throws(PyException) -> Int in try intArg(x) }) ?? -1
        return list(id == .strSplit ? try StringAlgorithms.split(v, sep: sep, maxsplit: maxsplit)
                      : try StringAlgorithms.rsplit(v, sep: sep, maxsplit: maxsplit))
      case .strSplitlines:
        let keep = try truthy(a.first ?? keyword(kw, "keepends") ?? .bool(false))
        return list(StringAlgorithms.splitlines(v, keepends: keep))
      case .strJoin:
        guard a.count == 1, let iterable = a.first else {
          throw makeError(types.typeError, "str.join() takes exactly one argument (\(a.count) given)")
        }
        var parts: [String] = []
        for (i, x) in try collect(iterable).enumerated() {
          guard let p = stringValue(x) else {
            throw makeError(types.typeError, "sequence item \(i): expected str instance, \(typeName(x)) found")
          }
          parts.append(p)
        }
        try chargeFuel(parts.count)
        return newString(try StringAlgorithms.join(v, parts, limit: stringLimit))
      case .strStrip: return newString(StringAlgorithms.strip(v, chars: try optStr(0, "chars")))
      case .strLstrip: return newString(StringAlgorithms.lstrip(v, chars: try optStr(0, "chars")))
      case .strRstrip: return newString(StringAlgorithms.rstrip(v, chars: try optStr(0, "chars")))
      case .strReplace:
        try expectArgs("replace", a, 2, 3)
        let count = try optionalInt(a, 2) ?? -1
        return newString(try StringAlgorithms.replace(v, old: try arg(0, "replace"), new: try arg(1, "replace"), count: count,
                                                     limit: stringLimit))
      case .strFind, .strRfind, .strIndex, .strRindex, .strCount:
        let sub = try arg(0, "find")
        let start = try optionalInt(a, 1)
        let end = try optionalInt(a, 2)
        switch id {
        case .strFind: return .int(Int64(StringAlgorithms.find(v, sub: sub, start: start, end: end)))
        case .strRfind: return .int(Int64(StringAlgorithms.rfind(v, sub: sub, start: start, end: end)))
        case .strIndex: return .int(Int64(try StringAlgorithms.index(v, sub: sub, start: start, end: end)))
        case .strRindex: return .int(Int64(try StringAlgorithms.rindex(v, sub: sub, start: start, end: end)))
        default: return .int(Int64(StringAlgorithms.count(v, sub: sub, start: start, end: end)))
        }
      case .strStartswith, .strEndswith:
        guard let p = a.first else { throw makeError(types.typeError, "startswith() takes at least 1 argument (0 given)") }
        var prefixes: [String] = []
        if case .object(let ph) = p, let t = heap.get(ph, PyTuple.self) {
          for x in t.items { prefixes.append(try strArg(x, "tuple for \(id == .strStartswith ? "startswith" : "endswith") must only contain str, not \(typeName(x))")) }
        } else {
          prefixes = [try strArg(p, "\(id == .strStartswith ? "startswith" : "endswith") first arg must be str or a tuple of str, not \(typeName(p))")]
        }
        let start = try optionalInt(a, 1)
        let end = try optionalInt(a, 2)
        for x in prefixes {
          let hit = id == .strStartswith ? StringAlgorithms.startswith(v, prefix: x, start: start, end: end)
            : StringAlgorithms.endswith(v, suffix: x, start: start, end: end)
          if hit { return .bool(true) }
        }
        return .bool(false)
      case .strUpper: return newString(StringAlgorithms.upper(v))
      case .strLower: return newString(StringAlgorithms.lower(v))
      case .strTitle: return newString(StringAlgorithms.title(v))
      case .strCapitalize: return newString(StringAlgorithms.capitalize(v))
      case .strSwapcase: return newString(StringAlgorithms.swapcase(v))
      case .strCasefold: return newString(StringAlgorithms.casefold(v))
      case .strIsdigit: return flag(StringAlgorithms.isdigit(v))
      case .strIsalpha: return flag(StringAlgorithms.isalpha(v))
      case .strIsalnum: return flag(StringAlgorithms.isalnum(v))
      case .strIsspace: return flag(StringAlgorithms.isspace(v))
      case .strIsupper: return flag(StringAlgorithms.isupper(v))
      case .strIslower: return flag(StringAlgorithms.islower(v))
      case .strIsnumeric: return flag(StringAlgorithms.isnumeric(v))
      case .strIsdecimal: return flag(StringAlgorithms.isdecimal(v))
      case .strIsidentifier: return flag(StringAlgorithms.isidentifier(v))
      case .strIstitle: return flag(StringAlgorithms.istitle(v))
      case .strIsprintable: return flag(StringAlgorithms.isprintable(v))
      case .strIsascii: return flag(StringAlgorithms.isascii(v))
      case .strZfill:
        return newString(try StringAlgorithms.zfill(v, width: try intArg(a.first ?? .int(0)), limit: stringLimit))
      case .strCenter, .strLjust, .strRjust:
        let width = try intArg(a.first ?? .int(0))
        var fill = " "
        if a.count > 1 {
          fill = try strArg(a[1], "The fill character must be a unicode character, not \(typeName(a[1]))")
        }
        switch id {
        case .strCenter: return newString(try StringAlgorithms.center(v, width: width, fillchar: fill, limit: stringLimit))
        case .strLjust: return newString(try StringAlgorithms.ljust(v, width: width, fillchar: fill, limit: stringLimit))
        default: return newString(try StringAlgorithms.rjust(v, width: width, fillchar: fill, limit: stringLimit))
        }
      case .strPartition, .strRpartition:
        let sep = try arg(0, "partition")
        let (x, y, z) = id == .strPartition ? try StringAlgorithms.partition(v, sep: sep) : try StringAlgorithms.rpartition(v, sep: sep)
        return newTuple([newString(x), newString(y), newString(z)])
      case .strExpandtabs:
        let size = try optionalInt(a, 0) ?? keyword(kw, "tabsize").map { (x: Value) throws(PyException) -> Int in try intArg(x) } ?? 8
        return newString(try StringAlgorithms.expandtabs(v, tabsize: size, limit: stringLimit))
      case .strEncode:
        return .object(heap.allocate(PyBytes(Array(v.utf8))))
      case .strFormat:
        return newString(try strFormat(v, a, kw))
      case .strFormatMap:
        guard let m = a.first else { throw makeError(types.typeError, "format_map() takes exactly one argument (0 given)") }
        return newString(try strFormat(v, [], [], mapping: m))
      case .strRemoveprefix: return newString(StringAlgorithms.removeprefix(v, try arg(0, "removeprefix")))
      case .strRemovesuffix: return newString(StringAlgorithms.removesuffix(v, try arg(0, "removesuffix")))
      case .strTranslate:
        guard let table = a.first else { throw makeError(types.typeError, "translate() takes exactly one argument (0 given)") }
        var out = ""
        for u in v.unicodeScalars {
          let mapped: Value?
          do {
            mapped = try getItem(table, .int(Int64(u.value)))
          } catch {
            if isInstance(error.value, types.lookupError) { mapped = nil } else { throw error }
          }
          switch mapped {
          case nil: out.unicodeScalars.append(u)
          case .none?: break
          case .int(let c)?: if let sc = Unicode.Scalar(UInt32(truncatingIfNeeded: c)) { out.unicodeScalars.append(sc) }
          case let m?: out += str(m)
          }
        }
        return newString(out)
      default:
        throw makeError(types.attributeError, "'str' object has no attribute '\(id)'")
      }
    } catch let e as StringError {
      throw stringError(e)
    } catch let e as PyException {
      throw e
    } catch {
      throw makeError(types.systemError, "unexpected error in str method")
    }
  }

  /// `str.format` / `format_map`: `{}`/`{0}`/`{name}` fields with attribute and index lookups,
  /// conversions and nested format specs.
  func strFormat(_ template: String, _ args: [Value], _ kwargs: [(String, Value)], mapping: Value? = nil) throws(PyException) -> String {
    var autoIndex = 0
    var manual = false
    return try strFormat(template, args, kwargs, mapping: mapping, autoIndex: &autoIndex, manual: &manual)
  }

  /// The fields of one template; a nested spec (`{:>{}}`) continues the outer automatic numbering.
  func strFormat(_ template: String, _ args: [Value], _ kwargs: [(String, Value)], mapping: Value?,
                 autoIndex: inout Int, manual: inout Bool) throws(PyException) -> String {
    let chars = Array(template.unicodeScalars)
    var out = ""
    var i = 0
    func fieldValue(_ name: String) throws(PyException) -> Value {
      // first part: index or keyword; then .attr / [key] chains
      var head = ""
      var j = name.unicodeScalars.startIndex
      let us = name.unicodeScalars
      while j < us.endIndex, us[j] != ".", us[j] != "[" { head.unicodeScalars.append(us[j]); j = us.index(after: j) }
      var value: Value
      if head.isEmpty {
        if manual { throw makeError(types.valueError, "cannot switch from manual field specification to automatic field numbering") }
        guard autoIndex < args.count else { throw makeError(types.indexError, "Replacement index \(autoIndex) out of range for positional args tuple") }
        value = args[autoIndex]
        autoIndex += 1
      } else if let n = Int(head) {
        if autoIndex > 0 { throw makeError(types.valueError, "cannot switch from automatic field numbering to manual field specification") }
        manual = true
        guard n < args.count else { throw makeError(types.indexError, "Replacement index \(n) out of range for positional args tuple") }
        value = args[n]
      } else if let m = mapping {
        value = try getItem(m, newString(head))
      } else {
        guard let v = kwargs.first(where: { $0.0 == head })?.1 else { throw makeError(types.keyError, args: [newString(head)]) }
        value = v
      }
      while j < us.endIndex {
        if us[j] == "." {
          j = us.index(after: j)
          var attr = ""
          while j < us.endIndex, us[j] != ".", us[j] != "[" { attr.unicodeScalars.append(us[j]); j = us.index(after: j) }
          value = try getAttr(value, attr)
        } else {
          j = us.index(after: j)
          var key = ""
          while j < us.endIndex, us[j] != "]" { key.unicodeScalars.append(us[j]); j = us.index(after: j) }
          if j < us.endIndex { j = us.index(after: j) }
          value = try getItem(value, Int(key).map { .int(Int64($0)) } ?? newString(key))
        }
      }
      return value
    }
    while i < chars.count {
      let c = chars[i]
      if c == "{" {
        if i + 1 < chars.count && chars[i + 1] == "{" { out += "{"; i += 2; continue }
        var depth = 1
        var j = i + 1
        while j < chars.count && depth > 0 {
          if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1 }
          j += 1
        }
        if depth != 0 {
          if i + 1 == chars.count { throw makeError(types.valueError, "Single '{' encountered in format string") }
          throw makeError(types.valueError, "expected '}' before end of string")
        }
        let field = String(String.UnicodeScalarView(chars[(i + 1)..<(j - 1)]))
        var name = field
        var conversion: Character?
        var spec = ""
        if let colon = field.firstIndex(of: ":") {
          name = String(field[..<colon])
          spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
          conversion = name[name.index(after: bang)...].first
          name = String(name[..<bang])
        }
        var value = try fieldValue(name)
        if spec.contains("{") {
          spec = try strFormat(spec, args, kwargs, mapping: mapping, autoIndex: &autoIndex, manual: &manual)
        }
        switch conversion {
        case "r": value = newString(try repr(value))
        case "s": value = newString(try strThrowing(value))
        case "a": value = newString(asciiRepr(try repr(value)))
        case nil: break
        default: throw makeError(types.valueError, "Unknown conversion specifier \(conversion.map(String.init) ?? "")")
        }
        out += try format(value, spec)
        i = j
      } else if c == "}" {
        if i + 1 < chars.count && chars[i + 1] == "}" { out += "}"; i += 2; continue }
        throw makeError(types.valueError, "Single '}' encountered in format string")
      } else {
        out.unicodeScalars.append(c)
        i += 1
      }
    }
    return out
  }

  // MARK: list

  func listMethod(_ id: BuiltinID, _ l: PyList, _ h: Handle, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    switch id {
    case .listAppend:
      try expectArgs("list.append", a, 1, 1)
      l.items.append(a[0])
      heap.account(16)
    case .listExtend:
      try expectArgs("list.extend", a, 1, 1)
      let items = try collect(a[0])
      try reserveMemory(items.count * 16)
      l.items.append(contentsOf: items)
      heap.account(items.count * 16)
    case .listInsert:
      try expectArgs("insert", a, 2, 2)
      var i = try intArg(a[0])
      if i < 0 { i = max(0, i + l.items.count) }
      l.items.insert(a[1], at: min(i, l.items.count))
    case .listRemove:
      try expectArgs("list.remove", a, 1, 1)
      for (i, x) in l.items.enumerated() where try equal(x, a[0]) {
        l.items.remove(at: i)
        return .none
      }
      throw makeError(types.valueError, "list.remove(x): x not in list")
    case .listPop:
      try expectArgs("pop", a, 0, 1)
      if l.items.isEmpty { throw makeError(types.indexError, "pop from empty list") }
      var i = try a.first.map { (x: Value) throws(PyException) -> Int in try intArg(x) } ?? -1
      if i < 0 { i += l.items.count }
      guard i >= 0 && i < l.items.count else { throw makeError(types.indexError, "pop index out of range") }
      return l.items.remove(at: i)
    case .listClear: l.items.removeAll()
    case .listIndex:
      try expectArgs("index", a, 1, 3)
      let n = l.items.count
      var start = try optionalInt(a, 1) ?? 0
      var stop = try optionalInt(a, 2) ?? n
      if start < 0 { start = max(0, start + n) }
      if stop < 0 { stop = max(0, stop + n) }
      var i = start
      while i < min(stop, l.items.count) {
        if try equal(l.items[i], a[0]) { return .int(Int64(i)) }
        i += 1
      }
      throw makeError(types.valueError, "\(try repr(a[0])) is not in list")
    case .listCount:
      try expectArgs("count", a, 1, 1)
      var n = 0
      for x in l.items where try equal(x, a[0]) { n += 1 }
      return .int(Int64(n))
    case .listSort:
      if !a.isEmpty { throw makeError(types.typeError, "sort() takes no positional arguments") }
      try checkKeywords("sort", kw, allowed: ["key", "reverse"])
      try sortList(l, key: keyword(kw, "key") ?? .none, reverse: try truthy(keyword(kw, "reverse") ?? .bool(false)))
      try checkSortModified()
    case .listReverse: l.items.reverse()
    case .listCopy: return newList(l.items)
    default: throw makeError(types.attributeError, "'list' object has no attribute '\(id)'")
    }
    return .none
  }

  func tupleMethod(_ id: BuiltinID, _ items: [Value], _ a: [Value]) throws(PyException) -> Value {
    try expectArgs(id == .tupleIndex ? "index" : "tuple.count", a, 1, id == .tupleIndex ? 3 : 1)
    if id == .tupleCount {
      var n = 0
      for x in items where try sameOrEqual(x, a[0]) { n += 1 }
      return .int(Int64(n))
    }
    let n = items.count
    var start = try optionalInt(a, 1) ?? 0
    var stop = try optionalInt(a, 2) ?? n
    if start < 0 { start = max(0, start + n) }
    if stop < 0 { stop = max(0, stop + n) }
    var i = start
    while i < min(stop, n) {
      if try sameOrEqual(items[i], a[0]) { return .int(Int64(i)) }
      i += 1
    }
    throw makeError(types.valueError, "tuple.index(x): x not in tuple")
  }

  // MARK: dict

  func dictMethod(_ id: BuiltinID, _ d: PyDict, _ h: Handle, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    switch id {
    case .dictGet:
      try expectArgs("get", a, 1, 2)
      return try dictLookup(d, a[0]) ?? (a.count > 1 ? a[1] : .none)
    case .dictKeys: return .object(heap.allocate(PyDictView(dict: h, which: .keys)))
    case .dictValues: return .object(heap.allocate(PyDictView(dict: h, which: .values)))
    case .dictItems: return .object(heap.allocate(PyDictView(dict: h, which: .items)))
    case .dictPop:
      try expectArgs("pop", a, 1, 2)
      if let v = try dictRemove(d, a[0]) { return v }
      if a.count > 1 { return a[1] }
      throw makeError(types.keyError, args: [a[0]])
    case .dictPopitem:
      guard let e = d.storage.popLast() else { throw makeError(types.keyError, "popitem(): dictionary is empty") }
      return newTuple([e.key, e.value])
    case .dictSetdefault:
      try expectArgs("setdefault", a, 1, 2)
      if let v = try dictLookup(d, a[0]) { return v }
      let v = a.count > 1 ? a[1] : .none
      try dictSet(d, a[0], v)
      return v
    case .dictUpdate:
      try expectArgs("update", a, 0, 1)
      if let src = a.first { try dictUpdateFrom(d, src) }
      for (k, v) in kw { try dictSet(d, newString(k), v) }
      return .none
    case .dictClear: d.storage.removeAll(); return .none
    case .dictCopy:
      let c = PyDict()
      c.storage = d.storage
      c.storage.isFrozen = false
      return .object(heap.allocate(c))
    default: throw makeError(types.attributeError, "'dict' object has no attribute '\(id)'")
    }
  }

  /// `dict.update(src)` / `dict(src)`: a mapping, or an iterable of pairs.
  func dictUpdateFrom(_ d: PyDict, _ src: Value) throws(PyException) {
    if case .object(let sh) = src, let sd = heap.get(sh, PyDict.self) {
      try dictUpdate(d, from: sd)
      return
    }
    if isUserObject(src), let keys = try lookupSpecial(src, "keys") {
      for k in try collect(try call(keys, args: [])) { try dictSet(d, k, try getItem(src, k)) }
      return
    }
    for (i, item) in try collect(src).enumerated() {
      let pair: [Value]
      do {
        pair = try collect(item)
      } catch {
        throw makeError(types.typeError, "cannot convert dictionary update sequence element #\(i) to a sequence")
      }
      guard pair.count == 2 else {
        throw makeError(types.valueError, "dictionary update sequence element #\(i) has length \(pair.count); 2 is required")
      }
      try dictSet(d, pair[0], pair[1])
    }
  }

  // MARK: set

  func setMethod(_ id: BuiltinID, _ s: PySet, _ h: Handle, _ a: [Value]) throws(PyException) -> Value {
    func others() throws(PyException) -> [PySet] {
      var out: [PySet] = []
      for x in a {
        guard case .object(let oh) = try setFromIterable(x), let o = heap[oh] as? PySet else { continue }
        out.append(o)
      }
      return out
    }
    switch id {
    case .setAdd: try expectArgs("set.add", a, 1, 1); try setAdd(s, a[0])
    case .setRemove:
      try expectArgs("set.remove", a, 1, 1)
      if !(try setDiscard(s, a[0])) { throw makeError(types.keyError, args: [a[0]]) }
    case .setDiscard: try expectArgs("set.discard", a, 1, 1); _ = try setDiscard(s, a[0])
    case .setPop:
      guard let e = s.storage.popLast() else { throw makeError(types.keyError, "pop from an empty set") }
      return e.key
    case .setClear: s.storage.removeAll()
    case .setUnion, .setIntersection, .setDifference, .setSymmetricDifference:
      var result = Value.object(h)
      let op: Opcode = id == .setUnion ? .bitOr : id == .setIntersection ? .bitAnd : id == .setDifference ? .sub : .bitXor
      let copy = PySet(frozen: s.kind == .frozenset)
      copy.storage = s.storage
      result = .object(heap.allocate(copy))
      for o in try others() {
        guard case .object(let rh) = result, let r = heap[rh] as? PySet else { break }
        result = try setOperation(op, rh, r, o, inPlace: true)
      }
      return result
    case .setUpdate, .setIntersectionUpdate, .setDifferenceUpdate, .setSymmetricDifferenceUpdate:
      let op: Opcode = id == .setUpdate ? .bitOr : id == .setIntersectionUpdate ? .bitAnd : id == .setDifferenceUpdate ? .sub : .bitXor
      for o in try others() { _ = try setOperation(op, h, s, o, inPlace: true) }
    case .setIssubset, .setIssuperset, .setIsdisjoint:
      try expectArgs(id == .setIssubset ? "issubset" : id == .setIssuperset ? "issuperset" : "isdisjoint", a, 1, 1)
      guard let o = try others().first else { return .bool(false) }
      switch id {
      case .setIssubset: return .bool(try isSubset(s, o))
      case .setIssuperset: return .bool(try isSubset(o, s))
      default:
        for e in s.storage.live where try setLookup(o, e.key) != nil { return .bool(false) }
        return .bool(true)
      }
    case .setCopy:
      let c = PySet(frozen: s.kind == .frozenset)
      c.storage = s.storage
      return .object(heap.allocate(c))
    default: throw makeError(types.attributeError, "'set' object has no attribute '\(id)'")
    }
    return .none
  }

  // MARK: bytes, generators, numbers

  func bytesMethod(_ id: BuiltinID, _ b: PyBytes, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    switch id {
    case .bytesDecode:
      guard let s = String(validating: b.value, as: UTF8.self) else {
        // Raises CPython's message (the offending byte, its position and why).
        return newString(try decode(b.value, .utf8, errors: "strict"))
      }
      return newString(s)
    case .bytesHex:
      return newString(b.value.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined())
    case .byteArrayAppend, .byteArrayExtend:
      let name = id == .byteArrayAppend ? "append" : "extend"
      guard b.isByteArray else {
        throw makeError(types.typeError, "descriptor '\(name)' for 'bytearray' objects doesn't apply to a 'bytes' object")
      }
      try expectArgs(name, a, 1, 1)
      if id == .byteArrayAppend {
        b.value.append(try byteValue(a[0]))
        heap.account(1)
        return .none
      }
      let added: [UInt8]
      if case .object(let h) = a[0], let other = heap.get(h, PyBytes.self) {
        added = other.value
      } else {
        let items = try collect(a[0])
        var out: [UInt8] = []
        out.reserveCapacity(items.count)
        for x in items { out.append(try byteValue(x)) }
        added = out
      }
      try reserveMemory(added.count)
      b.value.append(contentsOf: added)
      heap.account(added.count)
      return .none
    default: return try bytesTextMethod(id, b, a)
    }
  }

  func generatorMethod(_ id: BuiltinID, _ g: PyGenerator, _ h: Handle, _ a: [Value]) throws(PyException) -> Value {
    switch id {
    case .generatorSend:
      try expectArgs("send", a, 1, 1)
      if let v = try resumeGenerator(h, g, send: a[0]) { return v }
      let v = lastStopIterationValue
      lastStopIterationValue = .none
      throw makeError(types.stopIteration, args: v.isNone ? [] : [v])
    case .generatorClose:
      // Raise GeneratorExit at the paused yield; the generator must let it (or StopIteration) out.
      guard g.state == .suspended else {
        g.state = .finished
        g.registers = []
        return .none
      }
      do throws(PyException) {
        if try resumeGenerator(h, g, send: .none, throwing: makeError(types.generatorExit, args: [])) != nil {
          throw makeError(types.runtimeError, "generator ignored GeneratorExit")
        }
      } catch {
        if isInstance(error.value, types.generatorExit) || isInstance(error.value, types.stopIteration) { return .none }
        throw error
      }
      return .none
    default:
      // throw(exc) / throw(type[, value]): raised at the generator's suspension point.
      guard let e = a.first else { throw makeError(types.typeError, "throw expected at least 1 argument, got 0") }
      var exc = try exceptionFromRaiseOperand(e)
      if a.count > 1, !a[1].isNone, case .object(let th) = e, heap[th].kind == .type {
        exc = try call(e, args: [a[1]])
      }
      if let v = try resumeGenerator(h, g, send: .none, throwing: PyException(exc)) { return v }
      let v = lastStopIterationValue
      lastStopIterationValue = .none
      throw makeError(types.stopIteration, args: v.isNone ? [] : [v])
    }
  }

  func classMethodCall(_ id: BuiltinID, _ t: PyType, _ h: Handle, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    switch id {
    case .dictFromkeys:
      try expectArgs("fromkeys", a, 1, 2)
      let d = PyDict()
      let dh = heap.allocate(d)
      for k in try collect(a[0]) { try dictSet(d, k, a.count > 1 ? a[1] : .none) }
      return .object(dh)
    case .strMaketrans:
      let d = PyDict()
      let dh = heap.allocate(d)
      if a.count >= 2, let x = stringValue(a[0]), let y = stringValue(a[1]) {
        let xs = Array(x.unicodeScalars)
        let ys = Array(y.unicodeScalars)
        if xs.count != ys.count { throw makeError(types.valueError, "the first two maketrans arguments must have equal length") }
        for (p, q) in zip(xs, ys) { try dictSet(d, .int(Int64(p.value)), .int(Int64(q.value))) }
        if a.count > 2, let z = stringValue(a[2]) { for p in z.unicodeScalars { try dictSet(d, .int(Int64(p.value)), .none) } }
      } else if let m = a.first, case .object(let mh) = m, let md = heap.get(mh, PyDict.self) {
        for e in md.storage.live {
          if let k = stringValue(e.key) {
            guard k.unicodeScalars.count == 1, let u = k.unicodeScalars.first else {
              throw makeError(types.valueError, "string keys in translate table must be of length 1")
            }
            try dictSet(d, .int(Int64(u.value)), e.value)
          } else {
            try dictSet(d, e.key, e.value)
          }
        }
      }
      return .object(dh)
    case .floatFromhex:
      guard a.count == 1, let text = stringValue(a[0]) else {
        throw makeError(types.typeError, a.count == 1 ? "must be str, not \(typeName(a[0]))" : "fromhex() takes exactly one argument (\(a.count) given)")
      }
      return .float(try floatFromHex(text))
    case .intFromBytes:
      guard let first = a.first, case .object(let bh) = first, let b = heap.get(bh, PyBytes.self) else {
        throw makeError(types.typeError, "cannot convert object to bytes")
      }
      let order = a.count > 1 ? str(a[1]) : (keyword(kw, "byteorder").map(str) ?? "big")
      var v = BigInt(0)
      for byte in order == "little" ? b.value.reversed() : b.value { v = v << 8 | BigInt(byte) }
      if try truthy(keyword(kw, "signed") ?? .bool(false)), !b.value.isEmpty, v >> (8 * b.value.count - 1) == 1 {
        v -= BigInt(1) << (8 * b.value.count)
      }
      return makeInt(v)
    default:
      if let receiverArg = a.first { return try callMethod(id, args: [receiverArg] + a.dropFirst(), kwargs: kw) }
      throw makeError(types.typeError, "descriptor needs an argument")
    }
  }

  func numberMethod(_ id: BuiltinID, _ v: Value, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    switch (id, numeric(v)) {
    case (.intBitLength, .int(let i)?): return .int(Int64(64 - i.magnitude.leadingZeroBitCount))
    case (.intBitLength, .big(let b)?): return .int(Int64(b.magnitude.bitWidth))
    case (.intBitCount, .int(let i)?): return .int(Int64(i.magnitude.nonzeroBitCount))
    case (.intBitCount, .big(let b)?): return .int(Int64(b.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount }))
    case (.floatAsIntegerRatio, .int?), (.floatAsIntegerRatio, .big?):
      return newTuple([numeric(v).map { n in if case .int(let i) = n { return .int(i) } else { return makeInt(n.asBig) } } ?? v, .int(1)])
    case (.floatHex, .float(let d)?): return newString(floatHex(d))
    case (.intConjugate, _): return v
    case (.floatIsInteger, .float(let d)?): return .bool(d.isFinite && d == d.rounded(.towardZero))
    case (.floatAsIntegerRatio, .float(let d)?):
      if d.isNaN { throw makeError(types.valueError, "cannot convert NaN to integer ratio") }
      guard d.isFinite else { throw makeError(types.overflowError, "cannot convert Infinity to integer ratio") }
      var num = d
      var den = BigInt(1)
      while num != num.rounded(.towardZero) { num *= 2; den *= 2 }
      let n = BigInt(exactly: num) ?? 0
      let g = n.greatestCommonDivisor(with: den)
      return newTuple([makeInt(n / g), makeInt(den / g)])
    case (.intToBytes, _):
      let n = try intArg(a.first ?? keyword(kw, "length") ?? .int(1))
      let order = a.count > 1 ? str(a[1]) : (keyword(kw, "byteorder").map(str) ?? "big")
      var b = try bigArg(v)
      if b.sign == .minus {
        guard try truthy(keyword(kw, "signed") ?? .bool(false)) else {
          throw makeError(types.overflowError, "can't convert negative int to unsigned")
        }
        if n <= 0 || n > 1 << 20 || b < -(BigInt(1) << (8 * n - 1)) { throw makeError(types.overflowError, "int too big to convert") }
        b += BigInt(1) << (8 * n)
      } else if try truthy(keyword(kw, "signed") ?? .bool(false)), n > 0, n <= 1 << 20, b >> (8 * n - 1) != 0 {
        throw makeError(types.overflowError, "int too big to convert")
      }
      try reserveMemory(max(n, 0))
      try chargeFuel(max(n, 0) / 8)
      var out: [UInt8] = []
      out.reserveCapacity(max(n, 0))
      for _ in 0..<max(n, 0) {
        out.append(UInt8(truncatingIfNeeded: Int(b & 0xFF)))
        b >>= 8
      }
      if b != 0 { throw makeError(types.overflowError, "int too big to convert") }
      return .object(heap.allocate(PyBytes(order == "little" ? out : out.reversed())))
    default:
      throw makeError(types.attributeError, "'\(typeName(v))' object has no attribute '\(id)'")
    }
  }

  // MARK: math

  func mathFunction(_ id: BuiltinID, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    func f(_ i: Int) throws(PyException) -> Double {
      guard i < a.count, let d = floatValue(a[i]) else {
        throw makeError(types.typeError, "must be real number, not \(i < a.count ? typeName(a[i]) : "nothing")")
      }
      return d
    }
    func domain(_ d: Double) throws(PyException) -> Value {
      if d.isNaN { throw makeError(types.valueError, "math domain error") }
      return .float(d)
    }
    switch id {
    case .mathSqrt:
      let x = try f(0)
      if x < 0 { throw makeError(types.valueError, "math domain error") }
      return .float(x.squareRoot())
    case .mathFloor, .mathCeil, .mathTrunc:
      if case .int = a.first { return a[0] }
      if let first = a.first, case .object(let h) = first, heap[h] is PyBigInt { return first }
      let x = try f(0)
      if !x.isFinite { throw makeError(x.isNaN ? types.valueError : types.overflowError, x.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer") }
      let r = id == .mathFloor ? x.rounded(.down) : id == .mathCeil ? x.rounded(.up) : x.rounded(.towardZero)
      return makeInt(BigInt(exactly: r) ?? 0)
    case .mathLog:
      let x = try f(0)
      if x <= 0 { throw makeError(types.valueError, "math domain error") }
      if a.count > 1 { return .float(Glibc.log(x) / Glibc.log(try f(1))) }
      return .float(Glibc.log(x))
    case .mathLog2:
      let x = try f(0)
      if x <= 0 { throw makeError(types.valueError, "math domain error") }
      return .float(Glibc.log2(x))
    case .mathLog10:
      let x = try f(0)
      if x <= 0 { throw makeError(types.valueError, "math domain error") }
      return .float(Glibc.log10(x))
    case .mathExp:
      let r = Glibc.exp(try f(0))
      if r.isInfinite { throw makeError(types.overflowError, "math range error") }
      return .float(r)
    case .mathSin: return try domain(Glibc.sin(try f(0)))
    case .mathCos: return try domain(Glibc.cos(try f(0)))
    case .mathTan: return try domain(Glibc.tan(try f(0)))
    case .mathAsin: return try domain(Glibc.asin(try f(0)))
    case .mathAcos: return try domain(Glibc.acos(try f(0)))
    case .mathAtan: return .float(Glibc.atan(try f(0)))
    case .mathAtan2: return .float(Glibc.atan2(try f(0), try f(1)))
    case .mathFabs: return .float(Swift.abs(try f(0)))
    case .mathHypot:
      var s = 0.0
      for i in 0..<a.count { let x = try f(i); s += x * x }
      return .float(s.squareRoot())
    case .mathPow: return .float(libmPow(try f(0), try f(1)))
    case .mathDegrees: return .float(try f(0) * 180 / Double.pi)
    case .mathRadians: return .float(try f(0) * Double.pi / 180)
    case .mathIsfinite: return .bool(try f(0).isFinite)
    case .mathIsinf: return .bool(try f(0).isInfinite)
    case .mathIsnan: return .bool(try f(0).isNaN)
    case .mathIsclose:
      let x = try f(0)
      let y = try f(1)
      let rel = try keyword(kw, "rel_tol").map { (v: Value) throws(PyException) -> Double in floatValue(v) ?? 1e-9 } ?? 1e-9
      let abs = try keyword(kw, "abs_tol").map { (v: Value) throws(PyException) -> Double in floatValue(v) ?? 0 } ?? 0
      if x == y { return .bool(true) }
      if x.isInfinite || y.isInfinite { return .bool(false) }
      let diff = Swift.abs(x - y)
      return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= abs)
    case .mathGcd:
      var g = BigInt(0)
      for x in a { g = g.greatestCommonDivisor(with: try bigArg(x)) }
      return makeInt(g)
    case .mathFactorial:
      let n = try intArg(a.first ?? .int(0))
      if n < 0 { throw makeError(types.valueError, "factorial() not defined for negative values") }
      if n > 100_000 { throw makeError(types.memoryError, "memory limit exceeded: integer too large") }
      var r = BigInt(1)
      if n > 1 {
        for i in 2...n {
          r *= BigInt(i)
          try chargeBigIntWork(r.words.count)
        }
      }
      return makeInt(r)
    case .mathComb, .mathPerm:
      let n = try intArg(a.first ?? .int(0))
      let k = try a.count > 1 ? intArg(a[1]) : n
      if n < 0 || k < 0 { throw makeError(types.valueError, "n must be a non-negative integer") }
      if k > n { return .int(0) }
      var r = BigInt(1)
      if id == .mathComb {
        // C(n, k) = C(n, n-k); each step r * (n-i) / (i+1) stays an exact integer.
        let k = min(k, n - k)
        for i in 0..<k {
          r = r * BigInt(n - i) / BigInt(i + 1)
          try chargeBigIntWork(r.words.count * 2)
        }
      } else {
        for i in 0..<k {
          r *= BigInt(n - i)
          try chargeBigIntWork(r.words.count)
        }
      }
      return makeInt(r)
    case .mathProd:
      var acc: Value = keyword(kw, "start") ?? .int(1)
      for x in try collect(a.first ?? newList([])) { acc = try binary(.mul, acc, x) }
      return acc
    case .mathFsum:
      // Neumaier compensated summation (close to CPython's exact fsum for ordinary inputs).
      var sum = 0.0
      var c = 0.0
      for x in try collect(a.first ?? newList([])) {
        guard let d = floatValue(x) else { throw makeError(types.typeError, "must be real number, not \(typeName(x))") }
        let t = sum + d
        if Swift.abs(sum) >= Swift.abs(d) { c += (sum - t) + d } else { c += (d - t) + sum }
        sum = t
      }
      return .float(sum + c)
    default:
      throw makeError(types.systemError, "math function \(id) missing")
    }
  }
}

#if canImport(Glibc)
import Glibc
#endif

// MARK: float.hex / float.fromhex

extension Interpreter {
  /// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>` for normal numbers, `0x0.<…>p-1022` for subnormals.
  func floatHex(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0x0.0p+0" }
    let bits = d.bitPattern
    let fraction = bits & ((1 << 52) - 1)
    let biased = Int((bits >> 52) & 0x7FF)
    let lead = biased == 0 ? 0 : 1
    let exponent = biased == 0 ? -1022 : biased - 1023
    var digits = String(fraction, radix: 16)
    digits = String(repeating: "0", count: 13 - digits.count) + digits
    return "\(sign)0x\(lead).\(digits)p\(exponent >= 0 ? "+" : "")\(exponent)"
  }

  /// `float.fromhex(s)`: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] decimal]`, or inf/nan.
  func floatFromHex(_ s: String) throws(PyException) -> Double {
    let invalid = makeError(types.valueError, "invalid hexadecimal floating-point string")
    var text = Substring(StringAlgorithms.strip(s, chars: nil))
    var negative = false
    if text.hasPrefix("-") { negative = true; text = text.dropFirst() } else if text.hasPrefix("+") { text = text.dropFirst() }
    switch text.lowercased() {
    case "inf", "infinity": return negative ? -.infinity : .infinity
    case "nan": return .nan
    default: break
    }
    if text.lowercased().hasPrefix("0x") { text = text.dropFirst(2) }
    var mantissa = BigInt(0)
    var digitCount = 0
    var fractionDigits = 0
    var seenPoint = false
    while let c = text.first, c != "p" && c != "P" {
      text = text.dropFirst()
      if c == "." {
        if seenPoint { throw invalid }
        seenPoint = true
        continue
      }
      guard let v = c.hexDigitValue else { throw invalid }
      mantissa = mantissa * 16 + BigInt(v)
      digitCount += 1
      if seenPoint { fractionDigits += 1 }
      if digitCount > 10_000 { throw invalid }
    }
    if digitCount == 0 { throw invalid }
    var exponent = 0
    if !text.isEmpty {
      text = text.dropFirst()
      var expNegative = false
      if text.hasPrefix("-") { expNegative = true; text = text.dropFirst() } else if text.hasPrefix("+") { text = text.dropFirst() }
      guard !text.isEmpty, text.count < 10, text.allSatisfy({ $0.isASCII && $0.isNumber }), let e = Int(text) else { throw invalid }
      exponent = expNegative ? -e : e
    }
    exponent -= 4 * fractionDigits
    if mantissa == 0 { return negative ? -0.0 : 0.0 }
    // Round to 53 bits once, at the right position for subnormals too: keep the top bits as an integer.
    let width = mantissa.magnitude.bitWidth  // BigInt's own bitWidth counts a sign bit
    let topExponent = width - 1 + exponent
    if topExponent > 1023 { throw makeError(types.overflowError, "hexadecimal value too large to represent as a float") }
    let keep = max(1, min(53, width - max(0, -1074 - exponent)))
    let drop = width - keep
    var m = mantissa
    var e = exponent
    if drop > 0 {
      let half = BigInt(1) << (drop - 1)
      let rest = mantissa & ((BigInt(1) << drop) - 1)  // mantissa >= 0
      m = mantissa >> drop
      if rest > half || (rest == half && m & 1 == 1) { m += 1 }
      e += drop
    } else if topExponent < -1075 {
      return negative ? -0.0 : 0.0
    }
    let sig = Double(m)  // exact: m has at most 53 bits
    let d = Double(sign: .plus, exponent: e + Int(sig.exponent), significand: sig.significand)
    if d.isInfinite { throw makeError(types.overflowError, "hexadecimal value too large to represent as a float") }
    return negative ? -d : d
  }
}
