// HostValue's JSON form (HostValue+JSON.swift, JSON.swift): the mapping table case by case, text
// compared with what CPython's `json.dumps(v, separators=(",", ":"), ensure_ascii=False)` printed
// (run by hand, pasted here), rejection of malformed input with message and offset, the nesting
// limit, and seeded fuzzing: mutated documents never crash, and whatever parses round-trips.
import Monty
import XCTest

final class HostValueJSONTests: XCTestCase {
  // MARK: Scalars

  func testScalarsRoundTrip() {
    assertRoundTrip(.none, "null")
    assertRoundTrip(.bool(true), "true")
    assertRoundTrip(.bool(false), "false")
    assertRoundTrip(.int(0), "0")
    assertRoundTrip(.int(-12), "-12")
    assertRoundTrip(.int(Int.max), "9223372036854775807")
    assertRoundTrip(.int(Int.min), "-9223372036854775808")
    assertRoundTrip(.str(""), "\"\"")
    assertRoundTrip(.str("héllo wörld ✓"), "\"héllo wörld ✓\"")
    // Top-level scalars with surrounding whitespace are valid JSON.
    XCTAssertTrue(same(try HostValue(json: " \t\r\n42\n "), .int(42)))
  }

  func testStringEscapesMatchPython() throws {
    // python3: json.dumps("a\"b\\c\n\t\r\b\f\x00\x01\x1f\x7f é😀\u2028/", separators=(",", ":"), ensure_ascii=False)
    let value = HostValue.str("a\"b\\c\n\t\r\u{8}\u{C}\u{0}\u{1}\u{1F}\u{7F} é😀\u{2028}/")
    assertRoundTrip(value, "\"a\\\"b\\\\c\\n\\t\\r\\b\\f\\u0000\\u0001\\u001f\u{7F} é😀\u{2028}/\"")
    // python3: json.dumps(["\U0010ffff", "\u0800", "\x80"], ...): the edges of each UTF-8 length.
    assertRoundTrip(["\u{10FFFF}", "\u{800}", "\u{80}"], "[\"\u{10FFFF}\",\"\u{800}\",\"\u{80}\"]")
  }

