#include "sync/mapping/LapseObservationMapper.h"

#include "MappingTestJson.h"
#include "SampleDayToDay.h"

#include <QJsonArray>

using namespace stepstone;

namespace {

const QString kPatient = QStringLiteral("alex-rivera");

QJsonObject observationOf(const Lapse& lapse) {
    auto observation = LapseObservationMapper::toObservation(lapse, kPatient);
    EXPECT_TRUE(observation.ok()) << observation.error().describe().toStdString();
    return observation.ok() ? *observation : QJsonObject();
}

Result<ServerLapse, MappingError> read(const QJsonObject& observation) {
    return LapseObservationMapper::fromObservation(observation, kPatient);
}

QJsonObject note(const char* kind, const QString& text) {
    QJsonObject annotation{{"text", text}};
    if (kind)
        annotation["extension"] = QJsonArray{
            QJsonObject{{"url", "https://stepstone.example/fhir/StructureDefinition/lapse-note"},
                        {"valueCode", kind}}};
    return annotation;
}

} // namespace

TEST(LapseObservationMapper, RoundTripKeepsTheWordsTheTimeAndItsOffset) {
    const Lapse lapse = test::sampleLapse();
    auto back = read(observationOf(lapse));
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->id, lapse.id);
    EXPECT_EQ(back->entry, lapse.entry);
    EXPECT_EQ(back->entry.occurredAt.offsetFromUtc(), 5 * 3600 + 1800);
    EXPECT_EQ(back->updatedAt, std::optional<QDateTime>(lapse.updatedAt));
}

TEST(LapseObservationMapper, ObservationFollowsTheClinicContract) {
    const Lapse lapse = test::sampleLapse();
    const QJsonObject o = observationOf(lapse);
    EXPECT_EQ(o["code"]["coding"][0]["system"], "https://stepstone.example/fhir/CodeSystem/lapse");
    EXPECT_EQ(o["code"]["coding"][0]["code"], "lapse");
    EXPECT_EQ(o["category"][0]["coding"][0]["code"], "social-history");
    EXPECT_EQ(o["effectiveDateTime"], "2026-03-07T00:30:00.125+05:30");
    EXPECT_EQ(o["issued"], "2026-03-07T09:05:00.007+05:30");
    EXPECT_EQ(o["meta"]["security"][1]["code"], "SUD");
    EXPECT_EQ(o["performer"][0]["reference"], "Patient/alex-rivera");
    const QJsonArray notes = o["note"].toArray();
    ASSERT_EQ(notes.size(), 2);
    EXPECT_EQ(notes[0]["text"], lapse.entry.whatHappened);
    EXPECT_EQ(notes[0]["extension"][0]["valueCode"], "what-happened");
    EXPECT_EQ(notes[1]["text"], lapse.entry.nextTime);
    EXPECT_EQ(notes[1]["extension"][0]["valueCode"], "next-time");
    EXPECT_FALSE(o.contains("valueBoolean"));
}

TEST(LapseObservationMapper, OnlyWhatTheClientWroteIsSentAndReadBackInItsPlace) {
    Lapse lapse = test::sampleLapse();
    lapse.entry.whatHappened = QStringLiteral("  ");
    const QJsonObject o = observationOf(lapse);
    ASSERT_EQ(o["note"].toArray().size(), 1);
    auto back = read(o);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->entry.whatHappened, QString());
    EXPECT_EQ(back->entry.nextTime, lapse.entry.nextTime);

    lapse.entry.nextTime.clear();
    lapse.entry.whatHappened.clear();
    EXPECT_FALSE(observationOf(lapse).contains("note"));
}

TEST(LapseObservationMapper, NotesAreToldApartByTheirKindNotTheirOrder) {
    QJsonObject o = observationOf(test::sampleLapse());
    o["note"] = QJsonArray{note(nullptr, "A clinician's remark"), note("next-time", "Call Sam"),
                           note("what-happened", "Payday"), note("mood-after", "from a newer app")};
    auto back = read(o);
    ASSERT_TRUE(back.ok()) << back.error().describe().toStdString();
    EXPECT_EQ(back->entry.whatHappened, "Payday");
    EXPECT_EQ(back->entry.nextTime, "Call Sam");
}

TEST(LapseObservationMapper, AKindTwiceOrWordsTooLongAreErrors) {
    QJsonObject o = observationOf(test::sampleLapse());
    o["note"] = QJsonArray{note("next-time", "a"), note("next-time", "b")};
    EXPECT_EQ(read(o).error().kind, MappingErrorKind::OutOfRange);
    o["note"] = QJsonArray{note("what-happened", QString(LapseEntry::kMaxTextLength + 1, u'x'))};
    EXPECT_EQ(read(o).error().kind, MappingErrorKind::OutOfRange);
    o["note"] = QJsonArray{note("what-happened", QString(LapseEntry::kMaxTextLength, u'x'))};
    EXPECT_TRUE(read(o).ok());
}

TEST(LapseObservationMapper, TimeWithoutOffsetOtherPatientOrWithdrawnAreRefused) {
    const QJsonObject good = observationOf(test::sampleLapse());
    QJsonObject noOffset = good;
    noOffset["effectiveDateTime"] = "2026-03-07T00:30:00";
    EXPECT_EQ(read(noOffset).error().kind, MappingErrorKind::WrongType);
    EXPECT_EQ(LapseObservationMapper::fromObservation(good, "jordan-lee").error().kind,
              MappingErrorKind::WrongResource);
    QJsonObject withdrawn = good;
    withdrawn["status"] = "entered-in-error";
    EXPECT_EQ(read(withdrawn).error().kind, MappingErrorKind::EnteredInError);
}

TEST(LapseObservationMapper, AnInvalidLapseIsRefusedNotSent) {
    Lapse lapse = test::sampleLapse();
    lapse.entry.occurredAt = QDateTime();
    EXPECT_EQ(LapseObservationMapper::toObservation(lapse, kPatient).error().kind,
              MappingErrorKind::InvalidInput);
    lapse = test::sampleLapse();
    lapse.entry.nextTime = QString(LapseEntry::kMaxTextLength + 1, u'x');
    EXPECT_FALSE(LapseObservationMapper::toObservation(lapse, kPatient).ok());
}
