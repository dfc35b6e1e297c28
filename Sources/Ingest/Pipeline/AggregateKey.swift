import EntenteModel

/// Packs a directed dyad and a date into one 64-bit aggregate key inside a parser; unpacked at commit.
///
/// 9 bits for each state's number, 23 for the first day (days from 1970 + 2²²), 23 for the span in days.
enum AggregateKey {
    static let dayOffset = 1 << 22
    /// The bits below the dyad's: a key shifted right by them is its directed dyad, in the keys' order.
    static let dayBits: UInt64 = 46

    @inline(__always)
    static func pack(source: Int, target: Int, startOrdinal: Int, spanDays: Int) -> UInt64 {
        UInt64(source) << 55 | UInt64(target) << 46 | UInt64(startOrdinal + dayOffset) << 23 | UInt64(spanDays)
    }

    static func unpack(_ key: UInt64) -> (source: Int, target: Int, start: Day, end: Day) {
        let source = Int(key >> 55)
        let target = Int((key >> 46) & 0x1FF)
        let start = Int((key >> 23) & 0x7F_FFFF) - dayOffset
        let span = Int(key & 0x7F_FFFF)
        return (source, target, Day(ordinal: start), Day(ordinal: start + span))
    }
}

/// The days from 1970-01-01 of a YYYYMMDD key, without building a `Day`.
@inline(__always)
func ordinal(ofDayKey key: Int) -> Int {
    Day(year: key / 10_000, month: (key / 100) % 100, day: key % 100).ordinal
}
