#include "shell/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

// The versions of the libraries that only core links (it alone may include
// their headers) come from CMake, which reads them when it finds them.
#ifndef CIVIC_SQLITE_VERSION
#define CIVIC_SQLITE_VERSION "unknown"
#endif
#ifndef CIVIC_LIBCSV_VERSION
#define CIVIC_LIBCSV_VERSION "unknown"
#endif
#ifndef CIVIC_LIBXLSXWRITER_VERSION
#define CIVIC_LIBXLSXWRITER_VERSION "unknown"
#endif

namespace civic::ui {

QStringList AboutDialog::libraries()
{
    // Qt as it runs (a Debian update may bring a newer one than built with).
    return {
        QStringLiteral("Qt %1 (LGPL-3.0-only)").arg(QString::fromLatin1(qVersion())),
        QStringLiteral("SQLite %1 (public domain)").arg(QStringLiteral(CIVIC_SQLITE_VERSION)),
        QStringLiteral("libcsv %1 (LGPL-2.1-or-later)").arg(QStringLiteral(CIVIC_LIBCSV_VERSION)),
        QStringLiteral("libxlsxwriter %1 (BSD-2-Clause)")
            .arg(QStringLiteral(CIVIC_LIBXLSXWRITER_VERSION)),
    };
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Civic Wheel"));

    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/civicwheel.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    QString libraryItems;
    for (const QString& library : libraries())
        libraryItems += QStringLiteral("<li>%1</li>").arg(library.toHtmlEscaped());
    auto* text = new QLabel(
        tr("<h3>Civic Wheel %1</h3>"
           "<p>Plan and show a school's civic partnerships: its community wheel of partners, "
           "the needs it works on, and its initiatives by the four civic approaches.</p>"
           "<p>Free software under the GNU General Public License, version 3 or (at your "
           "option) any later version (GPL-3.0-or-later). It comes with no warranty. "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">Read the licence</a>.</p>"
           "<p>Built with:</p><ul>%2</ul>")
            .arg(QStringLiteral(CIVIC_VERSION), libraryItems));
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setMinimumWidth(380);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace civic::ui
