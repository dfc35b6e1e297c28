import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real headless Chromium (Debian's `chromium`), driven over the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`: commands on fd 3, replies and events on fd 4, each JSON message ended by NUL).
///
/// Blocking: use it from one thread (see ``Browser/session(_:)``), never from the cooperative pool.
final class Browser {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let executable = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    private let pid: pid_t
    private let commands: Int32
    private let replies: Int32
    private var buffer: [UInt8] = []
    private var nextID = 1
    private var events: [[String: Any]] = []
    private let profile: URL
    private(set) var sessionID: String?

    /// Runs `body` with a fresh browser on a thread of its own, and closes the browser after.
    static func session<Value: Sendable>(_ body: @escaping @Sendable (Browser) throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result {
                    let browser = try Browser()
                    defer { browser.close() }
                    try browser.openPage()
                    return try body(browser)
                })
            }
        }
    }

    init(width: Int = 1100, height: Int = 1500) throws {
        guard let executable = Self.executable else {
            throw Failure(description: "Debian's chromium is not installed; Scripts/test installs it (apt-get install chromium)")
        }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("entente-chromium-\(UUID().uuidString)")
        var toBrowser: [Int32] = [0, 0]
        var fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe failed") }
        for descriptor in toBrowser + fromBrowser { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toBrowser[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromBrowser[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            executable, "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", "--remote-debugging-pipe",
            "--user-data-dir=\(profile.path)", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--disable-component-update", "--hide-scrollbars",
            "--mute-audio", "--window-size=\(width),\(height)", "about:blank",
        ]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        Glibc.close(toBrowser[0])
        Glibc.close(fromBrowser[1])
        guard status == 0 else { throw Failure(description: "cannot start \(executable): error \(status)") }
        self.pid = pid
        commands = toBrowser[1]
        replies = fromBrowser[0]
    }

    /// Opens a page target and attaches to it; later commands go to that page.
    func openPage() throws {
        let target = try send("Target.createTarget", ["url": "about:blank"], toPage: false)
        guard let targetID = target["targetId"] as? String else { throw Failure(description: "no target: \(target)") }
        let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true], toPage: false)
        sessionID = attached["sessionId"] as? String
        _ = try send("Page.enable")
        _ = try send("Runtime.enable")
    }

    /// How long a command or a page event is waited for. Generous: under the whole suite's load on two cores a page
    /// has taken minutes to render, and no test here fails on wall time — only on a browser that never answers.
    static let patience: TimeInterval = 600

    /// Sends a command and waits for its reply; events that arrive meanwhile are kept for ``waitFor(_:timeout:)``.
    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:], toPage: Bool = true, timeout: TimeInterval = Browser.patience) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if toPage, let sessionID { message["sessionId"] = sessionID }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(commands, raw.baseAddress! + offset, raw.count - offset)
                guard written > 0 else { throw Failure(description: "cannot write to the browser") }
                offset += written
            }
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let reply = try readMessage(until: deadline, waitingFor: method)
            if reply["id"] as? Int == id {
                if let error = reply["error"] { throw Failure(description: "\(method): \(error)") }
                return reply["result"] as? [String: Any] ?? [:]
            }
            if reply["method"] != nil { events.append(reply) }
        }
    }

    /// Waits for an event of the page (such as `Page.loadEventFired`), returning its parameters.
    @discardableResult
    func waitFor(_ method: String, timeout: TimeInterval = Browser.patience) throws -> [String: Any] {
        if let index = events.firstIndex(where: { $0["method"] as? String == method }) {
            return events.remove(at: index)["params"] as? [String: Any] ?? [:]
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let message = try readMessage(until: deadline, waitingFor: method)
            if message["method"] as? String == method { return message["params"] as? [String: Any] ?? [:] }
            if message["method"] != nil { events.append(message) }
        }
    }

    /// The events received so far with this name, removing them.
    func drain(_ method: String) -> [[String: Any]] {
        let matching = events.filter { $0["method"] as? String == method }
        events.removeAll { $0["method"] as? String == method }
        return matching.map { $0["params"] as? [String: Any] ?? [:] }
    }

    /// Navigates and waits for the load event.
    func navigate(_ url: String) throws {
        _ = drain("Page.loadEventFired")
        let result = try send("Page.navigate", ["url": url])
        if let error = result["errorText"] as? String { throw Failure(description: "cannot load \(url): \(error)") }
        try waitFor("Page.loadEventFired")
    }

    /// Evaluates JavaScript in the page and returns its value (JSON-compatible).
    func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true, "awaitPromise": true])
        if let exception = result["exceptionDetails"] { throw Failure(description: "script failed: \(exception)") }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// A PNG screenshot of the viewport.
    func screenshot() throws -> [UInt8] {
        let result = try send("Page.captureScreenshot", ["format": "png"])
        guard let text = result["data"] as? String, let data = Data(base64Encoded: text) else { throw Failure(description: "no screenshot") }
        return Array(data)
    }

    /// The page printed as PDF, as the print dialog would (print CSS, the page size the CSS asks for).
    func pdf() throws -> [UInt8] {
        let result = try send("Page.printToPDF", ["preferCSSPageSize": true, "printBackground": true])
        guard let text = result["data"] as? String, let data = Data(base64Encoded: text) else { throw Failure(description: "no PDF") }
        return Array(data)
    }

    private func readMessage(until deadline: Date, waitingFor what: String) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Array(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let object = try JSONSerialization.jsonObject(with: Data(message)) as? [String: Any] else { continue }
                return object
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw Failure(description: "timed out waiting for \(what)") }
            var poller = pollfd(fd: replies, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000))
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(replies, &chunk, chunk.count)
            guard count > 0 else { throw Failure(description: "the browser closed its pipe while waiting for \(what)") }
            buffer += chunk[0..<count]
        }
    }

    func close() {
        _ = try? send("Browser.close", toPage: false, timeout: 5)
        Glibc.close(commands)
        Glibc.close(replies)
        var status: Int32 = 0
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid {
                try? FileManager.default.removeItem(at: profile)
                return
            }
            usleep(100_000)
        }
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(at: profile)
    }
}
