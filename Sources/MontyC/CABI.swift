// The functions of include/monty.h, exported with their C names. Each one checks its pointers, turns
// C strings and JSON into Swift values, and calls the public API of `Monty`; none of them can crash on
// NULL or on a call out of turn (resuming a run that is not paused, reading a call that is not there).
// The header is the documentation of behaviour; comments here say only how it is achieved.
import CMontyABI
import Monty

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

public typealias CString = UnsafePointer<CChar>
public typealias CStringOut = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

// MARK: Handles

private func program(_ p: OpaquePointer?) -> ProgramHandle? {
  p.map { Unmanaged<ProgramHandle>.fromOpaque(UnsafeRawPointer($0)).takeUnretainedValue() }
}

private func run(_ p: OpaquePointer?) -> RunHandle? {
  p.map { Unmanaged<RunHandle>.fromOpaque(UnsafeRawPointer($0)).takeUnretainedValue() }
}

private func retain(_ object: AnyObject) -> OpaquePointer {
  OpaquePointer(Unmanaged.passRetained(object).toOpaque())
}

/// Stores `error` as JSON through an optional out parameter.
private func report(_ error: MontyError, to out: CStringOut?) {
  out?.pointee = makeCString(error.jsonBytes())
}

// MARK: JSON arguments

/// A JSON array of str, as a list of names; NULL is the empty list.
private func names(_ json: CString?, _ what: String) throws(MontyError) -> [String] {
  guard let json else { return [] }
  let value: HostValue
  do throws(HostValue.JSONError) {
    value = try HostValue(json: String(cString: json))
  } catch {
    throw .argument("\(what): \(error)")
  }
  guard case .list(let items) = value else { throw .argument("\(what) must be a JSON array of names") }
  var result: [String] = []
  for item in items {
    guard case .str(let name) = item else { throw .argument("\(what) must be a JSON array of names") }
    result.append(name)
  }
  return result
}

/// A JSON object of input values; NULL is no inputs.
private func inputValues(_ json: CString?) throws(MontyError) -> [String: HostValue] {
  guard let json else { return [:] }
  let value: HostValue
  do throws(HostValue.JSONError) {
    value = try HostValue(json: String(cString: json))
  } catch {
    throw .argument("inputs_json: \(error)")
  }
  guard case .dict(let entries) = value else { throw .argument("inputs_json must be a JSON object") }
  var result: [String: HostValue] = [:]
  for entry in entries {
    guard case .str(let name) = entry.key else { throw .argument("inputs_json must be a JSON object") }
    result[name] = entry.value
  }
  return result
}

private func limits(_ c: monty_limits) -> ResourceLimits {
  func optional(_ n: UInt64) -> Int? { n == 0 ? nil : Int(clamping: n) }
  var l = ResourceLimits.unlimited
  l.fuel = optional(c.fuel)
  l.maxMemoryBytes = optional(c.max_memory_bytes)
  l.maxRecursionDepth = c.max_recursion_depth == 0 ? 1000 : Int(c.max_recursion_depth)
  // Zero, negative and NaN mean no time limit; so does more than 10⁹ s (31 years), which also keeps
  // the nanoseconds within Int64.
  if c.timeout_seconds > 0 && c.timeout_seconds < 1e9 {
    l.maxDuration = .nanoseconds(Int64(c.timeout_seconds * 1e9))
  }
  l.maxOutputBytes = optional(c.max_output_bytes)
  l.maxExternalCalls = optional(c.max_external_calls)
  return l
}

// MARK: Programs

@_cdecl("monty_compile")
public func montyCompile(_ source: CString?, _ filename: CString?, _ inputsJSON: CString?, _ externalsJSON: CString?,
                  _ errorJSON: CStringOut?) -> OpaquePointer?
{
  errorJSON?.pointee = nil
  do throws(MontyError) {
    guard let source else { throw MontyError.argument("source is NULL") }
    let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(source).assumingMemoryBound(to: UInt8.self),
                                          count: strlen(source)))
    let handle = try ProgramHandle(
      source: bytes, filename: filename.map { String(cString: $0) } ?? "main.py",
      inputs: try names(inputsJSON, "inputs_json"), externals: try names(externalsJSON, "externals_json"))
    return retain(handle)
  } catch {
    report(error, to: errorJSON)
    return nil
  }
}

@_cdecl("monty_program_register_native")
public func montyProgramRegisterNative(_ p: OpaquePointer?, _ name: CString?, _ function: UnsafeMutableRawPointer?,
                                _ signature: CString?) -> Int32
{
  guard let handle = program(p), let name, let function, let signature else { return 1 }
  let identifier = String(cString: name)
  guard isIdentifier(identifier),
    let native = NativeFunction(name: identifier, function: function, signature: String(cString: signature))
  else { return 1 }
  do throws(MontyError) {
    try handle.register(native)
  } catch {
    return 1
  }
  return 0
}

private func isIdentifier(_ name: String) -> Bool {
  guard let first = name.unicodeScalars.first, first == "_" || first.properties.isXIDStart else { return false }
  return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
}

