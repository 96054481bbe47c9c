#include "FaultyVfs.h"

#include <QFile>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace civic::test {
namespace {

constexpr int CallKinds = 4;

/// One armed fault: the call to fail counts down to it.
struct Rule
{
    bool armed = false;
    int countdown = 0;
    int code = SQLITE_OK;
    bool once = false;
};

/// Everything the shim knows, shared by the VFS callbacks. One FaultyVfs at a time.
struct State
{
    std::mutex mutex;
    sqlite3_vfs* real = nullptr; // the VFS wrapped, SQLite's default before ours
    bool alive = false;
    QByteArray onlyUnder;
    qint64 budget = -1;      // bytes left before writes fail; -1: no limit
    bool growthOnly = false; // only bytes that grow a file count (a full disk)
    int budgetCode = SQLITE_FULL;
    std::array<Rule, CallKinds> rules{};
    std::array<int, CallKinds> calls{};
    int faults = 0;
    qint64 written = 0;
    int opened = 0;
};

State& state()
{
    static State s;
    return s;
}

/// A file opened through the shim: our header, then the real VFS's file.
struct ShimFile
{
    sqlite3_file base;
    bool faulty; // under `onlyUnder`, so faults apply
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

ShimFile* shim(sqlite3_file* file)
{
    return reinterpret_cast<ShimFile*>(file);
}

// Counts a call and says which code it must fail with (SQLITE_OK: let it through).
int injected(VfsCall call, bool faulty)
{
    State& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    const auto i = static_cast<std::size_t>(call);
    if (!faulty)
        return SQLITE_OK;
    ++s.calls[i];
    Rule& rule = s.rules[i];
    if (!rule.armed || --rule.countdown > 0)
        return SQLITE_OK;
    if (rule.once)
        rule.armed = false;
    ++s.faults;
    return rule.code;
}

// How much of a write of `amount` bytes at `offset` fits before the byte
// budget runs out; `*code` says how the rest fails.
int fitting(sqlite3_file* real, int amount, sqlite3_int64 offset, bool faulty, int* code)
{
    State& s = state();
    *code = SQLITE_OK;
    bool growthOnly = false;
    {
        std::lock_guard<std::mutex> lock(s.mutex);
        if (!faulty || s.budget < 0)
            return amount;
        growthOnly = s.growthOnly;
    }
    // On a full disk only the bytes past a file's end need new room.
    sqlite3_int64 start = offset;
    sqlite3_int64 size = 0;
    if (growthOnly && real->pMethods->xFileSize(real, &size) == SQLITE_OK)
        start = std::max(offset, size);
    const sqlite3_int64 counted = std::max<sqlite3_int64>(offset + amount - start, 0);
    std::lock_guard<std::mutex> lock(s.mutex);
    if (counted <= s.budget) {
        s.budget -= counted;
        return amount;
    }
    const sqlite3_int64 fits = start + s.budget - offset;
    s.budget = 0;
    ++s.faults;
    *code = s.budgetCode;
    return static_cast<int>(std::min<sqlite3_int64>(fits, amount));
}

int shimClose(sqlite3_file* f)
{
    return shim(f)->real()->pMethods->xClose(shim(f)->real());
}

int shimRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return shim(f)->real()->pMethods->xRead(shim(f)->real(), buffer, amount, offset);
}

int shimWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    ShimFile* file = shim(f);
    if (const int code = injected(VfsCall::Write, file->faulty); code != SQLITE_OK)
        return code;
    int code = SQLITE_OK;
    const int fits = fitting(file->real(), amount, offset, file->faulty, &code);
    if (fits > 0) {
        const int rc = file->real()->pMethods->xWrite(file->real(), buffer, fits, offset);
        if (rc != SQLITE_OK)
            return rc;
        std::lock_guard<std::mutex> lock(state().mutex);
        state().written += fits;
    }
    return code;
}

int shimTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    if (const int code = injected(VfsCall::Truncate, shim(f)->faulty); code != SQLITE_OK)
        return code;
    return shim(f)->real()->pMethods->xTruncate(shim(f)->real(), size);
}

int shimSync(sqlite3_file* f, int flags)
{
    if (const int code = injected(VfsCall::Sync, shim(f)->faulty); code != SQLITE_OK)
        return code;
    return shim(f)->real()->pMethods->xSync(shim(f)->real(), flags);
}

int shimFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return shim(f)->real()->pMethods->xFileSize(shim(f)->real(), size);
}

