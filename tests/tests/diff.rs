//! The semver report of `cargo xtask diff` on a real spec update: the seed (1.1.1 with its
//! types stripped) against Netatmo's official 1.1.5 (`tests/fixtures/specs/`), with and
//! without the overlay. Each asserted change was checked by hand against FACTS.md (section 5,
//! "1.1.1 vs 1.1.5") and the two specs.

use codegen::diff::{Bump, Kind, Report, diff};
use tests::read;

fn report(overlay: bool) -> Report {
    let overlays = if overlay {
        tests::overlays()
    } else {
        Vec::new()
    };
    let model = |path: &str| {
        codegen::model(&read(path), &tests::strs(&overlays))
            .expect("generates")
            .0
    };
    diff(
        &model(xtask::workspace::SPEC),
        &model("tests/fixtures/specs/netatmo-official-1.1.5.yaml"),
    )
}

/// Asserts that the report holds `item` as a change of `kind`, breaking or not, whose
/// detail contains `words`.
fn has(report: &Report, item: &str, kind: Kind, breaking: bool, words: &str) {
    let found = report
        .changes
        .iter()
        .find(|c| c.item == item && c.kind == kind && c.detail.contains(words));
    let found = found.unwrap_or_else(|| panic!("no {kind:?} `{item}` ({words}) in:\n{report}"));
    assert_eq!(
        found.breaking, breaking,
        "{item}: breaking should be {breaking}\n{report}"
    );
}

#[test]
fn seed_to_official_1_1_5_without_overlay() {
    let r = report(false);
    assert_eq!(r.bump, Bump::Major);
    // New paths in 1.1.5: additions.
    has(
        &r,
        "operation getpublicdata",
        Kind::Added,
        false,
        "GET /getpublicdata",
    );
    has(
        &r,
        "operation setpersonshome",
        Kind::Added,
        false,
        "POST /setpersonshome",
    );
    // setpersonsaway moved from GET to POST: same method, other behaviour.
    has(
        &r,
        "operation setpersonsaway",
        Kind::Changed,
        false,
        "GET /setpersonsaway -> POST /setpersonsaway",
    );
    // Shut-down operations are tagged deprecated in 1.1.5.
    has(
        &r,
        "operation devicelist",
        Kind::Changed,
        false,
        "now deprecated",
    );
    has(
        &r,
        "operation getuser",
        Kind::Changed,
        false,
        "now deprecated",
    );
    // get_favorites is new and optional: a builder method, not breaking.
    has(
        &r,
        "parameter getstationsdata(get_favorites)",
        Kind::Added,
        false,
        "optional",
    );
    // scale becomes required (an argument) and typed: both break callers.
    has(
        &r,
        "parameter getmeasure(scale)",
        Kind::Changed,
        true,
        "optional -> required",
    );
    has(
        &r,
        "parameter getmeasure(scale)",
        Kind::Changed,
        true,
        "type String -> GetmeasureScale",
    );
    has(
        &r,
        "parameter getmeasure(limit)",
        Kind::Changed,
        true,
        "type String -> i32",
    );
    has(
        &r,
        "parameter setthermpoint(setpoint_temp)",
        Kind::Changed,
        true,
        "type String -> f32",
    );
    // Responses gain schemas: the return type changes.
    has(
        &r,
        "response getstationsdata",
        Kind::Changed,
        true,
        "serde_json::Value -> NaStationDataResponse",
    );
    // The dangling holder is replaced by NAThermProgram, now required.
    has(&r, "type Holder", Kind::Removed, true, "gone");
    has(
        &r,
        "body syncschedule",
        Kind::Changed,
        true,
        "Holder (optional) -> NaThermProgram (required)",
    );
    // Breaking changes are listed first.
    let first_ok = r
        .changes
        .iter()
        .position(|c| !c.breaking)
        .expect("some additions");
    assert!(r.changes[first_ok..].iter().all(|c| !c.breaking));
}

