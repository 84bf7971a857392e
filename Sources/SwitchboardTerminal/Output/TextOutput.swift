/// Where a front end writes text.
public protocol TextOutput {
    /// Writes text as is (add your own newline).
    func write(_ text: String)
}

extension TextOutput {
    /// Writes a line.
    public func line(_ text: String = "") {
        self.write(text + "\n")
    }
}
