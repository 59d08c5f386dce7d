#include "sync/mapping/CravingObservationMapper.h"

#include "MappingTestJson.h"

#include <QJsonArray>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

CravingLog fullLog() {
    CravingLog log;
    log.id = QUuid::fromString(QStringLiteral("6f1c1e7a-3b1d-4a39-9b5e-0f3f2f1f9a10"));
    log.entry.occurredAt =
        QDateTime(QDate(2026, 3, 1), QTime(18, 30, 0, 250), Qt::OffsetFromUTC, 5 * 3600 + 1800);
    log.entry.intensity = 7;
    for (CravingTrigger trigger : kAllCravingTriggers)
        log.entry.triggers |= trigger;
    log.entry.note =
        QString::fromUtf8("Zahltag. Wollte in die Bar — rief Sam an. 😮‍💨 *nicht* <b>");
    log.entry.copingSkillId = QStringLiteral("urge-surfing");
    log.entry.outcome = CravingOutcome::Passed;
    log.createdAt = QDateTime(QDate(2026, 3, 1), QTime(13, 1, 0, 0), Qt::UTC);
    log.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(13, 5, 30, 7), Qt::UTC);
    return log;
}

ServerCravingLog roundTrip(const CravingLog& log) {
    auto observation = CravingObservationMapper::toObservation(log, kPatient);
    EXPECT_TRUE(observation.ok());
    if (!observation.ok())
        return {};
    auto back = CravingObservationMapper::fromObservation(*observation, kPatient);
    EXPECT_TRUE(back.ok()) << back.error().describe().toStdString();
    return back.ok() ? *back : ServerCravingLog{};
}

void expectSameEntry(const CravingEntry& actual, const CravingEntry& expected) {
    EXPECT_EQ(actual.occurredAt, expected.occurredAt);
    EXPECT_EQ(actual.occurredAt.offsetFromUtc(), expected.occurredAt.offsetFromUtc());
    EXPECT_EQ(actual.intensity, expected.intensity);
    EXPECT_EQ(actual.triggers, expected.triggers);
    EXPECT_EQ(actual.note, expected.note);
    EXPECT_EQ(actual.copingSkillId, expected.copingSkillId);
    EXPECT_EQ(actual.outcome, expected.outcome);
}

QJsonObject componentWithCode(const QJsonObject& observation, const QString& code) {
    for (const QJsonValue& component : observation.value(QLatin1String("component")).toArray()) {
        const QJsonObject object = component.toObject();
        if (object[QLatin1String("code")][QLatin1String("coding")][0][QLatin1String("code")] ==
            code)
            return object;
    }
    return {};
}

} // namespace

TEST(CravingObservationMapper, ObservationRoundTripKeepsEveryField) {
    const CravingLog log = fullLog();
    const ServerCravingLog back = roundTrip(log);
    EXPECT_EQ(back.id, log.id);
    expectSameEntry(back.entry, log.entry);
    ASSERT_TRUE(back.updatedAt.has_value());
    EXPECT_EQ(*back.updatedAt, log.updatedAt);
}

TEST(CravingObservationMapper, EachTriggerAndOutcomeRoundTripsOnItsOwn) {
    for (CravingTrigger trigger : kAllCravingTriggers) {
        CravingLog log = fullLog();
        log.entry.triggers = trigger;
        EXPECT_EQ(roundTrip(log).entry.triggers, CravingTriggers(trigger))
            << codeFor(trigger).toStdString();
    }
    for (CravingOutcome outcome :
         {CravingOutcome::Passed, CravingOutcome::StillGoing, CravingOutcome::Used}) {
        CravingLog log = fullLog();
        log.entry.outcome = outcome;
        EXPECT_EQ(roundTrip(log).entry.outcome, outcome);
    }
}

TEST(CravingObservationMapper, BareLogWithoutTriggersSkillOrNoteRoundTrips) {
    CravingLog log = fullLog();
    log.entry.triggers = {};
    log.entry.copingSkillId.clear();
    log.entry.note.clear();
    log.entry.intensity = 0;
    log.updatedAt = {};
    const ServerCravingLog back = roundTrip(log);
    expectSameEntry(back.entry, log.entry);
    EXPECT_FALSE(back.updatedAt.has_value());
}

TEST(CravingObservationMapper, NoteAtTheMaximumLengthRoundTrips) {
    CravingLog log = fullLog();
    const QString pattern = QString::fromUtf8("äöü ñ 漢字 ");
    while (log.entry.note.size() < CravingEntry::kMaxNoteLength)
        log.entry.note += pattern;
    log.entry.note.truncate(CravingEntry::kMaxNoteLength);
    ASSERT_TRUE(log.entry.isValid());
    EXPECT_EQ(roundTrip(log).entry.note, log.entry.note);
}

