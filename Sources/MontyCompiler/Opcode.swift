// The instruction set: one opcode table in register notation (Lua's lopcodes.h is the model).
// An instruction is one 64-bit word: op (8 bits) | A (16) | B (16) | C (16) | D (8).
// `R[x]` is register x of the current frame, `K[x]` constant x, `N[x]` name x of the code object.
// Jump targets are absolute instruction indices held in B (and C for the high half when needed).

public enum Opcode: UInt8, CaseIterable, Sendable {
  /// `R[A] := R[B]`
  case move = 0
  /// `R[A] := K[B]`
  case loadConst
  /// `R[A] := None`
  case loadNone
  /// `R[A] := bool(B)`
  case loadBool
  /// `R[A] := Int64(Int32(bitPattern: B | C << 16))` — small integer immediate.
  case loadInt
  /// `R[A] := <unbound>` (after `del x`, so a later read raises UnboundLocalError).
  case clear
  /// `R[A] := R[B]`, raising UnboundLocalError for N[C] if R[B] is unbound.
  case loadLocalChecked
  /// `R[A] := globals[N[B]]`, falling back to builtins; NameError if neither has it.
  case loadGlobal
  /// `globals[N[B]] := R[A]`
  case storeGlobal
  /// `del globals[N[B]]`
  case deleteGlobal
  /// `R[A] := namespace[N[B]]` then globals, then builtins (class bodies and module-level `exec` scopes).
  case loadName
  /// `namespace[N[B]] := R[A]` (class bodies)
  case storeName
  /// `del namespace[N[B]]`
  case deleteName
  /// `R[A] := cell(R[B]).contents`; NameError/UnboundLocalError for N[C] when empty (D = 1: free variable).
  case loadDeref
  /// `cell(R[B]).contents := R[A]`
  case storeDeref
  /// `cell(R[B]).contents := <empty>`
  case deleteDeref
  /// `R[A] := new cell holding R[A]` (at function entry for parameters captured by inner functions).
  case makeCell
  /// `R[A] := R[B].N[C]`
  case loadAttr
  /// `R[A].N[C] := R[B]`
  case storeAttr
  /// `del R[A].N[C]`
  case deleteAttr
  /// `R[A], R[A+1] := method N[C] of R[B] and its receiver` (or the attribute and an unbound marker).
  case loadMethod
  /// `R[A] := R[B][R[C]]`
  case getItem
  /// `R[A][R[B]] := R[C]`
  case setItem
  /// `del R[A][R[B]]`
  case deleteItem
  /// `R[A] := slice(R[B], R[B+1], R[B+2])`
  case buildSlice
  /// `R[A] := R[B] + R[C]`; small ints inline, everything else via `binarySlow`. D = 1 for `+=`.
  case add
  /// `R[A] := R[B] - R[C]`
  case sub
  /// `R[A] := R[B] * R[C]`
  case mul
  /// `R[A] := R[B] / R[C]`
  case trueDiv
  /// `R[A] := R[B] // R[C]`
  case floorDiv
  /// `R[A] := R[B] % R[C]`
  case mod
  /// `R[A] := R[B] ** R[C]`
  case pow
  /// `R[A] := R[B] << R[C]`
  case lshift
  /// `R[A] := R[B] >> R[C]`
  case rshift
  /// `R[A] := R[B] & R[C]`
  case bitAnd
  /// `R[A] := R[B] | R[C]`
  case bitOr
  /// `R[A] := R[B] ^ R[C]`
  case bitXor
  /// `R[A] := R[B] @ R[C]`
  case matMul
  /// `R[A] := -R[B]`
  case neg
  /// `R[A] := +R[B]`
  case pos
  /// `R[A] := ~R[B]`
  case invert
  /// `R[A] := not R[B]`
  case not
  /// `R[A] := R[B] < R[C]`
  case lt
  /// `R[A] := R[B] <= R[C]`
  case le
  /// `R[A] := R[B] == R[C]`
  case eq
  /// `R[A] := R[B] != R[C]`
  case ne
  /// `R[A] := R[B] > R[C]`
  case gt
  /// `R[A] := R[B] >= R[C]`
  case ge
  /// `R[A] := R[B] is R[C]`
  case `is`
  /// `R[A] := R[B] is not R[C]`
  case isNot
  /// `R[A] := R[B] in R[C]`
  case `in`
  /// `R[A] := R[B] not in R[C]`
  case notIn
  /// `pc := B`
  case jump
  /// `if not R[A] { pc := B }`
  case jumpIfFalse
  /// `if R[A] { pc := B }`
  case jumpIfTrue
  /// `if R[A] is not None { pc := B }` (match helpers, default arguments)
  case jumpIfNotNone
  /// `R[A] := iter(R[B])`
  case getIter
  /// `R[A+1] := next(R[A]) or pc := B when exhausted` — the loop header of `for`.
  case forIter
  /// Specialized `for R[A+3] in range(...)`: R[A] counter, R[A+1] stop, R[A+2] step; exits to B.
  case forRange
  /// `R[A] := [R[B], …, R[B+C-1]]`
  case buildList
  /// `R[A] := (R[B], …, R[B+C-1])`
  case buildTuple
  /// `R[A] := {R[B], …, R[B+C-1]}`
  case buildSet
  /// `R[A] := {R[B]: R[B+1], …}` with C pairs
  case buildDict
  /// `R[A] := ''.join(str pieces R[B], …, R[B+C-1])` (f-strings)
  case buildString
  /// `R[A] := format(R[B], R[C] or '')` with conversion D (0 none, 's', 'r', 'a')
  case formatValue
  /// `R[A].append(R[B])`
  case listAppend
  /// `R[A].extend(R[B])` (star unpacking in displays)
  case listExtend
  /// `R[A].add(R[B])`
  case setAdd
  /// `R[A].update(R[B])` for sets
  case setUpdate
  /// `R[A][R[B]] := R[C]` on a dict being built
  case dictSet
  /// `R[A].update(R[B])` for `{**m}` (D = 1: a call's `**kwargs` to the callee R[C]; duplicate keys are a TypeError)
  case dictUpdate
  /// `R[A] := tuple(R[B])` (after building a list for `*args`)
  case listToTuple
  /// `R[B], …, R[B+C-1] := R[A]` — unpack exactly C items
  case unpackSequence
  /// Unpack R[A] into C targets at R[B]… with a starred list at index D.
  case unpackStarred
  /// `R[A] := R[B](R[B+1], …, R[B+C])`
  case call
  /// `R[A] := R[B](R[B+1], …)` with C positional arguments followed by keyword arguments named by
  /// the tuple K[D + the next word's B]; the next word is an `extra` instruction.
  case callKw
  /// `R[A] := R[B](*R[C], **R[C+1])` (R[C+1] may be None)
  case callEx
  /// `R[A] := R[B].method(R[B+2], …)`: R[B] method, R[B+1] receiver or unbound marker, C arguments.
  case callMethod
  /// Operand word for the instruction before it.
  case extra
  /// `R[A] := function(K[B] code, defaults R[C], kwdefaults R[C+1], closure cells R[C+2])`
  case makeFunction
  /// `R[A] := class from body function R[B], bases R[B+1…B+C], keywords tuple/dict in next word`
  case makeClass
  /// `return R[A]`
  case `return`
  /// `R[A] := yield R[B]` (the value sent in)
  case yield
  /// `R[A] := yield from R[B]` (delegation; re-executes until the sub-iterator is exhausted)
  case yieldFrom
  /// `raise R[A] from R[B]`: D bit 0 = has exception, bit 1 = has cause
  case raise
  /// Re-raise the exception in R[A] (end of an unmatched handler, `finally`).
  case reraise
  /// Bare `raise` inside a handler: re-raise the exception being handled.
  case raiseCurrent
  /// Enter an `except` handler for the exception in R[A] (sets the exception being handled).
  case enterHandler
  /// Leave the innermost handler (restores the previously handled exception).
  case exitHandler
  /// `R[A] := isinstance-style match of exception R[B] against class or tuple R[C]`
  case matchException
  /// `R[A], R[A+1] := R[B].__exit__ bound, R[B].__enter__()` for `with`
  case withEnter
  /// `R[A] := exit(R[B], type, value, traceback)` for the exception in R[C] (or None): suppresses if true
  case withExit
  /// `R[A] := import N[B]`: the top package of a dotted name, or (D = 1, `from … import`) the module itself
  case importName
  /// `R[A] := getattr(module R[B], N[C])` with ImportError if missing
  case importFrom
  /// `assert`: raise AssertionError(R[B] if D else nothing) when R[A] is false
  case assertFail
  /// Raise NotImplementedError naming K[B] (a construct Monty does not run yet).
  case notImplemented
  /// `R[A] := R[B] is a sequence (not str/bytes/dict) of exactly C items (D = 1: at least C items)`
  case matchSequence
  /// `R[A] := R[B] is a mapping` (a dict)
  case matchMapping
  /// `R[A] := isinstance(R[B], R[C])` and its attributes for D positional sub-patterns (`__match_args__`)
  /// and the keyword names in tuple K[next word's B] are present; `R[A+1] :=` a tuple of those attributes.
  case matchClass
  /// `R[A+1] := R[C] in R[B]`; `R[A] := R[B][R[C]]` when present (dict lookup, no `__missing__`)
  case matchKey
  /// Interactive mode: `print(repr(R[A]))` unless it is None, and bind it to `_` in builtins.
  case printExpr
  /// no operation
  case nop
  /// `R[A] := dict(R[B])` without the D keys R[C], …, R[C+D-1] (`**rest` in a mapping pattern)
  case dictWithout
  /// `namespace.setdefault('__annotations__', {})` (module and class bodies with annotated names)
  case setupAnnotations
}

