#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QUndoCommand;
class QMenu;
class QWidget;

namespace civic::ui {

class MainWindow;
class WheelDocument;
class WheelView;

/// File › Import and File › Export: every way data comes into a wheel
/// (CSV lists, GIAS academies, shared wheels) as one undoable step each, and
/// every way it goes out (the governors' PDF, the wheel as a picture, CSV,
/// Excel, open share JSON, GraphML), leaving personal data out unless asked.
class DataTransfer : public QObject
{
    Q_OBJECT

public:
    DataTransfer(MainWindow* window, QMenu* importMenu, QMenu* exportMenu);

    /// Enables what makes sense for the open file and academy.
    void update();
    void setWheelView(WheelView* view) { m_wheelView = view; }

    void importCsv();
    void importGias();
    void importSharedWheel();
    void exportSummary();
    void exportWheelPicture();
    void exportCsv();
    void exportExcel();
    void exportSharedWheel();
    void exportGraphMl();
    void exportWebPage();

private:
    /// Asks whether to include personal data; false when the user cancels.
    bool askPersonalData(bool& include, bool offerNotes = true);
    QString savePath(const QString& title, const QString& suggestedName, const QString& filter);
    void finished(const QString& message);
    /// Pushes an import; true when it ran and was recorded (`command` still lives).
    bool record(WheelDocument* document, QUndoCommand* command);

    MainWindow* m_window;
    QPointer<WheelView> m_wheelView; ///< the page can be replaced
    QList<QAction*> m_needsAcademy;  ///< exports of one academy's wheel
    QList<QAction*> m_needsWritable;
    QAction* m_summary = nullptr;
};

} // namespace civic::ui
