internal import Synchronization

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Turns `SIGTERM` into a request to stop after the current line, and ignores `SIGPIPE`.
///
/// ``install()`` sets the handlers once per process. The handler only sets a flag and writes a
/// byte to a pipe (both async-signal-safe); a ``FileDescriptorLineSource`` waiting for input
/// polls that pipe too, so it wakes up, and the bridge finishes the line it is on, writes its
/// response and returns. `SIGPIPE` is ignored, so a closed standard output shows up as
/// `EPIPE` from `write` (see ``FileDescriptorLineSink``) instead of killing the process.
public struct TerminationSignal: Sendable {
    private static let requested = Atomic<Bool>(false)
    private static let wakeDescriptor = Atomic<Int32>(-1)
    private static let installed = Mutex<TerminationSignal?>(nil)

    /// A descriptor that becomes readable once termination is requested.
    public let wakeDescriptor: Int32

    private init(wakeDescriptor: Int32) {
        self.wakeDescriptor = wakeDescriptor
    }

    /// Whether `SIGTERM` has arrived.
    public var isRequested: Bool { Self.requested.load(ordering: .acquiring) }

    /// Installs the handlers (once; later calls return the same value).
    ///
    /// - Returns: `nil` when the wake-up pipe cannot be created; the signals are then left
    ///   with their default actions, except `SIGPIPE`, which is still ignored.
    public static func install() -> TerminationSignal? {
        Self.installed.withLock { installed -> TerminationSignal? in
            if let installed { return installed }
            signal(SIGPIPE, SIG_IGN)
            var descriptors: [Int32] = [-1, -1]
            guard pipe(&descriptors) == 0 else { return nil }
            for descriptor in descriptors {
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
                _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            }
            _ = Self.requested.load(ordering: .relaxed)
            Self.wakeDescriptor.store(descriptors[1], ordering: .releasing)
            var action = sigaction()
            #if canImport(Darwin)
            action.__sigaction_u.__sa_handler = handleTermination
            #else
            action.__sigaction_handler.sa_handler = handleTermination
            #endif
            sigemptyset(&action.sa_mask)
            // No SA_RESTART: a blocked poll or read returns EINTR and sees the flag.
            action.sa_flags = 0
            sigaction(SIGTERM, &action, nil)
            let signal = TerminationSignal(wakeDescriptor: descriptors[0])
            installed = signal
            return signal
        }
    }

    /// The signal handler: async-signal-safe operations only.
    fileprivate static func handle() {
        Self.requested.store(true, ordering: .releasing)
        let descriptor = Self.wakeDescriptor.load(ordering: .acquiring)
        if descriptor >= 0 {
            var byte: UInt8 = 1
            _ = write(descriptor, &byte, 1)
        }
    }
}

private func handleTermination(_ signal: Int32) {
    TerminationSignal.handle()
}
