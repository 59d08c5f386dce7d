// One FHIRPath expression on a QuestionnaireResponse, computed by the fhirpath package (nobody on
// the project wrote it), with %resource the response and %questionnaire the form, as the app
// evaluates an item's expression (e.g. the offer-crisis-lines extension of the built-in PHQ-9).
//   node evaluate.mjs Q.json QR.json EXPRESSION   ->   the result, a JSON array
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

const [questionnairePath, responsePath, expression] = process.argv.slice(2);
if (!questionnairePath || !responsePath || !expression) {
    console.error('usage: node evaluate.mjs Q.json QR.json EXPRESSION');
    process.exit(64);
}
const questionnaire = JSON.parse(readFileSync(questionnairePath, 'utf8'));
const response = JSON.parse(readFileSync(responsePath, 'utf8'));
const environment = { resource: response, questionnaire };
console.log(JSON.stringify(fhirpath.evaluate(response, expression, environment, r4)));
