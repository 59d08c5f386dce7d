import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { fhirClient, signIn, startClinic } from './support/clinic.mjs';

const appScopes = [
  'openid fhirUser launch/patient offline_access',
  'patient/Patient.r patient/Observation.cruds patient/Appointment.rs patient/AppointmentResponse.cru',
  'patient/Task.rsu patient/Questionnaire.rs patient/QuestionnaireResponse.cruds patient/Consent.cru',
  'patient/Location.rs patient/Practitioner.rs',
].join(' ');

let clinic;
let therapist;
let alex;
let jordan;
let alexObservation;
before(async () => {
  clinic = await startClinic(['--auto-consent']);
  therapist = fhirClient(clinic, clinic.therapistToken);
  alex = fhirClient(clinic, (await signIn(clinic, { loginHint: 'alex', scope: appScopes })).access_token);
  jordan = fhirClient(clinic, (await signIn(clinic, { loginHint: 'jordan', scope: appScopes })).access_token);
  alexObservation = (await alex('POST', 'Observation', craving('alex-rivera'))).body;
});
after(() => clinic?.stop());

function craving(patientId) {
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
    code: { text: 'Craving intensity' },
    subject: { reference: `Patient/${patientId}` },
    valueInteger: 6,
  };
}

const refused = (status) => assert.ok(status === 403 || status === 404, `expected 403/404, got ${status}`);

describe('authentication', () => {
  test('no token or a bad token is 401; metadata and smart-configuration stay public', async () => {
    assert.equal((await fhirClient(clinic)('GET', 'Patient/alex-rivera')).status, 401);
    assert.equal((await fhirClient(clinic, 'not-a-token')('GET', 'Patient/alex-rivera')).status, 401);
    const idToken = (await signIn(clinic)).id_token;
    assert.equal((await fhirClient(clinic, idToken)('GET', 'Patient/alex-rivera')).status, 401, 'an ID token is no access token');
    assert.equal((await fhirClient(clinic)('GET', 'metadata')).status, 200);
    assert.equal((await fhirClient(clinic)('GET', '.well-known/smart-configuration')).status, 200);
  });

  test('the therapist token reads every client', async () => {
    const { body } = await therapist('GET', 'Appointment?_count=100');
    const patients = new Set(body.entry.map((e) => e.resource.participant[0].actor.reference));
    assert.deepEqual([...patients].sort(), ['Patient/alex-rivera', 'Patient/jordan-lee']);
  });
});

describe("one client never sees or changes another client's data", () => {
  test("read of the other client's Observation, Appointment and Patient is refused", async () => {
    assert.equal((await alex('GET', `Observation/${alexObservation.id}`)).status, 200);
    for (const path of [`Observation/${alexObservation.id}`, 'Appointment/alex-rivera-session-1', 'Patient/alex-rivera']) {
      const { status, body } = await jordan('GET', path);
      refused(status);
      assert.equal(body.resourceType, 'OperationOutcome');
    }
    refused((await jordan('GET', `Observation/${alexObservation.id}/_history`)).status);
    refused((await jordan('GET', `Observation/${alexObservation.id}/_history/${alexObservation.meta.versionId}`)).status);
  });

  test("a search naming the other client is refused; an open search returns only one's own", async () => {
    refused((await jordan('GET', 'Observation?patient=Patient/alex-rivera')).status);
    refused((await jordan('GET', 'Appointment?patient=alex-rivera')).status);
    const observations = await jordan('GET', 'Observation');
    assert.equal(observations.status, 200);
    assert.ok(!(observations.body.entry ?? []).some((e) => e.resource.subject.reference !== 'Patient/jordan-lee'));
    const appointments = await jordan('GET', 'Appointment?_count=100&_include=Appointment:actor');
    assert.equal(appointments.body.total, 3);
    for (const entry of appointments.body.entry) {
      assert.notEqual(entry.resource.id, 'alex-rivera');
      assert.ok(!JSON.stringify(entry.resource).includes('alex-rivera'));
    }
    const history = await jordan('GET', 'Observation/_history');
    assert.ok(!JSON.stringify(history.body).includes('alex-rivera'));
  });

  test("writes into the other client's compartment are refused", async () => {
    refused((await jordan('POST', 'Observation', craving('alex-rivera'))).status);
    refused((await jordan('PUT', `Observation/${alexObservation.id}`, { ...alexObservation, valueInteger: 0 })).status);
    refused((await jordan('PUT', `Observation/${alexObservation.id}`, { ...alexObservation, subject: { reference: 'Patient/jordan-lee' } })).status);
    refused((await jordan('DELETE', `Observation/${alexObservation.id}`)).status);
    refused((await alex('PUT', `Observation/${alexObservation.id}`, { ...alexObservation, subject: { reference: 'Patient/jordan-lee' } })).status);
    assert.equal((await therapist('GET', `Observation/${alexObservation.id}`)).body.valueInteger, 6);
  });

  test("a transaction with one entry in the other client's compartment is refused whole", async () => {
    const mine = { ...craving('jordan-lee'), identifier: [{ system: 'urn:stepstone:test', value: randomUUID() }] };
    const { status } = await jordan('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: mine, request: { method: 'POST', url: 'Observation' } },
        { resource: craving('alex-rivera'), request: { method: 'POST', url: 'Observation' } },
      ],
    });
    refused(status);
    const search = await therapist('GET', `Observation?identifier=urn:stepstone:test|${mine.identifier[0].value}`);
    assert.equal(search.body.total, 0);
  });

  test('a batch answers entry by entry: own data succeeds, the other client is refused', async () => {
    const { status, body } = await jordan('POST', '', {
      resourceType: 'Bundle',
      type: 'batch',
      entry: [
        { request: { method: 'GET', url: 'Patient/jordan-lee' } },
        { request: { method: 'GET', url: 'Patient/alex-rivera' } },
      ],
    });
    assert.equal(status, 200);
    assert.match(body.entry[0].response.status, /^200/);
    assert.match(body.entry[1].response.status, /^40[34]/);
    assert.equal(body.entry[1].resource?.resourceType ?? 'OperationOutcome', 'OperationOutcome');
  });
});

