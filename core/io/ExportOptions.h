#pragma once

namespace civic {

/// What an export may contain beyond the organisations and the work. Off by
/// default: anything that leaves the school is anonymised unless a person
/// ticks these in.
struct ExportOptions
{
    bool contacts = false;   ///< contacts' names, roles, emails and phones
    bool staffNames = false; ///< staff owners, sponsors, leads, the headteacher
    bool notes = false;      ///< free-text notes

    /// Everything: the school's own full copy (`--include-personal`).
    static ExportOptions everything() { return {true, true, true}; }
};

} // namespace civic
