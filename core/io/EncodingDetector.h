#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace civic {

/// The text encodings a school's spreadsheet arrives in: what Excel writes
/// ("CSV UTF-8" with a byte-order mark, plain "CSV" in Windows-1252) and
/// what other programs write (UTF-8 without a mark).
enum class Encoding
{
    Utf8,
    Utf8WithBom,
    Windows1252
};

/// Recognises and decodes the encodings above.
class EncodingDetector
{
public:
    /// UTF-8 with a BOM if it starts with one; UTF-8 if every byte sequence is
    /// valid UTF-8; otherwise Windows-1252 (every byte means something there).
    static Encoding detect(const QByteArray& bytes);
    /// The text of `bytes` read as `encoding` (a BOM is dropped).
    static QString decode(const QByteArray& bytes, Encoding encoding);
    /// `bytes` without a BOM, when they already are the UTF-8 that decoding
    /// them as `encoding` and encoding the text again would give (valid
    /// UTF-8, or Windows-1252 that is all ASCII); nothing otherwise.
    static std::optional<QByteArrayView> asUtf8(const QByteArray& bytes, Encoding encoding);
    /// "UTF-8", "UTF-8 with BOM", "Windows-1252 (Western European)".
    static QString displayName(Encoding encoding);
    /// "utf-8", "utf-8-bom", "windows-1252"; and back, accepting common spellings.
    static QString code(Encoding encoding);
    static std::optional<Encoding> fromCode(const QString& code);
};

} // namespace civic
