//! SQLite statements run on the calling thread, for the hottest paths.
//!
//! sqlx runs every SQLite statement on a worker thread of the connection's own and hands
//! the rows back through a channel: two thread switches per statement, which cost more
//! than the statement itself (about 40 µs of CPU here against 10–20 µs for the portal's
//! session read). The reads and writes every portal page or mint pays run here instead,
//! through rusqlite over the same bundled libsqlite3, with the same SQL text as the
//! PostgreSQL path (`$1` placeholders are named parameters to SQLite).
//!
//! Writes stay serialised with sqlx's: [`SqliteDb::write_inline`](super::SqliteDb) waits
//! for the same write turn as sqlx's writers.
use std::{
    cell::Cell,
    path::{Path, PathBuf},
    sync::{Mutex, MutexGuard},
    time::Duration,
};

use rusqlite::{types::FromSql, Connection, OpenFlags, ToSql};

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

/// Defines a row struct read by both paths from one list of fields: sqlx's `FromRow` (the
/// caller derives it) and [`FromInlineRow`], each field from the column of its name, so
/// that the two mappings cannot drift apart. A `flatten` field first or last embeds another
/// such row (`#[sqlx(flatten)]` on the sqlx path), read in that place.
macro_rules! inline_row {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(flatten $(#[$flat_meta:meta])* pub $flat:ident: $flat_ty:ty,)?
            $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)+
            $(flatten $(#[$tail_meta:meta])* pub $tail:ident: $tail_ty:ty,)?
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(#[sqlx(flatten)] $(#[$flat_meta])* pub $flat: $flat_ty,)?
            $($(#[$field_meta])* pub $field: $ty,)+
            $(#[sqlx(flatten)] $(#[$tail_meta])* pub $tail: $tail_ty,)?
        }

        impl $crate::server::db::inline::FromInlineRow for $name {
            fn from_inline_row(
                row: &$crate::server::db::inline::InlineRow<'_, '_>,
            ) -> rusqlite::Result<Self> {
                Ok(Self {
                    $($flat: <$flat_ty as $crate::server::db::inline::FromInlineRow>::from_inline_row(row)?,)?
                    $($field: row.get(stringify!($field))?,)+
                    $($tail: <$tail_ty as $crate::server::db::inline::FromInlineRow>::from_inline_row(row)?,)?
                })
            }
        }
    };
}
pub(crate) use inline_row;

/// A row read into a struct by column name.
pub trait FromInlineRow: Sized {
    fn from_inline_row(row: &InlineRow<'_, '_>) -> rusqlite::Result<Self>;
}

/// A result row whose columns are read by name. Mappings read the columns in the order the
/// query selects them, so each name is first looked for just after the last one read: one
/// comparison per column instead of a scan of every column name for each.
pub struct InlineRow<'r, 's> {
    row: &'r rusqlite::Row<'s>,
    next: Cell<usize>,
}

impl InlineRow<'_, '_> {
    pub fn get<T: FromSql>(&self, name: &str) -> rusqlite::Result<T> {
        let statement: &rusqlite::Statement<'_> = self.row.as_ref();
        let guess = self.next.get();
        let index = match statement.column_name(guess) {
            Ok(column) if column.eq_ignore_ascii_case(name) => guess,
            _ => statement.column_index(name)?,
        };
        self.next.set(index + 1);
        self.row.get(index)
    }
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
        // A connection left inside a transaction would hold its snapshot forever: drop it.
        if connection.is_autocommit() {
            let mut idle = lock(&self.readers);
            if idle.len() < IDLE_READERS {
                idle.push(connection);
            }
        }
        result.map_err(into_sqlx)
    }

    /// Runs `read` as [`Self::read`] does, in one read transaction: its statements see one
    /// snapshot of the database, and take SQLite's read locks once instead of once each.
    pub fn read_snapshot<T>(
        &self,
        read: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, sqlx::Error> {
        self.read(|connection| {
            connection.prepare_cached("BEGIN")?.execute([])?;
            let result = read(connection);
            // Ends the transaction after a failed read too (nothing was written).
            connection.prepare_cached("COMMIT")?.execute([])?;
            result
        })
    }

    /// Runs `write` on the write connection. The caller holds the write turn (see
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
    let mut statement = prepare(connection, sql, values)?;
    let mut rows = statement.raw_query();
    let first = rows.next()?.map(from_row).transpose()?;
    while rows.next()?.is_some() {}
    Ok(first)
}

/// Every row `sql` yields with `values` bound to `$1`, `$2`, ...
pub fn query_all<T: FromInlineRow>(
    connection: &Connection,
    sql: &str,
    values: &[&dyn ToSql],
) -> rusqlite::Result<Vec<T>> {
    let mut statement = prepare(connection, sql, values)?;
    let mut rows = statement.raw_query();
    let mut all = Vec::new();
    while let Some(row) = rows.next()? {
        all.push(from_row(row)?);
    }
    Ok(all)
}

fn from_row<T: FromInlineRow>(row: &rusqlite::Row<'_>) -> rusqlite::Result<T> {
    T::from_inline_row(&InlineRow {
        row,
        next: Cell::new(0),
    })
}

/// The cached statement for `sql`, with `values` bound by name to `$1`, `$2`, ...
fn prepare<'c>(
    connection: &'c Connection,
    sql: &str,
    values: &[&dyn ToSql],
) -> rusqlite::Result<rusqlite::CachedStatement<'c>> {
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
    Ok(statement)
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

#[cfg(test)]
mod tests {
    use super::*;

    struct Pair {
        name: String,
        amount: i64,
    }

    impl FromInlineRow for Pair {
        fn from_inline_row(row: &InlineRow<'_, '_>) -> rusqlite::Result<Self> {
            // Out of select order on purpose: the name lookup must fall back to a scan.
            Ok(Self {
                amount: row.get("amount")?,
                name: row.get("name")?,
            })
        }
    }

    fn database() -> (tempfile::TempDir, InlineSqlite) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inline.db");
        let setup = Connection::open(&path).unwrap();
        setup
            .execute_batch(
                "PRAGMA journal_mode = WAL;
                 CREATE TABLE items (name TEXT NOT NULL, amount INTEGER NOT NULL);
                 INSERT INTO items VALUES ('a', 1), ('b', 2), ('c', 3);",
            )
            .unwrap();
        let inline = InlineSqlite::open(&path).unwrap();
        (dir, inline)
    }

    #[test]
    fn columns_are_read_by_name_in_any_order() {
        let (_dir, db) = database();
        let all: Vec<Pair> = db
            .read(|c| {
                query_all(
                    c,
                    "SELECT name, amount FROM items WHERE amount >= $1 ORDER BY amount",
                    &[&2],
                )
            })
            .unwrap();
        let read: Vec<(String, i64)> = all.into_iter().map(|p| (p.name, p.amount)).collect();
        assert_eq!(read, [("b".to_string(), 2), ("c".to_string(), 3)]);
        let missing = db.read(|c| query_optional::<Pair>(c, "SELECT name FROM items", &[]));
        assert!(missing.is_err(), "a missing column is an error");
    }

    #[test]
    fn a_failed_snapshot_read_leaves_no_transaction_open() {
        let (_dir, db) = database();
        let failed = db.read_snapshot(|c| {
            query_optional::<Pair>(c, "SELECT name, amount FROM items", &[])?;
            query_optional::<Pair>(c, "SELECT nothing FROM items", &[])
        });
        assert!(failed.is_err());
        // The same (pooled) connection reads again, outside any transaction.
        let autocommit = db.read(|c| Ok(c.is_autocommit())).unwrap();
        assert!(autocommit);
        let total: Option<Pair> = db
            .read_snapshot(|c| {
                query_optional(
                    c,
                    "SELECT 'sum' AS name, SUM(amount) AS amount FROM items",
                    &[],
                )
            })
            .unwrap();
        assert_eq!(total.map(|p| p.amount), Some(6));
    }
}
