#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace civic::ui {

class RecordEditing;
class WheelDocument;
class Workspace;

/// The Edit commands on the open wheel's records — undo and redo, add, edit
/// and delete, log an engagement, find, the academy's own — and when each can
/// be used. The actions belong to the window, so its shortcuts reach them.
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(QMainWindow* window, Workspace* workspace);

    /// The file the commands work on; both null when none is open.
    void setDocument(WheelDocument* document, RecordEditing* editing);

    /// The Edit menu's commands, in order (the caller adds what follows them).
    void fillEditMenu(QMenu* menu) const;
    /// The toolbar's commands, after the academy switcher.
    void fillToolBar(QToolBar* tools) const;

public Q_SLOTS:
    /// Enables and names each command for the file, academy, area and record shown.
    void update();

private:
    void createRecordActions(QMainWindow* window);
    void createAcademyActions(QMainWindow* window);
    void find();

    Workspace* m_workspace;
    QPointer<WheelDocument> m_document;
    QPointer<RecordEditing> m_editing;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_find = nullptr;
    QAction* m_logEngagement = nullptr;
    QAction* m_addAcademy = nullptr;
    QAction* m_editAcademy = nullptr;
    QAction* m_deleteAcademy = nullptr;
};

} // namespace civic::ui
