#pragma once

// Internal to the store: how each value type maps to its table's columns.
// Column names here are the only identifiers ever put into SQL text; every
// value goes in through a bound parameter.

#include "model/AcademyWheel.h"
#include "model/Enums.h"

#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <type_traits>

namespace civic::rows {

inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QVariant flag(bool b)
{
    return QVariant(b ? 1 : 0);
}
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}
template <typename E>
QVariant code(E e)
{
    return QVariant(codeOf(e));
}

/// "YYYY-MM-DD" read directly (QDate::fromString is slow for tens of
/// thousands of rows); anything else through QDate::fromString.
inline QDate isoDate(const QString& s)
{
    auto digits = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (s.size() == 10 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-')) {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d); // invalid when the numbers are, as fromString would say
    }
    return QDate::fromString(s, Qt::ISODate);
}
template <typename Value> // a QVariant or a SqliteValue
QDate readDate(const Value& v)
{
    return v.isNull() ? QDate() : isoDate(v.toString());
}
template <typename E, typename Value>
E readEnum(const Value& v, E fallback)
{
    return fromCode<E>(v.toString()).value_or(fallback);
}

template <typename T>
struct Rows;

/// An id that is stored as NULL when it is 0 (no such record).
struct OptionalId
{
    qint64 id = 0;
};

/// Turns the fields Rows<T>::fields() gives, in column order, into the values
/// the columns store: text (never NULL), enum codes, ISO dates (NULL when
/// unset), 0/1 flags, numbers and ids.
struct VariantOut
{
    QVariantList list;
    void operator()(const QString& s) { list.append(text(s)); }
    void operator()(const QDate& d) { list.append(date(d)); }
    void operator()(bool b) { list.append(flag(b)); }
    void operator()(int n) { list.append(n); }
    void operator()(qint64 n) { list.append(n); }
    void operator()(OptionalId id) { list.append(idOrNull(id.id)); }
    template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
    void operator()(E e)
    {
        list.append(code(e));
    }
};

/// A row's values as QVariants, for the mappings that list their fields once
/// in fields(): the same list binds straight to a statement in bulk writes.
template <typename T>
QVariantList variants(const T& item)
{
    VariantOut out;
    Rows<T>::fields(item, out);
    return std::move(out.list);
}

template <>
struct Rows<Trust>
{
    static QString table() { return QStringLiteral("trusts"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("companies_house_number"),
                QStringLiteral("notes")};
    }
    static QVariantList values(const Trust& t)
    {
        return {text(t.name), text(t.companiesHouseNumber), text(t.notes)};
    }
    template <typename Row> // a QSqlQuery or a SqliteStatement
    static Trust read(const Row& q)
    {
        Trust t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.companiesHouseNumber = q.value(2).toString();
        t.notes = q.value(3).toString();
        return t;
    }
};

template <>
struct Rows<Academy>
{
    static QString table() { return QStringLiteral("academies"); }
    static QStringList columns()
    {
        return {QStringLiteral("trust_id"),
                QStringLiteral("urn"),
                QStringLiteral("name"),
                QStringLiteral("phase"),
                QStringLiteral("local_authority"),
                QStringLiteral("postcode"),
                QStringLiteral("headteacher"),
                QStringLiteral("pupils_on_roll"),
                QStringLiteral("percent_disadvantaged"),
                QStringLiteral("percent_send"),
                QStringLiteral("notes")};
    }
    static QVariantList values(const Academy& a)
    {
        return {idOrNull(a.trustId),
                text(a.urn),
                text(a.name),
                text(a.phase),
                text(a.localAuthority),
                text(a.postcode),
                text(a.headteacher),
                a.pupilsOnRoll ? QVariant(*a.pupilsOnRoll) : QVariant(),
                a.percentDisadvantaged ? QVariant(*a.percentDisadvantaged) : QVariant(),
                a.percentSend ? QVariant(*a.percentSend) : QVariant(),
                text(a.notes)};
    }
    template <typename Row> // a QSqlQuery or a SqliteStatement
    static Academy read(const Row& q)
    {
        Academy a;
        a.id = q.value(0).toLongLong();
        a.trustId = q.value(1).toLongLong();
        a.urn = q.value(2).toString();
        a.name = q.value(3).toString();
        a.phase = q.value(4).toString();
        a.localAuthority = q.value(5).toString();
        a.postcode = q.value(6).toString();
        a.headteacher = q.value(7).toString();
        if (!q.value(8).isNull())
            a.pupilsOnRoll = q.value(8).toInt();
        if (!q.value(9).isNull())
            a.percentDisadvantaged = q.value(9).toDouble();
        if (!q.value(10).isNull())
            a.percentSend = q.value(10).toDouble();
        a.notes = q.value(11).toString();
        return a;
    }
};

