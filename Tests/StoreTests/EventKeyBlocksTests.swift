import EntenteStore
import Testing

struct EventKeyBlocksTests {
    /// A store of blocks as the sessions keep them: bytes by namespace name and block number.
    final class StoredBlocks {
        var bytes: [String: [UInt64: [UInt8]]] = [:]
        var reads = 0

        var numbers: [String: Set<UInt64>] { bytes.mapValues { Set($0.keys) } }

        func read(_ namespace: String, _ block: UInt64) throws -> EventKeyBlock {
            reads += 1
            return try EventKeyBlock(bytes: bytes[namespace]![block]!)
        }

        func write(_ keys: inout EventKeyBlocks) {
            keys.takeChanged { namespace, number, block in bytes[namespace, default: [:]][number] = block.bytes }
        }
    }

    @Test func aKeyCountsOnceAcrossSessions() throws {
        let store = StoredBlocks()
        var first = EventKeyBlocks(stored: store.numbers)
        let gdelt = first.namespace("gdelt1")
        #expect(first.namespace("icews") == 1)
        #expect(first.namespace("gdelt1") == gdelt)
        #expect(try first.insert(5, namespace: gdelt, readingStored: store.read))
        #expect(try !first.insert(5, namespace: gdelt, readingStored: store.read))
        #expect(try first.insert(5, namespace: 1, readingStored: store.read), "another namespace")
        #expect(try first.insert(1 << 16 | 5, namespace: gdelt, readingStored: store.read), "another block")
        #expect(store.reads == 0, "a block the store does not hold is made, not read")
        store.write(&first)
        #expect(store.bytes["gdelt1"]?.count == 2)
        #expect(store.bytes["icews"]?.count == 1)

        var second = EventKeyBlocks(stored: store.numbers)
        let namespace = second.namespace("gdelt1")
        #expect(try !second.insert(5, namespace: namespace, readingStored: store.read))
        #expect(try second.insert(6, namespace: namespace, readingStored: store.read))
        #expect(store.reads == 1, "a stored block is read once")
        var taken: [UInt64] = []
        second.takeChanged { _, number, _ in taken.append(number) }
        #expect(taken == [0], "only the changed block is taken")
        second.takeChanged { _, number, _ in taken.append(number) }
        #expect(taken == [0], "and only once")
    }

    @Test func blocksLetGoAreReadAgain() throws {
        let store = StoredBlocks()
        var keys = EventKeyBlocks(stored: [:])
        let namespace = keys.namespace("gdelt2")
        for block in 0..<2049 as Range<UInt64> {
            #expect(try keys.insert(block << 16, namespace: namespace, readingStored: store.read))
        }
        store.write(&keys)
        store.write(&keys)
        // More than 2,048 blocks held: a third checkpoint lets go of those the last two did not use.
        #expect(try keys.insert(2048 << 16 | 1, namespace: namespace, readingStored: store.read))
        store.write(&keys)
        #expect(store.reads == 0)
        #expect(try !keys.insert(0, namespace: namespace, readingStored: store.read), "counted before it was let go")
        #expect(store.reads == 1)
        #expect(try keys.insert(1, namespace: namespace, readingStored: store.read))
    }
}
