import DashboardCore
import FoundationEssentials
import MonitorCore
import OMSCore
import Testing

@Suite("the create form as state: moving, checking, masking, the review and the body sent")
struct TaskFormTests {
    static let profiles: [Monitor.Profile] = [.init(name: "bj", region: "cn-north-4", projectID: "p")]

    func form(environment: Set<String> = [], configKeys: Bool = false, profiles: [Monitor.Profile] = profiles) -> TaskForm {
        TaskForm(context: .init(profiles: profiles, environmentNames: environment, hasConfigKeys: configKeys))
    }

    /// Types `text` into `field`.
    func fill(_ form: inout TaskForm, _ field: TaskField, _ text: String) {
        form.focus = field
        form.type(.control("u"), action: .clearField)
        for character in text { form.type(.character(character), action: nil) }
    }

    /// A form with every required field typed, keys included.
    func filled(environment: Set<String> = []) -> TaskForm {
        var form = form(environment: environment)
        fill(&form, .srcRegion, "cn-beijing")
        fill(&form, .srcBucket, "logs-prod")
        fill(&form, .srcAK, "SRCAK0000000000000001")
        fill(&form, .srcSK, "source-secret-canary")
        fill(&form, .dstBucket, "logs-obs")
        fill(&form, .dstAK, "DSTAK0000000000000001")
        fill(&form, .dstSK, "destination-secret-canary")
        return form
    }

    @Test("Tab walks every field of the create operation in order and wraps; ↑ stops at the first")
    func navigation() {
        var form = form()
        let order: [TaskField] = [
            .srcCloudType, .srcRegion, .srcBucket, .srcAK, .srcSK, .dstRegion, .dstBucket, .dstAK, .dstSK, .description,
            .enableKMS, .enableMetadataMigration, .enableRestore, .appID, .dstStoragePolicy, .consistencyCheck,
            .cdnProtocol, .cdnDomain, .cdnAuthenticationType, .cdnAuthenticationKey,
        ]
        #expect(form.fields == order)
        var seen: [TaskField] = []
        for _ in order {
            seen.append(form.focus)
            form.move(by: 1, wrap: true)
        }
        #expect(seen == order)
        #expect(form.focus == .srcCloudType, "Tab wraps to the first field")
        form.move(by: -1, wrap: true)
        #expect(form.focus == .cdnAuthenticationKey, "Shift-Tab wraps to the last")
        form.move(by: 1, wrap: false)
        #expect(form.focus == .cdnAuthenticationKey, "↓ stops at the last")
        let two = self.form(profiles: Self.profiles + [.init(name: "sh", region: "cn-east-3", projectID: "q")])
        #expect(two.fields.first == .profile && two.focus == .profile, "with two profiles the form asks which")
    }

    @Test("choices cycle the documented values with Space and the arrows; switches toggle")
    func choicesAndSwitches() {
        var form = form()
        #expect(form[.srcCloudType] == .choice("Aliyun"), "the API's default cloud")
        #expect(form.options(for: .srcCloudType).count == 10)
        form.type(.character(" "), action: nil)
        #expect(form[.srcCloudType] == .choice("Tencent"))
        form.step(by: -1)
        form.step(by: -1)
        #expect(form[.srcCloudType] == .choice("Azure"))
        #expect(form.options(for: .dstStoragePolicy) == ["STANDARD", "IA", "ARCHIVE", "DEEP_ARCHIVE", "SRC_STORAGE_MAPPING"])
        #expect(form.options(for: .consistencyCheck) == ["size_last_modified", "crc64", "transmission"])
        #expect(form.options(for: .cdnProtocol) == ["", "http", "https"])
        #expect(form.options(for: .cdnAuthenticationType).count == 11)
        form.focus = .enableRestore
        form.type(.character(" "), action: nil)
        #expect(form[.enableRestore] == .toggle(true))
        form.type(.character("x"), action: nil)
        #expect(form[.enableRestore] == .toggle(true), "letters do not change a switch")
    }

