#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Writes lines to a file descriptor, standard output by default.
///
/// Lines are gathered in a buffer and written with one `write(2)` at ``flush()``, or as soon
/// as the buffer holds ``flushBytes``: the bridge flushes before it waits for input, so a
/// burst of requests read together is answered with one system call instead of one per line,
/// and a lone request's response still goes out at once. A reader that has gone away
/// (`EPIPE`, with `SIGPIPE` ignored) or any other write failure ends the output with
/// ``LineSinkClosed``.
public struct FileDescriptorLineSink: LineSink {
    /// How many buffered bytes make a write without waiting for ``flush()``; it bounds how
    /// long the first response of a burst waits for the rest.
    public static let flushBytes = 16 * 1024

    private let descriptor: Int32
    private var buffer: [UInt8] = []

    /// Creates a sink writing to `descriptor`.
    public init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
        self.buffer.reserveCapacity(Self.flushBytes + 1024)
    }

    /// Adds the line and its newline to the buffer, writing the buffer once it is full.
    public mutating func writeLine(_ bytes: [UInt8]) throws(LineSinkClosed) {
        self.buffer.append(contentsOf: bytes)
        self.buffer.append(0x0A)
        if self.buffer.count >= Self.flushBytes { try self.flush() }
    }

    /// Writes every buffered line.
    public mutating func flush() throws(LineSinkClosed) {
        defer { self.buffer.removeAll(keepingCapacity: true) }
        var written = 0
        while written < self.buffer.count {
            let count = self.buffer.withUnsafeBytes { buffer in
                write(
                    self.descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written
                )
            }
            if count >= 0 {
                written += count
                continue
            }
            switch errno {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                var descriptor = pollfd(fd: self.descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&descriptor, 1, -1)
            default:
                throw LineSinkClosed(reason: String(cString: strerror(errno)))
            }
        }
    }
}