  func testReaderDecodesEscapesLikePython() throws {
    // python3: json.loads(r'"\ud83d\ude00\u00e9\u00E9\/\b\f\n\r\t\\\"\u0000"') == '😀éé/\x08\x0c\n\r\t\\"\x00'
    let value = try HostValue(json: #""\ud83d\ude00\u00e9\u00E9\/\b\f\n\r\t\\\"\u0000""#)
    XCTAssertTrue(same(value, .str("😀éé/\u{8}\u{C}\n\r\t\\\"\u{0}")))
    // Escapes mid-string, next to raw UTF-8, and an escaped pair that is not a surrogate pair.
    XCTAssertTrue(same(try HostValue(json: #""é\u0041é\u2028x""#), .str("éAé\u{2028}x")))
    XCTAssertTrue(same(try HostValue(json: #""\uD83D\uDE00\uFFFF""#), .str("😀\u{FFFF}")))
  }

  // MARK: Numbers

  func testIntegersAndBigInts() throws {
    // python3: json.dumps(2**70) == "1180591620717411303424"
    assertRoundTrip(.bigInt("1180591620717411303424"), "1180591620717411303424")
    assertRoundTrip(.bigInt("-170141183460469231731687303715884105728"), "-170141183460469231731687303715884105728")
    // Just outside Int's range on each side reads as bigInt; just inside as int.
    XCTAssertTrue(same(try HostValue(json: "9223372036854775808"), .bigInt("9223372036854775808")))
    XCTAssertTrue(same(try HostValue(json: "-9223372036854775809"), .bigInt("-9223372036854775809")))
    XCTAssertTrue(same(try HostValue(json: "-9223372036854775808"), .int(Int.min)))
    XCTAssertTrue(same(try HostValue(json: "-0"), .int(0)))
    // A bigInt in Int's range reads back as int; the writer spells bigInts canonically.
    XCTAssertEqual(HostValue.bigInt("5").json(), "5")
    XCTAssertTrue(same(try HostValue(json: HostValue.bigInt("5").json()), .int(5)))
    XCTAssertEqual(HostValue.bigInt("-000123456789012345678901234567890").json(), "-123456789012345678901234567890")
    XCTAssertEqual(HostValue.bigInt("+0012").json(), "12")
    XCTAssertEqual(HostValue.bigInt("-0000").json(), "0")
    // Text that is no integer at all stays valid JSON, as a string.
    XCTAssertEqual(HostValue.bigInt("12a").json(), "\"12a\"")
    XCTAssertEqual(HostValue.bigInt("").json(), "\"\"")
    // A big int as a $dict key.
    assertRoundTrip(.dict([.init(.bigInt("-99999999999999999999"), .int(1))]),
                    #"{"$dict":[[-99999999999999999999,1]]}"#)
  }

  func testFloatsMatchPython() throws {
    // python3: json.dumps(v) for each v, which prints repr(v).
    let cases: [(Double, String)] = [
      (0.0, "0.0"), (-0.0, "-0.0"), (1.0, "1.0"), (2.5, "2.5"), (0.1 + 0.2, "0.30000000000000004"),
      (1e15, "1000000000000000.0"), (1e16, "1e+16"), (1e22, "1e+22"), (1e-4, "0.0001"), (1e-5, "1e-05"),
      (1e-7, "1e-07"), (123456789.0, "123456789.0"), (9007199254740993.0, "9007199254740992.0"),
      (.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (-2.5e-300, "-2.5e-300"),
    ]
    for (value, text) in cases { assertRoundTrip(.float(value), text) }
    // Non-finite floats are tagged.
    assertRoundTrip(.float(.nan), "{\"$float\":\"nan\"}")
    assertRoundTrip(.float(-.nan), "{\"$float\":\"nan\"}")
    assertRoundTrip(.float(.infinity), "{\"$float\":\"inf\"}")
    assertRoundTrip(.float(-.infinity), "{\"$float\":\"-inf\"}")
    // Any fraction or exponent makes a float; out of range overflows to inf as in Python.
    XCTAssertTrue(same(try HostValue(json: "1e2"), .float(100)))
    XCTAssertTrue(same(try HostValue(json: "1E+2"), .float(100)))
    XCTAssertTrue(same(try HostValue(json: "-0.0"), .float(-0.0)))
    XCTAssertTrue(same(try HostValue(json: "0e0"), .float(0)))
    XCTAssertTrue(same(try HostValue(json: "1.5e-3"), .float(0.0015)))
    XCTAssertTrue(same(try HostValue(json: "1e400"), .float(.infinity)))
    XCTAssertTrue(same(try HostValue(json: "-1e400"), .float(-.infinity)))
    XCTAssertTrue(same(try HostValue(json: "1e-400"), .float(0)))
    XCTAssertTrue(same(try HostValue(json: "100000000000000000000000000000.0"), .float(1e29)))
  }

  // MARK: Containers

  func testContainersRoundTrip() {
    assertRoundTrip(.list([]), "[]")
    assertRoundTrip(.tuple([]), "{\"$tuple\":[]}")
    assertRoundTrip(.set([]), "{\"$set\":[]}")
    assertRoundTrip(.frozenset([.int(1)]), "{\"$frozenset\":[1]}")
    assertRoundTrip(.dict([]), "{}")
    assertRoundTrip(.bytes([]), "{\"$bytes\":\"\"}")
    let nested = HostValue.list([
      .tuple([.int(1), .str("a"), .list([.none, .tuple([])])]),
      .dict([.init(.str("k"), .set([.float(1.5), .bytes([0, 255])]))]),
      .dict([.init(.tuple([.int(1), .int(2)]), .frozenset([.bigInt("123456789012345678901")]))]),
    ])
    assertRoundTrip(nested, """
      [{"$tuple":[1,"a",[null,{"$tuple":[]}]]},{"k":{"$set":[1.5,{"$bytes":"AP8="}]}},\
      {"$dict":[[{"$tuple":[1,2]},{"$frozenset":[123456789012345678901]}]]}]
      """)
  }

  func testDictEncodings() throws {
    // python3: json.dumps({"b": [1, 2.5, None, True, False, -12, []],
    //                      "a": {"x": -0.0, "y": 1e16, "z": 1e-07, "w": {}}, "": 123456789.0}, ...)
    let plain = HostValue.dict([
      .init("b", [1, 2.5, nil, true, false, -12, []]),
      .init("a", .dict([.init("x", -0.0), .init("y", 1e16), .init("z", 1e-07), .init("w", .dict([]))])),
      .init("", 123456789.0),
    ])
    assertRoundTrip(plain,
                    #"{"b":[1,2.5,null,true,false,-12,[]],"a":{"x":-0.0,"y":1e+16,"z":1e-07,"w":{}},"":123456789.0}"#)
    // Key order is kept both ways, whatever it is.
    let keys = (0..<50).map { "k\(($0 * 37) % 50)" }
    let ordered = HostValue.dict(keys.map { .init(.str($0), .str($0)) })
    guard case .dict(let back) = try HostValue(json: ordered.json()) else { return XCTFail("not a dict") }
    XCTAssertEqual(back.map { $0.key }, keys.map { HostValue.str($0) })
    // Non-str keys, '$' keys and duplicate keys need the $dict form to read back as the same dict.
    assertRoundTrip(.dict([.init(.int(1), "a"), .init(.none, "b")]), #"{"$dict":[[1,"a"],[null,"b"]]}"#)
    assertRoundTrip(.dict([.init("a", 1), .init("$tuple", 2)]), #"{"$dict":[["a",1],["$tuple",2]]}"#)
    assertRoundTrip(.dict([.init("a", 1), .init("a", 2)]), #"{"$dict":[["a",1],["a",2]]}"#)
    let manyWithDuplicate = HostValue.dict((0..<20).map { .init(.str("k\($0 % 19)"), .int($0)) })
    XCTAssertTrue(manyWithDuplicate.json().hasPrefix("{\"$dict\":"))
    assertRoundTrip(manyWithDuplicate)
    // '$' is only special first: "a$" is a plain key.
    assertRoundTrip(.dict([.init("a$", 1)]), #"{"a$":1}"#)
    // Canonically equivalent keys (precomposed vs decomposed é) are distinct keys, as in Python.
    let equivalent = HostValue.dict([.init("\u{E9}", 1), .init("e\u{301}", 2)])
    assertRoundTrip(equivalent, "{\"\u{E9}\":1,\"e\u{301}\":2}")
    guard case .dict(let two) = try HostValue(json: "{\"\u{E9}\":1,\"e\u{301}\":2,\"\u{E9}\":3}") else {
      return XCTFail("not a dict")
    }
    XCTAssertEqual(two.count, 2)
  }

  func testDuplicateKeysLastWinsAtFirstPosition() throws {
    // python3: json.loads('{"a":1,"b":2,"a":3,"c":4,"b":5}') == {'a': 3, 'b': 5, 'c': 4}, in that order.
    let small = try HostValue(json: #"{"a":1,"b":2,"a":3,"c":4,"b":5}"#)
    XCTAssertTrue(same(small, .dict([.init("a", 3), .init("b", 5), .init("c", 4)])))
    // Past the linear-scan size, the same through the key index.
    var text = "{" + (0..<30).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
    text += ",\"k3\":-3,\"k29\":-29,\"new\":0,\"k0\":-100}"
    guard case .dict(let entries) = try HostValue(json: text) else { return XCTFail("not a dict") }
    XCTAssertEqual(entries.count, 31)
    XCTAssertTrue(same(entries[0].value, -100))
    XCTAssertTrue(same(entries[3].value, -3))
    XCTAssertTrue(same(entries[29].value, -29))
    XCTAssertTrue(same(entries[30].key, "new"))
    // A repeated tag is one key: the last one wins.
    XCTAssertTrue(same(try HostValue(json: #"{"$tuple":[1],"$tuple":[2]}"#), .tuple([2])))
  }

  func testObjectsAndExceptions() throws {
    assertRoundTrip(.object(type: "Point", repr: "Point(1, 2)", attributes: [.init("x", 1), .init("y", 2)]),
                    #"{"$object":{"type":"Point","repr":"Point(1, 2)","attributes":{"x":1,"y":2}}}"#)
    assertRoundTrip(.object(type: "function", repr: "<function f at 0x1>", attributes: []),
                    #"{"$object":{"type":"function","repr":"<function f at 0x1>","attributes":{}}}"#)
    assertRoundTrip(.object(type: "T", repr: "t", attributes: [.init(.int(1), .float(.nan))]),
                    #"{"$object":{"type":"T","repr":"t","attributes":{"$dict":[[1,{"$float":"nan"}]]}}}"#)
    assertRoundTrip(.exception(type: "ValueError", message: "bad \"value\"\n"),
                    #"{"$exception":{"type":"ValueError","message":"bad \"value\"\n"}}"#)
    // Reading: fields in any order, attributes optional.
    XCTAssertTrue(same(try HostValue(json: #"{"$object":{"repr":"r","type":"T"}}"#),
                       .object(type: "T", repr: "r", attributes: [])))
    XCTAssertTrue(same(try HostValue(json: #"{"$exception":{"message":"m","type":"E"}}"#),
                       .exception(type: "E", message: "m")))
  }

  func testBytesBase64() throws {
    // RFC 4648 section 10 test vectors.
    let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=",
                   "foobar": "Zm9vYmFy"]
    for (plain, encoded) in vectors { assertRoundTrip(.bytes(Array(plain.utf8)), "{\"$bytes\":\"\(encoded)\"}") }
    // python3: base64.b64encode(b"\x00\xff\xfe hello world\x80"), base64.b64encode(bytes(range(0, 256, 7)))
    assertRoundTrip(.bytes([0, 255, 254] + Array(" hello world".utf8) + [0x80]),
                    #"{"$bytes":"AP/+IGhlbGxvIHdvcmxkgA=="}"#)
    assertRoundTrip(.bytes(stride(from: 0, to: 256, by: 7).map { UInt8($0) }),
                    #"{"$bytes":"AAcOFRwjKjE4P0ZNVFtiaXB3foWMk5qhqK+2vcTL0tng5+71/A=="}"#)
    // Every length and byte value.
    var rng = SplitMix64(seed: 7)
    for length in 0..<100 { assertRoundTrip(.bytes((0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) })) }
    assertRoundTrip(.bytes(Array(0...255)))
  }

  // MARK: Rejection

  func testRejectsMalformedJSON() {
    let cases: [(String, String, Int)] = [
      ("", "Expecting value", 0),
      ("   ", "Expecting value", 3),
      ("[", "Expecting value", 1),
      ("[1,", "Expecting value", 3),
      ("[1", "Expecting ',' delimiter", 2),
      ("[1,]", "Illegal trailing comma before end of array", 2),
      ("[,1]", "Expecting value", 1),
      ("[1 2]", "Expecting ',' delimiter", 3),
      ("{", "Expecting property name enclosed in double quotes", 1),
      (#"{"a":1,}"#, "Illegal trailing comma before end of object", 6),
      (#"{"a" 1}"#, "Expecting ':' delimiter", 5),
      (#"{"a":1 "b":2}"#, "Expecting ',' delimiter", 7),
      ("{a:1}", "Expecting property name enclosed in double quotes", 1),
      ("{1:1}", "Expecting property name enclosed in double quotes", 1),
      (#"{"a":}"#, "Expecting value", 5),
      (#"{"a""#, "Expecting ':' delimiter", 4),
      (#""abc"#, "Unterminated string", 0),
      (#"["a", "b]"#, "Unterminated string", 6),
      (#""a\x""#, "Invalid \\escape", 2),
      (#""a\"#, "Invalid \\escape", 2),
      (#""\u12""#, "Invalid \\uXXXX escape", 1),
      (#""\u12g4""#, "Invalid \\uXXXX escape", 1),
      (#""\ud83d""#, "Lone surrogate in \\u escape", 1),
      (#""\ude00""#, "Lone surrogate in \\u escape", 1),
      (#""\ud83d\u0041""#, "Lone surrogate in \\u escape", 1),
      (#""\ud83dx""#, "Lone surrogate in \\u escape", 1),
      (#""\ud83d\ud83d""#, "Lone surrogate in \\u escape", 1),
      (#""\ud83d\u12""#, "Invalid \\uXXXX escape", 7),
      ("\"a\tb\"", "Invalid control character in string", 2),
      ("\"a\nb\"", "Invalid control character in string", 2),
      ("\"\u{0}\"", "Invalid control character in string", 1),
      ("01", "Extra data", 1),
      ("-01", "Extra data", 2),
      ("1.", "Expecting digits after '.'", 2),
      ("1.e5", "Expecting digits after '.'", 2),
      (".5", "Expecting value", 0),
      ("+1", "Expecting value", 0),
      ("1e", "Expecting digits in exponent", 2),
      ("1e+", "Expecting digits in exponent", 3),
      ("-", "Expecting value", 0),
      ("-a", "Expecting value", 0),
      ("NaN", "Expecting value", 0),
      ("Infinity", "Expecting value", 0),
      ("-Infinity", "Expecting value", 0),
      ("0x10", "Extra data", 1),
      ("tru", "Expecting value", 0),
      ("True", "Expecting value", 0),
      ("nul", "Expecting value", 0),
      ("nulll", "Extra data", 4),
      ("[1] x", "Extra data", 4),
      (#"{"a":1}}"#, "Extra data", 7),
      ("1 2", "Extra data", 2),
      ("\u{FEFF}1", "Expecting value", 0),
      ("[1,\u{A0}2]", "Expecting value", 3),
      ("'a'", "Expecting value", 0),
      ("// comment\n1", "Expecting value", 0),
    ]
    for (text, message, offset) in cases { assertRejects(text, message, offset) }
  }

  func testRejectsInvalidUTF8() {
    let quote = UInt8(ascii: "\"")
    let cases: [([UInt8], Int)] = [
      ([quote, 0xFF, quote], 1),
      ([quote, 0x80, quote], 1),  // a lone continuation byte
      ([quote, 0xC0, 0x80, quote], 1),  // overlong NUL
      ([quote, 0xC1, 0xBF, quote], 1),  // overlong
      ([quote, 0xE0, 0x80, 0x80, quote], 1),  // overlong 3-byte
      ([quote, 0xF0, 0x80, 0x80, 0x80, quote], 1),  // overlong 4-byte
      ([quote, 0xED, 0xA0, 0x80, quote], 1),  // UTF-8 of the surrogate U+D800
      ([quote, 0xF4, 0x90, 0x80, 0x80, quote], 1),  // above U+10FFFF
      ([quote, 0xF5, 0x80, 0x80, 0x80, quote], 1),
      ([quote, 0x61, 0xE2, 0x82, quote], 2),  // truncated sequence
      ([quote, 0xE2, 0x82], 1),  // truncated at the end of input
      ([quote, 0xC3], 1),
    ]
    for (bytes, offset) in cases {
      XCTAssertThrowsError(try HostValue(jsonBytes: bytes), "\(bytes)") { error in
        XCTAssertEqual(error as? HostValue.JSONError, HostValue.JSONError(message: "Invalid UTF-8", offset: offset),
                       "\(bytes)")
      }
    }
    // Non-ASCII outside a string is just an unexpected byte.
    XCTAssertThrowsError(try HostValue(jsonBytes: [0xC3, 0xA9])) { error in
      XCTAssertEqual((error as? HostValue.JSONError)?.message, "Expecting value")
    }
    // And the valid neighbours of those sequences are accepted.
    XCTAssertTrue(same(try HostValue(jsonBytes: [quote, 0xC2, 0x80, 0xED, 0x9F, 0xBF, 0xF4, 0x8F, 0xBF, 0xBF, quote]),
                       .str("\u{80}\u{D7FF}\u{10FFFF}")))
  }

  func testRejectsBadTags() {
    let shape = "an object with string \"type\" and \"repr\" and a dict \"attributes\""
    let cases: [(String, String, Int)] = [
      (#"{"$xyz":1}"#, "Unknown tag '$xyz'", 0),
      (#"{"$":1}"#, "Unknown tag '$'", 0),
      (#"{"$Tuple":[]}"#, "Unknown tag '$Tuple'", 0),
      (#"[1, {"$nope": 0}]"#, "Unknown tag '$nope'", 4),
      (#"{"$tuple":[1],"a":2}"#, "Tag '$tuple' must be the only key of its object", 0),
      (#"{"a":2,"$tuple":[1]}"#, "Tag '$tuple' must be the only key of its object", 0),
      (#"{"$set":[],"$tuple":[]}"#, "Tag '$set' must be the only key of its object", 0),
      (#"{"$tuple":{}}"#, "Tag '$tuple' expects an array", 0),
      (#"{"$tuple":{"$tuple":[]}}"#, "Tag '$tuple' expects an array", 0),
      (#"{"$set":null}"#, "Tag '$set' expects an array", 0),
      (#"{"$frozenset":"ab"}"#, "Tag '$frozenset' expects an array", 0),
      (#"{"$bytes":"abc"}"#, "Tag '$bytes' expects a base64 string", 0),
      (#"{"$bytes":"ab=c"}"#, "Tag '$bytes' expects a base64 string", 0),
      (#"{"$bytes":"a==="}"#, "Tag '$bytes' expects a base64 string", 0),
      (#"{"$bytes":"Zg="}"#, "Tag '$bytes' expects a base64 string", 0),
      (#"{"$bytes":"Zh=="}"#, "Tag '$bytes' expects a base64 string", 0),  // nonzero unused bits
      (#"{"$bytes":"Zm9="}"#, "Tag '$bytes' expects a base64 string", 0),
      (#"{"$bytes":"Zm9v!A=="}"#, "Tag '$bytes' expects a base64 string", 0),
      (#"{"$bytes":"Zm9 v"}"#, "Tag '$bytes' expects a base64 string", 0),
      (#"{"$bytes":"Zg==Zg=="}"#, "Tag '$bytes' expects a base64 string", 0),
      (#"{"$bytes":"Zm9v-_=="}"#, "Tag '$bytes' expects a base64 string", 0),  // URL-safe alphabet
      (#"{"$bytes":[1]}"#, "Tag '$bytes' expects a base64 string", 0),
      (#"{"$float":"NaN"}"#, "Tag '$float' expects \"nan\", \"inf\" or \"-inf\"", 0),
      (#"{"$float":1.5}"#, "Tag '$float' expects \"nan\", \"inf\" or \"-inf\"", 0),
      (#"{"$dict":[[1]]}"#, "Tag '$dict' expects an array of [key, value] pairs", 0),
      (#"{"$dict":[[1,2,3]]}"#, "Tag '$dict' expects an array of [key, value] pairs", 0),
      (#"{"$dict":[1]}"#, "Tag '$dict' expects an array of [key, value] pairs", 0),
      (#"{"$dict":{"a":1}}"#, "Tag '$dict' expects an array of [key, value] pairs", 0),
      (#"{"$object":{"type":"T"}}"#, "Tag '$object' expects \(shape)", 0),
      (#"{"$object":{"type":"T","repr":"r","x":1}}"#, "Tag '$object' expects \(shape)", 0),
      (#"{"$object":{"type":1,"repr":"r"}}"#, "Tag '$object' expects \(shape)", 0),
      (#"{"$object":{"type":"T","repr":"r","attributes":[]}}"#, "Tag '$object' expects \(shape)", 0),
      (#"{"$object":[]}"#, "Tag '$object' expects \(shape)", 0),
      (#"{"$exception":{"type":"E"}}"#, "Tag '$exception' expects an object with string \"type\" and \"message\"", 0),
      (#"{"$exception":{"type":"E","message":"m","x":0}}"#,
       "Tag '$exception' expects an object with string \"type\" and \"message\"", 0),
    ]
    for (text, message, offset) in cases { assertRejects(text, message, offset) }
  }

  func testNestingLimit() {
    // 512 levels read, 513 do not; the error points at the first bracket past the limit.
    func arrays(_ depth: Int) -> String { String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }
    XCTAssertNoThrow(try HostValue(json: arrays(512)))
    assertRejects(arrays(513), "Nesting deeper than 512 levels", 512)
    assertRejects(arrays(100_000), "Nesting deeper than 512 levels", 512)
    assertRejects(String(repeating: "[", count: 100_000), "Nesting deeper than 512 levels", 512)
    assertRejects(String(repeating: "{\"a\":", count: 100_000), "Nesting deeper than 512 levels", 512 * 5)
    assertRejects(String(repeating: "[{\"$tuple\":", count: 50_000), "Nesting deeper than 512 levels", 512 / 2 * 11)
    // A tuple is two JSON levels, so 256 nested tuples are the most that read back.
    func tuples(_ depth: Int) -> HostValue { (0..<depth).reduce(HostValue.none) { inner, _ in .tuple([inner]) } }
    assertRoundTrip(tuples(256))
    XCTAssertThrowsError(try HostValue(json: tuples(257).json()))
  }

  func testStringAndBytesInputsAgree() throws {
    let value = HostValue.list(["é😀", .bytes([1, 2, 3]), .dict([.init(.int(1), .tuple([]))])])
    XCTAssertEqual(value.jsonBytes(), Array(value.json().utf8))
    XCTAssertTrue(same(try HostValue(jsonBytes: value.jsonBytes()), value))
    XCTAssertTrue(same(try HostValue(json: value.json()), value))
  }

  func testLargeDocument() throws {
    let items = (0..<100_000).map { i -> HostValue in
      switch i % 3 {
      case 0: return .int(i)
      case 1: return .str("item \(i) \u{E9}")
      default: return .float(Double(i) / 7)
      }
    }
    let value = HostValue.dict([.init("items", .list(items)), .init("tags", .tuple(["a", "b"]))])
    assertRoundTrip(value)
  }

  // MARK: Fuzzing

  /// Random values of every case, nested: each writes to JSON that reads back as itself.
  func testRandomValuesRoundTrip() throws {
    var rng = SplitMix64(seed: 0x5EED)
    for _ in 0..<3000 {
      let value = randomValue(depth: 4, &rng)
      let text = value.json()
      let back = try HostValue(json: text)
      XCTAssertTrue(same(back, value), text)
      XCTAssertEqual(back.json(), text)
    }
  }

  /// Mutated valid documents: never a crash; anything that still parses writes out and reads back
  /// as the same value, and its second writing is the same text.
  func testMutatedDocumentsNeverCrash() {
    var rng = SplitMix64(seed: 0xF022)
    var corpus = [
      #"{"a":[1,2.5,-3e-2,true,false,null],"b":{"$tuple":["x","\u00e9\ud83d\ude00\n"]}}"#,
      #"{"$dict":[[{"$tuple":[1,2]},{"$set":[{"$bytes":"Zm9vYg=="}]}],[12345678901234567890123,{}]]}"#,
      #"{"$object":{"type":"P","repr":"P()","attributes":{"x":{"$float":"-inf"}}}}"#,
      #"[{"$exception":{"type":"E","message":"m"}},{"$frozenset":[]},{"$float":"nan"},"\\\"\/"]"#,
    ]
    for _ in 0..<40 { corpus.append(randomValue(depth: 3, &rng).json()) }
    let texts: [String] = [
      "\"", "\\", "{", "}", "[", "]", ",", ":", "$", "\"$tuple\":", "\"$dict\":", "\"$bytes\":\"", "\\u", "d83d",
      "dc00", "e", "E", "-", "+", "0", "9", ".", " ", "null", "1e999", "99999999999999999999", "=", "\"nan\"",
    ]
    let rawBytes: [[UInt8]] = [[0x00], [0x1F], [0x80], [0xC3], [0xED, 0xA0], [0xFF], [0xF0, 0x9F, 0x98, 0x80]]
    let tokens = texts.map { Array($0.utf8) } + rawBytes

    var parsed = 0, rejected = 0
    for _ in 0..<20_000 {
      var bytes = Array(corpus[Int.random(in: 0..<corpus.count, using: &rng)].utf8)
      for _ in 0..<Int.random(in: 1...3, using: &rng) { mutate(&bytes, tokens, &rng) }
      do {
        let value = try HostValue(jsonBytes: bytes)
        parsed += 1
        let text = value.json()
        guard let back = try? HostValue(json: text) else {
          XCTFail("re-read failed: \(text)")
          continue
        }
        XCTAssertTrue(same(back, value), text)
        XCTAssertEqual(back.json(), text)
      } catch {
        rejected += 1
        XCTAssertTrue((0...bytes.count).contains(error.offset), "\(error)")
      }
    }
    // The mutations exercise both outcomes.
    XCTAssertGreaterThan(parsed, 1000)
    XCTAssertGreaterThan(rejected, 1000)
  }

  // MARK: Helpers

  private func mutate(_ bytes: inout [UInt8], _ tokens: [[UInt8]], _ rng: inout SplitMix64) {
    let at = Int.random(in: 0...bytes.count, using: &rng)
    let token = tokens[Int.random(in: 0..<tokens.count, using: &rng)]
    switch Int.random(in: 0..<6, using: &rng) {
    case 0 where at < bytes.count:  // replace a byte
      bytes[at] = Bool.random(using: &rng) ? UInt8.random(in: 0...255, using: &rng) : token[0]
    case 1:  // insert a token
      bytes.insert(contentsOf: token, at: at)
    case 2:  // delete a short range
      bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...4, using: &rng)))
    case 3:  // duplicate a range
      let end = min(bytes.count, at + Int.random(in: 1...12, using: &rng))
      bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0...bytes.count, using: &rng))
    case 4:  // truncate
      bytes.removeSubrange(at...)
    default:  // swap two bytes
      let other = Int.random(in: 0...bytes.count, using: &rng)
      if at < bytes.count && other < bytes.count { bytes.swapAt(at, other) }
    }
  }

  private func randomValue(depth: Int, _ rng: inout SplitMix64) -> HostValue {
    let kinds = depth > 0 ? 15 : 7
    switch Int.random(in: 0..<kinds, using: &rng) {
    case 0: return .none
    case 1: return .bool(Bool.random(using: &rng))
    case 2:
      let small = Bool.random(using: &rng)
      return .int(small ? Int.random(in: -1000...1000, using: &rng) : Int.random(in: .min ... .max, using: &rng))
    case 3:
      let digits = (0..<Int.random(in: 20...40, using: &rng)).map { _ in String(Int.random(in: 0...9, using: &rng)) }
      return .bigInt((Bool.random(using: &rng) ? "-" : "") + "1" + digits.joined())
    case 4:
      let specials: [Double] = [0, -0.0, 1, .nan, .infinity, -.infinity, .ulpOfOne, .leastNonzeroMagnitude,
                                .greatestFiniteMagnitude]
      return .float(Bool.random(using: &rng) ? specials[Int.random(in: 0..<specials.count, using: &rng)]
                      : Double(bitPattern: UInt64.random(in: 0 ... .max, using: &rng)))
    case 5: return .str(randomString(&rng))
    case 6: return .bytes((0..<Int.random(in: 0...10, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) })
    case 7: return .list(randomItems(depth, &rng))
    case 8: return .tuple(randomItems(depth, &rng))
    case 9: return .set(randomItems(depth, &rng))
    case 10: return .frozenset(randomItems(depth, &rng))
    case 11, 12: return .dict(randomEntries(depth, &rng))
    case 13:
      return .object(type: randomString(&rng), repr: randomString(&rng), attributes: randomEntries(depth, &rng))
    default: return .exception(type: randomString(&rng), message: randomString(&rng))
    }
  }

  private func randomItems(_ depth: Int, _ rng: inout SplitMix64) -> [HostValue] {
    (0..<Int.random(in: 0...4, using: &rng)).map { _ in randomValue(depth: depth - 1, &rng) }
  }

  /// Mostly str keys (so that plain objects are common), some '$' keys, repeats and other types.
  private func randomEntries(_ depth: Int, _ rng: inout SplitMix64) -> [HostValue.DictEntry] {
    (0..<Int.random(in: 0...5, using: &rng)).map { _ in
      let key: HostValue
      switch Int.random(in: 0..<10, using: &rng) {
      case 0: key = randomValue(depth: depth - 1, &rng)
      case 1: key = .str("$" + randomString(&rng))
      case 2: key = "same"
      default: key = .str(randomString(&rng))
      }
      return HostValue.DictEntry(key, randomValue(depth: depth - 1, &rng))
    }
  }

  private func randomString(_ rng: inout SplitMix64) -> String {
    let pieces = ["a", "Z", " ", "\"", "\\", "/", "\n", "\u{0}", "\u{1F}", "\u{7F}", "é", "e\u{301}", "€", "😀", "\u{2028}",
                  "$", "\u{FFFF}"]
    let count = Int.random(in: 0...6, using: &rng)
    return (0..<count).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] }.joined()
  }

  private func assertRoundTrip(_ value: HostValue, _ expected: String? = nil, file: StaticString = #filePath,
                               line: UInt = #line) {
    let text = value.json()
    if let expected { XCTAssertEqual(text, expected, file: file, line: line) }
    do {
      let back = try HostValue(json: text)
      XCTAssertTrue(same(back, value), "\(text) read back as \(back)", file: file, line: line)
    } catch {
      XCTFail("\(text): \(error)", file: file, line: line)
    }
  }

  private func assertRejects(_ text: String, _ message: String, _ offset: Int, file: StaticString = #filePath,
                             line: UInt = #line) {
    XCTAssertThrowsError(try HostValue(json: text), text.prefix(60).debugDescription, file: file, line: line) { error in
      XCTAssertEqual(error as? HostValue.JSONError, HostValue.JSONError(message: message, offset: offset),
                     text.prefix(60).debugDescription, file: file, line: line)
    }
  }
}

/// Structural identity: floats by bit pattern (so -0.0 differs from 0.0) with every NaN alike, strings
/// by UTF-8 (HostValue's `==` follows String's, which merges canonically equivalent strings).
private func same(_ a: HostValue, _ b: HostValue) -> Bool {
  func strings(_ x: String, _ y: String) -> Bool { x.utf8.elementsEqual(y.utf8) }
  func arrays(_ x: [HostValue], _ y: [HostValue]) -> Bool { x.count == y.count && zip(x, y).allSatisfy(same) }
  func entries(_ x: [HostValue.DictEntry], _ y: [HostValue.DictEntry]) -> Bool {
    x.count == y.count && zip(x, y).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
  }
  switch (a, b) {
  case (.none, .none): return true
  case let (.bool(x), .bool(y)): return x == y
  case let (.int(x), .int(y)): return x == y
  case let (.bigInt(x), .bigInt(y)): return strings(x, y)
  case let (.float(x), .float(y)): return x.bitPattern == y.bitPattern || x.isNaN && y.isNaN
  case let (.str(x), .str(y)): return strings(x, y)
  case let (.bytes(x), .bytes(y)): return x == y
  case let (.list(x), .list(y)), let (.tuple(x), .tuple(y)), let (.set(x), .set(y)), let (.frozenset(x), .frozenset(y)):
    return arrays(x, y)
  case let (.dict(x), .dict(y)): return entries(x, y)
  case let (.object(t1, r1, a1), .object(t2, r2, a2)): return strings(t1, t2) && strings(r1, r2) && entries(a1, a2)
  case let (.exception(t1, m1), .exception(t2, m2)): return strings(t1, t2) && strings(m1, m2)
  default: return false
  }
}

/// A small seeded generator (Steele, Lea, Flood 2014), so every run fuzzes the same inputs.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
