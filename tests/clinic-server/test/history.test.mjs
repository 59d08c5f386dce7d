import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { fhirClient, signIn, startClinic } from './support/clinic.mjs';

// What the app asks for: search (s) on Appointment is what type-level _history needs.
const appScopes = 'openid fhirUser launch/patient offline_access patient/Appointment.rs patient/Location.rs';

let clinic;
let therapist;
let alex;
let jordan;
before(async () => {
  clinic = await startClinic(['--auto-consent']);
  therapist = fhirClient(clinic, clinic.therapistToken);
  alex = fhirClient(clinic, (await signIn(clinic, { loginHint: 'alex', scope: appScopes })).access_token);
  jordan = fhirClient(clinic, (await signIn(clinic, { loginHint: 'jordan', scope: appScopes })).access_token);
});
after(() => clinic?.stop());

function appointment(id, patientId) {
  return {
    resourceType: 'Appointment',
    id,
    status: 'booked',
    description: 'History test session',
    start: '2031-05-01T15:00:00.000Z',
    end: '2031-05-01T16:00:00.000Z',
    participant: [
      { actor: { reference: `Patient/${patientId}` }, status: 'needs-action' },
      { actor: { reference: 'Practitioner/morgan-chen' }, status: 'accepted' },
    ],
  };
}

/** A fresh Appointment of `patientId`, made by the therapist with a client-assigned id. */
async function therapistCreates(patientId) {
  const id = `history-${randomUUID()}`;
  const { status, body } = await therapist('PUT', `Appointment/${id}`, appointment(id, patientId));
  assert.equal(status, 200);
  return body;
}

/** Every page of `Appointment/_history?_since=` for one client, following next links. */
async function historySince(client, since) {
  const entries = [];
  let url = `Appointment/_history?_since=${encodeURIComponent(since)}&_count=2`;
  while (url) {
    const { status, body } = await client('GET', url);
    assert.equal(status, 200);
    assert.equal(body.type, 'history');
    entries.push(...(body.entry ?? []));
    url = body.link?.find((l) => l.relation === 'next')?.url;
  }
  return entries;
}

const about = (entries, id) => entries.filter((e) => e.request.url === `Appointment/${id}` || e.resource?.id === id);

describe('type-level Appointment/_history?_since for a patient token', () => {
  test("reports the deletion of the client's own Appointment, newest first, without a body", async () => {
    const created = await therapistCreates('alex-rivera');
    assert.equal((await therapist('DELETE', `Appointment/${created.id}`)).status, 200);

    const mine = about(await historySince(alex, created.meta.lastUpdated), created.id);
    assert.deepEqual(
      mine.map((e) => e.request.method),
      ['DELETE', 'PUT']
    );
    assert.equal(mine[0].resource, undefined);
    assert.equal(mine[0].fullUrl, `${clinic.fhirBase}/Appointment/${created.id}`);
    assert.ok(Date.parse(mine[0].response.lastModified) > Date.parse(created.meta.lastUpdated));
  });

  test("never shows another client's Appointments or their deletions", async () => {
    const since = (await therapistCreates('alex-rivera')).meta.lastUpdated;
    const jordans = await therapistCreates('jordan-lee');
    await therapist('DELETE', `Appointment/${jordans.id}`);

    const seenByAlex = await historySince(alex, since);
    assert.deepEqual(about(seenByAlex, jordans.id), []);
    assert.ok(!JSON.stringify(seenByAlex).includes('jordan-lee'));
    assert.deepEqual(
      about(await historySince(jordan, since), jordans.id).map((e) => e.request.method),
      ['DELETE', 'PUT']
    );
  });

  test('an Appointment moved to another client: each client sees only the versions that were theirs', async () => {
    const created = await therapistCreates('alex-rivera');
    const moved = appointment(created.id, 'jordan-lee');
    assert.equal((await therapist('PUT', `Appointment/${created.id}`, moved)).status, 200);
    await therapist('DELETE', `Appointment/${created.id}`);

    // Alex's last visible version is the one before the move; the move and the deletion were
    // Jordan's and are not Alex's to see (the app finds out by searching for what it holds).
    assert.deepEqual(
      about(await historySince(alex, created.meta.lastUpdated), created.id).map((e) => e.request.method),
      ['PUT']
    );
    const seenByJordan = about(await historySince(jordan, created.meta.lastUpdated), created.id);
    assert.deepEqual(
      seenByJordan.map((e) => e.request.method),
      ['DELETE', 'PUT']
    );
    assert.ok(!JSON.stringify(seenByJordan).includes('alex-rivera'));
  });

  test('_since with a "+hh:mm" offset is read as the same instant', async () => {
    const created = await therapistCreates('alex-rivera');
    await therapist('DELETE', `Appointment/${created.id}`);
    const utc = new Date(created.meta.lastUpdated);
    const shifted = new Date(utc.getTime() + 2 * 3600_000).toISOString().replace('Z', '+02:00');
    assert.deepEqual(
      about(await historySince(alex, shifted), created.id).map((e) => e.request.method),
      ['DELETE', 'PUT']
    );
  });

  test('type-level history needs the s letter, and system-level history is for the clinic only', async () => {
    const readOnly = fhirClient(
      clinic,
      (await signIn(clinic, { loginHint: 'alex', scope: 'launch/patient patient/Appointment.r' })).access_token
    );
    assert.equal((await readOnly('GET', 'Appointment/_history')).status, 403);
    assert.equal((await alex('GET', '_history')).status, 403);
  });

  test('a search by _id for the ids a client holds leaves out what moved away or was deleted', async () => {
    const kept = await therapistCreates('alex-rivera');
    const movedAway = await therapistCreates('alex-rivera');
    const deleted = await therapistCreates('alex-rivera');
    await therapist('PUT', `Appointment/${movedAway.id}`, appointment(movedAway.id, 'jordan-lee'));
    await therapist('DELETE', `Appointment/${deleted.id}`);

    const { status, body } = await alex(
      'GET',
      `Appointment?_id=${[kept.id, movedAway.id, deleted.id].join(',')}&patient=alex-rivera&_count=100`
    );
    assert.equal(status, 200);
    assert.deepEqual(
      body.entry.map((e) => e.resource.id),
      [kept.id]
    );
  });
});