    @Test("an empty form submitted lists every required field it lacks and does not open the review")
    func emptySubmit() {
        var form = form()
        #expect(form.shownProblem(of: .srcRegion) == nil, "an untouched empty field is not an error yet")
        let opened = form.submit()
        #expect(!opened)
        #expect(form.phase == .editing)
        #expect(Set(form.problems.keys) == [.srcRegion, .srcBucket, .srcAK, .srcSK, .dstBucket, .dstAK, .dstSK])
        #expect(form.shownProblem(of: .srcRegion) == .required)
        #expect(form.focus == .srcRegion, "the keyboard goes to the first problem")
        #expect(form[.dstRegion] == .text("cn-north-4"), "the destination region defaults to the profile's")
    }

    @Test("the API's rules show as the user types: lengths, the description's characters, Tencent's app id, the CDN together")
    func rulesAsTyped() {
        var form = filled()
        #expect(form.problems.isEmpty)
        fill(&form, .description, "logs (nightly) & more")
        #expect(form.shownProblem(of: .description) == .forbiddenCharacters("& ( )"))
        fill(&form, .description, String(repeating: "d", count: 256))
        #expect(form.shownProblem(of: .description) == .tooLong(limit: 255, count: 256))
        fill(&form, .description, String(repeating: "d", count: 255))
        #expect(form.shownProblem(of: .description) == nil)
        fill(&form, .srcRegion, String(repeating: "r", count: 101))
        #expect(form.shownProblem(of: .srcRegion) == .tooLong(limit: 100, count: 101))
        fill(&form, .srcRegion, "ap-guangzhou")
        fill(&form, .srcSK, String(repeating: "s", count: 101))
        #expect(form.shownProblem(of: .srcSK) == .tooLong(limit: 100, count: 101))
        fill(&form, .srcSK, "s")

        form.focus = .srcCloudType
        form.type(.character(" "), action: nil)
        #expect(form[.srcCloudType] == .choice("Tencent"))
        #expect(form.problems[.appID] == .requiredForTencent)
        fill(&form, .appID, "1250000000")
        #expect(form.problems[.appID] == nil)

        form.focus = .cdnProtocol
        form.step(by: 2)
        #expect(form[.cdnProtocol] == .choice("https"))
        #expect(form.problems[.cdnDomain] == .requiredWithCDN)
        fill(&form, .cdnDomain, "cdn.example.com")
        fill(&form, .cdnAuthenticationKey, "k")
        #expect(form.problems[.cdnAuthenticationKey] == .keyWithoutAuthentication)
        form.focus = .cdnAuthenticationType
        form.type(.character(" "), action: nil)
        #expect(form.problems.isEmpty)
        form.focus = .cdnProtocol
        form.step(by: 1)
        #expect(form[.cdnProtocol] == .choice(""))
        #expect(form.problems[.cdnProtocol] == .protocolRequiredWithCDN, "a domain needs a protocol")
    }

    @Test("env:NAME must name a variable set in omsdash's environment")
    func environmentReferences() {
        var form = filled(environment: ["SRC_SK"])
        fill(&form, .srcSK, "env:SRC_SK")
        #expect(form.problems[.srcSK] == nil)
        fill(&form, .dstSK, "env:MISSING")
        #expect(form.problems[.dstSK] == .environmentUnset("MISSING"))
        #expect(form.problems[.dstSK]?.text(.english) == "MISSING is not set in omsdash's environment")
        fill(&form, .dstSK, "env:")
        #expect(form.problems[.dstSK] == .environmentNameMissing)
    }

    @Test("the config's keys prefill the key fields; typing replaces them; Ctrl-U twice takes them back")
    func configKeys() {
        var form = form(configKeys: true)
        #expect(form[.srcSK] == .secret(.fromConfig))
        #expect(form[.cdnAuthenticationKey] == .secret(.typed("")), "the CDN key is never the config's")
        form.focus = .srcSK
        form.type(.character("x"), action: nil)
        #expect(form[.srcSK] == .secret(.typed("x")))
        form.type(.control("u"), action: .clearField)
        #expect(form[.srcSK] == .secret(.typed("")))
        form.type(.control("u"), action: .clearField)
        #expect(form[.srcSK] == .secret(.fromConfig))
    }

