/// An ingest session's event keys in memory: the namespaces met, the blocks (``EventKeyBlock``) touched, which of
/// them changed since the last checkpoint, and which the store holds already.
///
/// What a store does itself is only to read a block it holds, when this asks for one (``insert(_:namespace:readingStored:)``),
/// and to write the blocks that changed at each checkpoint (``takeChanged(_:)``). A block the store does not hold is
/// new and empty, and is made without asking the store — which a checkpoint may be writing meanwhile. Blocks not
/// used by the last two checkpoints are let go once more than 2,048 are held, and read again if needed.
///
/// One session's state: use it from the session's thread only.
public struct EventKeyBlocks: Sendable {
    /// A block of 2¹⁶ keys in one namespace: the namespace's number in this session and the key's high 48 bits.
    struct BlockID: Hashable {
        var namespace: Int
        var block: UInt64
    }

    /// How many blocks are held before a checkpoint lets go of those it did not use.
    static let heldLimit = 2048

    private var namespaces: [String] = []
    /// The blocks the store holds, by namespace name: given at the start, added to as checkpoints take blocks.
    private var storedBlocks: [String: Set<UInt64>]
    private var blockIndex: [BlockID: Int] = [:]
    private var blocks: [EventKeyBlock] = []
    private var blockIDs: [BlockID] = []
    private var dirty: [Bool] = []
    private var lastUse: [Int] = []
    private var generation = 0
    private var lastBlock = BlockID(namespace: -1, block: 0)
    private var lastBlockIndex = -1

    /// Event keys of which the store holds the blocks `stored` (block numbers by namespace name).
    public init(stored: [String: Set<UInt64>]) {
        storedBlocks = stored
    }

    /// The number a namespace of event keys goes by in this session ("gdelt1", "gdelt2", "icews", "id-hash").
    public mutating func namespace(_ name: String) -> Int {
        if let index = namespaces.firstIndex(of: name) { return index }
        namespaces.append(name)
        return namespaces.count - 1
    }

    /// Marks an event key as counted; returns false when it was already (in this run or any before).
    ///
    /// `readingStored` is called with a namespace's name and a block's number when the block is one the store holds
    /// and is not in memory; it waits for what the store is writing, if need be, and returns the block as stored.
    ///
    /// - Throws: what `readingStored` throws.
    /// - Complexity: O(1) when keys arrive mostly in order; a block the store holds is read the first time it is
    ///   touched (one `readingStored` call).
    public mutating func insert(
        _ key: UInt64, namespace: Int, readingStored: (_ namespace: String, _ block: UInt64) throws -> EventKeyBlock
    ) throws -> Bool {
        let id = BlockID(namespace: namespace, block: key >> 16)
        let index: Int
        if id == lastBlock {
            index = lastBlockIndex
        } else {
            index = try loadBlock(id, readingStored: readingStored)
            lastBlock = id
            lastBlockIndex = index
        }
        lastUse[index] = generation
        guard blocks[index].insert(UInt16(truncatingIfNeeded: key)) else { return false }
        dirty[index] = true
        return true
    }

    private mutating func loadBlock(
        _ id: BlockID, readingStored: (_ namespace: String, _ block: UInt64) throws -> EventKeyBlock
    ) throws -> Int {
        if let index = blockIndex[id] { return index }
        var block = EventKeyBlock()
        let name = namespaces[id.namespace]
        if storedBlocks[name]?.contains(id.block) == true {
            block = try readingStored(name, id.block)
        }
        blocks.append(block)
        blockIDs.append(id)
        dirty.append(false)
        lastUse.append(generation)
        blockIndex[id] = blocks.count - 1
        return blocks.count - 1
    }

    /// Hands `body` each block changed since the last call, as it is now, with its namespace's name and its number,
    /// for the checkpoint to write; counts them as stored from then on, and lets go of the blocks the last two
    /// checkpoints did not use when more than 2,048 are held.
    public mutating func takeChanged(_ body: (_ namespace: String, _ number: UInt64, _ block: EventKeyBlock) -> Void) {
        for index in blocks.indices where dirty[index] {
            let id = blockIDs[index]
            body(namespaces[id.namespace], id.block, blocks[index])
            storedBlocks[namespaces[id.namespace], default: []].insert(id.block)
            dirty[index] = false
        }
        generation += 1
        // Keep what the last two checkpoints used; the rest is read again if needed.
        if blocks.count > Self.heldLimit {
            var kept: [Int] = []
            for index in blocks.indices where lastUse[index] >= generation - 2 { kept.append(index) }
            blocks = kept.map { blocks[$0] }
            blockIDs = kept.map { blockIDs[$0] }
            dirty = kept.map { _ in false }
            lastUse = kept.map { lastUse[$0] }
            blockIndex = Dictionary(uniqueKeysWithValues: blockIDs.enumerated().map { ($1, $0) })
            lastBlock = BlockID(namespace: -1, block: 0)
            lastBlockIndex = -1
        }
    }
}