int shimLock(sqlite3_file* f, int level)
{
    return shim(f)->real()->pMethods->xLock(shim(f)->real(), level);
}

int shimUnlock(sqlite3_file* f, int level)
{
    return shim(f)->real()->pMethods->xUnlock(shim(f)->real(), level);
}

int shimCheckReservedLock(sqlite3_file* f, int* out)
{
    return shim(f)->real()->pMethods->xCheckReservedLock(shim(f)->real(), out);
}

int shimFileControl(sqlite3_file* f, int op, void* arg)
{
    return shim(f)->real()->pMethods->xFileControl(shim(f)->real(), op, arg);
}

int shimSectorSize(sqlite3_file* f)
{
    return shim(f)->real()->pMethods->xSectorSize(shim(f)->real());
}

int shimDeviceCharacteristics(sqlite3_file* f)
{
    return shim(f)->real()->pMethods->xDeviceCharacteristics(shim(f)->real());
}

// Shared memory and memory mapping (WAL mode) pass straight through where the
// real file has them.
int shimShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    const sqlite3_io_methods* m = shim(f)->real()->pMethods;
    return m->iVersion >= 2 ? m->xShmMap(shim(f)->real(), page, size, extend, out)
                            : SQLITE_IOERR_SHMMAP;
}

int shimShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    const sqlite3_io_methods* m = shim(f)->real()->pMethods;
    return m->iVersion >= 2 ? m->xShmLock(shim(f)->real(), offset, n, flags) : SQLITE_IOERR_SHMLOCK;
}

void shimShmBarrier(sqlite3_file* f)
{
    const sqlite3_io_methods* m = shim(f)->real()->pMethods;
    if (m->iVersion >= 2)
        m->xShmBarrier(shim(f)->real());
}

int shimShmUnmap(sqlite3_file* f, int deleteFlag)
{
    const sqlite3_io_methods* m = shim(f)->real()->pMethods;
    return m->iVersion >= 2 ? m->xShmUnmap(shim(f)->real(), deleteFlag) : SQLITE_OK;
}

int shimFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    const sqlite3_io_methods* m = shim(f)->real()->pMethods;
    if (m->iVersion >= 3)
        return m->xFetch(shim(f)->real(), offset, amount, out);
    *out = nullptr;
    return SQLITE_OK;
}

int shimUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page)
{
    const sqlite3_io_methods* m = shim(f)->real()->pMethods;
    return m->iVersion >= 3 ? m->xUnfetch(shim(f)->real(), offset, page) : SQLITE_OK;
}

const sqlite3_io_methods ShimMethods = {
    3,
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    shimShmMap,
    shimShmLock,
    shimShmBarrier,
    shimShmUnmap,
    shimFetch,
    shimUnfetch,
};

bool underPrefix(const char* name)
{
    State& s = state();
    std::lock_guard<std::mutex> lock(s.mutex);
    if (s.onlyUnder.isEmpty())
        return true;
    return name && std::strncmp(name, s.onlyUnder.constData(), s.onlyUnder.size()) == 0;
}

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* outFlags)
{
    ShimFile* file = shim(f);
    file->base.pMethods = nullptr;
    file->faulty = underPrefix(name);
    // Creating a journal or other file beside the database can be refused
    // (a disk turned read-only); the main file itself opens as usual.
    if (!(flags & SQLITE_OPEN_MAIN_DB) && (flags & SQLITE_OPEN_READWRITE)) {
        if (const int code = injected(VfsCall::Open, file->faulty); code != SQLITE_OK)
            return code;
    }
    sqlite3_vfs* real = state().real;
    const int rc = real->xOpen(real, name, file->real(), flags, outFlags);
    if (file->real()->pMethods)
        file->base.pMethods = &ShimMethods;
    if (rc == SQLITE_OK) {
        std::lock_guard<std::mutex> lock(state().mutex);
        ++state().opened;
    }
    return rc;
}

// The rest of the VFS passes straight to the real one.
sqlite3_vfs* real()
{
    return state().real;
}

int shimDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return real()->xDelete(real(), name, syncDir);
}

int shimAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return real()->xAccess(real(), name, flags, out);
}

int shimFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return real()->xFullPathname(real(), name, size, out);
}

void* shimDlOpen(sqlite3_vfs*, const char* name)
{
    return real()->xDlOpen(real(), name);
}

