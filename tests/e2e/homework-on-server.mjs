// What the clinic holds of one homework Task, read with the therapist's token: prints
//   responses=<QuestionnaireResponses of its patient for its form> status=<theirs, comma-separated>
//   answered=<items answered in the first> task=<the Task's status> output=<ok|missing>
// and writes the first response and the Task as OUT_DIR/response.json and OUT_DIR/task.json.
// Usage: node homework-on-server.mjs FHIR_BASE THERAPIST_TOKEN TASK_ID OUT_DIR
import { writeFileSync } from 'node:fs';

const [base, token, taskId, outDir] = process.argv.slice(2);
if (!outDir) {
    console.error('usage: node homework-on-server.mjs FHIR_BASE THERAPIST_TOKEN TASK_ID OUT_DIR');
    process.exit(64);
}
const read = async (path) => {
    const answer = await fetch(`${base}/${path}`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
    });
    if (!answer.ok) throw new Error(`GET ${path}: ${answer.status}`);
    return answer.json();
};
const answered = (items = []) =>
    items.reduce((n, item) => n + (item.answer?.length ? 1 : 0) + answered(item.item)
        + (item.answer ?? []).reduce((m, a) => m + answered(a.item), 0), 0);

const task = await read(`Task/${taskId}`);
const form = task.input.find((input) => input.valueCanonical).valueCanonical;
const all = await read('QuestionnaireResponse?_count=1000');
const responses = (all.entry ?? []).map((entry) => entry.resource)
    .filter((r) => r.subject?.reference === task.for.reference && r.questionnaire === form);
const first = responses[0];
const output = (task.output ?? []).some((o) =>
    first && o.valueReference?.reference === `QuestionnaireResponse/${first.id}`);
if (first) writeFileSync(`${outDir}/response.json`, JSON.stringify(first, null, 1));
writeFileSync(`${outDir}/task.json`, JSON.stringify(task, null, 1));
console.log(`responses=${responses.length} status=${responses.map((r) => r.status).join(',')}`
    + ` answered=${first ? answered(first.item) : 0} task=${task.status}`
    + ` output=${output ? 'ok' : 'missing'}`);
