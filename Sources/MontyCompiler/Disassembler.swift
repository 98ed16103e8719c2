// The printer of compiled code (`monty disasm FILE`): one line per instruction, in register notation
// where it helps, nested code objects after their parent. Compiler tests compare this text.

public enum Disassembler {
  public static func disassemble(_ code: CodeObject) -> String {
    var out = ""
    var pending = [code]
    while !pending.isEmpty {
      let c = pending.removeFirst()
      out += "== \(c.qualifiedName) (registers \(c.registerCount), params \(c.parameterNames.joined(separator: ", ")))\n"
      for (pc, ins) in c.instructions.enumerated() {
        out += line(c, pc, ins) + "\n"
      }
      for h in c.handlers { out += "  handler [\(h.start), \(h.end)) -> \(h.handler) R\(h.register)\n" }
      for k in c.constants { if case .code(let inner) = k { pending.append(inner) } }
    }
    return out
  }

  static func line(_ c: CodeObject, _ pc: Int, _ ins: Instruction) -> String {
    let lineNo = pc < c.lines.count ? c.lines[pc] : 0
    let head = "\(String(pc).leftPad(5)) \(String(lineNo).leftPad(4))  \(String(describing: ins.op).rightPad(18))"
    var operands = "A=\(ins.a) B=\(ins.b) C=\(ins.c)" + (ins.d != 0 ? " D=\(ins.d)" : "")
    switch ins.op {
    case .jump: operands = "-> \(ins.bc)"
    case .jumpIfFalse, .jumpIfTrue, .jumpIfNotNone, .forIter, .forRange: operands = "R\(ins.a) -> \(ins.bc)"
    case .loadConst, .makeFunction:
      operands += "  ; " + constantText(c, ins.b)
    case .loadGlobal, .storeGlobal, .deleteGlobal, .loadName, .storeName, .deleteName, .importName:
      operands += ins.b < c.names.count ? "  ; \(c.names[ins.b])" : ""
    case .loadAttr, .storeAttr, .deleteAttr, .loadMethod, .importFrom, .loadDeref:
      operands += ins.c < c.names.count ? "  ; \(c.names[ins.c])" : ""
    default: break
    }
    return head + operands
  }

  static func constantText(_ c: CodeObject, _ i: Int) -> String {
    guard i < c.constants.count else { return "?" }
    switch c.constants[i] {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let v): return String(v)
    case .bigInt(let s, let r): return r == 10 ? s : "int(\(s), \(r))"
    case .float(let d): return String(d)
    case .imaginary(let d): return "\(d)j"
    case .string(let s): return "'" + s + "'"
    case .bytes(let b): return "bytes(\(b.count))"
    case .ellipsis: return "..."
    case .tuple(let t): return "tuple(\(t.count))"
    case .code(let code): return "<code \(code.qualifiedName)>"
    }
  }
}

extension String {
  func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
  func rightPad(_ n: Int) -> String { count >= n ? self : self + String(repeating: " ", count: n - count) }
}