void shimDlError(sqlite3_vfs*, int size, char* out)
{
    real()->xDlError(real(), size, out);
}

void (*shimDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return real()->xDlSym(real(), handle, symbol);
}

void shimDlClose(sqlite3_vfs*, void* handle)
{
    real()->xDlClose(real(), handle);
}

int shimRandomness(sqlite3_vfs*, int size, char* out)
{
    return real()->xRandomness(real(), size, out);
}

int shimSleep(sqlite3_vfs*, int microseconds)
{
    return real()->xSleep(real(), microseconds);
}

int shimCurrentTime(sqlite3_vfs*, double* out)
{
    return real()->xCurrentTime(real(), out);
}

int shimGetLastError(sqlite3_vfs*, int size, char* out)
{
    return real()->xGetLastError(real(), size, out);
}

int shimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return real()->xCurrentTimeInt64(real(), out);
}

sqlite3_vfs& shimVfs()
{
    static sqlite3_vfs vfs = [] {
        sqlite3_vfs v{};
        v.iVersion = 2;
        v.mxPathname = 512;
        v.zName = "civic-faulty";
        v.xOpen = shimOpen;
        v.xDelete = shimDelete;
        v.xAccess = shimAccess;
        v.xFullPathname = shimFullPathname;
        v.xDlOpen = shimDlOpen;
        v.xDlError = shimDlError;
        v.xDlSym = shimDlSym;
        v.xDlClose = shimDlClose;
        v.xRandomness = shimRandomness;
        v.xSleep = shimSleep;
        v.xCurrentTime = shimCurrentTime;
        v.xGetLastError = shimGetLastError;
        v.xCurrentTimeInt64 = shimCurrentTimeInt64;
        return v;
    }();
    return vfs;
}

} // namespace

FaultyVfs::FaultyVfs(const QString& onlyUnder)
{
    State& s = state();
    sqlite3_vfs* current = sqlite3_vfs_find(nullptr);
    if (s.alive || current == &shimVfs()) {
        std::fprintf(stderr, "FaultyVfs: only one may live at a time\n");
        std::abort();
    }
    {
        std::lock_guard<std::mutex> lock(s.mutex);
        s.alive = true;
        s.real = current;
        s.onlyUnder = QFile::encodeName(onlyUnder);
        s.budget = -1;
        s.rules = {};
        s.calls = {};
        s.faults = 0;
        s.written = 0;
        s.opened = 0;
    }
    sqlite3_vfs& vfs = shimVfs();
    vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + current->szOsFile;
    vfs.mxPathname = current->mxPathname;
    sqlite3_vfs_register(&vfs, 1);
}

FaultyVfs::~FaultyVfs()
{
    State& s = state();
    heal();
    // The real VFS becomes the default again; files still open through the
    // shim keep working, passing every call through.
    sqlite3_vfs_register(s.real, 1);
    sqlite3_vfs_unregister(&shimVfs());
    std::lock_guard<std::mutex> lock(s.mutex);
    s.alive = false;
}

void FaultyVfs::diskFullAfter(qint64 bytes)
{
    std::lock_guard<std::mutex> lock(state().mutex);
    state().budget = std::max<qint64>(bytes, 0);
    state().growthOnly = true;
    state().budgetCode = SQLITE_FULL;
}

void FaultyVfs::failWritesAfter(qint64 bytes, int code)
{
    std::lock_guard<std::mutex> lock(state().mutex);
    state().budget = std::max<qint64>(bytes, 0);
    state().growthOnly = false;
    state().budgetCode = code;
}

void FaultyVfs::failCall(VfsCall call, int k, int code, bool onlyOnce)
{
    std::lock_guard<std::mutex> lock(state().mutex);
    state().rules[static_cast<std::size_t>(call)] = Rule{true, std::max(k, 1), code, onlyOnce};
}

void FaultyVfs::heal()
{
    std::lock_guard<std::mutex> lock(state().mutex);
    state().budget = -1;
    state().rules = {};
}

int FaultyVfs::calls(VfsCall call) const
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().calls[static_cast<std::size_t>(call)];
}

int FaultyVfs::faultsInjected() const
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().faults;
}

qint64 FaultyVfs::bytesWritten() const
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().written;
}

int FaultyVfs::filesOpened() const
{
    std::lock_guard<std::mutex> lock(state().mutex);
    return state().opened;
}

const char* FaultyVfs::name()
{
    return shimVfs().zName;
}

} // namespace civic::test
