extension DefinitionDecoder {
    /// Decodes `businessHours`: `{"timeZone" | "utcOffset", "days", "open", "close",
    /// "holidays"}`, or
    /// `false` (around the clock) where `allowsFalse`.
    ///
    /// - Returns: `nil` when the value is invalid (each problem is a diagnostic), `.some(nil)`
    ///   for `false`, and the hours otherwise.
    mutating func businessHours(
        _ node: JSONNode, at path: String, allowsFalse: Bool
    ) -> BusinessHours?? {
        if allowsFalse, case .bool(false) = node.value { return .some(nil) }
        if case .bool = node.value {
            self.error(
                "wrong-type",
                allowsFalse
                    ? "expected an object or false (around the clock), found true"
                    : "expected an object (a queue may say false), found a boolean", node, path)
            return nil
        }
        guard
            let object = self.object(
                node, at: path,
                allowed: ["timeZone", "utcOffset", "days", "open", "close", "holidays"])
        else { return nil }
        var isValid = true
        var offset = 0
        if let offsetNode = object["utcOffset"] {
            let offsetPath = Self.join(path, "utcOffset")
            if let text = self.string(offsetNode, at: offsetPath) {
                if let minutes = Self.utcOffset(text) {
                    offset = minutes
                } else {
                    self.error(
                        "invalid-value",
                        "\"\(text)\" is not a UTC offset such as \"+01:00\", \"-05:00\" or \"Z\"",
                        offsetNode, offsetPath)
                    isValid = false
                }
            } else {
                isValid = false
            }
        }
        var zone: TimeZoneRules?
        if let zoneNode = object["timeZone"] {
            let zonePath = Self.join(path, "timeZone")
            if object["utcOffset"] != nil {
                self.error(
                    "conflict", "give timeZone or utcOffset, not both", zoneNode, zonePath)
                isValid = false
            } else if let name = self.string(zoneNode, at: zonePath) {
                do {
                    zone = try TimeZoneRules.named(name)
                } catch {
                    self.error("invalid-value", error.reason, zoneNode, zonePath)
                    isValid = false
                }
            } else {
                isValid = false
            }
        }
        var days: Set<Weekday> = []
        if let daysNode = object["days"] {
            let daysPath = Self.join(path, "days")
            let names = self.strings(daysNode, at: daysPath, allowEmptyList: false)
            if names.isEmpty { isValid = false }
            if case .array(let items) = daysNode.value {
                for (index, item) in items.enumerated() {
                    guard let name = item.value.stringValue else { continue }
                    if let day = Weekday(rawValue: name) {
                        days.insert(day)
                    } else {
                        let choices = Weekday.allCases.map(\.rawValue)
                        self.error(
                            "invalid-value",
                            "\"\(name)\" is not a day (\(choices.joined(separator: ", ")))", item,
                            Self.index(daysPath, index),
                            suggestion: Suggestion.closest(to: name, among: choices))
                        isValid = false
                    }
                }
            }
        } else {
            self.missing("days", in: node, at: path)
            isValid = false
        }
        let opens = self.clockTime(object, "open", in: node, at: path, allowsEndOfDay: false)
        let closes = self.clockTime(object, "close", in: node, at: path, allowsEndOfDay: true)
        if let opens, let closes, opens >= closes, let closeNode = object["close"] {
            self.error(
                "invalid-value",
                "closing time must be after opening time (hours past midnight are not supported; "
                    + "use \"24:00\" for midnight)", closeNode, Self.join(path, "close"))
            isValid = false
        }
        var holidays: Set<CalendarDate> = []
        if let holidaysNode = object["holidays"] {
            let holidaysPath = Self.join(path, "holidays")
            _ = self.strings(holidaysNode, at: holidaysPath)
            if case .array(let items) = holidaysNode.value {
                for (index, item) in items.enumerated() {
                    guard let text = item.value.stringValue else { continue }
                    if let date = CalendarDate(iso: text) {
                        holidays.insert(date)
                    } else {
                        self.error(
                            "invalid-value", "\"\(text)\" is not a date such as \"2026-12-25\"",
                            item, Self.index(holidaysPath, index))
                        isValid = false
                    }
                }
            }
        }
        guard isValid, let opens, let closes else { return nil }
        return .some(
            BusinessHours(
                utcOffsetMinutes: offset, timeZone: zone, days: days, opensAt: opens,
                closesAt: closes, holidays: holidays))
    }

    /// `HH:MM` as minutes after midnight; reports a missing or invalid time.
    private mutating func clockTime(
        _ object: JSONObject, _ key: String, in node: JSONNode, at path: String,
        allowsEndOfDay: Bool
    ) -> Int? {
        guard let valueNode = object[key] else {
            self.missing(key, in: node, at: path)
            return nil
        }
        let fieldPath = Self.join(path, key)
        guard let text = self.string(valueNode, at: fieldPath) else { return nil }
        let bytes = Array(text.utf8)
        func digit(_ index: Int) -> Int? {
            let byte = bytes[index]
            return byte >= 48 && byte <= 57 ? Int(byte - 48) : nil
        }
        if bytes.count == 5, bytes[2] == 58, let h1 = digit(0), let h2 = digit(1),
            let m1 = digit(3), let m2 = digit(4)
        {
            let hours = h1 * 10 + h2
            let minutes = m1 * 10 + m2
            if hours < 24, minutes < 60 { return hours * 60 + minutes }
            if allowsEndOfDay, hours == 24, minutes == 0 { return 1440 }
        }
        self.error(
            "invalid-value",
            "\"\(text)\" is not a time such as \"09:00\""
                + (allowsEndOfDay ? " (\"24:00\" is midnight)" : ""), valueNode, fieldPath)
        return nil
    }

    /// `+HH:MM`, `-HH:MM` or `Z` as minutes east of UTC.
    static func utcOffset(_ text: String) -> Int? {
        if text == "Z" { return 0 }
        let bytes = Array(text.utf8)
        guard bytes.count == 6, bytes[0] == 43 || bytes[0] == 45, bytes[3] == 58 else {
            return nil
        }
        var digits: [Int] = []
        for index in [1, 2, 4, 5] {
            guard bytes[index] >= 48, bytes[index] <= 57 else { return nil }
            digits.append(Int(bytes[index] - 48))
        }
        let hours = digits[0] * 10 + digits[1]
        let minutes = digits[2] * 10 + digits[3]
        guard hours <= 14, minutes < 60 else { return nil }
        let total = hours * 60 + minutes
        return bytes[0] == 45 ? -total : total
    }
}
