#pragma once

#include <QDate>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace civic::ui {

class OptionalDateEdit;
class RegisterModel;
class RegisterProxyModel;

/// One register: a sortable table over a RegisterModel with a search box
/// that filters as you type, filters on what matters, and an empty state
/// that says what to do next. Selection is kept by record id across reloads.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(const QString& title, RegisterModel* model, QWidget* parent = nullptr);

    RegisterModel* model() const { return m_model; }
    RegisterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QPushButton* addButton() const { return m_add; }

    /// A filter on `role`: `choices` are (label, value) after an “All …” entry.
    QComboBox* addFilter(const QString& label, const QString& allText, int role,
                         const QVector<QPair<QString, QVariant>>& choices);
    /// From/to date filters on Roles::Date.
    void addDateRange(const QString& label);
    /// What an empty register says, and the label of the button that fixes it.
    void setEmptyState(const QString& text, const QString& addText);
    /// Shown instead of the table when the register cannot be used (no academy
    /// chosen); an empty text goes back to the table.
    void setUnavailable(const QString& text);
    void setEditable(bool editable);
    /// The column that takes the spare width (0, the name, unless set).
    void setStretchColumn(int column) { m_stretchColumn = column; }

    /// The record selected, 0 if none.
    qint64 currentId() const;
    /// Focuses the search box and selects its text.
    void focusSearch();
    /// Clears the search and every filter.
    void clearFilters();

public Q_SLOTS:
    /// Selects the record with `id` (clearing filters that hide it); 0 clears the selection.
    void selectRecord(qint64 id);

Q_SIGNALS:
    void recordSelected(qint64 id);
    void recordActivated(qint64 id);
    void addRequested();

private:
    void setUpTable(const QString& title);
    /// What shows instead of the table when no row does: the advice and its buttons.
    QWidget* createEmptyState();
    void connectSignals();
    /// After a reload: the same record selected again, the columns fitted to the rows.
    void restoreAfterReset();
    void updateState();

    RegisterModel* m_model;
    RegisterProxyModel* m_proxy;
    QLabel* m_title;
    QLineEdit* m_search;
    QHBoxLayout* m_filters;
    QVector<QComboBox*> m_filterCombos;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QPushButton* m_add;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_emptyText;
    QPushButton* m_emptyAdd;
    QPushButton* m_clearFilters;
    QString m_emptyMessage;
    QString m_unavailable;
    qint64 m_keptId = 0;
    qint64 m_lastEmitted = -1;
    bool m_editable = true;
    int m_stretchColumn = 0;
};

} // namespace civic::ui
