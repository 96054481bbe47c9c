#pragma once

#include "model/AcademyWheel.h"
#include "store/WheelStore.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace civic::ui {

/// One open wheel file as the window sees it: the store, its undo stack, the
/// academy being looked at, and a snapshot of that academy's records that
/// every view reads. The snapshot is reloaded after every command, undo and
/// redo, so what is on screen is always what is in the file.
class WheelDocument : public QObject
{
    Q_OBJECT

public:
    explicit WheelDocument(std::unique_ptr<WheelStore> store, QObject* parent = nullptr);
    ~WheelDocument() override;

    WheelStore& store() const { return *m_store; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QString path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }

    /// Every academy of the file, by name.
    const QVector<Academy>& academies() const { return m_academies; }
    /// The academy shown; 0 when the file has none or the trust overview is shown.
    qint64 academyId() const { return m_trustOverview ? 0 : m_academyId; }
    bool hasAcademy() const { return academyId() > 0; }
    bool isTrustOverview() const { return m_trustOverview; }
    void setAcademy(qint64 academyId);
    void showTrustOverview();

    /// The shown academy's records (empty when none is shown).
    const AcademyWheel& wheel() const { return m_wheel; }
    /// Every academy, read when first asked for after a change.
    const TrustWheels& trustWheels() const;
    EntityCounts counts() const { return m_counts; }
    /// Why the last reload failed, if it did.
    const std::optional<Error>& loadError() const { return m_loadError; }

    /// Records `command` on the undo stack after running it. A command whose
    /// write fails is not recorded and the failure is reported.
    void push(QUndoCommand* command);

    /// Called by commands when a write failed; emits failed().
    void reportFailure(const Error& error);

public Q_SLOTS:
    /// Rereads the file and tells the views.
    void reload();

Q_SIGNALS:
    /// The snapshot (or the academy shown) changed: views redraw from wheel() / trustWheels().
    void changed();
    /// A write failed; the screen already shows what the file holds.
    void failed(const civic::Error& error);

private:
    std::unique_ptr<WheelStore> m_store;
    QUndoStack* m_undoStack = nullptr;
    QVector<Academy> m_academies;
    qint64 m_academyId = 0;
    bool m_trustOverview = false;
    AcademyWheel m_wheel;
    mutable std::optional<TrustWheels> m_trust;
    EntityCounts m_counts;
    std::optional<Error> m_loadError;
};

} // namespace civic::ui
