# Shared set-up for scripts/test and scripts/bench: system packages and the SDK's virtual environment.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs what the tests, the packaging and the benchmarks use when missing: tmux, libncurses-dev,
# prometheus, curl, jq, tinyproxy, openssl, mmdebstrap, hyperfine, umoci and
# skopeo for the exporter's image, and rpm, rpmlint, lintian and mandoc for the packages.
ensure_system_packages() {
    local missing=()
    command -v tmux >/dev/null || missing+=(tmux)
    [ -e /usr/include/ncurses.h ] || missing+=(libncurses-dev)
    command -v prometheus >/dev/null || missing+=(prometheus)
    command -v curl >/dev/null || missing+=(curl)
    command -v jq >/dev/null || missing+=(jq)
    command -v tinyproxy >/dev/null || missing+=(tinyproxy)
    command -v openssl >/dev/null || missing+=(openssl)
    command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    command -v umoci >/dev/null || missing+=(umoci)
    command -v skopeo >/dev/null || missing+=(skopeo)
    command -v rpmbuild >/dev/null || missing+=(rpm)
    command -v rpmlint >/dev/null || missing+=(rpmlint)
    command -v lintian >/dev/null || missing+=(lintian)
    command -v mandoc >/dev/null || missing+=(mandoc)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing ${missing[*]}"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# Creates .venv-test with the pinned official SDK and the examples' validators; prints nothing on success.
ensure_sdk_venv() {
    local venv=.venv-test
    if [ ! -x "$venv/bin/python" ]; then
        echo "== creating $venv"
        python3 -m venv "$venv" || {
            as_root apt-get update -qq
            DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq python3-venv >/dev/null
            python3 -m venv "$venv"
        }
    fi
    "$venv/bin/pip" install -q --disable-pip-version-check -r Tests/Conformance/requirements.txt -r Tests/Examples/requirements.txt
}

# This machine's Debian 12 apt sources as one-line entries for the Debian suite $1 (bookworm,
# bullseye), so that a clean system of either release comes from the same mirror.
debian_sources() {
    SUITE=$1 python3 - <<'PY'
import glob, os, re
lines = []
for path in ["/etc/apt/sources.list"] + sorted(glob.glob("/etc/apt/sources.list.d/*.list")):
    try:
        for line in open(path):
            line = line.split("#", 1)[0].strip()
            if line.startswith("deb "):
                lines.append(line)
    except FileNotFoundError:
        pass
for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
    for stanza in re.split(r"\n\s*\n", open(path).read()):
        fields = {}
        for line in stanza.splitlines():
            if line.startswith("#") or ":" not in line or line[0].isspace():
                continue
            key, value = line.split(":", 1)
            fields[key.strip().lower()] = value.strip()
        if "deb" not in fields.get("types", "").split() or fields.get("enabled", "yes") == "no":
            continue
        options = f"[signed-by={fields['signed-by']}] " if fields.get("signed-by", "").startswith("/") else ""
        for uri in fields.get("uris", "").split():
            for suite in fields.get("suites", "").split():
                lines.append(f"deb {options}{uri} {suite} {fields.get('components', 'main')}")
suite = os.environ["SUITE"]
print("\n".join(line.replace(" bookworm", " " + suite) for line in lines if " bookworm" in line))
PY
}
