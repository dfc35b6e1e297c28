import Dispatch
import Foundation
import EntenteStore
import Hummingbird
import Logging

/// The router of `entente serve`: the JSON API under `/api`, the brief document at `/brief`, the dashboard at `/`.
///
/// Every route is described in `docs/openapi.json`; the tests check each against it on a live server.
public func buildRouter(configuration: ServerConfiguration, store: any Store) -> Router<BasicRequestContext> {
    buildRouter(configuration: configuration, store: store, clock: BaselinePolicy.uptime)
}

/// The router with the clock of the baselines' policy given (the tests' own).
func buildRouter(configuration: ServerConfiguration, store: any Store, clock: @escaping @Sendable () -> Double) -> Router<BasicRequestContext> {
    let watch = DataWatch(store: store, refitSeconds: configuration.baselineRefitSeconds, clock: clock)
    let api = EntenteAPI(store: store, configuration: configuration, watch: watch)
    let access = WriteAccess(token: configuration.token)
    let dashboard = Dashboard(api: api)
    let router = Router(context: BasicRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: ResponseCacheMiddleware(watch: watch, limits: configuration.limits))
    router.get("/") { request, _ in try await blocking { try dashboard.page(request) } }
    router.get("/brief") { request, _ in try await blocking { try api.briefDocument(request) } }
    router.group("/api")
        .get("/health") { request, _ in try api.health(request) }
        // Pages and totals are kept apart and a page is cheap: not queued behind series and briefs.
        .get("/events") { request, _ in try await blocking(limited: false) { try api.events(request) } }
        .post("/events") { request, _ in try await api.upload(request, access: access) }
        .get("/dyads/:a/:b/series") { request, context in
            let parameters = context.parameters
            return try await blocking { try api.series(request, parameters: parameters) }
        }
        .get("/dyads/:a/:b/shifts") { request, context in
            let parameters = context.parameters
            return try await blocking { try api.shifts(request, parameters: parameters) }
        }
        .get("/dyads/:a/:b/drivers") { request, context in
            let parameters = context.parameters
            return try await blocking { try api.drivers(request, parameters: parameters) }
        }
        .get("/brief") { request, _ in try await blocking { try api.brief(request) } }
        .get("/triangles") { request, _ in try await blocking { try api.triangles(request) } }
        .get("/leverage") { request, _ in try await blocking { try api.leverage(request) } }
        .get("/watch/alerts") { request, _ in try await blocking { try api.watchAlerts(request) } }
    return router
}

/// The application `entente serve` runs and the tests drive: one definition for both.
///
/// - Parameters:
///   - store: where events are read and written (opened by EntenteSetup's `StoreLocation`); another process may write
///     it while the server reads (an `entente ingest` into the same SQLite file), and the caches follow its commits.
///   - logger: passed in, never bootstrapped here.
public func buildApplication(
    configuration: ServerConfiguration, store: any Store, logger: Logger = Logger(label: "entente.serve")
) -> some ApplicationProtocol {
    Application(
        router: buildRouter(configuration: configuration, store: store),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "entente"),
        logger: logger)
}

/// Runs blocking work (SQLite reads and the analyses over them) on Dispatch's threads rather than Swift's
/// cooperative pool, so that a slow query never holds up the requests that the cache answers at once.
///
/// - Parameter limited: at most ``computeSlots`` such pieces of work run at once: answers not in the cache wait their
///   turn rather than crowd out the event loops that serve the cached ones. The cache's own upkeep, event pages
///   (cheap, their parts cached apart) and uploads (which run for as long as their ingest) are not limited.
func blocking<Value: Sendable>(limited: Bool = true, _ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            if limited { computeSlots.wait() }
            let result = Result { try work() }
            if limited { computeSlots.signal() }
            continuation.resume(with: result)
        }
    }
}

/// How many answers are computed at once: two per core (measured under load on 2 cores: one slot let an ingest's
/// invalidations queue up behind its slowest dyads, p99 84 ms; 2 and 4 slots 50 ms; unlimited 54 ms).
let computeSlots = DispatchSemaphore(value: 2 * ProcessInfo.processInfo.activeProcessorCount)
