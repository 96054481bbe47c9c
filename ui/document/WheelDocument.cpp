#include "document/WheelDocument.h"

#include <QUndoStack>

#include <algorithm>

namespace civic::ui {

WheelDocument::WheelDocument(std::unique_ptr<WheelStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_undoStack(new QUndoStack(this))
{
    reload();
}

WheelDocument::~WheelDocument()
{
    // The commands refer to this document: drop them before the store goes.
    delete m_undoStack;
    m_undoStack = nullptr;
}

void WheelDocument::setAcademy(qint64 academyId)
{
    if (!m_trustOverview && academyId == m_academyId)
        return;
    m_trustOverview = false;
    m_academyId = academyId;
    reload();
}

void WheelDocument::showTrustOverview()
{
    if (m_trustOverview)
        return;
    m_trustOverview = true;
    reload();
}

const TrustWheels& WheelDocument::trustWheels() const
{
    if (!m_trust) {
        auto trust = m_store->loadTrust();
        m_trust = trust ? std::move(trust).value() : TrustWheels{};
    }
    return *m_trust;
}

void WheelDocument::push(QUndoCommand* command)
{
    if (!m_undoStack) {
        delete command;
        return;
    }
    m_undoStack->push(command); // runs redo(); an obsolete (failed) command is dropped
}

void WheelDocument::reportFailure(const Error& error)
{
    Q_EMIT failed(error);
}

void WheelDocument::reload()
{
    m_loadError.reset();
    m_trust.reset();
    if (auto academies = m_store->academies()) {
        m_academies = std::move(academies).value();
    } else {
        m_loadError = academies.error();
        m_academies.clear();
    }
    const bool known = std::any_of(m_academies.cbegin(), m_academies.cend(),
                                   [this](const Academy& a) { return a.id == m_academyId; });
    if (!known)
        m_academyId = m_academies.isEmpty() ? 0 : m_academies.first().id;
    if (m_academies.size() < 2 && m_trustOverview && m_academies.size() == 1)
        m_trustOverview = false; // one academy: the overview adds nothing

    m_wheel = AcademyWheel{};
    if (academyId() > 0) {
        if (auto wheel = m_store->loadAcademy(academyId()))
            m_wheel = std::move(wheel).value();
        else
            m_loadError = wheel.error();
    }
    if (auto counts = m_store->counts())
        m_counts = *counts;
    Q_EMIT changed();
}

} // namespace civic::ui
