import Foundation
import OMSCore
import Testing

@Suite("Languages: the message tables and how the language is chosen")
struct LanguageTests {
    @Test("every language has every message, none empty, with English's placeholders")
    func parity() {
        #expect(Message.english.count == Message.allCases.count, "English is the source: every message is there")
        for language in Language.allCases {
            let table = language.table
            #expect(Set(table.keys) == Set(Message.allCases), "\(language): missing \(Set(Message.allCases).subtracting(table.keys))")
            for message in Message.allCases {
                guard let text = table[message], let english = Message.english[message] else { continue }
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(message.rawValue) is empty")
                #expect(
                    Message.placeholders(in: text).sorted() == Message.placeholders(in: english).sorted(),
                    "\(language) \(message.rawValue): \(text)")
            }
        }
    }

    @Test("values fill their placeholders once; a value holding braces stays as typed")
    func placeholders() {
        #expect(Language.english.text(.statusTasks, ["count": "12"]) == "12 tasks")
        #expect(Language.simplifiedChinese.text(.statusTasks, ["count": "12"]) == "12 个任务")
        #expect(
            Language.english.text(.statusFilter, ["filter": "{shown}", "shown": "1", "total": "5"])
                == "filter \"{shown}\": 1 of 5 tasks")
        #expect(Message.placeholders(in: "need {needed}, have {have}") == ["needed", "have"])
    }

    @Test("--lang, then the config, then LC_ALL, LC_MESSAGES and LANG; English without UTF-8", arguments: [
        (nil, nil, ["LANG": "zh_CN.UTF-8"], true, Language.simplifiedChinese),
        (nil, nil, ["LANG": "zh_SG.UTF-8"], true, .simplifiedChinese),
        (nil, nil, ["LANG": "zh_Hans"], true, .simplifiedChinese),
        (nil, nil, ["LANG": "zh"], true, .simplifiedChinese),
        (nil, nil, ["LANG": "zh_TW.UTF-8"], true, .english),
        (nil, nil, ["LANG": "C.UTF-8"], true, .english),
        (nil, nil, ["LANG": "POSIX"], true, .english),
        (nil, nil, [:], true, .english),
        (nil, nil, ["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"], true, .english),
        (nil, nil, ["LC_ALL": "", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], true, .simplifiedChinese),
        (nil, "zh-CN", ["LANG": "en_US.UTF-8"], true, .simplifiedChinese),
        ("en", "zh-CN", ["LANG": "zh_CN.UTF-8"], true, .english),
        ("zh_cn", nil, [:], true, .simplifiedChinese),
        ("zh-CN", nil, [:], false, .english),
    ] as [(String?, String?, [String: String], Bool, Language)])
    func choice(flag: String?, config: String?, environment: [String: String], utf8: Bool, expected: Language) throws {
        #expect(try Language.chosen(flag: flag, config: config, environment: environment, canDrawChinese: utf8) == expected)
    }

    @Test("the character locale is UTF-8 by LC_ALL, then LC_CTYPE, then LANG, empty ones skipped")
    func utf8() {
        let reads = { (environment: [String: String]) in LocaleVariables.namesUTF8 { environment[$0] } }
        #expect(reads(["LANG": "zh_CN.UTF-8"]))
        #expect(reads(["LC_ALL": "", "LC_CTYPE": "en_US.utf8", "LANG": "C"]))
        #expect(!reads(["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]))
        #expect(!reads([:]))
    }

    @Test("an unknown --lang or \"language\" is one line naming the choices")
    func unknown() {
        #expect(throws: LanguageError(choice: "fr")) {
            try Language.chosen(flag: "fr", config: nil, environment: [:], canDrawChinese: true)
        }
        #expect(LanguageError(choice: "fr").message == "--lang \"fr\" is not a language omsdash speaks: use en or zh-CN")
        #expect(throws: LanguageError(choice: "cn", inConfig: true)) {
            try Language.chosen(flag: "en", config: "cn", environment: [:], canDrawChinese: true)
        }
    }
}
