#pragma once

#include <QString>

namespace civic {

/// Makes text from a wheel safe to put in an HTML page or inline SVG: markup
/// characters become entities and characters XML forbids are dropped, so a
/// partner called "<script>" is shown as those letters and never run.
class HtmlEscape
{
public:
    /// For element content (HTML text, SVG <text> and <title>).
    static QString text(const QString& value);
    /// For an attribute value written between double quotes; also escapes
    /// quotes and keeps line breaks as character references.
    static QString attribute(const QString& value);
    /// `value` without the characters XML 1.0 forbids (most C0 controls,
    /// lone surrogates, U+FFFE and U+FFFF).
    static QString allowedCharacters(const QString& value);
};

} // namespace civic
