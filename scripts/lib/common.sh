# Shared by scripts/run and scripts/test. Sourced, not run.
set -euo pipefail

STEPSTONE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STEPSTONE_BUILD_DIR=${STEPSTONE_BUILD_DIR:-$STEPSTONE_ROOT/build}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs only the Debian packages that are missing, so a second run installs nothing.
install_missing_packages() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^\s*$/d' "$STEPSTONE_ROOT/scripts/lib/packages.txt")
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    # Node ships in the machine image on our machines; Debian's nodejs only fills a gap.
    if command -v node >/dev/null && command -v npm >/dev/null; then
        missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
        local filtered=(); for p in "${missing[@]}"; do [ -n "$p" ] && filtered+=("$p"); done
        missing=("${filtered[@]+"${filtered[@]}"}")
    fi
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# Installs the node packages of a test folder (the clinic server, the FHIR schema check) when its
# lock file changed; after that the tests run offline.
install_node_packages() {
    local dir=$1
    [ -f "$dir/package-lock.json" ] || return 0
    local stamp="$dir/node_modules/.stepstone-lock"
    if [ -f "$stamp" ] && cmp -s "$dir/package-lock.json" "$stamp"; then
        return 0
    fi
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
}

install_clinic_server() {
    install_node_packages "$STEPSTONE_ROOT/tests/clinic-server"
}

install_fhir_schema_check() {
    install_node_packages "$STEPSTONE_ROOT/tests/fhir-schema"
}

install_fhir_forms_oracle() {
    install_node_packages "$STEPSTONE_ROOT/tests/fhir-forms"
}

build_stepstone() {
    cd "$STEPSTONE_ROOT"
    cmake --preset default -B "$STEPSTONE_BUILD_DIR" >/dev/null
    cmake --build "$STEPSTONE_BUILD_DIR" --parallel "$(nproc)"
}

# Runs a command (from the build folder) in a private HOME, a private D-Bus session with an
# unlocked gnome-keyring, and an Xvfb display, the way the tests and the benchmarks run.
session_sandbox=""
run_in_private_session() {
    session_sandbox=$(mktemp -d -t stepstone-session.XXXXXX)
    trap 'rm -rf "$session_sandbox"' EXIT
    mkdir -p "$session_sandbox/home" && install -d -m 0700 "$session_sandbox/runtime"
    local status=0
    env -i PATH="$PATH" LANG=C.UTF-8 HOME="$session_sandbox/home" \
        XDG_RUNTIME_DIR="$session_sandbox/runtime" \
        STEPSTONE_ROOT="$STEPSTONE_ROOT" STEPSTONE_BUILD_DIR="$STEPSTONE_BUILD_DIR" \
        dbus-run-session -- \
        xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
        "$STEPSTONE_ROOT/scripts/lib/in-session.sh" "$@" || status=$?
    rm -rf "$session_sandbox"
    return "$status"
}

# What git sees in the source tree, untracked files included (ignored ones, like build/, not).
source_tree_state() {
    git -C "$STEPSTONE_ROOT" status --porcelain --untracked-files=all 2>/dev/null || true
}
