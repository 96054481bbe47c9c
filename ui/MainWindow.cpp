#include "MainWindow.h"

#include "DefaultWheel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>

namespace civic::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/civicwheel.svg")));
    m_summary = new QLabel(this);
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setMargin(24);
    setCentralWidget(m_summary);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    resize(1100, 720);
    refresh();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDefaultWheel()
{
    auto store = DefaultWheel::openOrCreate();
    if (!store) {
        showFailure(store.error());
        return false;
    }
    adopt(std::move(store).value());
    return true;
}

bool MainWindow::openWheel(const QString& path)
{
    auto store = WheelStore::open(path);
    if (!store) {
        showFailure(store.error());
        return false;
    }
    adopt(std::move(store).value());
    return true;
}

void MainWindow::adopt(std::unique_ptr<WheelStore> store)
{
    m_store = std::move(store);
    refresh();
}

void MainWindow::showFailure(const Error& error)
{
    QMessageBox box(QMessageBox::Warning, tr("Civic Wheel"), error.message, QMessageBox::Ok, this);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a wheel"), QString(),
                                                      tr("Civic Wheel files (*.wheel);;All files (*)"));
    if (!path.isEmpty())
        openWheel(path);
}

void MainWindow::refresh()
{
    if (!m_store) {
        setWindowTitle(tr("Civic Wheel"));
        m_summary->setText(tr("No wheel is open. Use File › Open to open one."));
        return;
    }
    const QString fileName = QFileInfo(m_store->path()).fileName();
    auto academies = m_store->academies();
    QString academyName = tr("No academy yet");
    if (academies && !academies->isEmpty())
        academyName = academies->first().name;
    setWindowTitle(tr("%1 — %2").arg(academyName, fileName));
    auto counts = m_store->counts();
    if (!counts) {
        m_summary->setText(counts.message());
        return;
    }
    m_summary->setText(tr("<h2>%1</h2><p>%2 partners · %3 needs · %4 initiatives · %5 engagements</p>")
                           .arg(academyName.toHtmlEscaped())
                           .arg(counts->partners)
                           .arg(counts->needs)
                           .arg(counts->initiatives)
                           .arg(counts->engagements));
}

} // namespace civic::ui
