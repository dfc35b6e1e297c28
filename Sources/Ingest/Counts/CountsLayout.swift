/// The columns of a table of event counts per directed pair of states and period, found by the header's names:
/// what ``FormatDetector`` recognises and ``CountsParser`` reads.
///
/// Names match whatever their case and punctuation (`verbalCooperation`, `verbal_cooperation`, `Verbal Cooperation`);
/// columns it does not know are ignored, so that a table with more (what `entente dyad --format csv` writes: indices,
/// intervals) reads as well as one without. See docs/ingest.md for the columns and what each form of date means.
struct CountsLayout: Sendable {
    /// What a column gives.
    enum Role: Int, CaseIterable, Sendable {
        case source, target, sourceName, targetName
        case year, month, date, period, start, end
        case verbalCooperation, materialCooperation, verbalConflict, materialConflict
        case goldstein, events

        /// The names a column of this role goes by, folded (``CountsLayout/fold(_:)``).
        var names: [String] {
            switch self {
            case .source: ["source"]
            case .target: ["target"]
            case .sourceName: ["sourcename"]
            case .targetName: ["targetname"]
            case .year: ["year"]
            case .month: ["month"]
            case .date: ["date"]
            case .period: ["period"]
            case .start: ["start"]
            case .end: ["end"]
            case .verbalCooperation: ["verbalcooperation", "verbcoop", "q1"]
            case .materialCooperation: ["materialcooperation", "matlcoop", "q2"]
            case .verbalConflict: ["verbalconflict", "verbconf", "q3"]
            case .materialConflict: ["materialconflict", "matlconf", "q4"]
            case .goldstein: ["goldstein", "goldsteinsum"]
            case .events: ["events"]
            }
        }

        /// The role's name in messages: the first of its names, as a header writes it.
        var title: String {
            switch self {
            case .sourceName: "sourceName"
            case .targetName: "targetName"
            case .verbalCooperation: "verbalCooperation"
            case .materialCooperation: "materialCooperation"
            case .verbalConflict: "verbalConflict"
            case .materialConflict: "materialConflict"
            default: names[0]
            }
        }

        static let counts: [Role] = [.verbalCooperation, .materialCooperation, .verbalConflict, .materialConflict]
    }

    /// How a row's period is written.
    enum Dating: Sendable {
        /// Two columns of days: the first and last day the counts cover.
        case days(start: Int, end: Int)
        /// A day (`YYYY-MM-DD`, `YYYYMMDD`).
        case date(Int)
        /// `2015`, `2015-Q2`, `2015-06` (what `entente dyad` writes), or a day.
        case period(Int)
        /// `YYYY-MM` or `YYYYMM`; with a year column beside it, the month's number in that year (`6`).
        case month(Int, year: Int?)
        /// `YYYY`.
        case year(Int)
    }

    let separator: UInt8
    /// The header's names, as written.
    let names: [String]
    /// Each role's column, nil when the header has none.
    let columns: [Int?]
    let dating: Dating

    subscript(role: Role) -> Int? { columns[role.rawValue] }

    /// A column name folded for matching: ASCII letters lowered, anything but letters and digits left out.
    static func fold(_ name: some Sequence<UInt8>) -> String {
        var folded: [UInt8] = []
        for byte in name {
            switch byte {
            case 65...90: folded.append(byte | 0x20)
            case 97...122, 48...57: folded.append(byte)
            default: continue
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// The role each folded name gives.
    static let roles: [String: Role] = {
        var roles: [String: Role] = [:]
        for role in Role.allCases {
            for name in role.names { roles[name] = role }
        }
        return roles
    }()

    /// The header's fields (unquoted) and the separator: a tab when the line has more tabs than commas.
    static func split(_ header: [UInt8]) -> (separator: UInt8, fields: [[UInt8]], columns: [Int]) {
        let tabs = header.reduce(0) { $0 + ($1 == Bytes.tab ? 1 : 0) }
        let commas = header.reduce(0) { $0 + ($1 == Bytes.comma ? 1 : 0) }
        let separator = tabs > commas ? Bytes.tab : Bytes.comma
        var line = header
        line.append(Bytes.newline)
        var fields: [[UInt8]] = []
        var columns: [Int] = []
        let scanner = CSVScanner(separator: separator)
        line.withUnsafeBytes { bytes in
            scanner.scan(bytes) { record in
                guard fields.isEmpty else { return }
                for index in 0..<record.fieldCount {
                    fields.append(Array(record.field(index)))
                    columns.append(record.column(index))
                }
            }
        }
        return (separator, fields, columns)
    }

    /// Whether a first line is the header of a counts table: it names a source, a target and at least one of the
    /// quad-class counts (a table that lacks the rest is then rejected with what it lacks).
    static func recognizes(_ header: [UInt8]) -> Bool {
        let found = Set(split(header).fields.compactMap { roles[fold($0)] })
        return found.contains(.source) && found.contains(.target) && !found.isDisjoint(with: Role.counts)
    }

    /// The layout a header gives.
    ///
    /// - Throws: ``HeaderError`` when two columns give one thing, or the header lacks a count or a period.
    init(header: [UInt8]) throws(HeaderError) {
        let (separator, fields, positions) = Self.split(header)
        let names = fields.map { String(decoding: $0, as: UTF8.self) }
        var columns = [Int?](repeating: nil, count: Role.allCases.count)
        for (index, field) in fields.enumerated() {
            guard let role = Self.roles[Self.fold(field)] else { continue }
            if let other = columns[role.rawValue] {
                throw HeaderError(
                    message: "columns \(other + 1) ('\(names[other])') and \(index + 1) ('\(names[index])') both give \(role.title): expected one",
                    column: positions[index])
            }
            columns[role.rawValue] = index
        }
        let expected = "expected a header naming source, target, a period (year, month, date, period, or start and end) and the four counts (verbalCooperation, materialCooperation, verbalConflict, materialConflict; or verbCoop, matlCoop, verbConf, matlConf; or q1…q4)"
        let found = "found '\(names.joined(separator: String(decoding: [separator], as: UTF8.self)))'"
        for role in [Role.source, .target] + Role.counts where columns[role.rawValue] == nil {
            throw HeaderError(message: "\(expected): no column for \(role.title); \(found)")
        }
        let dating: Dating
        if let start = columns[Role.start.rawValue], let end = columns[Role.end.rawValue] {
            dating = .days(start: start, end: end)
        } else if let column = columns[Role.start.rawValue] ?? columns[Role.end.rawValue] {
            throw HeaderError(message: "\(expected): a column '\(names[column])' without its other end; \(found)", column: positions[column])
        } else if let date = columns[Role.date.rawValue] {
            dating = .date(date)
        } else if let period = columns[Role.period.rawValue] {
            dating = .period(period)
        } else if let month = columns[Role.month.rawValue] {
            dating = .month(month, year: columns[Role.year.rawValue])
        } else if let year = columns[Role.year.rawValue] {
            dating = .year(year)
        } else {
            throw HeaderError(message: "\(expected): no period column; \(found)")
        }
        self.separator = separator
        self.names = names
        self.columns = columns
        self.dating = dating
    }

    /// How a rejection names a column: "column 5 (year)".
    func name(_ column: Int) -> String { "column \(column + 1) (\(names[column]))" }
}