#[test]
fn seed_to_official_1_1_5_with_overlay() {
    let r = report(true);
    assert_eq!(r.bump, Bump::Major);
    // The overlays bring today's API to both sides (getpublicdata, setpersonshome,
    // get_favorites, homesdata...): what 1.1.5 adds, the seed has with them too.
    for op in [
        "get_public_data",
        "set_persons_home",
        "homes_data",
        "get_events",
    ] {
        assert!(
            !r.changes.iter().any(|c| c.item == format!("operation {op}")
                && matches!(c.kind, Kind::Added | Kind::Removed)),
            "{op}: {r}"
        );
    }
    assert!(
        !r.changes
            .iter()
            .any(|c| c.item == "parameter get_stations_data(get_favorites)"),
        "{r}"
    );
    // 1.1.5 names getpublicdata's answer as 20-weather does (NAPublicDataResponse): the
    // definitions merge, and 1.1.5's own body wins.
    has(
        &r,
        "field PublicDataResponse.body",
        Kind::Changed,
        true,
        "type Vec<PublicStation> -> Vec<PublicData>",
    );
    has(
        &r,
        "type HealthyHomeCoach",
        Kind::Added,
        false,
        "a new type",
    );
    // 1.1.5 adds its `password_oauth` scheme beside the overlay's `code_oauth`, and lists
    // both for the operations the overlays left without security (getuser's is not said
    // in the seed): the same code, another authentication.
    has(
        &r,
        "security scheme password_oauth",
        Kind::Added,
        false,
        "oauth2",
    );
    has(
        &r,
        "operation get_user",
        Kind::Changed,
        false,
        "authentication not said -> code_oauth or password_oauth",
    );
    // The seed lists geteventsuntil's parameters as event_id, home_id; 1.1.5 as home_id,
    // event_id. Both are required strings: swapped arguments would still compile, and mean
    // the other thing.
    has(
        &r,
        "operation get_events_until",
        Kind::Changed,
        true,
        r#"arguments reordered: ["event_id", "home_id"] -> ["home_id", "event_id"]"#,
    );
    // The official definitions merge with the overlay's: where 1.1.5 has a property of its
    // own, it sits beside the overlay's allOf parts and wins.
    has(
        &r,
        "field MeasureResponse.body",
        Kind::Changed,
        true,
        "type Option<MeasureBody> -> Vec<MeasureBodyElem>",
    );
    has(
        &r,
        "field UserResponse.body",
        Kind::Changed,
        true,
        "type UserBody -> User",
    );
    // NAOkResponse is an alias of NAResponse in the overlay; 1.1.5 gives it properties.
    has(
        &r,
        "type OkResponse",
        Kind::Changed,
        true,
        "alias -> struct",
    );
    // 1.1.5 lists NAUser's `_id`, which the overlay's NAUser lacks: a new optional field,
    // an addition (structs are #[non_exhaustive] and made with new()).
    has(&r, "field User.id", Kind::Added, false, "Option<String>");
    // 1.1.5 orders NAZone's and NAWelcomeEvent's properties alphabetically (temp, time
    // before type): the overlay's required fields become new()'s arguments in that order.
    has(
        &r,
        "type Zone",
        Kind::Changed,
        true,
        r#"["id", "type_", "temp"] -> ["id", "temp", "type_"]"#,
    );
    has(
        &r,
        "type WelcomeEvent",
        Kind::Changed,
        true,
        r#"["id", "type_", "time"] -> ["id", "time", "type_"]"#,
    );
    // 1.1.5's own bugs show too.
    has(
        &r,
        "field DashboardData.device_id",
        Kind::Added,
        false,
        "Option<f32>",
    );
    has(
        &r,
        "field MeasureResponse.time_server",
        Kind::Changed,
        true,
        "type i64 -> i32",
    );
    // The overlay makes both sides agree on the rest: the operations themselves hold.
    assert!(
        !r.changes
            .iter()
            .any(|c| c.item.starts_with("operation ") && c.kind == Kind::Removed),
        "{r}"
    );
    assert!(
        !r.changes
            .iter()
            .any(|c| c.item.starts_with("parameter get_measure(")),
        "{r}"
    );
}

