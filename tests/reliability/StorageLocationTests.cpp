// Recognising cloud-sync folders and network filesystems.
#include "TestSupport.h"
#include "store/StorageLocation.h"

#include <catch2/catch.hpp>

using namespace civic;

TEST_CASE("Cloud-sync folders are recognised on every platform's paths")
{
    const QStringList oneDrive{
        QStringLiteral("C:\\Users\\head\\OneDrive\\school.wheel"),
        QStringLiteral("C:\\Users\\head\\OneDrive - Riverside Learning Trust\\Civic\\school.wheel"),
        QStringLiteral("/Users/head/Library/CloudStorage/OneDrive-RiversideTrust/school.wheel"),
        QStringLiteral("/home/head/onedrive/school.wheel"),
    };
    for (const QString& path : oneDrive)
        CHECK(StorageLocation::cloudServiceOf(path) == QStringLiteral("OneDrive"));
    CHECK(StorageLocation::cloudServiceOf(QStringLiteral("/home/head/Dropbox/school.wheel")) ==
          QStringLiteral("Dropbox"));
    CHECK(StorageLocation::cloudServiceOf(QStringLiteral(
              "D:\\Dropbox (Riverside)\\school.wheel")) == QStringLiteral("Dropbox"));
    CHECK(StorageLocation::cloudServiceOf(QStringLiteral("G:\\My Drive\\school.wheel")) ==
          QStringLiteral("Google Drive"));
    CHECK(StorageLocation::cloudServiceOf(QStringLiteral(
              "/Users/head/Google Drive/school.wheel")) == QStringLiteral("Google Drive"));
    CHECK(StorageLocation::cloudServiceOf(QStringLiteral(
              "/Users/head/Library/Mobile Documents/com~apple~CloudDocs/school.wheel")) ==
          QStringLiteral("iCloud Drive"));
    CHECK(StorageLocation::cloudServiceOf(QStringLiteral(
              "C:\\Users\\head\\iCloudDrive\\school.wheel")) == QStringLiteral("iCloud Drive"));

    // Names that only contain the words are not sync folders.
    for (const QString& path : {QStringLiteral("/home/head/Documents/school.wheel"),
                                QStringLiteral("/home/head/my-onedrive-notes/school.wheel"),
                                QStringLiteral("/home/head/Dropbox ideas.txt/x.wheel"),
                                QStringLiteral("/srv/drive/school.wheel")})
        CHECK(StorageLocation::cloudServiceOf(path).isEmpty());
}

TEST_CASE("Network filesystems are recognised by statfs magic and mount type")
{
    CHECK(StorageLocation::networkFileSystemOf(0x6969, QStringLiteral("nfs4")) ==
          QStringLiteral("NFS"));
    CHECK(StorageLocation::networkFileSystemOf(0xFF534D42, QStringLiteral("cifs"))
              .contains(QStringLiteral("SMB")));
    CHECK(StorageLocation::networkFileSystemOf(0xFE534D42, QString())
              .contains(QStringLiteral("SMB")));
    CHECK(StorageLocation::networkFileSystemOf(0x517B, QString()).contains(QStringLiteral("SMB")));
    CHECK(StorageLocation::networkFileSystemOf(0x65735546, QStringLiteral("fuse.sshfs")) ==
          QStringLiteral("SSHFS"));
    CHECK(StorageLocation::networkFileSystemOf(0x65735546, QStringLiteral("fuse.rclone")) ==
          QStringLiteral("rclone"));
    // Local filesystems, FUSE ones included, are not network drives.
    CHECK(StorageLocation::networkFileSystemOf(0xEF53, QStringLiteral("ext4")).isEmpty());
    CHECK(StorageLocation::networkFileSystemOf(0x01021994, QStringLiteral("tmpfs")).isEmpty());
    CHECK(
        StorageLocation::networkFileSystemOf(0x65735546, QStringLiteral("fuse.ntfs-3g")).isEmpty());

    const StorageLocation nfs =
        StorageLocation::classify(QStringLiteral("/mnt/staff/school.wheel"), QStringLiteral("NFS"));
    CHECK(nfs.kind() == StorageLocation::Kind::Network);
    CHECK(nfs.warning().contains(QStringLiteral("network drive (NFS)")));
    const StorageLocation cloud = StorageLocation::classify(
        QStringLiteral("/home/head/Dropbox/school.wheel"), QStringLiteral("NFS"));
    CHECK(cloud.kind() == StorageLocation::Kind::CloudSync); // the sync service is the bigger risk
    CHECK(cloud.warning().contains(QStringLiteral("Dropbox")));
}

TEST_CASE("A file in a local scratch folder is local")
{
    civic::test::TempFolder folder;
    const StorageLocation here =
        StorageLocation::inspect(folder.path(QStringLiteral("school.wheel")));
    CHECK(here.kind() == StorageLocation::Kind::Local);
    CHECK_FALSE(here.isRisky());
    CHECK(here.warning().isEmpty());
}