/// One decoded 64-bit instruction word.
public struct Instruction: Sendable, Hashable {
  public var raw: UInt64

  @inline(__always) public init(raw: UInt64) { self.raw = raw }

  public init(_ op: Opcode, a: Int = 0, b: Int = 0, c: Int = 0, d: Int = 0) {
    raw = UInt64(op.rawValue)
      | UInt64(UInt16(truncatingIfNeeded: a)) << 8
      | UInt64(UInt16(truncatingIfNeeded: b)) << 24
      | UInt64(UInt16(truncatingIfNeeded: c)) << 40
      | UInt64(UInt8(truncatingIfNeeded: d)) << 56
  }

  /// The opcode. Only the compiler (or a validated snapshot) produces instruction words, so the byte
  /// is always a valid raw value; decoding avoids the failable initializer on the hot path.
  @inline(__always) public var op: Opcode { unsafeBitCast(UInt8(truncatingIfNeeded: raw), to: Opcode.self) }
  @inline(__always) public var a: Int { Int(UInt16(truncatingIfNeeded: raw >> 8)) }
  @inline(__always) public var b: Int { Int(UInt16(truncatingIfNeeded: raw >> 24)) }
  @inline(__always) public var c: Int { Int(UInt16(truncatingIfNeeded: raw >> 40)) }
  @inline(__always) public var d: Int { Int(UInt8(truncatingIfNeeded: raw >> 56)) }
  /// B and C together: a 32-bit jump target or constant index.
  @inline(__always) public var bc: Int { Int(UInt32(truncatingIfNeeded: raw >> 24)) }

  public static func jump(_ op: Opcode, a: Int = 0, target: Int) -> Instruction {
    Instruction(op, a: a, b: target & 0xFFFF, c: (target >> 16) & 0xFFFF)
  }
}
