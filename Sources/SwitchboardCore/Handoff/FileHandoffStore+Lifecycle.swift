extension FileHandoffStore {
    /// The log's tickets with their lifecycle, and the lines that could not be used.
    ///
    /// - Throws: ``HandoffStoreError`` only when the log cannot be opened or read at all; a
    ///   missing log has no tickets.
    public func ledger() throws(HandoffStoreError) -> HandoffLedger {
        do throws(StorageError) {
            return HandoffLedger(contents: try self.file.read(), path: self.path)
        } catch {
            throw HandoffStoreError(error)
        }
    }

    /// Appends a lifecycle event after checking it against the log, under one lock, so two
    /// people cannot both accept a ticket.
    ///
    /// - Returns: the ticket with the event applied.
    /// - Throws: ``HandoffLifecycleError`` when the event does not follow from the ticket's
    ///   status (nothing is written, and a missing log is not created), or the log cannot be
    ///   read or written.
    @discardableResult
    public func record(_ event: HandoffEvent) throws(HandoffLifecycleError) -> HandoffTicket {
        var ledger = HandoffLedger(path: self.path)
        // A missing log has no tickets: refuse the event without creating the file (the update
        // below opens the log for appending, which would leave an empty one behind).
        if !FileSystem.exists(self.path) { try ledger.apply(event) }
        do {
            try self.file.update { (contents: JSONLinesContents) throws(HandoffLifecycleError) in
                ledger = HandoffLedger(contents: contents, path: self.path)
                try ledger.apply(event)
                return [event.jsonLine()]
            }
        } catch {
            switch error {
            case .rejected(let rejection): throw rejection
            case .storage(let storage): throw .store(HandoffStoreError(storage))
            }
        }
        guard let ticket = ledger.ticket(event.ticket) else {
            throw .unknownTicket(ticket: event.ticket, path: self.path, suggestion: nil)
        }
        return ticket
    }
}
