import FoundationEssentials
import OMSWords

/// Reads a create body written by a person (`omsdash create --file`): JSON with the API's field
/// names, where each key field may be written "env:NAME". Every problem is a one-line
/// `ConfigurationError` naming the file, and the line and column of a syntax error.
public enum CreateTaskFile {
    /// The fields that may be written "env:NAME".
    public static let secretFields = ["src_ak", "src_sk", "dst_ak", "dst_sk", "authentication_key"]

    /// The request in `bytes`, with "env:NAME" references read from `environment`.
    public static func request(from bytes: [UInt8], path: String, environment: [String: String])
        throws(ConfigurationError) -> CreateSyncTaskRequest
    {
        try ConfigFileReader.checkSyntax(bytes, path: path)
        guard var object = try? JSONInput.decode([String: JSONValue].self, from: Data(bytes)) else {
            throw .invalidValue(path: path, field: "(file)", reason: Wording(.reasonCreateNotObject))
        }
        try resolveReferences(in: &object, environment: environment, path: path)
        if case .object(var cdn)? = object["source_cdn"] {
            try resolveReferences(in: &cdn, environment: environment, path: path)
            object["source_cdn"] = .object(cdn)
        }
        let resolved: Data
        do {
            resolved = try JSONEncoder().encode(object)
        } catch {
            throw .invalidValue(path: path, field: "(file)", reason: .verbatim("\(error)"))
        }
        return try ConfigFileReader.decode(CreateSyncTaskRequest.self, from: resolved, path: path)
    }

    private static func resolveReferences(
        in object: inout [String: JSONValue], environment: [String: String], path: String
    ) throws(ConfigurationError) {
        for field in secretFields {
            guard let text = object[field]?.stringValue, let name = SecretReference(text).environmentName else { continue }
            guard let value = environment[name], !value.isEmpty else {
                throw .invalidValue(
                    path: path, field: field, reason: Wording(.reasonEnvironmentUnset, ["name": name]))
            }
            object[field] = .string(value)
        }
    }
}
