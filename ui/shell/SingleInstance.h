#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLocalSocket;

namespace civic::ui {

/// One running Civic Wheel per user: the first program to start becomes the
/// primary and listens on a local socket; a later one hands its file to the
/// primary, which opens it in a window of its own, and exits.
///
/// A later program would otherwise fail on the file's lock, or open a second
/// copy of a file already being edited. The primary is chosen with a lock
/// file, not by whether the socket answers, so two programs started at once
/// cannot both become it; a primary that crashed leaves a stale lock that the
/// next program takes over.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// What the primary did with a handed-over file.
    enum Outcome
    {
        NotHandedOver, ///< no primary answered: open the file here
        Opened,        ///< it opened the file in a new window
        Raised         ///< the file was already open: its window came to the front
    };

    /// `folder` holds the socket and the lock (default: the user's runtime folder).
    explicit SingleInstance(const QString& folder = {}, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// Tries to become the primary. True when this program opens its files
    /// itself: it is the primary now, or it cannot reach the others (no
    /// runtime folder); false when a running Civic Wheel is the primary.
    bool claim();
    /// Holds the primary's lock (and normally listens for the others).
    bool isPrimary() const { return m_lock != nullptr; }

    /// Asks the primary to open `path` (empty: the default wheel), waiting up
    /// to `timeoutMs` for it to answer. Only for a program that is not primary.
    Outcome handOver(const QString& path, int timeoutMs = 5000) const;

    QString socketPath() const;

Q_SIGNALS:
    /// The primary got a request for `path` (absolute; empty: the default
    /// wheel). The receiver opens it and says what it did with answer().
    void openRequested(const QString& path);

public:
    /// Called by the openRequested receiver: what to tell the waiting program.
    void answer(Outcome outcome) { m_answer = outcome; }

private:
    void onConnection();
    void serve(QLocalSocket* socket);

    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
    Outcome m_answer = Opened;
};

} // namespace civic::ui
