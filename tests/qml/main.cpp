#include "PageFixture.h"

#include <QtQuickTest>

QUICK_TEST_MAIN_WITH_SETUP(stepstone_pages, stepstone::test::PageTestSetup)
