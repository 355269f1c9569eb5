//! `/docs`: the REST API's reference, rendered on the server from the same OpenAPI document
//! that `GET /v1/openapi.json` serves, so the page and the document cannot disagree. Plain
//! HTML and one stylesheet from this server (`/docs/reference.css`): no script, no CDN.
use std::{fmt::Write, sync::OnceLock};

use axum::{
    http::header,
    response::{Html, IntoResponse},
};
use serde_json::Value;

use crate::server::{api::openapi, mailer::escape_html as esc};

const STYLESHEET: &str = include_str!("api_reference.css");

pub async fn page() -> impl IntoResponse {
    static PAGE: OnceLock<String> = OnceLock::new();
    let html = PAGE.get_or_init(|| {
        let document: Value = serde_json::from_str(openapi::document_json()).unwrap_or_default();
        render(&document)
    });
    (
        [
            (header::CACHE_CONTROL, "public, max-age=300"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'self'; img-src 'self'",
            ),
        ],
        Html(html.as_str()),
    )
}

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=300"),
        ],
        STYLESHEET,
    )
}

const METHODS: [&str; 5] = ["get", "post", "delete", "put", "patch"];

/// The whole page: a contents column grouped by tag, then each operation, then each object.
fn render(document: &Value) -> String {
    let operations = operations_by_tag(document);
    let mut html = String::with_capacity(256 * 1024);
    let title = esc(document["info"]["title"].as_str().unwrap_or("API"));
    let _ = write!(
        html,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} reference</title><link rel=\"stylesheet\" href=\"/docs/reference.css\"></head>\
         <body><a class=\"skip\" href=\"#main\">Skip to the reference</a><div class=\"layout\"><nav aria-label=\"Contents\"><p class=\"brand\">{title}</p><ul>"
    );
    html.push_str("<li><a href=\"#introduction\">Introduction</a></li>");
    for (tag, ops) in &operations {
        let _ = write!(
            html,
            "<li><a href=\"#tag-{}\">{}</a><ul>",
            slug(tag),
            esc(tag)
        );
        for op in ops {
            let _ = write!(
                html,
                "<li><a href=\"#{}\"><span class=\"method {m}\">{M}</span> {}</a></li>",
                esc(&op.id),
                esc(&op.short_name()),
                m = op.method,
                M = op.method.to_uppercase()
            );
        }
        html.push_str("</ul></li>");
    }
    html.push_str("<li><a href=\"#objects\">Objects</a></li></ul></nav><main id=\"main\">");

    let _ = write!(
        html,
        "<section id=\"introduction\"><h1>{title}</h1>{}\
         <p>The machine-readable document: <a href=\"/v1/openapi.json\"><code>GET /v1/openapi.json</code></a> (OpenAPI {}).</p>\
         <h2>Authentication</h2><p>Send a secret key from the dashboard as <code>Authorization: Bearer sk_test_...</code>. \
         Keys starting <code>sk_test_</code> see test mode's data, <code>sk_live_</code> live mode's.</p>\
         <h2>Errors</h2><p>Every error is <code>{{\"error\": {{\"type\", \"code\", \"message\", \"param\"}}}}</code> with its HTTP status; \
         branch on <code>code</code>, show <code>message</code> to a person.</p>\
         <h2>Retries</h2><p>Every <code>POST</code> and <code>DELETE</code> accepts <code>Idempotency-Key</code>: \
         a repeat within 24 hours answers the first response again, with <code>Idempotent-Replayed: true</code>.</p>\
         <h2>Lists</h2><p>Lists answer <code>{{\"object\": \"list\", \"data\": [...], \"hasMore\": false}}</code>; \
         where a list pages, pass the last id as <code>startingAfter</code>.</p></section>",
        paragraphs(document["info"]["description"].as_str().unwrap_or("")),
        esc(document["openapi"].as_str().unwrap_or("3.1"))
    );

    for (tag, ops) in &operations {
        let _ = write!(
            html,
            "<section id=\"tag-{}\" class=\"tag\"><h2>{}</h2>",
            slug(tag),
            esc(tag)
        );
        for op in ops {
            render_operation(&mut html, document, op);
        }
        html.push_str("</section>");
    }

    html.push_str("<section id=\"objects\"><h2>Objects</h2>");
    if let Some(schemas) = document["components"]["schemas"].as_object() {
        for (name, schema) in schemas {
            let _ = write!(
                html,
                "<article id=\"schema-{}\" class=\"schema\"><h3>{}</h3>",
                slug(name),
                esc(name)
            );
            render_schema_body(&mut html, schema);
            html.push_str("</article>");
        }
    }
    html.push_str("</section></main></div></body></html>");
    html
}

