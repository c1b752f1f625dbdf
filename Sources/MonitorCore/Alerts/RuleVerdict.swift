import OMSCore

/// What a rule concludes from one look: begin the alert, end it, or leave it as it is.
public enum RuleVerdict: Sendable, Equatable {
    case fire(Wording)
    case resolve(Wording)
    case unchanged
}
