extension Message {
    /// 简体中文: the console's own terms (同步任务, 源端, 目的端, 桶, 区域, 对象, 存储类别); a profile of
    /// the config is a 配置项, as Huawei Cloud's command line calls it.
    /// One table a face, in `Dashboard/`, `Watching/`, `Commands/`, `Errors/`, `Storage/` and `Web/`.
    public static let simplifiedChinese: [Message: String] = merged(
        simplifiedChineseDashboard, simplifiedChineseWatching, simplifiedChineseCommands, simplifiedChineseErrors,
        simplifiedChineseStorage, simplifiedChineseWeb)
}