struct Operation<'a> {
    method: &'static str,
    path: &'a str,
    id: String,
    operation: &'a Value,
}

impl Operation<'_> {
    /// The summary without its closing full stop, for the contents column.
    fn short_name(&self) -> String {
        self.operation["summary"]
            .as_str()
            .unwrap_or(self.path)
            .trim_end_matches('.')
            .replace('`', "")
    }
}

fn operations_by_tag(document: &Value) -> Vec<(String, Vec<Operation<'_>>)> {
    let mut tags: Vec<(String, Vec<Operation<'_>>)> = Vec::new();
    let Some(paths) = document["paths"].as_object() else {
        return tags;
    };
    for (path, item) in paths {
        for method in METHODS {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let tag = operation["tags"][0].as_str().unwrap_or("Other").to_string();
            let op = Operation {
                method,
                path,
                id: operation["operationId"]
                    .as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| slug(&format!("{method}{path}"))),
                operation,
            };
            match tags.iter_mut().find(|(name, _)| *name == tag) {
                Some((_, ops)) => ops.push(op),
                None => tags.push((tag, vec![op])),
            }
        }
    }
    tags
}

fn render_operation(html: &mut String, document: &Value, op: &Operation<'_>) {
    let operation = op.operation;
    let _ = write!(
        html,
        "<article class=\"operation\" id=\"{}\"><h3><span class=\"method {m}\">{M}</span> <code>{}</code></h3>",
        esc(&op.id),
        esc(op.path),
        m = op.method,
        M = op.method.to_uppercase()
    );
    if let Some(summary) = operation["summary"].as_str() {
        let _ = write!(html, "<p class=\"summary\">{}</p>", esc(summary));
    }
    if let Some(description) = operation["description"].as_str() {
        html.push_str(&paragraphs(description));
    }

    let parameters: Vec<&Value> = operation["parameters"]
        .as_array()
        .map(|all| all.iter().collect())
        .unwrap_or_default();
    if !parameters.is_empty() {
        html.push_str("<h4>Parameters</h4><table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">In</th><th scope=\"col\">Type</th><th scope=\"col\">Description</th></tr></thead><tbody>");
        for parameter in parameters {
            let _ = write!(
                html,
                "<tr><td><code>{}</code>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(parameter["name"].as_str().unwrap_or("")),
                required_mark(parameter["required"].as_bool().unwrap_or(false)),
                esc(parameter["in"].as_str().unwrap_or("")),
                type_of(&parameter["schema"]),
                esc(parameter["description"].as_str().unwrap_or(""))
            );
        }
        html.push_str("</tbody></table>");
    }

    let body = &operation["requestBody"]["content"]["application/json"];
    if !body.is_null() {
        let optional = !operation["requestBody"]["required"]
            .as_bool()
            .unwrap_or(false);
        let _ = write!(
            html,
            "<h4>Request body{}</h4><p>{}</p>",
            if optional { " (optional)" } else { "" },
            type_of(&body["schema"])
        );
        if let Some(schema) = resolve(document, &body["schema"]) {
            render_schema_body(html, schema);
        }
        if !body["example"].is_null() {
            let _ = write!(
                html,
                "<details><summary>Example request</summary><pre><code>{}</code></pre></details>",
                esc(&serde_json::to_string_pretty(&body["example"]).unwrap_or_default())
            );
        }
    }

    html.push_str("<h4>Responses</h4><ul class=\"responses\">");
    if let Some(responses) = operation["responses"].as_object() {
        for (status, response) in responses {
            let response = resolve(document, response).unwrap_or(response);
            let content = response["content"].as_object();
            let shape = content
                .and_then(|content| content.iter().next())
                .map(|(kind, media)| {
                    if media["schema"].is_null() || kind != "application/json" {
                        format!("<code>{}</code>", esc(kind))
                    } else {
                        type_of(&media["schema"])
                    }
                })
                .unwrap_or_default();
            let _ = write!(
                html,
                "<li><span class=\"status s{}\">{}</span> {} {}</li>",
                &status[..1],
                esc(status),
                shape,
                esc(response["description"].as_str().unwrap_or(""))
            );
        }
    }
    html.push_str("</ul>");

    let _ = write!(
        html,
        "<details><summary>With curl</summary><pre><code>{}</code></pre></details></article>",
        esc(&curl_example(op, body))
    );
}

