import Testing

@testable import SwitchboardCore

/// Counts how many probes have been destroyed.
private final class Counter {
    var destroyed = 0
}

/// An element that reports its destruction.
private final class Probe {
    let counter: Counter
    let id: Int

    init(_ id: Int, counter: Counter) {
        self.id = id
        self.counter = counter
    }

    deinit {
        self.counter.destroyed += 1
    }
}

@Suite struct JSONScratchStackTests {
    @Test func popsTheTopElementsInOrder() {
        var stack = JSONScratchStack<Int>(capacity: 2)
        for value in 0..<10 {
            stack.push(value)
        }
        #expect(stack.count == 10)
        #expect(stack.popArray(from: 7) == [7, 8, 9])
        #expect(stack.count == 7)
        #expect(stack.popArray(from: 7).isEmpty)
        stack.push(42)
        #expect(stack.popArray(from: 0) == [0, 1, 2, 3, 4, 5, 6, 42])
        #expect(stack.count == 0)
    }

    @Test func movesElementsWithoutDestroyingThem() {
        let counter = Counter()
        var popped: [Probe] = []
        do {
            var stack = JSONScratchStack<Probe>(capacity: 1)
            for id in 0..<5 {
                stack.push(Probe(id, counter: counter))
            }
            popped = stack.popArray(from: 2)
            #expect(counter.destroyed == 0)
            #expect(stack.count == 2)
        }
        // The two elements left on the stack are destroyed with it; the moved ones live on.
        #expect(counter.destroyed == 2)
        #expect(popped.map(\.id) == [2, 3, 4])
        popped = []
        #expect(counter.destroyed == 5)
    }
}
