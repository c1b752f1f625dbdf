import OMSCore

/// The API's rules on the create body, checked field by field as the user types.
extension TaskForm {
    /// The problem of every field that has one: the API's required fields, maximum lengths, the
    /// description's characters, app_id for Tencent, the CDN fields together, and enumerations.
    public var problems: [TaskField: String] {
        var problems: [TaskField: String] = [:]
        for field in fields {
            if let problem = problem(of: field) { problems[field] = problem }
        }
        return problems
    }

    /// The problem shown under a field: every problem after a submit; before, all but an empty
    /// required field the user has not touched.
    public func shownProblem(of field: TaskField) -> String? {
        guard let problem = problem(of: field) else { return nil }
        if showsEveryProblem || edited.contains(field) { return problem }
        return problem == Self.required ? nil : problem
    }

    static let required = "required"

    private func problem(of field: TaskField) -> String? {
        switch self[field] {
        case .text(let text): textProblem(field, text)
        case .secret(let input): secretProblem(field, input)
        case .choice(let value): choiceProblem(field, value)
        case .toggle: nil
        }
    }

    private var usesCDN: Bool {
        self[.cdnProtocol].text != "" || self[.cdnDomain].text != ""
            || self[.cdnAuthenticationType].text != CDNAuthenticationType.none.rawValue
            || self[.cdnAuthenticationKey] != .secret(.typed(""))
    }

    private func textProblem(_ field: TaskField, _ text: String) -> String? {
        if text.isEmpty {
            if CreateTaskRules.requiredFields.contains(field.apiName) { return Self.required }
            if field == .appID, self[.srcCloudType].text == CloudType.tencent.rawValue {
                return "required when the source is Tencent"
            }
            if field == .cdnDomain, usesCDN { return "required with a CDN source" }
            return nil
        }
        if let problem = lengthProblem(field, text) { return problem }
        if field == .description {
            let forbidden = text.filter(CreateTaskRules.forbiddenDescriptionCharacters.contains)
            if !forbidden.isEmpty {
                return "cannot hold \(Set(forbidden).sorted().map(String.init).joined(separator: " ")): the API refuses < > ( ) \" ' &"
            }
        }
        return nil
    }

    private func secretProblem(_ field: TaskField, _ input: SecretInput) -> String? {
        guard case .typed(let text) = input else { return nil }
        if let name = input.environmentName {
            if name.isEmpty { return "env: needs a variable name, as in env:SRC_SK" }
            if !context.environmentNames.contains(name) { return "\(name) is not set in omsdash's environment" }
        } else if text.isEmpty {
            return CreateTaskRules.requiredFields.contains(field.apiName) ? Self.required : nil
        } else if let problem = lengthProblem(field, text) {
            return problem
        }
        if field == .cdnAuthenticationKey, self[.cdnAuthenticationType].text == CDNAuthenticationType.none.rawValue {
            return "only with an authentication other than NONE"
        }
        return nil
    }

    private func choiceProblem(_ field: TaskField, _ value: String) -> String? {
        if field == .cdnProtocol, value.isEmpty { return usesCDN ? "required with a CDN source: http or https" : nil }
        guard !acceptedOptions(for: field).contains(value) else { return nil }
        return "\(value) is not a value the create operation accepts: Space picks another"
    }

    private func lengthProblem(_ field: TaskField, _ text: String) -> String? {
        guard let limit = CreateTaskRules.maximumLengths[field.apiName], text.count > limit else { return nil }
        return "at most \(limit) characters (has \(text.count))"
    }
}
