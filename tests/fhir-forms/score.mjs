// The oracle for `stepstone-forms score`: the values a Questionnaire's calculatedExpressions give
// on a QuestionnaireResponse, computed by the fhirpath package (nobody on the project wrote it).
//   node score.mjs Q.json QR.json   ->   one JSON object, linkId -> value (an array where the
//                                        expression gives more than one value, or an item repeats)
// SDC variables are evaluated in document order, the Questionnaire's first, then each item's,
// each seen by the items below it. An expression that gives nothing is left out.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const fhirpath = require('fhirpath');
const r4 = require('fhirpath/fhir-context/r4');

const kVariable = 'http://hl7.org/fhir/StructureDefinition/variable';
const kCalculated =
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';

const [questionnairePath, responsePath] = process.argv.slice(2);
if (!questionnairePath || !responsePath) {
    console.error('usage: node score.mjs Q.json QR.json');
    process.exit(64);
}
const questionnaire = JSON.parse(readFileSync(questionnairePath, 'utf8'));
const response = JSON.parse(readFileSync(responsePath, 'utf8'));

const extensions = (element, url) => (element.extension ?? []).filter(e => e.url === url);

function evaluate(context, expression, variables) {
    const environment = { ...variables, resource: response, questionnaire };
    return fhirpath.evaluate(context, expression, environment, r4);
}

function withVariables(element, context, variables) {
    const scope = { ...variables };
    for (const variable of extensions(element, kVariable)) {
        const { name, expression } = variable.valueExpression ?? {};
        if (name && expression)
            scope[name] = evaluate(context, expression, scope);
    }
    return scope;
}

// The response items of `linkId` under `parents` (response items), or the response itself.
const answeredItems = (parents, linkId) =>
    parents.flatMap(parent => (parent.item ?? []).filter(item => item.linkId === linkId));

const values = {};
function visit(items, responseParents, variables) {
    for (const item of items ?? []) {
        const answered = answeredItems(responseParents, item.linkId);
        const context = answered[0] ?? response;
        const scope = withVariables(item, context, variables);
        for (const calculated of extensions(item, kCalculated)) {
            const result = evaluate(context, calculated.valueExpression.expression, scope);
            if (result.length > 0)
                values[item.linkId] = result.length === 1 ? result[0] : result;
        }
        visit(item.item, answered.length > 0 ? answered : responseParents, scope);
    }
}

visit(questionnaire.item, [response], withVariables(questionnaire, response, {}));
console.log(JSON.stringify(values));
