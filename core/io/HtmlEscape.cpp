#include "io/HtmlEscape.h"

namespace civic {
namespace {

bool allowed(char16_t c)
{
    if (c < 0x20)
        return c == u'\t' || c == u'\n' || c == u'\r';
    return c != 0xFFFE && c != 0xFFFF;
}

QString escaped(const QString& value, bool inAttribute)
{
    const QString clean = HtmlEscape::allowedCharacters(value);
    QString out;
    out.reserve(clean.size() + clean.size() / 8);
    for (const QChar ch : clean) {
        switch (ch.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += inAttribute ? QStringLiteral("&quot;") : QStringLiteral("\"");
            break;
        case u'\'':
            out += inAttribute ? QStringLiteral("&#39;") : QStringLiteral("'");
            break;
        case u'\n':
            out += inAttribute ? QStringLiteral("&#10;") : QStringLiteral("\n");
            break;
        case u'\r':
            out += inAttribute ? QStringLiteral("&#13;") : QStringLiteral("\r");
            break;
        default:
            out += ch;
        }
    }
    return out;
}

} // namespace

QString HtmlEscape::text(const QString& value)
{
    return escaped(value, false);
}

QString HtmlEscape::attribute(const QString& value)
{
    return escaped(value, true);
}

QString HtmlEscape::allowedCharacters(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar ch = value.at(i);
        if (ch.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += value.at(++i);
        } else if (ch.isSurrogate()) {
            continue; // a lone half of a pair
        } else if (allowed(ch.unicode())) {
            out += ch;
        }
    }
    return out;
}

} // namespace civic
