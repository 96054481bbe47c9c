#include "model/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Validation", text);
}

bool asciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}
bool asciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The shape of a UK postcode, ASCII letters in either case: what the regular
// expression ^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$ matches,
// written out because an import checks every row's postcode (a regular
// expression cost more than the rest of reading a partner).
bool postcodeShaped(QStringView s)
{
    if (s.compare(u"GIR 0AA", Qt::CaseInsensitive) == 0 ||
        s.compare(u"GIR0AA", Qt::CaseInsensitive) == 0)
        return true;
    // Inward code: the last three characters, digit letter letter.
    const qsizetype n = s.size();
    if (n < 5 || !asciiDigit(s[n - 3]) || !asciiLetter(s[n - 2]) || !asciiLetter(s[n - 1]))
        return false;
    QStringView outward = s.first(n - 3);
    if (outward.endsWith(u' '))
        outward.chop(1);
    // Outward code: one or two letters, a digit, perhaps a letter or digit.
    qsizetype i = 0;
    while (i < outward.size() && i < 3 && asciiLetter(outward[i]))
        ++i;
    if (i < 1 || i > 2 || i >= outward.size() || !asciiDigit(outward[i]))
        return false;
    const qsizetype rest = outward.size() - (i + 1);
    return rest == 0 || (rest == 1 && (asciiLetter(outward[i + 1]) || asciiDigit(outward[i + 1])));
}

} // namespace

QString Validation::urn(const QString& value)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (value.trimmed().isEmpty())
        return tr(
            "Enter the academy's URN: the six-digit number from Get Information about Schools.");
    if (!sixDigits.match(value.trimmed()).hasMatch())
        return tr("A URN is exactly six digits, for example 140123.");
    return {};
}

QString Validation::postcode(const QString& value, bool required)
{
    // The shape of a UK postcode (outward code, space optional, inward code);
    // it does not say the postcode exists.
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return required ? tr("Enter a postcode.") : QString();
    if (!postcodeShaped(trimmed))
        return tr("This does not look like a UK postcode (for example MB1 3PF).");
    return {};
}

QString Validation::email(const QString& value)
{
    static const QRegularExpression shape(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!shape.match(trimmed).hasMatch())
        return tr("This does not look like an email address (for example name@school.org.uk).");
    return {};
}

QString Validation::phone(const QString& value)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\+?[0-9 ()\-]{6,20}$)"));
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!shape.match(trimmed).hasMatch())
        return tr("A phone number has only digits, spaces and + ( ) -, for example 01632 960123.");
    return {};
}

bool Validation::hasVisibleText(QStringView value)
{
    const auto visible = [](char32_t c) {
        if (QChar::isSpace(c))
            return false;
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format: // zero-width space and joiner, LRM/RLM, isolates, BOM
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return false;
        default:
            return true; // a lone surrogate too, as U+FFFD would be
        }
    };
    // By code point, stopping at the first visible one (usually the first).
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = value[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && value[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(value[i], value[i + 1]);
            ++i;
        }
        if (visible(c))
            return true;
    }
    return false;
}

QString Validation::requiredText(const QString& value, const QString& fieldName)
{
    if (!hasVisibleText(value))
        return tr("%1 is required.").arg(fieldName);
    return {};
}

QString Validation::percentage(double value)
{
    if (value < 0.0 || value > 100.0)
        return tr("A percentage is between 0 and 100.");
    return {};
}

QString Validation::count(int value)
{
    if (value < 0)
        return tr("A number of pupils cannot be negative.");
    return {};
}

QString Validation::strength(int value)
{
    if (value < 1 || value > 5)
        return tr("Strength runs from 1 (occasional) to 5 (core).");
    return {};
}

QString Validation::severity(int value)
{
    if (value < 1 || value > 5)
        return tr("Severity runs from 1 (low) to 5 (critical).");
    return {};
}

QString Validation::dateOrder(const QDate& from, const QDate& to, const QString& fromName,
                              const QString& toName)
{
    if (from.isValid() && to.isValid() && to < from)
        return tr("%1 cannot be before %2.").arg(toName, fromName);
    return {};
}

QString Validation::normalisedPostcode(const QString& value)
{
    const QString trimmed = value.trimmed();
    // Upper case without spaces: ASCII (every real postcode) without Qt's
    // Unicode case tables, anything else through them.
    QString compact;
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        compact.reserve(trimmed.size() + 1);
        for (const QChar c : trimmed) {
            const char16_t u = c.unicode();
            if (u != u' ')
                compact.append(QChar(u >= u'a' && u <= u'z' ? char16_t(u - (u'a' - u'A')) : u));
        }
    } else {
        compact = trimmed.toUpper();
        compact.remove(QLatin1Char(' '));
    }
    if (compact.size() >= 5 && postcodeShaped(compact)) {
        compact.insert(compact.size() - 3, QLatin1Char(' '));
        return compact;
    }
    return trimmed;
}

QString Validation::lowered(const QString& value)
{
    // ASCII letters are lowered here. Any other letter, anything else with
    // a lower case (Ⅻ, Ⓐ) and anything beyond the BMP sends the whole string
    // through Qt's Unicode lowering; dashes, curly quotes, no-break spaces and
    // the like have no case and stay as they are either way.
    const auto cased = [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x80 && (QChar::isSurrogate(u) || QChar::isLetter(u) || QChar::toLower(u) != u);
    };
    if (std::any_of(value.cbegin(), value.cend(), cased))
        return value.toLower();
    QString lower(value.size(), Qt::Uninitialized);
    QChar* out = lower.data();
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
    return lower;
}

QString Validation::normalisedName(const QString& value)
{
    // Words are runs of letters and digits (Unicode categories L and N, as
    // \p{L}\p{N} would match, characters outside the BMP included); "&" is the
    // word "and"; "the", "ltd", "limited", "plc" and "cic" are dropped. Written
    // out rather than split with a regular expression: duplicate matching
    // normalises every row of an import and every partner of the file.
    const QString lower = lowered(value);
    // Written into one buffer the length of the name, grown only if each "&"
    // written as "and" makes the result longer than the name.
    QString result(lower.size(), Qt::Uninitialized);
    qsizetype used = 0;
    auto addWord = [&](QStringView word) {
        if (word.isEmpty() || word == u"the" || word == u"ltd" || word == u"limited" ||
            word == u"plc" || word == u"cic")
            return;
        const qsizetype needed = used + (used > 0 ? 1 : 0) + word.size();
        if (needed > result.size())
            result.resize(std::max(needed, 2 * result.size()));
        QChar* out = result.data() + used;
        if (used > 0)
            *out++ = QLatin1Char(' ');
        std::copy(word.begin(), word.end(), out);
        used = needed;
    };
    const qsizetype n = lower.size();
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < n) {
        char32_t c = lower.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && lower.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(lower.at(i), lower.at(i + 1));
            units = 2;
        }
        if (!QChar::isLetterOrNumber(c)) {
            addWord(QStringView(lower).sliced(start, i - start));
            if (c == U'&')
                addWord(u"and");
            start = i + units;
        }
        i += units;
    }
    addWord(QStringView(lower).sliced(start, n - start));
    result.truncate(used);
    return result;
}

} // namespace civic
