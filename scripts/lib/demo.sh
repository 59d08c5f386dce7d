# scripts/run --demo: the app and the local demo clinic, stopped together. Sourced.

has_data_dir() {
    for arg in "$@"; do
        case "$arg" in --data-dir|--data-dir=*) return 0 ;; esac
    done
    return 1
}

run_demo() {
    local app=$1; shift
    local work throwaway="" app_pid="" fhir_base
    work=$(mktemp -d -t stepstone-demo.XXXXXX)
    local ready="$work/clinic.json"
    local extra=()
    if ! has_data_dir "$@"; then
        throwaway="$work/profile"
        extra=(--data-dir "$throwaway")
    fi
    # Whatever ends the app (closing it, Ctrl+C, a kill of this script), the clinic stops too,
    # and a throwaway profile goes with it.
    trap 'demo_cleanup' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    demo_cleanup() {
        [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
        sh "$STEPSTONE_ROOT/tests/integration/stop-clinic-server.sh" "$ready" >&2 || true
        rm -rf "$work"
    }

    sh "$STEPSTONE_ROOT/tests/integration/start-clinic-server.sh" \
        "$STEPSTONE_ROOT/tests/clinic-server" "$ready" >&2
    fhir_base=$(sed -n 's/.*"fhirBase":"\([^"]*\)".*/\1/p' "$ready")
    echo "Demo clinic at $fhir_base (pid $(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$ready"))" >&2

    "$app" --demo-clinic "$fhir_base" "${extra[@]+"${extra[@]}"}" "$@" &
    app_pid=$!
    local status=0
    wait "$app_pid" || status=$?
    app_pid=""
    return "$status"
}
