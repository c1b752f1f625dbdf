import FoundationEssentials
import OMSCore
import Testing

@Suite("CreateSyncEvents: object names are form-encoded once, as the official examples and quote_plus do")
struct SyncEventsEncodingTests {
    @Test("the official examples: / as %2F, + as %2B, a space as +")
    func officialExamples() {
        #expect(PercentEncoding.formEncode("test/001.txt") == "test%2F001.txt")
        #expect(PercentEncoding.formEncode("test+001.txt") == "test%2B001.txt")
        #expect(PercentEncoding.formEncode("a b") == "a+b")
    }

    /// What Python's `urllib.parse.quote_plus` gives for each name (printed by Python 3.11 and kept
    /// here; the conformance suite compares with it live through `sync-objects --dry-run`).
    static let quotePlus: [(String, String)] = [
        ("照片/2026 年/猫.jpg", "%E7%85%A7%E7%89%87%2F2026+%E5%B9%B4%2F%E7%8C%AB.jpg"),
        ("100%done", "100%25done"), ("what?.txt", "what%3F.txt"), ("#hash", "%23hash"), ("a&b=c", "a%26b%3Dc"),
        ("~tilde", "~tilde"), ("star*", "star%2A"), ("\"double\"", "%22double%22"), ("'single'", "%27single%27"),
        ("emoji 😀.png", "emoji+%F0%9F%98%80.png"), ("dir\\back", "dir%5Cback"), ("semi;colon,comma", "semi%3Bcolon%2Ccomma"),
        ("-_.~", "-_.~"), ("(paren)[brack]{brace}", "%28paren%29%5Bbrack%5D%7Bbrace%7D"), ("tab\tname", "tab%09name"),
        ("ünïcödé", "%C3%BCn%C3%AFc%C3%B6d%C3%A9"),
    ]

    @Test("every kind of character as quote_plus encodes it", arguments: quotePlus)
    func asQuotePlus(name: String, encoded: String) {
        #expect(PercentEncoding.formEncode(name) == encoded)
        #expect(PercentEncoding.decode(encoded, plusAsSpace: true) == name, "and back")
    }

    @Test("the body: names encoded once under object_keys, and read back as they were")
    func body() throws {
        let names = ["test/001.txt", "a b+c", "照片.jpg"]
        let request = CreateSyncEventsRequest(names: names)
        #expect(request.objectKeys == ["test%2F001.txt", "a+b%2Bc", "%E7%85%A7%E7%89%87.jpg"])
        #expect(request.names == names)
        let json = String(decoding: try JSONEncoder().encode(request), as: UTF8.self)
        #expect(json == #"{"object_keys":["test%2F001.txt","a+b%2Bc","%E7%85%A7%E7%89%87.jpg"]}"#)
        let passedAsIs = CreateSyncEventsRequest(encodedKeys: ["already%2Fencoded"])
        #expect(passedAsIs.objectKeys == ["already%2Fencoded"], "an encoded name is sent as it is")
    }
}
