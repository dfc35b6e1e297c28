/// The words that keep their period in English text ("Mr.", "Gen.", "Jan.", "Corp.", "etc."), lower case without
/// it: one list for the parser's tokeniser and the coder's sentence splitter, each of which adds only what its own
/// rules need (the tokeniser "no.", "pp." always; the splitter the days of the week, whose periods end sentences in
/// the web treebank's tokens but stand before dates in news).
public enum Abbreviations {
    /// Titles and ranks, months, companies and places in addresses, Latin and reference words.
    public static let common: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "messrs", "mssrs", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl",
        "pvt", "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "mt", "ft", "jr", "sr", "inc", "ltd", "co", "corp",
        "bros", "assn", "dept", "univ", "ave", "blvd", "rd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "vs", "etc", "al", "approx", "est", "fig", "vol", "eds", "cf", "ca", "e.g", "i.e",
        "u.s", "u.k", "u.n",
    ]
}
