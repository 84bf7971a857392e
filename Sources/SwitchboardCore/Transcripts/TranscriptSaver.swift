/// Saves a conversation as a transcript that replays green at once.
///
/// Personal data in the user's messages, and in the text values of the `given` context and
/// slots (the frontend's values, such as `--context email=...`), is replaced by fake values of
/// the same kind before anything is written (`user1@example.com`, `+1 202 555 0101`, ...), the
/// same fake for the same value however it is written (an email in any case, an IBAN with or
/// without spaces: see ``PIISubstitution``), so the bot still recognises them on replay; the
/// expectations are then recorded by replaying the masked messages, so they hold by
/// construction.
public struct TranscriptSaver: Sendable {
    /// The bot the conversation was with.
    public let bot: Bot
    /// The canned action results the conversation is recorded with (replay must use the same:
    /// the bot's own `mocks.json`).
    public let mocks: ActionMocks

    /// Creates a saver.
    public init(bot: Bot, mocks: ActionMocks = ActionMocks()) {
        self.bot = bot
        self.mocks = mocks
    }

    /// Masks, records and writes a transcript (creating folders as needed).
    ///
    /// - Returns: the transcript written.
    /// - Throws: ``TranscriptError`` when the setup is invalid or the file cannot be written.
    ///
    /// - Parameter turnMocks: per message, the action results the conversation got that
    ///   ``mocks`` would not have given (from real scripts, say); they are written as the
    ///   turn's `mock` lines, with the same fakes for personal data as the messages, so the
    ///   transcript replays what happened.
    @discardableResult
    public func save(
        inputs: [String], turnMocks: [ActionMocks] = [], given: TranscriptGiven, to path: String
    ) throws(TranscriptError) -> Transcript {
        var substitution = PIISubstitution(masker: self.bot.masker)
        let masked = inputs.map { substitution.substitute(in: $0) }
        let maskedMocks = turnMocks.map { mocks in
            ActionMocks(
                entries: mocks.entries.mapValues { entries in
                    entries.map { $0.mapStrings { substitution.substitute(in: $0) } }
                })
        }
        // The `given` lines are written too: `--context email=jane@example.com` was saved as
        // typed. After the messages, so their fakes are numbered as before.
        var given = given
        for key in given.context.keys.sorted() {
            if case .text(let text)? = given.context[key] {
                given.context[key] = .text(substitution.substitute(in: text))
            }
        }
        for key in given.slots.keys.sorted() {
            if case .text(let text)? = given.slots[key] {
                given.slots[key] = .text(substitution.substitute(in: text))
            }
        }
        let transcript = try TranscriptRunner(bot: self.bot, mocks: self.mocks).record(
            inputs: masked, given: given, path: path, turnMocks: maskedMocks)
        let comments = [
            "Saved from `switchboard chat` (bot \(self.bot.definition.botID), \(self.bot.definition.contentHash.prefix(19))).",
            "Personal data in the user's messages was replaced by fake values of the same kind.",
        ]
        let text = TranscriptWriter.text(of: transcript, comments: comments)
        if let slash = path.lastIndex(of: "/") {
            do {
                try FileSystem.createDirectory(String(path[..<slash]))
            } catch {
                throw TranscriptError(
                    path: path, line: 1, message: "cannot create the folder: \(error.reason)")
            }
        }
        do {
            try FileSystem.writeAtomically(Array(text.utf8), to: path)
        } catch {
            throw TranscriptError(path: path, line: 1, message: "cannot write: \(error.reason)")
        }
        return transcript
    }
}
