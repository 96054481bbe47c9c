#pragma once

#include "model/Result.h"

#include <QSqlDatabase>

namespace civic {

/// Scope guard for one write: the outermost guard begins an IMMEDIATE
/// transaction and commits it; anything not committed is rolled back when the
/// guard goes out of scope. Inner guards join the outer transaction.
class Transaction
{
public:
    Transaction(QSqlDatabase& db, int& depth);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();

private:
    QSqlDatabase& m_db;
    int& m_depth;
    bool m_begun = false;
    bool m_done = false;
};

} // namespace civic
