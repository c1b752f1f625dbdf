import FoundationEssentials
import OMSCore

/// The create body the form sends, and the review of it the user reads before sending.
extension TaskForm {
    /// The body of the create request. `resolve` gives each secret's value (the runtime reads the
    /// environment and the config; the review masks them). Switches and choices are always sent;
    /// optional text only when typed; `source_cdn` only with a protocol.
    public func request(resolve: (TaskField, SecretInput) throws -> Secret) rethrows -> CreateSyncTaskRequest {
        func secret(_ field: TaskField) throws -> Secret {
            guard case .secret(let input) = self[field] else { return Secret("") }
            return try resolve(field, input)
        }
        func optional(_ field: TaskField) -> String? {
            let text = self[field].text
            return text.isEmpty ? nil : text
        }
        func isOn(_ field: TaskField) -> Bool { self[field] == .toggle(true) }
        var body = CreateSyncTaskRequest(
            srcCloudType: CloudType(rawValue: self[.srcCloudType].text), srcRegion: self[.srcRegion].text,
            srcBucket: self[.srcBucket].text, srcAK: try secret(.srcAK).reveal(), srcSK: try secret(.srcSK),
            dstAK: try secret(.dstAK).reveal(), dstSK: try secret(.dstSK), dstRegion: self[.dstRegion].text,
            dstBucket: self[.dstBucket].text, description: optional(.description))
        body.enableKMS = isOn(.enableKMS)
        body.enableMetadataMigration = isOn(.enableMetadataMigration)
        body.enableRestore = isOn(.enableRestore)
        body.appID = optional(.appID)
        body.dstStoragePolicy = StoragePolicy(rawValue: self[.dstStoragePolicy].text)
        body.consistencyCheck = ConsistencyCheck(rawValue: self[.consistencyCheck].text)
        if let cdnProtocol = optional(.cdnProtocol) {
            let key = try secret(.cdnAuthenticationKey)
            body.sourceCDN = SourceCDNRequest(
                domain: self[.cdnDomain].text, protocol: cdnProtocol,
                authenticationType: CDNAuthenticationType(rawValue: self[.cdnAuthenticationType].text),
                authenticationKey: key.isEmpty ? nil : key)
        }
        return body
    }

    /// The review: the body exactly as it will be sent, every secret as `mask`, then where each
    /// secret comes from.
    public func reviewLines(mask: String) -> [String] {
        let masked = request { _, input in input.isEmpty ? Secret("") : Secret(mask) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(masked)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        var lines = json.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var typed: [String] = [], environment: [String] = [], config: [String] = []
        for field in fields {
            guard case .secret(let input) = self[field], !input.isEmpty,
                field != .cdnAuthenticationKey || masked.sourceCDN != nil
            else { continue }
            switch input {
            case .fromConfig: config.append(field.apiName)
            case .typed: if let name = input.environmentName { environment.append("\(field.apiName) ($\(name))") } else { typed.append(field.apiName) }
            }
        }
        lines.append("")
        for (source, names) in [("the config's task_credentials", config), ("the environment", environment), ("the form", typed)]
        where !names.isEmpty {
            lines.append("Keys from \(source): " + names.joined(separator: ", "))
        }
        return lines
    }
}
