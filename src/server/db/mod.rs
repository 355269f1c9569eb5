//! The database handle: SQLite (embedded default) or PostgreSQL (several instances).
//!
//! Store functions take an [`Exec`], a borrowed connection of either backend, and run the
//! same SQL (`$1` placeholders work on both) through the [`on_exec!`] macro, which expands
//! the body once per backend so each gets its own statically typed sqlx calls.
mod columns;
pub mod inline;
pub mod store;

use std::{str::FromStr, sync::Arc, time::Duration};

use anyhow::Context;
use sqlx::{
    pool::PoolConnection,
    postgres::{PgConnectOptions, PgPoolOptions},
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
    PgConnection, PgPool, Postgres, Sqlite, SqliteConnection, SqlitePool, Transaction,
};

#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqliteDb),
    Postgres(PgPool),
}

/// SQLite allows one writer at a time. Every writer first takes the write turn, so that
/// writers queue in order here instead of sleeping in SQLite's busy handler; sqlx's writes
/// then go through a pool of one connection. Reads use their own pool and never wait for
/// writers (WAL). The hottest statements run inline, on the caller's thread (see [`inline`]).
#[derive(Clone, Debug)]
pub struct SqliteDb {
    pub reads: SqlitePool,
    pub writes: SqlitePool,
    write_turn: Arc<tokio::sync::Mutex<()>>,
    pub inline: Arc<inline::InlineSqlite>,
}

impl SqliteDb {
    /// Runs `write` inline in its write turn, so that it is serialised with every other
    /// writer. It takes only the turn, not sqlx's write connection: returning that to its
    /// pool costs a ping on sqlx's worker thread, as much as the write itself.
    pub async fn write_inline<T>(
        &self,
        write: impl FnOnce(&rusqlite::Connection) -> rusqlite::Result<T>,
    ) -> Result<T, sqlx::Error> {
        let _turn = self.take_write_turn().await;
        self.inline.write(write)
    }

    async fn take_write_turn(&self) -> WriteTurn {
        WriteTurn {
            _held: self.write_turn.clone().lock_owned().await,
        }
    }
}

/// A SQLite writer's place in the one line of writers, held until it is done.
#[derive(Debug)]
pub struct WriteTurn {
    _held: tokio::sync::OwnedMutexGuard<()>,
}

/// A borrowed connection (pooled or inside a transaction) of either backend.
pub enum Exec<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

/// A pooled connection for reads that do not need a transaction, or (with its write turn
/// on SQLite) for a single-statement write.
pub enum Conn {
    // Fields drop in order: the connection goes back before the turn passes on.
    Sqlite(PoolConnection<Sqlite>, Option<WriteTurn>),
    Postgres(PoolConnection<Postgres>),
}

/// A write transaction. Dropping it without [`Tx::commit`] rolls back.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>, WriteTurn),
    Postgres(Transaction<'static, Postgres>),
}

/// Runs `$body` with `$conn` bound to the backend's `&mut Connection`.
macro_rules! on_exec {
    ($exec:expr, |$conn:ident| $body:expr) => {
        match $exec {
            $crate::server::db::Exec::Sqlite($conn) => $body,
            $crate::server::db::Exec::Postgres($conn) => $body,
        }
    };
}
pub(crate) use on_exec;

impl Exec<'_> {
    /// The same connection for one more statement, so that a function handed an `Exec` can
    /// run several.
    pub fn reborrow(&mut self) -> Exec<'_> {
        match self {
            Exec::Sqlite(conn) => Exec::Sqlite(conn),
            Exec::Postgres(conn) => Exec::Postgres(conn),
        }
    }
}

impl Conn {
    pub fn exec(&mut self) -> Exec<'_> {
        match self {
            Conn::Sqlite(conn, _) => Exec::Sqlite(conn),
            Conn::Postgres(conn) => Exec::Postgres(conn),
        }
    }
}

/// The idempotency key an API request holds: its merchant, mode and key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyClaim {
    pub merchant_id: String,
    pub livemode: bool,
    pub key: String,
}

tokio::task_local! {
    static IDEMPOTENCY_CLAIM: IdempotencyClaim;
}

/// Runs an API request's work holding `claim`: every write transaction it commits marks the
/// claim committed in that transaction, so that a request whose answer was lost (the server
/// stopped after its commit) is known to have happened and is never run twice.
pub async fn with_idempotency_claim<F: std::future::Future>(
    claim: IdempotencyClaim,
    work: F,
) -> F::Output {
    IDEMPOTENCY_CLAIM.scope(claim, work).await
}

impl Tx {
    pub fn exec(&mut self) -> Exec<'_> {
        match self {
            Tx::Sqlite(tx, _) => Exec::Sqlite(tx),
            Tx::Postgres(tx) => Exec::Postgres(tx),
        }
    }

    /// Commits; inside an API request with an `Idempotency-Key` it first marks the key's
    /// claim committed, in this same transaction (see [`with_idempotency_claim`]).
    pub async fn commit(mut self) -> Result<(), sqlx::Error> {
        if let Ok(claim) = IDEMPOTENCY_CLAIM.try_with(Clone::clone) {
            store::idempotency_keys::mark_committed(self.exec(), &claim).await?;
        }
        match self {
            Tx::Sqlite(tx, _turn) => tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }
    }
}

