import ArgumentParser
import OMSCore

/// `--lang`: the language of the words omsdash itself shows.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "Language of the screen: en or zh-CN; config: \"language\"; else LC_ALL, LC_MESSAGES or LANG (zh_CN gives zh-CN).",
        completion: .list(Language.allCases.map(\.rawValue)))
    var lang: String?
}
