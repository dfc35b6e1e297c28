import EntenteModel
import EntenteStore
import Foundation

/// Imports SIPRI files into a store: the trade register, TIV tables, or a folder of TIV tables; rows that
/// cannot be read go to a quarantine file, each as `path:line:column: reason` followed by the raw row.
public enum SIPRIImport {
    /// What an import did, for the person who ran it.
    public struct Summary: Sendable {
        public struct File: Sendable {
            public let path: String
            /// "trade register" or "TIV table (<supplier>)".
            public let kind: String
            public let rows: Int
            public let transfers: Int
            public let rejected: Int
        }

        /// Parties that are not states, by kind: rows and TIV that count in totals but never as a state's.
        public struct NonStates: Sendable {
            public var rows = 0
            public var tiv = 0.0
            public var names: Set<String> = []
        }

        public var files: [File] = []
        public var added = 0
        public var replaced = 0
        public var rejected: [SIPRIRejectedRow] = []
        /// Files that could not be read at all, with why.
        public var failures: [ReadError] = []
        public var nonStates: [ArmsTransfer.Party.Kind: NonStates] = [:]
        /// Historical states met, with the state each counts for: "Soviet Union" → RUS (SUN).
        public var historical: Set<String> = []
    }

    /// The files a path stands for: itself, or the `.csv` files of a folder, sorted.
    public static func files(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReadError(path: path, line: 1, column: 1, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        return names.map { (path as NSString).appendingPathComponent($0) }
    }

    /// Reads every file of `paths` (files or folders) and writes what they hold to `store`.
    ///
    /// - Parameter quarantine: where rejected rows go (appended); nil to keep them only in the summary.
    /// - Throws: the store's errors, or the quarantine file's; a file that cannot be read is a failure in the
    ///   summary, not a throw, so that one bad file does not stop a folder.
    public static func run(paths: [String], into store: any ArmsTransferStore, quarantine: String?) throws -> Summary {
        var summary = Summary()
        for root in paths {
            let files: [String]
            do {
                files = try Self.files(at: root)
            } catch let error as ReadError {
                summary.failures.append(error)
                continue
            }
            for path in files {
                let transfers: [ArmsTransfer]
                do {
                    let bytes = [UInt8](try ReadError.contents(of: path))
                    if SIPRITIVTableReader.recognises(bytes) {
                        let result = try SIPRITIVTableReader.read(bytes: bytes, path: path)
                        transfers = result.transfers
                        summary.rejected += result.rejected
                        summary.files.append(
                            Summary.File(
                                path: path, kind: "TIV table (\(result.supplier.name))", rows: result.rows,
                                transfers: result.transfers.count, rejected: result.rejected.count))
                    } else {
                        let result = try SIPRIRegisterReader.read(bytes: bytes, path: path)
                        transfers = result.transfers
                        summary.rejected += result.rejected
                        summary.files.append(
                            Summary.File(
                                path: path, kind: "trade register", rows: result.rows, transfers: result.transfers.count,
                                rejected: result.rejected.count))
                    }
                } catch let error as ReadError {
                    summary.failures.append(error)
                    continue
                }
                let written = try store.write(armsTransfers: transfers)
                summary.added += written.added
                summary.replaced += written.replaced
                for transfer in transfers {
                    for party in [transfer.supplier, transfer.recipient] {
                        if party.kind != .state {
                            summary.nonStates[party.kind, default: Summary.NonStates()].names.insert(party.name)
                        } else if let historical = party.historical, let code = party.code {
                            summary.historical.insert("\(party.name) → \(code) (\(historical))")
                        }
                    }
                    if transfer.supplier.kind != .state || transfer.recipient.kind != .state {
                        let kind = transfer.supplier.kind != .state ? transfer.supplier.kind : transfer.recipient.kind
                        summary.nonStates[kind, default: Summary.NonStates()].rows += 1
                        summary.nonStates[kind, default: Summary.NonStates()].tiv += transfer.tiv
                    }
                }
            }
        }
        if let quarantine, !summary.rejected.isEmpty { try write(summary.rejected, toQuarantine: quarantine) }
        return summary
    }

    /// Appends rejected rows to a quarantine file in the form every reader writes (``QuarantineWriter``).
    public static func write(_ rows: [SIPRIRejectedRow], toQuarantine path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let writer = try QuarantineWriter(path: path, committedSize: nil)
        for row in rows {
            let rejection = Rejection(
                line: Int64(row.line), column: row.column, reason: .badField, message: row.reason, raw: Array(row.raw.utf8))
            try writer.write(rejection, in: row.path)
        }
    }
}
