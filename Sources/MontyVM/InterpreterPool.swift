// Reusing interpreters: when a run is over, its VM is reset to the state of a new one and kept for the
// next run (Program.start), so that starting a run costs neither allocating the VM, its heap tables and
// register file nor freeing them. Not a cache of anything a run made: the reset drops every object,
// name, module, runtime, frame and counter, so a reused VM is indistinguishable from a new one
// (InterpreterPoolTests compares every stored property). The objects a new VM starts with are the
// bootstrap image's, which no run can change (BootstrapImage.swift).
//
// Adding a stored property to Interpreter means resetting it in `resetForReuse` (the test lists them).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Idle interpreters, reset, shared by the threads of the process.
final class InterpreterPool: @unchecked Sendable {
  static let shared = InterpreterPool()

  /// Most idle VMs kept (each holds a few tens of KB of tables).
  static let capacity = 16
  /// VMs whose run grew them beyond these sizes are freed rather than kept.
  static let maxReusedObjects = 16_384
  static let maxReusedRegisters = 4_096

  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var idle: [Interpreter] = []

  private init() {
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
    idle.reserveCapacity(InterpreterPool.capacity)
  }

  func take() -> Interpreter? {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return idle.popLast()
  }

  /// Keeps `vm` (already reset) unless the pool is full.
  func put(_ vm: Interpreter) {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    if idle.count < InterpreterPool.capacity { idle.append(vm) }
  }

  /// Frees the idle VMs.
  func drain() {
    pthread_mutex_lock(mutex)
    let dropped = idle
    idle.removeAll()
    pthread_mutex_unlock(mutex)
    _ = dropped
  }
}

extension Interpreter {
  /// A VM in its initial state: a reset one from the pool if there is one, otherwise a new one.
  public static func reusable() -> Interpreter { InterpreterPool.shared.take() ?? Interpreter() }

  /// Resets this VM and gives it back to the pool for a later `reusable()`. The caller must not use
  /// it afterwards. A VM that is running (a host function called from inside it), or that grew big,
  /// is not kept.
  public func recycle() {
    if resetForReuse() { InterpreterPool.shared.put(self) }
  }

  /// Puts every stored property back to what `init()` gives; false (and no change) if the VM cannot
  /// be reused.
  func resetForReuse() -> Bool {
    guard let image, nativeDepth == 0, registers.count <= InterpreterPool.maxReusedRegisters,
      heap.slotCount - heap.base <= InterpreterPool.maxReusedObjects
    else { return false }
    // What refers to heap objects and code first, then the objects themselves. Stacks keep their
    // capacity (runs reuse it: frames are cleared, not freed, at the end of each run) unless a deep
    // recursion left them big.
    frames.removeAll(keepingCapacity: frames.capacity <= 64)
    handled.removeAll(keepingCapacity: handled.capacity <= 64)
    temporaryRoots.removeAll(keepingCapacity: temporaryRoots.capacity <= 64)
    pendingCall = nil
    runtimes.removeAll(keepingCapacity: true)
    interned.removeAll()
    modules.removeAll(keepingCapacity: true)
    formatSpecs.removeAll()
    iteratorTypes.removeAll(keepingCapacity: true)
    lastStopIterationValue = .none
    for i in 0..<registers.count { registers[i] = .unbound }
    heap.get(image.builtins, PyDict.self)?.storage = image.builtinsStorage
    heap.reset()
    // The host's side of the run.
    output = { _ in }
    synchronousExternal = nil
    hostFunctions.removeAll()
    sources.removeAll()
    units.removeAll()
    fileSystem = VirtualFileSystem()
    // Counters and limits.
    recursionLimit = 1000
    namespaceEpoch = 1
    fuelLeft = Int.max
    fuelBudget = nil
    fuelAtStart = Int.max
    ticksLeft = 1024
    nesting = 0
    stackFloor = 0
    stackThread = 0
    pendingWork = 0
    memoryLimit = Int.max
    deadline = 0
    duration = 0
    outputLimit = Int.max
    outputUsed = 0
    externalCallsLeft = Int.max
    tripped = nil
    sortModified = false
    // The host policy and the random generator's state (a run must not continue another's sequence).
    clockPolicy = .system
    randomPolicy = .entropy
    randomGenerator = nil
    // What the image gave (never changed by a run; set again so that nothing can have drifted).
    takeImageHandles(image)
    return true
  }
}
