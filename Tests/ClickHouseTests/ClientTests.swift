@testable import EntenteClickHouse
import NIOHTTP1
import Testing

/// What needs no server: the tab-separated rows an insert sends and an answer's reading, and ClickHouse's error
/// texts made plain.
@Suite struct ClientTests {
    @Test func tabSeparatedRowsReadBackAsWritten() {
        var rows = TabSeparatedRows()
        let texts = ["plain", "tab\there", "new\nline", "back\\slash", "carriage\rreturn", "nul\u{0}byte", "", "Ελληνικά"]
        for text in texts {
            rows.append(text)
            rows.append(nil as String?)
            rows.append(-42)
            rows.append(3.1)
            rows.endRow()
        }
        var reader = TabSeparatedReader(rows.bytes)
        var read: [String] = []
        while reader.next() {
            #expect(reader.count == 4)
            read.append(reader.text(0))
            #expect(reader.string(1) == nil)
            #expect(reader.int(2) == -42)
            #expect(reader.double(3) == 3.1)
        }
        #expect(read == texts)
        #expect(rows.count == texts.count)
    }

    @Test func keyBlocksRoundTripThroughHex() {
        let bytes: [UInt8] = [0, 1, 0x7F, 0x80, 0xFF, 0x0A, 0x09]
        #expect(Hex.decode(Hex.encode(bytes)) == bytes)
        #expect(Hex.decode("0g") == nil)
    }

    @Test func serverErrorsArePlainAndNameTheShard() {
        let refused = ClickHouseClient.serverError(
            "Code: 210, e.displayText() = DB::NetException: Connection refused (127.0.0.1:19125), e.what() = DB::NetException\n",
            status: .internalServerError, server: "127.0.0.1:18124")
        #expect(refused.code == 210)
        #expect(refused.reason == "Connection refused (127.0.0.1:19125)")
        #expect(refused.shard == "127.0.0.1:19125")
        let cut = ClickHouseClient.serverError(
            """
            Code: 32, e.displayText() = DB::Exception: Attempt to read after eof: while receiving packet from 127.0.0.1:19125: Insertion status:
            Wrote 1 blocks and 36 rows on shard 0 replica 0, 127.0.0.1:19124 (average 0 ms per block)
            """, status: .internalServerError, server: "127.0.0.1:18124")
        #expect(cut.shard == "127.0.0.1:19125")
        let syntax = ClickHouseClient.serverError(
            "Code: 62, e.displayText() = DB::Exception: Syntax error: failed at position 1 (line 1, col 1), e.what() = DB::Exception",
            status: .internalServerError, server: "h:1")
        #expect(syntax.shard == nil)
        #expect(syntax.description == "ClickHouse at h:1: Syntax error: failed at position 1 (line 1, col 1)")
        let named = ClickHouseTopology.naming(
            refused, shards: [ClickHouseShard(number: 2, host: "127.0.0.1", port: 19125, httpPort: 18125)], cluster: "entente")
        #expect(named.description.hasPrefix(
            "ClickHouse at 127.0.0.1:18124: shard 2 of 1 of cluster 'entente' (127.0.0.1:19125) does not answer (connection refused)"))
    }

    @Test func queryParametersAreEncoded() {
        #expect(ClickHouseClient.percentEncoded("INSERT INTO t FORMAT TabSeparated") == "INSERT%20INTO%20t%20FORMAT%20TabSeparated")
        #expect(ClickHouseClient.percentEncoded("a+b=c&d") == "a%2Bb%3Dc%26d")
    }

    @Test func literalsAreQuoted() {
        #expect(ClickHouseStore.quote("it's a \\ test") == "'it\\'s a \\\\ test'")
    }
}
