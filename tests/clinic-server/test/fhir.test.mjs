import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { fhirClient, startClinic } from './support/clinic.mjs';

let clinic;
let fhir;
before(async () => {
  clinic = await startClinic(['--auto-consent']);
  fhir = fhirClient(clinic, clinic.therapistToken);
});
after(() => clinic?.stop());

const tag = () => `test-${randomUUID()}`;
const craving = (identifier, intensity = 5) => ({
  resourceType: 'Observation',
  identifier: [{ system: 'urn:stepstone:test', value: identifier }],
  status: 'final',
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
  code: { text: 'Craving intensity' },
  subject: { reference: 'Patient/alex-rivera' },
  effectiveDateTime: new Date().toISOString(),
  valueInteger: intensity,
});
const ids = (bundle) => (bundle.entry ?? []).map((e) => e.resource.id);

describe('validation', () => {
  test('an invalid resource is refused with 400 and an OperationOutcome naming each problem', async () => {
    const { status, body } = await fhir('POST', 'Observation', {
      resourceType: 'Observation',
      status: 'almost-final',
      code: { text: 'x' },
      colour: 'blue',
    });
    assert.equal(status, 400);
    assert.equal(body.resourceType, 'OperationOutcome');
    const where = body.issue.flatMap((i) => i.expression ?? []);
    assert.ok(where.includes('Observation.status'), JSON.stringify(body));
    assert.ok(where.includes('Observation.colour'), JSON.stringify(body));
  });

  test('a missing required element is refused', async () => {
    const { status, body } = await fhir('POST', 'Observation', { resourceType: 'Observation', code: { text: 'x' } });
    assert.equal(status, 400);
    assert.equal(body.resourceType, 'OperationOutcome');
  });
});

describe('create, read, update, delete', () => {
  test('create answers 201 with Location, ETag and Last-Modified from meta', async () => {
    const { status, headers, body } = await fhir('POST', 'Observation', craving(tag()));
    assert.equal(status, 201);
    assert.equal(headers.get('etag'), `W/"${body.meta.versionId}"`);
    assert.equal(headers.get('location'), `${clinic.fhirBase}/Observation/${body.id}/_history/${body.meta.versionId}`);
    assert.equal(headers.get('last-modified'), new Date(body.meta.lastUpdated).toUTCString());
  });

  test('If-None-Exist twice creates one resource', async () => {
    const identifier = tag();
    const ifNoneExist = { 'if-none-exist': `identifier=urn:stepstone:test|${identifier}` };
    const first = await fhir('POST', 'Observation', craving(identifier), ifNoneExist);
    const second = await fhir('POST', 'Observation', craving(identifier), ifNoneExist);
    assert.equal(first.status, 201);
    assert.equal(second.status, 200);
    assert.equal(second.body.id, first.body.id);
    const search = await fhir('GET', `Observation?identifier=urn:stepstone:test|${identifier}`);
    assert.equal(search.body.total, 1);
  });

  test('a stale If-Match is refused with 412; the current one updates', async () => {
    const { body: created } = await fhir('POST', 'Observation', craving(tag(), 3));
    const v1 = `W/"${created.meta.versionId}"`;
    const updated = await fhir('PUT', `Observation/${created.id}`, { ...created, valueInteger: 4 }, { 'if-match': v1 });
    assert.equal(updated.status, 200);
    assert.notEqual(updated.body.meta.versionId, created.meta.versionId);
    const stale = await fhir('PUT', `Observation/${created.id}`, { ...created, valueInteger: 9 }, { 'if-match': v1 });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.resourceType, 'OperationOutcome');
    assert.equal((await fhir('GET', `Observation/${created.id}`)).body.valueInteger, 4);
  });

  test('read after delete answers 410 and history shows the delete, newest first, in a stable order', async () => {
    const { body: created } = await fhir('POST', 'Observation', craving(tag()));
    await fhir('PUT', `Observation/${created.id}`, { ...created, valueInteger: 7 });
    assert.equal((await fhir('DELETE', `Observation/${created.id}`)).status, 200);
    assert.equal((await fhir('GET', `Observation/${created.id}`)).status, 410);
    assert.equal((await fhir('DELETE', `Observation/${created.id}`)).status, 200, 'delete is idempotent');

    const history = await fhir('GET', `Observation/${created.id}/_history`);
    assert.equal(history.status, 200);
    assert.deepEqual(
      history.body.entry.map((e) => e.request.method),
      ['DELETE', 'PUT', 'POST']
    );
    assert.equal(history.body.entry[0].resource, undefined);
    const again = await fhir('GET', `Observation/${created.id}/_history`);
    assert.deepEqual(again.body.entry, history.body.entry);
  });

  test('type-level _history?_since reports deletions to a syncing client', async () => {
    const { body: created } = await fhir('POST', 'Observation', craving(tag()));
    const since = created.meta.lastUpdated;
    await fhir('DELETE', `Observation/${created.id}`);
    const history = await fhir('GET', `Observation/_history?_since=${encodeURIComponent(since)}`);
    assert.equal(history.status, 200);
    const mine = history.body.entry.filter((e) => e.fullUrl === `${clinic.fhirBase}/Observation/${created.id}`);
    assert.deepEqual(
      mine.map((e) => e.request.method),
      ['DELETE', 'POST']
    );
  });
});

