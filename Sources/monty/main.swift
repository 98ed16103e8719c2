// The `monty` command: python3-style invocation (`monty FILE`, `monty -c CODE`, `monty -`, stdin)
// plus tool subcommands (`monty check FILE`, `monty ast FILE`). Uses the public `Monty` module only.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CReadline
import Monty

let usage = """
usage: monty [option] ... [-c cmd | file | -] [arg] ...
       monty check FILE...     check syntax; print errors like python3, exit 1 on the first invalid file
       monty ast FILE          print the syntax tree (the format of Python's ast.dump)
       monty disasm FILE       print the compiled register bytecode
Options:
  -c cmd        program passed in as string
  --fuel N                 stop after N units of work (loop iterations, calls, builtin work); default unlimited
  --max-memory SIZE        heap limit, e.g. 64MB, 2GB, 0 for unlimited; default 1GB
  --max-recursion-depth N  default 1000
  --timeout SECONDS        wall-clock limit, e.g. 5 or 0.5; default unlimited
  --max-output SIZE        limit on printed output, e.g. 1MB; default unlimited
  --max-external-calls N   default unlimited
  --mount HOST:VIRTUAL[:ro|rw|overlay]
                           make a host directory visible at a virtual path (default ro; repeatable);
                           without mounts the program sees no files
  --max-write SIZE         bytes the program may write to mounts; default unlimited
  --clock system|fixed:EPOCH|none      what time.time() and friends see; default system
  --random entropy|seed:N|none         how the random module is seeded; default entropy
  -h, --help    print this help message and exit
  -V, --version print the Monty version number and exit
  file          program read from script file
  -             program read from stdin (default when stdin is not a terminal)

"""

/// Writes all of `s` to a file descriptor (unbuffered; callers write whole blocks).
func writeAll(_ fd: Int32, _ s: String) {
  var s = s
  s.withUTF8 { buf in
    var offset = 0
    while offset < buf.count {
      let n = write(fd, buf.baseAddress.map { $0 + offset }, buf.count - offset)
      if n <= 0 { return }
      offset += n
    }
  }
}

func writeStderr(_ s: String) { writeAll(2, s) }
func writeStdout(_ s: String) { writeAll(1, s) }

/// Reads a whole file, or nil (with errno set) when it cannot be read.
func readFile(_ path: String) -> [UInt8]? {
  guard let f = fopen(path, "rb") else { return nil }
  defer { fclose(f) }
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
    if n <= 0 { break }
    bytes.append(contentsOf: chunk[0..<n])
  }
  return bytes
}

func readStdin() -> [UInt8] {
  var bytes: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let n = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
    if n <= 0 { break }
    bytes.append(contentsOf: chunk[0..<n])
  }
  return bytes
}

func openFailure(_ path: String) -> Never {
  let reason = String(cString: strerror(errno))
  writeStderr("monty: can't open file '\(path)': [Errno \(errno)] \(reason)\n")
  exit(2)
}

/// Buffered standard output: flushed when large, before anything goes to stderr, and at exit.
final class OutputBuffer: @unchecked Sendable {
  var pending = ""
  func write(_ s: String) {
    pending += s
    if pending.utf8.count >= 1 << 16 { flush() }
  }
  func flush() {
    if !pending.isEmpty { writeStdout(pending) }
    pending = ""
  }
}

/// Runs a program like `python3 FILE`: output on stdout, an uncaught exception's traceback on stderr
/// with exit status 1.
func run(source: [UInt8], filename: String) -> Int32 {
  let out = OutputBuffer()
  let error = Monty.run(source: source, filename: filename, limits: limits, access: access) { out.write($0) }
  out.flush()
  if let error {
    writeStderr(error.traceback)
    return 1
  }
  return 0
}

