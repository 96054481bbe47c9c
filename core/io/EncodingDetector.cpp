#include "io/EncodingDetector.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace civic {
namespace {

const QByteArray kBom("\xEF\xBB\xBF");

// Where the first byte outside ASCII is, or `n`: eight bytes at a time.
qsizetype asciiPrefix(const unsigned char* p, qsizetype n)
{
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL)
            break;
    }
    while (i < n && p[i] < 0x80)
        ++i;
    return i;
}

bool validUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        i += asciiPrefix(p + i, n - i);
        if (i == n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int follow = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            follow = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            follow = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            follow = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + follow >= n)
            return false; // cut short at the end
        for (int k = 1; k <= follow; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += follow + 1;
    }
    return true;
}

// Windows-1252's 0x80–0x9F; the rest of the code page is Latin-1. Used only
// when Qt was built without ICU and has no decoder for the code page.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

QString decodeWindows1252(const QByteArray& bytes)
{
    QStringDecoder decoder("windows-1252");
    if (decoder.isValid())
        return decoder.decode(bytes);
    QString text;
    text.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        text.append(c >= 0x80 && c < 0xA0 ? QChar(kCp1252High[c - 0x80]) : QChar(char16_t(c)));
    }
    return text;
}

} // namespace

Encoding EncodingDetector::detect(const QByteArray& bytes)
{
    if (bytes.startsWith(kBom))
        return Encoding::Utf8WithBom;
    return validUtf8(bytes) ? Encoding::Utf8 : Encoding::Windows1252;
}

std::optional<QByteArrayView> EncodingDetector::asUtf8(const QByteArray& bytes, Encoding encoding)
{
    QByteArrayView view(bytes);
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom:
        if (view.startsWith(QByteArrayView(kBom)))
            view = view.sliced(kBom.size());
        if (validUtf8(view))
            return view;
        return std::nullopt;
    case Encoding::Windows1252: // the same as UTF-8 while it is all ASCII
        if (asciiPrefix(reinterpret_cast<const unsigned char*>(view.data()), view.size()) ==
            view.size())
            return view;
        return std::nullopt;
    }
    return std::nullopt;
}

QString EncodingDetector::decode(const QByteArray& bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom:
        return QString::fromUtf8(bytes.startsWith(kBom) ? bytes.mid(kBom.size()) : bytes);
    case Encoding::Windows1252:
        return decodeWindows1252(bytes);
    }
    return {};
}

QString EncodingDetector::displayName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QCoreApplication::translate("civic", "UTF-8");
    case Encoding::Utf8WithBom:
        return QCoreApplication::translate("civic",
                                           "UTF-8 with byte-order mark (Excel “CSV UTF-8”)");
    case Encoding::Windows1252:
        return QCoreApplication::translate("civic", "Windows-1252 (Excel “CSV”, Western European)");
    }
    return {};
}

QString EncodingDetector::code(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Utf8WithBom:
        return QStringLiteral("utf-8-bom");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<Encoding> EncodingDetector::fromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("utf-8") || c == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (c == QLatin1String("utf-8-bom") || c == QLatin1String("utf8-bom") ||
        c == QLatin1String("utf-8-sig"))
        return Encoding::Utf8WithBom;
    if (c == QLatin1String("windows-1252") || c == QLatin1String("cp1252") ||
        c == QLatin1String("latin1") || c == QLatin1String("latin-1") ||
        c == QLatin1String("iso-8859-1") || c == QLatin1String("ansi"))
        return Encoding::Windows1252;
    return std::nullopt;
}

} // namespace civic
