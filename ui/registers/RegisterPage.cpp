#include "registers/RegisterPage.h"

#include "common/OptionalDateEdit.h"
#include "registers/ModelRoles.h"
#include "registers/RegisterModel.h"
#include "registers/RegisterProxyModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace civic::ui {

RegisterPage::RegisterPage(const QString& title, RegisterModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new RegisterProxyModel(this))
    , m_title(new QLabel(title))
    , m_search(new QLineEdit)
    , m_filters(new QHBoxLayout)
    , m_add(new QPushButton)
    , m_stack(new QStackedWidget)
    , m_view(new QTableView)
    , m_emptyText(new QLabel)
    , m_emptyAdd(new QPushButton)
    , m_clearFilters(new QPushButton(tr("Clear search and filters")))
{
    model->setParent(this);
    m_proxy->setSourceModel(model);
    setAccessibleName(title);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(title.toLower()));
    m_search->setMinimumWidth(200);
    m_add->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(12);
    top->addWidget(m_search, 1);
    top->addLayout(m_filters);
    top->addWidget(m_add);

    setUpTable(title);
    m_stack->addWidget(m_view);
    m_stack->addWidget(createEmptyState());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connectSignals();
    updateState();
}

void RegisterPage::setUpTable(const QString& title)
{
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move inside it
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setMinimumSectionSize(48);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(title);
}

QWidget* RegisterPage::createEmptyState()
{
    auto* empty = new QWidget;
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    QFont emptyFont = m_emptyText->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_emptyText->setFont(emptyFont);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_emptyAdd);
    buttons->addWidget(m_clearFilters);
    buttons->addStretch();
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(2);
    return empty;
}

void RegisterPage::connectSignals()
{
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RegisterProxyModel::setSearchText);
    connect(m_add, &QPushButton::clicked, this, &RegisterPage::addRequested);
    connect(m_emptyAdd, &QPushButton::clicked, this, &RegisterPage::addRequested);
    connect(m_clearFilters, &QPushButton::clicked, this, &RegisterPage::clearFilters);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT recordActivated(index.data(Roles::Id).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const qint64 id = currentId();
        if (id != m_lastEmitted) {
            m_lastEmitted = id;
            Q_EMIT recordSelected(id);
        }
    });
    // Keep the selection by id across the reset each reload brings.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptId = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegisterPage::restoreAfterReset);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &RegisterPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RegisterPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RegisterPage::updateState);
}

void RegisterPage::restoreAfterReset()
{
    if (m_keptId) {
        const int row = m_model->rowOf(m_keptId);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                m_view->setCurrentIndex(index);
                m_view->scrollTo(index);
            }
        }
    }
    if (m_view->horizontalHeader()->count() > 0 && m_model->rowCount() > 0) {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_view->setColumnWidth(c, qMin(m_view->columnWidth(c) + 16, 320));
        // One column (the name, usually) takes what is left, so nothing hides off to the right
        // at 1366 pixels.
        m_view->horizontalHeader()->setSectionResizeMode(m_stretchColumn, QHeaderView::Stretch);
    }
    updateState();
}

QComboBox* RegisterPage::addFilter(const QString& label, const QString& allText, int role,
                                   const QVector<QPair<QString, QVariant>>& choices)
{
    auto* combo = new QComboBox;
    combo->addItem(allText, QVariant());
    for (const auto& choice : choices)
        combo->addItem(choice.first, choice.second);
    combo->setAccessibleName(label);
    combo->setToolTip(label);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filters->addWidget(combo);
    m_filterCombos.append(combo);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo, role] { m_proxy->setRoleFilter(role, combo->currentData()); });
    return combo;
}

void RegisterPage::addDateRange(const QString& label)
{
    m_from = new OptionalDateEdit(tr("From any date"));
    m_to = new OptionalDateEdit(tr("To any date"));
    m_from->dateEdit()->setAccessibleName(tr("%1 from").arg(label));
    m_to->dateEdit()->setAccessibleName(tr("%1 to").arg(label));
    m_filters->addWidget(m_from);
    m_filters->addWidget(m_to);
    auto apply = [this] {
        m_proxy->setDateRange(m_from->date(), m_to->date());
    };
    connect(m_from, &OptionalDateEdit::dateChanged, this, apply);
    connect(m_to, &OptionalDateEdit::dateChanged, this, apply);
}

void RegisterPage::setEmptyState(const QString& text, const QString& addText)
{
    m_emptyMessage = text;
    m_emptyAdd->setText(addText);
    m_add->setText(addText);
    m_add->setVisible(!addText.isEmpty());
    updateState();
}

void RegisterPage::setUnavailable(const QString& text)
{
    m_unavailable = text;
    updateState();
}

void RegisterPage::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    updateState();
}

qint64 RegisterPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(Roles::Id).toLongLong() : 0;
}

void RegisterPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegisterPage::clearFilters()
{
    m_search->clear();
    for (QComboBox* combo : m_filterCombos)
        combo->setCurrentIndex(0);
    if (m_from)
        m_from->setDate({});
    if (m_to)
        m_to->setDate({});
}

void RegisterPage::selectRecord(qint64 id)
{
    if (id == currentId())
        return;
    if (id == 0) {
        m_view->clearSelection();
        m_view->setCurrentIndex({});
        return;
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void RegisterPage::updateState()
{
    const bool hasRows = m_proxy->rowCount() > 0;
    m_search->setEnabled(m_unavailable.isEmpty());
    for (QComboBox* combo : m_filterCombos)
        combo->setEnabled(m_unavailable.isEmpty());
    m_add->setEnabled(m_editable && m_unavailable.isEmpty());
    if (!m_unavailable.isEmpty()) {
        m_emptyText->setText(m_unavailable);
        m_emptyAdd->hide();
        m_clearFilters->hide();
        m_stack->setCurrentIndex(1);
        return;
    }
    if (hasRows) {
        m_stack->setCurrentIndex(0);
        return;
    }
    if (m_model->rowCount() > 0) {
        m_emptyText->setText(tr("Nothing matches your search and filters."));
        m_emptyAdd->hide();
        m_clearFilters->show();
    } else {
        m_emptyText->setText(m_emptyMessage +
                             (m_editable ? QString() : tr("\n\nThis file is read-only.")));
        m_emptyAdd->setVisible(m_editable && !m_emptyAdd->text().isEmpty());
        m_clearFilters->hide();
    }
    m_stack->setCurrentIndex(1);
}

} // namespace civic::ui
