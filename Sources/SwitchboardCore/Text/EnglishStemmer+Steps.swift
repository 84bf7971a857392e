extension EnglishStemmer.Stemming {
    // MARK: Steps

    /// Stems the exceptional forms that the rules would get wrong; returns whether it did.
    mutating func exceptionalForm() -> Bool {
        switch count {
        case 3:
            return equals("sky")
        case 4:
            if equals("bias") || equals("howe") || equals("news") {
                return true
            }
            if equals("skis") || equals("idly") {
                count = 3
                return true
            }
            if equals("only") || equals("ugly") {
                start[3] = UInt8(ascii: "i")
                return true
            }
            return false
        case 5:
            if equals("andes") || equals("atlas") {
                return true
            }
            if equals("early") {
                start[4] = UInt8(ascii: "i")
                return true
            }
            if equals("skies") {
                start[2] = UInt8(ascii: "y")
                count = 3
                return true
            }
            return false
        case 6:
            if equals("cosmos") {
                return true
            }
            if equals("gently") || equals("singly") {
                count = 5
                return true
            }
            return false
        default:
            return false
        }
    }

    /// Removes a leading apostrophe and marks consonant `y` as `Y`.
    mutating func prelude() {
        if count > 0 && start[0] == UInt8(ascii: "'") {
            start += 1
            count -= 1
        }
        guard count > 0 else { return }
        if start[0] == UInt8(ascii: "y") {
            start[0] = UInt8(ascii: "Y")
            foundY = true
        }
        var index = 1
        while index < count {
            if start[index] == UInt8(ascii: "y") && isVowel(index - 1) {
                start[index] = UInt8(ascii: "Y")
                foundY = true
            }
            index += 1
        }
    }

    /// Sets R1 and R2.
    mutating func markRegions() {
        r1 = count
        r2 = count
        guard count > 0 else { return }
        let prefixLength: Int?
        switch start[0] {
        case UInt8(ascii: "a"): prefixLength = matches("arsen", at: 0) ? 5 : nil
        case UInt8(ascii: "c"): prefixLength = matches("commun", at: 0) ? 6 : nil
        case UInt8(ascii: "e"): prefixLength = matches("emerg", at: 0) ? 5 : nil
        case UInt8(ascii: "g"): prefixLength = matches("gener", at: 0) ? 5 : nil
        case UInt8(ascii: "i"): prefixLength = matches("inter", at: 0) ? 5 : nil
        case UInt8(ascii: "l"): prefixLength = matches("later", at: 0) ? 5 : nil
        case UInt8(ascii: "o"): prefixLength = matches("organ", at: 0) ? 5 : nil
        case UInt8(ascii: "p"): prefixLength = matches("past", at: 0) ? 4 : nil
        case UInt8(ascii: "u"): prefixLength = matches("univers", at: 0) ? 7 : nil
        default: prefixLength = nil
        }
        guard let first = prefixLength ?? pastVowelAndNonVowel(from: 0) else {
            return
        }
        r1 = first
        if let second = pastVowelAndNonVowel(from: first) {
            r2 = second
        }
    }

    /// Step 1a: possessive apostrophes, then `sses`, `ied`, `ies`, `s`.
    mutating func step1a() {
        if ends(with: "'s'") {
            count -= 3
        } else if ends(with: "'s") {
            count -= 2
        } else if ends(with: "'") {
            count -= 1
        }
        if ends(with: "sses") {
            count -= 2
        } else if ends(with: "ied") || ends(with: "ies") {
            // `i` after two or more letters (cries), `ie` after one (ties).
            replaceSuffix(3, with: count >= 5 ? "i" : "ie")
        } else if ends(with: "ss") || ends(with: "us") {
            return
        } else if ends(with: "s") {
            let suffix = count - 1
            if suffix >= 1 && hasVowel(from: 0, to: suffix - 1) {
                count = suffix
            }
        }
    }

    /// Step 1b: `eed`, `eedly`, `ed`, `edly`, `ing`, `ingly`.
    mutating func step1b() {
        let suffix: Int
        if ends(with: "eedly") || ends(with: "eed") {
            let length = ends(with: "eedly") ? 5 : 3
            guard inR1(length) else { return }
            let stemLength = count - length
            let isException =
                (stemLength == 4 && (matches("succ", at: 0) || matches("proc", at: 0)))
                || (stemLength == 3 && matches("exc", at: 0))
            if !isException {
                replaceSuffix(length, with: "ee")
            }
            return
        } else if ends(with: "edly") {
            suffix = count - 4
        } else if ends(with: "ingly") {
            suffix = count - 5
        } else if ends(with: "ed") {
            suffix = count - 2
        } else if ends(with: "ing") {
            suffix = count - 3
            if suffix >= 1 && start[suffix - 1] == UInt8(ascii: "y") {
                // dying, lying, tying: a consonant and `y` before `ing`.
                if suffix == 2 && !isVowel(0) {
                    replaceSuffix(4, with: "ie")
                    return
                }
            } else if isInvariantBeforeIng(suffix) {
                return
            }
        } else {
            return
        }
        guard hasVowel(from: 0, to: suffix) else { return }
        count = suffix
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            start[count] = UInt8(ascii: "e")
            count += 1
        } else if endsInDouble() {
            if count == 3 && Self.isIn(Self.aeo, start[0]) {
                return
            }
            count -= 1
        } else if count == r1 && endsInShortSyllable(at: count) {
            start[count] = UInt8(ascii: "e")
            count += 1
        }
    }

    /// `a e o`, as bits over `a` through `z`.
    static let aeo: UInt32 = 1 << 0 | 1 << 4 | 1 << 14

    /// Whether the word before `ing` is one that keeps it (`inning`, `evening`, ...).
    func isInvariantBeforeIng(_ length: Int) -> Bool {
        switch length {
        case 3:
            return matches("inn", at: 0) || matches("out", at: 0)
        case 4:
            return matches("even", at: 0) || matches("cann", at: 0)
                || matches("earr", at: 0) || matches("herr", at: 0)
        default:
            return false
        }
    }

    /// Whether the word ends in `bb dd ff gg mm nn pp rr tt`.
    func endsInDouble() -> Bool {
        guard count >= 2 else { return false }
        let last = start[count - 1]
        guard last == start[count - 2] else { return false }
        switch last {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"),
            UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"),
            UInt8(ascii: "t"):
            return true
        default:
            return false
        }
    }

    /// Step 1c: a final `y` after a consonant that is not the first letter becomes `i`.
    mutating func step1c() {
        guard count >= 3 else { return }
        let last = start[count - 1]
        if (last == UInt8(ascii: "y") || last == UInt8(ascii: "Y")) && !isVowel(count - 2) {
            start[count - 1] = UInt8(ascii: "i")
        }
    }

    /// Replaces the suffix of `length` bytes with `replacement` if it lies in R1.
    @inline(__always)
    mutating func replaceInR1(_ length: Int, with replacement: StaticString) {
        if inR1(length) {
            replaceSuffix(length, with: replacement)
        }
    }

    /// Step 2: derivational suffixes in R1 (`ational` to `ate`, `fulness` to `ful`, ...).
    mutating func step2() {
        guard count >= 2 else { return }
        switch start[count - 1] {
        case UInt8(ascii: "l"):
            if ends(with: "ational") {
                replaceInR1(7, with: "ate")
            } else if ends(with: "tional") {
                replaceInR1(6, with: "tion")
            }
        case UInt8(ascii: "i"):
            step2EndingInI()
        case UInt8(ascii: "n"):
            if ends(with: "ization") {
                replaceInR1(7, with: "ize")
            } else if ends(with: "ation") {
                replaceInR1(5, with: "ate")
            }
        case UInt8(ascii: "r"):
            if ends(with: "izer") {
                replaceInR1(4, with: "ize")
            } else if ends(with: "ator") {
                replaceInR1(4, with: "ate")
            }
        case UInt8(ascii: "m"):
            if ends(with: "alism") {
                replaceInR1(5, with: "al")
            }
        case UInt8(ascii: "s"):
            if ends(with: "iveness") {
                replaceInR1(7, with: "ive")
            } else if ends(with: "fulness") {
                replaceInR1(7, with: "ful")
            } else if ends(with: "ousness") {
                replaceInR1(7, with: "ous")
            }
        case UInt8(ascii: "t"):
            if ends(with: "ogist") {
                replaceInR1(5, with: "og")
            }
        default:
            return
        }
    }

    /// Step 2 for suffixes ending in `i`.
    mutating func step2EndingInI() {
        switch start[count - 2] {
        case UInt8(ascii: "c"):
            if ends(with: "anci") {
                replaceInR1(4, with: "ance")
            } else if ends(with: "enci") {
                replaceInR1(4, with: "ence")
            }
        case UInt8(ascii: "g"):
            if ends(with: "ogi") && inR1(3) && count >= 4
                && start[count - 4] == UInt8(ascii: "l")
            {
                replaceSuffix(3, with: "og")
            }
        case UInt8(ascii: "l"):
            if ends(with: "lessli") {
                replaceInR1(6, with: "less")
            } else if ends(with: "fulli") {
                replaceInR1(5, with: "ful")
            } else if ends(with: "ousli") {
                replaceInR1(5, with: "ous")
            } else if ends(with: "entli") {
                replaceInR1(5, with: "ent")
            } else if ends(with: "abli") {
                replaceInR1(4, with: "able")
            } else if ends(with: "alli") {
                replaceInR1(4, with: "al")
            } else if ends(with: "bli") {
                replaceInR1(3, with: "ble")
            } else if inR1(2) && count >= 3 && Self.isIn(Self.validLI, start[count - 3]) {
                count -= 2
            }
        case UInt8(ascii: "t"):
            if ends(with: "biliti") {
                replaceInR1(6, with: "ble")
            } else if ends(with: "aliti") {
                replaceInR1(5, with: "al")
            } else if ends(with: "iviti") {
                replaceInR1(5, with: "ive")
            }
        default:
            return
        }
    }

    /// Step 3: more derivational suffixes in R1 (`icate` to `ic`, `ness` removed, ...).
    mutating func step3() {
        guard count >= 1 else { return }
        switch start[count - 1] {
        case UInt8(ascii: "l"):
            if ends(with: "ational") {
                replaceInR1(7, with: "ate")
            } else if ends(with: "tional") {
                replaceInR1(6, with: "tion")
            } else if ends(with: "ical") {
                replaceInR1(4, with: "ic")
            } else if ends(with: "ful") {
                replaceInR1(3, with: "")
            }
        case UInt8(ascii: "e"):
            if ends(with: "alize") {
                replaceInR1(5, with: "al")
            } else if ends(with: "icate") {
                replaceInR1(5, with: "ic")
            } else if ends(with: "ative") {
                if inR1(5) && inR2(5) {
                    count -= 5
                }
            }
        case UInt8(ascii: "i"):
            if ends(with: "iciti") {
                replaceInR1(5, with: "ic")
            }
        case UInt8(ascii: "s"):
            if ends(with: "ness") {
                replaceInR1(4, with: "")
            }
        default:
            return
        }
    }

    /// Step 4: residual suffixes in R2 (`ance`, `ement`, `ion` after `s` or `t`, ...).
    mutating func step4() {
        guard count >= 1 else { return }
        let length: Int
        switch start[count - 1] {
        case UInt8(ascii: "c"):
            guard ends(with: "ic") else { return }
            length = 2
        case UInt8(ascii: "e"):
            if ends(with: "ance") || ends(with: "ence") || ends(with: "able")
                || ends(with: "ible")
            {
                length = 4
            } else if ends(with: "ate") || ends(with: "ive") || ends(with: "ize") {
                length = 3
            } else {
                return
            }
        case UInt8(ascii: "i"):
            guard ends(with: "iti") else { return }
            length = 3
        case UInt8(ascii: "l"):
            guard ends(with: "al") else { return }
            length = 2
        case UInt8(ascii: "m"):
            guard ends(with: "ism") else { return }
            length = 3
        case UInt8(ascii: "n"):
            guard ends(with: "ion"), inR2(3), count >= 4 else { return }
            let before = start[count - 4]
            if before == UInt8(ascii: "s") || before == UInt8(ascii: "t") {
                count -= 3
            }
            return
        case UInt8(ascii: "r"):
            guard ends(with: "er") else { return }
            length = 2
        case UInt8(ascii: "s"):
            guard ends(with: "ous") else { return }
            length = 3
        case UInt8(ascii: "t"):
            if ends(with: "ement") {
                length = 5
            } else if ends(with: "ment") {
                length = 4
            } else if ends(with: "ent") || ends(with: "ant") {
                length = 3
            } else {
                return
            }
        default:
            return
        }
        if inR2(length) {
            count -= length
        }
    }

    /// Step 5: a final `e` in R2, or in R1 after no short syllable; `ll` in R2.
    mutating func step5() {
        guard count >= 1 else { return }
        let last = count - 1
        switch start[last] {
        case UInt8(ascii: "e"):
            if last >= r2 || (last >= r1 && !endsInShortSyllable(at: last)) {
                count = last
            }
        case UInt8(ascii: "l"):
            if last >= r2 && last >= 1 && start[last - 1] == UInt8(ascii: "l") {
                count = last
            }
        default:
            return
        }
    }
}
