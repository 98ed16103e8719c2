// Builtin functions and the builtin types' methods, dispatched by an enum ID (no closures or
// existentials per call; DESIGN.md decision 5). This file holds the IDs, the bootstrap of the builtin
// namespace and type objects, and the module-level builtin functions; methods are in Methods.swift.
import BigInt
import MontySyntax

enum BuiltinID: UInt16, CaseIterable {
  // Functions
  case print, len, repr, abs, all, any, ascii, bin, callable, chr, divmod, format, getattr, setattr, hasattr
  case delattr, hash, hex, id, isinstance, issubclass, iter, next, max, min, oct, ord, pow, round, sorted, sum
  case vars, dir, globals, locals, input, open, exec, eval, compile, breakpoint, importFunction
  /// A function the host declared; calling it pauses the run (Interpreter+Host.swift).
  case externalFunction
  // Methods of object and exceptions
  case objectInit, objectRepr, objectStr, objectEq, objectNe, objectHash, objectSetattr, objectDelattr
  case exceptionInit, exceptionWithTraceback
  case propertySetter, propertyGetter, propertyDeleter
  // Dunder methods of builtin values (`(1).__add__`, `"a".__len__`; Builtins/Dunders.swift)
  case slotAdd, slotSub, slotMul, slotTrueDiv, slotFloorDiv, slotMod, slotPow, slotLshift, slotRshift, slotAnd
  case slotOr, slotXor, slotRadd, slotRsub, slotRmul, slotEq, slotNe, slotLt, slotLe, slotGt, slotGe, slotNeg
  case slotPos, slotAbs, slotInvert, slotHash, slotLen, slotContains, slotGetitem, slotSetitem, slotDelitem
  case slotIter, slotNext, slotRepr, slotStr, slotBool, slotInt, slotFloat, slotIndex, slotTrunc, slotFloor
  case slotCeil, slotRound
  // str
  case strSplit, strRsplit, strSplitlines, strJoin, strStrip, strLstrip, strRstrip, strReplace, strFind, strRfind
  case strIndex, strRindex, strCount, strStartswith, strEndswith, strUpper, strLower, strTitle, strCapitalize
  case strSwapcase, strCasefold, strIsdigit, strIsalpha, strIsalnum, strIsspace, strIsupper, strIslower
  case strIsnumeric, strIsdecimal, strIsidentifier, strIstitle, strIsprintable, strIsascii, strZfill, strCenter
  case strLjust, strRjust, strPartition, strRpartition, strExpandtabs, strEncode, strFormat, strFormatMap
  case strRemoveprefix, strRemovesuffix, strMaketrans, strTranslate
  // list
  case listAppend, listExtend, listInsert, listRemove, listPop, listClear, listIndex, listCount, listSort
  case listReverse, listCopy
  // tuple
  case tupleIndex, tupleCount
  // dict
  case dictGet, dictKeys, dictValues, dictItems, dictPop, dictPopitem, dictSetdefault, dictUpdate, dictClear
  case dictCopy, dictFromkeys
  // set
  case setAdd, setRemove, setDiscard, setPop, setClear, setUnion, setIntersection, setDifference
  case setSymmetricDifference, setUpdate, setIntersectionUpdate, setDifferenceUpdate, setSymmetricDifferenceUpdate
  case setIssubset, setIssuperset, setIsdisjoint, setCopy
  // numbers
  case intBitLength, intToBytes, intFromBytes, intConjugate, intBitCount, floatIsInteger, floatAsIntegerRatio
  case floatHex, floatFromhex
  // bytes, range, slice
  case bytesDecode, bytesHex, byteArrayAppend, byteArrayExtend, bytesUpper, bytesLower, bytesSplit, bytesFind
  case bytesCount, bytesIndex, bytesStartswith, bytesEndswith, bytesStrip, bytesLstrip, bytesRstrip, bytesReplace
  case bytesJoin, bytesFromhex, rangeIndex, rangeCount, sliceIndices
  // generators
  case generatorSend, generatorClose, generatorThrow
  // files, os, glob, pathlib (Builtins/Files.swift, OS.swift, Pathlib.swift; dispatched by `fileSystemBuiltin`)
  case fileRead, fileReadline, fileReadlines, fileWrite, fileWritelines, fileClose, fileFlush, fileEnter, fileExit
  case fileIter, fileNext, fileSeek, fileTell, fileTruncate, fileReadable, fileWritable, fileSeekable, fileIsatty
  case fileRepr, fileName, fileMode, fileClosed, fileEncoding, fileErrors
  case osListdir, osMkdir, osMakedirs, osRemove, osRmdir, osRename, osReplace, osGetcwd, osChdir, osFspath
  case osWalk, osWalkIter, osWalkNext, osWalkRepr, globGlob, globIglob
  case osPathJoin, osPathExists, osPathIsfile, osPathIsdir, osPathIslink, osPathBasename, osPathDirname
  case osPathSplitext, osPathSplit, osPathAbspath, osPathNormpath, osPathIsabs, osPathGetsize, osPathRelpath
  case osPathExpanduser
  case pathInit, pathRepr, pathStr, pathEq, pathHash, pathLt, pathLe, pathGt, pathGe, pathTruediv, pathRtruediv
  case pathName, pathStem, pathSuffix, pathSuffixes, pathParent, pathParents, pathParts, pathRoot, pathDrive
  case pathExists, pathIsFile, pathIsDir, pathIsSymlink, pathReadText, pathReadBytes, pathWriteText, pathWriteBytes
  case pathIterdir, pathGlob, pathRglob, pathMkdir, pathUnlink, pathRmdir, pathRename, pathReplace, pathTouch
  case pathOpen, pathJoinpath, pathWithName, pathWithSuffix, pathWithStem, pathRelativeTo, pathIsRelativeTo
  case pathIsAbsolute, pathResolve, pathAbsolute, pathMatch, pathCwd, pathHome
  // math module
  case mathSqrt, mathFloor, mathCeil, mathLog, mathLog2, mathLog10, mathExp, mathSin, mathCos, mathTan, mathAtan
  case mathAtan2, mathFabs, mathGcd, mathIsclose, mathPow, mathHypot, mathTrunc, mathFactorial, mathIsfinite
  case mathIsinf, mathIsnan, mathProd, mathAsin, mathAcos, mathDegrees, mathRadians, mathComb, mathPerm, mathFsum
  // random and time modules (Builtins/RandomModule.swift, Builtins/TimeModule.swift; `BuiltinID.hostModules`)
  case randomSeed, randomRandom, randomGetrandbits, randomRandbytes, randomRandrange, randomRandint, randomChoice
  case randomChoices, randomShuffle, randomSample, randomUniform, randomTriangular, randomGauss, randomNormalvariate
  case randomLognormvariate, randomExpovariate, randomVonmisesvariate, randomGammavariate, randomBetavariate
  case randomParetovariate, randomWeibullvariate, randomGetstate, randomSetstate
  case timeTime, timeTimeNs, timeMonotonic, timeMonotonicNs, timePerfCounter, timePerfCounterNs, timeSleep
}

