// The cloud/network folder warning bar, driven as a person would.
#include "TestSupport.h"
#include "shell/StorageWarningBanner.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::ui;

TEST_CASE("The storage banner warns about a OneDrive folder and offers to move the file")
{
    StorageWarningBanner banner;
    banner.resize(760, 10);
    QSignalSpy moves(&banner, &StorageWarningBanner::moveRequested);
    QSignalSpy dismissals(&banner, &StorageWarningBanner::dismissed);

    banner.setLocation(StorageLocation::classify(
        QStringLiteral("C:/Users/head/OneDrive - Riverside Learning Trust/Civic/school.wheel"),
        QString()));
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.text().contains(QStringLiteral("OneDrive")));
    CHECK(banner.text().contains(QStringLiteral("Move it")));

    auto* move = banner.findChild<QPushButton*>(QStringLiteral("moveButton"));
    REQUIRE(move);
    QTest::mouseClick(move, Qt::LeftButton);
    CHECK(moves.count() == 1);

    banner.show();
    banner.resize(760, banner.heightForWidth(760));
    const QString shot = qEnvironmentVariable("CIVIC_SHOT_DIR");
    if (!shot.isEmpty())
        banner.grab().save(shot + QStringLiteral("/storage-banner.png"));

    auto* keep = banner.findChild<QPushButton*>(QStringLiteral("keepButton"));
    REQUIRE(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    CHECK(dismissals.count() == 1);
    CHECK(banner.isHidden());
}

TEST_CASE("The storage banner stays hidden for a local folder and names a network drive")
{
    StorageWarningBanner banner;
    banner.setLocation(
        StorageLocation::classify(QStringLiteral("/home/head/Documents/school.wheel"), QString()));
    CHECK(banner.isHidden());
    banner.setLocation(StorageLocation::classify(QStringLiteral("/mnt/staff/school.wheel"),
                                                 QStringLiteral("NFS")));
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.text().contains(QStringLiteral("network drive (NFS)")));
}
