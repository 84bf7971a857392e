import SwitchboardBridge
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct FileDescriptorLineSinkTests {
    /// A pipe whose read end never blocks, closed when the test ends.
    private final class Pipe {
        let readEnd: Int32
        let writeEnd: Int32

        init() throws {
            var ends: [Int32] = [-1, -1]
            try #require(pipe(&ends) == 0)
            self.readEnd = ends[0]
            self.writeEnd = ends[1]
            _ = fcntl(self.readEnd, F_SETFL, fcntl(self.readEnd, F_GETFL) | O_NONBLOCK)
        }

        deinit {
            close(self.readEnd)
            close(self.writeEnd)
        }

        /// Everything the pipe holds now.
        func drain() -> String {
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes {
                    read(self.readEnd, $0.baseAddress, 4096)
                }
                guard count > 0 else { break }
                bytes += chunk[0..<count]
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test func linesReachTheReaderAtFlush() throws {
        let pipe = try Pipe()
        var sink = FileDescriptorLineSink(descriptor: pipe.writeEnd)
        try sink.writeLine(Array(#"{"a":1}"#.utf8))
        try sink.writeLine(Array(#"{"b":2}"#.utf8))
        #expect(pipe.drain() == "")
        try sink.flush()
        #expect(pipe.drain() == "{\"a\":1}\n{\"b\":2}\n")
        try sink.flush()
        #expect(pipe.drain() == "")
    }

    @Test func aFullBufferIsWrittenWithoutWaitingForFlush() throws {
        let pipe = try Pipe()
        var sink = FileDescriptorLineSink(descriptor: pipe.writeEnd)
        let line = [UInt8](repeating: UInt8(ascii: "x"), count: 1023)
        let count = FileDescriptorLineSink.flushBytes / 1024
        for _ in 0..<(count - 1) { try sink.writeLine(line) }
        #expect(pipe.drain() == "")
        try sink.writeLine(line)
        #expect(pipe.drain().count == count * 1024)
    }

    @Test func aClosedReaderEndsTheOutput() throws {
        signal(SIGPIPE, SIG_IGN)
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        var sink = FileDescriptorLineSink(descriptor: ends[1])
        try sink.writeLine(Array("lost".utf8))
        #expect(throws: LineSinkClosed.self) { try sink.flush() }
    }
}
