// Headless privacy (UK GDPR) commands for a trust's data-protection officer:
// subject access, erasure and retention review.
#include "CommandLine.h"
#include "Commands.h"
#include "privacy/SubjectAccess.h"

#include <QDir>
#include <QFileInfo>

namespace civic::cli {
namespace {

QCommandLineOption contactOption()
{
    return QCommandLineOption(QStringLiteral("contact"),
                              QStringLiteral("The contact's e-mail address."),
                              QStringLiteral("EMAIL"));
}

void printMentions(const QVector<Mention>& mentions)
{
    if (mentions.isEmpty())
        return;
    out() << "The name or e-mail address still appears in the text of " << mentions.size()
          << " other record(s); review them in Civic Wheel:\n";
    for (const Mention& m : mentions)
        out() << "  " << m.label << " (" << m.table << ", " << m.column << ")\n";
}

} // namespace

int runSubjectAccess(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption contact = contactOption();
    const QCommandLineOption output(
        QStringLiteral("out"),
        QStringLiteral("Where to write the export: a .json file, or .txt for a readable report."),
        QStringLiteral("FILE"));
    parser.addOption(contact);
    parser.addOption(output);
    const Command& command = *findCommand(QStringLiteral("subject-access"));
    if (!parse(parser, command, arguments, 1, 1))
        return UsageError;
    if (!parser.isSet(contact) || !parser.isSet(output)) {
        err() << "civicwheel subject-access: --contact and --out are required\n"
              << "Usage: civicwheel subject-access " << command.synopsis << '\n';
        err().flush();
        return UsageError;
    }
    OpenOptions options;
    options.readOnly = true; // an export never changes the wheel
    auto store = openWheel(parser.positionalArguments().first(), options);
    if (!store)
        return Failure;
    auto person = SubjectAccess::findByEmail(*store, parser.value(contact));
    if (!person) {
        report(person.error());
        return Failure;
    }
    auto access = SubjectAccess::gather(*store, person->id);
    if (!access) {
        report(access.error());
        return Failure;
    }
    const QString target = parser.value(output);
    const bool text =
        QFileInfo(target).suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = text ? access->toText().toUtf8() : access->toJson();
    if (auto s = SubjectAccess::writePrivateFile(target, bytes); !s) {
        report(s.error());
        return Failure;
    }
    out() << "Wrote everything held about " << person->name << " to "
          << QDir::toNativeSeparators(target) << " (readable by you only).\n";
    out().flush();
    return Success;
}

int runEraseContact(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption contact = contactOption();
    parser.addOption(contact);
    const Command& command = *findCommand(QStringLiteral("erase-contact"));
    if (!parse(parser, command, arguments, 1, 1))
        return UsageError;
    if (!parser.isSet(contact)) {
        err() << "civicwheel erase-contact: --contact is required\n"
              << "Usage: civicwheel erase-contact " << command.synopsis << '\n';
        err().flush();
        return UsageError;
    }
    auto store = openWheel(parser.positionalArguments().first());
    if (!store)
        return Failure;
    auto person = SubjectAccess::findByEmail(*store, parser.value(contact));
    if (!person) {
        report(person.error());
        return Failure;
    }
    auto erased = store->eraseContacts({person->id});
    if (!erased) {
        report(erased.error());
        return Failure;
    }
    out() << "Erased " << person->name << " <" << person->email << ">";
    if (erased->engagementsRedacted > 0)
        out() << " and removed their details from " << erased->engagementsRedacted
              << " engagement(s)";
    out() << ". This cannot be undone.\n";
    if (auto mentions = store->mentionsOf({person->name, person->email}))
        printMentions(*mentions);
    out().flush();
    return Success;
}

int runRetention(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption erase(
        QStringLiteral("erase-expired"),
        QStringLiteral("Erase every contact past their retention date."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Review as of this date (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    parser.addOption(erase);
    parser.addOption(today);
    if (!parse(parser, *findCommand(QStringLiteral("retention")), arguments, 1, 1))
        return UsageError;
    QDate asOf = QDate::currentDate();
    if (parser.isSet(today)) {
        asOf = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!asOf.isValid()) {
            err() << "civicwheel retention: --today must be a date like 2026-01-31\n";
            err().flush();
            return UsageError;
        }
    }
    OpenOptions options;
    options.readOnly = !parser.isSet(erase);
    auto store = openWheel(parser.positionalArguments().first(), options);
    if (!store)
        return Failure;
    auto expired = store->contactsPastRetention(asOf);
    if (!expired) {
        report(expired.error());
        return Failure;
    }
    if (expired->isEmpty()) {
        out() << "No contact is past their retention date (" << asOf.toString(Qt::ISODate)
              << ").\n";
        out().flush();
        return Success;
    }
    out() << expired->size() << " contact(s) past their retention date ("
          << asOf.toString(Qt::ISODate) << "):\n";
    QVector<qint64> ids;
    for (const Contact& c : *expired) {
        const auto partner = store->partner(c.partnerId);
        out() << "  " << c.retainUntil.toString(Qt::ISODate) << "  " << c.name;
        if (!c.email.isEmpty())
            out() << " <" << c.email << ">";
        if (partner)
            out() << ", " << partner->name;
        out() << '\n';
        ids.append(c.id);
    }
    if (!parser.isSet(erase)) {
        out() << "Run again with --erase-expired to erase them, or set a later review date in "
                 "Civic Wheel.\n";
        out().flush();
        return Success;
    }
    auto erased = store->eraseContacts(ids);
    if (!erased) {
        out().flush();
        report(erased.error());
        return Failure;
    }
    out() << "Erased " << erased->contactsErased << " contact(s). This cannot be undone.\n";
    out().flush();
    return Success;
}

} // namespace civic::cli
