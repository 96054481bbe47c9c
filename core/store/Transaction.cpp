#include "store/Transaction.h"

#include "store/SqlErrors.h"

#include <QSqlQuery>

namespace civic {

Transaction::Transaction(QSqlDatabase& db, int& depth)
    : m_db(db)
    , m_depth(depth)
{}

Transaction::~Transaction()
{
    if (!m_begun)
        return;
    --m_depth;
    if (m_depth == 0 && !m_done) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::begin()
{
    if (m_depth == 0) {
        // IMMEDIATE takes the write lock now, so a busy file is reported before
        // any work is done rather than at COMMIT.
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return SqlErrors::toError(begin.lastError());
    }
    ++m_depth;
    m_begun = true;
    return {};
}

Status Transaction::commit()
{
    if (m_depth == 1) {
        QSqlQuery commit(m_db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            return SqlErrors::toError(commit.lastError());
    }
    m_done = true;
    return {};
}

} // namespace civic
