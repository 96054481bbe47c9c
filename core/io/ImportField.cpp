#include "io/ImportField.h"

#include "model/Validation.h"

#include <QCoreApplication>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportFields", text);
}

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out.append(ImportFields::folded(QString::fromUtf8(w)));
    return out;
}

enum Flag
{
    None = 0,
    Required = 1,
    Personal = 2,
    Staff = 4,
    Note = 8
};

ImportField field(const char* key, const char* header, std::initializer_list<const char*> synonyms,
                  int flags = None)
{
    ImportField f;
    f.key = QString::fromLatin1(key);
    f.header = tr(header);
    f.synonyms = words(synonyms);
    f.required = flags & Required;
    f.privacy = (flags & Personal) ? ImportField::Privacy::Contact
                : (flags & Staff)  ? ImportField::Privacy::StaffName
                : (flags & Note)   ? ImportField::Privacy::Note
                                   : ImportField::Privacy::Public;
    return f;
}

} // namespace

QString ImportFields::folded(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : Validation::lowered(text)) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

QVector<ImportField> ImportFields::of(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Partners:
        return {
            field("name", QT_TRANSLATE_NOOP("ImportFields", "Organisation"),
                  {"organisation", "organization", "name", "partner", "partner name",
                   "organisation name", "org", "company", "partner organisation"},
                  Required),
            field("sector", QT_TRANSLATE_NOOP("ImportFields", "Sector"),
                  {"sector", "type", "category", "organisation type", "kind"}),
            field("postcode", QT_TRANSLATE_NOOP("ImportFields", "Postcode"),
                  {"postcode", "postal code", "post code", "zip"}),
            field("website", QT_TRANSLATE_NOOP("ImportFields", "Website"),
                  {"website", "web", "url", "web address", "site"}),
            field("partnerNotes", QT_TRANSLATE_NOOP("ImportFields", "Partner notes"),
                  {"partner notes", "notes", "note", "comments", "comment"}, Note),
            field("strength", QT_TRANSLATE_NOOP("ImportFields", "Strength"),
                  {"strength", "tie strength", "relationship strength", "closeness"}),
            field("tieRole", QT_TRANSLATE_NOOP("ImportFields", "Academy's role"),
                  {"academy's role", "academy role", "leads or supports", "lead or support"}),
            field("narrative", QT_TRANSLATE_NOOP("ImportFields", "Narrative"),
                  {"narrative", "leadership narrative", "leadership"}),
            field("tieStatus", QT_TRANSLATE_NOOP("ImportFields", "Status"),
                  {"status", "tie status", "relationship status"}),
            field("staffOwner", QT_TRANSLATE_NOOP("ImportFields", "Staff owner"),
                  {"staff owner", "owner", "staff lead", "staff contact"}, Staff),
            field("sponsor", QT_TRANSLATE_NOOP("ImportFields", "Executive sponsor"),
                  {"executive sponsor", "sponsor", "exec sponsor"}, Staff),
            field("started", QT_TRANSLATE_NOOP("ImportFields", "Started"),
                  {"started", "since", "start date", "start"}),
            field("nextReview", QT_TRANSLATE_NOOP("ImportFields", "Next review"),
                  {"next review", "review", "review date", "review by"}),
            field("tieNotes", QT_TRANSLATE_NOOP("ImportFields", "Tie notes"),
                  {"tie notes", "relationship notes"}, Note),
            field("contactName", QT_TRANSLATE_NOOP("ImportFields", "Contact"),
                  {"contact", "contact name", "main contact", "contact person", "person"},
                  Personal),
            field("contactRole", QT_TRANSLATE_NOOP("ImportFields", "Contact role"),
                  {"contact role", "role", "job title", "position", "contact job title"}, Personal),
            field("email", QT_TRANSLATE_NOOP("ImportFields", "Email"),
                  {"email", "e-mail", "email address", "contact email"}, Personal),
            field("phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"),
                  {"phone", "telephone", "tel", "phone number", "telephone number", "mobile",
                   "contact phone"},
                  Personal),
            field("retainUntil", QT_TRANSLATE_NOOP("ImportFields", "Keep contact until"),
                  {"keep contact until", "retain until", "retention review"}, Personal),
        };
    case ImportKind::Needs:
        return {
            field("title", QT_TRANSLATE_NOOP("ImportFields", "Need"),
                  {"need", "title", "name", "issue", "need title"}, Required),
            field("category", QT_TRANSLATE_NOOP("ImportFields", "Category"),
                  {"category", "type", "theme", "area"}),
            field("severity", QT_TRANSLATE_NOOP("ImportFields", "Severity"),
                  {"severity", "priority", "level"}),
            field("evidence", QT_TRANSLATE_NOOP("ImportFields", "Evidence"),
                  {"evidence", "source", "how we know"}),
            field("disadvantaged", QT_TRANSLATE_NOOP("ImportFields", "Affects disadvantaged"),
                  {"affects disadvantaged", "disadvantaged", "pupil premium", "pp", "fsm"}),
            field("send", QT_TRANSLATE_NOOP("ImportFields", "Affects SEND"),
                  {"affects send", "send", "sen"}),
            field("consulted", QT_TRANSLATE_NOOP("ImportFields", "Consulted"),
                  {"consulted", "people consulted"}),
            field("status", QT_TRANSLATE_NOOP("ImportFields", "Status"), {"status", "need status"}),
            field("identified", QT_TRANSLATE_NOOP("ImportFields", "Identified"),
                  {"identified", "date identified", "date", "since"}),
            field("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"),
                  {"notes", "note", "comments"}, Note),
        };
    case ImportKind::Initiatives:
        return {
            field("title", QT_TRANSLATE_NOOP("ImportFields", "Initiative"),
                  {"initiative", "title", "name", "project", "programme", "activity"}, Required),
            field("approach", QT_TRANSLATE_NOOP("ImportFields", "Approach"),
                  {"approach", "civic approach", "cst approach", "type"}),
            field("status", QT_TRANSLATE_NOOP("ImportFields", "Status"), {"status"}),
            field("staffLead", QT_TRANSLATE_NOOP("ImportFields", "Staff lead"),
                  {"staff lead", "lead", "leader", "owner"}, Staff),
            field("started", QT_TRANSLATE_NOOP("ImportFields", "Started"),
                  {"started", "start", "start date", "from"}),
            field("ends", QT_TRANSLATE_NOOP("ImportFields", "Ends"),
                  {"ends", "end", "end date", "until", "to"}),
            field("description", QT_TRANSLATE_NOOP("ImportFields", "Description"),
                  {"description", "about", "details", "summary"}),
            field("outcomes", QT_TRANSLATE_NOOP("ImportFields", "Outcomes"),
                  {"outcomes", "outcome", "impact", "results"}),
            field("pupils", QT_TRANSLATE_NOOP("ImportFields", "Pupils reached"),
                  {"pupils reached", "pupils", "reach", "reached", "participants"}),
            field("disadvantaged",
                  QT_TRANSLATE_NOOP("ImportFields", "Disadvantaged pupils reached"),
                  {"disadvantaged pupils reached", "disadvantaged reached", "disadvantaged",
                   "pp pupils"}),
            field("send", QT_TRANSLATE_NOOP("ImportFields", "SEND pupils reached"),
                  {"send pupils reached", "send reached", "send"}),
            field("partners", QT_TRANSLATE_NOOP("ImportFields", "Partners"),
                  {"partners", "partner", "partners involved", "with"}),
            field("needs", QT_TRANSLATE_NOOP("ImportFields", "Needs addressed"),
                  {"needs addressed", "needs", "need"}),
        };
    case ImportKind::Engagements:
        return {
            field("partner", QT_TRANSLATE_NOOP("ImportFields", "Partner"),
                  {"partner", "organisation", "organization", "name", "with", "partner name"},
                  Required),
            field("date", QT_TRANSLATE_NOOP("ImportFields", "Date"),
                  {"date", "when", "occurred", "on"}, Required),
            field("kind", QT_TRANSLATE_NOOP("ImportFields", "Kind"),
                  {"kind", "type", "how", "method"}),
            field("summary", QT_TRANSLATE_NOOP("ImportFields", "Summary"),
                  {"summary", "subject", "what", "description", "title"}),
            field("contact", QT_TRANSLATE_NOOP("ImportFields", "Contact"),
                  {"contact", "person", "contact name", "who"}, Personal),
            field("notes", QT_TRANSLATE_NOOP("ImportFields", "Notes"),
                  {"notes", "note", "comments"}, Note),
        };
    }
    return {};
}

