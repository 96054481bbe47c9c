#include "store/StorageLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStorageInfo>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StorageLocation", text);
}

// Folder names the sync clients create. Compared whole and without case.
struct CloudPattern
{
    const char* pattern;
    const char* service;
};

const CloudPattern kCloudPatterns[] = {
    {R"(^onedrive( - .+)?$)", "OneDrive"}, // "OneDrive", "OneDrive - Riverside Trust"
    {R"(^onedrive-?business$)", "OneDrive"},
    {R"(^dropbox( \(.+\))?$)", "Dropbox"}, // "Dropbox", "Dropbox (Riverside)"
    {R"(^google ?drive$)", "Google Drive"},
    {R"(^my drive$)", "Google Drive"},       // G:\My Drive (Drive for desktop)
    {R"(^googledrive-.+$)", "Google Drive"}, // macOS ~/Library/CloudStorage/GoogleDrive-x
    {R"(^onedrive-.+$)", "OneDrive"},        // macOS ~/Library/CloudStorage/OneDrive-x
    {R"(^dropbox-.+$)", "Dropbox"},
    {R"(^icloud ?drive( \(.+\))?$)", "iCloud Drive"}, // Windows "iCloudDrive", "iCloud Drive"
    {R"(^com~apple~clouddocs$)", "iCloud Drive"},     // macOS Mobile Documents
};

} // namespace

QString StorageLocation::cloudServiceOf(const QString& path)
{
    QString normal = path;
    normal.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QStringList parts = normal.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        for (const CloudPattern& p : kCloudPatterns) {
            const QRegularExpression re(QLatin1String(p.pattern),
                                        QRegularExpression::CaseInsensitiveOption);
            if (re.match(part).hasMatch())
                return QLatin1String(p.service);
        }
    }
    return {};
}

QString StorageLocation::networkFileSystemOf(quint64 magic, const QString& typeName)
{
    const QString type = typeName.toLower();
    // FUSE carries many filesystems; its subtype tells the network ones apart.
    if (type.startsWith(QLatin1String("fuse."))) {
        const QString sub = type.mid(5);
        if (sub == QLatin1String("sshfs"))
            return QStringLiteral("SSHFS");
        if (sub == QLatin1String("rclone"))
            return QStringLiteral("rclone");
        if (sub.contains(QLatin1String("google-drive")) || sub.contains(QLatin1String("gdrive")))
            return QStringLiteral("Google Drive");
        if (sub.contains(QLatin1String("onedrive")))
            return QStringLiteral("OneDrive");
        if (sub == QLatin1String("s3fs") || sub == QLatin1String("davfs") ||
            sub == QLatin1String("gvfsd-fuse") || sub == QLatin1String("smbnetfs") ||
            sub == QLatin1String("curlftpfs"))
            return sub;
    }
    switch (magic) {
    case 0x6969: // NFS_SUPER_MAGIC
        return QStringLiteral("NFS");
    case 0x517B:     // SMB_SUPER_MAGIC
    case 0xFF534D42: // CIFS_SUPER_MAGIC
    case 0xFE534D42: // SMB2_SUPER_MAGIC
        return tr("SMB (Windows share)");
    case 0x5346414F: // AFS_SUPER_MAGIC
    case 0x6B414653: // AFS_FS_MAGIC
        return QStringLiteral("AFS");
    case 0x73757245: // CODA_SUPER_MAGIC
        return QStringLiteral("Coda");
    case 0x00C36400: // CEPH_SUPER_MAGIC
        return QStringLiteral("Ceph");
    case 0x01021997: // V9FS_MAGIC (9p: shared folders of VMs and WSL)
        return tr("9P shared folder");
    case 0x47504653: // GPFS
        return QStringLiteral("GPFS");
    default:
        break;
    }
    for (const char* name :
         {"nfs", "nfs4", "cifs", "smb3", "smbfs", "afpfs", "webdav", "davfs", "ncpfs", "9p"}) {
        if (type == QLatin1String(name))
            return typeName;
    }
    return {};
}

StorageLocation StorageLocation::classify(const QString& path, const QString& networkName)
{
    StorageLocation location;
    const QString cloud = cloudServiceOf(QFileInfo(path).absoluteFilePath());
    if (!cloud.isEmpty()) {
        location.m_kind = Kind::CloudSync;
        location.m_where = cloud;
    } else if (!networkName.isEmpty()) {
        location.m_kind = Kind::Network;
        location.m_where = networkName;
    }
    return location;
}

StorageLocation StorageLocation::inspect(const QString& path)
{
    const QFileInfo info(path);
    // The file may not exist yet (Save As): its folder decides.
    const QString probe = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    QString network;
#ifdef Q_OS_LINUX
    struct statfs fs
    {};
    const QByteArray name = QFile::encodeName(probe);
    if (::statfs(name.constData(), &fs) == 0) {
        const QStorageInfo storage(probe);
        network = networkFileSystemOf(quint64(quint32(fs.f_type)),
                                      QString::fromUtf8(storage.fileSystemType()));
    }
#else
    const QStorageInfo storage(probe);
    network = networkFileSystemOf(0, QString::fromUtf8(storage.fileSystemType()));
    if (network.isEmpty() && probe.startsWith(QLatin1String("//")))
        network = tr("network share");
#endif
    return classify(path, network);
}

QString StorageLocation::warning() const
{
    switch (m_kind) {
    case Kind::Local:
        return {};
    case Kind::CloudSync:
        return tr("This wheel file is in a %1 folder. Sync services can copy it while it is being "
                  "saved, "
                  "leaving a damaged or “conflicted” copy, and they share the personal data of "
                  "contacts "
                  "beyond this computer. Move it to a folder on this computer and keep backups "
                  "with "
                  "File › Save a Copy.")
            .arg(m_where);
    case Kind::Network:
        return tr("This wheel file is on a network drive (%1). If the connection drops while a "
                  "change is "
                  "being saved the file can be damaged, and the drive may not lock it against "
                  "another "
                  "computer changing it at the same time. Move it to a folder on this computer.")
            .arg(m_where);
    }
    return {};
}

} // namespace civic