template <>
struct Rows<Partner>
{
    static QString table() { return QStringLiteral("partners"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("sector"), QStringLiteral("postcode"),
                QStringLiteral("website"), QStringLiteral("notes")};
    }
    template <typename Out>
    static void fields(const Partner& p, Out& out)
    {
        out(p.name), out(p.sector), out(p.postcode), out(p.website), out(p.notes);
    }
    static QVariantList values(const Partner& p) { return variants<Partner>(p); }
    template <typename Row> // a QSqlQuery or a SqliteStatement
    static Partner read(const Row& q)
    {
        Partner p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.sector = readEnum(q.value(2), Sector::Other);
        p.postcode = q.value(3).toString();
        p.website = q.value(4).toString();
        p.notes = q.value(5).toString();
        return p;
    }
};

template <>
struct Rows<Contact>
{
    static QString table() { return QStringLiteral("contacts"); }
    static QStringList columns()
    {
        return {QStringLiteral("partner_id"),  QStringLiteral("name"),  QStringLiteral("role"),
                QStringLiteral("email"),       QStringLiteral("phone"), QStringLiteral("notes"),
                QStringLiteral("retain_until")};
    }
    template <typename Out>
    static void fields(const Contact& c, Out& out)
    {
        out(c.partnerId), out(c.name), out(c.role), out(c.email), out(c.phone), out(c.notes),
            out(c.retainUntil);
    }
    static QVariantList values(const Contact& c) { return variants<Contact>(c); }
    template <typename Row> // a QSqlQuery or a SqliteStatement
    static Contact read(const Row& q)
    {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.partnerId = q.value(1).toLongLong();
        c.name = q.value(2).toString();
        c.role = q.value(3).toString();
        c.email = q.value(4).toString();
        c.phone = q.value(5).toString();
        c.notes = q.value(6).toString();
        c.retainUntil = readDate(q.value(7));
        return c;
    }
};

template <>
struct Rows<Tie>
{
    static QString table() { return QStringLiteral("ties"); }
    static QStringList columns()
    {
        return {QStringLiteral("academy_id"),
                QStringLiteral("partner_id"),
                QStringLiteral("strength"),
                QStringLiteral("role"),
                QStringLiteral("narrative"),
                QStringLiteral("staff_owner"),
                QStringLiteral("executive_sponsor"),
                QStringLiteral("started"),
                QStringLiteral("next_review"),
                QStringLiteral("status"),
                QStringLiteral("notes")};
    }
    template <typename Out>
    static void fields(const Tie& t, Out& out)
    {
        out(t.academyId), out(t.partnerId), out(t.strength), out(t.role), out(t.narrative),
            out(t.staffOwner), out(t.executiveSponsor), out(t.started), out(t.nextReview),
            out(t.status), out(t.notes);
    }
    static QVariantList values(const Tie& t) { return variants<Tie>(t); }
    template <typename Row> // a QSqlQuery or a SqliteStatement
    static Tie read(const Row& q)
    {
        Tie t;
        t.id = q.value(0).toLongLong();
        t.academyId = q.value(1).toLongLong();
        t.partnerId = q.value(2).toLongLong();
        t.strength = q.value(3).toInt();
        t.role = readEnum(q.value(4), TieRole::Supports);
        t.narrative = readEnum(q.value(5), Narrative::Civic);
        t.staffOwner = q.value(6).toString();
        t.executiveSponsor = q.value(7).toString();
        t.started = readDate(q.value(8));
        t.nextReview = readDate(q.value(9));
        t.status = readEnum(q.value(10), TieStatus::Active);
        t.notes = q.value(11).toString();
        return t;
    }
};

