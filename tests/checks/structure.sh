#!/bin/sh
# The structure issue 9 asked for, checked on the source tree:
#   core/store includes nothing from core/sync (storage never depends on sync);
#   core/model includes nothing from core/store or core/sync (records are plain values);
#   no view model constructs a store, the outbox, a FHIR client, an engine, a scheduler or a
#   sign-in (core's Profile and ClinicLink build them, in one place);
#   nothing named Demo in core (demo mode lives in demo/, off in a release build).
# Usage: structure.sh SOURCE_ROOT
set -u
root=$1
status=0

found=$(grep -rnE '#include *"sync/' "$root/core/store")
if [ -n "$found" ]; then
    echo "core/store includes core/sync:"; echo "$found"; status=1
fi

found=$(grep -rnE '#include *"(store|sync)/' "$root/core/model")
if [ -n "$found" ]; then
    echo "core/model includes core/store or core/sync:"; echo "$found"; status=1
fi

found=$(grep -rnE '(make_unique<|new )[[:space:]]*([A-Za-z]*Store|Outbox|FhirClient|SyncEngine|SyncScheduler|SmartSession|SmartSignIn)\b|\b([A-Za-z]*Store|Outbox|FhirClient|SyncEngine|SyncScheduler)[[:space:]]*\([[:space:]]*\*' "$root/app")
if [ -n "$found" ]; then
    echo "a view model constructs what core's Profile or ClinicLink should:"; echo "$found"; status=1
fi

found=$(grep -rn 'Demo' "$root/core")
if [ -n "$found" ]; then
    echo "demo code in core:"; echo "$found"; status=1
fi
exit $status
