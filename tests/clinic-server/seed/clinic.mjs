// The demo clinic: one therapist, one prescriber, two clients, two weeks of sessions, homework and a
// relapse-prevention plan. Times are computed from `now` (server local time) at every start.
import { readFileSync, readdirSync } from 'node:fs';

const stepstone = 'https://stepstone.example/fhir';
export const sessionKindSystem = `${stepstone}/CodeSystem/session-kind`;
export const videoLinkExtension = `${stepstone}/StructureDefinition/video-link`;
const sdcTemp = 'http://hl7.org/fhir/uv/sdc/CodeSystem/temp';

export const demoClients = [
  { id: 'alex-rivera', login: 'alex', name: 'Alex Rivera' },
  { id: 'jordan-lee', login: 'jordan', name: 'Jordan Lee' },
];
export const therapist = { id: 'morgan-chen', name: 'Morgan Chen, LCSW' };
const prescriber = { id: 'priya-shah', name: 'Priya Shah, MD' };

const questionnaires = readdirSync(new URL('./questionnaires/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(`./questionnaires/${f}`, import.meta.url), 'utf8')));
const canonical = (id) => {
  const q = questionnaires.find((x) => x.id === id);
  return `${q.url}|${q.version}`;
};

const sessionKinds = {
  individual: 'Individual therapy',
  group: 'Group therapy',
  family: 'Family session',
};

const ref = (type, who) => ({ reference: `${type}/${who.id}`, display: who.name });

/** @returns A transaction Bundle of PUTs (fixed ids) for the whole demo clinic. */
export function demoClinicBundle(now = new Date()) {
  const at = (days, hour = 0, minute = 0) => {
    const d = new Date(now);
    d.setDate(d.getDate() + days);
    d.setHours(hour, minute, 0, 0);
    return d;
  };
  const endOfDay = (days) => at(days, 23, 59).toISOString();
  const [alex, jordan] = demoClients;

  const organization = {
    resourceType: 'Organization',
    id: 'riverside-recovery',
    active: true,
    type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov' }] }],
    name: 'Riverside Recovery Center',
    telecom: [{ system: 'phone', value: '555-0100', use: 'work' }],
    address: [{ line: ['1200 River Road'], city: 'Springfield', postalCode: '00000', country: 'US' }],
  };
  const clinicRef = { reference: 'Organization/riverside-recovery', display: organization.name };
  const location = (id, name, description, partOf) => ({
    resourceType: 'Location',
    id,
    status: 'active',
    mode: 'instance',
    name,
    description,
    address: organization.address[0],
    managingOrganization: clinicRef,
    ...(partOf ? { partOf: { reference: `Location/${partOf}` } } : undefined),
  });
  const practitioner = (who, family, given, suffix, email) => ({
    resourceType: 'Practitioner',
    id: who.id,
    active: true,
    name: [{ family, given: [given], suffix: [suffix], text: who.name }],
    telecom: [{ system: 'email', value: email, use: 'work' }],
  });
  const patient = (who, family, given, gender, birthDate, phone, mrn) => ({
    resourceType: 'Patient',
    id: who.id,
    active: true,
    identifier: [{ system: `${stepstone}/demo-client-number`, value: mrn }],
    name: [{ use: 'official', family, given: [given], text: who.name }],
    telecom: [{ system: 'phone', value: phone, use: 'mobile' }],
    gender,
    birthDate,
    managingOrganization: clinicRef,
  });
  const careTeam = (who) => ({
    resourceType: 'CareTeam',
    id: `${who.id}-care-team`,
    status: 'active',
    name: `${who.name}: IOP care team`,
    subject: ref('Patient', who),
    participant: [
      { role: [{ text: 'Primary therapist' }], member: ref('Practitioner', therapist) },
      { role: [{ text: 'Prescriber' }], member: ref('Practitioner', prescriber) },
    ],
    managingOrganization: [clinicRef],
  });

  const appointment = (who, n, kind, days, hour, minutes, description, place, extra = {}) => {
    const start = at(days, hour);
    return {
      resourceType: 'Appointment',
      id: `${who.id}-session-${n}`,
      status: 'booked',
      serviceType: [{ coding: [{ system: sessionKindSystem, code: kind, display: sessionKinds[kind] }], text: sessionKinds[kind] }],
      appointmentType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0276', code: 'ROUTINE' }] },
      description,
      start: start.toISOString(),
      end: new Date(start.getTime() + minutes * 60_000).toISOString(),
      minutesDuration: minutes,
      participant: [
        { actor: ref('Patient', who), required: 'required', status: 'needs-action' },
        { actor: ref('Practitioner', therapist), required: 'required', status: 'accepted' },
        ...(place.location ? [{ actor: { reference: `Location/${place.location}` }, status: 'accepted' }] : []),
      ],
      ...(place.video ? { extension: [{ url: videoLinkExtension, valueUrl: place.video }] } : undefined),
      ...extra,
    };
  };
  const groupRoom = { location: 'riverside-group-room' };
  const office = { location: 'riverside-main' };
  const video = (room) => ({ video: `https://video.example.org/riverside/${room}` });

  const homework = (who, id, questionnaireId, description, dueInDays) => ({
    resourceType: 'Task',
    id,
    meta: { profile: ['http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-task'] },
    status: 'ready',
    intent: 'order',
    code: { coding: [{ system: sdcTemp, code: 'complete-questionnaire' }] },
    description,
    for: ref('Patient', who),
    owner: ref('Patient', who),
    requester: ref('Practitioner', therapist),
    authoredOn: at(-1, 17).toISOString(),
    restriction: { period: { end: endOfDay(dueInDays) } },
    input: [{ type: { coding: [{ system: sdcTemp, code: 'questionnaire' }] }, valueCanonical: canonical(questionnaireId) }],
  });

  const strings = (linkId, values) => ({ linkId, answer: values.map((valueString) => ({ valueString })) });
  const group = (linkId, fields) => ({
    linkId,
    item: Object.entries(fields).map(([name, value]) => ({ linkId: `${linkId}.${name}`, answer: [{ valueString: value }] })),
  });
  const relapsePreventionPlan = {
    resourceType: 'QuestionnaireResponse',
    id: 'alex-rivera-relapse-prevention-plan',
    questionnaire: canonical('relapse-prevention-plan'),
    status: 'completed',
    subject: ref('Patient', alex),
    authored: at(-3, 18, 30).toISOString(),
    author: ref('Practitioner', therapist),
    source: ref('Patient', alex),
    item: [
      strings('reasons', ['Be there for my daughter Mia', 'Keep my job at the garage', 'Feel clear-headed in the morning']),
      strings('warning-signs', ['Skipping meals and sleep', 'Isolating from friends', 'Thinking "just one won\'t hurt"']),
      group('high-risk', { situation: 'Friday paydays', plan: 'Deposit pay straight away; call Sam on the drive home' }),
      group('high-risk', { situation: 'Arguments with my brother', plan: 'Leave the room, walk for 20 minutes, text my sponsor' }),
      strings('coping', ['Urge surfing for 10 minutes', 'Call someone from my list', 'Go to the 7 pm meeting']),
      group('people', { name: 'Sam Ortiz', relationship: 'Sponsor', phone: '555-0117' }),
      group('people', { name: 'Dana Rivera', relationship: 'Sister', phone: '555-0123' }),
      { linkId: 'after-lapse', answer: [{ valueString: 'Tell Sam or Dana the same day, go to a meeting, and bring it to my next session. One lapse does not erase my progress.' }] },
      group('crisis-lines', { name: '988 Suicide & Crisis Lifeline', phone: '988' }),
      group('crisis-lines', { name: 'SAMHSA National Helpline', phone: '1-800-662-4357' }),
    ],
  };

  const medication = {
    resourceType: 'MedicationRequest',
    id: 'alex-rivera-buprenorphine-naloxone',
    status: 'active',
    intent: 'order',
    medicationCodeableConcept: {
      coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '1010604', display: 'buprenorphine 8 MG / naloxone 2 MG Sublingual Film' }],
      text: 'Buprenorphine/naloxone 8 mg/2 mg sublingual film',
    },
    subject: ref('Patient', alex),
    authoredOn: at(-20, 10).toISOString(),
    requester: ref('Practitioner', prescriber),
    dosageInstruction: [{ text: 'Dissolve one film under the tongue once a day', timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } } }],
  };

  const resources = [
    organization,
    location('riverside-main', 'Riverside Recovery Center', 'Main clinic, individual and family rooms on the 2nd floor'),
    location('riverside-group-room', 'Group Room B', 'Ground floor, past the reception desk', 'riverside-main'),
    practitioner(therapist, 'Chen', 'Morgan', 'LCSW', 'morgan.chen@riverside.example.org'),
    practitioner(prescriber, 'Shah', 'Priya', 'MD', 'priya.shah@riverside.example.org'),
    patient(alex, 'Rivera', 'Alex', 'male', '1991-03-14', '555-0142', 'RRC-1001'),
    patient(jordan, 'Lee', 'Jordan', 'female', '1987-09-02', '555-0168', 'RRC-1002'),
    careTeam(alex),
    careTeam(jordan),
    ...questionnaires,
    appointment(alex, 1, 'group', 1, 18, 180, 'IOP process group', groupRoom),
    appointment(alex, 2, 'individual', 2, 16, 50, 'Individual session with Morgan: review thought records', office),
    appointment(alex, 3, 'group', 3, 18, 180, 'IOP skills group: urge surfing and HALT', groupRoom),
    appointment(alex, 4, 'family', 5, 17, 50, 'Family session with Dana (video)', video('family-alex-rivera')),
    appointment(alex, 5, 'group', 6, 18, 180, 'IOP process group', groupRoom, {
      status: 'cancelled',
      cancelationReason: { text: 'Clinic closed for staff training' },
    }),
    appointment(alex, 6, 'group', 8, 18, 180, 'IOP skills group: relapse-prevention planning', groupRoom),
    appointment(alex, 7, 'individual', 9, 16, 50, 'Individual session with Morgan (video)', video('individual-alex-rivera')),
    appointment(alex, 8, 'group', 10, 18, 180, 'IOP process group', groupRoom),
    appointment(alex, 9, 'family', 12, 17, 50, 'Family session with Dana and Mia', office),
    appointment(alex, 10, 'group', 13, 18, 180, 'IOP skills group: step-down and aftercare', groupRoom),
    appointment(jordan, 1, 'group', 1, 18, 180, 'IOP process group', groupRoom),
    appointment(jordan, 2, 'individual', 4, 15, 50, 'Individual session with Morgan', office),
    appointment(jordan, 3, 'group', 8, 18, 180, 'IOP skills group: relapse-prevention planning', groupRoom),
    homework(alex, 'alex-rivera-homework-thought-record', 'cbt-thought-record', 'CBT thought record: one situation this week', 3),
    homework(alex, 'alex-rivera-homework-phq-9', 'phq-9', 'PHQ-9 check-in before your individual session', 2),
    homework(alex, 'alex-rivera-homework-gad-7', 'gad-7', 'GAD-7 check-in', 6),
    homework(jordan, 'jordan-lee-homework-gad-7', 'gad-7', 'GAD-7 check-in', 4),
    relapsePreventionPlan,
    medication,
  ];
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: resources.map((resource) => ({
      fullUrl: `${resource.resourceType}/${resource.id}`,
      resource,
      request: { method: 'PUT', url: `${resource.resourceType}/${resource.id}` },
    })),
  };
}
