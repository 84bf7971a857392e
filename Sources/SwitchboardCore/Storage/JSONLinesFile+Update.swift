extension JSONLinesFile {
    /// Why an ``update(_:)`` appended nothing: the file failed, or the caller's check did.
    public enum UpdateError<Rejection: Error>: Error {
        /// The file could not be opened, read, written or synced.
        case storage(StorageError)
        /// `decide` threw: the lines were not appended.
        case rejected(Rejection)
    }

    /// Reads the file and appends the lines `decide` returns for it, under one exclusive lock,
    /// durably: no other append can come between the read and the write.
    ///
    /// Use it when what may be appended depends on what is there already, such as a lifecycle
    /// event that is only valid for a ticket in a given status.
    ///
    /// ```swift
    /// try log.update { contents throws(TicketError) in
    ///     guard contents.lines.contains(where: { $0.string("ticket") == ticket }) else {
    ///         throw .unknown(ticket)
    ///     }
    ///     return [event.jsonLine()]
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - decide: given the complete lines and the problems, returns the lines to append (none
    ///     to append nothing) or throws to reject.
    /// - Returns: what `decide` saw.
    /// - Throws: ``UpdateError/storage(_:)`` when the file fails, ``UpdateError/rejected(_:)``
    ///   with what `decide` threw.
    @discardableResult
    public func update<Rejection: Error>(
        _ decide: (JSONLinesContents) throws(Rejection) -> [String]
    ) throws(UpdateError<Rejection>) -> JSONLinesContents {
        let file: LockedFile
        var contents = JSONLinesContents()
        do throws(StorageError) {
            file = try self.openForAppending()
            contents.problems = try Self.scan(file) { contents.lines.append($0) }
        } catch {
            throw .storage(error)
        }
        let lines: [String]
        do throws(Rejection) {
            lines = try decide(contents)
        } catch {
            throw .rejected(error)
        }
        guard !lines.isEmpty else { return contents }
        do throws(StorageError) {
            try Self.append(try self.encode(lines), to: file)
        } catch {
            throw .storage(error)
        }
        return contents
    }
}
