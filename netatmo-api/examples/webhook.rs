//! A receiver for Netatmo's webhook pushes: it answers each push with 200 at once (Netatmo
//! bans a webhook for 24 hours after five failed deliveries), then decodes it with the
//! generated types (`webhooks::decode_push`) and prints a line per push:
//! `PUSH_TYPE event EVENT_TYPE in HOME: what it says`.
//!
//! ```text
//! NETATMO_WEBHOOK_URL=https://example.org/netatmo cargo run -p netatmo-api --example webhook
//! ```
//!
//! Anyone who can reach the port can post: this receiver does not authenticate pushes
//! (some sources mention an `X-Netatmo-secret` signature header; Netatmo's current docs
//! do not), so treat what it decodes as a hint to fetch the state, not as the truth.
//!
//! With credentials it listens on `0.0.0.0:PORT` (`NETATMO_WEBHOOK_PORT`, default 8422),
//! registers `NETATMO_WEBHOOK_URL` (the public https address that reaches that port) with
//! `addwebhook` if given, and runs until stopped. Netatmo sends pushes to https addresses
//! only: put a TLS proxy in front.
//!
//! Without credentials it listens on 127.0.0.1, sends itself the sample pushes the fake
//! server has, as Netatmo would, and prints `decoded N pushes` when done.

mod common;

use netatmo_api::models::WebhookPush;
use netatmo_api::webhooks;
use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> common::Result<()> {
    let backend = common::Backend::from_env().await?;
    let (address, samples) = if backend.is_fake() {
        (("127.0.0.1", 0), netatmo_fake::webhook_pushes())
    } else {
        let port = std::env::var("NETATMO_WEBHOOK_PORT")
            .ok()
            .map(|p| p.parse())
            .transpose()?
            .unwrap_or(8422);
        (("0.0.0.0", port), Vec::new())
    };
    let listener = TcpListener::bind(address).await?;
    let local = listener.local_addr()?;
    eprintln!("listening for pushes on {local}");

    if let common::Backend::Netatmo { .. } = backend {
        if let Ok(url) = std::env::var("NETATMO_WEBHOOK_URL") {
            let client = backend.client(&common::token_file(&backend))?.build()?;
            client.add_webhook(url.as_str()).send().await?;
            eprintln!("registered {url} with Netatmo");
        }
    } else {
        // Play Netatmo: post each sample push to the receiver.
        let target = format!("http://{local}/");
        tokio::spawn(async move {
            for (name, push) in samples {
                let answer =
                    common::http::send("POST", &target, Some("application/json"), push.as_bytes())
                        .await;
                if let Err(e) = answer {
                    eprintln!("posting {name}: {e}");
                }
            }
        });
    }

    let expected = if backend.is_fake() {
        Some(netatmo_fake::webhook_pushes().len())
    } else {
        None
    };
    // Each connection in a task of its own, with a deadline: a peer that sends nothing
    // or breaks off holds up no other push, and no error ends the receiver.
    let (decoded_tx, mut decoded_rx) = tokio::sync::mpsc::unbounded_channel();
    let mut decoded = 0;
    while expected.is_none_or(|n| decoded < n) {
        tokio::select! {
            accepted = listener.accept() => {
                let mut stream = match accepted {
                    Ok((stream, _)) => stream,
                    Err(e) => {
                        eprintln!("accept: {e}");
                        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                        continue;
                    }
                };
                let decoded_tx = decoded_tx.clone();
                tokio::spawn(async move {
                    let deadline = std::time::Duration::from_secs(10);
                    let request =
                        match tokio::time::timeout(deadline, common::http::read(&mut stream)).await {
                            Ok(Ok(request)) => request,
                            Ok(Err(e)) => return eprintln!("a request that could not be read: {e}"),
                            Err(_) => return eprintln!("a peer that sent no request in time"),
                        };
                    // Answer first: decoding and acting on the push must not delay it.
                    if let Err(e) = common::http::respond(&mut stream, "200 OK", "").await {
                        eprintln!("answering: {e}");
                    }
                    if !request.first_line.starts_with("POST ") {
                        return;
                    }
                    match webhooks::decode_push(&request.body) {
                        Ok(push) => {
                            let _ = decoded_tx.send(describe(&push));
                        }
                        // Still answered with 200: a push we cannot read is our problem.
                        Err(e) => eprintln!("a push that is not one: {e}"),
                    }
                });
            }
            Some(line) = decoded_rx.recv() => {
                println!("{line}");
                decoded += 1;
            }
        }
    }
    println!("decoded {decoded} pushes");
    Ok(())
}

/// One line about a push.
fn describe(push: &WebhookPush) -> String {
    // The home's name when the push has it, its id otherwise.
    let place = |name: &Option<String>, id: &Option<String>| {
        name.clone()
            .or_else(|| id.clone())
            .unwrap_or_else(|| "?".to_owned())
    };
    match push {
        WebhookPush::WebhookActivation(p) => format!("{}: the webhook is active", p.push_type),
        WebhookPush::WebhookDeactivation(p) => {
            format!("{}: the webhook was deactivated", p.push_type)
        }
        WebhookPush::DisplayChange(p) => format!(
            "{} event {} in {}: room {} set to {} °C ({})",
            p.push_type,
            p.event_type.as_deref().unwrap_or("-"),
            place(&p.home_name, &p.home_id),
            p.room_id.as_deref().unwrap_or("-"),
            common::cell(p.temperature),
            p.mode.as_deref().unwrap_or("-"),
        ),
        WebhookPush::HomeEventChanged(p) => format!(
            "{} event {} in {}: mode {} (was {})",
            p.push_type,
            p.event_type.as_deref().unwrap_or("-"),
            place(&p.home_name, &p.home_id),
            p.mode.as_deref().unwrap_or("-"),
            p.previous_mode.as_deref().unwrap_or("-"),
        ),
        WebhookPush::DeviceEvent(p) => {
            // What happened is in `extra_params`.
            let params = p.extra_params.as_ref();
            let text = |f: fn(&netatmo_api::models::DeviceEventParams) -> Option<&String>| {
                params.and_then(f).map_or("-", String::as_str).to_owned()
            };
            format!(
                "{} event {} in {}: {} room {}, {} °C measured, setpoint {} °C",
                p.push_type,
                text(|x| x.event_type.as_ref()),
                place(&p.home_name, &p.home_id),
                text(|x| x.device_type.as_ref()),
                text(|x| x.room_id.as_ref()),
                common::cell(params.and_then(|x| x.temperature)),
                common::cell(params.and_then(|x| x.setpoint)),
            )
        }
        WebhookPush::Other(p) => format!(
            "{} event {} in {}: {}",
            p.push_type,
            p.event_type.as_deref().unwrap_or("-"),
            place(&p.home_name, &p.home_id),
            p.message.as_deref().unwrap_or("-"),
        ),
        // Kinds of push a later version of the crate may know.
        _ => "a push of a kind this example does not know".to_owned(),
    }
}
