/// Aligned columns for a terminal, fitted to a width: the last column wraps onto lines of its own,
/// other cells too wide are cut with "…".
public struct TextTable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public let title: String
        public let alignment: Alignment

        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public let columns: [Column]
    public private(set) var rows: [[String]] = []
    /// The widest a line may be; 100 by default, so that output reads in a 100-column terminal.
    public var width: Int

    public init(_ columns: [Column], width: Int = 100) {
        self.columns = columns
        self.width = width
    }

    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table as lines, each indented by `indent` spaces.
    public func render(indent: Int = 2) -> String {
        var widths = columns.map { $0.title.count }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        let fixed = widths.dropLast().reduce(0, +) + 2 * (columns.count - 1) + indent
        if let last = widths.indices.last { widths[last] = max(columns[last].title.count, min(widths[last], width - fixed)) }
        let margin = String(repeating: " ", count: indent)
        let lastWidth = widths.last ?? 0
        let hanging = String(repeating: " ", count: max(0, fixed))
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            var continuation: [String] = []
            for (index, column) in columns.enumerated() {
                var cell = index < cells.count ? cells[index] : ""
                let isLast = index == columns.count - 1
                if isLast && cell.count > lastWidth && column.alignment == .left {
                    let wrapped = Text.wrap(cell, width: lastWidth).split(separator: "\n").map(String.init)
                    cell = wrapped.first ?? ""
                    continuation = wrapped.dropFirst().map { hanging + $0 }
                } else if cell.count > widths[index] {
                    cell = String(cell.prefix(max(0, widths[index] - 1))) + "…"
                }
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                parts.append(column.alignment == .right ? padding + cell : (isLast ? cell : cell + padding))
            }
            return ([margin + parts.joined(separator: "  ")] + continuation).joined(separator: "\n")
        }
        var lines = [line(columns.map(\.title))]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}
