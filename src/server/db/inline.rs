//! SQLite statements run on the calling thread, for the hottest paths.
//!
//! sqlx runs every SQLite statement on a worker thread of the connection's own and hands
//! the rows back through a channel: two thread switches per statement, which cost more
//! than the statement itself (about 40 µs of CPU here against 10–20 µs for the portal's
//! session read). The reads and writes every portal page or mint pays run here instead,
//! through rusqlite over the same bundled libsqlite3, with the same SQL text as the
//! PostgreSQL path (`$1` placeholders are named parameters to SQLite).
//!
//! Writes stay serialised with sqlx's: [`SqliteDb::write_inline`](super::SqliteDb) holds
//! the one connection of sqlx's write pool while it writes here.
use std::{
    path::{Path, PathBuf},
    sync::{Mutex, MutexGuard},
    time::Duration,
};

use rusqlite::{Connection, OpenFlags, ToSql};

/// Idle read connections kept for reuse; more are opened when requests overlap.
const IDLE_READERS: usize = 8;
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

pub struct InlineSqlite {
    path: PathBuf,
    readers: Mutex<Vec<Connection>>,
    writer: Mutex<Connection>,
}

impl std::fmt::Debug for InlineSqlite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InlineSqlite")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// A row read into a struct by column name.
pub trait FromInlineRow: Sized {
    fn from_inline_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self>;
}

impl InlineSqlite {
    /// Opens the database sqlx has already created and migrated (WAL is set in the file).
    pub fn open(path: &Path) -> rusqlite::Result<Self> {
        let writer = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        writer.busy_timeout(BUSY_TIMEOUT)?;
        // Per-connection settings, as sqlx sets them on its own connections.
        writer.execute_batch(
            "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
             PRAGMA journal_size_limit = 67108864;",
        )?;
        Ok(Self {
            path: path.to_path_buf(),
            readers: Mutex::new(Vec::new()),
            writer: Mutex::new(writer),
        })
    }

    /// Runs `read` on an idle read-only connection (WAL: readers never wait for the writer).
    pub fn read<T>(
        &self,
        read: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, sqlx::Error> {
        let idle = lock(&self.readers).pop();
        let connection = match idle {
            Some(connection) => connection,
            None => self.open_reader().map_err(into_sqlx)?,
        };
        let result = read(&connection);
        let mut idle = lock(&self.readers);
        if idle.len() < IDLE_READERS {
            idle.push(connection);
        }
        result.map_err(into_sqlx)
    }

    /// Runs `write` on the write connection. The caller holds sqlx's writer (see
    /// [`SqliteDb::write_inline`](super::SqliteDb::write_inline)), so this never waits.
    pub(super) fn write<T>(
        &self,
        write: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, sqlx::Error> {
        write(&lock(&self.writer)).map_err(into_sqlx)
    }

    fn open_reader(&self) -> rusqlite::Result<Connection> {
        let connection = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        connection.busy_timeout(BUSY_TIMEOUT)?;
        Ok(connection)
    }
}

/// The first row `sql` yields with `values` bound to `$1`, `$2`, ..., if any. The statement
/// is stepped to its end, so that a write's commit (and its error, if any) happens here.
pub fn query_optional<T: FromInlineRow>(
    connection: &Connection,
    sql: &str,
    values: &[&dyn ToSql],
) -> rusqlite::Result<Option<T>> {
    const NAMES: [&str; 12] = [
        "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9", "$10", "$11", "$12",
    ];
    assert!(
        values.len() <= NAMES.len(),
        "more values than named placeholders"
    );
    let mut statement = connection.prepare_cached(sql)?;
    for (name, value) in NAMES.iter().zip(values) {
        if let Some(index) = statement.parameter_index(name)? {
            statement.raw_bind_parameter(index, value)?;
        }
    }
    let mut rows = statement.raw_query();
    let first = rows.next()?.map(T::from_inline_row).transpose()?;
    while rows.next()?.is_some() {}
    Ok(first)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A connection left by a panicking statement is still a valid connection.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn into_sqlx(error: rusqlite::Error) -> sqlx::Error {
    sqlx::Error::AnyDriverError(Box::new(error))
}