describe('SMART scopes', () => {
  test('each interaction needs its letter', async () => {
    const readOnly = fhirClient(
      clinic,
      (await signIn(clinic, { loginHint: 'jordan', scope: 'launch/patient patient/Observation.rs patient/Task.r' })).access_token
    );
    assert.equal((await readOnly('GET', 'Observation')).status, 200);
    assert.equal((await readOnly('POST', 'Observation', craving('jordan-lee'))).status, 403);
    assert.equal((await readOnly('GET', 'Task/jordan-lee-homework-gad-7')).status, 200);
    assert.equal((await readOnly('GET', 'Task')).status, 403, 'no s letter for Task');
    assert.equal((await readOnly('GET', 'Appointment')).status, 403, 'no Appointment scope');
  });

  test('v1 scopes are accepted: .read reads and searches, .write writes', async () => {
    const v1 = fhirClient(
      clinic,
      (await signIn(clinic, { loginHint: 'jordan', scope: 'launch/patient patient/Observation.read patient/Observation.write' }))
        .access_token
    );
    assert.equal((await v1('GET', 'Observation')).status, 200);
    assert.equal((await v1('POST', 'Observation', craving('jordan-lee'))).status, 201);
  });

  test('the app scopes let a client answer a session and update its homework status', async () => {
    const { body: task } = await jordan('GET', 'Task/jordan-lee-homework-gad-7');
    const started = await jordan('PUT', `Task/${task.id}`, { ...task, status: 'in-progress' }, { 'if-match': `W/"${task.meta.versionId}"` });
    assert.equal(started.status, 200);
    const patched = await jordan(
      'PATCH',
      `Task/${task.id}`,
      [{ op: 'replace', path: '/status', value: 'completed' }],
      { 'content-type': 'application/json-patch+json', 'if-match': `W/"${started.body.meta.versionId}"` }
    );
    assert.equal(patched.status, 200);
    assert.equal(patched.body.status, 'completed');
    const hijack = await jordan('PATCH', `Task/${task.id}`, [
      { op: 'replace', path: '/for', value: { reference: 'Patient/alex-rivera' } },
    ], { 'content-type': 'application/json-patch+json' });
    refused(hijack.status);
    assert.equal((await therapist('GET', `Task/${task.id}`)).body.for.reference, 'Patient/jordan-lee');
    const response = await jordan('POST', 'AppointmentResponse', {
      resourceType: 'AppointmentResponse',
      appointment: { reference: 'Appointment/jordan-lee-session-1' },
      actor: { reference: 'Patient/jordan-lee' },
      participantStatus: 'accepted',
    });
    assert.equal(response.status, 201);
    assert.equal((await jordan('GET', 'Questionnaire/gad-7')).status, 200, 'forms are outside any compartment');
    assert.equal((await jordan('PUT', 'Questionnaire/gad-7', (await jordan('GET', 'Questionnaire/gad-7')).body)).status, 403);
  });
});
