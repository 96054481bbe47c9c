// Text people type or paste: very long, right-to-left, emoji, combining
// accents, and SQL or LIKE metacharacters all come back exactly as given.
#include "StoreFixtures.h"

#include <QFile>

using namespace civic;
using namespace civic::test;

namespace {

// Built from code points so the test does not depend on this file's encoding.
QString fromCodePoints(std::initializer_list<char32_t> points)
{
    QString s;
    for (char32_t c : points)
        s += QString::fromUcs4(&c, 1);
    return s;
}

} // namespace

TEST_CASE("Long and unusual text survives the round trip through the file")
{
    EmptyWheel w;
    // 1 MB of notes with a different character every 64 so a lost page shows.
    QString megabyte;
    megabyte.reserve(1 << 20);
    for (int i = 0; i < (1 << 20) / 64; ++i)
        megabyte += QString(63, QLatin1Char('a' + i % 26)) + QLatin1Char('\n');
    REQUIRE(megabyte.size() == (1 << 20));

    const QString arabic = fromCodePoints(
        {0x645, 0x62F, 0x631, 0x633, 0x629, 0x20, 0x627, 0x644, 0x646, 0x648, 0x631});
    const QString hebrew = fromCodePoints({0x5E9, 0x5B8, 0x5C1, 0x5DC, 0x5D5, 0x5B9, 0x5DD});
    // Teacher with medium skin tone (a ZWJ sequence), a flag, and a supplementary-plane letter.
    const QString emoji =
        fromCodePoints({0x1F469, 0x1F3FD, 0x200D, 0x1F3EB, 0x20, 0x1F1EC, 0x1F1E7, 0x20, 0x1D49C});
    // "Zoë Ðuşan" decomposed: e + combining diaeresis etc. Must not be normalised.
    const QString combining =
        fromCodePoints({0x5A, 0x6F, 0x65, 0x308, 0x20, 0xD0, 0x75, 0x73, 0x327, 0x61, 0x6E});
    const QString mixed = QStringLiteral("Mr ") + arabic + QStringLiteral(" (") + hebrew +
                          QStringLiteral(") ") + emoji;
    REQUIRE(combining.size() == 11);

    Partner partner;
    partner.name = mixed;
    partner.sector = Sector::Faith;
    partner.notes = megabyte;
    const qint64 pid = w.store->add(partner).value();
    Contact contact;
    contact.partnerId = pid;
    contact.name = combining;
    contact.role = arabic;
    contact.email = QStringLiteral("zoe@example.org");
    contact.notes = megabyte + emoji;
    const qint64 cid = w.store->add(contact).value();
    Initiative initiative;
    initiative.academyId = w.academyId;
    initiative.title = emoji + QStringLiteral(" club");
    initiative.description = megabyte;
    initiative.partnerIds = {pid};
    const qint64 iid = w.store->add(initiative).value();

    const QString copy = w.folder.path(QStringLiteral("copy.wheel"));
    REQUIRE(w.store->saveCopyAs(copy).ok());
    w.store.reset();

    for (const QString& path : {w.path, copy}) {
        INFO(path);
        auto opened = WheelStore::open(path);
        REQUIRE(opened.ok());
        auto p = opened.value()->partner(pid);
        REQUIRE(p.ok());
        CHECK(p->name == mixed);
        CHECK(p->notes.size() == megabyte.size());
        CHECK(p->notes == megabyte);
        auto c = opened.value()->contact(cid);
        REQUIRE(c.ok());
        CHECK(c->name == combining);
        CHECK(c->name != combining.normalized(QString::NormalizationForm_C));
        CHECK(c->role == arabic);
        CHECK(c->notes == megabyte + emoji);
        auto i = opened.value()->initiative(iid);
        REQUIRE(i.ok());
        CHECK(i->title == emoji + QStringLiteral(" club"));
        CHECK(i->description == megabyte);
    }
}

TEST_CASE("SQL and LIKE metacharacters are stored and looked up literally")
{
    EmptyWheel w;
    const QStringList names{
        QStringLiteral("O'Brien & Sons"),
        QStringLiteral("100% Youth"),
        QStringLiteral("a_b"),
        QStringLiteral("\"; DROP TABLE partners; --"),
        QStringLiteral("'); DELETE FROM contacts; --"),
        QStringLiteral("back\\slash [x] *?"),
    };
    QVector<qint64> ids;
    for (const QString& name : names) {
        Partner p;
        p.name = name;
        p.notes = name;
        ids.append(w.store->add(p).value());
        Contact c;
        c.partnerId = ids.last();
        c.name = name;
        c.email = name + QStringLiteral("@example.org");
        REQUIRE(w.store->add(c).ok());
    }
    Contact plain;
    plain.partnerId = ids.first();
    plain.name = QStringLiteral("Plain");
    plain.email = QStringLiteral("axb@example.org");
    REQUIRE(w.store->add(plain).ok());
    w.store.reset();

    auto opened = WheelStore::open(w.path);
    REQUIRE(opened.ok());
    WheelStore& store = **opened;
    for (int i = 0; i < names.size(); ++i)
        CHECK(store.partner(ids.at(i))->name == names.at(i));
    CHECK(store.counts()->partners == names.size()); // nothing was dropped
    CHECK(store.counts()->contacts == names.size() + 1);

    // Look-ups by e-mail match whole values, never as patterns.
    CHECK(store.contactsByEmail(QStringLiteral("%"))->isEmpty());
    CHECK(store.contactsByEmail(QStringLiteral("%@example.org"))->isEmpty());
    auto underscore = store.contactsByEmail(QStringLiteral("a_b@example.org"));
    REQUIRE(underscore.ok());
    REQUIRE(underscore->size() == 1); // not axb@example.org too
    CHECK(underscore->first().name == QStringLiteral("a_b"));
    auto quote = store.contactsByEmail(QStringLiteral("O'BRIEN & SONS@example.org"));
    REQUIRE(quote.ok());
    CHECK(quote->size() == 1);

    // Free-text search (used by subject access) is literal as well.
    auto percent = store.mentionsOf({QStringLiteral("%")});
    REQUIRE(percent.ok());
    QStringList found;
    for (const Mention& m : *percent)
        found.append(m.table + QLatin1Char(':') + m.label);
    CHECK(found == QStringList{QStringLiteral("partners:100% Youth")});
    auto under = store.mentionsOf({QStringLiteral("_")});
    REQUIRE(under.ok());
    REQUIRE(under->size() == 1);
    CHECK(under->first().label == QStringLiteral("a_b"));
    CHECK(store.mentionsOf({QStringLiteral("DROP TABLE")})->size() == 1);
}
