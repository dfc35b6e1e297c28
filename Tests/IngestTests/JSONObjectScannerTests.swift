@testable import EntenteIngest
import EntenteModel
import Testing

/// The byte-level JSON Lines reading: the string scanner 8 bytes a step, the field names by two-word compares, and
/// the object scanner on what JSON allows. Expected bytes are written out by hand (UTF-8 from the Unicode tables),
/// not computed by the code under test.
@Suite struct JSONObjectScannerTests {
    // MARK: - The string scanner

    /// A quote, a backslash or any control byte stops a string's plain run at each place in and around an 8-byte
    /// word; bytes that differ from them by one bit, space, DEL and bytes past ASCII do not.
    @Test(arguments: [UInt8(ascii: "\""), UInt8(ascii: "\\"), 0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F])
    func aStopByteIsFoundWherever(_ stop: UInt8) {
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 31] {
            for place in 0..<max(length, 1) {
                for start in [0, 1, 3] where start <= place {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: max(length, 1))
                    bytes[place] = stop
                    let found = bytes.withUnsafeBytes { Bytes.firstJSONStringStop(in: $0, from: start) }
                    #expect(found == place, "stop 0x\(String(stop, radix: 16)) at \(place) of \(bytes.count), from \(start)")
                }
            }
        }
    }

    @Test func plainBytesDoNotStopAString() {
        // 0x20 (space), 0x7F (DEL), 0xA2 (quote | 0x80), 0xDC (backslash | 0x80), 0x80, 0xFF, 0x5B ('['), 0x23
        // ('#', quote + 1), 0x5D (']', backslash + 1), 0x21, 0x3F, 0x60: none is a quote, a backslash or below 0x20.
        let plain: [UInt8] = [0x20, 0x7F, 0xA2, 0xDC, 0x80, 0xFF, 0x5B, 0x23, 0x5D, 0x21, 0x3F, 0x60, 0xC3, 0xA9]
        for count in [0, 5, 8, 14, 29] {
            let bytes = (0..<count).map { plain[$0 % plain.count] }
            #expect(bytes.withUnsafeBytes { Bytes.firstJSONStringStop(in: $0, from: 0) } == count)
        }
        // The first of several, a tail shorter than a word, and a start past the stop.
        let text = Array(#"abcdefghij"k\l"#.utf8)
        #expect(text.withUnsafeBytes { Bytes.firstJSONStringStop(in: $0, from: 0) } == 10)
        #expect(text.withUnsafeBytes { Bytes.firstJSONStringStop(in: $0, from: 11) } == 12)
        #expect(text.withUnsafeBytes { Bytes.firstJSONStringStop(in: $0, from: 13) } == 14)
    }

    // MARK: - Field names

    @Test func everyFieldNameIsFoundInPlaceAndAlone() {
        let names = ["id", "date", "precision", "source", "sourceSector", "sourceName", "sourceHistorical", "target",
                     "targetSector", "targetName", "targetHistorical", "cameo", "rootCode", "quadClass", "goldstein",
                     "magnitude", "magnitudeUnit", "summary", "dataset", "document", "locator", "url", "citation", "issues",
                     "reported", "hypothetical", "mentions", "sources", "articles"]
        #expect(Event.fieldNames == names)
        for (index, name) in names.enumerated() {
            let alone = Array(name.utf8)
            #expect(alone.withUnsafeBytes { EventFieldNames.standard.index(named: $0) } == index, "\(name)")
            // As a JSON key: the bytes after it (its closing quote and value) lie in the loaded words and must not count.
            let line = Array("\(name)\":\"zzzzzzzzzzzzzzzzzzzz\"}".utf8)
            let found = line.withUnsafeBytes { bytes in
                EventFieldNames.standard.index(named: UnsafeRawBufferPointer(rebasing: bytes[0..<alone.count]), readable: bytes.count)
            }
            #expect(found == index, "\(name) in a line")
        }
        #expect(EventFields.Key.followsCodingKeys)
        #expect(EventFields.count == names.count)
    }

    @Test(arguments: ["", "i", "ids", "Id", "ID", "dat", "datE", "sourceSectoR", "sourceHistoricals", "targetHistoricaL",
                      "xourceHistorical", "sourceHistoricax", "sourceHistorixal", "sources2", "articlesX", "urls", "rootcode",
                      "summary ", " summary", "sum\u{0}ary", "summar\u{E9}"])
    func nearNamesAreNoFields(_ name: String) {
        let alone = Array(name.utf8)
        #expect(alone.withUnsafeBytes { EventFieldNames.standard.index(named: $0) } == nil)
        let line = Array("\(name)\":1,\"id\":\"x\",\"date\":\"2015\"}".utf8)
        let found = line.withUnsafeBytes { bytes in
            EventFieldNames.standard.index(named: UnsafeRawBufferPointer(rebasing: bytes[0..<alone.count]), readable: bytes.count)
        }
        #expect(found == nil)
    }

    // MARK: - The object scanner

    /// The fields a line reads into, as text (nil when absent), or the fault's column and message.
    private func scan(_ line: String) -> Result<[String: [UInt8]], JSONObjectScanner.Fault> {
        let scanner = JSONObjectScanner()
        let fields = EventFields()
        let bytes = Array(line.utf8)
        return bytes.withUnsafeBytes { raw -> Result<[String: [UInt8]], JSONObjectScanner.Fault> in
            do throws(JSONObjectScanner.Fault) {
                try scanner.read(raw, into: fields)
            } catch {
                return .failure(error)
            }
            var found: [String: [UInt8]] = [:]
            for (index, name) in Event.fieldNames.enumerated() {
                if let value = fields.values[index] { found[name] = Array(value) }
            }
            return .success(found)
        }
    }

    private func value(_ line: String, _ key: String) -> [UInt8]? {
        guard case .success(let fields) = scan(line) else { return nil }
        return fields[key]
    }

    private func fault(_ line: String) -> JSONObjectScanner.Fault? {
        guard case .failure(let fault) = scan(line) else { return nil }
        return fault
    }

    @Test func escapesReadAsJSONSays() {
        // \" \\ \/ \b \f \n \r \t, each before and after long plain runs (past a word of 8 bytes and two).
        let line = #"{"summary":"a\"b\\c\/d\be\ff\ng\rh\ti and a plain run of thirty bytes\"end"}"#
        let expected: [UInt8] = Array("a\"b\\c/d".utf8) + [0x08] + Array("e".utf8) + [0x0C] + Array("f".utf8) + [0x0A]
            + Array("g".utf8) + [0x0D] + Array("h".utf8) + [0x09] + Array("i and a plain run of thirty bytes\"end".utf8)
        #expect(value(line, "summary") == expected)
        #expect(value(#"{"summary":"0123456789abcdef0123\n"}"#, "summary") == Array("0123456789abcdef0123".utf8) + [0x0A])
    }

    @Test func unicodeEscapesBecomeUTF8() {
        // U+00E9 é = C3 A9; U+20AC € = E2 82 AC; U+0041 A = 41; U+1F600 😀 = D83D DE00 = F0 9F 98 80;
        // U+10FFFF = DBFF DFFF = F4 8F BF BF; U+0000 = 00.
        #expect(value(#"{"summary":"\u00e9"}"#, "summary") == [0xC3, 0xA9])
        #expect(value(#"{"summary":"x\u20ACy"}"#, "summary") == [0x78, 0xE2, 0x82, 0xAC, 0x79])
        #expect(value(#"{"summary":"\u0041\u00E9"}"#, "summary") == [0x41, 0xC3, 0xA9])
        #expect(value(#"{"summary":"\ud83d\ude00!"}"#, "summary") == [0xF0, 0x9F, 0x98, 0x80, 0x21])
        #expect(value(#"{"summary":"\uDBFF\uDFFF"}"#, "summary") == [0xF4, 0x8F, 0xBF, 0xBF])
        #expect(value(#"{"summary":"a\u0000b"}"#, "summary") == [0x61, 0x00, 0x62])
        // Bytes of UTF-8 as they stand are kept as they are.
        #expect(value(#"{"summary":"é😀"}"#, "summary") == [0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80])
    }

    @Test func badStringsAreFaultsWithTheirColumn() throws {
        // Columns are 1-based bytes of the line.
        let lone = try #require(fault(#"{"summary":"\ud83d x"}"#))
        #expect(lone.message.contains("half a surrogate pair") && lone.column == 13)
        let low = try #require(fault(#"{"summary":"\ude00"}"#))
        #expect(low.message.contains("half a surrogate pair") && low.column == 13)
        let highThenNotLow = try #require(fault(#"{"summary":"\ud83d\u0041"}"#))
        #expect(highThenNotLow.message.contains("half a surrogate pair"))
        let hex = try #require(fault(#"{"summary":"\u00g9"}"#))
        #expect(hex.message.contains("four hex digits") && hex.column == 13)
        let unknown = try #require(fault(#"{"summary":"\x"}"#))
        #expect(unknown.message.contains("unknown escape '\\x'") && unknown.column == 13)
        let control = try #require(fault("{\"summary\":\"0123456789\u{01}\"}"))
        #expect(control.message.contains("control byte") && control.column == 23)
        let controlAfterEscape = try #require(fault("{\"summary\":\"\\n0123456789\t\"}"))
        #expect(controlAfterEscape.message.contains("control byte") && controlAfterEscape.column == 25)
        let open = try #require(fault(#"{"summary":"never closed, and longer than a word"#))
        #expect(open.message.contains("never closed") && open.column == 12)
        let openAfterEscape = try #require(fault(#"{"summary":"never \"closed"#))
        #expect(openAfterEscape.message.contains("never closed"))
        let endsInEscape = try #require(fault(#"{"summary":"ends in \"#))
        #expect(endsInEscape.message.contains("never closed"))
    }

    @Test func numbersAndLiteralsAreLeftAsTheirBytes() {
        let line = #"{"goldstein":-2.5E-1,"magnitude":1.5e3,"mentions":12,"reported":true,"hypothetical":false,"sources":null}"#
        #expect(value(line, "goldstein") == Array("-2.5E-1".utf8))
        #expect(value(line, "magnitude") == Array("1.5e3".utf8))
        #expect(value(line, "mentions") == Array("12".utf8))
        #expect(value(line, "reported") == Array("true".utf8))
        #expect(value(line, "hypothetical") == Array("false".utf8))
        #expect(value(line, "sources") == nil)
        // As the event's reader reads them: -2.5E-1 = -0.25, 1.5e3 = 1500, 8e0 = 8.
        #expect(Array("-2.5E-1".utf8).withUnsafeBytes { Bytes.decimal($0) } == -0.25)
        #expect(Array("1.5e3".utf8).withUnsafeBytes { Bytes.decimal($0) } == 1500)
        #expect(Array("8e0".utf8).withUnsafeBytes { Bytes.decimal($0) } == 8)
    }

    @Test func missingExtraNestedAndRepeatedKeys() throws {
        let line = #"{ "id" : "e1" , "extra": {"nested": [1, {"a": null}, "]\"}"], "more": {}}, "su\u006dmary": "escaped key", "url": "first", "url": "second", "other": [] }"#
        guard case .success(let fields) = scan(line) else {
            Issue.record("the line did not read")
            return
        }
        #expect(fields["id"] == Array("e1".utf8))
        #expect(fields["summary"] == Array("escaped key".utf8))
        #expect(fields["url"] == Array("second".utf8))
        #expect(fields["date"] == nil && fields["cameo"] == nil)
        #expect(Set(fields.keys) == ["id", "summary", "url"])
        #expect(value(#"{"issues":["arms","energy","a\"b"]}"#, "issues") == Array(#"arms,energy,a"b"#.utf8))
        #expect(value(#"{"issues":[]}"#, "issues") == nil)
        #expect(value(#"{}"#, "id") == nil)
    }

    @Test func badObjectsAreFaults() throws {
        #expect(try #require(fault(#"["id"]"#)).message.contains("expected an object"))
        #expect(try #require(fault(#"{"id" "e1"}"#)).message.contains("expected ':' after the key"))
        #expect(try #require(fault(#"{"id":"e1" "date":"2015"}"#)).message.contains("expected ',' or '}'"))
        #expect(try #require(fault(#"{"id":"e1"} x"#)).message.contains("expected the end of the line"))
        #expect(try #require(fault(#"{id:"e1"}"#)).message.contains("expected a key in double quotes"))
        #expect(try #require(fault(#"{"id":nul}"#)).message.contains("expected a value"))
        #expect(try #require(fault(#"{"id":tru}"#)).message.contains("expected a value"))
        #expect(try #require(fault(#"{"id":{"a":1}}"#)).message.contains("should be a string, a number, true, false or null"))
        #expect(try #require(fault(#"{"issues":"arms"}"#)).message.contains("'issues' should be an array of strings"))
    }
}

