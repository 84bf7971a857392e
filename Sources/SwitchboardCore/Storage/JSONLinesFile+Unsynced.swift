extension JSONLinesFile {
    /// Appends several lines with one write, without waiting for the disk.
    ///
    /// Like ``append(_:)-([String])``, but returns once the write is in the operating
    /// system's hands, without `fsync`: the lines survive the process crashing, not the
    /// machine. Call ``sync()`` to make them durable.
    ///
    /// For logs that must not slow every turn down by a disk flush (the conversation log);
    /// records someone is promised (handoffs) use ``append(_:)-([String])``.
    ///
    /// - Throws: ``StorageError`` when the file cannot be opened, locked or written, or a line
    ///   contains a newline.
    public func appendWithoutSync(_ lines: [String]) throws(StorageError) {
        guard !lines.isEmpty else { return }
        let bytes = try self.encode(lines)
        try Self.append(bytes, to: try self.openForAppending(), syncing: false)
    }

    /// Makes every line appended so far durable (`fsync`); a missing file has nothing to sync.
    ///
    /// - Throws: ``StorageError`` when the file cannot be opened or synced.
    public func sync() throws(StorageError) {
        guard let file = try LockedFile.open(self.path, for: .reading, creating: false) else {
            return
        }
        try file.sync()
    }
}
