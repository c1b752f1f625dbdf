#!/bin/sh
# write-build-info.sh KIND PACKAGE_DIR OUTPUT_DIR
# KIND "version": OUTPUT_DIR/BuildVersion.swift with the version of packaging/changelog's top entry.
# KIND "commit":  OUTPUT_DIR/BuildCommit.swift with the commit of PACKAGE_DIR and whether the tree had
#                 uncommitted changes (nil outside a git checkout, as in a source tarball).
# A file is replaced only when its contents change, so an unchanged tree recompiles nothing.
set -eu
PATH=/usr/local/bin:/usr/bin:/bin:${PATH:-}
kind=$1 package=$2 output=$3
mkdir -p "$output"
new=$(mktemp)
trap 'rm -f "$new"' EXIT

case $kind in
version)
    version=$(sed -n '1s/^omsdash (\([^)]*\)).*/\1/p' "$package/packaging/changelog")
    if [ -z "$version" ]; then
        echo "error: packaging/changelog: the first line must read 'omsdash (VERSION) ...'" >&2
        exit 1
    fi
    file=BuildVersion.swift
    cat > "$new" <<SWIFT
// Written at build time from packaging/changelog; do not edit.
enum BuildVersion {
    static let number = "$version"
}
SWIFT
    ;;
commit)
    hash=nil modified=false
    if commit=$(git -C "$package" rev-parse HEAD 2>/dev/null); then
        hash="\"$commit\""
        [ -z "$(git -C "$package" status --porcelain 2>/dev/null)" ] || modified=true
    fi
    file=BuildCommit.swift
    cat > "$new" <<SWIFT
// Written at build time from git; do not edit.
enum BuildCommit {
    static let hash: String? = $hash
    static let hadUncommittedChanges = $modified
}
SWIFT
    ;;
*)
    echo "error: write-build-info.sh: unknown kind '$kind'" >&2
    exit 1
    ;;
esac

cmp -s "$new" "$output/$file" 2>/dev/null || cp "$new" "$output/$file"