extension JSONObjectScannerTests {
    /// One scanner reads many lines and guesses each key from the order of the line before: a line in another order,
    /// or with keys that start like the guessed ones, reads as if nothing were guessed.
    @Test func keysGuessedFromTheLineBeforeAreChecked() throws {
        let scanner = JSONObjectScanner()
        let fields = EventFields()
        func read(_ line: String) throws -> [String: String] {
            let bytes = Array(line.utf8)
            try bytes.withUnsafeBytes { try scanner.read($0, into: fields) }
            var found: [String: String] = [:]
            for (index, name) in Event.fieldNames.enumerated() {
                if let value = fields.values[index] { found[name] = String(decoding: value, as: UTF8.self) }
            }
            return found
        }
        let first = #"{"id":"a1","summary":"one","url":"u1","sourceHistorical":"SUN","mentions":3}"#
        #expect(try read(first) == ["id": "a1", "summary": "one", "url": "u1", "sourceHistorical": "SUN", "mentions": "3"])
        #expect(try read(#"{"id":"a2","summary":"one","url":"u1","sourceHistorical":"SUN","mentions":3}"#)["id"] == "a2")
        // The same places, other keys: longer, shorter, escaped, unknown, and a key that ends the line early.
        let other = #"{"idx":"b1","summar":"two","u\u0072l":"u2","sourceHistoricals":"X","mentions":4,"id":"b2"}"#
        #expect(try read(other) == ["url": "u2", "mentions": "4", "id": "b2"])
        let reordered = #"{"mentions":5,"url":"u3","id":"c1","summary":"three"}"#
        #expect(try read(reordered) == ["mentions": "5", "url": "u3", "id": "c1", "summary": "three"])
        #expect(try read(#"{"id":"d1"}"#) == ["id": "d1"])
        #expect(try read(#"{"mentions":6,"url":"u4"}"#) == ["mentions": "6", "url": "u4"])
        #expect(throws: JSONObjectScanner.Fault.self) { try read(#"{"mentions":7,"url""#) }
    }
}
