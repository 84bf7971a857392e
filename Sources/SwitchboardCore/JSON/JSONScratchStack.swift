/// A growable stack whose top elements can be moved, not copied, into a new array.
///
/// The parser pushes the children of every open array and object here and, when a
/// container closes, moves its children into an array allocated once at the exact
/// size. Growing one `Array` per container instead reallocates it several times,
/// and handing elements over from an `Array` would retain and release each one.
struct JSONScratchStack<Element>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of elements on the stack.
    private(set) var count = 0

    /// Creates an empty stack with room for `capacity` elements before it grows.
    init(capacity: Int = 16) {
        self.capacity = max(capacity, 1)
        self.base = .allocate(capacity: self.capacity)
    }

    deinit {
        self.base.deinitialize(count: self.count)
        self.base.deallocate()
    }

    /// Pushes an element.
    mutating func push(_ element: consuming Element) {
        if self.count == self.capacity {
            self.grow()
        }
        (self.base + self.count).initialize(to: element)
        self.count += 1
    }

    /// Removes the elements from index `start` up and returns them, in order, as an array.
    mutating func popArray(from start: Int) -> [Element] {
        precondition(start >= 0 && start <= self.count, "JSONScratchStack: start out of range")
        let moved = self.count - start
        guard moved > 0 else { return [] }
        let source = self.base + start
        let array = [Element](unsafeUninitializedCapacity: moved) { buffer, initialized in
            guard let destination = buffer.baseAddress else { return }
            destination.moveInitialize(from: source, count: moved)
            initialized = moved
        }
        self.count = start
        return array
    }

    /// Doubles the capacity, moving the elements to new storage.
    private mutating func grow() {
        let newCapacity = self.capacity * 2
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: self.base, count: self.count)
        self.base.deallocate()
        self.base = newBase
        self.capacity = newCapacity
    }
}
