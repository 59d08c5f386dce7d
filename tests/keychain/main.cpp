#include <QCoreApplication>
#include <gtest/gtest.h>
#include <iostream>

int main(int argc, char* argv[]) {
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    // The tests lock and unlock the session's keyring: never let them near a real user's.
    if (qEnvironmentVariableIsEmpty("STEPSTONE_TEST_KEYRING_PASSWORD")) {
        std::cerr << "Run through tests/keychain/with-private-keyring.sh\n";
        return 2;
    }
    const int result = RUN_ALL_TESTS();
    // A filter that matches no test would otherwise pass.
    if (::testing::UnitTest::GetInstance()->test_to_run_count() == 0) {
        std::cerr << "No test matched the filter\n";
        return 1;
    }
    return result;
}
