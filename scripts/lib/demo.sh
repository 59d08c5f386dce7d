# scripts/run --demo: the app and the local demo clinic, stopped together. Sourced.

has_data_dir() {
    for arg in "$@"; do
        case "$arg" in --data-dir|--data-dir=*) return 0 ;; esac
    done
    return 1
}

# Whatever ends the app (closing it, Ctrl+C, a kill of scripts/run), the clinic stops too, and a
# throwaway profile goes with it. Globals, because the EXIT trap runs after run_demo returned.
demo_work=""
demo_app_pid=""

demo_cleanup() {
    if [ -n "$demo_app_pid" ]; then
        kill "$demo_app_pid" 2>/dev/null || true
        wait "$demo_app_pid" 2>/dev/null || true
    fi
    if [ -n "$demo_work" ]; then
        sh "$STEPSTONE_ROOT/tests/integration/stop-clinic-server.sh" "$demo_work/clinic.json" >&2 || true
        rm -rf "$demo_work"
    fi
}

run_demo() {
    local app=$1; shift
    local fhir_base extra=()
    demo_work=$(mktemp -d -t stepstone-demo.XXXXXX)
    trap demo_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    if ! has_data_dir "$@"; then
        extra=(--data-dir "$demo_work/profile")
    fi

    sh "$STEPSTONE_ROOT/tests/integration/start-clinic-server.sh" \
        "$STEPSTONE_ROOT/tests/clinic-server" "$demo_work/clinic.json" >&2
    fhir_base=$(sed -n 's/.*"fhirBase":"\([^"]*\)".*/\1/p' "$demo_work/clinic.json")
    echo "Demo clinic at $fhir_base (pid $(sed -n 's/.*"pid":\([0-9]*\).*/\1/p' "$demo_work/clinic.json"))" >&2

    "$app" --demo-clinic "$fhir_base" "${extra[@]+"${extra[@]}"}" "$@" &
    demo_app_pid=$!
    local status=0
    wait "$demo_app_pid" || status=$?
    demo_app_pid=""
    return "$status"
}
