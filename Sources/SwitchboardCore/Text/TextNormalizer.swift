/// Folds user text into the normalized byte form that intent matching and retrieval run on.
///
/// The output is UTF-8: words separated by exactly one space (0x20), with no leading or
/// trailing space. One pass over the input bytes applies these rules:
///
/// - ASCII letters are lowercased and digits are kept.
/// - An apostrophe (`'`, U+2019 or U+02BC) between two letters is dropped so the word stays
///   whole (`don't` becomes `dont`); anywhere else it separates words.
/// - All other ASCII punctuation, symbols, whitespace and controls separate words.
/// - Latin-1 Supplement and Latin Extended-A letters (and a few common Latin Extended-B ones:
///   Romanian comma-below, Vietnamese horn, pinyin caron) are case-folded and stripped of
///   diacritics: `É` becomes `e`, `ß` becomes `ss`, `Æ` becomes `ae`, `þ` becomes `th`.
///   Latin-1 punctuation and symbols (`¡ ¿ « » ° · × ÷`, no-break space) separate words; the
///   soft hyphen is dropped.
/// - Greek and Cyrillic capitals are lowercased; accented Greek vowels lose their accents and
///   final sigma folds to `σ`.
/// - Combining diacritical marks (U+0300 through U+036F) are dropped, so decomposed text folds
///   like precomposed text.
/// - General Punctuation (U+2000 through U+206F: dashes, quotes, ellipsis, zero-width
///   characters), CJK and fullwidth punctuation, a few Armenian, Hebrew and Arabic
///   punctuation marks, the byte-order mark and U+FFFD separate words. Fullwidth ASCII
///   letters and digits fold to ASCII.
/// - Every other scalar (CJK, Arabic, emoji, ...) is kept, as its UTF-8 bytes, as part of a word.
/// - Bytes that are not well-formed UTF-8 separate words; the output is always valid UTF-8.
///
/// ```swift
/// let normalizer = TextNormalizer()
/// normalizer.normalize("Don't CHARGE me — café!")  // bytes of "dont charge me cafe"
/// ```
public struct TextNormalizer: Sendable {
    /// Entries for U+0080 through U+07FF, indexed by `codePoint - 0x80`; see `Entry`.
    private let twoByteTable: [UInt32]

    /// Creates a normalizer; every normalizer shares the same immutable tables.
    public init() {
        twoByteTable = Self.twoByteEntries
    }

    /// Returns the normalized UTF-8 bytes of `text`.
    public func normalize(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { input in
            guard !input.isEmpty else { return [] }
            return [UInt8](unsafeUninitializedCapacity: input.count) { buffer, initializedCount in
                guard let base = buffer.baseAddress else { return }
                initializedCount = fold(input, into: base)
            }
        }
    }

