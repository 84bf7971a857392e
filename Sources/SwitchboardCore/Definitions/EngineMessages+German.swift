extension EngineMessages {
    /// The engine's texts in German: the defaults of a bot whose locale is `de` or `de-*`.
    public static let german: EngineMessages = {
        var messages = EngineMessages()
        messages.resume = MessageTemplate(text: Self.parsed("Zurück zu {flow}."))
        messages.cancelled = MessageTemplate(literal: "In Ordnung, ich habe das abgebrochen.")
        messages.restarted = MessageTemplate(literal: "In Ordnung, fangen wir von vorne an.")
        messages.clarify = MessageTemplate(literal: "Entschuldigung, meinten Sie eines davon?")
        messages.back = MessageTemplate(literal: "In Ordnung, zurück zur vorigen Frage.")
        messages.backUnavailable = MessageTemplate(
            literal: "Entschuldigung, von hier aus kann ich nicht zurück.")
        messages.confirmRetry = MessageTemplate(
            literal: "Entschuldigung, ich brauche ein Ja oder ein Nein.")
        messages.kbNotFound = MessageTemplate(
            literal: "Dazu habe ich leider keinen Hilfeartikel gefunden.")
        messages.ended = MessageTemplate(
            literal: "Dieses Gespräch ist beendet, beginnen wir ein neues.")
        messages.handoffFailed = MessageTemplate(
            literal:
                "Entschuldigung, ich konnte unser Team gerade nicht erreichen. Bitte versuchen Sie "
                + "es in ein paar Minuten noch einmal.")
        messages.secretRemoved = MessageTemplate(
            literal:
                "Zu Ihrer Sicherheit: Bitte teilen Sie in diesem Chat niemals Kartennummern, Codes "
                + "oder Passwörter. Ich habe es entfernt; wir fragen hier nie danach.")
        messages.csatRetry = MessageTemplate(
            literal: "Bitte antworten Sie mit einer Zahl von 1 bis 5.")
        messages.csatDeclined = MessageTemplate(literal: "Kein Problem.")
        messages.kbFeedback = MessageTemplate(
            text: Template(literal: "Hat das Ihre Frage beantwortet?"), options: Self.yesNoOptions)
        messages.kbHelped = MessageTemplate(literal: "Schön, dass es geholfen hat.")
        messages.kbNext = MessageTemplate(
            literal: "Das tut mir leid. Dieser Artikel hilft vielleicht weiter:")
        messages.handedOff = MessageTemplate(
            text: Self.parsed(
                "Ihr Gespräch liegt jetzt bei unserem Team {queue} (Ticket {ticket}); eine Person "
                    + "antwortet hier bis {due}."))
        messages.actionPending = MessageTemplate(
            literal: "Einen Moment, ich prüfe das noch für Sie.")
        messages.actionFailed = MessageTemplate(
            literal:
                "Entschuldigung, das konnte ich gerade nicht prüfen. Bitte versuchen Sie es später "
                + "noch einmal.")
        return messages
    }()

    /// The texts a bot in `language` starts from, before its `messages` override any.
    public static func defaults(for language: Language) -> EngineMessages {
        switch language {
        case .english: EngineMessages()
        case .german: Self.german
        }
    }

    /// The options of a yes/no question in German.
    static let yesNoOptions = [Template(literal: "Ja"), Template(literal: "Nein")]

    private static func parsed(_ source: String) -> Template {
        (try? Template.parse(source)) ?? Template(literal: source)
    }
}