fn curl_example(op: &Operation<'_>, body: &Value) -> String {
    let mut command = String::from("curl");
    if op.method != "get" {
        let _ = write!(command, " -X {}", op.method.to_uppercase());
    }
    let _ = write!(
        command,
        " https://portal.example.com{} \\\n  -H \"Authorization: Bearer $VINR_SECRET_KEY\"",
        op.path
    );
    if !body.is_null() {
        let example = if body["example"].is_null() {
            "{}".to_string()
        } else {
            serde_json::to_string(&body["example"]).unwrap_or_default()
        };
        let _ = write!(
            command,
            " \\\n  -H \"Content-Type: application/json\" \\\n  -d '{example}'"
        );
    }
    command
}

/// A schema's fields (or its values, for an enum) as a table.
fn render_schema_body(html: &mut String, schema: &Value) {
    if let Some(description) = schema["description"].as_str() {
        html.push_str(&paragraphs(description));
    }
    if let Some(values) = schema["enum"].as_array() {
        html.push_str("<p>One of: ");
        html.push_str(&enum_values(values));
        html.push_str("</p>");
        return;
    }
    let Some(properties) = schema["properties"].as_object() else {
        return;
    };
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    html.push_str("<table><thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Type</th><th scope=\"col\">Description</th></tr></thead><tbody>");
    for (name, property) in properties {
        let mut description = property["description"]
            .as_str()
            .map(esc)
            .unwrap_or_default();
        if let Some(values) = property["enum"].as_array() {
            let _ = write!(description, " One of: {}.", enum_values(values));
        }
        let _ = write!(
            html,
            "<tr><td><code>{}</code>{}</td><td>{}</td><td>{}</td></tr>",
            esc(name),
            required_mark(required.contains(&name.as_str())),
            type_of(property),
            description
        );
    }
    html.push_str("</tbody></table>");
}

fn enum_values(values: &[Value]) -> String {
    values
        .iter()
        .filter_map(Value::as_str)
        .map(|value| format!("<code>{}</code>", esc(value)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn required_mark(required: bool) -> &'static str {
    if required {
        " <span class=\"required\">required</span>"
    } else {
        ""
    }
}

/// A schema's type in a few words, with a link to a referenced object.
fn type_of(schema: &Value) -> String {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.rsplit('/').next().unwrap_or(reference);
        return format!("<a href=\"#schema-{}\">{}</a>", slug(name), esc(name));
    }
    for combinator in ["oneOf", "anyOf", "allOf"] {
        if let Some(options) = schema[combinator].as_array() {
            return options.iter().map(type_of).collect::<Vec<_>>().join(" or ");
        }
    }
    let kinds: Vec<String> = match &schema["type"] {
        Value::String(kind) => vec![kind.clone()],
        Value::Array(kinds) => kinds
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => vec![],
    };
    let mut words: Vec<String> = kinds
        .iter()
        .map(|kind| match kind.as_str() {
            "array" => format!("array of {}", type_of(&schema["items"])),
            other => esc(other),
        })
        .collect();
    if words.is_empty() {
        words.push("any".to_string());
    }
    words.join(" or ")
}

/// Follows a local `$ref` (`#/components/...`) to what it names.
fn resolve<'a>(document: &'a Value, value: &'a Value) -> Option<&'a Value> {
    match value["$ref"].as_str() {
        Some(reference) => {
            let pointer = reference.strip_prefix('#')?;
            document.pointer(pointer)
        }
        None => value.is_object().then_some(value),
    }
}

/// Doc-comment text as paragraphs, with `code` spans kept as code.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .filter(|paragraph| !paragraph.trim().is_empty())
        .map(|paragraph| format!("<p>{}</p>", inline_code(&esc(paragraph.trim()))))
        .collect()
}

fn inline_code(escaped: &str) -> String {
    let mut out = String::with_capacity(escaped.len());
    for (index, part) in escaped.split('`').enumerate() {
        if index % 2 == 1 {
            let _ = write!(out, "<code>{part}</code>");
        } else {
            out.push_str(part);
        }
    }
    out
}

fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_link_to_their_objects_and_say_when_they_may_be_null() {
        let reference = serde_json::json!({ "$ref": "#/components/schemas/InvoiceObject" });
        assert_eq!(
            type_of(&reference),
            "<a href=\"#schema-invoiceobject\">InvoiceObject</a>"
        );
        let nullable = serde_json::json!({ "type": ["string", "null"] });
        assert_eq!(type_of(&nullable), "string or null");
        let list = serde_json::json!({ "type": "array", "items": { "type": "integer" } });
        assert_eq!(type_of(&list), "array of integer");
    }

    #[test]
    fn descriptions_are_escaped_before_code_spans_are_marked() {
        assert_eq!(
            paragraphs("Send `<b>` as text.\n\nSecond."),
            "<p>Send <code>&lt;b&gt;</code> as text.</p><p>Second.</p>"
        );
    }
}
