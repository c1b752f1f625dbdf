// Feeds create bodies, as `omsdash create --file` reads them, to their reader.
//
// Rules: a body becomes a request, which encodes again as it will be sent, with every "env:NAME"
// key replaced by its value; or it is refused with one clear line that names no value of the
// environment.
import FoundationEssentials
import FuzzSupport
import OMSCore

/// Values the environment holds for `env:` references; every one of them is a secret.
private let environment = [
    "SRC_AK": "FUZZSRCAK0000000001", "SRC_SK": "fuzz-canary-src-sk-01", "DST_AK": "FUZZDSTAK0000000001",
    "DST_SK": "fuzz-canary-dst-sk-02", "CDN_KEY": "fuzz-canary-cdn-key-03",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCreateBody(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    do throws(ConfigurationError) {
        let request = try CreateTaskFile.request(from: input.bytes, path: "task.json", environment: environment)
        let body = try? JSONEncoder().encode(request)
        expect(body != nil, "a request read from \(input.text.debugDescription) does not encode")
        let keys = [request.srcAK, request.srcSK.reveal(), request.dstAK, request.dstSK.reveal()]
        expect(!keys.contains { $0.hasPrefix("env:") && environment[String($0.dropFirst(4))] != nil }, "an env: key was sent as written")
    } catch {
        expectClearMessage(error.message, about: input.text.debugDescription)
        for value in environment.values { expectNoSecret(value, in: error.message) }
    }
    return 0
}
