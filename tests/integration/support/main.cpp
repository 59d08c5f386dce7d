#include "LogCapture.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <gtest/gtest.h>
#include <iostream>

int main(int argc, char* argv[]) {
    ::testing::InitGoogleTest(&argc, argv);
    stepstone::test::installLogCapture();
    // Debug output too: the check for secrets in logs must see everything the code could say.
    QLoggingCategory::setFilterRules(QStringLiteral("stepstone.*=true"));
    QCoreApplication app(argc, argv);
    const int result = RUN_ALL_TESTS();
    // A filter that matches no test would otherwise pass.
    if (::testing::UnitTest::GetInstance()->test_to_run_count() == 0) {
        std::cerr << "No test matched the filter\n";
        return 1;
    }
    return result;
}
