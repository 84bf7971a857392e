import Dispatch
import InMemoryLogging
import Logging
import SwitchboardTesting
import Testing

@testable import SwitchboardCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command host runs `DIR/<name>` with the arguments on standard input and reads the
/// result from standard output; every problem is a failure of that call only.
@Suite struct CommandActionHostTests {
    let directory: TemporaryDirectory
    let host: CommandActionHost

    init() throws {
        self.directory = try TemporaryDirectory(prefix: "switchboard-actions")
        self.host = CommandActionHost(
            directory: self.directory.path,
            logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    /// Writes an executable script named `name`.
    func script(_ name: String, _ body: String) throws {
        try self.directory.write(name, "#!/bin/sh\n" + body + "\n")
        chmod(self.directory.url(name), 0o755)
    }

    func request(_ name: String, timeout: Int = 5_000) -> ActionRequest {
        ActionRequest(
            call: "C1-TEST", name: name, arguments: ["order_id": .string("TP-1"), "n": .number(2)],
            timeoutMilliseconds: timeout, deadline: Timestamp(millisecondsSince1970: 0))
    }

    @Test func theArgumentsGoInAndTheResultComesOut() async throws {
        defer { self.directory.remove() }
        try self.script("echo_args", #"printf '{"ok":true,"data":'; cat; printf '}'"#)
        let result = await self.host.perform(self.request("echo_args"))
        #expect(result == .success(["order_id": .string("TP-1"), "n": .number(2)]))
    }

    /// A program that is still open for writing cannot be run ("Text file busy"): while some
    /// process holds it so (another thread forked while writing a script, which made this
    /// suite flaky), the host tries again within the call's time.
    @Test func aProgramBusyForAMomentStillRuns() async throws {
        defer { self.directory.remove() }
        try self.script("busy", #"printf '{"ok":true,"data":{"ran":true}}'"#)
        let writer = open(self.directory.url("busy"), O_WRONLY | O_CLOEXEC)
        #expect(writer >= 0)
        // Released on a thread of dispatch's own: the host's call blocks its task's thread,
        // and a loaded test run may have no other thread of the task pool free.
        let released = DispatchGroup()
        released.enter()
        DispatchQueue(label: "release").asyncAfter(deadline: .now() + .milliseconds(50)) {
            close(writer)
            released.leave()
        }
        let result = await self.host.perform(self.request("busy"))
        released.wait()
        #expect(result == .success(["ran": .bool(true)]))
    }

    @Test func aProgramBusyPastTheTimeoutFails() async throws {
        defer { self.directory.remove() }
        try self.script("busy", #"printf '{"ok":true,"data":{}}'"#)
        let writer = open(self.directory.url("busy"), O_WRONLY | O_CLOEXEC)
        defer { close(writer) }
        let result = await self.host.perform(self.request("busy", timeout: 50))
        #expect(
            result == .failure("\(self.directory.url("busy")) could not be started: Text file busy")
        )
    }

    @Test func anObjectWithoutOkIsTheData() async throws {
        defer { self.directory.remove() }
        try self.script(
            "plain", #"cat >/dev/null; echo '{"status":"delivered"}'; echo 'to the operator' >&2"#)
        #expect(
            await self.host.perform(self.request("plain"))
                == .success(["status": .string("delivered")]))
    }

    @Test func failuresAreFailuresOfTheCall() async throws {
        defer { self.directory.remove() }
        try self.script("declines", #"echo '{"ok":false,"error":"no such order"}'"#)
        try self.script("garbage", "echo 'not json'")
        try self.script("crashes", "exit 3")
        try self.script("array", "echo '[1,2]'")
        #expect(await self.host.perform(self.request("declines")) == .failure("no such order"))
        for name in ["garbage", "crashes", "array", "missing", "../etc"] {
            let result = await self.host.perform(self.request(name))
            guard case .failure = result else {
                Issue.record("\(name) gave \(result)")
                continue
            }
        }
    }

    /// A program that echoes its input to standard error (a traceback, a failed `curl`) put
    /// a sensitive slot's value and the user's email address in the chat's log as typed.
    @Test func theStandardErrorLoggedIsMasked() async throws {
        defer { self.directory.remove() }
        let handler = InMemoryLogHandler()
        let host = CommandActionHost(
            directory: self.directory.path, logger: Logger(label: "test") { _ in handler })
        try self.script("noisy", #"echo 'bad input:' "$(cat)" >&2; echo '{"ok":true}'"#)
        let request = ActionRequest(
            call: "C1-TEST", name: "noisy",
            arguments: [
                "answer": .string("Rosebud Street"), "contact": .string("jane.doe@example.com"),
                "order_id": .string("TP-1"),
            ],
            sensitiveArguments: ["answer"], timeoutMilliseconds: 5_000,
            deadline: Timestamp(millisecondsSince1970: 0))
        #expect(await host.perform(request) == .success([:]))
        #expect(
            handler.entries.map(\.message.description) == [
                #"bad input: {"answer":"[redacted]","contact":"[email]","order_id":"TP-1"}"#
            ])
    }

    @Test func aSlowProgramIsKilledAtTheTimeout() async throws {
        defer { self.directory.remove() }
        try self.script("slow", "exec sleep 30")
        let start = ContinuousClock.now
        #expect(await self.host.perform(self.request("slow", timeout: 300)) == .timeout)
        #expect(ContinuousClock.now - start < .seconds(5))
    }
}