TEST(CravingObservationMapper, TimesKeepTheirOffsetAndMilliseconds) {
    for (int offset : {0, 2 * 3600, -(3 * 3600 + 30 * 60), 14 * 3600, -12 * 3600}) {
        CravingLog log = fullLog();
        log.entry.occurredAt =
            QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, offset);
        const ServerCravingLog back = roundTrip(log);
        EXPECT_EQ(back.entry.occurredAt, log.entry.occurredAt) << offset;
        EXPECT_EQ(back.entry.occurredAt.offsetFromUtc(), offset);
        EXPECT_EQ(back.entry.occurredAt.time().msec(), log.entry.occurredAt.time().msec());
    }
}

TEST(CravingObservationMapper, ObservationFollowsTheClinicContract) {
    auto made = CravingObservationMapper::toObservation(fullLog(), kPatient);
    ASSERT_TRUE(made.ok());
    const QJsonObject& o = *made;
    EXPECT_EQ(o["resourceType"], "Observation");
    EXPECT_EQ(o["id"], "6f1c1e7a-3b1d-4a39-9b5e-0f3f2f1f9a10");
    EXPECT_EQ(o["status"], "final");
    EXPECT_EQ(o["category"][0]["coding"][0]["system"],
              "http://terminology.hl7.org/CodeSystem/observation-category");
    EXPECT_EQ(o["category"][0]["coding"][0]["code"], "survey");
    EXPECT_EQ(o["code"]["coding"][0]["system"],
              "https://stepstone.example/fhir/CodeSystem/craving");
    EXPECT_EQ(o["code"]["coding"][0]["code"], "craving-log");
    EXPECT_EQ(o["subject"]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(o["performer"][0]["reference"], "Patient/alex-rivera");
    EXPECT_EQ(o["effectiveDateTime"], "2026-03-01T18:30:00.250+05:30");
    EXPECT_EQ(o["issued"], "2026-03-01T13:05:30.007Z");
    EXPECT_EQ(o["valueInteger"], 7);
    EXPECT_EQ(o["note"][0]["text"], fullLog().entry.note);

    const QJsonArray security = o["meta"]["security"].toArray();
    ASSERT_EQ(security.size(), 3);
    EXPECT_EQ(security[0]["system"], "http://terminology.hl7.org/CodeSystem/v3-Confidentiality");
    EXPECT_EQ(security[0]["code"], "R");
    EXPECT_EQ(security[1]["code"], "SUD");
    EXPECT_EQ(security[2]["system"], "http://terminology.hl7.org/CodeSystem/v3-ActCode");
    EXPECT_EQ(security[2]["code"], "42CFRPart2");

    // 8 triggers, the skill and the outcome.
    EXPECT_EQ(o["component"].toArray().size(), 10);
    const QJsonObject skill = componentWithCode(o, QStringLiteral("coping-skill"));
    EXPECT_EQ(skill["valueCodeableConcept"]["coding"][0]["system"],
              "https://stepstone.example/fhir/CodeSystem/coping-skill");
    EXPECT_EQ(skill["valueCodeableConcept"]["coding"][0]["code"], "urge-surfing");
    const QJsonObject outcome = componentWithCode(o, QStringLiteral("outcome"));
    EXPECT_EQ(outcome["valueCodeableConcept"]["coding"][0]["system"],
              "https://stepstone.example/fhir/CodeSystem/craving-outcome");
    EXPECT_EQ(outcome["valueCodeableConcept"]["coding"][0]["code"], "passed");
}

TEST(CravingObservationMapper, HaltTriggersSayHaltInTheirDisplay) {
    auto made = CravingObservationMapper::toObservation(fullLog(), kPatient);
    ASSERT_TRUE(made.ok());
    int halt = 0;
    for (const QJsonValue& component : (*made)["component"].toArray()) {
        const QJsonValue coding = component["valueCodeableConcept"]["coding"][0];
        if (coding["system"] != "https://stepstone.example/fhir/CodeSystem/craving-trigger")
            continue;
        const QString code = coding["code"].toString();
        const bool isHalt =
            code == "hungry" || code == "angry" || code == "lonely" || code == "tired";
        EXPECT_EQ(coding["display"].toString().endsWith(QLatin1String("(HALT)")), isHalt)
            << code.toStdString();
        halt += isHalt;
    }
    EXPECT_EQ(halt, 4);
}

TEST(CravingObservationMapper, DeletedLogIsNotAnObservation) {
    CravingLog log = fullLog();
    log.deletedAt = log.updatedAt;
    auto made = CravingObservationMapper::toObservation(log, kPatient);
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().kind, MappingErrorKind::InvalidInput);
}