@_cdecl("monty_program_free")
public func montyProgramFree(_ p: OpaquePointer?) {
  guard let p else { return }
  Unmanaged<ProgramHandle>.fromOpaque(UnsafeRawPointer(p)).release()
}

// MARK: Runs

@_cdecl("monty_start")
public func montyStart(_ p: OpaquePointer?, _ inputsJSON: CString?, _ limitsPointer: UnsafePointer<monty_limits>?)
  -> OpaquePointer?
{
  guard let handle = program(p) else { return nil }
  let values: [String: HostValue]
  do throws(MontyError) {
    values = try inputValues(inputsJSON)
  } catch {
    return retain(RunHandle(failed: error))
  }
  let runLimits = limitsPointer.map { limits($0.pointee) } ?? ResourceLimits()
  let run = handle.program.start(inputs: values, limits: runLimits, functions: handle.functions)
  return retain(RunHandle(run: run, program: handle))
}

@_cdecl("monty_run_status")
public func montyRunStatus(_ r: OpaquePointer?) -> Int32 {
  guard let handle = run(r) else { return Int32(MONTY_ERROR) }
  switch handle.progress {
  case .complete: return Int32(MONTY_COMPLETE)
  case .externalCall: return Int32(MONTY_EXTERNAL_CALL)
  case .failed: return Int32(MONTY_ERROR)
  }
}

@_cdecl("monty_run_result_json")
public func montyRunResultJSON(_ r: OpaquePointer?) -> CString? { run(r)?.result() }

@_cdecl("monty_run_output")
public func montyRunOutput(_ r: OpaquePointer?) -> CString? { run(r)?.output() }

@_cdecl("monty_run_error_json")
public func montyRunErrorJSON(_ r: OpaquePointer?) -> CString? { run(r)?.error() }

@_cdecl("monty_call_name")
public func montyCallName(_ r: OpaquePointer?) -> CString? { run(r)?.name() }

@_cdecl("monty_call_args_json")
public func montyCallArgsJSON(_ r: OpaquePointer?) -> CString? { run(r)?.args() }

@_cdecl("monty_call_kwargs_json")
public func montyCallKwargsJSON(_ r: OpaquePointer?) -> CString? { run(r)?.kwargs() }

@_cdecl("monty_resume_value")
public func montyResumeValue(_ r: OpaquePointer?, _ valueJSON: CString?) -> Int32 {
  guard let handle = run(r), let active = handle.run, active.isPaused, let valueJSON,
    let value = try? HostValue(json: String(cString: valueJSON))
  else { return 1 }
  handle.invalidate()
  active.resume(returning: value)
  return 0
}

@_cdecl("monty_resume_error")
public func montyResumeError(_ r: OpaquePointer?, _ type: CString?, _ message: CString?) -> Int32 {
  guard let handle = run(r), let active = handle.run, active.isPaused, let type else { return 1 }
  handle.invalidate()
  active.resume(raising: String(cString: type), message: message.map { String(cString: $0) } ?? "")
  return 0
}

@_cdecl("monty_run_free")
public func montyRunFree(_ r: OpaquePointer?) {
  guard let r else { return }
  Unmanaged<RunHandle>.fromOpaque(UnsafeRawPointer(r)).release()
}

// MARK: Snapshots

@_cdecl("monty_snapshot")
public func montySnapshot(_ r: OpaquePointer?, _ bytes: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?,
                   _ length: UnsafeMutablePointer<Int>?) -> Int32
{
  bytes?.pointee = nil
  length?.pointee = 0
  guard let handle = run(r), let bytes, let length else { return 1 }
  do throws(MontyError) {
    guard let active = handle.run else { throw MontyError.argument("a run that failed to start has no state") }
    let data = try snapshotBytes(of: active)
    guard let buffer = malloc(max(data.count, 1))?.assumingMemoryBound(to: UInt8.self) else {
      throw MontyError.argument("out of memory", type: "MemoryError")
    }
    buffer.initialize(from: data, count: data.count)
    bytes.pointee = buffer
    length.pointee = data.count
    handle.snapshotError = nil
    return 0
  } catch {
    handle.snapshotError = makeCString(error.jsonBytes())
    return 1
  }
}

@_cdecl("monty_snapshot_error_json")
public func montySnapshotErrorJSON(_ r: OpaquePointer?) -> CString? { run(r)?.snapshotError.map { UnsafePointer($0) } }

@_cdecl("monty_restore")
public func montyRestore(_ bytes: UnsafePointer<UInt8>?, _ length: Int, _ errorJSON: CStringOut?) -> OpaquePointer? {
  errorJSON?.pointee = nil
  do throws(MontyError) {
    guard let bytes, length >= 0 else { throw MontyError.argument("bytes is NULL or len is out of range") }
    let run = try restoreRun(from: Array(UnsafeBufferPointer(start: bytes, count: length)))
    return retain(RunHandle(run: run, program: nil))
  } catch {
    report(error, to: errorJSON)
    return nil
  }
}

// MARK: Memory

@_cdecl("monty_string_free")
public func montyStringFree(_ string: UnsafeMutablePointer<CChar>?) { free(string) }

@_cdecl("monty_bytes_free")
public func montyBytesFree(_ bytes: UnsafeMutablePointer<UInt8>?) { free(bytes) }
