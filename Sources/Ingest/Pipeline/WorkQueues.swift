import Foundation

/// A first-in first-out queue between threads; `pop` waits for an item or for the queue to be closed.
///
/// A popped item leaves the queue at once (its slot is cleared), so the queue never holds a second reference to
/// a chunk's buffer: the pool can hand the buffer out again without a copy.
final class WorkQueue<Item: Sendable>: @unchecked Sendable {
    private var items: [Item?] = []
    private var head = 0
    private var closed = false
    private let condition = NSCondition()

    func push(_ item: Item) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// The next item, nil once the queue is closed and empty.
    func pop() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        items[head] = nil
        head += 1
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        return item
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Results that arrive in any order and are taken in sequence order.
final class OrderedResults<Value: Sendable>: @unchecked Sendable {
    private var waiting: [Int: Value] = [:]
    private var next = 0
    private var total: Int?
    private let condition = NSCondition()

    func put(_ sequence: Int, _ value: Value) {
        condition.lock()
        waiting[sequence] = value
        condition.broadcast()
        condition.unlock()
    }

    /// Says how many results there will be, once the producer knows.
    func finish(total: Int) {
        condition.lock()
        self.total = total
        condition.broadcast()
        condition.unlock()
    }

    /// The next result in sequence order; nil after the last.
    func take() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let value = waiting.removeValue(forKey: next) {
                next += 1
                return value
            }
            if let total, next >= total { return nil }
            condition.wait()
        }
    }
}

/// A counting gate that bounds the chunks in flight, so that memory stays flat when the committer is the slow
/// stage; `open` releases every waiter for good (on cancel).
final class Gate: @unchecked Sendable {
    private var available: Int
    private var opened = false
    private let condition = NSCondition()

    init(_ count: Int) { available = count }

    func enter() {
        condition.lock()
        while available == 0 && !opened { condition.wait() }
        if !opened { available -= 1 }
        condition.unlock()
    }

    func leave() {
        condition.lock()
        available += 1
        condition.signal()
        condition.unlock()
    }

    func open() {
        condition.lock()
        opened = true
        condition.broadcast()
        condition.unlock()
    }
}

/// A value shared between threads under a lock.
final class Shared<Value: Sendable>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func get() -> Value {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set(_ newValue: Value) {
        lock.lock()
        value = newValue
        lock.unlock()
    }
}
