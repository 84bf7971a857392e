#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Reads lines from a file descriptor, standard input by default.
///
/// Bytes are read in chunks with `read(2)` and framed by a ``LineFramer``, so a line over the
/// limit is skipped as it streams in. When given a ``TerminationSignal``, the source waits
/// with `poll(2)` on the input and the signal's wake-up pipe, and ends (returns `nil`) once
/// termination is requested, without taking another line.
public struct FileDescriptorLineSource: LineSource {
    private let descriptor: Int32
    private let termination: TerminationSignal?
    private var framer: LineFramer
    private var isAtEnd = false

    /// Creates a source.
    ///
    /// - Parameters:
    ///   - descriptor: the descriptor to read (standard input by default).
    ///   - maxLineBytes: the longest line kept.
    ///   - termination: ends the input early when `SIGTERM` arrives.
    public init(
        descriptor: Int32 = 0, maxLineBytes: Int,
        termination: TerminationSignal? = nil
    ) {
        self.descriptor = descriptor
        self.termination = termination
        self.framer = LineFramer(maxLineBytes: maxLineBytes)
    }

    /// Whether a complete line is already read and framed, so the next call does not wait.
    public var hasWaitingLine: Bool { self.framer.hasCompleteLine }

    /// The next line, `nil` at the end of the input or once termination is requested.
    public mutating func nextLine() -> InputLine? {
        guard case .line(let line)? = self.nextLine(waitingAtMost: nil) else { return nil }
        return line
    }

    /// The next line, ``LineWait/timedOut`` when none is complete within `milliseconds`,
    /// `nil` at the end of the input or once termination is requested.
    public mutating func nextLine(waitingAtMost milliseconds: Int?) -> LineWait? {
        if self.termination?.isRequested == true { return nil }
        if let line = self.framer.nextLine() { return .line(line) }
        while !self.isAtEnd {
            switch self.waitForInput(milliseconds: milliseconds) {
            case .ready: break
            case .terminated: return nil
            case .timedOut: return .timedOut
            }
            let descriptor = self.descriptor
            let count = self.framer.refill { buffer in
                read(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK { continue }
                self.isAtEnd = true
            } else if count == 0 {
                self.isAtEnd = true
            } else if let line = self.framer.nextLine() {
                return .line(line)
            }
        }
        return self.framer.finish().map { .line($0) }
    }

    private enum Readiness {
        case ready
        case terminated
        case timedOut
    }

    /// Waits until the input is readable, termination is requested, or `milliseconds` pass
    /// (a signal that interrupts the wait ends it early, as a timeout: the caller waits again).
    private func waitForInput(milliseconds: Int?) -> Readiness {
        guard self.termination != nil || milliseconds != nil else { return .ready }
        while true {
            if self.termination?.isRequested == true { return .terminated }
            var descriptors = [pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0)]
            if let termination = self.termination {
                descriptors.append(
                    pollfd(fd: termination.wakeDescriptor, events: Int16(POLLIN), revents: 0))
            }
            let timeout = milliseconds.map { Int32(clamping: $0) } ?? -1
            let ready = poll(&descriptors, nfds_t(descriptors.count), timeout)
            if ready < 0 {
                if errno == EINTR {
                    if milliseconds == nil { continue }
                    return .timedOut
                }
                return .ready
            }
            if self.termination?.isRequested == true { return .terminated }
            if descriptors[0].revents != 0 { return .ready }
            if ready == 0 { return .timedOut }
        }
    }
}
