#if canImport(Glibc)
internal import Glibc
#elseif canImport(Musl)
internal import Musl
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Writes lines to a file descriptor, standard output by default, one `write(2)` per line.
///
/// Nothing is buffered between lines, so each response reaches the reader as soon as it is
/// written. A reader that has gone away (`EPIPE`, with `SIGPIPE` ignored) or any other write
/// failure ends the output with ``LineSinkClosed``.
public struct FileDescriptorLineSink: LineSink {
    private let descriptor: Int32

    /// Creates a sink writing to `descriptor`.
    public init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
    }

    /// Writes the line and its newline.
    public mutating func writeLine(_ bytes: [UInt8]) throws(LineSinkClosed) {
        var line = bytes
        line.append(0x0A)
        var written = 0
        while written < line.count {
            let count = line.withUnsafeBytes { buffer in
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
