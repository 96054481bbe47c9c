#pragma once

#include "model/AcademyWheel.h"
#include "report/GovernorsReport.h"
#include "report/ReportRenderer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLayout;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;

namespace civic {
class WheelStore;
}

namespace civic::ui {

/// File › Export governors' summary: choose the academy or the whole trust,
/// the period and whether to include contacts, see the pages, and write the
/// PDF. Layout and writing run on a worker thread with progress and Cancel.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const WheelStore& store, qint64 academyId, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// Writes the PDF to `path` (the Export button asks for it first).
    Status exportTo(const QString& path);
    int previewPageCount() const;

private:
    QLayout* buildOptions(const QString& academyName);
    QLayout* buildPreview();
    void connectControls();
    GovernorsReport::Options options() const;
    void rebuildPreview();
    void showPage(int page);
    void chooseAndExport();
    void setBusy(bool busy, const QString& what = QString());
    void reject() override;

    const WheelStore& m_store;
    qint64 m_academyId = 0;
    std::shared_ptr<ReportRenderer> m_renderer;
    QFutureWatcher<std::shared_ptr<ReportRenderer>> m_layoutWatcher;
    QFutureWatcher<Status> m_writeWatcher;
    std::atomic_bool m_cancel{false};
    int m_page = 0;
    int m_trustAcademies = 0;

    QRadioButton* m_academyChoice = nullptr;
    QRadioButton* m_trustChoice = nullptr;
    QLineEdit* m_period = nullptr;
    QLineEdit* m_preparedBy = nullptr;
    QCheckBox* m_contacts = nullptr;
    QLabel* m_pageImage = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_update = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace civic::ui