#[test]
fn the_same_spec_changes_nothing() {
    let spec = read(xtask::workspace::SPEC);
    let overlays = tests::overlays();
    let (a, _) = codegen::model(&spec, &tests::strs(&overlays)).expect("generates");
    let (b, _) = codegen::model(&spec, &tests::strs(&overlays)).expect("generates");
    let r = diff(&a, &b);
    assert_eq!(r.bump, Bump::None);
    assert!(r.changes.is_empty());
}

#[test]
fn enum_values_fields_and_optionality_follow_rust_semver() {
    let old = "swagger: \"2.0\"\ninfo: {title: T, version: \"1\"}\nhost: h\npaths: {}\ndefinitions:\n  \
               E: {type: string, enum: [a, b]}\n  S: {type: object, required: [x], properties: {x: {type: string}, y: {type: integer}}}\n";
    let new = "swagger: \"2.0\"\ninfo: {title: T, version: \"1\"}\nhost: h\npaths: {}\ndefinitions:\n  \
               E: {type: string, enum: [a, b, c]}\n  S: {type: object, properties: {x: {type: string}, y: {type: integer}}}\n";
    let (a, _) = codegen::model(old, &[]).expect("generates");
    let (b, _) = codegen::model(new, &[]).expect("generates");
    let r = diff(&a, &b);
    // A new value of a #[non_exhaustive] enum breaks nobody.
    has(&r, "variant E::C", Kind::Added, false, "`c`");
    // A field that became optional changes its type to Option: breaking.
    has(&r, "field S.x", Kind::Changed, true, "became optional");
    assert_eq!(r.bump, Bump::Major);
    let (only_enum, _) =
        codegen::model(&old.replace("[a, b]", "[a, b, c]"), &[]).expect("generates");
    assert_eq!(diff(&a, &only_enum).bump, Bump::Minor);
}

#[test]
fn reordered_arguments_and_new_boxes_are_breaking_and_a_deprecation_is_minor() {
    let spec = |params: &str, deprecated: bool, next: &str| {
        format!(
            "swagger: \"2.0\"\ninfo: {{title: T, version: \"1\"}}\nhost: h\npaths:\n  /a:\n    get:\n      operationId: a\n      \
             deprecated: {deprecated}\n      parameters: {params}\n      responses: {{200: {{description: OK}}}}\n\
             definitions:\n  N: {{type: object, properties: {{next: {next}}}}}\n"
        )
    };
    let two = "[{in: query, name: x, type: string, required: true}, {in: query, name: y, type: string, required: true}]";
    let swapped = "[{in: query, name: y, type: string, required: true}, {in: query, name: x, type: string, required: true}]";
    let model = |s: String| codegen::model(&s, &[]).expect("generates").0;
    let base = model(spec(two, false, "{type: string}"));

    let r = diff(&base, &model(spec(swapped, false, "{type: string}")));
    has(
        &r,
        "operation a",
        Kind::Changed,
        true,
        "arguments reordered",
    );

    let r = diff(&base, &model(spec(two, false, "{$ref: '#/definitions/N'}")));
    has(
        &r,
        "field N.next",
        Kind::Changed,
        true,
        "type String -> Box<N>",
    );

    let r = diff(&base, &model(spec(two, true, "{type: string}")));
    has(&r, "operation a", Kind::Changed, false, "now deprecated");
    assert_eq!(r.bump, Bump::Minor, "{r}");
}