/// The interactive loop: `>>>`/`...` prompts, multi-line blocks, values echoed with repr, errors
/// printed without leaving, Ctrl-C interrupts the running entry, Ctrl-D exits. Readline gives line
/// editing; history persists in ~/.monty_history.
func repl() -> Never {
  writeStderr("Monty \(Monty.version) (Python 3.11 subset) — Ctrl-D to exit\n")
  let history = (getenv("HOME").map { String(cString: $0) } ?? ".") + "/.monty_history"
  _ = read_history(history)
  signal(SIGINT) { _ in Monty.interrupt() }
  let out = OutputBuffer()
  let session = Session { out.write($0); out.flush() }
  session.limits = limits
  do {
    try session.grant(access)
  } catch {
    writeStderr(error.traceback)
    exit(2)
  }
  while true {
    guard var entry = readLine(prompt: ">>> ") else { break }
    if entry.trimmingCharacters().isEmpty { continue }
    // A block (first line ending in ':') continues until an empty line; an open bracket until closed.
    let opensBlock = entry.trimmingCharacters().hasSuffix(":")
    while opensBlock || Session.isIncomplete(entry) {
      guard let more = readLine(prompt: "... ") else { break }
      if opensBlock && more.trimmingCharacters().isEmpty { break }
      entry += "\n" + more
      if !opensBlock && !Session.isIncomplete(entry) { break }
    }
    add_history(entry)
    if let error = session.execute(entry + "\n") {
      out.flush()
      writeStderr(error.traceback)
    }
    out.flush()
  }
  _ = write_history(history)
  writeStdout("\n")
  exit(0)
}

func readLine(prompt: String) -> String? {
  guard let p = readline(prompt) else { return nil }
  defer { free(p) }
  return String(cString: p)
}

extension String {
  func trimmingCharacters() -> String {
    String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
  }
}

/// `64MB`, `2GB`, `512KB`, `1000` (bytes); nil when malformed.
func parseSize(_ text: String) -> Int? {
  let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("G", 1 << 30), ("M", 1 << 20),
                                ("K", 1 << 10), ("B", 1)]
  let upper = text.uppercased()
  for (suffix, scale) in units where upper.hasSuffix(suffix) {
    guard let n = Double(upper.dropLast(suffix.count)), n >= 0, n * Double(scale) < 9e18 else { return nil }
    return Int(n * Double(scale))
  }
  guard let n = Int(text), n >= 0 else { return nil }
  return n
}

func badOption(_ message: String) -> Never {
  writeStderr("monty: \(message)\n" + usage)
  exit(2)
}

/// Limit options come before the program (`monty --timeout 5 script.py`); `--name=value` also works.
#if canImport(Glibc)
// The interpreter frees objects in bursts (each collection sweeps many small ones). glibc's fastbins
// defer merging those chunks and later pay for it all at once in malloc_consolidate; without
// fastbins, frees merge as they happen. Measured on Benchmarks/: 5-30% less time on every program.
// Process-wide, so only the CLI sets it: libmonty leaves its host's allocator alone.
// (malloc.h is not part of the Glibc module; M_MXFAST is 1 there.)
@_silgen_name("mallopt") func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
_ = glibcMallopt(1, 0)
#endif

