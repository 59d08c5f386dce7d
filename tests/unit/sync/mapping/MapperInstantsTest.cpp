#include "sync/mapping/FhirDateTime.h"

#include <gtest/gtest.h>

using namespace stepstone;

TEST(MapperInstants, WrittenWithMillisecondsAndTheTimesOwnOffset) {
    const QDate day(2026, 3, 1);
    EXPECT_EQ(toFhirInstant(QDateTime(day, QTime(18, 30), Qt::UTC)), "2026-03-01T18:30:00.000Z");
    EXPECT_EQ(toFhirInstant(QDateTime(day, QTime(18, 30, 5, 42), Qt::OffsetFromUTC, 19800)),
              "2026-03-01T18:30:05.042+05:30");
    EXPECT_EQ(toFhirInstant(QDateTime(day, QTime(1, 0), Qt::OffsetFromUTC, -(9 * 3600 + 1800))),
              "2026-03-01T01:00:00.000-09:30");
    const QDateTime local(day, QTime(12, 0), Qt::LocalTime);
    EXPECT_EQ(fromFhirInstant(toFhirInstant(local)), local);
}

TEST(MapperInstants, UnwritableTimesGiveAnEmptyString) {
    EXPECT_TRUE(toFhirInstant(QDateTime()).isEmpty());
    EXPECT_TRUE(toFhirInstant(QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC)).isEmpty());
    EXPECT_TRUE(
        toFhirInstant(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, 61)).isEmpty());
}

TEST(MapperInstants, ReadsEveryFullDateTimeFhirAllows) {
    const QDateTime expected(QDate(2026, 3, 1), QTime(18, 30, 5, 120), Qt::UTC);
    for (const char* text :
         {"2026-03-01T18:30:05.12Z", "2026-03-01T18:30:05.120Z", "2026-03-01T18:30:05.120999999Z",
          "2026-03-01T20:30:05.12+02:00", "2026-03-01T08:30:05.12-10:00"})
        EXPECT_EQ(fromFhirInstant(QString::fromLatin1(text)), expected) << text;
    EXPECT_EQ(fromFhirInstant(u"2026-03-01T18:30:05Z"),
              QDateTime(QDate(2026, 3, 1), QTime(18, 30, 5), Qt::UTC));
    EXPECT_EQ(fromFhirInstant(u"2026-03-01T18:30:05+14:00")->offsetFromUtc(), 14 * 3600);
}

TEST(MapperInstants, RefusesPartialMissingZoneAndImpossibleTimes) {
    for (const char* text :
         {"", "2026", "2026-03", "2026-03-01", "2026-03-01T18:30Z", "2026-03-01T18:30:05",
          "2026-03-01T18:30:05z", "2026-03-01 18:30:05Z", "2026-03-01T24:00:00Z",
          "2026-03-01T23:59:60Z", "2026-02-29T10:00:00Z", "2026-03-01T18:30:05.Z",
          "2026-03-01T18:30:05+15:00", "2026-03-01T18:30:05+02", "2026-03-01T18:30:05+02:00x",
          "0000-03-01T18:30:05Z", "+2026-03-01T18:30:05Z", "２０２６-03-01T18:30:05Z",
          "2026-03-01T18:30:05.1234567890123456789012345678901234567890123456789Z"})
        EXPECT_FALSE(fromFhirInstant(QString::fromUtf8(text)).has_value()) << text;
}
