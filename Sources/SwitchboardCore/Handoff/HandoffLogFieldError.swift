/// A log line that names its kind but lacks a field, or has one of the wrong form.
struct HandoffLogFieldError: Error, Sendable, Equatable {
    /// The field.
    var field: String

    init(_ field: String) {
        self.field = field
    }
}
