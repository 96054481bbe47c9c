#pragma once

#include "model/EntityKind.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace civic::ui {

class WheelDocument;

/// The flows behind Add, Edit and Delete for every kind of record: open the
/// right editor (window-modal, never blocking), turn a saved editor into an
/// undo command, and ask before deleting, saying what goes with it.
class RecordEditing : public QObject
{
    Q_OBJECT

public:
    RecordEditing(WheelDocument* document, QWidget* window);

    void add(EntityKind kind);
    void edit(EntityKind kind, qint64 id);
    void remove(EntityKind kind, qint64 id);

    void addAcademy();
    void addContact(qint64 partnerId, QWidget* parent);
    void editContact(qint64 contactId, QWidget* parent);
    void removeContact(qint64 contactId, QWidget* parent);
    /// Logs an engagement, with `partnerId` chosen when not 0.
    void addEngagement(qint64 partnerId = 0);

private:
    void editAcademy(qint64 id);
    void editPartner(qint64 id);
    void editNeed(qint64 id);
    void editInitiative(qint64 id);
    void editEngagement(qint64 id);
    void addPartner();
    void addNeed();
    void addInitiative();
    void confirmRemoval(EntityKind kind, qint64 id, const QString& label, QWidget* parent);
    void showError(const QString& message, const QString& detail = {});
    QString labelOf(EntityKind kind, qint64 id) const;

    WheelDocument* m_document;
    QPointer<QWidget> m_window;
};

} // namespace civic::ui
