#pragma once

#include <QByteArray>
#include <QString>

namespace civic {

/// The style sheet and script every exported web page carries inline, and
/// the Content-Security-Policy that allows exactly them and nothing remote.
class HtmlPageAssets
{
public:
    static QString style();
    static QString script();
    /// The policy for a page whose only style and script are the two above:
    /// nothing may be loaded from anywhere, not even the page's own folder.
    static QString contentSecurityPolicy();
    /// "'sha256-…'" for a CSP source list.
    static QString hashSource(const QString& inlineText);
};

} // namespace civic