#[test]
fn a_new_subtype_is_minor_a_retagged_one_a_patch_and_a_removed_one_breaking() {
    let spec = |subtypes: &str| {
        format!(
            "swagger: \"2.0\"\ninfo: {{title: T, version: \"1\"}}\nhost: h\npaths: {{}}\ndefinitions:\n  \
             Pet: {{discriminator: kind, required: [kind], properties: {{kind: {{type: string}}}}}}\n{subtypes}"
        )
    };
    let cat =
        "  Cat: {allOf: [{$ref: '#/definitions/Pet'}, {properties: {lives: {type: integer}}}]}\n";
    let dog = "  Dog: {allOf: [{$ref: '#/definitions/Pet'}]}\n";
    let renamed_dog = "  Dog: {x-discriminator-value: dog, allOf: [{$ref: '#/definitions/Pet'}]}\n";
    let model = |s: String| codegen::model(&s, &[]).expect("generates").0;
    let base = model(spec(cat));

    let r = diff(&base, &model(spec(&format!("{cat}{dog}"))));
    has(
        &r,
        "variant Pet::Dog",
        Kind::Added,
        false,
        "Dog(Dog) = \"Dog\"",
    );
    assert_eq!(r.bump, Bump::Minor, "{r}");

    let two = model(spec(&format!("{cat}{dog}")));
    let r = diff(&two, &model(spec(&format!("{cat}{renamed_dog}"))));
    // Another discriminator value: the same Rust code, other JSON.
    has(
        &r,
        "variant Pet::Dog",
        Kind::Changed,
        false,
        "= \"Dog\" -> Dog(Dog) = \"dog\"",
    );
    assert_eq!(r.bump, Bump::Patch, "{r}");

    let r = diff(&two, &base);
    has(&r, "variant Pet::Dog", Kind::Removed, true, "Dog(Dog)");
    assert_eq!(r.bump, Bump::Major, "{r}");
}

#[test]
fn wire_changes_that_compile_the_same_are_patches() {
    let spec = |value: &str, field: &str, format: &str| {
        format!(
            "swagger: \"2.0\"\ninfo: {{title: T, version: \"1\"}}\nhost: h\npaths:\n  /a:\n    get:\n      operationId: a\n      \
             parameters: [{{in: query, name: ids, type: array, items: {{type: string}}, collectionFormat: {format}}}]\n      \
             responses: {{204: {{description: OK}}}}\ndefinitions:\n  E: {{type: string, enum: [{value}]}}\n  \
             S: {{type: object, properties: {{{field}: {{type: string}}}}}}\n"
        )
    };
    let model = |s: String| codegen::model(&s, &[]).expect("generates").0;
    let r = diff(
        &model(spec("on", "last_seen", "csv")),
        &model(spec("ON", "lastSeen", "pipes")),
    );
    has(
        &r,
        "variant E::On",
        Kind::Changed,
        false,
        "value `on` -> `ON`",
    );
    has(
        &r,
        "field S.last_seen",
        Kind::Changed,
        false,
        "JSON name `last_seen` -> `lastSeen`",
    );
    has(
        &r,
        "parameter a(ids)",
        Kind::Changed,
        false,
        "list joined as csv -> pipes",
    );
    assert_eq!(r.bump, Bump::Patch, "{r}");
}

#[test]
fn a_field_that_becomes_strict_is_a_patch() {
    let spec = |strict: bool| {
        format!(
            "swagger: \"2.0\"\ninfo: {{title: T, version: \"1\"}}\nhost: h\npaths: {{}}\ndefinitions:\n  \
             S: {{type: object, properties: {{body: {{type: object, x-strict: {strict}}}}}}}\n"
        )
    };
    let model = |s: String| codegen::model(&s, &[]).expect("generates").0;
    let r = diff(&model(spec(false)), &model(spec(true)));
    has(
        &r,
        "field S.body",
        Kind::Changed,
        false,
        "now a decode error (x-strict)",
    );
    assert_eq!(r.bump, Bump::Patch, "{r}");
    let back = diff(&model(spec(true)), &model(spec(false)));
    has(&back, "field S.body", Kind::Changed, false, "kept in extra");
}

