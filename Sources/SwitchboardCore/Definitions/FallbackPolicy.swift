/// What the bot does when it understands nothing.
public struct FallbackPolicy: Sendable, Hashable {
    /// What the bot says (variants).
    public var messages: [ResponseVariant]
    /// Fallbacks in a row before the bot offers a human.
    public var maxConsecutive: Int
    /// The offer of a human (a yes/no question).
    public var offerHuman: MessageTemplate
    /// Said when the user declines the offer.
    public var declined: MessageTemplate
    /// The handoff made when the user accepts.
    public var handoff: HandoffSpec
}
