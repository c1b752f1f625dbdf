import OMSCore

/// The API's rules on the create body, checked field by field as the user types.
extension TaskForm {
    /// The problem of every field that has one: the API's required fields, maximum lengths, the
    /// description's characters, app_id for Tencent, the CDN fields together, and enumerations.
    public var problems: [TaskField: FormProblem] {
        var problems: [TaskField: FormProblem] = [:]
        for field in fields {
            if let problem = problem(of: field) { problems[field] = problem }
        }
        return problems
    }

    /// The problem shown under a field: every problem after a submit; before, all but an empty
    /// required field the user has not touched.
    public func shownProblem(of field: TaskField) -> FormProblem? {
        guard let problem = problem(of: field) else { return nil }
        if showsEveryProblem || edited.contains(field) { return problem }
        return problem == .required ? nil : problem
    }

    private func problem(of field: TaskField) -> FormProblem? {
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

    private func textProblem(_ field: TaskField, _ text: String) -> FormProblem? {
        if text.isEmpty {
            if CreateTaskRules.requiredFields.contains(field.apiName) { return .required }
            if field == .appID, self[.srcCloudType].text == CloudType.tencent.rawValue { return .requiredForTencent }
            if field == .cdnDomain, usesCDN { return .requiredWithCDN }
            return nil
        }
        if let problem = lengthProblem(field, text) { return problem }
        if field == .description {
            let forbidden = text.filter(CreateTaskRules.forbiddenDescriptionCharacters.contains)
            if !forbidden.isEmpty { return .forbiddenCharacters(Set(forbidden).sorted().map(String.init).joined(separator: " ")) }
        }
        return nil
    }

    private func secretProblem(_ field: TaskField, _ input: SecretInput) -> FormProblem? {
        guard case .typed(let text) = input else { return nil }
        if let name = input.environmentName {
            if name.isEmpty { return .environmentNameMissing }
            if !context.environmentNames.contains(name) { return .environmentUnset(name) }
        } else if text.isEmpty {
            return CreateTaskRules.requiredFields.contains(field.apiName) ? .required : nil
        } else if let problem = lengthProblem(field, text) {
            return problem
        }
        if field == .cdnAuthenticationKey, self[.cdnAuthenticationType].text == CDNAuthenticationType.none.rawValue {
            return .keyWithoutAuthentication
        }
        return nil
    }

    private func choiceProblem(_ field: TaskField, _ value: String) -> FormProblem? {
        if field == .cdnProtocol, value.isEmpty { return usesCDN ? .protocolRequiredWithCDN : nil }
        guard !acceptedOptions(for: field).contains(value) else { return nil }
        return .notAccepted(value)
    }

    private func lengthProblem(_ field: TaskField, _ text: String) -> FormProblem? {
        guard let limit = CreateTaskRules.maximumLengths[field.apiName], text.count > limit else { return nil }
        return .tooLong(limit: limit, count: text.count)
    }
}