/// Handles of the builtin type objects.
struct BuiltinTypes {
  var object: Handle = 0, type: Handle = 0, noneType: Handle = 0, bool: Handle = 0, int: Handle = 0
  var float: Handle = 0, str: Handle = 0, bytes: Handle = 0, byteArray: Handle = 0, list: Handle = 0, tuple: Handle = 0
  var dict: Handle = 0, set: Handle = 0, frozenset: Handle = 0, range: Handle = 0, slice: Handle = 0
  var function: Handle = 0, builtinFunction: Handle = 0, method: Handle = 0, generator: Handle = 0
  var iterator: Handle = 0, cell: Handle = 0, module: Handle = 0, property: Handle = 0, staticMethod: Handle = 0
  var classMethod: Handle = 0, superType: Handle = 0, enumerate: Handle = 0, zip: Handle = 0, map: Handle = 0
  var filter: Handle = 0, reversed: Handle = 0, dictKeys: Handle = 0, dictValues: Handle = 0, dictItems: Handle = 0
  var notImplementedType: Handle = 0, ellipsisType: Handle = 0
  // Exceptions
  var baseException: Handle = 0, exception: Handle = 0, systemExit: Handle = 0, keyboardInterrupt: Handle = 0
  var generatorExit: Handle = 0, stopIteration: Handle = 0, arithmeticError: Handle = 0
  var zeroDivisionError: Handle = 0, overflowError: Handle = 0, assertionError: Handle = 0
  var attributeError: Handle = 0, lookupError: Handle = 0, indexError: Handle = 0, keyError: Handle = 0
  var nameError: Handle = 0, unboundLocalError: Handle = 0, typeError: Handle = 0, valueError: Handle = 0
  var unicodeError: Handle = 0, unicodeDecodeError: Handle = 0, unicodeEncodeError: Handle = 0
  var runtimeError: Handle = 0, notImplementedError: Handle = 0, recursionError: Handle = 0
  var memoryError: Handle = 0, importError: Handle = 0, moduleNotFoundError: Handle = 0, osError: Handle = 0
  var fileNotFoundError: Handle = 0, permissionError: Handle = 0, timeoutError: Handle = 0
  var systemError: Handle = 0, floatingPointError: Handle = 0, eofError: Handle = 0, stopAsyncIteration: Handle = 0
  var warning: Handle = 0, userWarning: Handle = 0, deprecationWarning: Handle = 0, syntaxError: Handle = 0
  var connectionError: Handle = 0, isADirectoryError: Handle = 0, fileExistsError: Handle = 0
  var notADirectoryError: Handle = 0