nonisolated(unsafe) var limits = ResourceLimits()
nonisolated(unsafe) var access = HostAccess()
var args = Array(CommandLine.arguments.dropFirst())
while let option = args.first, option.hasPrefix("--"), option.count > 2 {
  let parts = option.split(separator: "=", maxSplits: 1)
  let name = String(parts[0])
  let limitOptions = ["--fuel", "--max-memory", "--max-recursion-depth", "--timeout", "--max-output",
                      "--max-external-calls", "--mount", "--max-write", "--clock", "--random"]
  guard limitOptions.contains(name) else { break }
  args.removeFirst()
  let value: String
  if parts.count == 2 {
    value = String(parts[1])
  } else {
    guard let v = args.first else { badOption("\(name) needs a value") }
    value = v
    args.removeFirst()
  }
  switch name {
  case "--fuel":
    guard let n = Int(value), n >= 0 else { badOption("--fuel needs a non-negative integer") }
    limits.fuel = n == 0 ? nil : n
  case "--max-memory":
    guard let n = parseSize(value) else { badOption("--max-memory needs a size such as 64MB") }
    limits.maxMemoryBytes = n == 0 ? nil : n
  case "--max-recursion-depth":
    guard let n = Int(value), n > 0 else { badOption("--max-recursion-depth needs a positive integer") }
    limits.maxRecursionDepth = n
  case "--timeout":
    guard let s = Double(value), s >= 0, s < 1e9 else { badOption("--timeout needs a number of seconds") }
    limits.maxDuration = s == 0 ? nil : .nanoseconds(Int64(s * 1e9))
  case "--max-output":
    guard let n = parseSize(value) else { badOption("--max-output needs a size such as 1MB") }
    limits.maxOutputBytes = n == 0 ? nil : n
  case "--mount":
    do {
      access.mounts.append(try Mount(parsing: value))
    } catch {
      badOption("--mount \(value): \(error)")
    }
  case "--clock":
    guard let c = ClockPolicy(argument: value) else { badOption("--clock needs system, fixed:EPOCH or none") }
    access.policy.clock = c
  case "--random":
    guard let r = RandomPolicy(argument: value) else { badOption("--random needs entropy, seed:N or none") }
    access.policy.random = r
  case "--max-write":
    guard let n = parseSize(value) else { badOption("--max-write needs a size such as 1MB") }
    access.maxWriteBytes = n
  default:
    guard let n = Int(value), n >= 0 else { badOption("\(name) needs a non-negative integer") }
    limits.maxExternalCalls = n == 0 ? nil : n
  }
}

guard let first = args.first else {
  if isatty(0) != 0 { repl() }
  exit(run(source: readStdin(), filename: "<stdin>"))
}

switch first {
case "-h", "--help":
  writeStdout(usage)
case "-V", "--version":
  writeStdout("Monty \(Monty.version)\n")
case "-c":
  guard args.count >= 2 else {
    writeStderr("Argument expected for the -c option\n" + usage)
    exit(2)
  }
  exit(run(source: Array(args[1].utf8), filename: "<string>"))
case "-":
  exit(run(source: readStdin(), filename: "<stdin>"))
case "check":
  guard args.count >= 2 else {
    writeStderr("usage: monty check FILE...\n")
    exit(2)
  }
  for path in args.dropFirst() {
    guard let source = readFile(path) else { openFailure(path) }
    if let error = Monty.check(source: source, filename: path) {
      writeStderr(error.traceback)
      exit(1)
    }
  }
case "bench-parse":
  // Undocumented: front-end phase timings for Benchmarks/parse_speed.py.
  guard args.count == 2, let source = readFile(args[1]), let t = Monty.timeFrontEnd(source: source) else { exit(2) }
  func ms(_ d: Duration) -> String {
    let (s, a) = d.components
    return String(Double(s) * 1000 + Double(a) / 1e15)
  }
  writeStdout("bytes \(t.bytes) tokenize_ms \(ms(t.tokenize)) parse_ms \(ms(t.parse)) release_ms \(ms(t.release))\n")
case "disasm":
  guard args.count == 2, let source = readFile(args[1]) else {
    writeStderr("usage: monty disasm FILE\n")
    exit(2)
  }
  switch Monty.disassemble(source: source, filename: args[1]) {
  case .success(let text): writeStdout(text)
  case .failure(let error):
    writeStderr(error.traceback)
    exit(1)
  }
case "ast":
  guard args.count == 2 else {
    writeStderr("usage: monty ast FILE\n")
    exit(2)
  }
  guard let source = readFile(args[1]) else { openFailure(args[1]) }
  switch Monty.dumpAST(source: source, filename: args[1]) {
  case .success(let text): writeStdout(text + "\n")
  case .failure(let error):
    writeStderr(error.traceback)
    exit(1)
  }
default:
  if first.hasPrefix("-") {
    writeStderr("Unknown option: \(first)\n" + usage)
    exit(2)
  }
  guard let source = readFile(first) else { openFailure(first) }
  exit(run(source: source, filename: first))
}
