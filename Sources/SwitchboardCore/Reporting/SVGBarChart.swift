/// A bar chart drawn as inline SVG: no script, no external font or style sheet, so the page
/// that holds it works offline and from a file.
///
/// Bars are drawn to scale against ``maximum`` (or the largest value); each carries its
/// value as text, so the numbers read without hovering.
///
/// ```swift
/// let chart = SVGBarChart(
///     title: "CSAT", orientation: .vertical,
///     bars: [.init(label: "5", value: 9, text: "9"), .init(label: "4", value: 3, text: "3")])
/// let svg = chart.svg()
/// ```
public struct SVGBarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        /// The label under or beside the bar.
        public var label: String
        /// The bar's length, against the chart's maximum.
        public var value: Double
        /// The figure written at the bar's end.
        public var text: String

        /// Creates a bar.
        public init(label: String, value: Double, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    /// Which way the bars run.
    public enum Orientation: Sendable {
        /// Bars grow rightwards, one per row, labels on the left.
        case horizontal
        /// Bars grow upwards, side by side, labels underneath.
        case vertical
    }

    /// What the chart shows, for its `<title>` and `aria-label`.
    public var title: String
    /// Which way the bars run.
    public var orientation: Orientation
    /// The bars, in order.
    public var bars: [Bar]
    /// The value of a full-length bar; `nil` for the largest value.
    public var maximum: Double?

    /// Creates a chart.
    public init(title: String, orientation: Orientation, bars: [Bar], maximum: Double? = nil) {
        self.title = title
        self.orientation = orientation
        self.bars = bars
        self.maximum = maximum
    }

    private static let width = 640
    private static let font = "font-family=\"sans-serif\" font-size=\"12\""

    /// The chart as one `<svg>` element.
    public func svg() -> String {
        guard !self.bars.isEmpty else {
            return self.open(height: 40)
                + "<text x=\"8\" y=\"24\" \(Self.font) fill=\"#666\">no data</text></svg>"
        }
        switch self.orientation {
        case .horizontal: return self.horizontal()
        case .vertical: return self.vertical()
        }
    }

    private var scale: Double {
        let largest = self.maximum ?? self.bars.map(\.value).max() ?? 0
        return largest > 0 ? largest : 1
    }

    private func open(height: Int) -> String {
        let title = HTMLText.escape(self.title)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.width)\" "
            + "height=\"\(height)\" viewBox=\"0 0 \(Self.width) \(height)\" "
            + "style=\"max-width:100%;height:auto\" role=\"img\" "
            + "aria-label=\"\(title)\"><title>\(title)</title>"
    }

    private func horizontal() -> String {
        let row = 26
        let labelWidth = 210
        let barSpace = Self.width - labelWidth - 90
        var svg = self.open(height: row * self.bars.count + 8)
        for (index, bar) in self.bars.enumerated() {
            let y = 4 + index * row
            let length = Int((Double(barSpace) * max(0, bar.value) / self.scale).rounded())
            svg +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\" "
                + "\(Self.font)>\(HTMLText.escape(bar.label))</text>"
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"18\" "
                + "fill=\"#3b73b9\"/>"
            svg +=
                "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 17)\" \(Self.font)>"
                + "\(HTMLText.escape(bar.text))</text>"
        }
        return svg + "</svg>"
    }

    private func vertical() -> String {
        let height = 220
        let top = 22
        let bottom = height - 40
        let slot = max(1, (Self.width - 20) / self.bars.count)
        let barWidth = max(2, min(60, slot * 2 / 3))
        // Label every bar while they fit; otherwise every nth, so labels do not overlap.
        let labelEvery = max(1, Int((64.0 / Double(slot)).rounded(.up)))
        var svg = self.open(height: height)
        svg +=
            "<line x1=\"10\" y1=\"\(bottom)\" x2=\"\(Self.width - 10)\" y2=\"\(bottom)\" "
            + "stroke=\"#999\"/>"
        for (index, bar) in self.bars.enumerated() {
            let x = 10 + index * slot + (slot - barWidth) / 2
            let length = Int((Double(bottom - top) * max(0, bar.value) / self.scale).rounded())
            let middle = x + barWidth / 2
            svg +=
                "<rect x=\"\(x)\" y=\"\(bottom - length)\" width=\"\(barWidth)\" "
                + "height=\"\(length)\" fill=\"#3b73b9\"/>"
            if slot >= 28 || index % labelEvery == 0 {
                svg +=
                    "<text x=\"\(middle)\" y=\"\(bottom - length - 6)\" text-anchor=\"middle\" "
                    + "\(Self.font)>\(HTMLText.escape(bar.text))</text>"
            }
            if index % labelEvery == 0 {
                svg +=
                    "<text x=\"\(middle)\" y=\"\(bottom + 18)\" text-anchor=\"middle\" "
                    + "\(Self.font)>\(HTMLText.escape(bar.label))</text>"
            }
        }
        return svg + "</svg>"
    }
}