  var all: [Handle] = []

  func trace(_ mark: (Value) -> Void) { for h in all { mark(.object(h)) } }
}

extension Interpreter {
  // MARK: Bootstrap

  func bootstrap() {
    var t = BuiltinTypes()
    let builtinsDict = PyDict()
    builtinsDict.isNamespace = true
    builtins = heap.allocate(builtinsDict)
    func makeType(_ name: String, _ base: BuiltinType, bases: [Handle], exception: Bool = false) -> Handle {
      let d = heap.allocate(PyDict())
      let type = PyType(name: name, bases: bases, dict: d, builtinBase: base, isBuiltin: true)
      type.isException = exception
      let h = heap.allocate(type)
      type.mro = [h] + (bases.first.flatMap { (heap.get($0, PyType.self))?.mro } ?? [])
      t.all.append(h)
      return h
    }
    t.object = makeType("object", .object, bases: [])
    let o = [t.object]
    t.type = makeType("type", .type, bases: o)
    t.noneType = makeType("NoneType", .none, bases: o)
    t.int = makeType("int", .int, bases: o)
    t.bool = makeType("bool", .bool, bases: [t.int])
    t.float = makeType("float", .float, bases: o)
    t.str = makeType("str", .str, bases: o)
    t.bytes = makeType("bytes", .bytes, bases: o)
    t.byteArray = makeType("bytearray", .bytes, bases: o)
    t.list = makeType("list", .list, bases: o)
    t.tuple = makeType("tuple", .tuple, bases: o)
    t.dict = makeType("dict", .dict, bases: o)
    t.set = makeType("set", .set, bases: o)
    t.frozenset = makeType("frozenset", .frozenset, bases: o)
    t.range = makeType("range", .range, bases: o)
    t.slice = makeType("slice", .slice, bases: o)
    t.function = makeType("function", .function, bases: o)
    t.builtinFunction = makeType("builtin_function_or_method", .builtinFunction, bases: o)
    t.method = makeType("method", .method, bases: o)
    t.generator = makeType("generator", .generator, bases: o)
    t.iterator = makeType("iterator", .iterator, bases: o)
    t.cell = makeType("cell", .cell, bases: o)
    t.module = makeType("module", .module, bases: o)
    t.property = makeType("property", .property, bases: o)
    t.staticMethod = makeType("staticmethod", .staticMethod, bases: o)
    t.classMethod = makeType("classmethod", .classMethod, bases: o)
    t.superType = makeType("super", .superType, bases: o)
    t.enumerate = makeType("enumerate", .iterator, bases: o)
    t.zip = makeType("zip", .iterator, bases: o)
    t.map = makeType("map", .iterator, bases: o)
    t.filter = makeType("filter", .iterator, bases: o)
    t.reversed = makeType("reversed", .iterator, bases: o)
    t.dictKeys = makeType("dict_keys", .dictKeys, bases: o)
    t.dictValues = makeType("dict_values", .dictValues, bases: o)
    t.dictItems = makeType("dict_items", .dictItems, bases: o)
    t.notImplementedType = makeType("NotImplementedType", .notImplementedType, bases: o)
    t.ellipsisType = makeType("ellipsis", .ellipsisType, bases: o)

    func exc(_ name: String, _ base: Handle) -> Handle {
      makeType(name, .baseException, bases: [base], exception: true)
    }
    t.baseException = makeType("BaseException", .baseException, bases: o, exception: true)
    t.systemExit = exc("SystemExit", t.baseException)
    t.keyboardInterrupt = exc("KeyboardInterrupt", t.baseException)
    t.generatorExit = exc("GeneratorExit", t.baseException)
    t.exception = exc("Exception", t.baseException)
    t.stopIteration = exc("StopIteration", t.exception)
    t.stopAsyncIteration = exc("StopAsyncIteration", t.exception)
    t.arithmeticError = exc("ArithmeticError", t.exception)
    t.floatingPointError = exc("FloatingPointError", t.arithmeticError)
    t.overflowError = exc("OverflowError", t.arithmeticError)
    t.zeroDivisionError = exc("ZeroDivisionError", t.arithmeticError)
    t.assertionError = exc("AssertionError", t.exception)
    t.attributeError = exc("AttributeError", t.exception)
    t.eofError = exc("EOFError", t.exception)
    t.importError = exc("ImportError", t.exception)
    t.moduleNotFoundError = exc("ModuleNotFoundError", t.importError)
    t.lookupError = exc("LookupError", t.exception)
    t.indexError = exc("IndexError", t.lookupError)
    t.keyError = exc("KeyError", t.lookupError)
    t.memoryError = exc("MemoryError", t.exception)
    t.nameError = exc("NameError", t.exception)
    t.unboundLocalError = exc("UnboundLocalError", t.nameError)
    t.osError = exc("OSError", t.exception)
    t.fileNotFoundError = exc("FileNotFoundError", t.osError)
    t.fileExistsError = exc("FileExistsError", t.osError)
    t.permissionError = exc("PermissionError", t.osError)
    t.isADirectoryError = exc("IsADirectoryError", t.osError)
    t.notADirectoryError = exc("NotADirectoryError", t.osError)
    t.timeoutError = exc("TimeoutError", t.osError)
    t.connectionError = exc("ConnectionError", t.osError)
    t.runtimeError = exc("RuntimeError", t.exception)
    t.notImplementedError = exc("NotImplementedError", t.runtimeError)
    t.recursionError = exc("RecursionError", t.runtimeError)
    t.syntaxError = exc("SyntaxError", t.exception)
    t.systemError = exc("SystemError", t.exception)
    t.typeError = exc("TypeError", t.exception)
    t.valueError = exc("ValueError", t.exception)
    t.unicodeError = exc("UnicodeError", t.valueError)
    t.unicodeDecodeError = exc("UnicodeDecodeError", t.unicodeError)
    t.unicodeEncodeError = exc("UnicodeEncodeError", t.unicodeError)
    t.warning = exc("Warning", t.exception)
    t.userWarning = exc("UserWarning", t.warning)
    t.deprecationWarning = exc("DeprecationWarning", t.warning)
    types = t

    noneHandle = heap.allocate(PyTuple([]))
    ellipsisHandle = heap.allocate(PyInstance(cls: t.ellipsisType, dict: heap.allocate(PyDict())))
    notImplementedHandle = heap.allocate(PyInstance(cls: t.notImplementedType, dict: heap.allocate(PyDict())))
    emptyTuple = heap.allocate(PyTuple([]))
    for c in 0..<128 { _ = intern(String(Character(Unicode.Scalar(UInt8(c))))) }
    _ = intern("")

    // The builtin namespace.
    let typeNames: [(String, Handle)] = [
      ("object", t.object), ("type", t.type), ("int", t.int), ("bool", t.bool), ("float", t.float), ("str", t.str),
      ("bytes", t.bytes), ("bytearray", t.byteArray), ("list", t.list), ("tuple", t.tuple), ("dict", t.dict), ("set", t.set),
      ("frozenset", t.frozenset), ("range", t.range), ("slice", t.slice), ("property", t.property),
      ("staticmethod", t.staticMethod), ("classmethod", t.classMethod), ("super", t.superType),
      ("enumerate", t.enumerate), ("zip", t.zip), ("map", t.map), ("filter", t.filter), ("reversed", t.reversed),
    ]
    for (n, h) in typeNames { dictSetString(builtins, n, .object(h)) }
    for h in t.all {
      if let ty = heap.get(h, PyType.self), ty.isException { dictSetString(builtins, ty.name, .object(h)) }
    }
    dictSetString(builtins, "None", .none)
    dictSetString(builtins, "True", .bool(true))
    dictSetString(builtins, "False", .bool(false))
    dictSetString(builtins, "Ellipsis", .object(ellipsisHandle))
    dictSetString(builtins, "NotImplemented", .object(notImplementedHandle))
    dictSetString(builtins, "__name__", .object(intern("builtins")))
    let functions: [(String, BuiltinID)] = [
      ("print", .print), ("len", .len), ("repr", .repr), ("abs", .abs), ("all", .all), ("any", .any),
      ("ascii", .ascii), ("bin", .bin), ("callable", .callable), ("chr", .chr), ("divmod", .divmod),
      ("format", .format), ("getattr", .getattr), ("setattr", .setattr), ("hasattr", .hasattr),
      ("delattr", .delattr), ("hash", .hash), ("hex", .hex), ("id", .id), ("isinstance", .isinstance),
      ("issubclass", .issubclass), ("iter", .iter), ("next", .next), ("max", .max), ("min", .min), ("oct", .oct),
      ("ord", .ord), ("pow", .pow), ("round", .round), ("sorted", .sorted), ("sum", .sum), ("vars", .vars),
      ("dir", .dir), ("globals", .globals), ("locals", .locals), ("input", .input), ("open", .open),
      ("exec", .exec), ("eval", .eval), ("compile", .compile), ("breakpoint", .breakpoint),
      ("__import__", .importFunction),
    ]
    for (n, id) in functions { dictSetString(builtins, n, .object(heap.allocate(PyBuiltin(id, name: n)))) }

    // Methods of builtin types live in their type dicts (so `list.append` and `dir([])` work).
    func methods(_ type: Handle, _ table: [(String, BuiltinID)]) {
      guard let ty = heap.get(type, PyType.self) else { return }
      for (n, id) in table { dictSetString(ty.dict, n, .object(heap.allocate(PyBuiltin(id, name: n)))) }
    }
    methods(t.object, [("__init__", .objectInit), ("__repr__", .objectRepr), ("__str__", .objectStr),
                       ("__eq__", .objectEq), ("__ne__", .objectNe), ("__hash__", .objectHash),
                       ("__setattr__", .objectSetattr), ("__delattr__", .objectDelattr)])
    methods(t.baseException, [("__init__", .exceptionInit), ("with_traceback", .exceptionWithTraceback)])
    methods(t.str, [
      ("split", .strSplit), ("rsplit", .strRsplit), ("splitlines", .strSplitlines), ("join", .strJoin),
      ("strip", .strStrip), ("lstrip", .strLstrip), ("rstrip", .strRstrip), ("replace", .strReplace),
      ("find", .strFind), ("rfind", .strRfind), ("index", .strIndex), ("rindex", .strRindex), ("count", .strCount),
      ("startswith", .strStartswith), ("endswith", .strEndswith), ("upper", .strUpper), ("lower", .strLower),
      ("title", .strTitle), ("capitalize", .strCapitalize), ("swapcase", .strSwapcase), ("casefold", .strCasefold),
      ("isdigit", .strIsdigit), ("isalpha", .strIsalpha), ("isalnum", .strIsalnum), ("isspace", .strIsspace),
      ("isupper", .strIsupper), ("islower", .strIslower), ("isnumeric", .strIsnumeric),
      ("isdecimal", .strIsdecimal), ("isidentifier", .strIsidentifier), ("istitle", .strIstitle),
      ("isprintable", .strIsprintable), ("isascii", .strIsascii), ("zfill", .strZfill), ("center", .strCenter),
      ("ljust", .strLjust), ("rjust", .strRjust), ("partition", .strPartition), ("rpartition", .strRpartition),
      ("expandtabs", .strExpandtabs), ("encode", .strEncode), ("format", .strFormat), ("format_map", .strFormatMap),
      ("removeprefix", .strRemoveprefix), ("removesuffix", .strRemovesuffix), ("maketrans", .strMaketrans),
      ("translate", .strTranslate),
    ])
    methods(t.list, [
      ("append", .listAppend), ("extend", .listExtend), ("insert", .listInsert), ("remove", .listRemove),
      ("pop", .listPop), ("clear", .listClear), ("index", .listIndex), ("count", .listCount), ("sort", .listSort),
      ("reverse", .listReverse), ("copy", .listCopy),
    ])
    methods(t.tuple, [("index", .tupleIndex), ("count", .tupleCount)])
    methods(t.dict, [
      ("get", .dictGet), ("keys", .dictKeys), ("values", .dictValues), ("items", .dictItems), ("pop", .dictPop),
      ("popitem", .dictPopitem), ("setdefault", .dictSetdefault), ("update", .dictUpdate), ("clear", .dictClear),
      ("copy", .dictCopy), ("fromkeys", .dictFromkeys),
    ])
    let setMethods: [(String, BuiltinID)] = [
      ("union", .setUnion), ("intersection", .setIntersection), ("difference", .setDifference),
      ("symmetric_difference", .setSymmetricDifference), ("issubset", .setIssubset), ("issuperset", .setIssuperset),
      ("isdisjoint", .setIsdisjoint), ("copy", .setCopy),
    ]
    methods(t.set, setMethods + [
      ("add", .setAdd), ("remove", .setRemove), ("discard", .setDiscard), ("pop", .setPop), ("clear", .setClear),
      ("update", .setUpdate), ("intersection_update", .setIntersectionUpdate),
      ("difference_update", .setDifferenceUpdate), ("symmetric_difference_update", .setSymmetricDifferenceUpdate),
    ])
    methods(t.frozenset, setMethods)
    methods(t.dictKeys, [("isdisjoint", .setIsdisjoint)])
    methods(t.dictItems, [("isdisjoint", .setIsdisjoint)])
    methods(t.int, [("bit_length", .intBitLength), ("to_bytes", .intToBytes), ("from_bytes", .intFromBytes),
                    ("conjugate", .intConjugate), ("bit_count", .intBitCount),
                    ("as_integer_ratio", .floatAsIntegerRatio)])
    methods(t.float, [("is_integer", .floatIsInteger), ("as_integer_ratio", .floatAsIntegerRatio),
                      ("conjugate", .intConjugate),
                      ("hex", .floatHex), ("fromhex", .floatFromhex)])
    let bytesMethods: [(String, BuiltinID)] = [
      ("decode", .bytesDecode), ("hex", .bytesHex), ("upper", .bytesUpper), ("lower", .bytesLower),
      ("split", .bytesSplit), ("find", .bytesFind), ("count", .bytesCount), ("index", .bytesIndex),
      ("startswith", .bytesStartswith), ("endswith", .bytesEndswith), ("strip", .bytesStrip),
      ("lstrip", .bytesLstrip), ("rstrip", .bytesRstrip), ("replace", .bytesReplace), ("join", .bytesJoin),
    ]
    methods(t.bytes, bytesMethods + [("fromhex", .bytesFromhex)])
    methods(t.byteArray, bytesMethods + [("append", .byteArrayAppend), ("extend", .byteArrayExtend)])
    methods(t.range, [("index", .rangeIndex), ("count", .rangeCount)])
    methods(t.slice, [("indices", .sliceIndices)])
    methods(t.generator, [("send", .generatorSend), ("close", .generatorClose), ("throw", .generatorThrow)])
    // Classmethod-like builtins: `dict.fromkeys`, `int.from_bytes`, `float.fromhex`, `str.maketrans`.
    for (type, name) in [(t.dict, "fromkeys"), (t.int, "from_bytes"), (t.float, "fromhex"), (t.str, "maketrans")] {
      if let ty = heap.get(type, PyType.self), let f = dictGetString(ty.dict, name) {
        let w = PyWrapper(kind: name == "maketrans" ? .staticMethod : .classMethod, f)
        dictSetString(ty.dict, name, .object(heap.allocate(w)))
      }
    }
  }

