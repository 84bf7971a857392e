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

    /// The next line, `nil` at the end of the input or once termination is requested.
    public mutating func nextLine() -> InputLine? {
        if self.termination?.isRequested == true { return nil }
        if let line = self.framer.nextLine() { return line }
        while !self.isAtEnd {
            guard self.waitForInput() else { return nil }
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
                return line
            }
        }
        return self.framer.finish()
    }

    /// Waits until the input is readable; `false` when termination was requested instead.
    private func waitForInput() -> Bool {
        guard let termination = self.termination else { return true }
        while true {
            if termination.isRequested { return false }
            var descriptors = [
                pollfd(fd: self.descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: termination.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return true
            }
            if termination.isRequested { return false }
            if descriptors[0].revents != 0 { return true }
        }
    }
}
