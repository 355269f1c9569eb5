//! The SQLite and PostgreSQL migrations build the same schema: table by table the same
//! columns (name, kind of type, nullability) and the same indexes (name, columns,
//! uniqueness). A migration written for one backend alone fails here.
use std::collections::BTreeMap;

use sqlx::Row;
use vinr_portal::server::db::Db;

use crate::support::{self, Backend};

/// PostgreSQL columns that stand for SQLite's implicit `rowid` (insertion order, where
/// several rows share a second): the one deliberate difference, with the PostgreSQL
/// indexes that order by them.
const ROWID_STAND_INS: [(&str, &str); 2] =
    [("events", "sequence"), ("payment_methods", "sequence")];

/// A column as both backends can describe it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Column {
    name: String,
    kind: &'static str,
    not_null: bool,
}

/// An index created by a migration (not one that backs a primary key or UNIQUE constraint).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Index {
    name: String,
    columns: Vec<String>,
    unique: bool,
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Table {
    columns: Vec<Column>,
    indexes: Vec<Index>,
}

/// The kind of a declared type: what both backends store alike.
fn kind(declared: &str) -> &'static str {
    let declared = declared.to_ascii_lowercase();
    match declared.as_str() {
        "integer" | "bigint" | "int" | "int4" | "int8" | "smallint" | "bigserial" => "integer",
        "text" | "character varying" | "varchar" => "text",
        "boolean" | "bool" => "boolean",
        "blob" | "bytea" => "bytes",
        "real" | "double precision" | "float8" => "real",
        _ => panic!("a column type this test does not know: {declared}"),
    }
}

async fn sqlite_schema(db: &Db) -> BTreeMap<String, Table> {
    let Db::Sqlite(db) = db else { unreachable!() };
    let pool = &db.reads;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%' ORDER BY name",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let mut schema = BTreeMap::new();
    for table in tables {
        let mut columns = Vec::new();
        for row in sqlx::query(&format!("PRAGMA table_info('{table}')"))
            .fetch_all(pool)
            .await
            .unwrap()
        {
            let declared: String = row.get("type");
            let primary_key: i64 = row.get("pk");
            let not_null: i64 = row.get("notnull");
            columns.push(Column {
                name: row.get("name"),
                kind: kind(&declared),
                // A primary key is never null, whatever SQLite's table_info says of it.
                not_null: not_null == 1 || primary_key > 0,
            });
        }
        let mut indexes = Vec::new();
        for row in sqlx::query(&format!("PRAGMA index_list('{table}')"))
            .fetch_all(pool)
            .await
            .unwrap()
        {
            // `c`: made by CREATE INDEX; `u`/`pk`: behind a UNIQUE or PRIMARY KEY constraint.
            let origin: String = row.get("origin");
            if origin != "c" {
                continue;
            }
            let name: String = row.get("name");
            let unique: i64 = row.get("unique");
            let columns = sqlx::query(&format!("PRAGMA index_info('{name}')"))
                .fetch_all(pool)
                .await
                .unwrap()
                .iter()
                .map(|column| column.get::<String, _>("name"))
                .collect();
            indexes.push(Index {
                name,
                columns,
                unique: unique == 1,
            });
        }
        columns.sort();
        indexes.sort();
        schema.insert(table, Table { columns, indexes });
    }
    schema
}

async fn postgres_schema(db: &Db) -> BTreeMap<String, Table> {
    let Db::Postgres(pool) = db else {
        unreachable!()
    };
    let mut schema: BTreeMap<String, Table> = BTreeMap::new();
    for row in sqlx::query(
        "SELECT table_name::text AS table_name, column_name::text AS column_name,
                data_type::text AS data_type, is_nullable::text AS is_nullable
         FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name NOT LIKE '_sqlx%'",
    )
    .fetch_all(pool)
    .await
    .unwrap()
    {
        let table: String = row.get("table_name");
        let declared: String = row.get("data_type");
        let nullable: String = row.get("is_nullable");
        schema.entry(table).or_default().columns.push(Column {
            name: row.get("column_name"),
            kind: kind(&declared),
            not_null: nullable == "NO",
        });
    }
    for row in sqlx::query(
        "SELECT t.relname::text AS table_name, i.relname::text AS index_name,
                ix.indisunique AS is_unique,
                ARRAY(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                      ORDER BY k.n) AS columns
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace ns ON ns.oid = t.relnamespace
         WHERE ns.nspname = 'public' AND t.relname NOT LIKE '_sqlx%'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid)",
    )
    .fetch_all(pool)
    .await
    .unwrap()
    {
        let table: String = row.get("table_name");
        schema.entry(table).or_default().indexes.push(Index {
            name: row.get("index_name"),
            columns: row.get("columns"),
            unique: row.get("is_unique"),
        });
    }
    for table in schema.values_mut() {
        table.columns.sort();
        table.indexes.sort();
    }
    schema
}

#[tokio::test]
async fn sqlite_and_postgres_migrations_build_the_same_schema() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = Db::connect(&support::database_url(Backend::Sqlite, dir.path()).await)
        .await
        .unwrap();
    let postgres = Db::connect(&support::database_url(Backend::Postgres, dir.path()).await)
        .await
        .unwrap();
    let (sqlite, postgres) = (
        sqlite_schema(&sqlite).await,
        postgres_schema(&postgres).await,
    );
    assert!(sqlite.len() > 20, "the SQLite schema was read: {sqlite:?}");
    let mut differences = Vec::new();
    let names: std::collections::BTreeSet<&String> = sqlite.keys().chain(postgres.keys()).collect();
    for name in names {
        let (lite, pg) = (sqlite.get(name), postgres.get(name));
        let (Some(lite), Some(pg)) = (lite, pg) else {
            differences.push(format!(
                "table {name}: only in {}",
                if lite.is_some() {
                    "SQLite"
                } else {
                    "PostgreSQL"
                }
            ));
            continue;
        };
        for column in &lite.columns {
            if !pg.columns.contains(column) {
                let other = pg.columns.iter().find(|c| c.name == column.name);
                differences.push(format!("{name}: SQLite {column:?}, PostgreSQL {other:?}"));
            }
        }
        let stand_in = |column: &str| ROWID_STAND_INS.contains(&(name.as_str(), column));
        for column in &pg.columns {
            if !lite.columns.iter().any(|c| c.name == column.name) && !stand_in(&column.name) {
                differences.push(format!("{name}: only PostgreSQL has {column:?}"));
            }
        }
        for index in &lite.indexes {
            if !pg.indexes.contains(index) {
                let other = pg.indexes.iter().find(|i| i.name == index.name);
                differences.push(format!("{name}: SQLite {index:?}, PostgreSQL {other:?}"));
            }
        }
        for index in &pg.indexes {
            let orders_by_rowid = index.columns.last().is_some_and(|c| stand_in(c));
            if !lite.indexes.iter().any(|i| i.name == index.name) && !orders_by_rowid {
                differences.push(format!("{name}: only PostgreSQL has {index:?}"));
            }
        }
    }
    assert!(
        differences.is_empty(),
        "the schemas differ:\n{}",
        differences.join("\n")
    );
}
