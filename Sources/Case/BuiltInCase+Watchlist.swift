import EntenteModel

extension BuiltInCase {
    /// Bumped whenever ``watchlist`` changes, so that existing databases take the new version.
    public static let watchlistVersion = 1

    /// The brief's own indicators of a deepening Russia–Pakistan tie, as the brief names them: Russian arms deals
    /// and military cooperation with Pakistan, joint exercises, high-level visits, energy projects, and
    /// China–Russia–Pakistan trilateral steps ("India must remain alert").
    ///
    /// Each fires on any matching event in the last year of data (above 0 in 365 days): the case's events are
    /// dated to the month or year, so a shorter window would only measure how coarse its dates are. With daily
    /// data (GDELT), narrow the window with `entente watch add NAME … --window 90d` under a name of your own.
    public static let watchlist: [WatchIndicator] = [
        WatchIndicator(
            name: "rus-pak-arms-deals", states: ["RUS", "PAK"], directed: true,
            codes: ["0312", "0332", "057", "062", "072"], issues: ["arms"], comparison: .above, threshold: 0,
            windowDays: 365,
            note: "Russian arms deals with Pakistan: offers, agreements and deliveries of arms (the Mi-35s of 2015)",
            origin: .builtInCase),
        WatchIndicator(
            name: "rus-pak-military-cooperation", states: ["RUS", "PAK"],
            codes: ["0312", "0332", "057", "062", "072", "074"], issues: ["military"], comparison: .above, threshold: 0,
            windowDays: 365,
            note: "Russia–Pakistan military cooperation: agreements and cooperation between the forces (Shoigu's 2014 agreement)",
            origin: .builtInCase),
        WatchIndicator(
            name: "rus-pak-joint-exercises", states: ["RUS", "PAK"], codes: ["062"], quadClass: .materialCooperation,
            comparison: .above, threshold: 0, windowDays: 365,
            note: "Russia–Pakistan joint military exercises (CAMEO has no code of their own: they are military cooperation, 062)",
            origin: .builtInCase),
        WatchIndicator(
            name: "rus-pak-high-level-visits", states: ["RUS", "PAK"], codes: ["042", "043"], comparison: .above,
            threshold: 0, windowDays: 365,
            note: "High-level visits between Russia and Pakistan (presidents, army chiefs, defence and foreign ministers)",
            origin: .builtInCase),
        WatchIndicator(
            name: "rus-pak-energy-projects", states: ["RUS", "PAK"], issues: ["energy"], comparison: .above,
            threshold: 0, windowDays: 365,
            note: "Russia–Pakistan energy projects (the Lahore–Karachi pipeline, CASA-1000)",
            origin: .builtInCase),
        WatchIndicator(
            name: "chn-rus-pak-trilateral", states: ["CHN", "RUS", "PAK"], codes: ["03", "04", "05", "06"],
            comparison: .above, threshold: 0, windowDays: 365,
            note: "China–Russia–Pakistan trilateral steps: cooperation on all three sides of the triangle in one window",
            origin: .builtInCase),
    ]
}
