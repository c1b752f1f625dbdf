# Shared set-up for scripts/test and scripts/bench: system packages and the SDK's virtual environment.

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs what the tests, the packaging and the benchmarks use when missing: tmux, libncurses-dev,
# prometheus, curl, tinyproxy, openssl, dpkg-dev (dpkg-shlibdeps), mmdebstrap, hyperfine, and
# umoci and skopeo for the exporter's image.
ensure_system_packages() {
    local missing=()
    command -v tmux >/dev/null || missing+=(tmux)
    [ -e /usr/include/ncurses.h ] || missing+=(libncurses-dev)
    command -v prometheus >/dev/null || missing+=(prometheus)
    command -v curl >/dev/null || missing+=(curl)
    command -v tinyproxy >/dev/null || missing+=(tinyproxy)
    command -v openssl >/dev/null || missing+=(openssl)
    command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
    command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
    command -v hyperfine >/dev/null || missing+=(hyperfine)
    command -v umoci >/dev/null || missing+=(umoci)
    command -v skopeo >/dev/null || missing+=(skopeo)
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
