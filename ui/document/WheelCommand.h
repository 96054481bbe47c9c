#pragma once

#include "model/Result.h"

#include <QUndoCommand>

namespace civic {
class WheelStore;
}

namespace civic::ui {

class WheelDocument;

/// The base of every edit: one small step that writes to the file when done
/// and when undone. If the write fails, the command reports it and makes
/// itself obsolete, so the undo stack drops it and the screen (reloaded from
/// the file) stays true to what the file holds.
class WheelCommand : public QUndoCommand
{
public:
    WheelCommand(WheelDocument* document, const QString& text);

    void redo() final;
    void undo() final;

    /// Whether the last redo() or undo() reached the file.
    bool succeeded() const { return m_succeeded; }

protected:
    /// Writes the change (`forward`) or takes it back.
    virtual Status apply(WheelStore& store, bool forward) = 0;
    WheelDocument* document() const { return m_document; }

private:
    void run(bool forward);

    WheelDocument* m_document;
    bool m_succeeded = false;
};

} // namespace civic::ui