describe('search', () => {
  test('_lastUpdated=gt with _count pages through next links, missing nothing', async () => {
    const marker = tag();
    const created = [];
    for (let i = 0; i < 7; i++) {
      created.push((await fhir('POST', 'Observation', craving(`${marker}-${i}`, i))).body);
    }
    const watermark = created[2].meta.lastUpdated;
    let url = `Observation?_lastUpdated=gt${encodeURIComponent(watermark)}&_count=2&_sort=_lastUpdated`;
    const seen = [];
    let pages = 0;
    while (url) {
      const { status, body } = await fhir('GET', url);
      assert.equal(status, 200);
      seen.push(...ids(body));
      url = body.link.find((l) => l.relation === 'next')?.url;
      pages++;
    }
    const later = created.slice(3).map((r) => r.id);
    assert.deepEqual(
      seen.filter((id) => created.some((r) => r.id === id)),
      later
    );
    assert.ok(pages >= 2);
  });

  test('next links keep repeated parameters', async () => {
    const from = encodeURIComponent(new Date().toISOString());
    const to = encodeURIComponent(new Date(Date.now() + 8 * 86_400_000).toISOString());
    let url = `Appointment?patient=alex-rivera&date=ge${from}&date=lt${to}&_sort=date&_count=2`;
    const first = (await fhir('GET', url)).body;
    const starts = [];
    while (url) {
      const { body } = await fhir('GET', url);
      starts.push(...body.entry.map((e) => e.resource.start));
      url = body.link.find((l) => l.relation === 'next')?.url;
    }
    assert.equal(starts.length, first.total);
    assert.ok(first.total > 2 && first.total < 10);
    assert.ok(starts.every((s) => Date.parse(s) < Date.now() + 8 * 86_400_000));
  });

  test('_sort, _include and _revinclude', async () => {
    const { body } = await fhir('GET', 'Appointment?patient=Patient/alex-rivera&_sort=-date&_include=Appointment:actor:Location');
    const matches = body.entry.filter((e) => e.search.mode === 'match').map((e) => e.resource);
    assert.equal(body.total, 10);
    assert.deepEqual(
      matches.map((a) => a.start),
      [...matches.map((a) => a.start)].sort().reverse()
    );
    assert.ok(body.entry.some((e) => e.search.mode === 'include' && e.resource.resourceType === 'Location'));

    const rev = await fhir('GET', 'Patient?_id=alex-rivera&_revinclude=CareTeam:subject');
    assert.deepEqual(
      rev.body.entry.map((e) => `${e.search.mode} ${e.resource.resourceType}`),
      ['match Patient', 'include CareTeam']
    );
  });
});

