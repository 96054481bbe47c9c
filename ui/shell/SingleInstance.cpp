#include "shell/SingleInstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

namespace civic::ui {
namespace {

// The protocol: the new program sends "open PATH\n" (PATH empty for the
// default wheel), UTF-8; the primary opens it and answers "opened\n" or
// "raised\n", then closes the connection.
constexpr char OpenVerb[] = "open ";
constexpr char OpenedReply[] = "opened";
constexpr char RaisedReply[] = "raised";
constexpr int ReplyTimeoutMs = 10000;

} // namespace

SingleInstance::SingleInstance(const QString& folder, QObject* parent)
    : QObject(parent)
    , m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
                                : folder)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath() const
{
    return m_folder + QStringLiteral("/civicwheel.socket");
}

bool SingleInstance::claim()
{
    if (m_lock)
        return true;
    QDir().mkpath(m_folder);
    auto lock = std::make_unique<QLockFile>(m_folder + QStringLiteral("/civicwheel.instance.lock"));
    // Held for the program's whole life, however long: never stale by age,
    // only when the program that holds it is gone.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        // Held by a running Civic Wheel: that one is the primary. Any other
        // failure (no runtime folder) leaves this program on its own.
        return lock->error() != QLockFile::LockFailedError;
    }
    m_lock = std::move(lock);
    auto* server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket left by a primary that crashed: the lock says nobody serves it.
    QLocalServer::removeServer(socketPath());
    if (!server->listen(socketPath())) {
        // Still the primary, just unreachable: later programs open their own files.
        delete server;
        return true;
    }
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    m_server = server;
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { serve(socket); });
        if (socket->canReadLine())
            serve(socket);
    }
}

void SingleInstance::serve(QLocalSocket* socket)
{
    if (!socket->canReadLine())
        return;
    QByteArray line = socket->readLine();
    line.chop(1); // the newline; an empty path is meaningful

    if (!line.startsWith(OpenVerb)) {
        socket->disconnectFromServer();
        return;
    }
    const QString path = QString::fromUtf8(line.mid(int(sizeof(OpenVerb)) - 1));
    m_answer = Opened;
    Q_EMIT openRequested(path);
    socket->write(m_answer == Raised ? RaisedReply : OpenedReply);
    socket->write("\n");
    socket->flush();
    socket->disconnectFromServer();
}

SingleInstance::Outcome SingleInstance::handOver(const QString& path, int timeoutMs) const
{
    // The file is named as this program's folder sees it; the primary may
    // have started elsewhere.
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    QElapsedTimer waited;
    waited.start();
    QLocalSocket socket;
    // The primary may hold the lock but not be listening yet: try again briefly.
    for (;;) {
        socket.connectToServer(socketPath());
        if (socket.waitForConnected(qMax(1, timeoutMs - int(waited.elapsed()))))
            break;
        if (waited.elapsed() >= timeoutMs)
            return NotHandedOver;
        QThread::msleep(50);
    }
    socket.write(OpenVerb + absolute.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return NotHandedOver;
    // Once the primary has the request it opens the file, even if slowly: this
    // program must not open it too, so a late answer still counts as opened.
    // A primary that hangs up without answering did not understand it.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(ReplyTimeoutMs))
            return socket.state() == QLocalSocket::ConnectedState ? Opened : NotHandedOver;
    }
    const QByteArray reply = socket.readLine().trimmed();
    if (reply == RaisedReply)
        return Raised;
    return reply == OpenedReply ? Opened : NotHandedOver;
}

} // namespace civic::ui
