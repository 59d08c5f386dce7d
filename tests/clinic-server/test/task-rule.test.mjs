import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { fhirClient, signIn, startClinic } from './support/clinic.mjs';

// The patient-app rule: a patient changes only status, statusReason and output of a Task.
const appScopes =
  'openid fhirUser launch/patient offline_access patient/Task.rus patient/Questionnaire.s patient/QuestionnaireResponse.cruds';
const sdcTemp = 'http://hl7.org/fhir/uv/sdc/CodeSystem/temp';

let clinic;
let therapist;
let alex;
before(async () => {
  clinic = await startClinic(['--auto-consent']);
  therapist = fhirClient(clinic, clinic.therapistToken);
  alex = fhirClient(clinic, (await signIn(clinic, { loginHint: 'alex', scope: appScopes })).access_token);
});
after(() => clinic?.stop());

async function assignedTask() {
  const { status, body } = await therapist('POST', 'Task', {
    resourceType: 'Task',
    status: 'ready',
    intent: 'order',
    code: { coding: [{ system: sdcTemp, code: 'complete-questionnaire' }] },
    description: 'CBT thought record',
    for: { reference: 'Patient/alex-rivera' },
    owner: { reference: 'Patient/alex-rivera' },
    requester: { reference: 'Practitioner/morgan-chen' },
    authoredOn: '2026-11-30T09:00:00-06:00',
    restriction: { period: { end: '2026-12-04T23:59:00-06:00' } },
    input: [
      {
        type: { coding: [{ system: sdcTemp, code: 'questionnaire' }] },
        valueCanonical: 'https://clinic.example/fhir/Questionnaire/cbt-thought-record|1.0.0',
      },
    ],
  });
  assert.equal(status, 201);
  return body;
}

const ifMatch = (resource) => ({ 'if-match': `W/"${resource.meta.versionId}"` });

function assertRefusedNaming(answer, words) {
  assert.equal(answer.status, 403);
  assert.equal(answer.body.resourceType, 'OperationOutcome');
  const text = answer.body.issue[0].details.text;
  for (const word of words) {
    assert.ok(text.includes(word), `"${text}" names ${word}`);
  }
}

describe('a patient changes only status, statusReason and output of a Task', () => {
  test('status, statusReason and output change; meta and text are ignored', async () => {
    const task = await assignedTask();
    const changed = {
      ...task,
      status: 'in-progress',
      statusReason: { text: 'Started on the bus' },
      output: [
        {
          type: { coding: [{ system: sdcTemp, code: 'questionnaire-response' }] },
          valueReference: { reference: 'QuestionnaireResponse/any' },
        },
      ],
      meta: { ...task.meta, tag: [{ system: 'https://example.org', code: 'x' }] },
      text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">Started</div>' },
    };
    const answer = await alex('PUT', `Task/${task.id}`, changed, ifMatch(task));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.status, 'in-progress');
    const done = await alex('PATCH', `Task/${task.id}`, [{ op: 'replace', path: '/status', value: 'completed' }], {
      'content-type': 'application/json-patch+json',
      ...ifMatch(answer.body),
    });
    assert.equal(done.status, 200);
    assert.equal(done.body.status, 'completed');
  });

  test('any other change is refused with an OperationOutcome and the Task stays as it was', async () => {
    const task = await assignedTask();
    const edits = [
      [{ ...task, description: 'Nothing to do' }, ['description']],
      [{ ...task, restriction: { period: { end: '2027-01-01T00:00:00Z' } } }, ['restriction']],
      [{ ...task, status: 'in-progress', requester: { reference: 'Patient/alex-rivera' } }, ['requester']],
      [{ ...task, priority: 'urgent', note: [{ text: 'mine' }] }, ['note', 'priority']],
    ];
    for (const [edited, fields] of edits) {
      assertRefusedNaming(await alex('PUT', `Task/${task.id}`, edited, ifMatch(task)), fields);
    }
    const patch = await alex('PATCH', `Task/${task.id}`, [{ op: 'remove', path: '/input' }], {
      'content-type': 'application/json-patch+json',
    });
    assertRefusedNaming(patch, ['input']);
    const stored = (await therapist('GET', `Task/${task.id}`)).body;
    assert.deepEqual(stored, task, 'nothing the patient sent was kept');
  });

  test("the clinic's own statuses are not the patient's to set", async () => {
    const task = await assignedTask();
    for (const status of ['cancelled', 'entered-in-error', 'draft', 'requested']) {
      assertRefusedNaming(await alex('PUT', `Task/${task.id}`, { ...task, status }, ifMatch(task)), [status]);
    }
    assert.equal((await therapist('GET', `Task/${task.id}`)).body.status, 'ready');
  });

  test('a refused Task change fails its whole transaction: the response in it is not made', async () => {
    const task = await assignedTask();
    const identifier = { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${randomUUID()}` };
    const answer = await alex('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: identifier.value,
          resource: {
            resourceType: 'QuestionnaireResponse',
            identifier,
            questionnaire: 'https://clinic.example/fhir/Questionnaire/cbt-thought-record|1.0.0',
            status: 'completed',
            subject: { reference: 'Patient/alex-rivera' },
            author: { reference: 'Patient/alex-rivera' },
            authored: '2026-12-01T20:00:00-06:00',
            item: [{ linkId: 'situation', answer: [{ valueString: 'At work' }] }],
          },
          request: { method: 'POST', url: 'QuestionnaireResponse', ifNoneExist: `identifier=${identifier.system}|${identifier.value}` },
        },
        {
          fullUrl: `${clinic.fhirBase}/Task/${task.id}`,
          resource: { ...task, status: 'completed', description: 'Done, says the patient' },
          request: { method: 'PUT', url: `Task/${task.id}`, ifMatch: `W/"${task.meta.versionId}"` },
        },
      ],
    });
    assert.equal(answer.status, 403);
    const found = await therapist('GET', `QuestionnaireResponse?identifier=${encodeURIComponent(`${identifier.system}|${identifier.value}`)}`);
    assert.equal(found.body.entry?.length ?? 0, 0);
  });

  test('the clinic itself still changes any field', async () => {
    const task = await assignedTask();
    const answer = await therapist('PUT', `Task/${task.id}`, { ...task, description: 'Two situations this week' });
    assert.equal(answer.status, 200);
    assert.equal(answer.body.description, 'Two situations this week');
  });
});
