import EntenteModel
import EntenteStore

/// The identity of a row of counts, which has no id of its own: what "the same row" means, as a 64-bit event key
/// in a key namespace of the row's dataset (docs/ingest.md, "Identity and idempotency").
///
/// - A counts table's row is known by its **cell**: the directed pair of states (codes and names resolved: `RUS`
///   and `Russian Federation` are one state; a historical state is not its successor) and the period's first and last
///   day. A table gives one row per pair and period, so a second row for a cell already counted in the dataset — read
///   again, from an overlapping file, or a revised count — adds nothing (the first counted stays), and is a
///   duplicate.
/// - A row of GDELT's reduced files is known by its day, its two actor codes and its event code, the rows' own
///   grouping.
///
/// The keys are laid out so that a pair's (or an actor pair and code's) rows share a block of the store's key sets —
/// the period or day in the low 16 bits, a 48-bit FNV-1a hash of the rest above — so that the keys cost about a bit a
/// row, as GDELT's consecutive ids do. A key of a hash of the whole row would be exact too, but a block of its own
/// each: on a million rows, measured, ~900 MB of memory and a quarter of the speed.
enum CountsKey {
    /// The namespace of a dataset's rows of a format.
    static func namespace(format: InputFormat, dataset: String) -> String {
        "\(format == .gdeltReduced ? "counts-reduced" : "counts"):\(dataset)"
    }

    /// How a table's period is laid into the key: the kinds of period a pair has many of, numbered in 16 bits.
    private enum Span: UInt64 {
        case year = 1, month, day, other
    }

    /// The key of a counts table's cell.
    @inline(__always)
    static func table(source: (number: Int, historical: Bool), target: (number: Int, historical: Bool), startDay: Int, endDay: Int, states: StateTable) -> UInt64 {
        var hash = ByteHash()
        states.codeBytes[source.number].withUnsafeBytes { hash.add($0) }
        hash.add(UInt64(source.historical ? 1 : 0))
        states.codeBytes[target.number].withUnsafeBytes { hash.add($0) }
        hash.add(UInt64(target.historical ? 1 : 0))
        let start = Day(key: startDay)
        let end = Day(key: endDay)
        let member: UInt64
        if start.month == 1 && start.day == 1 && end.year == start.year && end.month == 12 && end.day == 31 && start.year < 1 << 16 {
            hash.add(Span.year.rawValue)
            member = UInt64(start.year)
        } else if start.day == 1 && end.year == start.year && end.month == start.month
            && end.day == Day.daysIn(month: start.month, year: start.year) && start.year < (1 << 16) / 12
        {
            hash.add(Span.month.rawValue)
            member = UInt64(start.year * 12 + start.month - 1)
        } else {
            let ordinal = UInt64(start.ordinal + (1 << 22))
            if startDay == endDay {
                hash.add(Span.day.rawValue)
            } else {
                hash.add(Span.other.rawValue)
                hash.add(UInt64(end.ordinal - start.ordinal))
            }
            hash.add(ordinal >> 16)
            member = ordinal & 0xFFFF
        }
        return hash.value << 16 | member
    }

    /// The key of a row of GDELT's reduced files: its actor codes and event code (hashed), its day.
    @inline(__always)
    static func reduced(source: UnsafeRawBufferPointer, target: UnsafeRawBufferPointer, code: UnsafeRawBufferPointer, dayOrdinal: Int) -> UInt64 {
        var hash = ByteHash()
        hash.add(source)
        hash.add(UInt64(0x1F))
        hash.add(target)
        hash.add(UInt64(0x1F))
        hash.add(code)
        let ordinal = UInt64(dayOrdinal + (1 << 22))
        hash.add(ordinal >> 16)
        return hash.value << 16 | ordinal & 0xFFFF
    }
}
