#include "Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace civic {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("Validation", text); }

} // namespace

QString Validation::urn(const QString& value)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (value.trimmed().isEmpty())
        return tr("Enter the academy's URN: the six-digit number from Get Information about Schools.");
    if (!sixDigits.match(value.trimmed()).hasMatch())
        return tr("A URN is exactly six digits, for example 140123.");
    return {};
}

QString Validation::postcode(const QString& value, bool required)
{
    // The shape of a UK postcode (outward code, space optional, inward code);
    // it does not say the postcode exists.
    static const QRegularExpression shape(
        QStringLiteral("^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return required ? tr("Enter a postcode.") : QString();
    if (!shape.match(trimmed).hasMatch())
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

QString Validation::requiredText(const QString& value, const QString& fieldName)
{
    if (value.trimmed().isEmpty())
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

QString Validation::dateOrder(const QDate& from, const QDate& to, const QString& fromName, const QString& toName)
{
    if (from.isValid() && to.isValid() && to < from)
        return tr("%1 cannot be before %2.").arg(toName, fromName);
    return {};
}

QString Validation::normalisedPostcode(const QString& value)
{
    QString compact = value.trimmed().toUpper();
    compact.remove(QLatin1Char(' '));
    if (postcode(compact).isEmpty() && compact.size() >= 5)
        return compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
    return value.trimmed();
}

QString Validation::normalisedName(const QString& value)
{
    QString lower = value.toLower();
    lower.replace(QLatin1Char('&'), QStringLiteral(" and "));
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words = lower.split(nonWord, Qt::SkipEmptyParts);
    static const QStringList dropped{QStringLiteral("the"), QStringLiteral("ltd"), QStringLiteral("limited"),
                                     QStringLiteral("plc"), QStringLiteral("cic")};
    words.erase(std::remove_if(words.begin(), words.end(), [](const QString& w) { return dropped.contains(w); }),
                words.end());
    return words.join(QLatin1Char(' '));
}

} // namespace civic
