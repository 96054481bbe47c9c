#include "shell/EditActions.h"

#include "document/WheelDocument.h"
#include "editors/RecordEditing.h"
#include "registers/RegisterPage.h"
#include "shell/Workspace.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace civic::ui {
namespace {

/// An action of `window` (whose shortcuts then reach it) that runs `slot` while `context` lives.
template <typename Slot>
QAction* makeAction(QMainWindow* window, QObject* context, const QString& name, const QString& text,
                    Slot slot)
{
    auto* action = new QAction(text, window);
    action->setObjectName(name);
    QObject::connect(action, &QAction::triggered, context, slot);
    return action;
}

} // namespace

EditActions::EditActions(QMainWindow* window, Workspace* workspace)
    : QObject(window)
    , m_workspace(workspace)
{
    createRecordActions(window);
    createAcademyActions(window);
    connect(m_workspace, &Workspace::selectionChanged, this, &EditActions::update);
}

void EditActions::createRecordActions(QMainWindow* window)
{
    m_undo = makeAction(window, this, QStringLiteral("undo"), tr("&Undo"), [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = makeAction(window, this, QStringLiteral("redo"), tr("&Redo"), [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_add = makeAction(window, this, QStringLiteral("add"), tr("&Add…"), [this] {
        if (!m_editing)
            return;
        if (m_workspace->currentKind() == EntityKind::Partner &&
            m_workspace->currentArea() == MainWindow::ReviewsArea)
            m_workspace->showArea(MainWindow::PartnersArea);
        m_editing->add(m_workspace->currentKind());
    });
    m_add->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_edit = makeAction(window, this, QStringLiteral("edit"), tr("&Edit…"), [this] {
        if (m_editing)
            m_editing->edit(m_workspace->currentKind(), m_workspace->currentId());
    });
    m_edit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::Key_F2)});
    m_delete = makeAction(window, this, QStringLiteral("delete"), tr("&Delete…"), [this] {
        if (m_editing)
            m_editing->remove(m_workspace->currentKind(), m_workspace->currentId());
    });
    m_delete->setShortcut(QKeySequence::Delete);
    m_find = makeAction(window, this, QStringLiteral("find"), tr("&Find…"), [this] { find(); });
    m_find->setShortcut(QKeySequence::Find);
    m_logEngagement = makeAction(
        window, this, QStringLiteral("logEngagement"), tr("&Log an Engagement…"), [this] {
            if (m_editing)
                m_editing->addEngagement(m_workspace->currentKind() == EntityKind::Partner
                                             ? m_workspace->currentId()
                                             : 0);
        });
    m_logEngagement->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
}

void EditActions::createAcademyActions(QMainWindow* window)
{
    m_addAcademy =
        makeAction(window, this, QStringLiteral("addAcademy"), tr("Add an &Academy…"), [this] {
            if (m_editing)
                m_editing->addAcademy();
        });
    m_editAcademy =
        makeAction(window, this, QStringLiteral("editAcademy"), tr("Academy &Details…"), [this] {
            if (m_editing && m_document->hasAcademy())
                m_editing->edit(EntityKind::Academy, m_document->academyId());
        });
    m_deleteAcademy = makeAction(
        window, this, QStringLiteral("deleteAcademy"), tr("Delete This Academy…"), [this] {
            if (m_editing && m_document->hasAcademy())
                m_editing->remove(EntityKind::Academy, m_document->academyId());
        });
}

void EditActions::find()
{
    // The Wheel and Coverage have no search box: look among the partners.
    if (!m_workspace->registerPage(m_workspace->currentArea()))
        m_workspace->showArea(MainWindow::PartnersArea);
    m_workspace->registerPage(m_workspace->currentArea())->focusSearch();
}

void EditActions::setDocument(WheelDocument* document, RecordEditing* editing)
{
    m_document = document;
    m_editing = editing;
    if (document) {
        const QUndoStack* stack = document->undoStack();
        connect(stack, &QUndoStack::canUndoChanged, this, &EditActions::update);
        connect(stack, &QUndoStack::canRedoChanged, this, &EditActions::update);
        connect(stack, &QUndoStack::undoTextChanged, this, &EditActions::update);
        connect(stack, &QUndoStack::redoTextChanged, this, &EditActions::update);
    }
}

void EditActions::fillEditMenu(QMenu* menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_add);
    menu->addAction(m_edit);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_logEngagement);
    menu->addAction(m_find);
    QMenu* academy = menu->addMenu(tr("A&cademy"));
    academy->addAction(m_editAcademy);
    academy->addAction(m_addAcademy);
    academy->addSeparator();
    academy->addAction(m_deleteAcademy);
}

void EditActions::fillToolBar(QToolBar* tools) const
{
    tools->addAction(m_add);
    tools->addAction(m_edit);
    tools->addAction(m_delete);
    tools->addAction(m_logEngagement);
    tools->addSeparator();
    tools->addAction(m_undo);
    tools->addAction(m_redo);
}

void EditActions::update()
{
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    const bool academy = open && m_document->hasAcademy();
    const bool selected = academy && m_workspace->currentId() > 0;
    const MainWindow::Area area = m_workspace->currentArea();
    const bool coverage = area == MainWindow::CoverageArea;
    const QUndoStack* stack = open ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(editable && stack->canUndo());
    m_redo->setEnabled(editable && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                              : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                              : tr("&Redo"));
    const QString noun = entityNoun(m_workspace->currentKind());
    m_add->setText(tr("&Add %1…").arg(noun));
    m_add->setEnabled(editable && academy && !coverage);
    m_edit->setText(editable ? tr("&Edit %1…").arg(noun) : tr("&View %1…").arg(noun));
    m_edit->setEnabled(selected && !coverage);
    m_delete->setText(tr("&Delete %1…").arg(noun));
    m_delete->setEnabled(editable && selected && !coverage && area != MainWindow::ReviewsArea);
    m_logEngagement->setEnabled(editable && academy && !m_document->wheel().partners.isEmpty());
    m_find->setEnabled(academy);
    m_addAcademy->setEnabled(editable);
    m_editAcademy->setEnabled(academy);
    m_deleteAcademy->setEnabled(editable && academy);
}

} // namespace civic::ui