impl Db {
    /// Connects to `database_url`: `postgres://` (or `postgresql://`) selects PostgreSQL,
    /// anything else is a SQLite path or `sqlite:` URL. Runs the backend's migrations.
    pub async fn connect(database_url: &str) -> anyhow::Result<Self> {
        let db = if is_postgres_url(database_url) {
            let options = PgConnectOptions::from_str(database_url)
                .context("DATABASE_URL is not a valid PostgreSQL URL")?;
            let pool = PgPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await
                .context("could not connect to PostgreSQL")?;
            Db::Postgres(pool)
        } else {
            let options = sqlite_options(database_url)?;
            if let Some(parent) = options.get_filename().parent() {
                if !parent.as_os_str().is_empty() {
                    std::fs::create_dir_all(parent).with_context(|| {
                        format!("could not create the database folder {}", parent.display())
                    })?;
                }
            }
            let writes = SqlitePoolOptions::new()
                .test_before_acquire(false)
                .max_connections(1)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options.clone())
                .await
                .context("could not open the SQLite database")?;
            // A SQLite connection is a file handle that cannot go stale: no ping before each
            // use (it was a whole extra worker round trip per acquire).
            let reads = SqlitePoolOptions::new()
                .test_before_acquire(false)
                .max_connections(sqlite_pool_size())
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options.clone())
                .await
                .context("could not open the SQLite database")?;
            // The pools have created the file (and set WAL in it): the inline path opens it.
            let path = options.get_filename();
            anyhow::ensure!(
                path.is_file(),
                "DATABASE_URL must name a SQLite file (in-memory databases are not supported)"
            );
            restrict_to_owner(path)?;
            let inline =
                inline::InlineSqlite::open(path).context("could not open the SQLite database")?;
            Db::Sqlite(SqliteDb {
                reads,
                writes,
                write_turn: Arc::default(),
                inline: Arc::new(inline),
            })
        };
        db.migrate().await?;
        Ok(db)
    }

    async fn migrate(&self) -> anyhow::Result<()> {
        match self {
            Db::Sqlite(sqlite) => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(&sqlite.writes)
                    .await
            }
            Db::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await,
        }
        .context("database migration failed")
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    pub async fn conn(&self) -> Result<Conn, sqlx::Error> {
        Ok(match self {
            Db::Sqlite(sqlite) => Conn::Sqlite(sqlite.reads.acquire().await?, None),
            Db::Postgres(pool) => Conn::Postgres(pool.acquire().await?),
        })
    }

    /// A connection for a single-statement write, which is atomic on its own: one round trip
    /// instead of BEGIN, statement, COMMIT. On SQLite it is the writer connection.
    pub async fn write_conn(&self) -> Result<Conn, sqlx::Error> {
        Ok(match self {
            Db::Sqlite(sqlite) => {
                let turn = sqlite.take_write_turn().await;
                Conn::Sqlite(sqlite.writes.acquire().await?, Some(turn))
            }
            Db::Postgres(pool) => Conn::Postgres(pool.acquire().await?),
        })
    }

    /// Starts a write transaction. On SQLite it is `BEGIN IMMEDIATE`, taking the write lock
    /// up front so that two writers never deadlock upgrading a read lock.
    pub async fn begin_write(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite(sqlite) => {
                let turn = sqlite.take_write_turn().await;
                Tx::Sqlite(sqlite.writes.begin_with("BEGIN IMMEDIATE").await?, turn)
            }
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// A trivial round trip, for readiness checks.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        let mut conn = self.conn().await?;
        on_exec!(conn.exec(), |c| sqlx::query("SELECT 1")
            .execute(c)
            .await
            .map(|_| ()))
    }
}

/// The SQLite file and its WAL companions readable by the server's user only (mode 0600):
/// they hold customers' details and everything else a dump would reveal.
fn restrict_to_owner(path: &std::path::Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut files = vec![path.to_path_buf()];
        for suffix in ["-wal", "-shm"] {
            let mut name = path.as_os_str().to_os_string();
            name.push(suffix);
            files.push(name.into());
        }
        for file in files.iter().filter(|file| file.exists()) {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("could not restrict {} to its owner", file.display()))?;
        }
    }
    Ok(())
}

pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

fn sqlite_options(database_url: &str) -> anyhow::Result<SqliteConnectOptions> {
    let options = if database_url.starts_with("sqlite:") {
        SqliteConnectOptions::from_str(database_url)
            .context("DATABASE_URL is not a valid SQLite URL")?
    } else {
        SqliteConnectOptions::new().filename(database_url)
    };
    Ok(options
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        // Once a checkpoint lets the log start over, its file is cut back to 64 MiB: without
        // this it keeps its largest size ever (1.1 GB after a burst of 280,000 mints).
        .pragma("journal_size_limit", "67108864")
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5)))
}

/// SQLite connections in the pool: each is a thread of sqlx's; more than the cores only adds
/// context switches (`VINR_SQLITE_POOL` overrides).
fn sqlite_pool_size() -> u32 {
    std::env::var("VINR_SQLITE_POOL")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4)
}