#[test]
fn authentication_bounds_error_answers_and_the_base_url_are_reported_as_patches() {
    let spec = |host: &str, maximum: u32, security: &str, errors: &str, open: bool| {
        format!(
            "swagger: \"2.0\"\ninfo: {{title: T, version: \"1\"}}\nhost: {host}\nschemes: [https]\n\
             securityDefinitions:\n  key: {{type: apiKey, in: header, name: X-Key}}\n  user: {{type: basic}}\n\
             paths:\n  /a:\n    get:\n      operationId: a\n      security: {security}\n      \
             parameters: [{{in: query, name: n, type: integer, maximum: {maximum}}}, \
             {{in: query, name: kind, type: string, enum: [x, y], x-open-enum: {open}}}]\n      \
             responses: {{204: {{description: OK}}{errors}}}\n"
        )
    };
    let model = |s: String| codegen::model(&s, &[]).expect("generates").0;
    let r = diff(
        &model(spec("a.example", 10, "[{key: []}]", "", false)),
        &model(spec(
            "b.example",
            20,
            "[{key: []}, {user: []}]",
            ", 404: {description: Not found}",
            true,
        )),
    );
    has(
        &r,
        "DEFAULT_BASE_URL",
        Kind::Changed,
        false,
        "`https://a.example` -> `https://b.example`",
    );
    has(
        &r,
        "operation a",
        Kind::Changed,
        false,
        "authentication key -> key or user",
    );
    has(
        &r,
        "operation a",
        Kind::Changed,
        false,
        r#"documented error answers [] -> ["404"]"#,
    );
    has(
        &r,
        "parameter a(n)",
        Kind::Changed,
        false,
        "bounds <= 10 -> <= 20",
    );
    has(
        &r,
        "parameter a(kind)",
        Kind::Changed,
        false,
        "values beyond the enum are now sent",
    );
    assert_eq!(r.bump, Bump::Patch, "{r}");

    // A scheme that is gone: `api_key("key", ..)` still compiles, and sends nothing.
    let without_key = spec("a.example", 10, "[{user: []}]", "", false)
        .replace("  key: {type: apiKey, in: header, name: X-Key}\n", "");
    let r = diff(
        &model(spec("a.example", 10, "[{key: []}]", "", false)),
        &model(without_key),
    );
    has(
        &r,
        "security scheme key",
        Kind::Removed,
        false,
        "apiKey `X-Key` in Header: credentials set for it are no longer sent",
    );
}

#[test]
fn the_json_report_gives_each_change_its_own_bump() {
    // What `cargo xtask diff --json` prints, for tools.
    let json = serde_json::to_value(report(false)).expect("serializes");
    assert_eq!(json["bump"], "major");
    let changes = json["changes"].as_array().expect("a list");
    let find = |item: &str| {
        changes
            .iter()
            .find(|c| c["item"] == item)
            .unwrap_or_else(|| panic!("no {item} in {json:#}"))
    };
    assert_eq!(
        find("operation getpublicdata"),
        &serde_json::json!({
            "breaking": false, "bump": "minor", "kind": "added",
            "item": "operation getpublicdata", "detail": "GET /getpublicdata"
        })
    );
    assert_eq!(
        find("type Holder"),
        &serde_json::json!({
            "breaking": true, "bump": "major", "kind": "removed",
            "item": "type Holder", "detail": "the type is gone"
        })
    );
}

#[test]
fn a_body_that_travels_otherwise_is_a_patch_and_one_of_another_type_breaks() {
    let spec = |consumes: &str, format: &str| {
        format!(
            "swagger: \"2.0\"\ninfo: {{title: T, version: \"1\"}}\nhost: h\npaths:\n  /a:\n    put:\n      \
             operationId: a\n      consumes: [{consumes}]\n      produces: [{consumes}]\n      \
             parameters: [{{in: body, name: b, required: true, schema: {{type: string{format}}}}}]\n      \
             responses: {{200: {{description: OK, schema: {{type: string}}}}}}\n"
        )
    };
    let model = |s: String| codegen::model(&s, &[]).expect("generates").0;
    let json = model(spec("application/json", ""));
    let r = diff(&json, &model(spec("text/plain", "")));
    has(
        &r,
        "body a",
        Kind::Changed,
        false,
        "sent as JSON -> text `text/plain`",
    );
    has(
        &r,
        "operation a",
        Kind::Changed,
        false,
        "asks for application/json -> text/plain",
    );
    let r = diff(&json, &model(spec("image/png", ", format: binary")));
    has(
        &r,
        "body a",
        Kind::Changed,
        true,
        "String (required) -> Vec<u8> (required)",
    );
}

