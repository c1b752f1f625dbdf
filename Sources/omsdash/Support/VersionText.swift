import OMSCore

/// What `omsdash --version` prints: the version and the commit the binary was built from, as in
/// `omsdash 0.1.0 (commit 1a2b3c4d5e6f)`, marked when the tree had uncommitted changes.
enum VersionText {
    /// The text for this build.
    static let current = describe(
        version: OMSDashVersion.current, commit: BuildCommit.hash, modified: BuildCommit.hadUncommittedChanges)

    /// The text for a version and a commit; a build outside a git checkout names no commit.
    static func describe(version: String, commit: String?, modified: Bool) -> String {
        guard let commit else { return "omsdash \(version) (commit unknown: built outside a git checkout)" }
        let short = commit.prefix(12)
        return "omsdash \(version) (commit \(short)\(modified ? ", with uncommitted changes" : ""))"
    }
}
