#include "forms/AnswerComparison.h"

#include <gtest/gtest.h>

using namespace stepstone::forms;

namespace {

constexpr EnableOperator kEq = EnableOperator::Equal;
constexpr EnableOperator kNe = EnableOperator::NotEqual;
constexpr EnableOperator kGt = EnableOperator::Greater;
constexpr EnableOperator kLt = EnableOperator::Less;
constexpr EnableOperator kGe = EnableOperator::GreaterOrEqual;
constexpr EnableOperator kLe = EnableOperator::LessOrEqual;

} // namespace

TEST(AnswerComparison, NumbersCompareAcrossIntegerAndDecimal) {
    EXPECT_TRUE(meets(qint64(3), kEq, 3.0));
    EXPECT_TRUE(meets(2.5, kGt, qint64(2)));
    EXPECT_TRUE(meets(qint64(2), kLt, 2.5));
    EXPECT_TRUE(meets(qint64(5), kGe, qint64(5)));
    EXPECT_TRUE(meets(qint64(5), kLe, qint64(5)));
    EXPECT_FALSE(meets(qint64(4), kGe, qint64(5)));
    EXPECT_TRUE(meets(qint64(4), kNe, qint64(5)));
}

TEST(AnswerComparison, DatesTimesAndTextByOrder) {
    EXPECT_TRUE(meets(QDate(2026, 12, 5), kGt, QDate(2026, 12, 4)));
    EXPECT_TRUE(meets(QTime(7, 30), kLt, QTime(8, 0)));
    const QDateTime chicago =
        QDateTime::fromString(QStringLiteral("2026-12-05T09:00:00-06:00"), Qt::ISODate);
    const QDateTime utc =
        QDateTime::fromString(QStringLiteral("2026-12-05T15:00:00Z"), Qt::ISODate);
    EXPECT_TRUE(meets(chicago, kEq, utc)) << "the same instant at two offsets";
    EXPECT_TRUE(meets(QStringLiteral("b"), kGt, QStringLiteral("a")));
    EXPECT_TRUE(meets(QStringLiteral("yes"), kEq, QStringLiteral("yes")));
}

TEST(AnswerComparison, CodingsOnlyEqualOrNotOnSystemAndCode) {
    const Coding often{QStringLiteral("http://loinc.org"), QStringLiteral("LA28397-0"),
                       QStringLiteral("Often true")};
    const Coding sometimes{QStringLiteral("http://loinc.org"), QStringLiteral("LA6729-3"), {}};
    const Coding bare{{}, QStringLiteral("LA28397-0"), {}};
    EXPECT_TRUE(meets(often, kEq, Coding{often.system, often.code, {}})) << "display is words";
    EXPECT_TRUE(meets(often, kEq, bare)) << "no system: the code decides";
    EXPECT_TRUE(meets(often, kNe, sometimes));
    EXPECT_FALSE(meets(often, kGt, sometimes));
    EXPECT_FALSE(meets(often, kEq, QStringLiteral("LA28397-0")));
}

TEST(AnswerComparison, QuantitiesByValueWhenTheirUnitsAgree) {
    const Quantity kg70{70, QStringLiteral("kg"), QStringLiteral("http://unitsofmeasure.org"),
                        QStringLiteral("kg")};
    const Quantity kg80{80, QStringLiteral("kg"), QStringLiteral("http://unitsofmeasure.org"),
                        QStringLiteral("kg")};
    const Quantity lb150{150, QStringLiteral("lb"), QStringLiteral("http://unitsofmeasure.org"),
                         QStringLiteral("[lb_av]")};
    EXPECT_TRUE(meets(kg80, kGt, kg70));
    EXPECT_FALSE(meets(lb150, kGt, kg70)) << "no conversion of units";
    EXPECT_FALSE(meets(lb150, kNe, kg70)) << "values that cannot be compared meet nothing";
}

TEST(AnswerComparison, BooleansAndKindsThatDoNotMatch) {
    EXPECT_TRUE(meets(true, kEq, true));
    EXPECT_TRUE(meets(false, kNe, true));
    EXPECT_FALSE(meets(true, kGt, false));
    EXPECT_FALSE(meets(QDate(2026, 1, 1), kEq, QStringLiteral("2026-01-01")));
    EXPECT_FALSE(meets(qint64(1), kEq, true));
    EXPECT_FALSE(meets(qint64(1), EnableOperator::Exists, true)) << "exists is asked elsewhere";
}
