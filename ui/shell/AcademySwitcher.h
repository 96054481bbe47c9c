#pragma once

#include <QComboBox>
#include <QPointer>

namespace civic::ui {

class WheelDocument;

/// The toolbar's list of the open file's academies (and, with more than one,
/// the whole trust's overview): choosing one shows it everywhere.
class AcademySwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit AcademySwitcher(QWidget* parent = nullptr);

    /// Lists `document`'s academies with the one shown chosen; empty and disabled for none.
    void showDocument(WheelDocument* document);

private:
    void choose(int index);

    QPointer<WheelDocument> m_document;
};

} // namespace civic::ui
