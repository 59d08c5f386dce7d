// The oracle for single FHIRPath expressions: what the fhirpath package gives for each.
//   node evaluate.mjs CASES.json   with CASES.json = {resource, questionnaire, expressions: [...]}
// prints a JSON array, one entry per expression: {"value": [...]} or {"error": "..."}.
// The resource is the input and %resource; the questionnaire is %questionnaire.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

const casesPath = process.argv[2];
if (!casesPath) {
    console.error('usage: node evaluate.mjs CASES.json');
    process.exit(64);
}
const { resource, questionnaire, expressions } = JSON.parse(readFileSync(casesPath, 'utf8'));
const results = expressions.map(expression => {
    try {
        return { value: fhirpath.evaluate(resource, expression, { resource, questionnaire }, r4) };
    } catch (error) {
        return { error: String(error.message ?? error) };
    }
});
console.log(JSON.stringify(results));
