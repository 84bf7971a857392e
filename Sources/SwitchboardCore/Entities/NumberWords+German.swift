extension NumberWords {
    /// The number spelled in `language` from token `index`, and the index of its last token.
    static func parse(
        _ text: EntityText, at index: Int, article: Bool = false, language: Language
    ) -> (value: Int, last: Int)? {
        switch language {
        case .english: self.parse(text, at: index, article: article)
        case .german: self.parseGerman(text, at: index, article: article)
        }
    }

    /// German units below twenty, folded as ``EntityText`` keys are (`fünf` as `funf`).
    static let germanUnits: [String: Int] = [
        "null": 0, "eins": 1, "ein": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "funf": 5,
        "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
        "zwolf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "funfzehn": 15,
        "fuenfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    ]

    /// German tens.
    static let germanTens: [String: Int] = [
        "zwanzig": 20, "dreissig": 30, "dreizig": 30, "vierzig": 40, "funfzig": 50,
        "fuenfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
    ]

    /// The forms of the indefinite article, read as one only when `article` is set ("vor
    /// einer Woche"); "eins" is always one.
    private static let germanArticles: Set<String> = [
        "ein", "eine", "einen", "einem", "einer", "eines",
    ]

    /// A German number below one million at token `index`: one word, as German writes them
    /// ("einundzwanzig", "zweihundertfünf", "dreitausend"), or words in a row that join into
    /// one ("zwei tausend", "hundert und fünf").
    static func parseGerman(
        _ text: EntityText, at index: Int, article: Bool
    ) -> (value: Int, last: Int)? {
        guard let first = text.word(index), !text.isGluedBefore(index) else { return nil }
        if self.germanArticles.contains(first) {
            // "ein" starts "ein hundert" too; alone it is an article.
            if let next = text.word(index + 1), text.tokens[index + 1].isSpaced,
                next.hasPrefix("hundert") || next.hasPrefix("tausend"),
                let (value, last) = self.joinedGerman(text, from: index)
            {
                return (value, last)
            }
            return article && !text.isGluedAfter(index) ? (1, index) : nil
        }
        return self.joinedGerman(text, from: index)
    }

    /// The longest run of words from `index` whose joined text is a German number.
    private static func joinedGerman(
        _ text: EntityText, from index: Int
    ) -> (value: Int, last: Int)? {
        var joined = ""
        var best: (value: Int, last: Int)?
        var position = index
        while let word = text.word(position), position == index || text.tokens[position].isSpaced,
            joined.utf8.count + word.utf8.count <= 60
        {
            joined += word
            if let value = self.germanNumber(joined), !text.isGluedAfter(position) {
                best = (value, position)
            }
            position += 1
        }
        return best
    }

    /// The value of a German number word below one million, or `nil`.
    static func germanNumber(_ word: String) -> Int? {
        let bytes = ArraySlice(word.utf8)
        guard !bytes.isEmpty, bytes.count <= 60 else { return nil }
        if let split = self.find("tausend", in: bytes) {
            let head = bytes[..<split]
            let tail = bytes[(split + 7)...]
            let thousands = head.isEmpty ? 1 : self.belowThousand(head)
            let rest = tail.isEmpty ? 0 : self.belowThousand(self.droppingUnd(tail))
            guard let thousands, let rest, thousands > 0 else { return nil }
            return thousands * 1000 + rest
        }
        return self.belowThousand(bytes)
    }

    private static func belowThousand(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        if let split = self.find("hundert", in: bytes) {
            let head = bytes[..<split]
            let tail = bytes[(split + 7)...]
            let hundreds = head.isEmpty ? 1 : self.belowHundred(head)
            let rest = tail.isEmpty ? 0 : self.belowHundred(self.droppingUnd(tail))
            guard let hundreds, let rest, (1...9).contains(hundreds) else { return nil }
            return hundreds * 100 + rest
        }
        return self.belowHundred(bytes)
    }

    private static func belowHundred(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        let word = String(decoding: bytes, as: UTF8.self)
        if let value = self.germanUnits[word] ?? self.germanTens[word] { return value }
        guard let split = self.find("und", in: bytes), split > bytes.startIndex else {
            return nil
        }
        let unit = String(decoding: bytes[..<split], as: UTF8.self)
        let tens = String(decoding: bytes[(split + 3)...], as: UTF8.self)
        guard unit != "eins", let unitValue = self.germanUnits[unit], (1...9).contains(unitValue),
            let tensValue = self.germanTens[tens]
        else { return nil }
        return tensValue + unitValue
    }

    /// The bytes without a leading "und" ("hundertundfünf").
    private static func droppingUnd(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        self.find("und", in: bytes) == bytes.startIndex && bytes.count > 3
            ? bytes.dropFirst(3) : bytes
    }

    /// The index of the first occurrence of `needle` in `bytes`.
    private static func find(_ needle: StaticString, in bytes: ArraySlice<UInt8>) -> Int? {
        let length = needle.utf8CodeUnitCount
        guard bytes.count >= length else { return nil }
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: length)
        var start = bytes.startIndex
        while start + length <= bytes.endIndex {
            if bytes[start..<(start + length)].elementsEqual(pattern) { return start }
            start += 1
        }
        return nil
    }
}
