#pragma once

#include "wheel/WheelLayout.h"

#include <QStringList>

#include <initializer_list>

namespace civic::test {

/// Every field of a layout as text, one thing a line, numbers to four
/// decimals: what the golden files under tests/data/layouts record, so that
/// a changed coordinate shows as one changed line.
class LayoutDump
{
public:
    static QString of(const WheelLayout::Result& l)
    {
        QStringList out;
        out << line({S("canvas"), num(l.canvas.width()), num(l.canvas.height())});
        out << line({S("font"), num(l.fontSize), S("legendFont"), num(l.legendFontSize)});
        out << line({S("title"), text(l.title), rect(l.titleRect)});
        out << line({S("subtitle"), text(l.subtitle), rect(l.subtitleRect)});
        out << line({S("hub"), point(l.hub.centre), S("r"), num(l.hub.radius), S("font"),
                     num(l.hub.fontSize), S("lines"), text(l.hub.lines.join(QLatin1Char('|')))});
        out << line({S("radii partners"), num(l.partnerInner), num(l.partnerOuter), S("band"),
                     num(l.sectorBandInner), num(l.sectorBandOuter), S("needs"), num(l.needsInner),
                     num(l.needsOuter), flag(l.needsShown)});
        for (const WheelLayout::Wedge& w : l.wedges)
            out << line({S("wedge"), integer(int(w.sector)), S("start"), num(w.startAngle),
                         S("span"), num(w.spanAngle), S("count"), integer(w.partnerCount),
                         S("empty"), flag(w.empty), S("label"), arc(w.label), S("gap"),
                         text(w.gapLabel), rect(w.gapLabelRect)});
        for (const WheelLayout::Ring& r : l.rings)
            out << line({S("ring"), integer(r.strength), S("r"), num(r.radius), S("inner"),
                         num(r.inner), S("outer"), num(r.outer), S("label"), rect(r.labelRect)});
        for (const WheelLayout::NeedSegment& s : l.needs)
            out << line({S("need"), integer(s.needId), text(s.title), S("category"),
                         integer(int(s.category)), S("start"), num(s.startAngle), S("span"),
                         num(s.spanAngle), S("met"), flag(s.met), S("highlighted"),
                         flag(s.highlighted)});
        for (const WheelLayout::NeedGroup& g : l.needGroups)
            out << line({S("needGroup"), integer(int(g.category)), S("start"), num(g.startAngle),
                         S("span"), num(g.spanAngle), S("met"), integer(g.met), S("unmet"),
                         integer(g.unmet), S("label"), arc(g.label)});
        for (const WheelLayout::Node& n : l.nodes)
            out << node(n);
        for (const WheelLayout::Label& b : l.labels)
            out << label(b);
        out << line({S("message"), text(l.message), rect(l.messageRect)});
        out << line({S("legend"), rect(l.legendRect)});
        for (const WheelLayout::LegendItem& i : l.legend)
            out << line({S("legendItem"), integer(int(i.symbol)), S("approach"),
                         integer(int(i.approach)), S("value"), integer(i.value), S("symbol"),
                         rect(i.symbolRect), S("text"), rect(i.textRect), text(i.text)});
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    static QString node(const WheelLayout::Node& n)
    {
        QStringList approaches;
        for (Approach a : n.approaches)
            approaches << integer(int(a));
        return line({S("node"),
                     integer(n.partnerId),
                     text(n.name),
                     S("sector"),
                     integer(int(n.sector)),
                     S("strength"),
                     integer(n.strength),
                     S("status"),
                     integer(int(n.status)),
                     S("review"),
                     n.nextReview.toString(Qt::ISODate),
                     S("centre"),
                     point(n.centre),
                     S("angle"),
                     num(n.angle),
                     S("distance"),
                     num(n.distance),
                     S("r"),
                     num(n.radius),
                     S("approaches"),
                     approaches.join(QLatin1Char(',')),
                     S("initiatives"),
                     text(n.initiatives.join(QLatin1Char('|'))),
                     S("hollow"),
                     flag(n.hollow),
                     S("faded"),
                     flag(n.faded),
                     S("plain"),
                     flag(n.plain),
                     S("highlighted"),
                     flag(n.highlighted),
                     S("dimmed"),
                     flag(n.dimmed)});
    }

    static QString label(const WheelLayout::Label& b)
    {
        return line({S("label"), integer(b.partnerId), text(b.text), S("full"), text(b.fullName),
                     S("placed"), flag(b.placed), rect(b.rect), S("right"), flag(b.alignRight),
                     S("leader"), flag(b.leader), point(b.anchor), point(b.leaderEnd)});
    }

    /// Four decimals, and never "-0.0000".
    static QString num(qreal v)
    {
        const QString s = QString::number(v, 'f', 4);
        return s == QStringLiteral("-0.0000") ? QStringLiteral("0.0000") : s;
    }
    static QString point(const QPointF& p) { return num(p.x()) + QLatin1Char(' ') + num(p.y()); }
    static QString rect(const QRectF& r)
    {
        return QLatin1Char('[') + line({num(r.x()), num(r.y()), num(r.width()), num(r.height())}) +
               QLatin1Char(']');
    }
    static QString text(const QString& s) { return QLatin1Char('"') + s + QLatin1Char('"'); }
    static QString flag(bool b) { return b ? QStringLiteral("1") : QStringLiteral("0"); }

    static QString integer(qint64 v) { return QString::number(v); }

private:
    static QString S(const char* s) { return QString::fromLatin1(s); }
    static QString line(std::initializer_list<QString> parts)
    {
        return QStringList(parts).join(QLatin1Char(' '));
    }
    static QString arc(const WheelLayout::ArcText& a)
    {
        return line({text(a.text), S("r"), num(a.radius), S("at"), num(a.centreAngle), S("flipped"),
                     flag(a.flipped)});
    }
};

} // namespace civic::test
