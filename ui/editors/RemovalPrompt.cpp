#include "editors/RemovalPrompt.h"

#include "common/Format.h"

#include <QCoreApplication>
#include <QStringList>

namespace civic::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RemovalPrompt", text);
}

QString joined(const QStringList& parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + tr(" and ") + parts.last();
}

} // namespace

QString RemovalPrompt::question(EntityKind kind, const QString& label, const RemovedRows& preview)
{
    QString text = tr("Delete the %1 “%2”?").arg(entityNoun(kind), label);
    QStringList removes;
    QStringList unlinks;
    auto removed = [&](const char* table, const char* one, const char* many) {
        if (int n = preview.count(QString::fromLatin1(table)))
            removes << Format::count(n, one, many);
    };
    auto unlinked = [&](const char* table, const char* one, const char* many) {
        if (int n = preview.count(QString::fromLatin1(table)))
            unlinks << Format::count(n, one, many);
    };
    switch (kind) {
    case EntityKind::Partner:
        removed("contacts", "its %1 contact", "its %1 contacts");
        removed("engagements", "%1 logged engagement", "%1 logged engagements");
        unlinked("initiative_partners", "%1 initiative", "%1 initiatives");
        break;
    case EntityKind::Academy:
        removed("ties", "its ties to %1 partner", "its ties to %1 partners");
        removed("needs", "%1 need", "%1 needs");
        removed("initiatives", "%1 initiative", "%1 initiatives");
        removed("engagements", "%1 logged engagement", "%1 logged engagements");
        break;
    case EntityKind::Need:
        unlinked("initiative_needs", "%1 initiative", "%1 initiatives");
        break;
    case EntityKind::Initiative:
        unlinked("initiative_partners", "%1 partner", "%1 partners");
        unlinked("initiative_needs", "%1 need", "%1 needs");
        break;
    default:
        break;
    }
    if (!removes.isEmpty())
        text += QLatin1Char(' ') + tr("This also removes %1.").arg(joined(removes));
    if (!unlinks.isEmpty())
        text +=
            QLatin1Char(' ') + (kind == EntityKind::Initiative ? tr("Its links to %1 go with it.")
                                                               : tr("It will be unlinked from %1."))
                                   .arg(joined(unlinks));
    if (kind == EntityKind::Contact && !preview.cleared.isEmpty())
        text += QLatin1Char(' ') +
                Format::count(int(preview.cleared.size()),
                              "%1 logged engagement will no longer name this person.",
                              "%1 logged engagements will no longer name this person.");
    text += QStringLiteral("\n\n") + tr("You can take this back with Edit › Undo.");
    return text;
}

} // namespace civic::ui