TEST(CravingObservationMapper, InvalidLocalLogIsRefusedBeforeUpload) {
    CravingLog nullId = fullLog();
    nullId.id = QUuid();
    CravingLog tooIntense = fullLog();
    tooIntense.entry.intensity = 11;
    CravingLog spacedSkill = fullLog();
    spacedSkill.entry.copingSkillId = QStringLiteral(" urge surfing");
    for (const CravingLog& log : {nullId, tooIntense, spacedSkill}) {
        auto made = CravingObservationMapper::toObservation(log, kPatient);
        ASSERT_FALSE(made.ok());
        EXPECT_EQ(made.error().kind, MappingErrorKind::InvalidInput);
    }
    EXPECT_FALSE(CravingObservationMapper::toObservation(fullLog(), QStringLiteral("a/b")).ok());
}

TEST(CravingObservationMapper, BlankNoteIsLeftOutAndControlCharactersBecomeSpaces) {
    CravingLog blank = fullLog();
    blank.entry.note = QStringLiteral("  \n\t ");
    auto made = CravingObservationMapper::toObservation(blank, kPatient);
    ASSERT_TRUE(made.ok());
    EXPECT_FALSE(made->contains(QLatin1String("note")));

    CravingLog pasted = fullLog();
    pasted.entry.note = QStringLiteral("line one\r\nline\ttwo\fform feed\x01");
    made = CravingObservationMapper::toObservation(pasted, kPatient);
    ASSERT_TRUE(made.ok());
    EXPECT_EQ((*made)["note"][0]["text"], "line one\r\nline\ttwo form feed ");
}

TEST(CravingObservationMapper, ServerObservationRoundTripsThroughTheApp) {
    // As the server returns it: meta filled in, fields in another order, an extra note.
    const QJsonObject fromServer = test::jsonObject(R"json({
      "resourceType": "Observation", "id": "0b7f9f8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
      "meta": {"versionId": "b1c2", "lastUpdated": "2026-03-01T13:06:00.123Z",
               "security": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"}]},
      "status": "final",
      "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "survey"}]}],
      "code": {"coding": [{"system": "http://loinc.org", "code": "00000-0"},
                          {"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "craving-log"}]},
      "subject": {"reference": "Patient/alex-rivera", "display": "Alex Rivera"},
      "effectiveDateTime": "2026-02-28T23:15:42.5-08:00",
      "issued": "2026-03-01T07:16:00.000Z",
      "valueInteger": 9,
      "component": [
        {"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "outcome"}]},
         "valueCodeableConcept": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving-outcome", "code": "used"}]}},
        {"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "trigger"}]},
         "valueCodeableConcept": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving-trigger", "code": "lonely"}]}},
        {"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "trigger"}]},
         "valueCodeableConcept": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving-trigger", "code": "boredom"}]}},
        {"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "heart-rate"}]},
         "valueQuantity": {"value": 96}},
        {"code": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving", "code": "trigger"}]},
         "valueCodeableConcept": {"coding": [{"system": "https://stepstone.example/fhir/CodeSystem/craving-trigger", "code": "tired"}]}}
      ],
      "note": [{"text": "Couldn't sleep."}, {"text": "Reviewed in session", "authorString": "Morgan"}],
      "interpretation": [{"text": "something a later version adds"}]
    })json");
    auto read = CravingObservationMapper::fromObservation(fromServer, kPatient);
    ASSERT_TRUE(read.ok()) << read.error().describe().toStdString();
    EXPECT_EQ(read->versionId, "b1c2");
    ASSERT_TRUE(read->lastUpdated.has_value());
    EXPECT_EQ(read->lastUpdated->toMSecsSinceEpoch(),
              QDateTime(QDate(2026, 3, 1), QTime(13, 6, 0, 123), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_EQ(read->entry.triggers, CravingTrigger::Lonely | CravingTrigger::Tired);
    EXPECT_EQ(read->entry.outcome, CravingOutcome::Used);
    EXPECT_EQ(read->entry.intensity, 9);
    EXPECT_EQ(read->entry.note, "Couldn't sleep.");
    EXPECT_TRUE(read->entry.copingSkillId.isEmpty());

    CravingLog log;
    log.id = read->id;
    log.entry = read->entry;
    log.updatedAt = *read->updatedAt;
    auto again = CravingObservationMapper::toObservation(log, kPatient);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ((*again)["id"], fromServer["id"]);
    EXPECT_EQ((*again)["effectiveDateTime"], "2026-02-28T23:15:42.500-08:00");
    EXPECT_EQ((*again)["issued"], fromServer["issued"]);
    EXPECT_EQ((*again)["valueInteger"], 9);
    EXPECT_EQ((*again)["note"][0]["text"], "Couldn't sleep.");
    auto reread = CravingObservationMapper::fromObservation(*again, kPatient);
    ASSERT_TRUE(reread.ok());
    expectSameEntry(reread->entry, read->entry);
}
