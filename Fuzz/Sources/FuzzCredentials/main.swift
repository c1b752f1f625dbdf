// Feeds an input to the readers of what credential sources answer: IAM's and the ECS metadata's
// `credential` object, IAM's expiry times, and the SDK's credentials file; and to the readers of
// Organizations' ListAccounts pages and ShowOrganization answers.
//
// Rules: nothing crashes; a key read from an answer has an access key and a secret and expires at a
// time that reads back the same once written; an expiry time written and read again is the same
// time; the credentials file gives a key only when its [basic] section has both ak and sk; an
// account's activity does not depend on the case its status is spelt in.
import FoundationEssentials
import FuzzSupport
@testable import OMSCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCredentials(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    if let key = TemporaryKeyAnswer.key(from: input.bytes) {
        expect(!key.accessKey.isEmpty && !key.secret.isEmpty, "a key without an access key or secret from \(input.text.debugDescription)")
        expect(ExpiryTime.parse(ExpiryTime.format(milliseconds: key.expiresAt)) == key.expiresAt, "an expiry that does not read back: \(key.expiresAt)")
    }
    let text = input.text
    if let time = ExpiryTime.parse(text), time >= 0 {
        expect(ExpiryTime.parse(ExpiryTime.format(milliseconds: time)) == time, "\(text.debugDescription) does not read back")
    }
    let file = CredentialsFile(parsing: text)
    if file.key != nil {
        expect(!(file.basic["ak"] ?? "").isEmpty && !(file.basic["sk"] ?? "").isEmpty, "a key without ak and sk from \(text.debugDescription)")
    }
    if let page = try? JSONInput.decode(AccountPage.self, from: Data(input.bytes)) {
        for account in page.accounts {
            let upper = OrganizationAccount(id: account.id, name: account.name, status: account.status.uppercased())
            expect(upper.isActive == account.isActive, "status \(account.status.debugDescription) is active in one case only")
        }
    }
    _ = try? JSONInput.decode(OrganizationAnswer.self, from: Data(input.bytes))
    return 0
}