#[test]
fn form_encodings_json_fields_and_security_schemes_are_patches() {
    // `json`: the extension of parameter p, if any.
    let spec = |file: &str, json: &str, key_in: &str, extra_scheme: &str| {
        format!(
            "swagger: \"2.0\"\ninfo: {{title: T, version: \"1\"}}\nhost: h\n\
             securityDefinitions:\n  key: {{type: apiKey, in: {key_in}, name: k}}\n{extra_scheme}\
             paths:\n  /a:\n    post:\n      operationId: a\n      \
             parameters: [{{in: formData, name: f, type: {file}}}, \
             {{in: formData, name: p, type: string{json}}}]\n      \
             responses: {{204: {{description: OK}}}}\n"
        )
    };
    let model = |s: String| codegen::model(&s, &[]).expect("generates").0;
    let base = model(spec("string", "", "header", ""));

    let r = diff(
        &base,
        &model(spec(
            "string",
            ", x-json-encoded: {type: object}",
            "query",
            "",
        )),
    );
    has(
        &r,
        "parameter a(p)",
        Kind::Changed,
        false,
        "now sent as JSON text",
    );
    has(
        &r,
        "security scheme key",
        Kind::Changed,
        false,
        "apiKey `k` in Header -> apiKey `k` in Query",
    );

    let r = diff(&base, &model(spec("file", "", "header", "")));
    has(
        &r,
        "operation a",
        Kind::Changed,
        false,
        "form sent as application/x-www-form-urlencoded -> multipart/form-data",
    );

    // A new scheme is no new Rust item: `ClientBuilder::api_key` takes any scheme's name.
    let r = diff(
        &base,
        &model(spec("string", "", "header", "  user: {type: basic}\n")),
    );
    has(&r, "security scheme user", Kind::Added, false, "basic");
    assert_eq!(r.bump, Bump::Patch, "{r}");
}

#[test]
fn new_lengths_are_a_patch() {
    let spec = |max: u32| {
        format!(
            "swagger: \"2.0\"\ninfo: {{title: T, version: \"1\"}}\nhost: h\npaths:\n  /a:\n    get:\n      \
             operationId: a\n      parameters: [{{in: query, name: q, type: string, maxLength: {max}}}]\n      \
             responses: {{204: {{description: OK}}}}\n"
        )
    };
    let model = |s: String| codegen::model(&s, &[]).expect("generates").0;
    let r = diff(&model(spec(8)), &model(spec(4)));
    has(
        &r,
        "parameter a(q)",
        Kind::Changed,
        false,
        "lengths ..=8 -> ..=4",
    );
    assert_eq!(r.bump, Bump::Patch, "{r}");
}

#[test]
fn oauth_app_gone_is_breaking_and_other_token_urls_are_a_patch() {
    let spec = |security: &str| {
        format!(
            "swagger: \"2.0\"\ninfo: {{title: T, version: \"1\"}}\nhost: a.example\nschemes: [https]\n\
             securityDefinitions:\n  {security}\n\
             paths:\n  /a:\n    get:\n      operationId: a\n      responses: {{204: {{description: OK}}}}\n"
        )
    };
    let model = |s: String| codegen::model(&s, &[]).expect("generates").0;
    let oauth = |token: &str| {
        format!(
            "auth: {{type: oauth2, flow: accessCode, authorizationUrl: https://a.example/authorize, tokenUrl: {token}, scopes: {{}}}}"
        )
    };
    let before = model(spec(&oauth("https://a.example/token")));
    // Client secrets go elsewhere: the same code, another behaviour.
    let moved = diff(&before, &model(spec(&oauth("https://b.example/token"))));
    has(
        &moved,
        "function oauth_app",
        Kind::Changed,
        false,
        "token `https://a.example/token`",
    );
    assert_eq!(moved.bump, Bump::Patch, "{moved}");
    // No OAuth2 any more: `oauth_app()` is gone, and the code calling it does not compile.
    let gone = diff(
        &before,
        &model(spec("key: {type: apiKey, in: header, name: X-Key}")),
    );
    has(
        &gone,
        "function oauth_app",
        Kind::Removed,
        true,
        "no OAuth2 token URL",
    );
}
