import Testing

@testable import SwitchboardCore

@Suite struct KBArticleTests {
    private func summary(_ body: String) -> String {
        KBArticle(id: "a", title: "A", body: body).summary
    }

    @Test("The summary is the first paragraph, its lines joined")
    func firstParagraph() {
        #expect(
            self.summary("First line\n  second line.\n\nSecond paragraph.")
                == "First line second line.")
        #expect(self.summary("\n\n  Only one.  ") == "Only one.  ")
        #expect(self.summary("") == "")
    }

    @Test("Headings before the first paragraph are skipped")
    func headings() {
        #expect(self.summary("# Reset\n## Steps\n\nTap the link.\n\nMore.") == "Tap the link.")
        #expect(self.summary("# Title only") == "")
    }

    @Test("Emphasis markers are dropped and links keep their text")
    func markdown() {
        #expect(
            self.summary("Tap **Forgot password** or _Help_, see [the guide](https://x.example/a).")
                == "Tap Forgot password or Help, see the guide.")
        #expect(self.summary("Run `reset` now.") == "Run reset now.")
    }

    @Test("Brackets that are not links stay as written")
    func notLinks() {
        #expect(
            self.summary("See [the guide] for more (really).")
                == "See [the guide] for more (really).")
        #expect(self.summary("An open [bracket") == "An open [bracket")
    }

    @Test("Underscores and asterisks inside words are text, not emphasis")
    func intrawordMarkers() {
        #expect(
            self.summary("Enter the code SAVE_20 at checkout.")
                == "Enter the code SAVE_20 at checkout.")
        #expect(self.summary("It costs 2 * 3 coins.") == "It costs 2 * 3 coins.")
    }
}
