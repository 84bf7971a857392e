import Testing

@testable import SwitchboardCore

/// Finding the first repeated key of a parsed document, at any depth, with its path and both
/// places: what the state-file reader and the log readers report.
@Suite struct JSONDuplicateKeyTests {
    /// The first repeat in `json`, as `path`, `appearances`, first column, repeat column.
    private func earliest(_ json: String) throws -> (String, String, Int, Int)? {
        let node = try JSONParser().parse(json)
        return JSONDuplicateKey.earliest(in: node).map {
            ($0.path, $0.appearances, $0.first.keyLocation.column, $0.again.keyLocation.column)
        }
    }

    @Test func aTopLevelRepeatIsFoundWithBothPlaces() throws {
        let found = try #require(try self.earliest(#"{"user":"u-2","slots":{},"user":"u-1"}"#))
        #expect(found == ("user", "twice", 2, 26))
    }

    @Test(arguments: [
        (#"{"a":1,"s":{"b":1,"b":2}}"#, "s.b", 13, 19),
        (#"{"t":[{"u":1},{"user":"a","x":2,"user":"b"}]}"#, "t[1].user", 16, 33),
        (#"[{"a":[[{"k":1,"k":1}]]}]"#, "[0].a[0][0].k", 10, 16),
        // Escapes are decoded before keys are compared.
        (#"{"x":{"é":1,"\u00e9":2}}"#, "x.é", 7, 13),
    ])
    func aNestedRepeatIsFoundWithItsPath(
        json: String, path: String, first: Int, again: Int
    ) throws {
        let found = try #require(try self.earliest(json), "\(json)")
        #expect(found == (path, "twice", first, again), "\(json)")
    }

    /// The repeat that comes first in the text wins, whatever its depth: here the nested one,
    /// although the top-level object is visited first.
    @Test func theFirstRepeatInTheTextWins() throws {
        let json = #"{"a":1,"s":{"b":1,"b":2},"a":2}"#
        #expect(try self.earliest(json)?.0 == "s.b")
        let later = #"{"a":1,"a":2,"s":{"b":1,"b":2}}"#
        #expect(try self.earliest(later)?.0 == "a")
    }

    @Test func threeTimesIsCountedAndTheFirstRepeatIsShown() throws {
        let found = try #require(try self.earliest(#"{"k":1,"x":0,"k":2,"k":3}"#))
        #expect(found == ("k", "3 times", 2, 14))
    }

    @Test(arguments: [
        #"{"a":1,"A":2,"a ":3,"b":{"a":4},"c":[{"a":5},{"a":6}]}"#,
        #"{}"#, #"[]"#, #""text""#, #"[{"k":1},{"k":1}]"#,
    ])
    func distinctKeysHaveNoRepeat(json: String) throws {
        #expect(try self.earliest(json) == nil, "\(json)")
    }

    /// Objects too large to compare key by key take the other way, with the same answer.
    @Test func aLargeObjectIsCheckedToo() throws {
        let keys = (0..<100).map { #""k\#($0)":\#($0)"# }
        #expect(try self.earliest("{" + keys.joined(separator: ",") + "}") == nil)
        let repeated = keys + [#""k7":1"#, #""k3":1"#]
        let found = try #require(
            try self.earliest("{" + repeated.joined(separator: ",") + "}"))
        #expect(found.0 == "k7")
        #expect(found.1 == "twice")
    }
}