    @Test("the body sent has exactly the typed fields, with every switch and choice, and the keys resolved")
    func requestBody() throws {
        var form = filled(environment: ["DST_SK"])
        fill(&form, .dstSK, "env:DST_SK")
        fill(&form, .description, "made in the form")
        form.focus = .enableMetadataMigration
        form.type(.character(" "), action: nil)
        let request = form.request { _, input in
            input.environmentName == "DST_SK" ? Secret("resolved-from-env") : Secret(input == .fromConfig ? "config" : {
                if case .typed(let text) = input { return text } else { return "" }
            }())
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(request), as: UTF8.self)
        #expect(json == """
            {"consistency_check":"size_last_modified","description":"made in the form","dst_ak":"DSTAK0000000000000001",\
            "dst_bucket":"logs-obs","dst_region":"cn-north-4","dst_sk":"resolved-from-env","dst_storage_policy":"STANDARD",\
            "enable_kms":false,"enable_metadata_migration":true,"enable_restore":false,"src_ak":"SRCAK0000000000000001",\
            "src_bucket":"logs-prod","src_cloud_type":"Aliyun","src_region":"cn-beijing","src_sk":"source-secret-canary"}
            """)
    }

    @Test("the review shows the body with every key as ••• and says where each key comes from")
    func review() {
        var form = filled(environment: ["DST_SK"])
        fill(&form, .dstSK, "env:DST_SK")
        let opened = form.submit()
        #expect(opened)
        let review = form.reviewLines(mask: "•••").joined(separator: "\n")
        #expect(review.contains(#""src_sk" : "•••""#))
        #expect(review.contains(#""src_ak" : "•••""#))
        #expect(review.contains(#""src_bucket" : "logs-prod""#))
        #expect(!review.contains("canary") && !review.contains("SRCAK"), "no key is shown")
        #expect(review.contains("Keys from the environment: dst_sk ($DST_SK)"))
        #expect(review.contains("Keys from the form: src_ak, src_sk, dst_ak"))
    }

    @Test("a clone copies every field but the keys")
    func clone() {
        var task = Fixtures.task("0d146099-8cf4-437d-b6ef-88e043771c8b", status: .stopped, cloud: .tencent)
        task.appID = "1250000000"
        task.enableRestore = true
        task.consistencyCheck = .crc64
        task.sourceCDN = SourceCDN(domain: "cdn.example.com", protocol: "http", authenticationType: "TENCENT_COS_B")
        let form = TaskForm(
            cloning: task, key: TaskKey(profile: "bj", id: task.id), context: .init(profiles: Self.profiles))
        #expect(form[.srcCloudType] == .choice("Tencent"))
        #expect(form[.srcRegion] == .text("cn-beijing") && form[.srcBucket] == .text("logs-prod"))
        #expect(form[.dstRegion] == .text("cn-north-4") && form[.dstBucket] == .text("logs-obs"))
        #expect(form[.description] == .text("nightly logs") && form[.appID] == .text("1250000000"))
        #expect(form[.enableRestore] == .toggle(true) && form[.enableKMS] == .toggle(false))
        #expect(form[.consistencyCheck] == .choice("crc64"))
        #expect(form[.cdnProtocol] == .choice("http") && form[.cdnDomain] == .text("cdn.example.com"))
        #expect(form[.cdnAuthenticationType] == .choice("TENCENT_COS_B"))
        for field in [TaskField.srcAK, .srcSK, .dstAK, .dstSK, .cdnAuthenticationKey] {
            #expect(form[field] == .secret(.typed("")), "\(field) is not copied")
        }
        #expect(!form.isDirty)
    }
}
