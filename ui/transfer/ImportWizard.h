#pragma once

#include "io/CsvTable.h"
#include "io/ImportPlan.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace civic {
class WheelStore;
}

namespace civic::ui {

class ImportCommand;

/// The CSV import wizard: file and kind, encoding and delimiter (detected,
/// with overrides), column mapping (guessed from the headers), a preview of
/// every row's fate, and a summary. It writes nothing itself: when accepted,
/// takeCommand() gives the ImportCommand for the caller to push on its undo stack.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        ReadingPage,
        ColumnsPage,
        PreviewPage,
        SummaryPage
    };

    ImportWizard(WheelStore& store, qint64 academyId, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Preselects a file and what it holds (also for tests).
    void setFile(const QString& path, ImportKind kind = ImportKind::Partners);

    /// The import to push, once the wizard is accepted (null before, or when nothing would be
    /// added).
    std::unique_ptr<ImportCommand> takeCommand();

    /// The plan as the preview shows it.
    const ImportPlan& plan() const { return m_plan; }

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage* makeFilePage();
    QWizardPage* makeReadingPage();
    QWizardPage* makeColumnsPage();
    QWizardPage* makePreviewPage();
    QWizardPage* makeSummaryPage();

    bool readFile(QString* error);
    void fillRawPreview();
    void buildMapping();
    void updatePlan();
    void fillPreview();
    ImportKind kind() const;

    WheelStore& m_store;
    qint64 m_academyId;
    CsvTable m_table;
    ImportPlan m_plan;
    QByteArray m_bytes;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_fileError = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_readingNote = nullptr;
    QTableWidget* m_raw = nullptr;
    QFormLayout* m_mappingForm = nullptr;
    QWidget* m_mappingHost = nullptr;
    QVector<QPair<QString, QComboBox*>> m_mappingBoxes;
    QLabel* m_mappingNote = nullptr;
    QLabel* m_counts = nullptr;
    QTableWidget* m_preview = nullptr;
    QCheckBox* m_validOnly = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace civic::ui
