// Golden exports of the demo academy (seeded on 23 November 2026): the open
// share JSON, anonymised and with everything ticked in, and every register
// table. The files under tests/data/golden were written once and read through
// by hand against the demo's seed (core/demo/DemoWheel.cpp); a change to the
// writers that moves a byte shows here.
#include "GoldenFile.h"
#include "IoFixtures.h"
#include "io/OpenShareJson.h"
#include "io/RegisterTable.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace civic;
using namespace civic::test;

namespace {

/// The JSON with the two values that are not the wheel's (when it was written
/// and by which version) replaced by placeholders, once checked.
QByteArray withoutStamp(const QByteArray& json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QDateTime exported =
        QDateTime::fromString(root.value(QStringLiteral("exported")).toString(), Qt::ISODate);
    CHECK(exported.isValid());
    CHECK(qAbs(exported.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    CHECK(root.value(QStringLiteral("generator"))
              .toString()
              .startsWith(QStringLiteral("Civic Wheel ")));
    QString text = QString::fromUtf8(json);
    text.replace(QRegularExpression(QStringLiteral("\"exported\": \"[^\"]*\"")),
                 QStringLiteral("\"exported\": \"(when written)\""));
    text.replace(QRegularExpression(QStringLiteral("\"generator\": \"Civic Wheel [^\"]*\"")),
                 QStringLiteral("\"generator\": \"Civic Wheel (version)\""));
    return text.toUtf8();
}

/// One CSV field, quoted when it holds a comma, a quote or a line break.
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

/// A register as CSV text: its title, which columns are numbers, the header
/// and the rows.
QByteArray csvOf(const RegisterTable& table)
{
    QStringList lines;
    lines.append(QStringLiteral("# ") + table.title);
    QStringList numeric;
    for (bool n : table.numeric)
        numeric.append(n ? QStringLiteral("number") : QStringLiteral("text"));
    lines.append(QStringLiteral("# ") + numeric.join(QLatin1Char(',')));
    for (const QStringList& row : QVector<QStringList>{table.header} + table.rows) {
        QStringList fields;
        for (const QString& cell : row)
            fields.append(csvField(cell));
        lines.append(fields.join(QLatin1Char(',')));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace

TEST_CASE("The demo academy's open share JSON is the golden file and reads back")
{
    IoWheel demo(true);
    const AcademyWheel wheel = demo.wheel();

    const QByteArray everything = OpenShareJson::write(wheel, ExportOptions::everything());
    checkGolden(QStringLiteral("open-share-demo-everything.json"), withoutStamp(everything));
    const QByteArray anonymised = OpenShareJson::write(wheel);
    checkGolden(QStringLiteral("open-share-demo-anonymised.json"), withoutStamp(anonymised));

    // Read back from the golden bytes: with everything ticked in, the same
    // wheel record for record (ids aside); anonymised, the wheel without its
    // contacts, staff names and notes.
    auto full =
        OpenShareJson::read(testData(QStringLiteral("golden/open-share-demo-everything.json")));
    REQUIRE(full.ok());
    CHECK(canonical(*full) == canonical(wheel));
    CHECK(full->academy.name == wheel.academy.name);
    CHECK(full->academy.headteacher == wheel.academy.headteacher);
    CHECK(full->trust.name == wheel.trust.name);

    auto bare =
        OpenShareJson::read(testData(QStringLiteral("golden/open-share-demo-anonymised.json")));
    REQUIRE(bare.ok());
    CHECK(bare->contacts.isEmpty());
    CHECK(bare->academy.headteacher.isEmpty());
    AcademyWheel expected = wheel;
    expected.contacts.clear();
    for (Tie& t : expected.ties)
        t.staffOwner = t.executiveSponsor = t.notes = QString();
    for (Partner& p : expected.partners)
        p.notes.clear();
    for (Need& n : expected.needs)
        n.notes.clear();
    for (Initiative& i : expected.initiatives)
        i.staffLead.clear();
    for (Engagement& e : expected.engagements) {
        e.notes.clear();
        e.contactId = 0;
    }
    CHECK(canonical(*bare, false) == canonical(expected, false));
}

TEST_CASE("Every register of the demo academy is the golden table")
{
    IoWheel demo(true);
    const AcademyWheel wheel = demo.wheel();
    for (const bool everything : {true, false}) {
        const ExportOptions options = everything ? ExportOptions::everything() : ExportOptions{};
        for (Register which : RegisterTable::registers(options)) {
            const QString name =
                QStringLiteral("register-%1-%2.csv")
                    .arg(RegisterTable::code(which),
                         everything ? QStringLiteral("everything") : QStringLiteral("anonymised"));
            INFO(name.toStdString());
            const RegisterTable table = RegisterTable::build(wheel, which, options);
            CHECK(table.which == which);
            CHECK(table.numeric.size() == table.header.size());
            for (const QStringList& row : table.rows)
                CHECK(row.size() == table.header.size());
            checkGolden(name, csvOf(table));
        }
    }
}
