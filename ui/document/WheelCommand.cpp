#include "document/WheelCommand.h"

#include "document/WheelDocument.h"

namespace civic::ui {

WheelCommand::WheelCommand(WheelDocument* document, const QString& text)
    : m_document(document)
{
    setText(text);
}

void WheelCommand::redo()
{
    run(true);
}
void WheelCommand::undo()
{
    run(false);
}

void WheelCommand::run(bool forward)
{
    const Status status = apply(m_document->store(), forward);
    m_succeeded = status.ok();
    if (!m_succeeded)
        setObsolete(true);
    m_document->reload();
    if (!m_succeeded)
        m_document->reportFailure(status.error());
}

} // namespace civic::ui
