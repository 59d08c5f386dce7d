// FHIRPath computed by the fhirpath package (nobody on the project wrote it), with %resource the
// response and %questionnaire the form, as the app evaluates an item's expression.
//   node evaluate.mjs Q.json QR.json EXPRESSION   ->   the result, a JSON array
//   node evaluate.mjs CASES.json   with CASES.json = {resource, questionnaire, expressions: [...]}
//     ->   a JSON array, one entry per expression: {"value": [...]} or {"error": "..."}
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

const readJson = path => JSON.parse(readFileSync(path, 'utf8'));
const args = process.argv.slice(2);
if (args.length === 3) {
    const [questionnaire, resource] = args.slice(0, 2).map(readJson);
    console.log(JSON.stringify(fhirpath.evaluate(resource, args[2], { resource, questionnaire }, r4)));
} else if (args.length === 1) {
    const { resource, questionnaire, expressions } = readJson(args[0]);
    console.log(JSON.stringify(expressions.map(expression => {
        try {
            return { value: fhirpath.evaluate(resource, expression, { resource, questionnaire }, r4) };
        } catch (error) {
            return { error: String(error.message ?? error) };
        }
    })));
} else {
    console.error('usage: node evaluate.mjs Q.json QR.json EXPRESSION | node evaluate.mjs CASES.json');
    process.exit(64);
}
