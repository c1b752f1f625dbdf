import FoundationEssentials
import OMSWords

/// Temporary keys in a member account: IAM's `POST /v3.0/OS-CREDENTIAL/securitytokens` with the
/// `assume_role` method, signed with the source credential.
struct AgencyAssumption: Sendable {
    let agency: Agency
    /// The profile whose credential assumes the agency, for messages.
    let via: String
    let source: CredentialHandle
    let iam: Endpoint
    let connection: CredentialConnection
    let gate: SourceGate

    static let path = "/v3.0/OS-CREDENTIAL/securitytokens"

    private struct Body: Encodable {
        struct Auth: Encodable { var identity: Identity }
        struct Identity: Encodable {
            var methods = ["assume_role"]
            var assumeRole: AssumeRole
            enum CodingKeys: String, CodingKey {
                case methods
                case assumeRole = "assume_role"
            }
        }
        struct AssumeRole: Encodable {
            var agencyName: String
            var domainName: String?
            var domainID: String?
            var durationSeconds: Int
            enum CodingKeys: String, CodingKey {
                case agencyName = "agency_name", domainName = "domain_name", domainID = "domain_id"
                case durationSeconds = "duration_seconds"
            }
        }
        var auth: Auth
    }

    /// The request body, as the SDK's `CreateTemporaryAccessKeyByAgencyRequest` sends it.
    var body: [UInt8] {
        var role = Body.AssumeRole(agencyName: agency.name, durationSeconds: agency.durationSeconds)
        switch agency.domain {
        case .name(let name): role.domainName = name
        case .id(let id): role.domainID = id
        }
        let body = Body(auth: Body.Auth(identity: Body.Identity(assumeRole: role)))
        return Array((try? JSONEncoder().encode(body)) ?? Data())
    }

    /// One assume_role through the source's gate. Only IAM's word on the source key moves the
    /// gate: a key issued, or an agency refused (IAM read the source key to say so), opens it; a
    /// 401 closes it. An answer that says nothing of the key (no answer, a 5xx, a throttle, a
    /// body cut short) leaves it as it is, or an answer that was in flight when IAM refused the
    /// key would let every agency through again; only the one try let through a closed gate, when
    /// it gets such an answer, lets another try a few seconds later rather than a minute.
    func fetch() async throws -> TemporaryKey {
        let now = RenewingCredential.now
        let probing = try gate.enter(now: now)
        let answer: HTTPExchange
        do {
            answer = try await connection.exchange(iam, method: "POST", path: Self.path, body: body, credentials: source)
        } catch OMSError.credentials(let failure) {
            throw CredentialFailure(
                Wording(.credentialSourceFailing, ["source": via], parts: ["reason": failure.wording]),
                isRefusal: failure.isRefusal)
        } catch {
            if probing { gate.probeGotNoWord(now: RenewingCredential.now) }
            throw IAMAnswer.failure(of: error)
        }
        switch answer.status {
        case 200..<300:
            gate.settle(refusal: nil, now: now)
            guard let key = TemporaryKeyAnswer.key(from: answer.body) else { throw IAMAnswer.unusable("IAM") }
            return key
        case 401:
            let refusal = CredentialFailure(
                Wording(.credentialSourceRefused, ["source": via, "status": IAMAnswer.status(answer)]), isRefusal: true)
            gate.settle(refusal: refusal, now: now)
            throw refusal
        case 403, 404:
            gate.settle(refusal: nil, now: now)
            var values = ["agency": agency.name, "domain": agency.domain.label, "source": via, "status": IAMAnswer.status(answer)]
            values["trusted"] = agency.trustedAccount
            let message: Message = agency.trustedAccount == nil ? .credentialAgencyRefused : .credentialMemberAgencyRefused
            throw CredentialFailure(Wording(message, values), isRefusal: true)
        default:
            if probing { gate.probeGotNoWord(now: RenewingCredential.now) }
            throw IAMAnswer.failure(answer, operation: "assume_role")
        }
    }
}

/// Reading IAM's answers into credential failures.
enum IAMAnswer {
    /// "HTTP 401" or "HTTP 401, IAM.0001": the status and code an answer carries.
    static func status(_ answer: HTTPExchange) -> String {
        let code = (try? JSONInput.decode(APIErrorBody.self, from: Data(answer.body)))?.errorCode
        return "HTTP \(answer.status)" + (code.map { ", \($0)" } ?? "")
    }

    /// A failure of IAM that is no refusal: a server error, throttling or a bad answer.
    static func failure(_ answer: HTTPExchange, operation: String) -> CredentialFailure {
        let error = ResponseDecoder.failure(from: answer, operation: ServiceFailure.Operation(name: operation))
        return CredentialFailure(Wording(.credentialIAMFailed, parts: ["reason": error.wording]))
    }

    /// A failure to reach IAM.
    static func failure(of error: any Error) -> CredentialFailure {
        let reason = (error as? OMSError)?.wording ?? .verbatim("\(error)")
        return CredentialFailure(Wording(.credentialIAMFailed, parts: ["reason": reason]))
    }

    /// An answer that should hold a temporary key and does not.
    static func unusable(_ service: String) -> CredentialFailure {
        CredentialFailure(Wording(.credentialBadAnswer, ["service": service]))
    }
}
