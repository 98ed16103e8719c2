// The parser's scratch stacks: where the items of a list (call arguments, display items, a block's
// statements) collect while it is parsed, before they move into an array of exactly their count.
// Not a general container: no bounds checks beyond what the parser's stack discipline guarantees.

/// A stack of elements under construction. Appending to a Swift array one item at a time
/// reallocates at 1, 2, 4, 8… items; parsing a list instead pushes its items here and then moves
/// them into one array of the right size, so a list costs one allocation however long it is.
///
/// Lists nest exactly like the parse calls that build them, so one stack per element type serves
/// the whole parse: a list function notes `count` as its mark, pushes, and takes everything above
/// its mark. When a parse attempt fails and the parser backtracks instead of reporting the error
/// (`with (`…, `match` as a name), it truncates back to the mark it saved.
final class ScratchStack<Element> {
  private var base: UnsafeMutablePointer<Element>
  private var capacity: Int
  /// The number of elements on the stack (the mark a list function saves).
  private(set) var count = 0

  init() {
    capacity = 64
    base = .allocate(capacity: capacity)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  @inline(__always) func push(_ element: consuming Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  private func grow() {
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity *= 2
  }

  /// The element at absolute position `i` (`mark <= i < count`).
  @inline(__always) subscript(i: Int) -> Element {
    precondition(i >= 0 && i < count, "scratch stack index out of range")
    return base[i]
  }

  /// Removes and returns the top element.
  func pop() -> Element {
    precondition(count > 0, "scratch stack is empty")
    count -= 1
    return (base + count).move()
  }

  /// Moves the elements above `mark` into a new array, in order, and pops them.
  func take(from mark: Int) -> [Element] {
    precondition(mark >= 0 && mark <= count, "scratch stack mark out of range")
    let n = count - mark
    let p = base + mark
    count = mark
    // Short lists (most of them) are built as array literals, the cheapest way Swift has to make an
    // array: `Array(unsafeUninitializedCapacity:)` and `reserveCapacity` go through unspecialized
    // runtime paths (a metadata lookup, a capacity query of malloc) costing more than the list.
    switch n {
    case 0: return []
    case 1: return [p.move()]
    case 2: return [p.move(), (p + 1).move()]
    case 3: return [p.move(), (p + 1).move(), (p + 2).move()]
    case 4: return [p.move(), (p + 1).move(), (p + 2).move(), (p + 3).move()]
    default:
      var items: [Element] = []
      items.reserveCapacity(n)
      for k in 0..<n { items.append((p + k).move()) }
      return items
    }
  }

  /// Drops the elements above `mark` (after a failed attempt that the parser backtracks from).
  func truncate(to mark: Int) {
    guard mark < count else { return }
    (base + mark).deinitialize(count: count - mark)
    count = mark
  }
}
