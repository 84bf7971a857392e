extension ActionMocks {
    /// What `switchboard check` says about the mocks a bot ships (`DIRECTORY/mocks.json`): an
    /// error when the file does not read (chat and replay would stop on it), and a warning for
    /// each mock of an action no flow performs (a misspelled name answers nothing, so the flow
    /// takes its failure path on replay).
    ///
    /// - Returns: no diagnostics when the bot ships no mocks.
    public static func diagnostics(
        forBotIn directory: String, definition: BotDefinition
    ) -> [Diagnostic] {
        let mocks: ActionMocks
        do {
            mocks = try Self.shipped(with: directory)
        } catch {
            let origin =
                error.line > 0
                ? Origin(
                    file: error.path,
                    location: SourceLocation(line: error.line, column: 1, offset: 0),
                    path: error.jsonPath)
                : Origin(folder: error.path, path: error.jsonPath)
            return [.error("invalid-mocks", error.message, at: origin)]
        }
        var actions: [String] = []
        for flow in definition.flows {
            for state in flow.states {
                if case .action(let spec) = state.step { actions.append(spec.name) }
            }
        }
        let file = (directory.hasSuffix("/") ? directory : directory + "/") + Self.fileName
        return mocks.entries.keys.sorted().filter { !actions.contains($0) }.map { name in
            .warning(
                "unused-mock", "no flow performs action \"\(name)\", so this mock answers nothing",
                at: Origin(folder: file, path: name),
                suggestion: Suggestion.closest(to: name, among: actions))
        }
    }
}