    /// Appends the normalized form of the UTF-8 bytes in `input` to `output`.
    ///
    /// What is appended has no leading or trailing space of its own; nothing separates it from
    /// bytes already in `output`. Reusing one `output` buffer across calls avoids allocation.
    public func normalize(utf8 input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        guard !input.isEmpty else { return }
        // The normalized form is never longer than its input: every emitted space stands for at
        // least one separator byte, and no scalar's replacement is longer than its encoding.
        // Copying the input in is just a cheap way to make room.
        let start = output.count
        output.append(contentsOf: input)
        let written = output.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return fold(input, into: base + start)
        }
        output.removeLast(input.count - written)
    }

    /// Normalizes `input` into `output`, which has room for `input.count` bytes and does not
    /// overlap it, and returns the number of bytes written.
    private func fold(
        _ input: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutablePointer<UInt8>
    ) -> Int {
        twoByteTable.withUnsafeBufferPointer { table -> Int in
            guard let bytes = input.baseAddress else { return 0 }
            let count = input.count
            var index = 0
            var written = 0
            // A separator was seen since the last word character.
            var needsSpace = false
            // The last word character was a letter (not a digit).
            var afterLetter = false
            // An apostrophe directly followed a letter; it joins if a letter comes next.
            var pendingApostrophe = false

            while index < count {
                let lead = bytes[index]
                // What to emit: up to four bytes, lowest first.
                var packed: UInt32
                var length: Int
                var letter: Bool
                if lead < 0x80 {
                    index += 1
                    let lower = lead | 0x20
                    if lower &- 0x61 < 26 {
                        if !needsSpace && !pendingApostrophe {
                            // Inside a word: the common case.
                            output[written] = lower
                            written += 1
                            afterLetter = true
                            continue
                        }
                        packed = UInt32(lower)
                        length = 1
                        letter = true
                    } else if lead &- 0x30 < 10 {
                        packed = UInt32(lead)
                        length = 1
                        letter = false
                    } else if lead == 0x27 && afterLetter && !pendingApostrophe {
                        pendingApostrophe = true
                        continue
                    } else {
                        needsSpace = true
                        afterLetter = false
                        pendingApostrophe = false
                        continue
                    }
                } else {
                    var entry: UInt32 = 0
                    if lead < 0xC2 {
                        // A stray continuation byte, or the lead of an overlong encoding.
                        index += 1
                    } else if lead < 0xE0 {
                        if index + 1 < count && bytes[index + 1] & 0xC0 == 0x80 {
                            let scalar = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
                            entry = table[scalar &- 0x80]
                            index += 2
                        } else {
                            index += 1
                        }
                    } else if lead < 0xF0 {
                        let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                        let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                        if index + 2 < count && bytes[index + 1] >= low
                            && bytes[index + 1] <= high && bytes[index + 2] & 0xC0 == 0x80
                        {
                            entry = Self.threeByteEntry(
                                lead, bytes[index + 1], bytes[index + 2])
                            index += 3
                        } else {
                            index += 1
                        }
                    } else if lead < 0xF5 {
                        let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
                        let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                        if index + 3 < count && bytes[index + 1] >= low
                            && bytes[index + 1] <= high && bytes[index + 2] & 0xC0 == 0x80
                            && bytes[index + 3] & 0xC0 == 0x80
                        {
                            entry = Entry.fourByteMarker
                        }
                        index += entry == 0 ? 1 : 4
                    } else {
                        index += 1
                    }

                    if entry == Entry.fourByteMarker {
                        packed =
                            UInt32(lead) | UInt32(bytes[index - 3]) << 8
                            | UInt32(bytes[index - 2]) << 16 | UInt32(bytes[index - 1]) << 24
                        length = 4
                        letter = true
                    } else {
                        length = Int(truncatingIfNeeded: entry >> Entry.lengthShift) & 3
                        packed = entry & Entry.bytesMask
                        letter = entry & Entry.letter != 0
                        if length == 0 {
                            if entry & Entry.ignorable != 0 {
                                continue
                            }
                            if entry & Entry.apostrophe != 0 && afterLetter && !pendingApostrophe {
                                pendingApostrophe = true
                                continue
                            }
                            needsSpace = true
                            afterLetter = false
                            pendingApostrophe = false
                            continue
                        }
                    }
                }

                // Start or continue a word with `length` bytes from `packed`.
                if pendingApostrophe {
                    pendingApostrophe = false
                    needsSpace = needsSpace || !letter
                }
                if needsSpace {
                    needsSpace = false
                    if written > 0 {
                        output[written] = 0x20
                        written += 1
                    }
                }
                afterLetter = letter
                for _ in 0..<length {
                    output[written] = UInt8(truncatingIfNeeded: packed)
                    packed >>= 8
                    written += 1
                }
            }
            return written
        }
    }

    /// The entry for the scalar encoded by the three well-formed bytes given.
    private static func threeByteEntry(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> UInt32 {
        let scalar = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
        switch scalar {
        case 0x2019:
            return Entry.apostrophe
        case 0x2000...0x206F, 0x3000...0x3003, 0x3008...0x3011, 0x3014...0x301F, 0xFEFF, 0xFFFD:
            return 0
        case 0xFF10...0xFF19:
            return Entry.ascii(UInt8(truncatingIfNeeded: scalar - 0xFF10 + 0x30), letter: false)
        case 0xFF21...0xFF3A:
            return Entry.ascii(UInt8(truncatingIfNeeded: scalar - 0xFF21 + 0x61))
        case 0xFF41...0xFF5A:
            return Entry.ascii(UInt8(truncatingIfNeeded: scalar - 0xFF41 + 0x61))
        case 0xFF01...0xFF65:
            return 0
        default:
            return UInt32(lead) | UInt32(second) << 8 | UInt32(third) << 16 | 3 << Entry.lengthShift
                | Entry.letter
        }
    }
}