template <>
struct Rows<Need>
{
    static QString table() { return QStringLiteral("needs"); }
    static QStringList columns()
    {
        return {QStringLiteral("academy_id"),   QStringLiteral("title"),
                QStringLiteral("category"),     QStringLiteral("severity"),
                QStringLiteral("evidence"),     QStringLiteral("affects_disadvantaged"),
                QStringLiteral("affects_send"), QStringLiteral("consulted"),
                QStringLiteral("status"),       QStringLiteral("identified"),
                QStringLiteral("notes")};
    }
    template <typename Out>
    static void fields(const Need& n, Out& out)
    {
        out(n.academyId), out(n.title), out(n.category), out(n.severity), out(n.evidence),
            out(n.affectsDisadvantaged), out(n.affectsSend), out(n.consulted), out(n.status),
            out(n.identified), out(n.notes);
    }
    static QVariantList values(const Need& n) { return variants<Need>(n); }
    template <typename Row> // a QSqlQuery or a SqliteStatement
    static Need read(const Row& q)
    {
        Need n;
        n.id = q.value(0).toLongLong();
        n.academyId = q.value(1).toLongLong();
        n.title = q.value(2).toString();
        n.category = readEnum(q.value(3), NeedCategory::Other);
        n.severity = q.value(4).toInt();
        n.evidence = q.value(5).toString();
        n.affectsDisadvantaged = q.value(6).toInt() != 0;
        n.affectsSend = q.value(7).toInt() != 0;
        n.consulted = q.value(8).toInt() != 0;
        n.status = readEnum(q.value(9), NeedStatus::Open);
        n.identified = readDate(q.value(10));
        n.notes = q.value(11).toString();
        return n;
    }
};

template <>
struct Rows<Initiative>
{
    static QString table() { return QStringLiteral("initiatives"); }
    static QStringList columns()
    {
        return {QStringLiteral("academy_id"),
                QStringLiteral("title"),
                QStringLiteral("approach"),
                QStringLiteral("status"),
                QStringLiteral("staff_lead"),
                QStringLiteral("started"),
                QStringLiteral("ends"),
                QStringLiteral("description"),
                QStringLiteral("outcomes"),
                QStringLiteral("pupils_reached"),
                QStringLiteral("disadvantaged_reached"),
                QStringLiteral("send_reached")};
    }
    template <typename Out>
    static void fields(const Initiative& i, Out& out)
    {
        out(i.academyId), out(i.title), out(i.approach), out(i.status), out(i.staffLead),
            out(i.started), out(i.ends), out(i.description), out(i.outcomes), out(i.pupilsReached),
            out(i.disadvantagedReached), out(i.sendReached);
    }
    static QVariantList values(const Initiative& i) { return variants<Initiative>(i); }
    template <typename Row> // a QSqlQuery or a SqliteStatement
    static Initiative read(const Row& q)
    {
        Initiative i;
        i.id = q.value(0).toLongLong();
        i.academyId = q.value(1).toLongLong();
        i.title = q.value(2).toString();
        i.approach = readEnum(q.value(3), Approach::WiderEducation);
        i.status = readEnum(q.value(4), InitiativeStatus::Planned);
        i.staffLead = q.value(5).toString();
        i.started = readDate(q.value(6));
        i.ends = readDate(q.value(7));
        i.description = q.value(8).toString();
        i.outcomes = q.value(9).toString();
        i.pupilsReached = q.value(10).toInt();
        i.disadvantagedReached = q.value(11).toInt();
        i.sendReached = q.value(12).toInt();
        return i;
    }
};

template <>
struct Rows<Engagement>
{
    static QString table() { return QStringLiteral("engagements"); }
    static QStringList columns()
    {
        return {QStringLiteral("academy_id"), QStringLiteral("partner_id"),
                QStringLiteral("contact_id"), QStringLiteral("occurred_on"),
                QStringLiteral("kind"),       QStringLiteral("summary"),
                QStringLiteral("notes")};
    }
    template <typename Out>
    static void fields(const Engagement& e, Out& out)
    {
        out(e.academyId), out(e.partnerId), out(OptionalId{e.contactId}), out(e.date), out(e.kind),
            out(e.summary), out(e.notes);
    }
    static QVariantList values(const Engagement& e) { return variants<Engagement>(e); }
    template <typename Row> // a QSqlQuery or a SqliteStatement
    static Engagement read(const Row& q)
    {
        Engagement e;
        e.id = q.value(0).toLongLong();
        e.academyId = q.value(1).toLongLong();
        e.partnerId = q.value(2).toLongLong();
        e.contactId = q.value(3).toLongLong();
        e.date = readDate(q.value(4));
        e.kind = readEnum(q.value(5), EngagementKind::Other);
        e.summary = q.value(6).toString();
        e.notes = q.value(7).toString();
        return e;
    }
};

/// "SELECT a.id, a.col1, ... FROM table a"
template <typename T>
QString selectFrom(const QString& alias = QStringLiteral("t"))
{
    QStringList cols{alias + QStringLiteral(".id")};
    for (const QString& c : Rows<T>::columns())
        cols.append(alias + QLatin1Char('.') + c);
    return QStringLiteral("SELECT ") + cols.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
           Rows<T>::table() + QLatin1Char(' ') + alias;
}

} // namespace civic::rows
