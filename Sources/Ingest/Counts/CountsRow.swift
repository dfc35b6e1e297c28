import EntenteModel
import EntenteStore

/// The identity of a row of counts, which has no id of its own: a 64-bit FNV-1a hash of its dataset, its kind and
/// what it says, in the key namespace `counts` (docs/ingest.md, "Identity and idempotency").
///
/// Two rows are the same row when they have the same dataset and say the same thing:
/// - a counts table's row: the same directed pair of states (after codes and names are resolved: `RUS` and
///   `Russian Federation` are one state; a historical state is not its successor), the same first and last day,
///   the same four counts and the same Goldstein sum. Columns Entente does not read are not part of it.
/// - a row of GDELT's reduced files: the same fields as written (trailing empty fields aside).
///
/// So a file read again, or two files that share rows, add each row once; a row whose counts were revised is another
/// row, and adds to the first.
struct CountsRowKey {
    private var seed: ByteHash

    /// - Parameters:
    ///   - kind: what the rows are (`table`, `gdelt1-reduced`): rows of two kinds are never the same.
    init(dataset: String, kind: String) {
        seed = ByteHash()
        seed.add(dataset)
        seed.add(kind)
    }

    /// The key of a counts table's row.
    @inline(__always)
    func key(
        source: (number: Int, historical: Bool), target: (number: Int, historical: Bool), startDay: Int, endDay: Int,
        totals: DyadDayTotals, states: StateTable
    ) -> UInt64 {
        var hash = seed
        states.codeBytes[source.number].withUnsafeBytes { hash.add($0) }
        hash.add(UInt64(source.historical ? 1 : 0))
        states.codeBytes[target.number].withUnsafeBytes { hash.add($0) }
        hash.add(UInt64(target.historical ? 1 : 0))
        hash.add(UInt64(startDay) << 32 | UInt64(endDay))
        hash.add(UInt64(totals.q1))
        hash.add(UInt64(totals.q2))
        hash.add(UInt64(totals.q3))
        hash.add(UInt64(totals.q4))
        hash.add(totals.goldsteinSum == 0 ? 0 : totals.goldsteinSum.bitPattern)
        return hash.value
    }

    /// The key of a row given by its bytes.
    @inline(__always)
    func key(bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = seed
        hash.add(bytes)
        return hash.value
    }
}
