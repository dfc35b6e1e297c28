import EntenteModel
import Testing

struct EventDateTests {
    @Test(arguments: [
        ("2015-06-12", EventDate.Precision.day, "12 Jun 2015"),
        ("2015-06", .month, "Jun 2015"),
        ("2015", .year, "2015"),
        ("1980s", .years, "1980s"),
        ("1947/1951", .years, "1947–1951"),
    ])
    func textRoundTripsAtItsPrecision(text: String, precision: EventDate.Precision, shown: String) throws {
        let date = try EventDate(parsing: text)
        #expect(date.precision == precision)
        #expect(date.text == text)
        #expect(date.description == shown)
        #expect(try EventDate(start: date.start, end: date.end, precision: date.precision) == date)
    }

    @Test(arguments: ["2015-13", "2015-02-30", "15", "2015-6", "1951/1947", "20x5", "1985s", ""])
    func badDatesAreRejected(text: String) {
        #expect(throws: EventDateError.self) { try EventDate(parsing: text) }
    }

    @Test func spansCoverWholeYears() throws {
        let decade = EventDate.decade(1970)
        #expect(decade.start == Day(year: 1970, month: 1, day: 1))
        #expect(decade.end == Day(year: 1979, month: 12, day: 31))
        #expect(try EventDate(year: 2016, month: 2).end.day == 29)
        #expect(try EventDate(years: 2011, through: 2011).precision == .year)
    }

    @Test func ordinalsRoundTripAcrossCenturies() {
        #expect(Day(year: 1970, month: 1, day: 1).ordinal == 0)
        #expect(Day(year: 2000, month: 3, day: 1).ordinal == 11_017)
        for ordinal in stride(from: -30_000, through: 30_000, by: 97) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
        #expect(Day(year: 2015, month: 12, day: 31).adding(days: 1) == Day(year: 2016, month: 1, day: 1))
    }
}
