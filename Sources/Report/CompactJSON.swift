import Foundation

/// JSON as ``JSONOutput`` writes it without pretty printing (keys sorted by their UTF-8 bytes, slashes not
/// escaped, integral numbers without `.0`), byte for byte, several times faster: for the server, whose answers are
/// mostly encoding.
///
/// Foundation's `JSONEncoder` boxes every value and keeps objects in dictionaries; this encoder builds a small tree of
/// its own and writes it into one byte buffer. Dates, data and URLs are encoded as `JSONEncoder`'s default strategies
/// do; non-finite numbers throw as they do there.
public enum CompactJSON {
    public static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let node = try TreeEncoder.node(for: value, codingPath: [])
        var out: [UInt8] = []
        out.reserveCapacity(4_096)
        write(node, to: &out)
        return out
    }

    static func write(_ node: Node, to out: inout [UInt8]) {
        switch node {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let value): out.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): writeString(text, to: &out)
        case .array(let box):
            out.append(UInt8(ascii: "["))
            for (index, item) in box.items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let box):
            out.append(UInt8(ascii: "{"))
            // Sorted by the keys' bytes; a key given twice keeps its last value, as JSONEncoder does.
            // (UTF-8's byte order is Unicode scalars' order, and `String <` agrees with it for ASCII keys.)
            let order = box.items.indices.sorted {
                let left = box.items[$0].key
                let right = box.items[$1].key
                if left == right { return $0 < $1 }
                return left.utf8.lexicographicallyPrecedes(right.utf8)
            }
            var first = true
            for (position, index) in order.enumerated() {
                if position + 1 < order.count, box.items[order[position + 1]].key == box.items[index].key { continue }
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                writeString(box.items[index].key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(box.items[index].value, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Appends `text` as a JSON string (quoted and escaped as JSONEncoder escapes it).
    public static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                default: out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    final class ArrayBox {
        var items: [Node] = []
    }

    final class ObjectBox {
        var items: [(key: String, value: Node)] = []
    }

    enum Node {
        case null
        case bool(Bool)
        case number(String)
        case string(String)
        case array(ArrayBox)
        case object(ObjectBox)
    }

    static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F, codingPath: [any CodingKey]) throws -> Node {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) is not a number JSON can hold"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}

/// The `Encoder` behind ``CompactJSON``.
final class TreeEncoder: Encoder {
    typealias Node = CompactJSON.Node

    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: Node?

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    static func node<Value: Encodable>(for value: Value, codingPath: [any CodingKey]) throws -> Node {
        switch value {
        case let text as String: return .string(text)
        case let number as Int: return .number(String(number))
        case let number as Double: return try CompactJSON.number(number, codingPath: codingPath)
        case let flag as Bool: return .bool(flag)
        case let number as Int64: return .number(String(number))
        case let number as Int32: return .number(String(number))
        case let number as UInt8: return .number(String(number))
        case let number as Float: return try CompactJSON.number(number, codingPath: codingPath)
        case let url as URL: return .string(url.absoluteString)
        case let data as Data: return .string(data.base64EncodedString())
        default:
            let encoder = TreeEncoder(codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.node ?? .object(CompactJSON.ObjectBox())
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: CompactJSON.ObjectBox
        if case .object(let existing) = node {
            box = existing
        } else {
            box = CompactJSON.ObjectBox()
            node = .object(box)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: CompactJSON.ArrayBox
        if case .array(let existing) = node {
            box = existing
        } else {
            box = CompactJSON.ArrayBox()
            node = .array(box)
        }
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }

    struct Index: CodingKey {
        let intValue: Int?
        var stringValue: String { "Index \(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }

    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: CompactJSON.ObjectBox
        let codingPath: [any CodingKey]

        mutating func encodeNil(forKey key: Key) throws { box.items.append((key.stringValue, .null)) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { box.items.append((key.stringValue, .bool(value))) }
        mutating func encode(_ value: String, forKey key: Key) throws { box.items.append((key.stringValue, .string(value))) }
        mutating func encode(_ value: Int, forKey key: Key) throws { box.items.append((key.stringValue, .number(String(value)))) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            box.items.append((key.stringValue, try CompactJSON.number(value, codingPath: codingPath)))
        }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            box.items.append((key.stringValue, try TreeEncoder.node(for: value, codingPath: codingPath)))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = CompactJSON.ObjectBox()
            box.items.append((key.stringValue, .object(nested)))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = CompactJSON.ArrayBox()
            box.items.append((key.stringValue, .array(nested)))
            return UnkeyedContainer(box: nested, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder { SuperEncoder(box: box, key: "super", codingPath: codingPath) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { SuperEncoder(box: box, key: key.stringValue, codingPath: codingPath) }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: CompactJSON.ArrayBox
        let codingPath: [any CodingKey]
        var count: Int { box.items.count }

        mutating func encodeNil() throws { box.items.append(.null) }
        mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
        mutating func encode(_ value: Int) throws { box.items.append(.number(String(value))) }
        mutating func encode(_ value: Bool) throws { box.items.append(.bool(value)) }
        mutating func encode(_ value: Double) throws { box.items.append(try CompactJSON.number(value, codingPath: codingPath)) }
        mutating func encode<T: Encodable>(_ value: T) throws {
            box.items.append(try TreeEncoder.node(for: value, codingPath: codingPath))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = CompactJSON.ObjectBox()
            box.items.append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, codingPath: codingPath))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = CompactJSON.ArrayBox()
            box.items.append(.array(nested))
            return UnkeyedContainer(box: nested, codingPath: codingPath)
        }

        mutating func superEncoder() -> any Encoder {
            let index = box.items.count
            box.items.append(.null)
            return ElementEncoder(box: box, index: index, codingPath: codingPath)
        }
    }

    struct SingleContainer: SingleValueEncodingContainer {
        let encoder: TreeEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        mutating func encodeNil() throws { encoder.node = .null }
        mutating func encode(_ value: Bool) throws { encoder.node = .bool(value) }
        mutating func encode(_ value: String) throws { encoder.node = .string(value) }
        mutating func encode(_ value: Int) throws { encoder.node = .number(String(value)) }
        mutating func encode(_ value: Double) throws { encoder.node = try CompactJSON.number(value, codingPath: codingPath) }
        mutating func encode<T: Encodable>(_ value: T) throws { encoder.node = try TreeEncoder.node(for: value, codingPath: codingPath) }
    }

    /// An encoder whose value lands under a key of an object once it is encoded (`superEncoder(forKey:)`).
    final class SuperEncoder: Encoder {
        let box: CompactJSON.ObjectBox
        let index: Int
        let inner: TreeEncoder
        var codingPath: [any CodingKey] { inner.codingPath }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(box: CompactJSON.ObjectBox, key: String, codingPath: [any CodingKey]) {
            self.box = box
            index = box.items.count
            box.items.append((key, .object(CompactJSON.ObjectBox())))
            inner = TreeEncoder(codingPath: codingPath)
        }

        deinit { if let node = inner.node { box.items[index].value = node } }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> { inner.container(keyedBy: type) }
        func unkeyedContainer() -> any UnkeyedEncodingContainer { inner.unkeyedContainer() }
        func singleValueContainer() -> any SingleValueEncodingContainer { inner.singleValueContainer() }
    }

    /// An encoder whose value lands at an index of an array once it is encoded (`superEncoder()` of an array).
    final class ElementEncoder: Encoder {
        let box: CompactJSON.ArrayBox
        let index: Int
        let inner: TreeEncoder
        var codingPath: [any CodingKey] { inner.codingPath }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(box: CompactJSON.ArrayBox, index: Int, codingPath: [any CodingKey]) {
            self.box = box
            self.index = index
            inner = TreeEncoder(codingPath: codingPath)
        }

        deinit { if let node = inner.node { box.items[index] = node } }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> { inner.container(keyedBy: type) }
        func unkeyedContainer() -> any UnkeyedEncodingContainer { inner.unkeyedContainer() }
        func singleValueContainer() -> any SingleValueEncodingContainer { inner.singleValueContainer() }
    }
}
