extension GermanStemmer.Stemming {
    /// Step 1: the longest of `e em en erinnen erin ln ern er s es lns`, in R1.
    ///
    /// `em` stays after `syst`; `e en es` also drop the second `s` of `-niss`; `s` goes only
    /// after a valid s-ending; `ln lns` become `l`.
    mutating func step1() {
        if ends(with: "erinnen") {
            if count - 7 >= r1 { count -= 7 }
        } else if ends(with: "erin") {
            if count - 4 >= r1 { count -= 4 }
        } else if ends(with: "lns") {
            if count - 3 >= r1 { count -= 2 }
        } else if ends(with: "ern") {
            if count - 3 >= r1 { count -= 3 }
        } else if ends(with: "em") {
            if count - 2 >= r1 && !ends(with: "syst", at: count - 2) { count -= 2 }
        } else if ends(with: "er") {
            if count - 2 >= r1 { count -= 2 }
        } else if ends(with: "ln") {
            if count - 2 >= r1 { count -= 1 }
        } else if ends(with: "en") || ends(with: "es") {
            if count - 2 >= r1 { removeEAndNiss(2) }
        } else if ends(with: "e") {
            if count - 1 >= r1 { removeEAndNiss(1) }
        } else if ends(with: "s") {
            if count - 1 >= r1 && Self.isSEnding(letter(at: count - 2)) { count -= 1 }
        }
    }

    /// Removes an `e`, `en` or `es` ending, then the last `s` of a `-niss` left before it.
    private mutating func removeEAndNiss(_ length: Int) {
        count -= length
        if ends(with: "niss") {
            count -= 1
        }
    }

    /// Step 2: the longest of `en er et st est`, in R1.
    ///
    /// `st` goes after a valid st-ending that has at least three letters before it; `et`
    /// after a valid et-ending, unless the word ends `tick`, `plan`, `geordn`, `intern` or `tr`
    /// before it.
    mutating func step2() {
        if ends(with: "est") {
            if count - 3 >= r1 { count -= 3 }
        } else if ends(with: "en") || ends(with: "er") {
            if count - 2 >= r1 { count -= 2 }
        } else if ends(with: "st") {
            let before = count - 3
            if count - 2 >= r1 && before >= 3 && Self.isSTEnding(letter(at: before)) {
                count -= 2
            }
        } else if ends(with: "et") {
            let end = count - 2
            if end >= r1 && Self.isETEnding(letter(at: end - 1))
                && !ends(with: "tick", at: end) && !ends(with: "plan", at: end)
                && !ends(with: "geordn", at: end) && !ends(with: "intern", at: end)
                && !ends(with: "tr", at: end)
            {
                count -= 2
            }
        }
    }

    /// Step 3: the derivational suffixes `end ung ig ik isch lich heit keit`, in R2.
    mutating func step3() {
        if ends(with: "end") || ends(with: "ung") {
            guard count - 3 >= r2 else { return }
            count -= 3
            // A preceding `ig` goes too, in R2 and not after `e`.
            if ends(with: "ig") && count - 2 >= r2 && letter(at: count - 3) != UInt8(ascii: "e") {
                count -= 2
            }
        } else if ends(with: "isch") {
            if count - 4 >= r2 && letter(at: count - 5) != UInt8(ascii: "e") { count -= 4 }
        } else if ends(with: "ig") || ends(with: "ik") {
            if count - 2 >= r2 && letter(at: count - 3) != UInt8(ascii: "e") { count -= 2 }
        } else if ends(with: "lich") || ends(with: "heit") {
            guard count - 4 >= r2 else { return }
            count -= 4
            // A preceding `er` or `en` goes too, in R1.
            if (ends(with: "er") || ends(with: "en")) && count - 2 >= r1 {
                count -= 2
            }
        } else if ends(with: "keit") {
            guard count - 4 >= r2 else { return }
            count -= 4
            // A preceding `lich` or `ig` goes too, in R2.
            if ends(with: "lich") {
                if count - 4 >= r2 { count -= 4 }
            } else if ends(with: "ig") {
                if count - 2 >= r2 { count -= 2 }
            }
        }
    }

    /// Removes a trailing `'`, `'s` or `'sch` that has at least two letters before it.
    mutating func apostrophe() {
        var length = 0
        if ends(with: "'sch") {
            length = 4
        } else if ends(with: "'s") {
            length = 2
        } else if ends(with: "'") {
            length = 1
        }
        if length > 0 && count - length >= 2 {
            count -= length
        }
    }
}