std::optional<ImportField> ImportFields::find(ImportKind kind, const QString& key)
{
    for (const ImportField& f : of(kind)) {
        if (f.key == key)
            return f;
    }
    return std::nullopt;
}

ColumnMapping ImportFields::guess(ImportKind kind, const QStringList& header)
{
    const QVector<ImportField> fields = of(kind);
    ColumnMapping mapping;
    QVector<bool> used(header.size(), false);
    QStringList foldedHeader;
    for (const QString& h : header)
        foldedHeader.append(folded(h));

    // Exact matches first, so "Contact role" is never taken by "role" inside it.
    for (const ImportField& f : fields) {
        for (int c = 0; c < foldedHeader.size(); ++c) {
            if (used.at(c) || foldedHeader.at(c).isEmpty())
                continue;
            if (foldedHeader.at(c) == folded(f.header) || f.synonyms.contains(foldedHeader.at(c))) {
                mapping.set(f.key, c);
                used[c] = true;
                break;
            }
        }
    }
    // Then headers that contain a field's word: "Name of organisation", "Partner's email".
    for (const ImportField& f : fields) {
        if (mapping.column(f.key))
            continue;
        for (int c = 0; c < foldedHeader.size() && !mapping.column(f.key); ++c) {
            if (used.at(c))
                continue;
            for (const QString& synonym : f.synonyms) {
                if (synonym.size() >= 4 && foldedHeader.at(c).contains(synonym)) {
                    mapping.set(f.key, c);
                    used[c] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}

QString ImportFields::code(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Partners:
        return QStringLiteral("partners");
    case ImportKind::Needs:
        return QStringLiteral("needs");
    case ImportKind::Initiatives:
        return QStringLiteral("initiatives");
    case ImportKind::Engagements:
        return QStringLiteral("engagements");
    }
    return {};
}

std::optional<ImportKind> ImportFields::fromCode(const QString& code)
{
    for (ImportKind kind : {ImportKind::Partners, ImportKind::Needs, ImportKind::Initiatives,
                            ImportKind::Engagements}) {
        if (code.trimmed().compare(ImportFields::code(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString ImportFields::displayName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Partners:
        return tr("Partners");
    case ImportKind::Needs:
        return tr("Needs");
    case ImportKind::Initiatives:
        return tr("Initiatives");
    case ImportKind::Engagements:
        return tr("Engagements");
    }
    return {};
}

} // namespace civic
