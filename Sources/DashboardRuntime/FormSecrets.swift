import DashboardCore
import MonitorCore
import OMSCore

/// Gives the create form's secrets their values, at the moment the one request is built: typed
/// text as it is, "env:NAME" from the environment, and "from config" from the default task keys.
struct FormSecrets {
    let taskCredentials: TaskCredentialStore
    let environment: [String: String]

    func resolve(_ field: TaskField, _ input: SecretInput) throws -> Secret {
        switch input {
        case .typed(let text):
            guard let name = input.environmentName else { return Secret(text) }
            guard let value = environment[name], !value.isEmpty else {
                throw ErrorReport(wording: Wording(.formSecretUnset, ["field": field.apiName, "name": name]))
            }
            return Secret(value)
        case .fromConfig:
            guard let keys = try taskCredentials.defaultKeys() else {
                throw ErrorReport(wording: Wording(.formSecretNoDefault, ["field": field.apiName]))
            }
            switch field {
            case .srcAK: return Secret(keys.srcAK)
            case .srcSK: return keys.srcSK
            case .dstAK: return Secret(keys.dstAK)
            case .dstSK: return keys.dstSK
            default: throw ErrorReport(wording: Wording(.formSecretNone, ["field": field.apiName]))
            }
        }
    }
}
