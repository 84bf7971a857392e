/// Common German function words, left out of knowledge-base terms in a German bot.
///
/// The list follows the Snowball project's German stop list (articles, pronouns, auxiliaries,
/// prepositions, conjunctions) with the courtesy and chat words a support conversation adds
/// (`bitte`, `danke`, `hallo`, `möchte`), as ``StopWords`` does for English. Terms are stems
/// of normalized text, so each word is kept as it folds (`für` as `fur`) and as it stems
/// (`deine` as `dein`). The Snowball list's `ander`, `andere`, ... are left out: folded and
/// stemmed they are `and`, the stem of `ändern` (to change), which a support question needs;
/// so are `war`, `waren`, `warst`, whose stem `war` is that of `Ware` (goods).
/// Intent matching keeps stop words: "wie kann ich" carries intent.
enum GermanStopWords {
    private static let dictionary: TermDictionary = {
        var dictionary = TermDictionary(minimumCapacity: 1024)
        let normalizer = TextNormalizer()
        let stemmer = GermanStemmer()
        for word in Self.list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let folded = normalizer.normalize(String(word))
            _ = folded.withUnsafeBufferPointer { dictionary.intern($0) }
            var stem: [UInt8] = []
            folded.withUnsafeBufferPointer { stemmer.stem($0, into: &stem) }
            _ = stem.withUnsafeBufferPointer { dictionary.intern($0) }
        }
        return dictionary
    }()

    private static let list = """
        aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis bist da
        damit dann der den des
        dem die das dass daß derselbe derselben denselben desselben demselben dieselbe dieselben
        dasselbe dazu dein deine deinem deinen deiner deines denn derer dessen dich dir du dies
        diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer eines einig
        einige einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren
        eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich mich mir
        ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes
        jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können
        könnte machen man manche manchem manchen mancher manches mein meine meinem meinen meiner
        meines mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem
        seinen seiner seines selbst sich sie ihnen sind so solche solchem solchen solcher solches
        soll sollte sondern sonst über um und uns unsere unserem unseren unser unseres unter viel
        vom von vor während was weg weil weiter welche welchem welchen welcher
        welches wenn werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu
        zum zur zwar zwischen
        bitte danke dank hallo hi hey moin servus tschüss gern gerne mal schon eben halt ja nein
        möchte möchten brauche brauchen wie wann warum wieso weshalb wer wem wen wessen woher
        wohin womit worum kannst könnt können dürfen darf sagen geht gibt
        """

    /// Whether a stem is a stop word.
    static func contains(_ stem: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stem.count <= 12 else { return false }
        return Self.dictionary.id(of: stem) != nil
    }

    /// Whether a stem, given as text, is a stop word.
    static func contains(_ stem: String) -> Bool {
        var copy = stem
        return copy.withUTF8 { Self.contains($0) }
    }
}
