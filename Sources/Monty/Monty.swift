// The public ABI of Monty: what the CLI and every client use. Nothing below this module is visible
// to them. Today it offers syntax checking and AST printing; programs, runs and limits follow.
import MontyCompiler
import MontySyntax
import MontyVM

/// An error reported to the host, shaped like the Python exception it stands for.
public struct MontyError: Error, Sendable, CustomStringConvertible {
  /// Python exception type name, e.g. "SyntaxError".
  public var type: String
  public var message: String
  /// The text `python3` would print to stderr for it (traceback or syntax-error block).
  public var traceback: String
  /// 1-based line of the error, when known.
  public var line: Int?
  /// The limit that stopped the run ("fuel", "memory", "time", "output", "external calls"), if one did.
  public var limit: String?

  public var description: String { "\(type): \(message)" }

  public init(type: String, message: String, traceback: String, line: Int? = nil, limit: String? = nil) {
    self.type = type
    self.message = message
    self.traceback = traceback
    self.line = line
    self.limit = limit
  }

  init(_ error: SyntaxError, in file: SourceFile) {
    self.init(type: error.kind.rawValue, message: error.message, traceback: error.render(in: file),
              line: error.line(in: file))
  }
}

public enum Monty {
  public static let version = "0.1.0"

  /// Checks that `source` is a valid program of the supported subset (syntax only, for now).
  public static func check(source: [UInt8], filename: String) -> MontyError? {
    let file = SourceFile(name: filename, bytes: source)
    do {
      _ = try VM.check(file)
      return nil
    } catch {
      return MontyError(type: error.kind.rawValue, message: error.message, traceback: error.render(in: file),
                        line: error.line(in: file))
    }
  }

  /// The syntax tree of `source` in the format of CPython's `ast.dump`.
  public static func dumpAST(source: [UInt8], filename: String) -> Result<String, MontyError> {
    let file = SourceFile(name: filename, bytes: source)
    do {
      return .success(ASTPrinter.dump(try Parser.parse(file)))
    } catch {
      return .failure(MontyError(type: error.kind.rawValue, message: error.message, traceback: error.render(in: file),
                                 line: error.line(in: file)))
    }
  }

  /// Compiles and runs a program under `limits`, streaming printed text to `output`; returns the
  /// uncaught error (a limit names itself in `MontyError.limit`).
  public static func run(source: [UInt8], filename: String, limits: ResourceLimits = ResourceLimits(),
                         access: HostAccess = HostAccess(), output: @escaping (String) -> Void) -> MontyError? {
    let program: Program
    do {
      program = try Program(bytes: source, filename: filename, limits: limits)
    } catch {
      return error
    }
    if case .failure(let error) = program.run(limits: limits, access: access, output: output) { return error }
    return nil
  }

  /// Requests that running programs stop with KeyboardInterrupt (safe to call from a signal handler).
  public static func interrupt() { interruptRequested = 1 }

  /// One line per instruction of every code object in the program (`monty disasm`).
  public static func disassemble(source: [UInt8], filename: String) -> Result<String, MontyError> {
    let file = SourceFile(name: filename, bytes: source)
    do {
      return .success(Disassembler.disassemble(try Compiler.compile(file)))
    } catch {
      return .failure(MontyError(type: error.kind.rawValue, message: error.message, traceback: error.render(in: file),
                                 line: error.line(in: file)))
    }
  }

  /// Phase timings of the front end on one source, for `Benchmarks/parse_speed.py`.
  public struct FrontEndTiming: Sendable {
    public var tokenize: Duration
    public var parse: Duration
    public var release: Duration
    public var bytes: Int
  }

  /// Tokenizes, parses and releases `source` once, timing each phase; nil if it has a syntax error.
  public static func timeFrontEnd(source: [UInt8]) -> FrontEndTiming? {
    let file = SourceFile(name: "bench.py", bytes: source)
    let clock = ContinuousClock()
    let t0 = clock.now
    guard (try? Lexer.tokenize(file)) != nil else { return nil }
    let t1 = clock.now
    var module = try? Parser.parse(file)
    let t2 = clock.now
    guard module != nil else { return nil }
    module = nil
    let t3 = clock.now
    return FrontEndTiming(tokenize: t1 - t0, parse: (t2 - t1) - (t1 - t0), release: t3 - t2, bytes: source.count)
  }
}

/// A persistent interpreter: globals survive across `execute` calls (the REPL and multi-turn agents).
public final class Session {
  private let vm: Interpreter
  private let globals: Handle

  /// Limits applied to each `execute` (the clock and fuel restart with each entry).
  public var limits = ResourceLimits()

  /// Grants the session's code mounts (set before the first `execute`; a new file system is made).
  public func grant(_ access: HostAccess) throws(MontyError) {
    try access.apply(to: vm)
  }

  public init(output: @escaping (String) -> Void) {
    vm = Interpreter()
    vm.output = output
    globals = vm.makeMainGlobals()
  }

  /// The session's state (globals, functions, classes, the sources they came from) as bytes that
  /// `Session(restoring:)` turns back into a session, in this process or another.
  public func snapshot() throws(MontyError) -> [UInt8] {
    do {
      return try vm.snapshot(globals: globals, extra: [])
    } catch {
      throw MontyError(type: "RuntimeError", message: "cannot snapshot: \(error.message)", traceback: "")
    }
  }

  /// A session restored from `snapshot()` bytes. Malformed bytes are an error, never a crash.
  public init(restoring bytes: [UInt8], output: @escaping (String) -> Void) throws(MontyError) {
    let restored: (vm: Interpreter, globals: MontyVM.Handle, extra: [UInt8])
    do {
      restored = try Interpreter.restore(bytes)
    } catch {
      throw MontyError(type: "ValueError", message: "invalid snapshot: \(error.message)", traceback: "")
    }
    guard !restored.vm.isPaused else {
      throw MontyError(type: "ValueError", message: "invalid snapshot: it is of a paused run, not a session",
                       traceback: "")
    }
    vm = restored.vm
    globals = restored.globals
    vm.output = output
  }

  /// Whether `source` is an incomplete interactive entry (an open block or bracket) that needs more lines.
  public static func isIncomplete(_ source: String) -> Bool {
    let file = SourceFile(name: "<stdin>", text: source)
    do {
      _ = try Parser.parse(file)
      return false
    } catch {
      let m = error.message
      let atEnd = error.offset >= file.bytes.count - 1
      return m.hasPrefix("expected an indented block") || m.contains("was never closed")
        || m.hasPrefix("unterminated triple-quoted") || m == "unexpected EOF while parsing"
        || (atEnd && m == "invalid syntax")
    }
  }

  /// Runs one entry; in interactive mode expression values are echoed with repr.
  public func execute(_ source: String, filename: String = "<stdin>", interactive: Bool = true) -> MontyError? {
    let file = SourceFile(name: filename, text: source)
    interruptRequested = 0
    let code: CodeObject
    do {
      let unit = try CompiledUnit.compile(file, interactive: interactive)
      vm.register(unit)
      code = unit.code
    } catch {
      return MontyError(type: error.kind.rawValue, message: error.message, traceback: error.render(in: file),
                        line: error.line(in: file))
    }
    vm.applyLimits(limits.vmLimits)
    do {
      _ = try vm.start(code, globals: globals)
      return nil
    } catch {
      let (type, message, line) = vm.describe(error)
      return MontyError(type: type, message: message, traceback: vm.formatTraceback(error.value), line: line,
                        limit: vm.tripped?.rawValue)
    }
  }
}
