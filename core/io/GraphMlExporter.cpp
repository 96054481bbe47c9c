#include "io/GraphMlExporter.h"

#include "io/ExportFile.h"

#include <QXmlStreamWriter>

namespace civic {
namespace {

struct Key
{
    const char* id;
    const char* domain; // node or edge
    const char* name;
    const char* type; // string, int
};

// Attribute keys, declared once in the file's head.
constexpr Key kKeys[] = {
    {"label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"sector", "node", "sector", "string"},
    {"postcode", "node", "postcode", "string"},
    {"approach", "node", "approach", "string"},
    {"status", "node", "status", "string"},
    {"category", "node", "category", "string"},
    {"severity", "node", "severity", "int"},
    {"pupils", "node", "pupilsReached", "int"},
    {"disadvantaged", "node", "disadvantagedReached", "int"},
    {"urn", "node", "urn", "string"},
    {"relation", "edge", "relation", "string"},
    {"strength", "edge", "strength", "int"},
    {"weight", "edge", "weight", "double"},
    {"role", "edge", "role", "string"},
    {"narrative", "edge", "narrative", "string"},
    {"tieStatus", "edge", "tieStatus", "string"},
};

void data(QXmlStreamWriter& xml, const char* key, const QString& value)
{
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QString::fromLatin1(key));
    xml.writeCharacters(value);
    xml.writeEndElement();
}

void node(QXmlStreamWriter& xml, const QString& id, const QString& type, const QString& label)
{
    xml.writeStartElement(QStringLiteral("node"));
    xml.writeAttribute(QStringLiteral("id"), id);
    data(xml, "label", label);
    data(xml, "type", type);
}

void edge(QXmlStreamWriter& xml, const QString& id, const QString& source, const QString& target,
          const QString& relation)
{
    xml.writeStartElement(QStringLiteral("edge"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("source"), source);
    xml.writeAttribute(QStringLiteral("target"), target);
    data(xml, "relation", relation);
}

} // namespace

QByteArray GraphMlExporter::write(const AcademyWheel& wheel)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    for (const Key& k : kKeys) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(k.id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(k.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(k.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(k.type));
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("wheel"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));

    const QString hub = QStringLiteral("academy");
    node(xml, hub, QStringLiteral("academy"), wheel.academy.name);
    data(xml, "urn", wheel.academy.urn);
    data(xml, "postcode", wheel.academy.postcode);
    xml.writeEndElement();
    for (const Partner& p : wheel.partners) {
        node(xml, QStringLiteral("p%1").arg(p.id), QStringLiteral("partner"), p.name);
        data(xml, "sector", codeOf(p.sector));
        data(xml, "postcode", p.postcode);
        xml.writeEndElement();
    }
    for (const Initiative& i : wheel.initiatives) {
        node(xml, QStringLiteral("i%1").arg(i.id), QStringLiteral("initiative"), i.title);
        data(xml, "approach", codeOf(i.approach));
        data(xml, "status", codeOf(i.status));
        data(xml, "pupils", QString::number(i.pupilsReached));
        data(xml, "disadvantaged", QString::number(i.disadvantagedReached));
        xml.writeEndElement();
    }
    for (const Need& n : wheel.needs) {
        node(xml, QStringLiteral("n%1").arg(n.id), QStringLiteral("need"), n.title);
        data(xml, "category", codeOf(n.category));
        data(xml, "severity", QString::number(n.severity));
        data(xml, "status", codeOf(n.status));
        xml.writeEndElement();
    }
    for (const Tie& t : wheel.ties) {
        if (!wheel.partner(t.partnerId))
            continue;
        edge(xml, QStringLiteral("t%1").arg(t.id), hub, QStringLiteral("p%1").arg(t.partnerId),
             QStringLiteral("tie"));
        data(xml, "strength", QString::number(t.strength));
        data(xml, "weight", QString::number(t.strength));
        data(xml, "role", codeOf(t.role));
        data(xml, "narrative", codeOf(t.narrative));
        data(xml, "tieStatus", codeOf(t.status));
        xml.writeEndElement();
    }
    for (const Initiative& i : wheel.initiatives) {
        for (qint64 p : i.partnerIds) {
            edge(xml, QStringLiteral("i%1-p%2").arg(i.id).arg(p), QStringLiteral("i%1").arg(i.id),
                 QStringLiteral("p%1").arg(p), QStringLiteral("involves"));
            xml.writeEndElement();
        }
        for (qint64 n : i.needIds) {
            edge(xml, QStringLiteral("i%1-n%2").arg(i.id).arg(n), QStringLiteral("i%1").arg(i.id),
                 QStringLiteral("n%1").arg(n), QStringLiteral("addresses"));
            xml.writeEndElement();
        }
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();
    return bytes;
}

Status GraphMlExporter::exportTo(const QString& path, const AcademyWheel& wheel)
{
    return ExportFile::write(path, write(wheel));
}

} // namespace civic
