//! Any bytes through the whole generator, as a spec, or as a spec and overlays split at
//! `---overlay---` lines: it must never panic, and whatever it generates must parse as Rust.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = codegen::decode_text(data) else {
        return;
    };
    let options = codegen::Options {
        spec_name: "fuzz".to_owned(),
        regenerate: "cargo xtask generate".to_owned(),
        layout: codegen::Layout::Standalone {
            name: Some("fuzz".to_owned()),
        },
        strict: false,
    };
    let mut parts = text.split("\n---overlay---\n");
    let spec = parts.next().unwrap_or_default();
    let overlays: Vec<&str> = parts.collect();
    let result = codegen::generate(spec, &overlays, &options);
    if let Err(diagnostics) = &result
        && let Some(bug) = diagnostics.iter().find(|d| d.code == codegen::Code::Internal)
    {
        panic!("{bug}");
    }
    if let Ok(generated) = result {
        for file in generated
            .files
            .iter()
            // The generated modules; the runtime copies are the same text every time.
            .filter(|f| f.path.to_string_lossy().contains("/generated/"))
        {
            let body = file.contents.split_once('\n').map_or("", |(_, rest)| rest);
            if let Err(e) = syn::parse_file(body) {
                panic!("{} does not parse: {e}", file.path.display());
            }
        }
    }
});