describe('transactions', () => {
  test('one bad entry rolls the whole transaction back', async () => {
    const identifier = tag();
    const clientId = randomUUID();
    const { status, body } = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl: `urn:uuid:${randomUUID()}`, resource: craving(identifier), request: { method: 'POST', url: 'Observation' } },
        { resource: { ...craving(`${identifier}-b`), id: clientId }, request: { method: 'PUT', url: `Observation/${clientId}` } },
        { resource: { resourceType: 'Observation', status: 'nonsense', code: { text: 'x' } }, request: { method: 'POST', url: 'Observation' } },
      ],
    });
    assert.equal(status, 400);
    assert.equal(body.resourceType, 'OperationOutcome');
    assert.equal((await fhir('GET', `Observation?identifier=urn:stepstone:test|${identifier}`)).body.total, 0);
    assert.equal((await fhir('GET', `Observation/${clientId}`)).status, 404);
  });

  test('a stale If-Match inside a transaction answers 412 and rolls back', async () => {
    const { body: existing } = await fhir('POST', 'Observation', craving(tag(), 1));
    await fhir('PUT', `Observation/${existing.id}`, { ...existing, valueInteger: 2 });
    const identifier = tag();
    const { status } = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { resource: craving(identifier), request: { method: 'POST', url: 'Observation' } },
        {
          resource: { ...existing, valueInteger: 3 },
          request: { method: 'PUT', url: `Observation/${existing.id}`, ifMatch: `W/"${existing.meta.versionId}"` },
        },
      ],
    });
    assert.equal(status, 412);
    assert.equal((await fhir('GET', `Observation?identifier=urn:stepstone:test|${identifier}`)).body.total, 0);
    assert.equal((await fhir('GET', `Observation/${existing.id}`)).body.valueInteger, 2);
  });

  test('a good transaction rewrites urn:uuid references and reports ETags per entry', async () => {
    const response = `urn:uuid:${randomUUID()}`;
    const { status, body } = await fhir('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: response,
          resource: {
            resourceType: 'QuestionnaireResponse',
            questionnaire: 'https://stepstone.example/fhir/Questionnaire/gad-7|1.0.0',
            status: 'in-progress',
            subject: { reference: 'Patient/alex-rivera' },
          },
          request: { method: 'POST', url: 'QuestionnaireResponse' },
        },
        {
          resource: { ...craving(tag()), derivedFrom: [{ reference: response }] },
          request: { method: 'POST', url: 'Observation' },
        },
      ],
    });
    assert.equal(status, 200);
    assert.equal(body.type, 'transaction-response');
    for (const entry of body.entry) {
      assert.match(entry.response.status, /^201/);
      assert.equal(entry.response.etag, `W/"${entry.resource.meta.versionId}"`);
    }
    assert.equal(body.entry[1].resource.derivedFrom[0].reference, `QuestionnaireResponse/${body.entry[0].resource.id}`);
  });

  test("Medplum's limit stands: more than 50 updates in one transaction is refused", async () => {
    const entry = Array.from({ length: 51 }, () => {
      const id = randomUUID();
      return { resource: { ...craving(tag()), id }, request: { method: 'PUT', url: `Observation/${id}` } };
    });
    const { status } = await fhir('POST', '', { resourceType: 'Bundle', type: 'transaction', entry });
    assert.equal(status, 400);
  });
});

describe('seeded demo clinic', () => {
  test('two weeks of sessions for Alex: kinds, one cancelled, one by video, places for in-person ones', async () => {
    const { body } = await fhir('GET', 'Appointment?patient=Patient/alex-rivera&_count=50');
    const sessions = body.entry.map((e) => e.resource);
    assert.ok(sessions.length >= 8 && sessions.length <= 10);
    const kinds = new Set(sessions.map((a) => a.serviceType[0].coding[0].code));
    assert.deepEqual([...kinds].sort(), ['family', 'group', 'individual']);
    assert.equal(sessions.filter((a) => a.status === 'cancelled').length, 1);
    const video = sessions.filter((a) => a.extension?.some((x) => x.valueUrl?.startsWith('https://')));
    assert.ok(video.length >= 1);
    const inPerson = sessions.filter((a) => !video.includes(a));
    assert.ok(inPerson.every((a) => a.participant.some((p) => p.actor.reference.startsWith('Location/'))));
    const now = Date.now();
    assert.ok(sessions.every((a) => Date.parse(a.start) > now && Date.parse(a.start) < now + 15 * 86_400_000));
    assert.ok(
      sessions.every((a) => a.participant.find((p) => p.actor.reference === 'Patient/alex-rivera').status === 'needs-action')
    );
  });

  test('homework Tasks point at Questionnaires the server holds', async () => {
    const { body } = await fhir('GET', 'Task?patient=alex-rivera');
    assert.equal(body.total, 3);
    for (const task of body.entry.map((e) => e.resource)) {
      assert.equal(task.status, 'ready');
      assert.equal(task.code.coding[0].code, 'complete-questionnaire');
      assert.equal(task.owner.reference, 'Patient/alex-rivera');
      assert.ok(Date.parse(task.restriction.period.end) > Date.now());
      const [url] = task.input[0].valueCanonical.split('|');
      const questionnaires = await fhir('GET', `Questionnaire?url=${encodeURIComponent(url)}`);
      assert.equal(questionnaires.body.entry?.[0]?.resource.url, url);
    }
    const phq9 = (await fhir('GET', 'Questionnaire/phq-9')).body;
    assert.equal(phq9.code[0].code, '44249-1');
    const scored = phq9.item.filter((i) => i.type === 'choice');
    assert.equal(scored.length, 9);
    assert.deepEqual(
      scored[0].answerOption.map((o) => o.extension[0].valueDecimal),
      [0, 1, 2, 3]
    );
  });

  test('the relapse-prevention plan is a QuestionnaireResponse to the plan Questionnaire', async () => {
    const { body } = await fhir('GET', 'QuestionnaireResponse?subject=Patient/alex-rivera');
    const plan = body.entry[0].resource;
    assert.match(plan.questionnaire, /relapse-prevention-plan/);
    const linkIds = new Set(plan.item.map((i) => i.linkId));
    for (const section of ['reasons', 'warning-signs', 'high-risk', 'coping', 'people']) {
      assert.ok(linkIds.has(section), section);
    }
  });
});