  func isObjectBuiltinMethod(_ id: BuiltinID) -> Bool {
    switch id {
    case .objectInit, .objectRepr, .objectStr, .objectEq, .objectNe, .objectHash, .objectSetattr, .objectDelattr:
      return true
    default: return false
    }
  }

  /// Modules Monty provides (the sandbox has no others).
  func makeBuiltinModule(_ name: String) throws(PyException) -> Handle? {
    switch name {
    case "math":
      let d = heap.allocate(PyDict())
      let fns: [(String, BuiltinID)] = [
        ("sqrt", .mathSqrt), ("floor", .mathFloor), ("ceil", .mathCeil), ("log", .mathLog), ("log2", .mathLog2),
        ("log10", .mathLog10), ("exp", .mathExp), ("sin", .mathSin), ("cos", .mathCos), ("tan", .mathTan),
        ("atan", .mathAtan), ("atan2", .mathAtan2), ("fabs", .mathFabs), ("gcd", .mathGcd), ("isclose", .mathIsclose),
        ("pow", .mathPow), ("hypot", .mathHypot), ("trunc", .mathTrunc), ("factorial", .mathFactorial),
        ("isfinite", .mathIsfinite), ("isinf", .mathIsinf), ("isnan", .mathIsnan), ("prod", .mathProd),
        ("asin", .mathAsin), ("acos", .mathAcos), ("degrees", .mathDegrees), ("radians", .mathRadians),
        ("comb", .mathComb), ("perm", .mathPerm), ("fsum", .mathFsum),
      ]
      for (n, id) in fns { dictSetString(d, n, .object(heap.allocate(PyBuiltin(id, name: n)))) }
      dictSetString(d, "pi", .float(Double.pi))
      dictSetString(d, "e", .float(2.718281828459045))
      dictSetString(d, "tau", .float(2 * Double.pi))
      dictSetString(d, "inf", .float(.infinity))
      dictSetString(d, "nan", .float(.nan))
      return heap.allocate(PyModule(name: "math", dict: d))
    case "random", "time": return makeHostModule(name)
    case "functools": return try makePythonModule(name, source: Interpreter.functoolsSource)
    case "dataclasses": return try makePythonModule(name, source: Interpreter.dataclassesSource)
    default:
      return makeFileSystemModule(name)
    }
  }
}
